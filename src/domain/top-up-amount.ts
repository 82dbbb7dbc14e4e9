/** The card's own ceiling against typos; operators' limits are not known (FACTS.md [NF]). */
export const maxCardAmount = 100_000;

export type AmountProblem = 'empty' | 'notWholeNumber' | 'tooSmall' | 'tooLarge';

export type AmountCheck =
  | { readonly ok: true; readonly amount: number }
  | { readonly ok: false; readonly problem: AmountProblem };

const spaces = /[\s\u00a0\u202f]/g;
const groupedThousands = /^\d{1,3}([,.]\d{3})+$/;

/** Whole tenge, as people type them: "5000", "5 000", "5,000", "5000 ₸". */
export function parseTopUpAmount(input: string): AmountCheck {
  let compact = input.replace(spaces, '').replace(/₸$/, '');
  if (compact === '') return { ok: false, problem: 'empty' };
  if (groupedThousands.test(compact)) compact = compact.replace(/[,.]/g, '');
  if (!/^\d+$/.test(compact)) return { ok: false, problem: 'notWholeNumber' };
  const amount = Number(compact);
  if (amount < 1) return { ok: false, problem: 'tooSmall' };
  if (amount > maxCardAmount) return { ok: false, problem: 'tooLarge' };
  return { ok: true, amount };
}
