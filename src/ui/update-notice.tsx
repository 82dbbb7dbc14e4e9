import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { registerSW } from 'virtual:pwa-register';
import { create } from 'zustand';

interface UpdateState {
  readonly offlineReady: boolean;
  /** The page being read when the guide became ready offline: it is not said there. */
  readonly readyOn?: string;
  /** The next page, where it is said (once). */
  readonly saidOn?: string;
  readonly updateReady: boolean;
  readonly reload?: () => Promise<void>;
}

const useUpdate = create<UpdateState>()(() => ({ offlineReady: false, updateReady: false }));

function registerOnce(): void {
  if (useUpdate.getState().reload || !('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const reload = registerSW({
    onOfflineReady: () => useUpdate.setState({ offlineReady: true }),
    onNeedRefresh: () => useUpdate.setState({ updateReady: true }),
    // No service worker (private mode, blocked storage): the guide still works online.
    onRegisterError: () => undefined,
  });
  useUpdate.setState({ reload });
}

/**
 * Says, at the top of the page and in its flow, when the guide works offline (on the next page:
 * a notice arriving later must not move what the person is reading) and when a new version
 * waits for a reload.
 */
export function UpdateNotice({ page }: { page: string }) {
  const { t } = useTranslation();
  const { offlineReady, saidOn, updateReady, reload } = useUpdate();
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
      {updateReady && (
        <div className="notice" role="status">
          <p>{t('common.updateReady')}</p>
          <button type="button" className="button" onClick={() => void reload?.()}>
            {t('common.reload')}
          </button>
        </div>
      )}
    </>
  );
}
