import { describe, expect, it } from 'vitest';
import {
  type Operator,
  displayNumber,
  maxCardAmount,
  operatorHintFor,
  parseTopUpAmount,
  prefixGroups,
  withContactNumber,
} from '../../src/domain';
import { type PhoneProblem, parseKazakhMobile } from '../../src/domain/phone-number';

describe('reading a Kazakh mobile number', () => {
  it.each([
    ['+7 701 123 45 67'],
    ['+77011234567'],
    ['+7 (701) 123-45-67'],
    ['+7-701-123-45-67'],
    ['8 701 123 45 67'],
    ['8 (701) 123 45 67'],
    ['87011234567'],
    ['7 701 123 45 67'],
    ['77011234567'],
    ['701 123 45 67'],
    ['7011234567'],
    ['(701) 123-45-67'],
    ['00 7 701 123 45 67'],
    [' +7 701 123 45 67 '],
    ['+7\u00a0701\u00a0123\u00a045\u00a067'],
    ['+7 701.123.45.67'],
  ])('accepts %j', (input) => {
    expect(parseKazakhMobile(input)).toMatchObject({
      ok: true,
      e164: '+77011234567',
      display: '+7 701 123 45 67',
    });
  });

  it.each<[string, PhoneProblem]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['- ( )', 'empty'],
    ['abc', 'notANumber'],
    ['+7 701 ABC 45 67', 'notANumber'],
    ['+7 701 123 45 67 ext. 2', 'notANumber'],
    ['7+7011234567', 'notANumber'],
    ['+', 'notANumber'],
    ['+7', 'tooShort'],
    ['+7 701 123 45 6', 'tooShort'],
    ['8 701 123', 'tooShort'],
    ['701 123 45', 'tooShort'],
    ['+7 701 123 45 678', 'tooLong'],
    ['8 701 123 45 678', 'tooLong'],
    ['770112345678', 'tooLong'],
    ['+7 912 345 67 89', 'otherCountry'],
    ['8 912 345 67 89', 'otherCountry'],
    ['9123456789', 'otherCountry'],
    ['+7 495 123 45 67', 'otherCountry'],
    ['+86 138 0013 8000', 'otherCountry'],
    ['+1 202 555 0143', 'otherCountry'],
    ['+7 727 123 45 67', 'notKazakhMobile'],
    ['8 7172 12 34 56', 'notKazakhMobile'],
    ['+7 709 123 45 67', 'notKazakhMobile'],
    ['+7 799 123 45 67', 'notKazakhMobile'],
  ])('rejects %j: %s', (input, problem) => {
    expect(parseKazakhMobile(input)).toEqual({ ok: false, problem });
  });

  it.each<[string, readonly Operator[]]>(
    prefixGroups.flatMap((group) =>
      group.prefixes.map((prefix): [string, readonly Operator[]] => [prefix, group.operators]),
    ),
  )('hints that +7 %s… is %j, only as a hint', (prefix, operators) => {
    const result = parseKazakhMobile(`+7 ${prefix} 123 45 67`);
    expect(result).toEqual({
      ok: true,
      e164: `+7${prefix}1234567`,
      display: `+7 ${prefix} 123 45 67`,
      operatorHint: { operators, portable: true, fact: 'prefixHints' },
    });
  });

  it.each([['+7 760 123 45 67'], ['+7 785 123 45 67']])(
    'accepts %s, a mobile range with no operator in the facts, with no hint',
    (input) => {
      const result = parseKazakhMobile(input);
      expect(result.ok).toBe(true);
      expect(result).not.toHaveProperty('operatorHint');
    },
  );

  it('gives the prefix groups of FACTS.md, each prefix once', () => {
    expect(
      Object.fromEntries(prefixGroups.map((g) => [g.operators.join('/'), g.prefixes])),
    ).toEqual({
      altel: ['700', '708'],
      'kcell/activ': ['701', '702', '775', '778'],
      beeline: ['705', '706', '771', '776', '777'],
      tele2: ['707', '747'],
    });
    const all = prefixGroups.flatMap((g) => g.prefixes);
    expect(new Set(all).size).toBe(all.length);
    expect(operatorHintFor('7601234567')).toBeUndefined();
  });
});

describe('showing a remembered number', () => {
  it.each([
    ['+77011234567', '+7 701 123 45 67'],
    ['+77471234567', '+7 747 123 45 67'],
    ['+7701123456', undefined],
    ['87011234567', undefined],
    ['+7 701 123 45 67', undefined],
    ['', undefined],
  ])('shows %j as %j', (stored, shown) => {
    expect(displayNumber(stored)).toBe(shown);
  });
});

describe('a contact code with a number in it', () => {
  it.each([
    ['*131*<number>#', '*131*87011234567#'],
    ['*130*<number>#', '*130*87011234567#'],
  ])('writes %s as %s', (code, dialled) => {
    expect(withContactNumber(code, '+77011234567')).toBe(dialled);
  });
});

describe('reading a top-up amount', () => {
  it.each([
    ['5000', 5000],
    ['5 000', 5000],
    ['5\u00a0000', 5000],
    ['5,000', 5000],
    ['5.000', 5000],
    ['5000 ₸', 5000],
    ['  200 ', 200],
    ['1', 1],
    ['007', 7],
    [String(maxCardAmount), maxCardAmount],
  ])('accepts %j as %i', (input, amount) => {
    expect(parseTopUpAmount(input)).toEqual({ ok: true, amount });
  });

  it.each([
    ['', 'empty'],
    [' ', 'empty'],
    ['12.5', 'notWholeNumber'],
    ['5,00', 'notWholeNumber'],
    ['-500', 'notWholeNumber'],
    ['1e3', 'notWholeNumber'],
    ['five', 'notWholeNumber'],
    ['0', 'tooSmall'],
    ['000', 'tooSmall'],
    [String(maxCardAmount + 1), 'tooLarge'],
    ['1 000 000', 'tooLarge'],
  ])('rejects %j: %s', (input, problem) => {
    expect(parseTopUpAmount(input)).toEqual({ ok: false, problem });
  });
});
