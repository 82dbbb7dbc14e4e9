const prefix = 'kz-topup.';

/** localStorage that may be blocked (private mode, disabled storage): never throws. */
export const deviceStorage = {
  read(key: string): string | undefined {
    try {
      return window.localStorage.getItem(prefix + key) ?? undefined;
    } catch {
      return undefined;
    }
  },
  /** Returns false when the device refused to store it. */
  write(key: string, value: string): boolean {
    try {
      window.localStorage.setItem(prefix + key, value);
      return true;
    } catch {
      return false;
    }
  },
  remove(key: string): void {
    try {
      window.localStorage.removeItem(prefix + key);
    } catch {
      // Nothing was stored where storage is blocked.
    }
  },
};
