import type { FactId } from './facts';
import type { Operator, PayMeans } from './questions';

/** Public contract v1 (PRODUCT.md): result ids, used unchanged in `data-channel`. */
export const channelIds = [
  'office',
  'shop',
  'terminal',
  'operatorApp',
  'operatorSite',
  'bankApp',
  'friendPays',
  'credit',
  'intlService',
] as const;
export type ChannelId = (typeof channelIds)[number];

/** Where the top-up happens: a counter means talking to someone during opening hours. */
export type Place = 'counter' | 'machine' | 'phone' | 'contact';

/**
 * How sure we are that a way works for this person, as FACTS.md marks it: `confirmed` [C],
 * `weak` [W] (or a general fact not specific to this operator), `unconfirmed` [NF] (nothing
 * confirms it: it might work, and the person is told what to check).
 */
export type Certainty = 'confirmed' | 'weak' | 'unconfirmed';

/** What a person should check before relying on a way we could not confirm. */
export type CheckCode =
  | 'withOperator'
  | 'operatorOffersIt'
  | 'cardAccepted'
  | 'operatorListed'
  | 'operatorInList'
  | 'beelineBorrowNow'
  | 'roamingCredit'
  | 'roamingNotConfirmed'
  | 'iziSitePayment';

export interface OperatorSupport {
  readonly facts: readonly FactId[];
  /** Absent: confirmed. A [W] fact makes it at most `weak` (a test enforces it). */
  readonly certainty?: Exclude<Certainty, 'confirmed'>;
  /** What to check, when it is not the general "check with your operator". */
  readonly check?: CheckCode;
}

/** What a dial link does: `data-code` on the link (PRODUCT.md), and its label says the same. */
export type DialAction =
  | 'borrow'
  | 'autoCreditOn'
  | 'autoCreditOff'
  | 'creditBlock'
  | 'creditUnblock'
  | 'trustMinutes'
  | 'payForMe'
  | 'callMe'
  | 'autoPay'
  | 'whichOperator'
  | 'balance'
  | 'serviceMenu';

/** The label's text key (`result.codes.labels.<label>`): several labels may share an action. */
export type CodeLabel =
  | 'extraBalanceMenu'
  | 'extraBalanceRequest'
  | 'tele2TrustRequest'
  | 'autoStOn'
  | 'autoStOff'
  | 'trustBlock'
  | 'trustUnblock'
  | 'trustMinutes'
  | 'payForMe'
  | 'callMe'
  | 'autoPaySelf'
  | 'autoPayOther'
  | 'whichOperator'
  | 'mainAndBonusBalance'
  | 'balance';

export interface UssdCode {
  /** `<number>` stands for the other person's phone number. */
  readonly code: string;
  readonly action: DialAction;
  readonly label: CodeLabel;
  readonly fact: FactId;
}

/** A code people are told elsewhere to dial that does something else: said, never linked. */
export interface MisleadingCode {
  readonly code: string;
  readonly warning: 'liveBalanceIsPaid';
  readonly fact: FactId;
  /** Tenge per `days`, as the source gives it. */
  readonly price: { readonly amount: number; readonly days: number };
}

export interface CreditTerms {
  readonly name: 'extraBalance' | 'beelineTrustPayment' | 'tele2TrustPayment';
  readonly codes: readonly UssdCode[];
  readonly amounts?: readonly number[];
  readonly fee?: number;
  readonly validDays: number;
  readonly conditions: readonly CreditCondition[];
  /** Conditions a source says it may have: said as a maybe, never as a rule. */
  readonly mayNeed?: readonly CreditCondition[];
  /** Absent where no source says how it is paid back. */
  readonly repayment?: 'nextTopUpOrDay6' | 'nightWithCommission';
  readonly facts: readonly FactId[];
}

export type CreditCondition =
  'active30Days' | 'balanceNotNegative' | 'topUpLast30Days' | 'noUnpaidCredit' | 'noExtraMbsDebt';

export interface Channel {
  readonly id: ChannelId;
  readonly inKazakhstan: boolean;
  readonly online: boolean;
  /** Any one of these lets the person pay; an empty list means the person pays nothing. */
  readonly payWith: readonly PayMeans[];
  /** Means nothing confirms for this channel: with only these, it "might work". */
  readonly unconfirmedPay: readonly PayMeans[];
  readonly place: Place;
  /**
   * What the facts say of each operator; an operator not listed is `unconfirmed` (it might work),
   * except for emergency credit, which only the operators in FACTS.md have.
   */
  readonly operators: Partial<Record<Operator, OperatorSupport>>;
  readonly facts: readonly FactId[];
  /** Content keys under `channels.<id>` in the locales; `operatorSteps` replaces `steps` for one. */
  readonly steps: readonly string[];
  readonly operatorSteps?: Partial<Record<Operator, readonly string[]>>;
  readonly tips: readonly string[];
}

const everyOperator = (support: OperatorSupport): Record<Operator, OperatorSupport> => ({
  beeline: support,
  kcell: support,
  activ: support,
  tele2: support,
  altel: support,
  izi: support,
  unknown: support,
});

const weak = (...facts: FactId[]): OperatorSupport => ({ facts, certainty: 'weak' });
const foreignCards: readonly PayMeans[] = ['card', 'unionpay'];
/** Homebank pays "communication services" [C]; the official page names only Kcell and activ. */
const inHomebankList: OperatorSupport = {
  facts: ['homebankPays'],
  certainty: 'weak',
  check: 'operatorInList',
};

export const channels: Record<ChannelId, Channel> = {
  office: {
    id: 'office',
    inKazakhstan: true,
    online: false,
    payWith: ['cash', 'kzcard', 'card', 'unionpay'],
    unconfirmedPay: foreignCards,
    place: 'counter',
    // izi has no service centres of its own that FACTS.md knows of.
    operators: {
      beeline: weak('officePayments'),
      kcell: weak('officePayments'),
      activ: weak('officePayments'),
      tele2: weak('officePayments'),
      altel: weak('officePayments'),
      unknown: weak('officePayments'),
    },
    facts: ['officePayments', 'operators'],
    steps: ['find', 'ask', 'pay', 'receipt'],
    // None known for izi: the first step never sends the person looking for one as if it existed.
    operatorSteps: { izi: ['findIzi', 'ask', 'pay', 'receipt'] },
    tips: [],
  },
  shop: {
    id: 'shop',
    inKazakhstan: true,
    online: false,
    payWith: ['cash', 'kzcard'],
    unconfirmedPay: [],
    place: 'counter',
    operators: everyOperator(weak('shopsTopUp')),
    facts: ['shopsTopUp'],
    steps: ['find', 'tell', 'check', 'pay', 'receipt'],
    tips: [],
  },
  terminal: {
    id: 'terminal',
    inKazakhstan: true,
    online: false,
    payWith: ['cash'],
    unconfirmedPay: [],
    place: 'machine',
    operators: everyOperator(weak('terminalsExist')),
    facts: ['terminalsExist', 'terminalFees'],
    steps: ['find', 'choose', 'number', 'insert', 'receipt'],
    tips: ['exactAmount'],
  },
  operatorApp: {
    id: 'operatorApp',
    inKazakhstan: false,
    online: true,
    payWith: ['kzcard', 'card', 'unionpay'],
    unconfirmedPay: foreignCards,
    place: 'phone',
    operators: {
      beeline: { facts: ['beelineAppPays'] },
      altel: weak('altelAppPays'),
      izi: { facts: ['iziAppAndSite', 'iziTopUpInApp'] },
    },
    facts: ['beelineAppPays', 'altelAppPays', 'iziTopUpInApp', 'smsCodeScam'],
    steps: ['install', 'signIn', 'topUp', 'card', 'confirm'],
    tips: ['officialStore'],
  },
  operatorSite: {
    id: 'operatorSite',
    inKazakhstan: false,
    online: true,
    payWith: ['kzcard', 'card', 'unionpay'],
    unconfirmedPay: foreignCards,
    place: 'phone',
    // izi's site is confirmed; paying on it is only implied.
    operators: {
      kcell: { facts: ['kcellSitePays'] },
      activ: { facts: ['kcellSitePays'] },
      izi: { facts: ['iziAppAndSite'], certainty: 'weak', check: 'iziSitePayment' },
    },
    facts: ['kcellSitePays', 'iziAppAndSite', 'smsCodeScam'],
    steps: ['open', 'number', 'amount', 'card', 'screenshot'],
    // Kcell's page names "Kcell/activ official site": activ is paid on kcell.kz (not activ.kz),
    // and a "payment status" check there (no source gives one for another operator's site).
    operatorSteps: {
      kcell: ['open', 'number', 'amount', 'card', 'status'],
      activ: ['openKcellForActiv', 'number', 'amount', 'card', 'status'],
    },
    tips: ['typeAddress'],
  },
  bankApp: {
    id: 'bankApp',
    inKazakhstan: false,
    online: true,
    payWith: ['kzcard'],
    unconfirmedPay: [],
    place: 'phone',
    // Homebank's "Communication services" is confirmed; which operators it lists is not.
    operators: {
      kcell: { facts: ['kaspiPaysKcell', 'homebankPays'] },
      activ: { facts: ['kaspiPaysKcell', 'homebankPays'] },
      altel: weak('altelBankApps'),
      beeline: inHomebankList,
      tele2: inHomebankList,
      izi: inHomebankList,
      unknown: inHomebankList,
    },
    facts: ['kaspiPaysKcell', 'homebankPays', 'altelBankApps', 'officialBankAppOnly'],
    steps: ['open', 'payments', 'operator', 'number', 'confirm'],
    tips: ['receipt'],
  },
  friendPays: {
    id: 'friendPays',
    inKazakhstan: false,
    online: false,
    payWith: ['friend'],
    unconfirmedPay: [],
    place: 'contact',
    operators: { ...everyOperator({ facts: [] }), activ: { facts: ['activPayForMe'] } },
    facts: ['activPayForMe', 'kaspiMistakenTransfer'],
    steps: ['send', 'check', 'confirm'],
    tips: ['writeNumber'],
  },
  credit: {
    id: 'credit',
    inKazakhstan: false,
    online: false,
    payWith: [],
    unconfirmedPay: [],
    place: 'phone',
    operators: {
      activ: { facts: ['activExtraBalance'] },
      // The service is confirmed; a code to ask for it now is not (FACTS.md [NF]).
      beeline: {
        facts: ['beelineTrustPayment'],
        certainty: 'unconfirmed',
        check: 'beelineBorrowNow',
      },
      tele2: weak('tele2TrustPayment'),
    },
    facts: ['activExtraBalance', 'beelineTrustPayment', 'beelineTrustFee', 'tele2TrustPayment'],
    steps: ['dial', 'choose', 'repay'],
    // Tele2's code asks at once (no menu to follow), and no source says how it is paid back.
    operatorSteps: { beeline: ['askBeeline', 'trustMinutes'], tele2: ['dial'] },
    tips: ['topUpSoon'],
  },
  intlService: {
    id: 'intlService',
    inKazakhstan: false,
    online: true,
    payWith: ['card', 'kzcard', 'wallet'],
    unconfirmedPay: ['wallet'],
    place: 'phone',
    // Whether such services list Kazakh operators is not confirmed: see `doubtRules`.
    operators: everyOperator({ facts: ['dingPayments'] }),
    facts: ['dingPayments', 'dingAlipayIos'],
    steps: ['open', 'number', 'checkOperator', 'pay', 'pin'],
    tips: ['receipt'],
  },
};

/** Emergency credit: only the services FACTS.md has, with their conditions. */
export const creditTerms: Partial<Record<Operator, CreditTerms>> = {
  activ: {
    name: 'extraBalance',
    codes: [
      {
        code: '*911*1*3#',
        action: 'borrow',
        label: 'extraBalanceRequest',
        fact: 'activExtraBalance',
      },
      {
        code: '*911*1#',
        action: 'serviceMenu',
        label: 'extraBalanceMenu',
        fact: 'activExtraBalance',
      },
    ],
    amounts: [250, 350, 500, 750, 1000],
    validDays: 5,
    conditions: [
      'active30Days',
      'balanceNotNegative',
      'topUpLast30Days',
      'noUnpaidCredit',
      'noExtraMbsDebt',
    ],
    repayment: 'nextTopUpOrDay6',
    facts: ['activExtraBalance', 'activExtraBalanceRoaming'],
  },
  // No code to borrow now (FACTS.md [NF]): «АвтоСТ» is a standing setting, and block goes with unblock.
  beeline: {
    name: 'beelineTrustPayment',
    codes: [
      { code: '*141*1#', action: 'autoCreditOn', label: 'autoStOn', fact: 'beelineTrustPayment' },
      {
        code: '*141*1*0#',
        action: 'autoCreditOff',
        label: 'autoStOff',
        fact: 'beelineTrustPayment',
      },
      { code: '*141*0#', action: 'creditBlock', label: 'trustBlock', fact: 'beelineTrustPayment' },
      {
        code: '*141*0*1#',
        action: 'creditUnblock',
        label: 'trustUnblock',
        fact: 'beelineTrustPayment',
      },
      { code: '*341#', action: 'trustMinutes', label: 'trustMinutes', fact: 'beelineTrustPayment' },
    ],
    validDays: 3,
    conditions: [],
    // Reported with the fee (FACTS.md [W], mdlr.ru): "number active > 1 month".
    mayNeed: ['active30Days'],
    repayment: 'nightWithCommission',
    facts: ['beelineTrustPayment', 'beelineTrustFee'],
  },
  tele2: {
    name: 'tele2TrustPayment',
    codes: [
      { code: '*141*1#', action: 'borrow', label: 'tele2TrustRequest', fact: 'tele2TrustPayment' },
    ],
    amounts: [100],
    fee: 20,
    validDays: 3,
    // FACTS.md: "may need a top-up in the last 30 days"; how it is paid back: no source says.
    conditions: [],
    mayNeed: ['topUpLast30Days'],
    facts: ['tele2TrustPayment'],
  },
};

/** Beeline's «Сенім минуттары мен SMS» (`*341#`): what it gives and what it costs (FACTS.md [C]). */
export const beelineTrustMinutes = { minutes: 30, sms: 15, days: 30, price: 199 } as const;

/** activ's "Pay For Me" asks another Kcell or activ subscriber (FACTS.md, activPayForMe). */
export const payForMeReaches: readonly Operator[] = ['kcell', 'activ'];

/** activ's "Pay For Me" and "Call Me": ask another Kcell/activ subscriber, free. */
export const contactCodes: Partial<Record<Operator, readonly UssdCode[]>> = {
  activ: [
    { code: '*131*<number>#', action: 'payForMe', label: 'payForMe', fact: 'activPayForMe' },
    { code: '*130*<number>#', action: 'callMe', label: 'callMe', fact: 'activPayForMe' },
  ],
};

/**
 * A contact code with the contact's number in it, written 8 7XX XXX XX XX: activ's Pay For Me and
 * Call Me pages take `87XXYYYZZZZ` or `77XXYYYZZZZ` (docs/decisions/ussd-number-format.md).
 */
export function withContactNumber(code: string, e164: string): string {
  return code.replace('<number>', `8${e164.slice(2)}`);
}

const autoPay = (): readonly UssdCode[] => [
  { code: '*911*2*2#', action: 'autoPay', label: 'autoPaySelf', fact: 'kcellAutoPay' },
  { code: '*911*2*3#', action: 'autoPay', label: 'autoPayOther', fact: 'kcellAutoPay' },
];
const whichOperator: UssdCode = {
  code: '*199#',
  action: 'whichOperator',
  label: 'whichOperator',
  fact: 'whichOperatorCode',
};

/** Other codes FACTS.md gives per operator (balance checks only where a source gives one). */
export const operatorCodes: Partial<Record<Operator, readonly UssdCode[]>> = {
  kcell: [...autoPay(), whichOperator],
  activ: [
    { code: '*111*3#', action: 'balance', label: 'mainAndBonusBalance', fact: 'activBalanceCode' },
    ...autoPay(),
    whichOperator,
  ],
  altel: [{ code: '*111#', action: 'balance', label: 'balance', fact: 'altelBalanceCode' }],
};

/** activ `*121#` is not a balance check: it opens Live Balance, a paid subscription (FACTS.md). */
export const misleadingCodes: Partial<Record<Operator, readonly MisleadingCode[]>> = {
  activ: [
    {
      code: '*121#',
      warning: 'liveBalanceIsPaid',
      fact: 'activLiveBalance',
      price: { amount: 99, days: 30 },
    },
  ],
};

/**
 * Each operator's official website, where a FACTS.md source is a page of it: the address to type
 * yourself (phishing sites imitate operators). Tele2's and Altel's are not in FACTS.md; activ's
 * own site is, but its online payment is confirmed only on Kcell's page, so none is named.
 */
export const officialSites: Partial<
  Record<Operator, { readonly site: string; readonly fact: FactId }>
> = {
  kcell: { site: 'kcell.kz', fact: 'kcellSitePays' },
  beeline: { site: 'beeline.kz', fact: 'beelineAppPays' },
  izi: { site: 'izi.me', fact: 'iziAppAndSite' },
};
