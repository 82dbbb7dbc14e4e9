import { useState } from 'react';
import { displayNumber } from '../../domain';
import { deviceStorage } from '../../state';

const storageKey = 'phoneNumber';

/** The remembered number as the person would type it, or '' when none is. */
export function rememberedText(): string {
  const stored = deviceStorage.read(storageKey);
  return (stored && displayNumber(stored)) ?? '';
}

/** The person's own number stays on the device only while "Remember" is ticked (PRODUCT.md). */
export function useRememberedNumber() {
  const [remembered, setRemembered] = useState(() => deviceStorage.read(storageKey) !== undefined);
  const [failed, setFailed] = useState(false);

  const store = (e164: string): boolean => {
    const saved = deviceStorage.write(storageKey, e164);
    setFailed(!saved);
    if (!saved) setRemembered(false);
    return saved;
  };

  return {
    remembered,
    failed,
    /** Every valid number typed: stored only while remembered. */
    keep(e164: string | undefined) {
      if (remembered && e164) store(e164);
    },
    remember(on: boolean, e164: string | undefined) {
      if (!on) {
        deviceStorage.remove(storageKey);
        setFailed(false);
        setRemembered(false);
        return;
      }
      setFailed(false);
      setRemembered(e164 === undefined || store(e164));
    },
  };
}

export type RememberedNumber = ReturnType<typeof useRememberedNumber>;
