import type { Language } from '../state';

export function formatTenge(amount: number, lang: Language): string {
  return new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: 'KZT',
    currencyDisplay: 'narrowSymbol',
    maximumFractionDigits: 0,
  }).format(amount);
}

export function formatChoices(items: readonly string[], lang: Language): string {
  return new Intl.ListFormat(lang, { type: 'disjunction' }).format(items);
}

export function formatDate(isoDate: string, lang: Language): string {
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(isoDate),
  );
}
