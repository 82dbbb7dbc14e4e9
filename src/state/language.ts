import { type Language, languages } from './address';
import { deviceStorage } from './device-storage';

const storageKey = 'language';

/** zh*, ru*, else en (PRODUCT.md), from the browser's preferred languages in order. */
export function preferredLanguage(browserLanguages: readonly string[]): Language {
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh' || base === 'ru' || base === 'en') return base;
  }
  return 'en';
}

export function isLanguage(value: string | undefined): value is Language {
  return (languages as readonly (string | undefined)[]).includes(value);
}

export function rememberedLanguage(): Language | undefined {
  const stored = deviceStorage.read(storageKey);
  return isLanguage(stored) ? stored : undefined;
}

export function rememberLanguage(language: Language): void {
  deviceStorage.write(storageKey, language);
}

export function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}
