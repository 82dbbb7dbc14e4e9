import { type Channel, type ChannelId, channelIds, channels, creditTerms } from './channels';
import type { FactId } from './facts';
import type { Answers, Online, Operator, PayMeans, Speak, When, Where } from './questions';

/** Why a channel fits this person: shown under "why it fits you". */
export type FitReason =
  | 'inKazakhstan'
  | 'youAreOnline'
  | 'payWithCash'
  | 'payWithKzCard'
  | 'payWithForeignCard'
  | 'payWithUnionPay'
  | 'payWithWallet'
  | 'contactPays'
  | 'noPaymentNeeded'
  | 'open24h'
  | 'noTalkingNeeded'
  | 'youSpeakLocal'
  | 'staffCanHelp'
  | 'fastWhenUrgent'
  | 'worksWithoutInternet'
  | 'worksFarFromShops'
  | 'worksFromAbroad'
  | 'officialChannel'
  | 'payForMeFree';

/** What to watch out for with a channel that works. */
export type CautionCode =
  | 'checkWithOperator'
  | 'findOperatorFirst'
  | 'foreignCardNotConfirmed'
  | 'alipayIosOnly'
  | 'checkOperatorListed'
  | 'terminalFee'
  | 'fewPlacesRemote'
  | 'openingHours'
  | 'useCashierCard'
  | 'neverShareSmsCode'
  | 'officialBankAppOnly'
  | 'mistakenTransfer'
  | 'reachContactFirst'
  | 'payForMeKcellOnly'
  | 'creditConditions'
  | 'creditRepaid'
  | 'roamingNotConfirmed'
  | 'keepReceipt';

/** Why a channel cannot work for this person. */
export type RuledOutReason =
  | 'needsKazakhstan'
  | 'needsInternet'
  | 'needsCash'
  | 'needsCashOrKzCard'
  | 'needsCashOrCard'
  | 'needsCard'
  | 'needsKzCard'
  | 'needsCardOrWallet'
  | 'needsContact'
  | 'noCreditForOperator'
  | 'notConfirmedForOperator';

/** What to do when nothing fits. */
export type GuidanceCode = 'findWifi' | 'askContact' | 'getCash' | 'findOperator' | 'walletLimited';

export interface RankedChannel {
  readonly id: ChannelId;
  readonly score: number;
  readonly reasons: readonly FitReason[];
  readonly cautions: readonly CautionCode[];
  readonly facts: readonly FactId[];
}

export interface RuledOutChannel {
  readonly id: ChannelId;
  readonly reasons: readonly RuledOutReason[];
}

export interface Recommendation {
  readonly outcome: 'ok' | 'nothingFits';
  readonly recommended: readonly RankedChannel[];
  readonly ruledOut: readonly RuledOutChannel[];
  readonly guidance: readonly GuidanceCode[];
}

/** A rule matches when every listed answer is one of the given values (unanswered never matches). */
export interface Condition {
  readonly where?: readonly Where[];
  readonly speak?: readonly Speak[];
  readonly online?: readonly Online[];
  readonly when?: readonly When[];
  readonly operator?: readonly Operator[];
  readonly pays?: readonly PayMeans[];
  /** The person can pay this channel only with means that are not confirmed for it. */
  readonly onlyUnconfirmedPay?: true;
  /** The channel rests on a [W] fact for this operator, or on a general one. */
  readonly unconfirmedForOperator?: true;
}

export interface RankingRule {
  readonly channels: readonly ChannelId[];
  readonly if: Condition;
  readonly points: number;
  readonly reason?: FitReason;
  readonly caution?: CautionCode;
  /** The fact (FACTS.md) or product rule (PRODUCT.md) the row rests on. */
  readonly basis: FactId | 'product';
}

/** How good each channel is before anything about the person is known. */
export const baseScores: Readonly<Record<ChannelId, number>> = {
  bankApp: 60,
  operatorApp: 55,
  operatorSite: 52,
  shop: 45,
  terminal: 44,
  office: 40,
  intlService: 30,
  friendPays: 25,
  credit: 10,
};

const counters: readonly ChannelId[] = ['office', 'shop'];
const physical: readonly ChannelId[] = ['office', 'shop', 'terminal'];
const onPhone: readonly ChannelId[] = ['operatorApp', 'operatorSite', 'bankApp', 'intlService'];
const nonSpeaker: readonly Speak[] = ['english', 'none'];
const inKazakhstan: readonly Where[] = ['city', 'remote'];

/** The ranking, as data: read a row as "for these channels, if …, add points, because …". */
// One row per line keeps the table auditable.
// prettier-ignore
export const rankingRules: readonly RankingRule[] = [
  { channels: ['bankApp'], if: { operator: ['kcell', 'activ'] }, points: 10, reason: 'open24h', basis: 'kaspiPaysKcell' },
  { channels: ['operatorApp', 'operatorSite'], if: {}, points: 0, reason: 'officialChannel', caution: 'neverShareSmsCode', basis: 'smsCodeScam' },
  { channels: ['bankApp'], if: {}, points: 0, caution: 'officialBankAppOnly', basis: 'officialBankAppOnly' },
  { channels: ['terminal'], if: { speak: nonSpeaker }, points: 12, reason: 'noTalkingNeeded', basis: 'product' },
  { channels: onPhone, if: { where: inKazakhstan, speak: nonSpeaker }, points: 5, reason: 'noTalkingNeeded', basis: 'product' },
  { channels: counters, if: { speak: ['local'] }, points: 5, reason: 'youSpeakLocal', basis: 'product' },
  { channels: counters, if: { speak: nonSpeaker }, points: -15, caution: 'useCashierCard', basis: 'product' },
  { channels: ['shop', 'terminal'], if: { where: ['remote'] }, points: -40, caution: 'fewPlacesRemote', basis: 'product' },
  { channels: ['office'], if: { where: ['remote'] }, points: -55, caution: 'fewPlacesRemote', basis: 'product' },
  { channels: ['office'], if: { when: ['now'] }, points: -30, caution: 'openingHours', basis: 'product' },
  { channels: ['shop'], if: { when: ['now'] }, points: -8, caution: 'openingHours', basis: 'product' },
  { channels: ['office'], if: { when: ['later'] }, points: 3, reason: 'staffCanHelp', basis: 'product' },
  { channels: ['terminal'], if: {}, points: 0, caution: 'terminalFee', basis: 'terminalFees' },
  { channels: physical, if: {}, points: 0, caution: 'keepReceipt', basis: 'shopsTopUp' },
  { channels: ['credit'], if: { when: ['now'] }, points: 15, reason: 'fastWhenUrgent', basis: 'product' },
  { channels: ['credit'], if: { when: ['today', 'later'] }, points: -35, basis: 'product' },
  { channels: ['credit'], if: { online: ['no'] }, points: 10, reason: 'worksWithoutInternet', basis: 'product' },
  { channels: ['friendPays'], if: { online: ['no'] }, points: 15, reason: 'worksWithoutInternet', basis: 'product' },
  { channels: ['credit'], if: { where: ['remote'] }, points: 20, reason: 'worksFarFromShops', basis: 'product' },
  { channels: ['friendPays'], if: { where: ['remote'] }, points: 15, reason: 'worksFarFromShops', basis: 'product' },
  { channels: ['friendPays'], if: { where: ['abroad'] }, points: 15, reason: 'worksFromAbroad', basis: 'product' },
  { channels: ['credit'], if: { where: ['abroad'] }, points: 5, caution: 'roamingNotConfirmed', basis: 'product' },
  { channels: onPhone, if: { where: ['abroad'] }, points: 5, reason: 'worksFromAbroad', basis: 'product' },
  { channels: ['credit'], if: { operator: ['activ', 'tele2'] }, points: 0, caution: 'creditConditions', basis: 'activExtraBalance' },
  { channels: ['credit'], if: {}, points: 0, caution: 'creditRepaid', basis: 'beelineTrustPayment' },
  { channels: ['friendPays'], if: { operator: ['activ'] }, points: 10, reason: 'payForMeFree', caution: 'payForMeKcellOnly', basis: 'activPayForMe' },
  { channels: ['friendPays'], if: { online: ['no'] }, points: 0, caution: 'reachContactFirst', basis: 'kcellZeroBalanceBlocks' },
  { channels: ['friendPays'], if: {}, points: 0, caution: 'mistakenTransfer', basis: 'kaspiMistakenTransfer' },
  { channels: ['intlService'], if: {}, points: 0, caution: 'checkOperatorListed', basis: 'dingPayments' },
  { channels: ['intlService'], if: { pays: ['wallet'] }, points: 0, caution: 'alipayIosOnly', basis: 'dingAlipayIos' },
  { channels: ['intlService'], if: { onlyUnconfirmedPay: true }, points: -15, basis: 'dingAlipayIos' },
  { channels: ['office', 'operatorApp', 'operatorSite'], if: { onlyUnconfirmedPay: true }, points: -15, caution: 'foreignCardNotConfirmed', basis: 'product' },
  { channels: [...onPhone, 'credit'], if: { unconfirmedForOperator: true }, points: -8, caution: 'checkWithOperator', basis: 'product' },
  { channels: physical, if: { unconfirmedForOperator: true }, points: 0, caution: 'checkWithOperator', basis: 'product' },
  { channels: ['operatorApp', 'operatorSite'], if: { operator: ['unknown'] }, points: -10, caution: 'findOperatorFirst', basis: 'prefixHints' },
  { channels: ['terminal', 'shop', 'bankApp'], if: { operator: ['unknown'] }, points: 0, caution: 'findOperatorFirst', basis: 'prefixHints' },
];

const paymentRuledOut: Readonly<Record<ChannelId, RuledOutReason>> = {
  office: 'needsCashOrCard',
  shop: 'needsCashOrKzCard',
  terminal: 'needsCash',
  operatorApp: 'needsCard',
  operatorSite: 'needsCard',
  bankApp: 'needsKzCard',
  friendPays: 'needsContact',
  credit: 'needsCash',
  intlService: 'needsCardOrWallet',
};

const payReason: Readonly<Record<PayMeans, FitReason>> = {
  cash: 'payWithCash',
  kzcard: 'payWithKzCard',
  card: 'payWithForeignCard',
  unionpay: 'payWithUnionPay',
  wallet: 'payWithWallet',
  friend: 'contactPays',
};

function chosenMeans(answers: Answers): readonly PayMeans[] | undefined {
  return answers.pay && answers.pay.length > 0 ? answers.pay : undefined;
}

/** The means this person can pay the channel with; undefined while `pay` is unanswered. */
function usableMeans(channel: Channel, answers: Answers): readonly PayMeans[] | undefined {
  const pay = chosenMeans(answers);
  return pay && channel.payWith.filter((means) => pay.includes(means));
}

/** Hard requirements (PRODUCT.md fact rules): any failure rules the channel out. */
function ruledOutReasons(channel: Channel, answers: Answers): RuledOutReason[] {
  const reasons: RuledOutReason[] = [];
  if (channel.inKazakhstan && answers.where === 'abroad') reasons.push('needsKazakhstan');
  if (channel.online && answers.online === 'no') reasons.push('needsInternet');
  const means = usableMeans(channel, answers);
  if (channel.payWith.length > 0 && means?.length === 0) reasons.push(paymentRuledOut[channel.id]);
  if (answers.operator && !channel.operators[answers.operator]) {
    reasons.push(channel.id === 'credit' ? 'noCreditForOperator' : 'notConfirmedForOperator');
  }
  return reasons;
}

interface Context {
  readonly channel: Channel;
  readonly answers: Answers;
  readonly pay: readonly PayMeans[] | undefined;
  readonly means: readonly PayMeans[] | undefined;
}

const oneOf = <T>(allowed: readonly T[] | undefined, value: T | undefined) =>
  allowed === undefined || allowed.includes(value as T);

function matches(condition: Condition, { channel, answers, pay, means }: Context): boolean {
  return (
    oneOf(condition.where, answers.where) &&
    oneOf(condition.speak, answers.speak) &&
    oneOf(condition.online, answers.online) &&
    oneOf(condition.when, answers.when) &&
    oneOf(condition.operator, answers.operator) &&
    (condition.pays === undefined || condition.pays.some((m) => pay?.includes(m))) &&
    (condition.onlyUnconfirmedPay === undefined ||
      (means !== undefined &&
        means.length > 0 &&
        means.every((m) => channel.unconfirmedPay.includes(m)))) &&
    (condition.unconfirmedForOperator === undefined ||
      (answers.operator !== undefined && channel.operators[answers.operator]?.unconfirmed === true))
  );
}

const rulesFor = {} as Record<ChannelId, readonly RankingRule[]>;
for (const id of channelIds)
  rulesFor[id] = rankingRules.filter((rule) => rule.channels.includes(id));

/** Reasons that follow from meeting the channel's requirements. */
function requirementReasons({ channel, answers, means }: Context): FitReason[] {
  const reasons: FitReason[] = [];
  if (channel.inKazakhstan && answers.where !== undefined) reasons.push('inKazakhstan');
  if (channel.online && answers.online === 'yes') reasons.push('youAreOnline');
  if (channel.payWith.length === 0) reasons.push('noPaymentNeeded');
  const first = means?.[0];
  if (first) reasons.push(payReason[first]);
  return reasons;
}

function uniqueFacts(channel: Channel, answers: Answers): FactId[] {
  const operatorFacts = answers.operator ? (channel.operators[answers.operator]?.facts ?? []) : [];
  const creditFacts =
    channel.id === 'credit' && answers.operator ? (creditTerms[answers.operator]?.facts ?? []) : [];
  return [...new Set([...operatorFacts, ...creditFacts, ...channel.facts])];
}

function rank(channel: Channel, answers: Answers): RankedChannel {
  const context = {
    channel,
    answers,
    pay: chosenMeans(answers),
    means: usableMeans(channel, answers),
  };
  const reasons = requirementReasons(context);
  const cautions: CautionCode[] = [];
  let score = baseScores[channel.id];
  for (const rule of rulesFor[channel.id]) {
    if (!matches(rule.if, context)) continue;
    score += rule.points;
    if (rule.reason && !reasons.includes(rule.reason)) reasons.push(rule.reason);
    if (rule.caution && !cautions.includes(rule.caution)) cautions.push(rule.caution);
  }
  return { id: channel.id, score, reasons, cautions, facts: uniqueFacts(channel, answers) };
}

function guidanceFor(answers: Answers): GuidanceCode[] {
  const pay = chosenMeans(answers) ?? [];
  const guidance: GuidanceCode[] = [];
  if (answers.online === 'no') guidance.push('findWifi');
  // Nothing fits only without a contact who pays, so asking one is always a way out.
  guidance.push('askContact');
  if (answers.where !== 'abroad' && !pay.includes('cash')) guidance.push('getCash');
  if (answers.operator === 'unknown') guidance.push('findOperator');
  if (pay.includes('wallet')) guidance.push('walletLimited');
  return guidance;
}

/**
 * The channels that work for these answers, best first, and those that don't, with reason codes.
 * Total and pure: any partial answers give a valid result; unanswered questions rule nothing out.
 */
export function recommend(answers: Answers): Recommendation {
  const recommended: RankedChannel[] = [];
  const ruledOut: RuledOutChannel[] = [];
  for (const id of channelIds) {
    const channel = channels[id];
    const reasons = ruledOutReasons(channel, answers);
    if (reasons.length > 0) ruledOut.push({ id, reasons });
    else recommended.push(rank(channel, answers));
  }
  recommended.sort(
    (a, b) => b.score - a.score || channelIds.indexOf(a.id) - channelIds.indexOf(b.id),
  );
  return recommended.length > 0
    ? { outcome: 'ok', recommended, ruledOut, guidance: [] }
    : { outcome: 'nothingFits', recommended, ruledOut, guidance: guidanceFor(answers) };
}
