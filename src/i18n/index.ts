export { formatChoices, formatDate, formatNumber } from './format';
export type { Strings } from './resources';
export { type PageKind, type Part, partsFor } from './page-parts';
export {
  hasStrings,
  loadStrings,
  useHasStrings,
  showLanguage,
  startI18n,
  startI18nWith,
} from './setup';
export { useI18nStatus } from './status';
