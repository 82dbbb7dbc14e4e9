import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type CodeLabel,
  type DialAction,
  type FactId,
  baseScores,
  correctionsReading,
  doubtRules,
  firstReading,
  misleadingCodes,
  officialSites,
  weakWhen,
  channelIds,
  channels,
  contactCodes,
  creditTerms,
  facts,
  factIds,
  operatorCodes,
  questionIds,
  questionOptions,
  rankingRules,
} from '../../src/domain';

describe('the public contract v1', () => {
  it('keeps the question ids and option slugs of PRODUCT.md', () => {
    expect(questionIds).toEqual(['where', 'speak', 'pay', 'online', 'when', 'operator']);
    expect(questionOptions).toEqual({
      where: ['city', 'remote', 'abroad'],
      speak: ['local', 'english', 'none'],
      pay: ['cash', 'kzcard', 'card', 'unionpay', 'wallet', 'friend'],
      online: ['yes', 'no'],
      when: ['now', 'today', 'later'],
      operator: ['beeline', 'kcell', 'activ', 'tele2', 'altel', 'izi', 'unknown'],
    });
  });

  it('keeps the channel ids of PRODUCT.md', () => {
    expect(channelIds).toEqual([
      'office',
      'shop',
      'terminal',
      'operatorApp',
      'operatorSite',
      'bankApp',
      'friendPays',
      'credit',
      'intlService',
    ]);
  });
});

describe('the channel catalog', () => {
  it('gives every fact a source, a confidence and the day its source was read', () => {
    for (const id of factIds) {
      const fact = facts[id];
      if (fact.source === undefined) expect(fact.described, `${id} names its source`).toBe(true);
      else expect(fact.source, id).toMatch(/^https:\/\//);
      expect(['C', 'W'], id).toContain(fact.confidence);
      // FACTS.md's sources were read on two days; a later date would claim a reading that never was.
      expect([firstReading, correctionsReading], id).toContain(fact.read);
    }
  });

  it.each<[FactId, string]>([
    ['terminalsExist', correctionsReading],
    ['officePayments', correctionsReading],
    ['atmForeignCards', correctionsReading],
    ['unionPayAtmLimit', correctionsReading],
    ['activExtraBalanceRoaming', correctionsReading],
    ['activPayForMe', correctionsReading],
    ['beelineTrustPayment', correctionsReading],
    ['activLiveBalance', correctionsReading],
    ['activExtraBalance', firstReading],
    ['kaspiPaysKcell', firstReading],
    ['dingPayments', firstReading],
  ])('dates %s by the reading FACTS.md gives it', (id, read) => {
    expect(facts[id].read).toBe(read);
  });

  it('gives an operator’s website only where one of its FACTS.md sources is a page of it', () => {
    const sites = Object.entries(officialSites);
    expect(sites.length).toBeGreaterThan(0);
    for (const [operator, { site, fact }] of sites) {
      const { source } = facts[fact];
      expect(source && new URL(source).hostname.replace(/^www\./, ''), operator).toBe(site);
    }
    // FACTS.md found no official Tele2 page, and only a third party for Altel.
    expect(officialSites.tele2).toBeUndefined();
    expect(officialSites.altel).toBeUndefined();
    // activ's payment is confirmed on Kcell's page only: activ.kz is not named as where to pay.
    expect(officialSites.activ).toBeUndefined();
  });

  it('never links the promotional seller of the source article', () => {
    expect(JSON.stringify(facts)).not.toMatch(/t\.me|telegram/i);
  });

  it('refers only to known facts', () => {
    const used = [
      ...channelIds.flatMap((id) => [
        ...channels[id].facts,
        ...Object.values(channels[id].operators).flatMap((support) => support.facts),
      ]),
      ...Object.values(creditTerms).flatMap((terms) => [
        ...terms.facts,
        ...terms.codes.map((c) => c.fact),
      ]),
      ...Object.values(contactCodes).flatMap((codes) => codes.map((c) => c.fact)),
      ...Object.values(operatorCodes).flatMap((codes) => codes.map((c) => c.fact)),
      ...Object.values(misleadingCodes).flatMap((codes) => codes.map((c) => c.fact)),
      ...[...rankingRules, ...doubtRules, ...weakWhen]
        .map((rule) => rule.basis)
        .filter((basis) => basis !== 'product'),
    ];
    for (const fact of used) expect(factIds).toContain(fact);
  });

  it('never calls operator support resting on a [W] fact confirmed', () => {
    for (const id of channelIds) {
      for (const [operator, support] of Object.entries(channels[id].operators)) {
        const weak = support.facts.some((fact) => facts[fact].confidence === 'W');
        if (weak) expect(support.certainty, `${id} for ${operator}`).toBeDefined();
      }
    }
  });

  it('rests the office channel on a weak source, and Beeline credit on no code to borrow now', () => {
    for (const support of Object.values(channels.office.operators))
      expect(support.certainty).toBe('weak');
    expect(channels.credit.operators.beeline).toMatchObject({
      certainty: 'unconfirmed',
      check: 'beelineBorrowNow',
    });
  });

  it('offers emergency credit only where FACTS.md has the service', () => {
    expect(Object.keys(creditTerms).sort()).toEqual(['activ', 'beeline', 'tele2']);
    expect(Object.keys(channels.credit.operators).sort()).toEqual(['activ', 'beeline', 'tele2']);
    expect(creditTerms.activ?.amounts).toEqual([250, 350, 500, 750, 1000]);
    expect(facts[creditTerms.tele2!.facts[0]!].confidence).toBe('W');
  });

  it("states Tele2's trust payment as FACTS.md has it: no repayment terms, the top-up only a maybe", () => {
    // FACTS.md: "100 ₸ for a 20 ₸ fee, 3 days; may need a top-up in the last 30 days".
    expect(creditTerms.tele2).toMatchObject({ amounts: [100], fee: 20, validDays: 3 });
    expect(creditTerms.tele2?.repayment).toBeUndefined();
    expect(creditTerms.tele2?.conditions).toEqual([]);
    expect(creditTerms.tele2?.mayNeed).toEqual(['topUpLast30Days']);
    // A request code, not a menu: no "follow the menu" step, nor "paid back as the terms say".
    expect(channels.credit.operatorSteps?.tele2).toEqual(['dial']);
  });

  it("states Beeline's reported terms together: the fee and the condition from the same source", () => {
    // FACTS.md [W] (mdlr.ru): "Fee 20 % (at least 20 ₸), amount by average spend, number active > 1 month".
    expect(creditTerms.beeline?.conditions).toEqual([]);
    expect(creditTerms.beeline?.mayNeed).toEqual(['active30Days']);
    expect(creditTerms.beeline?.facts).toContain('beelineTrustFee');
  });

  /** FACTS.md: what each code does, as the operators' own pages say. */
  const everyCode = [
    ...Object.entries(creditTerms).flatMap(([operator, terms]) =>
      terms.codes.map((code) => [operator, code] as const),
    ),
    ...Object.entries(contactCodes).flatMap(([operator, codes]) =>
      codes.map((code) => [operator, code] as const),
    ),
    ...Object.entries(operatorCodes).flatMap(([operator, codes]) =>
      codes.map((code) => [operator, code] as const),
    ),
  ];

  it.each<[string, string, DialAction, CodeLabel]>([
    ['activ', '*911*1*3#', 'borrow', 'extraBalanceRequest'],
    ['activ', '*911*1#', 'serviceMenu', 'extraBalanceMenu'],
    ['beeline', '*141*1#', 'autoCreditOn', 'autoStOn'],
    ['beeline', '*141*1*0#', 'autoCreditOff', 'autoStOff'],
    ['beeline', '*141*0#', 'creditBlock', 'trustBlock'],
    ['beeline', '*141*0*1#', 'creditUnblock', 'trustUnblock'],
    ['beeline', '*341#', 'trustMinutes', 'trustMinutes'],
    ['tele2', '*141*1#', 'borrow', 'tele2TrustRequest'],
    ['activ', '*131*<number>#', 'payForMe', 'payForMe'],
    ['activ', '*130*<number>#', 'callMe', 'callMe'],
    ['kcell', '*911*2*2#', 'autoPay', 'autoPaySelf'],
    ['kcell', '*911*2*3#', 'autoPay', 'autoPayOther'],
    ['activ', '*911*2*2#', 'autoPay', 'autoPaySelf'],
    ['activ', '*911*2*3#', 'autoPay', 'autoPayOther'],
    ['kcell', '*199#', 'whichOperator', 'whichOperator'],
    ['activ', '*199#', 'whichOperator', 'whichOperator'],
    ['activ', '*111*3#', 'balance', 'mainAndBonusBalance'],
    ['altel', '*111#', 'balance', 'balance'],
  ])('%s %s does %s', (operator, code, action, label) => {
    const found = everyCode.filter(([op, c]) => op === operator && c.code === code);
    expect(found.map(([, c]) => [c.action, c.label])).toEqual([[action, label]]);
  });

  it('has no code the table above does not explain', () => {
    expect(everyCode).toHaveLength(18);
  });

  it('offers Beeline no code to borrow now, and no block without its unblock', () => {
    const beeline = creditTerms.beeline!.codes;
    expect(beeline.map((c) => c.action)).not.toContain('borrow');
    expect(everyCode.some(([operator, c]) => operator === 'beeline' && c.code === '*141#')).toBe(
      false,
    );
    for (const [operator, code] of everyCode)
      if (code.action === 'creditBlock')
        expect(
          everyCode.some(([op, c]) => op === operator && c.action === 'creditUnblock'),
          operator,
        ).toBe(true);
  });

  it('never offers activ *121# as a code to dial: it is a paid subscription', () => {
    expect(everyCode.some(([, c]) => c.code === '*121#')).toBe(false);
    expect(misleadingCodes.activ).toEqual([
      expect.objectContaining({ code: '*121#', price: { amount: 99, days: 30 } }),
    ]);
  });

  it('writes every USSD code as a dialable code', () => {
    const codes = [
      ...Object.values(creditTerms).flatMap((terms) => terms.codes),
      ...Object.values(contactCodes).flat(),
      ...Object.values(operatorCodes).flat(),
    ];
    for (const { code } of [...codes, ...Object.values(misleadingCodes).flat()])
      expect(code).toMatch(/^\*[\d*]+(<number>)?#$|^\*\d+\*<number>#$/);
  });

  it('names every row that moves a way, so the ways page can explain it', () => {
    const ids = [...rankingRules, ...doubtRules, ...weakWhen].map((rule) => rule.id);
    for (const rule of rankingRules)
      if (rule.points !== 0) expect(rule.id, JSON.stringify(rule)).toBeDefined();
    const named = ids.filter((id) => id !== undefined);
    expect(new Set(named).size).toBe(named.length);
  });

  it('scores every channel and rests every ranking row on a basis', () => {
    expect(Object.keys(baseScores).sort()).toEqual([...channelIds].sort());
    for (const rule of rankingRules) {
      expect(rule.channels.length).toBeGreaterThan(0);
      expect(
        rule.reason ?? rule.caution ?? (rule.points !== 0 ? 'points' : undefined),
      ).toBeDefined();
    }
  });
});

describe('against FACTS.md', () => {
  const factsMd = join(__dirname, '../../../shared/FACTS.md');
  const text = existsSync(factsMd) ? readFileSync(factsMd, 'utf8') : '';

  it.skipIf(!text)('uses only USSD codes that FACTS.md sources', () => {
    const codes = [
      ...Object.values(creditTerms).flatMap((terms) => terms.codes),
      ...Object.values(contactCodes).flat(),
      ...Object.values(operatorCodes).flat(),
      ...Object.values(misleadingCodes).flat(),
    ].map(({ code }) => code.replace('<number>', ''));
    for (const code of codes) expect(text, code).toContain(code.replace(/#$/, ''));
  });
});
