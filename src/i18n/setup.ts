import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  type Language,
  connectionFailed,
  connectionWorks,
  languages,
  onReconnect,
  useGuide,
} from '../state';
import { spaceHanAndLatin } from './format';
import { useI18nStatus } from './status';

/**
 * Each `locales/<lang>/<part>.json` is a file of its own in the build, fetched when needed. Plain
 * `fetch` (not `import()`) because a failed `import()` is never tried again in some browsers, and
 * a language that failed offline must load when the connection returns.
 */
const files = import.meta.glob<string>('../../locales/*/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

const partsOf = (lang: Language) => {
  const folder = `../../locales/${lang}/`;
  return Object.entries(files)
    .filter(([path]) => path.startsWith(folder))
    .map(([path, url]) => ({ part: path.slice(folder.length, -'.json'.length), url }));
};

/** What the start page and the questions show; the other files (the result's) can load later. */
const questionParts: readonly string[] = ['common', 'questions'];
let wantAllParts = true;
let loadsInFlight = 0;

const wanted = (part: string) => wantAllParts || questionParts.includes(part);

async function fetchPart(url: string): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(new URL(url, document.baseURI));
  } catch (error) {
    connectionFailed();
    throw error;
  }
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const strings: unknown = await response.json();
  if (typeof strings !== 'object' || strings === null || Array.isArray(strings))
    throw new Error(`${url}: not a strings file`);
  connectionWorks();
  return strings as Record<string, unknown>;
}

/** Adds the wanted parts of a language that are not loaded yet; throws if one can't be loaded. */
async function loadParts(lang: Language): Promise<void> {
  const bundle = i18next.getResourceBundle(lang, 'translation') as object | undefined;
  const missing = partsOf(lang).filter(({ part }) => wanted(part) && !(bundle && part in bundle));
  if (missing.length === 0) return;
  loadsInFlight++;
  try {
    const loaded = await Promise.all(
      missing.map(async ({ part, url }) => [part, await fetchPart(url)] as const),
    );
    i18next.addResourceBundle(lang, 'translation', Object.fromEntries(loaded), true, true);
    useI18nStatus.setState({ missingText: false });
  } finally {
    loadsInFlight--;
  }
}

/** The result's strings, for an app that started with `questionsOnly`; pages re-render when they arrive. */
export async function loadAllStrings(): Promise<void> {
  wantAllParts = true;
  await showLanguage(useGuide.getState().lang);
}

const lastSegment = (key: string) => key.split('.').pop() ?? key;

/** Said after the render that asked for the text: a store may not change during a render. */
function reportMissingText(): void {
  if (loadsInFlight > 0) return;
  queueMicrotask(() => {
    if (loadsInFlight === 0) useI18nStatus.setState({ missingText: true });
  });
}

interface StartOptions {
  /** Load only the start page's and the questions' strings; `loadAllStrings` loads the rest. */
  readonly questionsOnly?: boolean;
}

export async function startI18n(lang: Language, options: StartOptions = {}): Promise<void> {
  wantAllParts = !options.questionsOnly;
  if (!i18next.isInitialized) {
    await i18next
      .use(initReactI18next)
      .use({
        type: 'postProcessor',
        name: 'hanSpacing',
        process: (
          value: string,
          _key: unknown,
          _options: unknown,
          translator: { language?: string },
        ) => (translator.language === 'zh' ? spaceHanAndLatin(value) : value),
      })
      .init({
        lng: lang,
        supportedLngs: [...languages],
        // Only the active language loads; a failed load switches to English with a notice.
        fallbackLng: false,
        load: 'currentOnly',
        resources: {},
        partialBundledLanguages: true,
        interpolation: { escapeValue: false },
        postProcess: ['hanSpacing'],
        returnEmptyString: true,
        saveMissing: true,
        missingKeyHandler: reportMissingText,
        parseMissingKeyHandler: lastSegment,
        react: { useSuspense: false, bindI18nStore: 'added' },
      });
    onReconnect(retryFailedLoads);
  }
  await showLanguage(lang);
}

/**
 * Loads a language before showing it, so switching never flashes untranslated text. If it can't
 * be loaded, English is shown with a notice, and the language is tried again when the connection
 * returns. A language already shown stays shown when only its result parts fail.
 */
export async function showLanguage(lang: Language): Promise<Language> {
  try {
    await loadParts(lang);
  } catch {
    if (!i18next.hasResourceBundle(lang, 'translation')) {
      useI18nStatus.setState({ failedLanguage: lang });
      if (lang !== 'en') return showFallback();
    }
  }
  if (i18next.hasResourceBundle(lang, 'translation'))
    useI18nStatus.setState({ failedLanguage: undefined });
  // Changing to the language already shown would still re-render every page.
  if (i18next.language !== lang) await i18next.changeLanguage(lang);
  return lang;
}

async function showFallback(): Promise<Language> {
  await loadParts('en').catch(() => undefined);
  if (i18next.language !== 'en') await i18next.changeLanguage('en');
  return 'en';
}

/** Back online: the language the person wants now, with every part the pages need. */
function retryFailedLoads(): void {
  void showLanguage(useGuide.getState().lang);
}
