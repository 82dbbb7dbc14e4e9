import type { Language } from '../state';

/*
 * Whole numbers, dates and lists of choices, written as Intl writes them in each language (CLDR),
 * for the few shapes the guide shows. Not Intl itself: building the first Intl formatter on a
 * page loads the language's formatting data, ~100 ms on a phone-speed CPU, in the middle of
 * rendering the result or the ways page. tests/i18n/format.test.ts holds each against Intl.
 */

const thousands: Readonly<Record<Language, string>> = { en: ',', ru: '\u00a0', zh: ',' };

/** `5,000`, `5 000` (a non-breaking space), `5,000`: rounded to a whole number. */
export function formatNumber(amount: number, lang: Language): string {
  const digits = String(Math.round(Math.abs(amount)));
  return `${amount < 0 ? '-' : ''}${digits.replace(/\B(?=(\d{3})+$)/g, thousands[lang])}`;
}

const or: Readonly<
  Record<Language, { readonly between: string; readonly two: string; readonly last: string }>
> = {
  en: { between: ', ', two: ' or ', last: ', or ' },
  ru: { between: ', ', two: ' или ', last: ' или ' },
  zh: { between: '、', two: '或', last: '或' },
};

/** `250, 350, or 500`, `250, 350 или 500`, `250、350或500`. */
export function formatChoices(items: readonly string[], lang: Language): string {
  const { between, two, last } = or[lang];
  if (items.length < 3) return items.join(two);
  return `${items.slice(0, -1).join(between)}${last}${items[items.length - 1]}`;
}

// The months as a date names them (Russian's genitive: «24 ноября»).
const monthNames = {
  en: 'January February March April May June July August September October November December',
  ru: 'января февраля марта апреля мая июня июля августа сентября октября ноября декабря',
} as const;

/** A day `2026-11-24` as `24 November 2026`, `24 ноября 2026 г.`, `2026年11月24日`. */
export function formatDate(isoDate: string, lang: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  if (lang === 'zh') return `${year}年${month}月${day}日`;
  const name = monthNames[lang].split(' ')[month - 1];
  return lang === 'ru' ? `${day} ${name} ${year} г.` : `${day} ${name} ${year}`;
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
