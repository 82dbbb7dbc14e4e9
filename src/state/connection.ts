import { create } from 'zustand';

interface Connection {
  /**
   * The browser said it went offline, or a request of ours failed. `navigator.onLine` alone can't
   * be trusted: some browsers report `true` in a page loaded while offline (TOOLCHAIN.md).
   */
  readonly offline: boolean;
}

// Online at first, as on the server that rendered a page ahead of time: `watchConnection` reads
// the browser's view, so a page brought to life offline renders the same, then says it is offline.
export const useConnection = create<Connection>()(() => ({ offline: false }));

const reconnectListeners = new Set<() => void>();

/** A request failed the way requests fail offline. */
export function connectionFailed(): void {
  if (!useConnection.getState().offline) useConnection.setState({ offline: true });
}

/** The browser came back online, or a request went through: retry what failed. */
export function connectionWorks(): void {
  if (!useConnection.getState().offline) return;
  useConnection.setState({ offline: false });
  for (const listener of reconnectListeners) listener();
}

/** Runs `listener` each time the connection comes back. */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

/** Follows the browser's `online` and `offline` events; returns the function that stops it. */
export function watchConnection(): () => void {
  const offline = () => connectionFailed();
  const online = () => connectionWorks();
  if (navigator.onLine === false) connectionFailed();
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);
  return () => {
    window.removeEventListener('offline', offline);
    window.removeEventListener('online', online);
  };
}
