import { useRef, useState } from 'react';
import { create } from 'zustand';
import { displayNumber } from '../../domain';
import type { PhoneCheck } from '../../domain/phone-number';
import { deviceStorage } from '../../state';

const storageKey = 'phoneNumber';

/** The remembered number as the person would type it, or '' when none is. */
export function rememberedText(): string {
  const stored = deviceStorage.read(storageKey);
  return (stored && displayNumber(stored)) ?? '';
}

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

/** The check of a number, which may still be loading; undefined if it cannot load. */
export type CheckingNumber = Promise<PhoneCheck | undefined>;

/**
 * The person's own number stays on the device only while "Remember" is ticked (PRODUCT.md), and
 * what is stored is the valid number in the field, or nothing. The number check may still be
 * loading when a number is typed or the box changes: the box is read when the check arrives, and
 * a write asked for before the box last changed is dropped (ticking brings its own).
 */
export function useRememberedNumber() {
  const [remembered, setRemembered] = useState(() => deviceStorage.read(storageKey) !== undefined);
  const [failed, setFailed] = useState(false);
  const optIn = useRef({ on: remembered, changes: 0 });

  const setOptIn = (on: boolean) => {
    optIn.current = { on, changes: optIn.current.changes + 1 };
    setRemembered(on);
  };

  const write = (check: PhoneCheck) => {
    if (!check.ok) {
      deviceStorage.remove(storageKey);
      return;
    }
    const saved = deviceStorage.write(storageKey, check.e164);
    setFailed(!saved);
    if (!saved) setOptIn(false);
  };

  const writeWhenChecked = async (checking: CheckingNumber) => {
    const asked = optIn.current.changes;
    const check = await checking;
    if (check && optIn.current.on && optIn.current.changes === asked) write(check);
  };

  return {
    remembered,
    failed,
    /**
     * Every number typed, once checked: kept for this visit if valid, and while remembered,
     * stored on the device, or forgotten there if not valid.
     */
    keep: async (checking: CheckingNumber) => {
      await writeWhenChecked(checking);
      const check = await checking;
      useTypedNumber.setState({ e164: check?.ok ? check.e164 : undefined });
    },
    /** `checkNumber` checks the number in the field, which is stored once checked. */
    remember(on: boolean, checkNumber: () => CheckingNumber): Promise<void> {
      setFailed(false);
      setOptIn(on);
      if (on) return writeWhenChecked(checkNumber());
      deviceStorage.remove(storageKey);
      return Promise.resolve();
    },
  };
}

export type RememberedNumber = ReturnType<typeof useRememberedNumber>;
