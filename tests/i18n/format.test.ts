import { describe, expect, it } from 'vitest';
import { formatChoices, formatNumber, spaceHanAndLatin } from '../../src/i18n/format';

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
