import i18next, { type InitOptions } from 'i18next';
import { useSyncExternalStore } from 'react';
import { initReactI18next } from 'react-i18next';
import files from 'virtual:page-strings';
import {
  type Language,
  languages,
  onReconnect,
  requestFailed,
  requestWorked,
  useGuide,
} from '../state';
import { keepNumbersTogether, spaceHanAndLatin } from './format';
import { type PageKind, type Part, partsFor } from './page-parts';
import { useI18nStatus } from './status';

/**
 * Pages whose strings were asked for so far: a language shown later loads them all before it is
 * shown. Each page's strings are one file in the build, fetched when needed. Plain `fetch` (not
 * `import()`) because a failed `import()` is never tried again in some browsers, and a language
 * that failed offline must load when the connection returns.
 */
const wanted = new Set<PageKind>();
let loadsInFlight = 0;

/** How long the first language may take before the page is shown in English instead. */
export const firstLanguageTimeout = 8000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

async function fetchPage(lang: Language, kind: PageKind): Promise<Record<string, unknown>> {
  const url = files[lang][kind];
  let response: Response;
  try {
    response = await fetch(new URL(url, document.baseURI));
  } catch (error) {
    requestFailed();
    throw error;
  }
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const strings: unknown = await response.json();
  if (!isObject(strings) || !partsFor[kind].every((part) => isObject(strings[part])))
    throw new Error(`${url}: not the strings of the ${kind} page`);
  // Undoes "offline" only if a failed request said it: the service worker answers offline too.
  requestWorked();
  return strings;
}

export function hasStrings(lang: string, parts: readonly Part[]): boolean {
  const bundle = i18next.getResourceBundle(lang, 'translation') as object | undefined;
  return bundle !== undefined && parts.every((part) => part in bundle);
}

const onStringsAdded = (callback: () => void) => {
  i18next.store.on('added', callback);
  return () => i18next.store.off('added', callback);
};

/**
 * Whether a page's strings are loaded in a language, kept current as files arrive. Only this
 * answer re-renders: the page on screen is not rendered again when the next page's strings,
 * fetched while the person reads, are added.
 */
export function useHasStrings(lang: string, parts: readonly Part[]): boolean {
  const loaded = () => hasStrings(lang, parts);
  return useSyncExternalStore(onStringsAdded, loaded, loaded);
}

/** A page whose parts are all in another's file needs no file of its own. */
const holds = (kind: PageKind, other: PageKind) =>
  kind !== other && partsFor[other].every((part) => partsFor[kind].includes(part));

/**
 * Adds the wanted pages' strings not loaded yet; throws if one can't be loaded. A page whose file
 * failed does not take down the pages its file would have held: they are fetched on their own.
 */
async function loadParts(lang: Language): Promise<void> {
  const failed = new Map<PageKind, unknown>();
  const filesToFetch = () => {
    const missing = [...wanted].filter(
      (kind) => !failed.has(kind) && !hasStrings(lang, partsFor[kind]),
    );
    return missing.filter((kind) => !missing.some((other) => holds(other, kind)));
  };
  let next = filesToFetch();
  if (next.length === 0) return;
  loadsInFlight++;
  useI18nStatus.setState({ pageStringsFailed: false });
  try {
    while (next.length > 0) {
      const kinds = next;
      const loaded = await Promise.allSettled(kinds.map((kind) => fetchPage(lang, kind)));
      loaded.forEach((outcome, i) => {
        if (outcome.status === 'fulfilled')
          i18next.addResourceBundle(lang, 'translation', outcome.value, true, true);
        else failed.set(kinds[i]!, outcome.reason);
      });
      next = filesToFetch();
    }
  } finally {
    loadsInFlight--;
    sayWhetherTextIsMissing();
  }
  if (failed.size > 0) {
    useI18nStatus.setState({ pageStringsFailed: true });
    throw failed.values().next().value;
  }
}

/** Asks for a page's strings in the language shown (a page about to be shown, or one likely next). */
export async function loadStrings(kind: PageKind): Promise<void> {
  wanted.add(kind);
  await showLanguage(useGuide.getState().lang);
}

const lastSegment = (key: string) => key.split('.').pop() ?? key;

/**
 * Texts a render asked for that its language does not have, each with what it was asked with (a
 * count, a context). The notice stays while one of them in the language shown is still missing;
 * strings loaded for another page (the next one, fetched while the person reads) don't end it.
 */
const missingTexts = new Map<string, { lng: string; key: string; options: object }>();

/** Emitted when missing text has arrived: every text is rendered again (`react.bindI18n`). */
const missingTextArrived = 'missingTextArrived';

/**
 * Forgets the missing texts that have arrived since, and shows them at once (the page on screen
 * is not rendered again for strings that arrive, so it would keep the key); then says whether
 * text is still missing. Not while strings are loading: what they bring is checked when they are
 * in, so the notice never flashes.
 */
function sayWhetherTextIsMissing(): void {
  if (loadsInFlight > 0) return;
  let arrived = false;
  for (const [id, { lng, key, options }] of missingTexts)
    if (i18next.exists(key, { ...options, lng })) {
      missingTexts.delete(id);
      arrived = true;
    }
  if (arrived) i18next.emit(missingTextArrived);
  const shown = i18next.language;
  const missingText = [...missingTexts.values()].some(({ lng }) => lng === shown);
  if (useI18nStatus.getState().missingText !== missingText) useI18nStatus.setState({ missingText });
}

let checkQueued = false;

/** Said after the render that asked for the text: a store may not change during a render. */
function reportMissingText(
  lngs: readonly string[],
  _ns: string,
  key: string,
  _fallback: string,
  _updateMissing: boolean,
  options: object,
): void {
  const lng = lngs[0] ?? i18next.language;
  missingTexts.set(`${lng}:${key}`, { lng, key, options });
  if (checkQueued) return;
  checkQueued = true;
  queueMicrotask(() => {
    checkQueued = false;
    sayWhetherTextIsMissing();
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
  postProcess: ['typography'],
  returnEmptyString: true,
  saveMissing: true,
  missingKeyHandler: reportMissingText,
  parseMissingKeyHandler: lastSegment,
  // Strings added later re-render only what waits for them (`useHasStrings`), not every text;
  // missing text that arrives is shown at once.
  react: { useSuspense: false, bindI18n: `languageChanged ${missingTextArrived}` },
};

async function initOnce(lang: Language): Promise<void> {
  if (i18next.isInitialized) return;
  await i18next
    .use(initReactI18next)
    .use({
      type: 'postProcessor',
      // Chinese spacing around Latin words, and phone numbers that never break across lines.
      name: 'typography',
      process: (
        value: string,
        _key: unknown,
        _options: unknown,
        translator: { language?: string },
      ) => keepNumbersTogether(translator.language === 'zh' ? spaceHanAndLatin(value) : value),
    })
    .init({ ...options, lng: lang });
  onReconnect(retryFailedLoads);
  // Text missing in the language left is not on screen any more.
  i18next.on('languageChanged', sayWhetherTextIsMissing);
}

/**
 * The first language, with the parts the first page needs. If it takes longer than
 * `firstLanguageTimeout`, the page is shown in English, with a notice, rather than not at all.
 */
export async function startI18n(lang: Language, kind: PageKind): Promise<Language> {
  wanted.add(kind);
  await initOnce(lang);
  const shown = await withinTimeout(showLanguage(lang));
  if (shown !== 'tooSlow') return shown;
  useI18nStatus.setState({ failedLanguage: lang, loadingLanguage: undefined });
  // English may be stalled too: then the page says, in its own words, that it could not load.
  await withinTimeout(showFallback());
  return 'en';
}

function withinTimeout<T>(work: Promise<T>): Promise<T | 'tooSlow'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const tooSlow = new Promise<'tooSlow'>((resolve) => {
    timer = setTimeout(() => resolve('tooSlow'), firstLanguageTimeout);
  });
  return Promise.race([work, tooSlow]).finally(() => clearTimeout(timer));
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
