import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  channelIds,
  channels,
  contactCodes,
  creditTerms,
  factIds,
  facts,
  misleadingCodes,
  officialSites,
  doubtRules,
  rankingRules,
  weakWhen,
  operatorCodes,
  questionIds,
  questionOptions,
  recommend,
} from '../../src/domain';
import { currentStamps, recordPath } from '../../scripts/translated-from.mjs';
import { everyAnswers } from '../domain/answer-space';

const languages = ['en', 'ru', 'zh'] as const;
const root = join(__dirname, '../../locales');
const files = readdirSync(join(root, 'en')).filter((file) => file.endsWith('.json'));

type Tree = { [key: string]: string | Tree };
const load = (lang: string, file: string): Tree =>
  JSON.parse(readFileSync(join(root, lang, file), 'utf8'));
const strings = Object.fromEntries(
  languages.map((lang) => [
    lang,
    Object.fromEntries(files.map((f) => [f.replace('.json', ''), load(lang, f)])),
  ]),
) as Record<(typeof languages)[number], Tree>;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** Shown only once the operator is known (the card's operator line, "Use Beeline", its codes). */
const knownOperatorOnly = new Set([
  'cashier.card.ru.operator',
  'cashier.card.kk.operator',
  'cashier.reader.requestWithOperator',
  'cashier.finder.use',
  'result.codes.usefulTitle',
]);

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const flat = Object.fromEntries(languages.map((lang) => [lang, flatten(strings[lang])])) as Record<
  (typeof languages)[number],
  Map<string, string>
>;
const baseKeys = (lang: (typeof languages)[number]) =>
  new Set([...flat[lang].keys()].map((k) => k.replace(pluralSuffix, '')));
const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

function translated(lang: (typeof languages)[number], key: string): boolean {
  const value = flat[lang].get(key) ?? flat[lang].get(`${key}_other`);
  return typeof value === 'string' && value.trim() !== '';
}

describe('the locales', () => {
  it('have the same files in every language', () => {
    for (const lang of languages)
      expect(readdirSync(join(root, lang)).sort()).toEqual([...files].sort());
  });

  it.each(['ru', 'zh'] as const)('%s has exactly the keys of en', (lang) => {
    expect([...baseKeys(lang)].sort()).toEqual([...baseKeys('en')].sort());
  });

  it.each(languages)('%s has every plural form its language needs', (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const plurals = new Set(
      [...flat.en.keys()]
        .filter((k) => pluralSuffix.test(k))
        .map((k) => k.replace(pluralSuffix, '')),
    );
    expect(plurals.size).toBeGreaterThan(0);
    for (const key of plurals)
      for (const category of categories)
        expect(flat[lang].has(`${key}_${category}`), `${lang} ${key}_${category}`).toBe(true);
  });

  // An English string changed since its translations were made: they may say the old thing (it
  // happened: Homebank's path reached English only). Update ru and zh, then
  // `npm run locales:translated` (docs/decisions/languages.md).
  it('has ru and zh made from the English as it is now', () => {
    const recorded = JSON.parse(readFileSync(recordPath, 'utf8')) as Record<string, string>;
    const stale = Object.entries(currentStamps())
      .filter(([key, now]) => recorded[key] !== now)
      .map(([key]) => key);
    expect(stale, 'English strings changed or added since ru and zh were made').toEqual([]);
  });

  it.each(['ru', 'zh'] as const)('%s uses the same interpolation variables as en', (lang) => {
    for (const [key, value] of flat[lang]) {
      const source = flat.en.get(key) ?? flat.en.get(key.replace(pluralSuffix, '_other'));
      expect(variables(value), `${lang}: ${key}`).toEqual(variables(source ?? ''));
    }
  });

  it.each(['ru', 'zh'] as const)('%s leaves nothing empty that en fills', (lang) => {
    for (const [key, value] of flat.en) {
      if (value === '') continue;
      expect(translated(lang, key.replace(pluralSuffix, '')), `${lang}: ${key}`).toBe(true);
    }
  });

  it.each(languages)(
    '%s has an own wording, with no name slot, for every sentence about the operator when it is unknown',
    (lang) => {
      for (const [key, value] of flat[lang]) {
        // `_site`: the wording for an operator whose website a source gives, a known one.
        if (!value.includes('{{operator}}') || knownOperatorOnly.has(key) || key.endsWith('_site'))
          continue;
        const base = key.replace(pluralSuffix, '');
        const unknown = flat[lang].get(`${base}_unknown`);
        expect(unknown, `${lang}: ${base}_unknown`).toBeDefined();
        expect(unknown, `${lang}: ${base}_unknown`).not.toContain('{{operator}}');
      }
    },
  );

  // FACTS.md: «АвтоСТ» is "a standing setting with a commission each time, not an immediate loan:
  // label it so"; the dial link's own words say it (nothing else does).
  it.each([
    ['en', /standing setting.*commission/],
    ['ru', /постоянная настройка.*комисси/],
    ['zh', /长期设置.*手续费/],
  ] as const)('%s labels the «АвтоСТ» link a standing setting with a commission', (lang, said) => {
    expect(flat[lang].get('result.codes.labels.autoStOn')).toMatch(said);
  });

  // FACTS.md: «АвтоСТ» starts "whenever the balance falls to 10 ₸ or less"; Homebank's path is
  // Payments → Communication services (said in every language, not only where English changed).
  it.each([
    ['en', /10 ₸ or less/],
    ['ru', /10 ₸ или ниже/],
    ['zh', /10 坚戈以下/],
  ] as const)('%s says when «АвтоСТ» starts, and where Homebank takes payments', (lang, when) => {
    expect(flat[lang].get('result.codes.labels.autoStOn')).toMatch(when);
    expect(flat[lang].get('channels.bankApp.steps.payments')).toContain('Homebank');
  });

  // FACTS.md: Alipay only in Ding's iOS app, WeChat Pay nowhere: "wallet" means either, so the
  // reason a way fits says for whom it does.
  it.each(languages)('%s gives the wallet reason its condition: Alipay on an iPhone', (lang) => {
    expect(flat[lang].get('result.reasons.payWithWallet')).toMatch(/Alipay|支付宝/);
    expect(flat[lang].get('result.reasons.payWithWallet')).toContain('iPhone');
  });

  // «Для абонентов Beeline: Приложение…»: Russian goes on in lower case after a colon, and a
  // detail is also a sentence of its own (the ways page), so the lead-in ends with a full stop.
  it('ru ends the lead-in before an operator detail with a full stop', () => {
    for (const lead of ['result.forOperator', 'result.forOperator_unknown'])
      expect(flat.ru.get(lead), lead).toMatch(/\.$/);
  });

  // The guide is for prepaid SIMs (PRODUCT.md): what a search engine shows of a page says so.
  it.each([
    ['en', 'prepaid'],
    ['ru', 'предоплаченной'],
    ['zh', '预付费'],
  ] as const)('%s says "prepaid" in both pages’ descriptions', (lang, word) => {
    for (const key of ['common.start.description', 'ways.meta.waysDescription'])
      expect(flat[lang].get(key), key).toContain(word);
  });

  // FACTS.md: Kcell's own page names "Kcell/activ official site" for paying online. Without its
  // address an activ subscriber would search for it, and fake sites imitate operators.
  it.each(languages)('%s names the site where activ is paid online: Kcell’s', (lang) => {
    const [open] = channels.operatorSite.operatorSteps!.activ!;
    expect(flat[lang].get(`channels.operatorSite.steps.${open}`)).toContain(
      officialSites.kcell!.site,
    );
  });

  // The check is also shown beside the wallet note ("Alipay works only in Ding's iOS app"), where
  // "these services" would read as Alipay and WeChat Pay: it names what it is about (GLOSSARY).
  it.each([
    ['en', 'international top-up services'],
    ['ru', 'международных сервисах пополнения'],
    ['zh', '国际话费充值平台'],
  ] as const)('%s says which services the operator-listing check is about', (lang, term) => {
    expect(flat[lang].get('result.checks.operatorListed')).toContain(term);
  });

  it('never links anywhere: no messenger seller, no promotional address', () => {
    for (const lang of languages)
      expect(JSON.stringify(strings[lang])).not.toMatch(/https?:|\bt\.me\b|telegram/i);
  });
});

describe('every id and code of the domain has its text in every language', () => {
  const needed = new Set<string>();
  for (const question of questionIds) {
    for (const part of ['title', 'error', 'summary']) needed.add(`questions.${question}.${part}`);
    for (const slug of questionOptions[question])
      needed.add(`questions.${question}.options.${slug}`);
  }
  for (const id of channelIds) {
    needed.add(`channels.${id}.name`);
    needed.add(`channels.${id}.summary`);
    const steps = [channels[id].steps, ...Object.values(channels[id].operatorSteps ?? {})].flat();
    for (const step of steps) needed.add(`channels.${id}.steps.${step}`);
    for (const tip of channels[id].tips) needed.add(`channels.${id}.tips.${tip}`);
  }
  for (const operator of questionOptions.operator)
    if (operator !== 'unknown') needed.add(`channels.operatorNames.${operator}`);
  for (const fact of factIds) {
    needed.add(`facts.names.${fact}`);
    if (facts[fact].described) needed.add(`facts.notes.${fact}`);
  }
  for (const terms of Object.values(creditTerms)) {
    needed.add(`result.credit.${terms.name}`);
    if (terms.repayment) needed.add(`result.credit.repayment.${terms.repayment}`);
    for (const condition of [...terms.conditions, ...(terms.mayNeed ?? [])])
      needed.add(`result.credit.conditions.${condition}`);
  }
  for (const code of [
    ...Object.values(creditTerms).flatMap((t) => t.codes),
    ...Object.values(contactCodes).flat(),
    ...Object.values(operatorCodes).flat(),
  ]) {
    needed.add(`result.codes.labels.${code.label}`);
  }
  for (const codes of Object.values(misleadingCodes))
    for (const code of codes) needed.add(`result.codes.${code.warning}`);
  // The ways page explains every rule that moves a way, doubts it or makes a result weak.
  for (const rule of [...rankingRules, ...doubtRules])
    if (rule.id) needed.add(`ways.decides.rules.${rule.id}`);
  for (const rule of weakWhen) needed.add(`ways.decides.weak.${rule.id}`);
  for (const answers of everyAnswers()) {
    const result = recommend(answers);
    for (const channel of [...result.recommended, ...result.mightWork]) {
      for (const reason of channel.reasons) needed.add(`result.reasons.${reason}`);
      for (const caution of channel.cautions) needed.add(`result.cautions.${caution}`);
      for (const check of channel.checks) needed.add(`result.checks.${check}`);
    }
    for (const channel of result.ruledOut)
      for (const reason of channel.reasons) needed.add(`result.ruledOut.${reason}`);
    for (const drawback of result.drawbacks) needed.add(`result.weak.drawbacks.${drawback}`);
    for (const { code } of result.guidance)
      needed.add(
        code === 'findOperator' ? 'result.guidance.findOperator.title' : `result.guidance.${code}`,
      );
  }

  it.each(languages)('%s', (lang) => {
    const missing = [...needed].filter((key) => !translated(lang, key));
    expect(missing).toEqual([]);
    expect(needed.size).toBeGreaterThan(200);
  });
});
