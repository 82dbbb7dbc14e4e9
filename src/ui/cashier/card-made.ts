import { create } from 'zustand';

const nothingMade = { amountText: '', shown: false };

/**
 * The card made this visit: its amount as typed, and whether the card is on the page (made, and
 * not edited since). Kept in memory only, like the number typed (`useTypedNumber`), so that the
 * result reached again after a Change shows the card again instead of an empty form.
 */
export const useCardMade = create<{ readonly amountText: string; readonly shown: boolean }>()(
  () => nothingMade,
);

/** Start again: a new set of answers starts with an empty form. */
export const forgetCardMade = () => useCardMade.setState(nothingMade);
