import { describe, expect, it } from 'vitest';
import { renderApp } from './render-app';

/**
 * "I don't know" as the operator: every sentence about the operator has its own wording, so no
 * name slot reads "your operator" (PRODUCT.md). Between them these answers show every way, as a
 * way that works, might work or won't, with its steps, details, checks and reasons.
 */
const answerSets = [
  'where=city&speak=none&pay=cash,kzcard,card,unionpay,wallet,friend&online=yes&when=now',
  'where=city&speak=local&pay=cash&online=no&when=today',
  'where=remote&speak=english&pay=kzcard,wallet&online=yes&when=later',
  'where=abroad&pay=card,wallet&online=yes&when=today',
  'where=abroad&pay=cash&online=no&when=now',
];

/** What a sentence looks like when a name slot was filled with "your operator", or with nothing. */
const broken: Record<'en' | 'ru' | 'zh', RegExp[]> = {
  en: [/\ban? your\b/i, /\ban? (activ|Altel)\b/, /your operator's your/i, /\(your operator\)/i],
  ru: [/—\s*ваш оператор/i, /оператора:\s*ваш оператор/i, /ваш оператор:/i, /у ваш оператор/i],
  zh: [/你的运营商用户/, /如果你用的是\s*你的运营商/],
};
const emptySlot = /\(\s*\)|（\s*）|«\s*»|“\s*”|\s[.,:;!?]|[：，]\s*[。，]/;
const doubledWord = /(?<!\p{L})(\p{L}{3,})\s+\1(?!\p{L})/iu;

function visibleText(): string {
  for (const details of document.querySelectorAll('details')) details.open = true;
  return [...document.querySelectorAll('main p, main li, main h2, main h3, main h4, main summary')]
    .map((element) => element.textContent ?? '')
    .join('\n');
}

describe.each(['en', 'ru', 'zh'] as const)(
  'in %s, with "I don\'t know" as the operator',
  (lang) => {
    it.each(answerSets)('reads naturally: %s', async (answers) => {
      await renderApp(`/?lang=${lang}&${answers}&operator=unknown`);
      const text = visibleText();
      expect(text.length).toBeGreaterThan(500);
      expect(text).not.toContain('{{');
      for (const line of text.split('\n')) {
        for (const pattern of broken[lang])
          expect(line, 'a name slot says "your operator"').not.toMatch(pattern);
        expect(line, 'an empty name slot').not.toMatch(emptySlot);
        expect(line, 'a doubled word').not.toMatch(doubledWord);
      }
    });
  },
);
