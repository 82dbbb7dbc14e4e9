import { create } from 'zustand';

interface Connection {
  /**
   * The browser said it went offline, or a request of ours failed. `navigator.onLine` alone can't
   * be trusted: some browsers report `true` in a page loaded while offline (TOOLCHAIN.md).
   */
  readonly offline: boolean;
  /**
   * Offline because the browser said so (its `offline` event, or `navigator.onLine === false`),
   * not only because a request failed: then only its `online` event ends it. A request that works
   * proves nothing here: the service worker answers it from its copy, offline too.
   */
  readonly browserSaysOffline: boolean;
}

// Online at first, as on the server that rendered a page ahead of time: `watchConnection` reads
// the browser's view, so a page brought to life offline renders the same, then says it is offline.
export const useConnection = create<Connection>()(() => ({
  offline: false,
  browserSaysOffline: false,
}));

const reconnectListeners = new Set<() => void>();

function goOffline(browserSaysOffline: boolean): void {
  const now = useConnection.getState();
  if (now.offline && (now.browserSaysOffline || !browserSaysOffline)) return;
  useConnection.setState({ offline: true, browserSaysOffline });
}

function backOnline(): void {
  useConnection.setState({ offline: false, browserSaysOffline: false });
  for (const listener of reconnectListeners) listener();
}

/** A request failed the way requests fail offline. */
export function requestFailed(): void {
  goOffline(false);
}

/**
 * A request went through: if only a failed request said the page is offline, it is not, and what
 * failed is tried again. What the browser said stands until it says it is back online.
 */
export function requestWorked(): void {
  const { offline, browserSaysOffline } = useConnection.getState();
  if (offline && !browserSaysOffline) backOnline();
}

/** Runs `listener` each time the connection comes back. */
export function onReconnect(listener: () => void): () => void {
  reconnectListeners.add(listener);
  return () => reconnectListeners.delete(listener);
}

/** Follows the browser's `online` and `offline` events; returns the function that stops it. */
export function watchConnection(): () => void {
  const offline = () => goOffline(true);
  const online = () => {
    if (useConnection.getState().offline) backOnline();
  };
  if (navigator.onLine === false) goOffline(true);
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);
  return () => {
    window.removeEventListener('offline', offline);
    window.removeEventListener('online', online);
  };
}
