import { create } from 'zustand';

/**
 * The card made this visit: its amount as typed, and whether it was shown. Kept in memory only,
 * like the number typed (`useTypedNumber`), so that the result reached again after a Change
 * shows the card again instead of an empty form.
 */
export const useCardMade = create<{ readonly amountText: string; readonly shown: boolean }>()(
  () => ({ amountText: '', shown: false }),
);
