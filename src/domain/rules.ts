import {
  type Certainty,
  type Channel,
  type ChannelId,
  type CheckCode,
  channelIds,
  channels,
  creditTerms,
} from './channels';
import type { FactId } from './facts';
import {
  type Answers,
  type Online,
  type Operator,
  type PayMeans,
  type Speak,
  type When,
  type Where,
  operatorOptions,
} from './questions';

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
  | 'findOperatorFirst'
  | 'weChatPayUnconfirmed'
  | 'terminalFee'
  | 'fewPlacesRemote'
  | 'openingHours'
  | 'useCashierCard'
  | 'neverShareSmsCode'
  | 'officialBankAppOnly'
  | 'mistakenTransfer'
  | 'reachContactFirst'
  | 'reachContactActiv'
  | 'reachContactAtZero'
  | 'payForMeKcellOnly'
  | 'creditConditions';

/** Why a channel cannot work for this person: only the fact rules of PRODUCT.md. */
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
  | 'noCreditForOperator';

/** Why the best way left is a poor one: each makes the outcome `weak`. */
export type Drawback =
  'weakSource' | 'notConfirmed' | 'mayBeClosed' | 'farAway' | 'hasConditions' | 'onlyALoan';

/** A way out, when the best way is poor or nothing fits (PRODUCT.md `data-guidance`). */
export type GuidanceCode =
  'findWifi' | 'askContact' | 'getCash' | 'atmCash' | 'findOperator' | 'walletLimited';

export interface Guidance {
  readonly code: GuidanceCode;
  /** Facts the advice states for this person (the ATM's fee, UnionPay's daily limit). */
  readonly facts: readonly FactId[];
  /** What to check before relying on the advice, as for a way we could not confirm. */
  readonly checks: readonly CheckCode[];
}

export interface RankedChannel {
  readonly id: ChannelId;
  readonly score: number;
  readonly certainty: Certainty;
  /** What to check first, shown beside the way's summary (empty when it is confirmed). */
  readonly checks: readonly CheckCode[];
  /** What would make it a poor best way (`weakWhen`). */
  readonly drawbacks: readonly Drawback[];
  readonly reasons: readonly FitReason[];
  readonly cautions: readonly CautionCode[];
  readonly facts: readonly FactId[];
}

export interface RuledOutChannel {
  readonly id: ChannelId;
  readonly reasons: readonly RuledOutReason[];
}

export type Outcome = 'ok' | 'weak' | 'nothingFits';

export interface Recommendation {
  readonly outcome: Outcome;
  /** Ways resting on confirmed or weak facts for this person, best first. */
  readonly recommended: readonly RankedChannel[];
  /** Ways that pass the fact rules but that nothing confirms for this person: "might work". */
  readonly mightWork: readonly RankedChannel[];
  readonly ruledOut: readonly RuledOutChannel[];
  /** The way the page leads with: the first of `recommended`, else the first of `mightWork`. */
  readonly best: RankedChannel | undefined;
  /** Why the best way is poor (empty when the outcome is `ok`). */
  readonly drawbacks: readonly Drawback[];
  readonly guidance: readonly Guidance[];
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
  /** How sure we are the person's operator offers the channel (FACTS.md's C/W/NF for it). */
  readonly operatorSupport?: readonly Certainty[];
  /** How sure we are the channel works for this person: operator, means and `doubtRules`. */
  readonly certainty?: readonly Certainty[];
}

/** The fact (FACTS.md) or product rule (PRODUCT.md) a row rests on. */
type Basis = FactId | 'product';

export interface RankingRule {
  /** Rows that move a way up or down are explained, by this id, on the ways page. */
  readonly id?: string;
  readonly channels: readonly ChannelId[];
  readonly if: Condition;
  readonly points: number;
  readonly reason?: FitReason;
  readonly caution?: CautionCode;
  readonly basis: Basis;
}

/** Lowers how sure we are of a channel in a situation the operator support alone does not show. */
export interface DoubtRule {
  readonly id: string;
  readonly channels: readonly ChannelId[];
  readonly if: Condition;
  readonly certainty: Exclude<Certainty, 'confirmed'>;
  readonly check: CheckCode;
  readonly basis: Basis;
}

/** Makes a result `weak` when its best way matches. */
export interface WeaknessRule {
  readonly id: string;
  readonly channels: readonly ChannelId[];
  readonly if: Condition;
  readonly drawback: Drawback;
  /** The way's caution that says the same: not said again beside the drawback. */
  readonly says?: CautionCode;
  readonly basis: Basis;
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
const creditByCode: readonly Operator[] = ['activ', 'tele2'];
/** Operators with no fact of their own about reaching someone at zero balance (Kcell and activ have). */
const noZeroBalanceFact: readonly Operator[] = operatorOptions.filter(
  (operator) => operator !== 'kcell' && operator !== 'activ',
);
/** Operators whose emergency credit comes, or may come, with conditions (a recent top-up…). */
const creditWithConditions: readonly Operator[] = operatorOptions.filter((operator) => {
  const terms = creditTerms[operator];
  return terms !== undefined && terms.conditions.length + (terms.mayNeed?.length ?? 0) > 0;
});

/** The ranking, as data: read a row as "for these channels, if …, add points, because …". */
// One row per line keeps the table auditable.
// prettier-ignore
export const rankingRules: readonly RankingRule[] = [
  { id: 'kaspi24h', channels: ['bankApp'], if: { operator: ['kcell', 'activ'] }, points: 10, reason: 'open24h', basis: 'kaspiPaysKcell' },
  { channels: ['operatorApp', 'operatorSite'], if: {}, points: 0, reason: 'officialChannel', caution: 'neverShareSmsCode', basis: 'smsCodeScam' },
  { channels: ['bankApp'], if: {}, points: 0, caution: 'officialBankAppOnly', basis: 'officialBankAppOnly' },
  { id: 'terminalNoTalking', channels: ['terminal'], if: { speak: nonSpeaker }, points: 12, reason: 'noTalkingNeeded', basis: 'product' },
  { id: 'phoneNoTalking', channels: onPhone, if: { where: inKazakhstan, speak: nonSpeaker }, points: 5, reason: 'noTalkingNeeded', basis: 'product' },
  { id: 'counterLocal', channels: counters, if: { speak: ['local'] }, points: 5, reason: 'youSpeakLocal', basis: 'product' },
  { id: 'counterCard', channels: counters, if: { speak: nonSpeaker }, points: -15, caution: 'useCashierCard', basis: 'product' },
  { id: 'shopRemote', channels: ['shop', 'terminal'], if: { where: ['remote'] }, points: -40, caution: 'fewPlacesRemote', basis: 'product' },
  { id: 'officeRemote', channels: ['office'], if: { where: ['remote'] }, points: -55, caution: 'fewPlacesRemote', basis: 'product' },
  { id: 'officeNow', channels: ['office'], if: { when: ['now'] }, points: -30, caution: 'openingHours', basis: 'product' },
  { id: 'shopNow', channels: ['shop'], if: { when: ['now'] }, points: -8, caution: 'openingHours', basis: 'product' },
  { id: 'officeLater', channels: ['office'], if: { when: ['later'], operatorSupport: ['confirmed', 'weak'] }, points: 3, reason: 'staffCanHelp', basis: 'product' },
  { channels: ['terminal'], if: {}, points: 0, caution: 'terminalFee', basis: 'terminalFees' },
  // Asked for by a code, from the phone, with no internet: true only of the codes FACTS.md gives, and not in roaming (activ's is reported not to work there).
  { id: 'creditNow', channels: ['credit'], if: { when: ['now'], operator: creditByCode, where: inKazakhstan }, points: 15, reason: 'fastWhenUrgent', basis: 'product' },
  { id: 'beelineCreditNow', channels: ['credit'], if: { when: ['now'], operator: ['beeline'] }, points: 5, basis: 'beelineTrustPayment' },
  { id: 'creditNotUrgent', channels: ['credit'], if: { when: ['today', 'later'] }, points: -35, basis: 'product' },
  // No internet and no shop near are reasons to borrow only within the hour: with time, a top-up can be reached.
  { id: 'creditOffline', channels: ['credit'], if: { when: ['now'], online: ['no'], operator: creditByCode, where: inKazakhstan }, points: 10, reason: 'worksWithoutInternet', basis: 'product' },
  { id: 'friendOffline', channels: ['friendPays'], if: { online: ['no'] }, points: 15, reason: 'worksWithoutInternet', basis: 'product' },
  { id: 'creditRemote', channels: ['credit'], if: { when: ['now'], where: ['remote'] }, points: 20, reason: 'worksFarFromShops', basis: 'product' },
  { id: 'friendRemote', channels: ['friendPays'], if: { where: ['remote'] }, points: 15, reason: 'worksFarFromShops', basis: 'product' },
  { id: 'friendAbroad', channels: ['friendPays'], if: { where: ['abroad'] }, points: 15, reason: 'worksFromAbroad', basis: 'product' },
  // Never up abroad: activ's Extra Balance is reported not to work in roaming, the others are unknown.
  { id: 'creditAbroad', channels: ['credit'], if: { where: ['abroad'] }, points: -10, basis: 'activExtraBalanceRoaming' },
  { id: 'phoneAbroad', channels: onPhone, if: { where: ['abroad'] }, points: 5, reason: 'worksFromAbroad', basis: 'product' },
  { channels: ['credit'], if: { operator: creditWithConditions }, points: 0, caution: 'creditConditions', basis: 'activExtraBalance' },
  { id: 'payForMe', channels: ['friendPays'], if: { operator: ['activ'] }, points: 10, reason: 'payForMeFree', caution: 'payForMeKcellOnly', basis: 'activPayForMe' },
  // Offline, the contact is reached by a call or an SMS, which a zero balance may stop: Kcell's is a fact; activ's Pay For Me asks for free.
  { channels: ['friendPays'], if: { online: ['no'], operator: ['kcell'] }, points: 0, caution: 'reachContactFirst', basis: 'kcellZeroBalanceBlocks' },
  { channels: ['friendPays'], if: { online: ['no'], operator: ['activ'] }, points: 0, caution: 'reachContactActiv', basis: 'activPayForMe' },
  { channels: ['friendPays'], if: { online: ['no'], operator: noZeroBalanceFact }, points: 0, caution: 'reachContactAtZero', basis: 'product' },
  { channels: ['friendPays'], if: {}, points: 0, caution: 'mistakenTransfer', basis: 'kaspiMistakenTransfer' },
  { channels: ['intlService'], if: { pays: ['wallet'] }, points: 0, caution: 'weChatPayUnconfirmed', basis: 'product' },
  { id: 'walletOnly', channels: ['intlService'], if: { onlyUnconfirmedPay: true }, points: -15, basis: 'dingAlipayIos' },
  { id: 'foreignCardOnly', channels: ['office', 'operatorApp', 'operatorSite'], if: { onlyUnconfirmedPay: true }, points: -15, basis: 'product' },
  { id: 'weakForOperator', channels: [...onPhone, 'credit'], if: { operatorSupport: ['weak'] }, points: -8, basis: 'product' },
  { id: 'unconfirmedForOperator', channels: [...onPhone, 'credit'], if: { operatorSupport: ['unconfirmed'] }, points: -20, basis: 'product' },
  { id: 'appUnknownOperator', channels: ['operatorApp', 'operatorSite'], if: { operator: ['unknown'] }, points: -10, caution: 'findOperatorFirst', basis: 'prefixHints' },
];

/** Situations that make a way less sure than the operator's support says. */
// prettier-ignore
export const doubtRules: readonly DoubtRule[] = [
  { id: 'intlListing', channels: ['intlService'], if: {}, certainty: 'unconfirmed', check: 'operatorListed', basis: 'dingPayments' },
  { id: 'activRoaming', channels: ['credit'], if: { where: ['abroad'], operator: ['activ'] }, certainty: 'unconfirmed', check: 'roamingCredit', basis: 'activExtraBalanceRoaming' },
  { id: 'creditRoaming', channels: ['credit'], if: { where: ['abroad'], operator: ['beeline', 'tele2'] }, certainty: 'unconfirmed', check: 'roamingNotConfirmed', basis: 'product' },
];

/** What makes a result `weak`: its best way matches one of these rows. */
// prettier-ignore
export const weakWhen: readonly WeaknessRule[] = [
  { id: 'weakSource', channels: channelIds, if: { certainty: ['weak'] }, drawback: 'weakSource', basis: 'product' },
  { id: 'notConfirmed', channels: channelIds, if: { certainty: ['unconfirmed'] }, drawback: 'notConfirmed', basis: 'product' },
  { id: 'mayBeClosed', channels: ['office'], if: { when: ['now'] }, drawback: 'mayBeClosed', basis: 'product' },
  { id: 'farAway', channels: physical, if: { where: ['remote'] }, drawback: 'farAway', says: 'fewPlacesRemote', basis: 'product' },
  // Whether the number meets them (a new SIM may not) is something the guide cannot know.
  { id: 'hasConditions', channels: ['credit'], if: { operator: creditWithConditions }, drawback: 'hasConditions', says: 'creditConditions', basis: 'product' },
  // A loan with a fee, taken back within days: it buys time, and someone who has time needs a top-up.
  { id: 'onlyALoan', channels: ['credit'], if: { when: ['today', 'later'] }, drawback: 'onlyALoan', basis: 'product' },
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

/** The facts a reason a way cannot work states beyond the fact rules (where to get what it needs). */
export const ruledOutFacts: Partial<Record<RuledOutReason, readonly FactId[]>> = {
  needsKzCard: ['bankCardNeedsIin'],
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
  if (channel.id === 'credit' && answers.operator && !creditTerms[answers.operator])
    reasons.push('noCreditForOperator');
  return reasons;
}

interface Context {
  readonly channel: Channel;
  readonly answers: Answers;
  readonly pay: readonly PayMeans[] | undefined;
  readonly means: readonly PayMeans[] | undefined;
  readonly operatorSupport: Certainty;
  readonly certainty: Certainty;
}

const oneOf = <T>(allowed: readonly T[] | undefined, value: T | undefined) =>
  allowed === undefined || allowed.includes(value as T);

const onlyUnconfirmedMeans = ({ channel, means }: Pick<Context, 'channel' | 'means'>) =>
  means !== undefined && means.length > 0 && means.every((m) => channel.unconfirmedPay.includes(m));

function matches(condition: Condition, context: Context): boolean {
  const { answers, pay } = context;
  return (
    oneOf(condition.where, answers.where) &&
    oneOf(condition.speak, answers.speak) &&
    oneOf(condition.online, answers.online) &&
    oneOf(condition.when, answers.when) &&
    oneOf(condition.operator, answers.operator) &&
    (condition.pays === undefined || condition.pays.some((m) => pay?.includes(m))) &&
    (condition.onlyUnconfirmedPay === undefined || onlyUnconfirmedMeans(context)) &&
    oneOf(condition.operatorSupport, context.operatorSupport) &&
    oneOf(condition.certainty, context.certainty)
  );
}

const rowsFor = <Row extends { readonly channels: readonly ChannelId[] }>(rows: readonly Row[]) => {
  const byChannel = {} as Record<ChannelId, readonly Row[]>;
  for (const id of channelIds) byChannel[id] = rows.filter((row) => row.channels.includes(id));
  return byChannel;
};
const rankingFor = rowsFor(rankingRules);
const doubtsFor = rowsFor(doubtRules);
const weaknessFor = rowsFor(weakWhen);

/** The cautions these drawbacks already say (`WeaknessRule.says`): shown beside them, not again. */
export const cautionsSaidBy = (drawbacks: readonly Drawback[]): CautionCode[] =>
  weakWhen.flatMap((rule) => (rule.says && drawbacks.includes(rule.drawback) ? [rule.says] : []));

const certaintyOrder: readonly Certainty[] = ['confirmed', 'weak', 'unconfirmed'];
const leastSure = (a: Certainty, b: Certainty) =>
  certaintyOrder.indexOf(a) >= certaintyOrder.indexOf(b) ? a : b;
const addOnce = <T>(list: T[], item: T | undefined) => {
  if (item !== undefined && !list.includes(item)) list.push(item);
};

type Assessed = Pick<Context, 'operatorSupport' | 'certainty'> & { checks: CheckCode[] };

/**
 * How sure we are that the channel works for this person, and what they should check: the
 * operator's support (FACTS.md's C/W/NF), the means they would pay with, then `doubtRules`.
 */
function assess(context: Omit<Context, keyof Assessed>): Assessed {
  const { channel, answers } = context;
  const checks: CheckCode[] = [];
  const support = answers.operator ? channel.operators[answers.operator] : undefined;
  const operatorSupport: Certainty = !answers.operator
    ? 'confirmed'
    : support
      ? (support.certainty ?? 'confirmed')
      : 'unconfirmed';
  if (operatorSupport !== 'confirmed')
    addOnce(
      checks,
      support?.check ?? (operatorSupport === 'weak' ? 'withOperator' : 'operatorOffersIt'),
    );
  let certainty = operatorSupport;
  if (onlyUnconfirmedMeans(context)) {
    certainty = 'unconfirmed';
    // The only unconfirmed means of the international services is a wallet: its caution says why.
    if (channel.id !== 'intlService') addOnce(checks, 'cardAccepted');
  }
  for (const rule of doubtsFor[channel.id]) {
    if (!matches(rule.if, { ...context, operatorSupport, certainty })) continue;
    certainty = leastSure(certainty, rule.certainty);
    addOnce(checks, rule.check);
  }
  return { operatorSupport, certainty, checks };
}

/** Reasons that follow from meeting the channel's requirements. */
function requirementReasons({ channel, answers, means, operatorSupport }: Context): FitReason[] {
  const reasons: FitReason[] = [];
  // Far from towns the way exists but may not be near: that is said as a drawback, not a reason.
  // Nor is it "available" where nothing says the operator has it (izi's service centres).
  if (channel.inKazakhstan && answers.where === 'city' && operatorSupport !== 'unconfirmed')
    reasons.push('inKazakhstan');
  if (channel.online && answers.online === 'yes') reasons.push('youAreOnline');
  if (channel.payWith.length === 0) reasons.push('noPaymentNeeded');
  const first = means?.[0];
  if (first) reasons.push(payReason[first]);
  return reasons;
}

/** Each operator's facts for a channel: its support, and for credit the terms of its service. */
function factsOfOperator(channel: Channel, operator: Operator): readonly FactId[] {
  const terms = channel.id === 'credit' ? (creditTerms[operator]?.facts ?? []) : [];
  return [...(channel.operators[operator]?.facts ?? []), ...terms];
}

/**
 * The sources of each way for each operator: its own facts and the channel's general ones, never
 * another operator's; while the operator is not known, all of them.
 */
const sourcesFor = Object.fromEntries(
  channelIds.map((id) => {
    const channel = channels[id];
    const forOperator = (operator: Operator): FactId[] => {
      const own = factsOfOperator(channel, operator);
      const others = new Set(
        operatorOptions.filter((o) => o !== operator).flatMap((o) => factsOfOperator(channel, o)),
      );
      const general = channel.facts.filter((fact) => !others.has(fact));
      return operator === 'unknown'
        ? [...new Set([...channel.facts, ...own])]
        : [...new Set([...own, ...general])];
    };
    return [id, Object.fromEntries(operatorOptions.map((o) => [o, forOperator(o)]))];
  }),
) as Record<ChannelId, Record<Operator, FactId[]>>;

function rank(channel: Channel, answers: Answers): RankedChannel {
  const partial = {
    channel,
    answers,
    pay: chosenMeans(answers),
    means: usableMeans(channel, answers),
  };
  const { checks, ...assessed } = assess(partial);
  const context: Context = { ...partial, ...assessed };
  const reasons = requirementReasons(context);
  const cautions: CautionCode[] = [];
  let score = baseScores[channel.id];
  for (const rule of rankingFor[channel.id]) {
    if (!matches(rule.if, context)) continue;
    score += rule.points;
    addOnce(reasons, rule.reason);
    addOnce(cautions, rule.caution);
  }
  const drawbacks: Drawback[] = [];
  for (const rule of weaknessFor[channel.id])
    if (matches(rule.if, context)) addOnce(drawbacks, rule.drawback);
  return {
    id: channel.id,
    score,
    certainty: context.certainty,
    checks,
    drawbacks,
    reasons,
    cautions,
    facts: sourcesFor[channel.id][answers.operator ?? 'unknown'],
  };
}

/** The channels no fact rule rules out for these answers. */
function passing(answers: Answers): ChannelId[] {
  return channelIds.filter((id) => ruledOutReasons(channels[id], answers).length === 0);
}

interface GuidanceRule {
  readonly code: GuidanceCode;
  /** Whether the advice fits this person: it must open a way they don't have yet (`ways`: listed). */
  readonly fits: (
    answers: Answers,
    pay: readonly PayMeans[],
    ways: readonly RankedChannel[],
  ) => boolean;
  readonly facts?: (pay: readonly PayMeans[], answers: Answers) => FactId[];
  readonly checks?: readonly CheckCode[];
}

const has = (pay: readonly PayMeans[], ...means: PayMeans[]) => means.some((m) => pay.includes(m));

/** Whether the person said someone in Kazakhstan can pay for them. */
export const namesAContact = (answers: Answers): boolean =>
  has(chosenMeans(answers) ?? [], 'friend');
const inTheCountry = (answers: Answers) => answers.where === 'city' || answers.where === 'remote';

/** Ways out, in the order they are shown; each only where it helps this person. */
export const guidanceRules: readonly GuidanceRule[] = [
  {
    code: 'findOperator',
    fits: (answers) => answers.operator === 'unknown',
  },
  {
    // Wi-Fi only helps if being online opens a way (with cash alone it opens none).
    code: 'findWifi',
    fits: (answers) =>
      answers.online === 'no' &&
      passing({ ...answers, online: 'yes' }).length > passing(answers).length,
  },
  {
    code: 'atmCash',
    fits: (answers, pay) =>
      inTheCountry(answers) && !has(pay, 'cash') && has(pay, 'card', 'unionpay'),
    facts: (pay) => [
      ...(has(pay, 'card') ? (['atmForeignCards'] as const) : []),
      ...(has(pay, 'unionpay') ? (['unionPayAtmLimit'] as const) : []),
    ],
  },
  {
    code: 'getCash',
    fits: (answers, pay) => inTheCountry(answers) && !has(pay, 'cash', 'card', 'unionpay'),
  },
  {
    // With a contact already among the ways, it is the way out; without one, finding one is:
    // on activ, Pay For Me asks a Kcell or activ subscriber from the phone, even while roaming.
    code: 'askContact',
    fits: () => true,
    facts: (_pay, answers) =>
      answers.operator === 'activ' && !namesAContact(answers) ? ['activPayForMe'] : [],
  },
  {
    // Alipay only in Ding's iOS app; that Ding tops up Kazakh numbers, no source says (FACTS.md [NF]).
    // Where that way is listed, its reason, step and caution say so.
    code: 'walletLimited',
    fits: (_answers, pay, ways) =>
      has(pay, 'wallet') && !ways.some((way) => way.id === 'intlService'),
    checks: ['operatorListed'],
  },
];

/** Finding the operator comes first whatever the outcome; the rest only when the best way is poor. */
function guidanceFor(
  answers: Answers,
  outcome: Outcome,
  ways: readonly RankedChannel[],
): Guidance[] {
  const pay = chosenMeans(answers) ?? [];
  return guidanceRules
    .filter(
      (rule) => (outcome !== 'ok' || rule.code === 'findOperator') && rule.fits(answers, pay, ways),
    )
    .map((rule) => ({
      code: rule.code,
      facts: rule.facts?.(pay, answers) ?? [],
      // A check a listed way already shows is not said twice.
      checks: (rule.checks ?? []).filter(
        (check) => !ways.some((way) => way.checks.includes(check)),
      ),
    }));
}

/** Best first; ways that score the same keep the catalogue's order (the sort is stable). */
const byRank = (a: RankedChannel, b: RankedChannel) => b.score - a.score;

/**
 * The channels that work for these answers, best first, those that might, and those that don't,
 * with reason codes; how good the best one is; and what to do when it is poor.
 * Total and pure: any partial answers give a valid result; unanswered questions rule nothing out.
 */
export function recommend(answers: Answers): Recommendation {
  const ranked: RankedChannel[] = [];
  const ruledOut: RuledOutChannel[] = [];
  for (const id of channelIds) {
    const channel = channels[id];
    const reasons = ruledOutReasons(channel, answers);
    if (reasons.length > 0) ruledOut.push({ id, reasons });
    else ranked.push(rank(channel, answers));
  }
  ranked.sort(byRank);
  const recommended = ranked.filter((channel) => channel.certainty !== 'unconfirmed');
  const mightWork = ranked.filter((channel) => channel.certainty === 'unconfirmed');
  // A way we could not confirm never comes before one we could (PRODUCT.md: the "might work"
  // group follows the confirmed ways); it leads only when nothing confirmed is left.
  const best = recommended[0] ?? mightWork[0];
  const drawbacks = best?.drawbacks ?? [];
  const outcome: Outcome = !best ? 'nothingFits' : drawbacks.length > 0 ? 'weak' : 'ok';
  return {
    outcome,
    recommended,
    mightWork,
    ruledOut,
    best,
    drawbacks,
    guidance: guidanceFor(answers, outcome, [...recommended, ...mightWork]),
  };
}

/** What a channel needs, as the reasons it is ruled out when missing (PRODUCT.md's fact rules). */
export function requirementsOf(id: ChannelId): RuledOutReason[] {
  const channel = channels[id];
  return [
    ...(channel.inKazakhstan ? (['needsKazakhstan'] as const) : []),
    ...(channel.online ? (['needsInternet'] as const) : []),
    ...(channel.payWith.length > 0 ? [paymentRuledOut[id]] : []),
  ];
}

/** How sure we are that a channel works for an operator's subscribers, whatever else they answer. */
export function certaintyFor(id: ChannelId, operator: Operator): Certainty {
  const channel = channels[id];
  return assess({ channel, answers: { operator }, pay: undefined, means: undefined }).certainty;
}

/**
 * What anyone should check before relying on a way, whoever they are (the ways page): paying
 * with the means nothing confirms it takes, and the doubts that hold for everyone.
 */
export function generalChecks(id: ChannelId): CheckCode[] {
  const channel = channels[id];
  const pay = channel.unconfirmedPay;
  return assess({ channel, answers: {}, pay, means: pay }).checks;
}

/** What to check before relying on a way with one operator, whoever else they are (the ways page). */
export function operatorChecks(id: ChannelId, operator: Operator): CheckCode[] {
  return doubtRules.flatMap((rule) =>
    rule.channels.includes(id) && rule.if.operator?.includes(operator) ? [rule.check] : [],
  );
}

/** Every way that can work, in the order the page shows them (`data-channel`): the best first. */
export function waysInOrder({ recommended, mightWork }: Recommendation): RankedChannel[] {
  return [...recommended, ...mightWork];
}
