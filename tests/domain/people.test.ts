import { describe, expect, it } from 'vitest';
import {
  type Answers,
  type CautionCode,
  type ChannelId,
  type CheckCode,
  type Drawback,
  type FitReason,
  type GuidanceCode,
  type Outcome,
  type RuledOutReason,
  recommend,
  waysInOrder,
} from '../../src/domain';

interface Person {
  who: string;
  answers: Answers;
  outcome: Outcome;
  /** The way the page leads with. */
  best?: ChannelId;
  reasons?: FitReason[];
  cautions?: CautionCode[];
  /** What to check first, on the best way (exactly). */
  checks?: CheckCode[];
  drawbacks?: Drawback[];
  ruledOut?: Partial<Record<ChannelId, RuledOutReason>>;
  /** Ways in the "might work — not confirmed" group. */
  mightWork?: ChannelId[];
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
    outcome: 'weak',
    best: 'terminal',
    reasons: ['payWithCash', 'noTalkingNeeded'],
    cautions: ['terminalFee'],
    checks: ['withOperator'],
    drawbacks: ['weakSource'],
    ruledOut: { operatorApp: 'needsInternet', bankApp: 'needsInternet' },
    mightWork: ['credit'],
    // Wi-Fi opens no way to someone who can pay only cash.
    guidance: ['askContact'],
  },
  {
    who: 'a student abroad with Kaspi on activ',
    answers: { where: 'abroad', pay: ['kzcard'], online: 'yes', when: 'later', operator: 'activ' },
    outcome: 'ok',
    best: 'bankApp',
    reasons: ['payWithKzCard', 'open24h', 'worksFromAbroad'],
    checks: [],
    ruledOut: { shop: 'needsKazakhstan', terminal: 'needsKazakhstan', office: 'needsKazakhstan' },
    mightWork: ['operatorApp', 'intlService', 'credit'],
  },
  {
    who: 'a traveller on a train with zero balance on Beeline and no data: no code to borrow now, so a terminal where the train stops comes first, credit after it',
    answers: {
      where: 'remote',
      speak: 'local',
      pay: ['cash'],
      online: 'no',
      when: 'now',
      operator: 'beeline',
    },
    outcome: 'weak',
    best: 'terminal',
    reasons: ['payWithCash'],
    cautions: ['fewPlacesRemote', 'terminalFee'],
    checks: ['withOperator'],
    drawbacks: ['weakSource', 'farAway'],
    mightWork: ['credit'],
    guidance: ['askContact'],
  },
  {
    who: 'an English-speaking tourist in a city with a Visa card from home, online, on Kcell',
    answers: {
      where: 'city',
      speak: 'english',
      pay: ['card'],
      online: 'yes',
      when: 'today',
      operator: 'kcell',
    },
    outcome: 'weak',
    best: 'operatorSite',
    reasons: ['payWithForeignCard', 'officialChannel'],
    cautions: ['neverShareSmsCode'],
    checks: ['cardAccepted'],
    drawbacks: ['notConfirmed'],
    ruledOut: { shop: 'needsCashOrKzCard', bankApp: 'needsKzCard', credit: 'noCreditForOperator' },
    mightWork: ['operatorSite', 'intlService', 'operatorApp', 'office'],
    guidance: ['atmCash', 'askContact'],
  },
  {
    who: 'a relative abroad with a foreign card paying for a Beeline number',
    answers: { where: 'abroad', pay: ['card'], online: 'yes', when: 'today', operator: 'beeline' },
    outcome: 'weak',
    best: 'operatorApp',
    checks: ['cardAccepted'],
    drawbacks: ['notConfirmed'],
    guidance: ['askContact'],
  },
  {
    who: 'a Chinese traveller abroad who only has Alipay',
    answers: { where: 'abroad', pay: ['wallet'], online: 'yes', when: 'today', operator: 'kcell' },
    outcome: 'weak',
    best: 'intlService',
    reasons: ['payWithWallet'],
    cautions: ['weChatPayUnconfirmed'],
    checks: ['operatorListed'],
    drawbacks: ['notConfirmed'],
    ruledOut: { operatorSite: 'needsCard', bankApp: 'needsKzCard' },
    // Alipay's limits are the caution of the way itself, not a way out again.
    guidance: ['askContact'],
  },
  {
    who: 'someone abroad, offline, with only a foreign card, on Altel',
    answers: { where: 'abroad', pay: ['card'], online: 'no', when: 'now', operator: 'altel' },
    outcome: 'nothingFits',
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
    outcome: 'weak',
    best: 'shop',
    reasons: ['payWithCash', 'youSpeakLocal'],
    checks: ['withOperator'],
    drawbacks: ['weakSource'],
    guidance: ['askContact'],
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
    outcome: 'weak',
    best: 'shop',
    cautions: ['fewPlacesRemote'],
    drawbacks: ['weakSource', 'farAway'],
    ruledOut: { credit: 'noCreditForOperator' },
    guidance: ['askContact'],
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
    outcome: 'weak',
    best: 'terminal',
    notRecommended: ['operatorSite', 'bankApp'],
    guidance: ['askContact'],
  },
  {
    who: 'someone abroad whose friend in Kazakhstan can pay, on izi',
    answers: { where: 'abroad', pay: ['friend'], online: 'yes', when: 'today', operator: 'izi' },
    outcome: 'ok',
    best: 'friendPays',
    reasons: ['contactPays', 'worksFromAbroad'],
    checks: [],
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
    outcome: 'weak',
    best: 'operatorApp',
    reasons: ['payWithUnionPay', 'noTalkingNeeded'],
    checks: ['cardAccepted'],
    ruledOut: { terminal: 'needsCash', intlService: 'needsCardOrWallet' },
    guidance: ['atmCash', 'askContact'],
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
    outcome: 'ok',
    best: 'bankApp',
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
    outcome: 'ok',
    best: 'operatorApp',
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
    outcome: 'weak',
    best: 'terminal',
    // Its step says to find the operator first: not said again as a caution.
    cautions: ['terminalFee'],
    ruledOut: { credit: 'noCreditForOperator' },
    guidance: ['findOperator', 'askContact'],
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
    outcome: 'weak',
    best: 'credit',
    cautions: ['creditConditions'],
    checks: ['withOperator'],
    drawbacks: ['weakSource', 'hasConditions'],
    guidance: ['findWifi', 'getCash', 'askContact', 'walletLimited'],
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
    outcome: 'ok',
    best: 'friendPays',
    reasons: ['payForMeFree'],
    cautions: ['payForMeKcellOnly', 'reachContactActiv'],
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
    outcome: 'nothingFits',
    guidance: ['findWifi', 'getCash', 'askContact', 'walletLimited'],
  },
  {
    who: 'a Tele2 resident with a Kazakh card and data: the apps are not confirmed for Tele2',
    answers: {
      where: 'city',
      speak: 'local',
      pay: ['kzcard'],
      online: 'yes',
      when: 'today',
      operator: 'tele2',
    },
    outcome: 'weak',
    best: 'bankApp',
    checks: ['operatorInList'],
    mightWork: ['operatorApp', 'operatorSite', 'intlService'],
    guidance: ['getCash', 'askContact'],
  },
  {
    who: 'someone who left Kazakhstan with only tenge cash, online, on Altel',
    answers: { where: 'abroad', pay: ['cash'], online: 'yes', when: 'today', operator: 'altel' },
    outcome: 'nothingFits',
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
    outcome: 'weak',
    best: 'terminal',
    notRecommended: ['bankApp'],
    guidance: ['askContact'],
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
    outcome: 'weak',
    best: 'shop',
    cautions: ['fewPlacesRemote'],
    drawbacks: ['weakSource', 'farAway'],
    guidance: ['askContact'],
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
    outcome: 'ok',
    best: 'operatorApp',
    reasons: ['officialChannel', 'payWithKzCard'],
    checks: [],
  },
  {
    who: 'a Kcell subscriber in a city at night with only a card from home, offline: a closed service centre is no answer',
    answers: {
      where: 'city',
      speak: 'none',
      pay: ['card'],
      online: 'no',
      when: 'now',
      operator: 'kcell',
    },
    outcome: 'weak',
    best: 'office',
    checks: ['withOperator', 'cardAccepted'],
    drawbacks: ['notConfirmed', 'mayBeClosed'],
    mightWork: ['office'],
    guidance: ['findWifi', 'atmCash', 'askContact'],
  },
  {
    who: 'an activ student in a city with only a card from home, online, not in a hurry: a loan is no top-up',
    answers: {
      where: 'city',
      speak: 'local',
      pay: ['card'],
      online: 'yes',
      when: 'later',
      operator: 'activ',
    },
    outcome: 'weak',
    best: 'credit',
    checks: [],
    drawbacks: ['hasConditions', 'onlyALoan'],
    mightWork: ['operatorSite', 'office', 'intlService', 'operatorApp'],
    guidance: ['atmCash', 'askContact'],
  },
  {
    who: 'an activ villager with only a card and no data, needing credit today: Extra Balance buys time, a top-up is still needed',
    answers: {
      where: 'remote',
      speak: 'local',
      pay: ['card'],
      online: 'no',
      when: 'today',
      operator: 'activ',
    },
    outcome: 'weak',
    best: 'credit',
    drawbacks: ['hasConditions', 'onlyALoan'],
    guidance: ['findWifi', 'atmCash', 'askContact'],
  },
  {
    who: 'an activ subscriber in a city with only a card and no data who needs credit now: Extra Balance, if the number meets its conditions (a SIM in use under 30 days does not), with the ways out beside it',
    answers: {
      where: 'city',
      speak: 'none',
      pay: ['card'],
      online: 'no',
      when: 'now',
      operator: 'activ',
    },
    outcome: 'weak',
    best: 'credit',
    reasons: ['fastWhenUrgent', 'worksWithoutInternet'],
    cautions: ['creditConditions'],
    checks: [],
    drawbacks: ['hasConditions'],
    guidance: ['findWifi', 'atmCash', 'askContact'],
  },
  {
    who: 'an activ subscriber abroad with a card, offline: Extra Balance is not for roaming',
    answers: { where: 'abroad', pay: ['card'], online: 'no', when: 'now', operator: 'activ' },
    outcome: 'weak',
    best: 'credit',
    // Not "works without internet" nor "right now": not while it may not work in roaming.
    reasons: ['noPaymentNeeded'],
    checks: ['roamingCredit'],
    drawbacks: ['notConfirmed', 'hasConditions'],
    mightWork: ['credit'],
    guidance: ['findWifi', 'askContact'],
  },
  {
    who: 'a Russian speaker far from town on Altel with a Kazakh card and no data',
    answers: {
      where: 'remote',
      speak: 'local',
      pay: ['kzcard'],
      online: 'no',
      when: 'today',
      operator: 'altel',
    },
    outcome: 'weak',
    best: 'shop',
    drawbacks: ['weakSource', 'farAway'],
    guidance: ['findWifi', 'getCash', 'askContact'],
  },
  {
    who: 'an izi subscriber in a city with a Kazakh card and data: the izi app is confirmed',
    answers: {
      where: 'city',
      speak: 'local',
      pay: ['kzcard'],
      online: 'yes',
      when: 'today',
      operator: 'izi',
    },
    outcome: 'ok',
    best: 'operatorApp',
    checks: [],
    mightWork: ['office', 'intlService'],
  },
];

describe.each(people)('$who', (person) => {
  it(`is ${person.outcome}, leading with ${person.best ?? 'guidance'}`, () => {
    const result = recommend(person.answers);
    expect(result.outcome).toBe(person.outcome);
    expect(result.best?.id).toBe(person.best);
    expect(waysInOrder(result)[0]?.id).toBe(person.best);
    if (person.outcome === 'nothingFits') expect(waysInOrder(result)).toEqual([]);
  });

  it('gives the key reasons, cautions, checks, drawbacks and guidance', () => {
    const result = recommend(person.answers);
    const best = result.best;
    expect(best?.reasons ?? []).toEqual(expect.arrayContaining(person.reasons ?? []));
    expect(best?.cautions ?? []).toEqual(expect.arrayContaining(person.cautions ?? []));
    if (person.checks) expect(best?.checks).toEqual(person.checks);
    if (person.drawbacks) expect(result.drawbacks).toEqual(person.drawbacks);
    if (person.mightWork) expect(result.mightWork.map((c) => c.id)).toEqual(person.mightWork);
    expect(result.guidance.map((g) => g.code)).toEqual(person.guidance ?? []);
    for (const [id, reason] of Object.entries(person.ruledOut ?? {})) {
      expect(result.ruledOut.find((c) => c.id === id)?.reasons).toContain(reason);
    }
    for (const id of person.notRecommended ?? []) {
      expect(waysInOrder(result).map((c) => c.id)).not.toContain(id);
    }
  });
});

describe('the facts a recommendation rests on', () => {
  const factsOf = (answers: Answers, id: ChannelId) =>
    waysInOrder(recommend(answers)).find((channel) => channel.id === id)?.facts ?? [];

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
    expect(factsOf({ ...beelineTrain, operator: 'activ' }, 'credit')).toContain(
      'activExtraBalanceRoaming',
    );
    expect(factsOf({ pay: ['kzcard'] }, 'bankApp')).toEqual([
      'kaspiPaysKcell',
      'homebankPays',
      'altelBankApps',
      'officialBankAppOnly',
    ]);
  });

  it('gives no guidance when the best way is good, except finding an unknown operator', () => {
    const good: Answers = {
      where: 'city',
      speak: 'local',
      pay: ['kzcard'],
      online: 'yes',
      when: 'now',
    };
    expect(recommend({ ...good, operator: 'kcell' }).guidance).toEqual([]);
    expect(recommend({ ...good, pay: ['friend'], operator: 'unknown' })).toMatchObject({
      outcome: 'ok',
      guidance: [{ code: 'findOperator', facts: [] }],
    });
  });

  it('tells someone who does not know the operator to find out first, when nothing fits', () => {
    expect(
      recommend({ where: 'abroad', pay: ['card'], online: 'no', operator: 'unknown' }).guidance.map(
        (g) => g.code,
      ),
    ).toEqual(['findOperator', 'findWifi', 'askContact']);
  });

  it('gives the ATM way with the facts that apply to the card the person has', () => {
    const atm = (pay: Answers['pay']) =>
      recommend({
        where: 'city',
        speak: 'none',
        pay,
        online: 'no',
        when: 'now',
        operator: 'kcell',
      }).guidance.find((g) => g.code === 'atmCash')?.facts;
    expect(atm(['card'])).toEqual(['atmForeignCards']);
    expect(atm(['unionpay'])).toEqual(['unionPayAtmLimit']);
    expect(atm(['card', 'unionpay'])).toEqual(['atmForeignCards', 'unionPayAtmLimit']);
    expect(atm(['card', 'cash'])).toBeUndefined();
  });
});

describe('exactly what a channel says', () => {
  const beelineResident: Answers = {
    where: 'city',
    speak: 'local',
    pay: ['cash', 'kzcard'],
    online: 'yes',
    when: 'now',
    operator: 'beeline',
  };
  const activOnTrain: Answers = {
    where: 'remote',
    speak: 'local',
    pay: ['cash'],
    online: 'no',
    when: 'now',
    operator: 'activ',
  };
  it.each<[string, Answers, ChannelId, FitReason[], CautionCode[], CheckCode[]]>([
    [
      'the My Beeline app for a resident with a Kazakh card',
      beelineResident,
      'operatorApp',
      ['youAreOnline', 'payWithKzCard', 'officialChannel'],
      ['neverShareSmsCode'],
      [],
    ],
    [
      'a bank app for Beeline: the official page names only Kcell and activ',
      beelineResident,
      'bankApp',
      ['youAreOnline', 'payWithKzCard'],
      ['officialBankAppOnly'],
      ['operatorInList'],
    ],
    [
      'a shop when it is urgent',
      beelineResident,
      'shop',
      ['inKazakhstan', 'payWithCash', 'youSpeakLocal'],
      ['openingHours'],
      ['withOperator'],
    ],
    [
      'activ emergency credit on a train',
      activOnTrain,
      'credit',
      ['noPaymentNeeded', 'fastWhenUrgent', 'worksWithoutInternet', 'worksFarFromShops'],
      // That it is paid back with a fee is its last step.
      ['creditConditions'],
      [],
    ],
    [
      'a terminal far from towns: not "in Kazakhstan, where it is available", it may not be near',
      activOnTrain,
      'terminal',
      ['payWithCash'],
      ['fewPlacesRemote', 'terminalFee'],
      ['withOperator'],
    ],
    [
      'Ding from abroad with a card and Alipay',
      { where: 'abroad', pay: ['card', 'wallet'], online: 'yes', when: 'later', operator: 'tele2' },
      'intlService',
      ['youAreOnline', 'payWithForeignCard', 'worksFromAbroad'],
      ['weChatPayUnconfirmed'],
      ['operatorListed'],
    ],
    [
      'Beeline credit abroad: no code now, and roaming not confirmed; not "works without internet" (only the app asks for it now)',
      { where: 'abroad', pay: ['card'], online: 'no', when: 'now', operator: 'beeline' },
      'credit',
      ['noPaymentNeeded'],
      ['creditConditions'],
      ['beelineBorrowNow', 'roamingNotConfirmed'],
    ],
    [
      'Tele2 credit abroad: asked for by code, but roaming not confirmed, so not "right now"',
      { where: 'abroad', pay: ['kzcard'], online: 'yes', when: 'now', operator: 'tele2' },
      'credit',
      ['noPaymentNeeded'],
      ['creditConditions'],
      ['withOperator', 'roamingNotConfirmed'],
    ],
    [
      'Beeline credit offline at home: the only way to ask for it now is online',
      {
        where: 'city',
        speak: 'local',
        pay: ['cash'],
        online: 'no',
        when: 'now',
        operator: 'beeline',
      },
      'credit',
      ['noPaymentNeeded'],
      ['creditConditions'],
      ['beelineBorrowNow'],
    ],
  ])('%s', (_, answers, id, reasons, cautions, checks) => {
    const channel = waysInOrder(recommend(answers)).find((c) => c.id === id);
    expect(channel?.reasons).toEqual(reasons);
    expect(channel?.cautions).toEqual(cautions);
    expect(channel?.checks).toEqual(checks);
  });
});
