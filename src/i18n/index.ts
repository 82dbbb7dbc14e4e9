export { formatChoices, formatDate, formatNumber } from './format';
export type { Strings } from './resources';
export { manifestHref, ogLocale } from './manifest';
export { type PageKind, type Part, partsFor } from './page-parts';
export {
  hasStrings,
  loadStrings,
  showLanguage,
  startI18n,
  startI18nWith,
  useHasStrings,
} from './setup';
export { useI18nStatus } from './status';
