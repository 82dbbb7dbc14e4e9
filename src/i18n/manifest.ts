import type { Language } from '../state/address';

/**
 * The home-screen manifest in a language: its name, description and start page in that language
 * (the build writes one per language, English's the default: scripts/pages.ts).
 */
export const manifestHref = (lang: Language): string =>
  lang === 'en' ? '/manifest.webmanifest' : `/manifest.${lang}.webmanifest`;

/** A page's language as Open Graph names it (`og:locale`), in the head of the pages built ahead of time. */
export const ogLocale: Readonly<Record<Language, string>> = {
  zh: 'zh_CN',
  ru: 'ru_RU',
  en: 'en_GB',
};
