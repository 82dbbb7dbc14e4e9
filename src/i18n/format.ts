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

const numberFormat = cached((lang) => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }));
const choicesFormat = cached((lang) => new Intl.ListFormat(lang, { type: 'disjunction' }));
// English as written outside the US: "24 November 2026", the order the other two languages use.
const dateFormat = cached(
  (lang) =>
    new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' }),
);

export function formatNumber(amount: number, lang: Language): string {
  return numberFormat(lang).format(amount);
}

export function formatChoices(items: readonly string[], lang: Language): string {
  return choicesFormat(lang).format(items);
}

export function formatDate(isoDate: string, lang: Language): string {
  return dateFormat(lang).format(new Date(isoDate));
}

const han = /\p{Script=Han}/u;
const hanBeforeLatin = /(\p{Script=Han})(?=[A-Za-z0-9+*₸])/gu;
const latinBeforeHan = /([A-Za-z0-9%#₸])(?=\p{Script=Han})/gu;

/**
 * Chinese sets Latin words and numbers apart from the characters around them with a space
 * («选择 Beeline»): done here for every string, so a name or number put into a sentence is spaced too.
 */
export function spaceHanAndLatin(text: string): string {
  if (!han.test(text)) return text;
  return text.replace(hanBeforeLatin, '$1 ').replace(latinBeforeHan, '$1 ');
}

const phoneNumber = /(?:\+7|8)(?:[ \u00a0][0-9X]{2,3}){4}/g;

/** A phone number never breaks across lines ("8 701 234 56 / 78"): its spaces do not break. */
export function keepNumbersTogether(text: string): string {
  return text.replace(phoneNumber, (number) => number.replace(/ /g, '\u00a0'));
}
