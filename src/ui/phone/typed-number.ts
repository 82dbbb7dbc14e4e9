import { create } from 'zustand';
import { displayNumber } from '../../domain';
import { rememberedText } from './use-remembered-number';

/**
 * The last valid number the person typed during this visit, so that the cashier card need not
 * ask for it again. In memory only: it is stored on the device only while "Remember" is ticked.
 */
export const useTypedNumber = create<{ readonly e164: string | undefined }>()(() => ({
  e164: undefined,
}));

/** What a number field starts with: the number typed this visit, else the remembered one. */
export function numberTypedBefore(): string {
  const typed = useTypedNumber.getState().e164;
  return (typed && displayNumber(typed)) || rememberedText();
}
