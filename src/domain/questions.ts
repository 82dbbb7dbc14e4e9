/** Public contract v1 (PRODUCT.md): ids and slugs are the URL's vocabulary — never rename one. */
export const questionIds = ['where', 'speak', 'pay', 'online', 'when', 'operator'] as const;
export type QuestionId = (typeof questionIds)[number];

export const whereOptions = ['city', 'remote', 'abroad'] as const;
export const speakOptions = ['local', 'english', 'none'] as const;
export const payOptions = ['cash', 'kzcard', 'card', 'unionpay', 'wallet', 'friend'] as const;
export const onlineOptions = ['yes', 'no'] as const;
export const whenOptions = ['now', 'today', 'later'] as const;
export const operatorOptions = [
  'beeline',
  'kcell',
  'activ',
  'tele2',
  'altel',
  'izi',
  'unknown',
] as const;

export type Where = (typeof whereOptions)[number];
export type Speak = (typeof speakOptions)[number];
export type PayMeans = (typeof payOptions)[number];
export type Online = (typeof onlineOptions)[number];
export type When = (typeof whenOptions)[number];
export type Operator = (typeof operatorOptions)[number];

export interface Answers {
  where?: Where;
  speak?: Speak;
  pay?: readonly PayMeans[];
  online?: Online;
  when?: When;
  operator?: Operator;
}

export const questionOptions = {
  where: whereOptions,
  speak: speakOptions,
  pay: payOptions,
  online: onlineOptions,
  when: whenOptions,
  operator: operatorOptions,
} as const satisfies Record<QuestionId, readonly string[]>;

export type OptionOf<Q extends QuestionId> = (typeof questionOptions)[Q][number];

export const multiSelectQuestions: ReadonlySet<QuestionId> = new Set<QuestionId>(['pay']);

export function isMultiSelect(question: QuestionId): boolean {
  return multiSelectQuestions.has(question);
}

export function isOption<Q extends QuestionId>(question: Q, value: string): value is OptionOf<Q> {
  return (questionOptions[question] as readonly string[]).includes(value);
}

/** A multi-select answer counts only when at least one option is chosen. */
export function isAnswered(answers: Answers, question: QuestionId): boolean {
  const value = answers[question];
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}
