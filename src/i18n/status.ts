import { create } from 'zustand';
import type { Language } from '../state';

interface I18nStatus {
  /** A language whose strings could not be loaded (offline, damaged file): English is shown. */
  readonly failedLanguage: Language | undefined;
  /** A language being loaded before it is shown: its link says it is working. */
  readonly loadingLanguage: Language | undefined;
  readonly missingText: boolean;
  /** A page's strings could not be loaded in a language already shown (a host's error, a damaged
   * file, offline): the page says so and offers to try again instead of loading forever. */
  readonly pageStringsFailed: boolean;
}

export const useI18nStatus = create<I18nStatus>()(() => ({
  failedLanguage: undefined,
  loadingLanguage: undefined,
  missingText: false,
  pageStringsFailed: false,
}));
