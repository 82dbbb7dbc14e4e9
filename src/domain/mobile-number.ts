import type { FactId } from './facts';
import type { Operator } from './questions';

export interface PrefixGroup {
  /** The three digits after +7. */
  readonly prefixes: readonly string[];
  readonly operators: readonly Operator[];
}

/** FACTS.md [C] `prefixHints`: google/libphonenumber `resources/carrier/en/7.txt`. */
export const prefixGroups: readonly PrefixGroup[] = [
  { prefixes: ['700', '708'], operators: ['altel'] },
  { prefixes: ['701', '702', '775', '778'], operators: ['kcell', 'activ'] },
  { prefixes: ['705', '706', '771', '776', '777'], operators: ['beeline'] },
  { prefixes: ['707', '747'], operators: ['tele2'] },
];

/**
 * Which operator gave out a number, going by its prefix. Always only a hint: numbers move between
 * operators (mobile number portability, FACTS.md), so `portable` is always true.
 */
export interface OperatorHint {
  readonly operators: readonly Operator[];
  readonly portable: true;
  readonly fact: FactId;
}

/** `nationalNumber` is the 10 digits after +7. */
export function operatorHintFor(nationalNumber: string): OperatorHint | undefined {
  const prefix = nationalNumber.slice(0, 3);
  const group = prefixGroups.find((candidate) => candidate.prefixes.includes(prefix));
  return group && { operators: group.operators, portable: true, fact: 'prefixHints' };
}

/** `+77011234567` → `+7 701 123 45 67`; anything else → undefined. */
export function displayNumber(e164: string): string | undefined {
  const digits = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  return digits ? `+7 ${digits.slice(1).join(' ')}` : undefined;
}
