import { useState } from 'react';
import type { PhoneCheck } from '../../domain/phone-number';

type PhoneModule = typeof import('../../domain/phone-number');

let loaded: PhoneModule | undefined;
let loading: Promise<PhoneModule> | undefined;

function loadPhoneModule(): Promise<PhoneModule> {
  loading ??= import('../../domain/phone-number').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The number check, loaded on first use (focus, a remembered number, submit): libphonenumber's
 * metadata is too big for the first load (docs/decisions/phone-number-check.md).
 */
export function usePhoneCheck() {
  const [module, setModule] = useState(() => loaded);
  const [failed, setFailed] = useState(false);

  const ready = async (): Promise<PhoneModule | undefined> => {
    try {
      const phone = await loadPhoneModule();
      setModule(phone);
      setFailed(false);
      return phone;
    } catch {
      setFailed(true);
      return undefined;
    }
  };

  return {
    /** Undefined until the check has loaded. */
    check: (text: string): PhoneCheck | undefined => module?.parseKazakhMobile(text),
    /** Waits for the check to load; undefined if it cannot. */
    checkSoon: async (text: string): Promise<PhoneCheck | undefined> =>
      (await ready())?.parseKazakhMobile(text),
    failed,
    ready,
  };
}

export type PhoneChecker = ReturnType<typeof usePhoneCheck>;
