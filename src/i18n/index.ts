export { formatChoices, formatDate, formatNumber } from './format';
export type { Strings } from './resources';
export {
  type Part,
  hasStrings,
  loadStrings,
  partsFor,
  showLanguage,
  startI18n,
  startI18nWith,
} from './setup';
export { useI18nStatus } from './status';
