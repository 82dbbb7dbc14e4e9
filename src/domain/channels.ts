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

export interface OperatorSupport {
  readonly facts: readonly FactId[];
  /** Rests on a [W] fact or on a general one not specific to this operator: "check with your operator". */
  readonly unconfirmed?: boolean;
}

export type UssdAction =
  | 'creditMenu'
  | 'creditRequest'
  | 'autoCreditOn'
  | 'autoCreditOff'
  | 'creditBlock'
  | 'payForMe'
  | 'callMe'
  | 'autoPaySelf'
  | 'autoPayOther'
  | 'balance'
  | 'whichOperator';

export interface UssdCode {
  /** `<number>` stands for the other person's phone number. */
  readonly code: string;
  readonly action: UssdAction;
  readonly fact: FactId;
}

export interface CreditTerms {
  readonly name: 'extraBalance' | 'beelineTrustPayment' | 'tele2TrustPayment';
  readonly codes: readonly UssdCode[];
  readonly amounts?: readonly number[];
  readonly fee?: number;
  readonly validDays: number;
  readonly conditions: readonly CreditCondition[];
  readonly repayment: 'nextTopUpOrDay6' | 'nightWithCommission' | 'nextTopUp';
  readonly facts: readonly FactId[];
}

export type CreditCondition =
  'active30Days' | 'balanceNotNegative' | 'topUpLast30Days' | 'noUnpaidCredit';

export interface Channel {
  readonly id: ChannelId;
  readonly inKazakhstan: boolean;
  readonly online: boolean;
  /** Any one of these lets the person pay; an empty list means the person pays nothing. */
  readonly payWith: readonly PayMeans[];
  /** Means that may work but are not confirmed for this channel (shown with a caution). */
  readonly unconfirmedPay: readonly PayMeans[];
  readonly place: Place;
  /** Operators this channel is known to serve; `unknown` means "works once you know yours". */
  readonly operators: Partial<Record<Operator, OperatorSupport>>;
  readonly facts: readonly FactId[];
  /** Content keys under `channels.<id>` in the locales. */
  readonly steps: readonly string[];
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

const foreignCards: readonly PayMeans[] = ['card', 'unionpay'];

export const channels: Record<ChannelId, Channel> = {
  office: {
    id: 'office',
    inKazakhstan: true,
    online: false,
    payWith: ['cash', 'kzcard', 'card', 'unionpay'],
    unconfirmedPay: foreignCards,
    place: 'counter',
    operators: {
      beeline: { facts: ['operators'] },
      kcell: { facts: ['operators'] },
      activ: { facts: ['operators'] },
      tele2: { facts: ['operators'] },
      altel: { facts: ['operators'] },
      unknown: { facts: ['operators'] },
    },
    facts: ['operators'],
    steps: ['find', 'ask', 'pay', 'receipt'],
    tips: ['cashierCard'],
  },
  shop: {
    id: 'shop',
    inKazakhstan: true,
    online: false,
    payWith: ['cash', 'kzcard'],
    unconfirmedPay: [],
    place: 'counter',
    operators: everyOperator({ facts: ['shopsTopUp'], unconfirmed: true }),
    facts: ['shopsTopUp'],
    steps: ['find', 'tell', 'check', 'pay', 'receipt'],
    tips: ['cashierCard'],
  },
  terminal: {
    id: 'terminal',
    inKazakhstan: true,
    online: false,
    payWith: ['cash'],
    unconfirmedPay: [],
    place: 'machine',
    operators: everyOperator({ facts: ['terminalsExist'], unconfirmed: true }),
    facts: ['terminalsExist', 'terminalFees'],
    steps: ['find', 'choose', 'number', 'insert', 'receipt'],
    tips: ['checkScreen'],
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
      altel: { facts: ['altelAppPays'], unconfirmed: true },
      izi: { facts: ['iziAppAndSite', 'iziTopUpInApp'], unconfirmed: true },
      unknown: { facts: [], unconfirmed: true },
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
    operators: {
      kcell: { facts: ['kcellSitePays'] },
      activ: { facts: ['kcellSitePays'] },
      izi: { facts: ['iziAppAndSite', 'iziTopUpInApp'], unconfirmed: true },
      unknown: { facts: [], unconfirmed: true },
    },
    facts: ['kcellSitePays', 'iziTopUpInApp', 'smsCodeScam'],
    steps: ['open', 'number', 'amount', 'card', 'status'],
    tips: ['typeAddress'],
  },
  bankApp: {
    id: 'bankApp',
    inKazakhstan: false,
    online: true,
    payWith: ['kzcard'],
    unconfirmedPay: [],
    place: 'phone',
    operators: {
      kcell: { facts: ['kaspiPaysKcell', 'homebankPays'] },
      activ: { facts: ['kaspiPaysKcell', 'homebankPays'] },
      altel: { facts: ['altelBankApps'], unconfirmed: true },
      beeline: { facts: ['homebankPays'], unconfirmed: true },
      tele2: { facts: ['homebankPays'], unconfirmed: true },
      izi: { facts: ['homebankPays'], unconfirmed: true },
      unknown: { facts: ['homebankPays'], unconfirmed: true },
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
    operators: everyOperator({ facts: [] }),
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
      beeline: { facts: ['beelineTrustPayment'] },
      tele2: { facts: ['tele2TrustPayment'], unconfirmed: true },
    },
    facts: ['activExtraBalance', 'beelineTrustPayment', 'beelineTrustFee', 'tele2TrustPayment'],
    steps: ['dial', 'choose', 'repay'],
    tips: ['topUpSoon'],
  },
  intlService: {
    id: 'intlService',
    inKazakhstan: false,
    online: true,
    payWith: ['card', 'kzcard', 'wallet'],
    unconfirmedPay: ['wallet'],
    place: 'phone',
    operators: everyOperator({ facts: ['dingPayments'], unconfirmed: true }),
    facts: ['dingPayments', 'dingAlipayIos'],
    steps: ['open', 'number', 'checkListed', 'pay', 'pin'],
    tips: ['receipt'],
  },
};

/** Emergency credit: only the services FACTS.md has, with their conditions. */
export const creditTerms: Partial<Record<Operator, CreditTerms>> = {
  activ: {
    name: 'extraBalance',
    codes: [
      { code: '*911*1#', action: 'creditMenu', fact: 'activExtraBalance' },
      { code: '*911*1*3#', action: 'creditRequest', fact: 'activExtraBalance' },
    ],
    amounts: [250, 350, 500, 750, 1000],
    validDays: 5,
    conditions: ['active30Days', 'balanceNotNegative', 'topUpLast30Days', 'noUnpaidCredit'],
    repayment: 'nextTopUpOrDay6',
    facts: ['activExtraBalance'],
  },
  beeline: {
    name: 'beelineTrustPayment',
    codes: [
      { code: '*141*1#', action: 'autoCreditOn', fact: 'beelineTrustPayment' },
      { code: '*141*1*0#', action: 'autoCreditOff', fact: 'beelineTrustPayment' },
      { code: '*141*0#', action: 'creditBlock', fact: 'beelineTrustPayment' },
    ],
    validDays: 3,
    conditions: [],
    repayment: 'nightWithCommission',
    facts: ['beelineTrustPayment', 'beelineTrustFee'],
  },
  tele2: {
    name: 'tele2TrustPayment',
    codes: [{ code: '*141*1#', action: 'creditRequest', fact: 'tele2TrustPayment' }],
    amounts: [100],
    fee: 20,
    validDays: 3,
    conditions: ['topUpLast30Days'],
    repayment: 'nextTopUp',
    facts: ['tele2TrustPayment'],
  },
};

/** activ's "Pay For Me" and "Call Me": ask another Kcell/activ subscriber, free. */
export const contactCodes: Partial<Record<Operator, readonly UssdCode[]>> = {
  activ: [
    { code: '*131*<number>#', action: 'payForMe', fact: 'activPayForMe' },
    { code: '*130*<number>#', action: 'callMe', fact: 'activPayForMe' },
  ],
};

/**
 * A contact code with the contact's number in it, written 8 7XX XXX XX XX: activ's Pay For Me and
 * Call Me pages take `87XXYYYZZZZ` or `77XXYYYZZZZ` (docs/decisions/ussd-number-format.md).
 */
export function withContactNumber(code: string, e164: string): string {
  return code.replace('<number>', `8${e164.slice(2)}`);
}

/** Other codes FACTS.md confirms per operator (balance checks only where known). */
export const operatorCodes: Partial<Record<Operator, readonly UssdCode[]>> = {
  kcell: [
    { code: '*911*2*2#', action: 'autoPaySelf', fact: 'kcellAutoPay' },
    { code: '*911*2*3#', action: 'autoPayOther', fact: 'kcellAutoPay' },
    { code: '*199#', action: 'whichOperator', fact: 'whichOperatorCode' },
  ],
  activ: [
    { code: '*121#', action: 'balance', fact: 'activLiveBalance' },
    { code: '*911*2*2#', action: 'autoPaySelf', fact: 'kcellAutoPay' },
    { code: '*911*2*3#', action: 'autoPayOther', fact: 'kcellAutoPay' },
    { code: '*199#', action: 'whichOperator', fact: 'whichOperatorCode' },
  ],
  altel: [{ code: '*111#', action: 'balance', fact: 'altelBalanceCode' }],
};
