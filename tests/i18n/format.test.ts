import { describe, expect, it } from 'vitest';
import { facts } from '../../src/domain';
import { formatChoices, formatDate, formatNumber, spaceHanAndLatin } from '../../src/i18n/format';

describe('Chinese spacing around Latin words and numbers', () => {
  it.each([
    ['再选择Beeline', '再选择 Beeline'],
    ['找一家Beeline的营业厅', '找一家 Beeline 的营业厅'],
    ['Kcell或activ', 'Kcell 或 activ'],
    ['拨*199#可以查询', '拨 *199# 可以查询'],
    ['平均约3–4%的手续费', '平均约 3–4% 的手续费'],
    ['选择 Beeline。', '选择 Beeline。'],
    ['“Live Balance”是付费订阅', '“Live Balance”是付费订阅'],
    ['（Pay For Me）', '（Pay For Me）'],
    ['Please top up this number', 'Please top up this number'],
    ['Пожалуйста, пополните баланс', 'Пожалуйста, пополните баланс'],
  ])('%s → %s', (text, spaced) => {
    expect(spaceHanAndLatin(text)).toBe(spaced);
  });
});

describe('numbers and lists in each language', () => {
  it('groups thousands and joins choices as the language does', () => {
    expect(formatNumber(100000, 'en')).toBe('100,000');
    expect(formatNumber(5000, 'ru')).toBe('5\u00a0000');
    expect(formatChoices(['250', '350', '500'], 'zh')).toBe('250、350或500');
    expect(spaceHanAndLatin(formatChoices(['250', '350', '500'], 'zh'))).toBe('250、350 或 500');
  });
});

describe('written as Intl writes them (CLDR), without building a formatter', () => {
  const languages = ['zh', 'ru', 'en'] as const;
  const intlNumber = (lang: string) => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  const numbers = [
    ...Array.from({ length: 2100 }, (_, i) => i),
    ...[0.4, 0.5, 1.5, 2.5, 999.5, 9999.49, -1, -1.5, -1000, -123456.7],
    ...Array.from({ length: 16 }, (_, i) => 10 ** i),
    ...Array.from({ length: 500 }, (_, i) => (i * 7_919_011) % 2_000_000_000),
  ];
  const days = [
    ...Object.values(facts).map((fact) => fact.read),
    ...Array.from(
      { length: 12 },
      (_, m) => `2027-${String(m + 1).padStart(2, '0')}-0${(m % 9) + 1}`,
    ),
    '2026-12-31',
    '2025-02-28',
  ];

  it.each(languages)('whole numbers in %s', (lang) => {
    const intl = intlNumber(lang);
    for (const amount of numbers)
      expect(formatNumber(amount, lang), String(amount)).toBe(intl.format(amount));
  });

  it.each(languages)('choices joined by “or” in %s', (lang) => {
    const intl = new Intl.ListFormat(lang, { type: 'disjunction' });
    for (let count = 0; count <= 6; count++) {
      const items = ['250', 'Kcell', '350', 'activ', '1,000', 'Beeline'].slice(0, count);
      expect(formatChoices(items, lang)).toBe(intl.format(items));
    }
  });

  it.each(languages)('the days sources were read, and every month, in %s', (lang) => {
    const intl = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
      dateStyle: 'long',
      timeZone: 'UTC',
    });
    for (const day of days) expect(formatDate(day, lang), day).toBe(intl.format(new Date(day)));
  });
});
