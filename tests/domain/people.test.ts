import { describe, expect, it } from 'vitest';
import {
  type Answers,
  type CautionCode,
  type ChannelId,
  type FitReason,
  type GuidanceCode,
  type RuledOutReason,
  recommend,
} from '../../src/domain';

interface Person {
  who: string;
  answers: Answers;
  top: ChannelId | 'nothingFits';
  reasons?: FitReason[];
  cautions?: CautionCode[];
  ruledOut?: Partial<Record<ChannelId, RuledOutReason>>;
  guidance?: GuidanceCode[];
  notRecommended?: ChannelId[];
}

const people: Person[] = [
  {
    who: 'a Chinese tourist in Almaty with cash, no Russian, no data',
    answers: {
      where: 'city',
      speak: 'none',
      pay: ['cash'],
      online: 'no',
      when: 'now',
      operator: 'beeline',
    },
    top: 'terminal',
    reasons: ['payWithCash', 'noTalkingNeeded'],
    cautions: ['terminalFee', 'checkWithOperator'],
    ruledOut: { operatorApp: 'needsInternet', bankApp: 'needsInternet' },
  },
  {
    who: 'a student abroad with Kaspi on activ',
    answers: { where: 'abroad', pay: ['kzcard'], online: 'yes', when: 'later', operator: 'activ' },
    top: 'bankApp',
    reasons: ['payWithKzCard', 'open24h', 'worksFromAbroad'],
    ruledOut: { shop: 'needsKazakhstan', terminal: 'needsKazakhstan', office: 'needsKazakhstan' },
  },
  {
    who: 'a traveller on a train with zero balance on Beeline and no data',
    answers: {
      where: 'remote',
      speak: 'local',
      pay: ['cash'],
      online: 'no',
      when: 'now',
      operator: 'beeline',
    },
    top: 'credit',
    reasons: ['noPaymentNeeded', 'fastWhenUrgent', 'worksWithoutInternet', 'worksFarFromShops'],
    cautions: ['creditRepaid'],
  },
  {
    who: 'an English-speaking tourist in a city with a foreign Visa, online, on Kcell',
    answers: {
      where: 'city',
      speak: 'english',
      pay: ['card'],
      online: 'yes',
      when: 'today',
      operator: 'kcell',
    },
    top: 'operatorSite',
    reasons: ['payWithForeignCard', 'officialChannel'],
    cautions: ['foreignCardNotConfirmed', 'neverShareSmsCode'],
    ruledOut: { shop: 'needsCashOrKzCard', bankApp: 'needsKzCard', credit: 'noCreditForOperator' },
  },
  {
    who: 'a relative abroad with a foreign card paying for a Beeline number',
    answers: { where: 'abroad', pay: ['card'], online: 'yes', when: 'today', operator: 'beeline' },
    top: 'operatorApp',
    cautions: ['foreignCardNotConfirmed'],
  },
  {
    who: 'a Chinese traveller abroad who only has Alipay',
    answers: { where: 'abroad', pay: ['wallet'], online: 'yes', when: 'today', operator: 'kcell' },
    top: 'intlService',
    reasons: ['payWithWallet'],
    cautions: ['alipayIosOnly', 'checkOperatorListed'],
    ruledOut: { operatorSite: 'needsCard', bankApp: 'needsKzCard' },
  },
  {
    who: 'someone abroad, offline, with only a foreign card, on Altel',
    answers: { where: 'abroad', pay: ['card'], online: 'no', when: 'now', operator: 'altel' },
    top: 'nothingFits',
    guidance: ['findWifi', 'askContact'],
    ruledOut: {
      credit: 'noCreditForOperator',
      friendPays: 'needsContact',
      intlService: 'needsInternet',
    },
  },
  {
    who: 'a Russian speaker in a city with cash, offline, no hurry, on Altel',
    answers: {
      where: 'city',
      speak: 'local',
      pay: ['cash'],
      online: 'no',
      when: 'later',
      operator: 'altel',
    },
    top: 'shop',
    reasons: ['payWithCash', 'youSpeakLocal'],
  },
  {
    who: 'a villager with cash and no data, no hurry, on Kcell',
    answers: {
      where: 'remote',
      speak: 'local',
      pay: ['cash'],
      online: 'no',
      when: 'later',
      operator: 'kcell',
    },
    top: 'shop',
    cautions: ['fewPlacesRemote'],
    ruledOut: { credit: 'noCreditForOperator' },
  },
  {
    who: 'an English speaker in a city with cash, online, urgent, on activ',
    answers: {
      where: 'city',
      speak: 'english',
      pay: ['cash'],
      online: 'yes',
      when: 'now',
      operator: 'activ',
    },
    top: 'terminal',
    notRecommended: ['operatorSite', 'bankApp'],
  },
  {
    who: 'someone abroad whose friend in Kazakhstan can pay, on izi',
    answers: { where: 'abroad', pay: ['friend'], online: 'yes', when: 'today', operator: 'izi' },
    top: 'friendPays',
    reasons: ['contactPays', 'worksFromAbroad'],
  },
  {
    who: 'a Chinese student in a city with only UnionPay, online, on Beeline',
    answers: {
      where: 'city',
      speak: 'none',
      pay: ['unionpay'],
      online: 'yes',
      when: 'today',
      operator: 'beeline',
    },
    top: 'operatorApp',
    reasons: ['payWithUnionPay', 'noTalkingNeeded'],
    cautions: ['foreignCardNotConfirmed'],
    ruledOut: { terminal: 'needsCash', intlService: 'needsCardOrWallet' },
  },
  {
    who: 'a resident with Kaspi on activ who needs credit now',
    answers: {
      where: 'city',
      speak: 'local',
      pay: ['kzcard'],
      online: 'yes',
      when: 'now',
      operator: 'activ',
    },
    top: 'bankApp',
    reasons: ['open24h', 'youAreOnline'],
    cautions: ['officialBankAppOnly'],
  },
  {
    who: 'a driver on the road with mobile data and a Kazakh card, on Beeline',
    answers: {
      where: 'remote',
      speak: 'local',
      pay: ['kzcard'],
      online: 'yes',
      when: 'now',
      operator: 'beeline',
    },
    top: 'operatorApp',
    notRecommended: ['terminal'],
  },
  {
    who: 'a newcomer who does not know the operator, cash, no Russian, offline',
    answers: {
      where: 'city',
      speak: 'none',
      pay: ['cash'],
      online: 'no',
      when: 'today',
      operator: 'unknown',
    },
    top: 'terminal',
    cautions: ['findOperatorFirst'],
    ruledOut: { credit: 'noCreditForOperator' },
  },
  {
    who: 'a Tele2 user on a train with no money and no data',
    answers: {
      where: 'remote',
      speak: 'local',
      pay: ['wallet'],
      online: 'no',
      when: 'now',
      operator: 'tele2',
    },
    top: 'credit',
    cautions: ['checkWithOperator', 'creditConditions'],
  },
  {
    who: 'an activ user with zero balance whose Kcell friend can pay, offline',
    answers: {
      where: 'remote',
      speak: 'local',
      pay: ['friend'],
      online: 'no',
      when: 'now',
      operator: 'activ',
    },
    top: 'friendPays',
    reasons: ['payForMeFree'],
    cautions: ['payForMeKcellOnly', 'reachContactFirst'],
  },
  {
    who: 'a tourist in a city with only WeChat Pay, offline, on Kcell',
    answers: {
      where: 'city',
      speak: 'none',
      pay: ['wallet'],
      online: 'no',
      when: 'today',
      operator: 'kcell',
    },
    top: 'nothingFits',
    guidance: ['findWifi', 'askContact', 'getCash', 'walletLimited'],
  },
  {
    who: 'a Tele2 resident with a Kazakh card and data',
    answers: {
      where: 'city',
      speak: 'local',
      pay: ['kzcard'],
      online: 'yes',
      when: 'today',
      operator: 'tele2',
    },
    top: 'bankApp',
    cautions: ['checkWithOperator'],
    ruledOut: { operatorApp: 'notConfirmedForOperator', operatorSite: 'notConfirmedForOperator' },
  },
  {
    who: 'someone who left Kazakhstan with only tenge cash, online, on Altel',
    answers: { where: 'abroad', pay: ['cash'], online: 'yes', when: 'today', operator: 'altel' },
    top: 'nothingFits',
    guidance: ['askContact'],
    ruledOut: { operatorApp: 'needsCard', terminal: 'needsKazakhstan' },
  },
  {
    who: 'a Russian speaker in a city with cash and no data who needs credit now, on Tele2',
    answers: {
      where: 'city',
      speak: 'local',
      pay: ['cash'],
      online: 'no',
      when: 'now',
      operator: 'tele2',
    },
    top: 'terminal',
    notRecommended: ['bankApp'],
  },
  {
    who: 'a villager with cash and no data, in no hurry, on Beeline: no need to borrow',
    answers: {
      where: 'remote',
      speak: 'local',
      pay: ['cash'],
      online: 'no',
      when: 'later',
      operator: 'beeline',
    },
    top: 'shop',
    cautions: ['fewPlacesRemote'],
  },
  {
    who: 'a Beeline resident with cash, a Kazakh card and data, in a hurry',
    answers: {
      where: 'city',
      speak: 'local',
      pay: ['cash', 'kzcard'],
      online: 'yes',
      when: 'now',
      operator: 'beeline',
    },
    top: 'operatorApp',
    reasons: ['officialChannel', 'payWithKzCard'],
  },
];

describe.each(people)('$who', (person) => {
  it(`recommends ${person.top}`, () => {
    const result = recommend(person.answers);
    if (person.top === 'nothingFits') {
      expect(result.outcome).toBe('nothingFits');
      expect(result.recommended).toEqual([]);
    } else {
      expect(result.outcome).toBe('ok');
      expect(result.recommended[0]?.id).toBe(person.top);
    }
  });

  it('gives the key reasons, cautions and guidance', () => {
    const result = recommend(person.answers);
    const top = result.recommended[0];
    expect(top?.reasons ?? []).toEqual(expect.arrayContaining(person.reasons ?? []));
    expect(top?.cautions ?? []).toEqual(expect.arrayContaining(person.cautions ?? []));
    expect(result.guidance).toEqual(person.guidance ?? []);
    for (const [id, reason] of Object.entries(person.ruledOut ?? {})) {
      expect(result.ruledOut.find((c) => c.id === id)?.reasons).toContain(reason);
    }
    for (const id of person.notRecommended ?? []) {
      expect(result.recommended.map((c) => c.id)).not.toContain(id);
    }
  });
});

describe('the facts a recommendation rests on', () => {
  const factsOf = (answers: Answers, id: ChannelId) =>
    recommend(answers).recommended.find((channel) => channel.id === id)?.facts ?? [];

  it('names the operator-specific facts, and the credit terms only for credit', () => {
    const beelineTrain: Answers = {
      where: 'remote',
      speak: 'local',
      pay: ['kzcard'],
      online: 'yes',
      when: 'now',
      operator: 'beeline',
    };
    expect(factsOf(beelineTrain, 'credit')).toEqual(
      expect.arrayContaining(['beelineTrustPayment', 'beelineTrustFee']),
    );
    expect(factsOf(beelineTrain, 'operatorApp')).toContain('beelineAppPays');
    expect(factsOf(beelineTrain, 'bankApp')).not.toContain('beelineTrustFee');
    const altel: Answers = { ...beelineTrain, operator: 'altel' };
    expect(factsOf(altel, 'bankApp')).toContain('altelBankApps');
    expect(factsOf({ pay: ['kzcard'] }, 'bankApp')).toEqual([
      'kaspiPaysKcell',
      'homebankPays',
      'altelBankApps',
      'officialBankAppOnly',
    ]);
  });

  it('gives no guidance when something fits', () => {
    expect(recommend({ where: 'city', pay: ['cash'], operator: 'unknown' }).guidance).toEqual([]);
  });

  it('tells someone who does not know the operator to find out, when nothing fits', () => {
    expect(
      recommend({ where: 'abroad', pay: ['card'], online: 'no', operator: 'unknown' }).guidance,
    ).toEqual(['findWifi', 'askContact', 'findOperator']);
  });
});

describe('exactly what a channel says', () => {
  it.each<[string, Answers, ChannelId, FitReason[], CautionCode[]]>([
    [
      'the My Beeline app for a resident with a Kazakh card',
      {
        where: 'city',
        speak: 'local',
        pay: ['cash', 'kzcard'],
        online: 'yes',
        when: 'now',
        operator: 'beeline',
      },
      'operatorApp',
      ['youAreOnline', 'payWithKzCard', 'officialChannel'],
      ['neverShareSmsCode'],
    ],
    [
      'a bank app for Beeline, which rests on a general fact',
      {
        where: 'city',
        speak: 'local',
        pay: ['cash', 'kzcard'],
        online: 'yes',
        when: 'now',
        operator: 'beeline',
      },
      'bankApp',
      ['youAreOnline', 'payWithKzCard'],
      ['officialBankAppOnly', 'checkWithOperator'],
    ],
    [
      'a shop when it is urgent',
      {
        where: 'city',
        speak: 'local',
        pay: ['cash', 'kzcard'],
        online: 'yes',
        when: 'now',
        operator: 'beeline',
      },
      'shop',
      ['inKazakhstan', 'payWithCash', 'youSpeakLocal'],
      ['openingHours', 'keepReceipt', 'checkWithOperator'],
    ],
    [
      'activ emergency credit on a train',
      {
        where: 'remote',
        speak: 'local',
        pay: ['cash'],
        online: 'no',
        when: 'now',
        operator: 'activ',
      },
      'credit',
      ['noPaymentNeeded', 'fastWhenUrgent', 'worksWithoutInternet', 'worksFarFromShops'],
      ['creditConditions', 'creditRepaid'],
    ],
    [
      'a terminal far from towns',
      {
        where: 'remote',
        speak: 'local',
        pay: ['cash'],
        online: 'no',
        when: 'now',
        operator: 'activ',
      },
      'terminal',
      ['inKazakhstan', 'payWithCash'],
      ['fewPlacesRemote', 'terminalFee', 'keepReceipt', 'checkWithOperator'],
    ],
    [
      'Ding from abroad with a card and Alipay',
      { where: 'abroad', pay: ['card', 'wallet'], online: 'yes', when: 'later', operator: 'tele2' },
      'intlService',
      ['youAreOnline', 'payWithForeignCard', 'worksFromAbroad'],
      ['checkOperatorListed', 'alipayIosOnly', 'checkWithOperator'],
    ],
  ])('%s', (_, answers, id, reasons, cautions) => {
    const channel = recommend(answers).recommended.find((c) => c.id === id);
    expect(channel?.reasons).toEqual(reasons);
    expect(channel?.cautions).toEqual(cautions);
  });

  it('breaks ties by the catalog order', () => {
    const ranked = recommend({ when: 'now' }).recommended;
    const friend = ranked.findIndex((c) => c.id === 'friendPays');
    expect(ranked[friend]?.score).toBe(ranked[friend + 1]?.score);
    expect(ranked[friend + 1]?.id).toBe('credit');
  });
});
