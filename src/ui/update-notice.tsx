import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';

interface UpdateState {
  readonly offlineReady: boolean;
  /** The page being read when the guide became ready offline: it is not said there. */
  readonly readyOn?: string;
  /** The next page, where it is said (once). */
  readonly saidOn?: string;
  /** A new version, installed and waiting for the person's Reload. */
  readonly waiting?: ServiceWorker;
}

const useUpdate = create<UpdateState>()(() => ({ offlineReady: false }));
let registered = false;

/** A worker that finished installing: the first one makes the guide work offline; a later one is an update. */
function whenInstalled(worker: ServiceWorker | null): void {
  if (!worker) return;
  const check = () => {
    if (worker.state !== 'installed') return;
    worker.removeEventListener('statechange', check);
    if (navigator.serviceWorker.controller) useUpdate.setState({ waiting: worker });
    else useUpdate.setState({ offlineReady: true });
  };
  worker.addEventListener('statechange', check);
  check();
}

/** The browser's own API: a library for these few lines would cost every first load its size. */
function registerOnce(): void {
  if (registered || !('serviceWorker' in navigator) || import.meta.env.DEV) return;
  registered = true;
  const base = import.meta.env.BASE_URL;
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).then(
    (registration: ServiceWorkerRegistration | undefined) => {
      // Where service workers are blocked (as a test browser may be set up), it answers with nothing.
      if (!registration) return;
      if (registration.waiting && navigator.serviceWorker.controller)
        useUpdate.setState({ waiting: registration.waiting });
      whenInstalled(registration.installing);
      registration.addEventListener('updatefound', () => whenInstalled(registration.installing));
    },
    // No service worker (private mode, blocked storage): the guide still works online.
    () => undefined,
  );
}

/** The waiting version takes over; the page reloads once it controls it (at once if another tab switched already). */
function switchToUpdate(worker: ServiceWorker): void {
  if (worker.state !== 'installed') {
    window.location.reload();
    return;
  }
  navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  worker.postMessage({ type: 'SKIP_WAITING' });
}

/**
 * Says, at the top of the page and in its flow, when the guide works offline (on the next page:
 * a notice arriving later must not move what the person is reading) and when a new version
 * waits for a reload.
 */
export function UpdateNotice({ page }: { page: string }) {
  const { t } = useTranslation();
  const { offlineReady, saidOn, waiting } = useUpdate();
  useEffect(registerOnce, []);
  useEffect(() => {
    const { readyOn, saidOn } = useUpdate.getState();
    if (!offlineReady || saidOn !== undefined) return;
    if (readyOn === undefined) useUpdate.setState({ readyOn: page });
    else if (readyOn !== page) useUpdate.setState({ saidOn: page });
  }, [page, offlineReady]);

  return (
    <>
      {offlineReady && saidOn === page && (
        <div className="notice" role="status">
          <p>{t('common.offlineReady')}</p>
          <button
            type="button"
            className="link-button"
            onClick={() => useUpdate.setState({ offlineReady: false })}
          >
            {t('common.notice.dismiss')}
          </button>
        </div>
      )}
      {waiting && (
        <div className="notice" role="status">
          <p>{t('common.updateReady')}</p>
          <button type="button" className="button" onClick={() => switchToUpdate(waiting)}>
            {t('common.reload')}
          </button>
        </div>
      )}
    </>
  );
}
