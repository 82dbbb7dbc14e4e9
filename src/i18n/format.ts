import type { Language } from '../state';

/** Building an Intl formatter is slow (a result page formats dozens of dates): build each once. */
function cached<Formatter>(build: (lang: Language) => Formatter): (lang: Language) => Formatter {
  const built = new Map<Language, Formatter>();
  return (lang) => {
    let formatter = built.get(lang);
    if (!formatter) built.set(lang, (formatter = build(lang)));
    return formatter;
  };
}

const tengeFormat = cached(
  (lang) =>
    new Intl.NumberFormat(lang, {
      style: 'currency',
      currency: 'KZT',
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: 0,
    }),
);
const choicesFormat = cached((lang) => new Intl.ListFormat(lang, { type: 'disjunction' }));
const dateFormat = cached(
  (lang) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }),
);

export function formatTenge(amount: number, lang: Language): string {
  return tengeFormat(lang).format(amount);
}

export function formatChoices(items: readonly string[], lang: Language): string {
  return choicesFormat(lang).format(items);
}

export function formatDate(isoDate: string, lang: Language): string {
  return dateFormat(lang).format(new Date(isoDate));
}
