export { formatChoices, formatDate, formatNumber } from './format';
export type { Strings } from './resources';
export { loadAllStrings, showLanguage, startI18n } from './setup';
export { useI18nStatus } from './status';
