import type { Page } from '../state';
import type { Strings } from './resources';

/** A file of strings in `locales/<lang>/` (`result.json`), merged under its name (`result.*`). */
export type Part = keyof Strings;
export type PageKind = Page['kind'];

/**
 * What each page shows: a page is rendered only once its parts are loaded in its language. The
 * build writes one file per page and language holding exactly these parts (scripts/strings.ts):
 * one request, and the parts compress better together than apart.
 */
export const partsFor: Readonly<Record<PageKind, readonly Part[]>> = {
  start: ['common'],
  // The operator question folds away the number finder, whose strings are the cashier card's.
  question: ['common', 'questions', 'cashier'],
  result: ['common', 'questions', 'channels', 'result', 'facts', 'cashier'],
  ways: ['common', 'channels', 'result', 'facts', 'ways'],
};

export const pageKinds = Object.keys(partsFor) as PageKind[];
