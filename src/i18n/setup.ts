import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { type Language, languages } from '../state';
import { useI18nStatus } from './status';

const files = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/*.json');

/** One language's files, merged under their file names: `questions.json` → `questions.*`. */
export async function loadStrings(lang: Language): Promise<Record<string, unknown>> {
  const folder = `../../locales/${lang}/`;
  const loaded = await Promise.all(
    Object.entries(files)
      .filter(([path]) => path.startsWith(folder))
      .map(async ([path, load]) => [
        path.slice(folder.length, -'.json'.length),
        (await load()).default,
      ]),
  );
  return Object.fromEntries(loaded);
}

const lastSegment = (key: string) => key.split('.').pop() ?? key;

export async function startI18n(lang: Language): Promise<void> {
  if (i18next.isInitialized) {
    await showLanguage(lang);
    return;
  }
  await i18next
    .use(initReactI18next)
    .use(resourcesToBackend((language: Language) => loadStrings(language)))
    .init({
      lng: lang,
      supportedLngs: [...languages],
      // Only the active language loads; a failed load switches to English with a notice.
      fallbackLng: false,
      load: 'currentOnly',
      interpolation: { escapeValue: false },
      returnEmptyString: true,
      saveMissing: true,
      missingKeyHandler: () => useI18nStatus.setState({ missingText: true }),
      parseMissingKeyHandler: lastSegment,
      react: { useSuspense: false },
    });
  await ensureLoaded(lang);
}

/** Loads a language before showing it, so switching never flashes untranslated text. */
export async function showLanguage(lang: Language): Promise<Language> {
  await i18next.changeLanguage(lang);
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
