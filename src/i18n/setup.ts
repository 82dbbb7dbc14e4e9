import i18next, { type InitOptions } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  type Language,
  type Page,
  connectionFailed,
  connectionWorks,
  languages,
  onReconnect,
  useGuide,
} from '../state';
import { spaceHanAndLatin } from './format';
import type { Strings } from './resources';
import { useI18nStatus } from './status';

/** A file of strings: `locales/<lang>/<part>.json`, merged under its name (`questions.*`). */
export type Part = keyof Strings;

/** What each page shows: a page is rendered only once its parts are loaded in its language. */
export const partsFor: Readonly<Record<Page['kind'], readonly Part[]>> = {
  start: ['common'],
  // The operator question folds away the number finder, whose strings are the cashier card's.
  question: ['common', 'questions', 'cashier'],
  result: ['common', 'questions', 'channels', 'result', 'facts', 'cashier'],
  ways: ['common', 'channels', 'result', 'facts', 'ways'],
};

/**
 * Each part is a file of its own in the build, fetched when needed. Plain `fetch` (not `import()`)
 * because a failed `import()` is never tried again in some browsers, and a language that failed
 * offline must load when the connection returns.
 */
const files = import.meta.glob<string>('../../locales/*/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});
const fileOf = (lang: Language, part: Part) => files[`../../locales/${lang}/${part}.json`];

/** Parts asked for so far: a language shown later loads all of them before it is shown. */
const wanted = new Set<Part>();
let loadsInFlight = 0;

/** How long the first language may take before the page is shown in English instead. */
export const firstLanguageTimeout = 8000;

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

export function hasStrings(lang: string, parts: readonly Part[]): boolean {
  const bundle = i18next.getResourceBundle(lang, 'translation') as object | undefined;
  return bundle !== undefined && parts.every((part) => part in bundle);
}

/** Adds the wanted parts of a language that are not loaded yet; throws if one can't be loaded. */
async function loadParts(lang: Language): Promise<void> {
  const missing = [...wanted].filter((part) => !hasStrings(lang, [part]));
  if (missing.length === 0) return;
  loadsInFlight++;
  try {
    const loaded = await Promise.all(
      missing.map(async (part) => [part, await fetchPart(fileOf(lang, part) ?? part)] as const),
    );
    i18next.addResourceBundle(lang, 'translation', Object.fromEntries(loaded), true, true);
    useI18nStatus.setState({ missingText: false });
  } finally {
    loadsInFlight--;
  }
}

/** Asks for more parts in the language shown (a page about to be shown, or one likely next). */
export async function loadStrings(parts: readonly Part[]): Promise<void> {
  for (const part of parts) wanted.add(part);
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

const options: InitOptions = {
  supportedLngs: [...languages],
  // Only the active language loads; a failed load switches to English with a notice.
  fallbackLng: false,
  load: 'currentOnly',
  resources: {},
  partialBundledLanguages: true,
  initAsync: false,
  interpolation: { escapeValue: false },
  postProcess: ['hanSpacing'],
  returnEmptyString: true,
  saveMissing: true,
  missingKeyHandler: reportMissingText,
  parseMissingKeyHandler: lastSegment,
  react: { useSuspense: false, bindI18nStore: 'added' },
};

async function initOnce(lang: Language): Promise<void> {
  if (i18next.isInitialized) return;
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
    .init({ ...options, lng: lang });
  onReconnect(retryFailedLoads);
}

/**
 * The first language, with the parts the first page needs. If it takes longer than
 * `firstLanguageTimeout`, the page is shown in English, with a notice, rather than not at all.
 */
export async function startI18n(lang: Language, parts: readonly Part[]): Promise<Language> {
  for (const part of parts) wanted.add(part);
  await initOnce(lang);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tooSlow = new Promise<'tooSlow'>((resolve) => {
    timer = setTimeout(() => resolve('tooSlow'), firstLanguageTimeout);
  });
  const shown = await Promise.race([showLanguage(lang), tooSlow]);
  clearTimeout(timer);
  if (shown !== 'tooSlow') return shown;
  useI18nStatus.setState({ failedLanguage: lang });
  return showFallback();
}

/** A page rendered ahead of time: its strings are given, nothing is fetched. */
export async function startI18nWith(
  lang: Language,
  strings: Readonly<Record<Part, Record<string, unknown>>>,
): Promise<void> {
  await initOnce(lang);
  i18next.addResourceBundle(lang, 'translation', strings, true, true);
  await i18next.changeLanguage(lang);
}

/**
 * Loads a language before showing it, so switching never flashes untranslated text. If it can't
 * be loaded, English is shown with a notice, and the language is tried again when the connection
 * returns. A language already shown stays shown when only some of its parts fail.
 */
export async function showLanguage(lang: Language): Promise<Language> {
  const switching = i18next.language !== lang;
  if (switching) useI18nStatus.setState({ loadingLanguage: lang });
  try {
    await loadParts(lang);
  } catch {
    if (!i18next.hasResourceBundle(lang, 'translation')) {
      useI18nStatus.setState({ failedLanguage: lang, loadingLanguage: undefined });
      if (lang !== 'en') return showFallback();
    }
  } finally {
    if (switching) useI18nStatus.setState({ loadingLanguage: undefined });
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
