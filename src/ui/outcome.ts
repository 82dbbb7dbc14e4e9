import { create } from 'zustand';
import type { Outcome } from '../domain';

/** The outcome of the result on screen, for `<main data-outcome>` (PRODUCT.md). */
export const useOutcome = create<{ readonly outcome: Outcome | undefined }>()(() => ({
  outcome: undefined,
}));
