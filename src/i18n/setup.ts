import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { type Language, languages } from '../state';
import { useI18nStatus } from './status';

const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

/** What the start page and the questions show; the other files (the result's) can load later. */
const questionParts: readonly string[] = ['common', 'questions'];
let wantAllParts = true;
let loadsInFlight = 0;

const wanted = (part: string) => wantAllParts || questionParts.includes(part);

/** One language's files, merged under their file names: `questions.json` → `questions.*`. */
export async function loadStrings(
  lang: Language,
  include: (part: string) => boolean = () => true,
): Promise<Record<string, unknown>> {
  const folder = `../../locales/${lang}/`;
  const loaded = await Promise.all(
    Object.entries(files)
      .map(([path, load]) => [path, path.slice(folder.length, -'.json'.length), load] as const)
      .filter(([path, part]) => path.startsWith(folder) && include(part))
      .map(async ([, part, load]) => [part, (await load()).default]),
  );
  return Object.fromEntries(loaded);
}

async function tracked<T>(work: () => Promise<T>): Promise<T> {
  loadsInFlight++;
  try {
    return await work();
  } finally {
    loadsInFlight--;
  }
}

/** Adds the wanted files a language already shown once does not have yet. */
async function loadMissingParts(lang: Language): Promise<void> {
  const bundle = i18next.getResourceBundle(lang, 'translation') as object | undefined;
  if (!bundle) return;
  const missing = (part: string) => wanted(part) && !(part in bundle);
  const loaded = await tracked(() => loadStrings(lang, missing));
  if (Object.keys(loaded).length > 0)
    i18next.addResourceBundle(lang, 'translation', loaded, true, true);
}

/** The result's strings, for an app that started with `questionsOnly`; pages re-render when they arrive. */
export async function loadAllStrings(): Promise<void> {
  if (wantAllParts) return;
  wantAllParts = true;
  try {
    await loadMissingParts(i18next.language as Language);
  } catch {
    useI18nStatus.setState({ missingText: true });
  }
}

const lastSegment = (key: string) => key.split('.').pop() ?? key;

interface StartOptions {
  /** Load only the start page's and the questions' strings; `loadAllStrings` loads the rest. */
  readonly questionsOnly?: boolean;
}

export async function startI18n(lang: Language, options: StartOptions = {}): Promise<void> {
  wantAllParts = !options.questionsOnly;
  if (i18next.isInitialized) {
    await showLanguage(lang);
    return;
  }
  await i18next
    .use(initReactI18next)
    .use(resourcesToBackend((language: Language) => tracked(() => loadStrings(language, wanted))))
    .init({
      lng: lang,
      supportedLngs: [...languages],
      // Only the active language loads; a failed load switches to English with a notice.
      fallbackLng: false,
      load: 'currentOnly',
      interpolation: { escapeValue: false },
      returnEmptyString: true,
      saveMissing: true,
      // Text asked for while its file is still loading is not missing: it shows when it arrives.
      missingKeyHandler: () => {
        if (loadsInFlight === 0) useI18nStatus.setState({ missingText: true });
      },
      parseMissingKeyHandler: lastSegment,
      react: { useSuspense: false, bindI18nStore: 'added' },
    });
  await ensureLoaded(lang);
}

/** Loads a language before showing it, so switching never flashes untranslated text. */
export async function showLanguage(lang: Language): Promise<Language> {
  await loadMissingParts(lang).catch(() => undefined);
  // Changing to the language already shown would still re-render every page.
  if (i18next.language !== lang) await i18next.changeLanguage(lang);
  return ensureLoaded(lang);
}

async function ensureLoaded(lang: Language): Promise<Language> {
  if (i18next.hasResourceBundle(lang, 'translation')) {
    useI18nStatus.setState({ failedLanguage: undefined });
    return lang;
  }
  useI18nStatus.setState({ failedLanguage: lang });
  if (lang !== 'en') await i18next.changeLanguage('en');
  return 'en';
}
