import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { registerSW } from 'virtual:pwa-register';
import { create } from 'zustand';

interface UpdateState {
  readonly shown: 'none' | 'offlineReady' | 'updateReady';
  readonly reload?: () => Promise<void>;
}

const useUpdate = create<UpdateState>()(() => ({ shown: 'none' }));

function registerOnce(): void {
  if (useUpdate.getState().reload || !('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const reload = registerSW({
    onOfflineReady: () => useUpdate.setState({ shown: 'offlineReady' }),
    onNeedRefresh: () => useUpdate.setState({ shown: 'updateReady' }),
    // No service worker (private mode, blocked storage): the guide still works online.
    onRegisterError: () => undefined,
  });
  useUpdate.setState({ reload });
}

/** Says when the guide works offline, and when a new version waits for a reload. */
export function UpdateNotice() {
  const { t } = useTranslation();
  const shown = useUpdate((s) => s.shown);
  const reload = useUpdate((s) => s.reload);
  useEffect(registerOnce, []);

  return (
    <div className="notices update-notice" aria-live="polite">
      {shown === 'offlineReady' && (
        <div className="notice" role="status">
          <p>{t('common.offlineReady')}</p>
          <button
            type="button"
            className="link-button"
            onClick={() => useUpdate.setState({ shown: 'none' })}
          >
            {t('common.notice.dismiss')}
          </button>
        </div>
      )}
      {shown === 'updateReady' && (
        <div className="notice" role="status">
          <p>{t('common.updateReady')}</p>
          <button type="button" className="button" onClick={() => void reload?.()}>
            {t('common.reload')}
          </button>
        </div>
      )}
    </div>
  );
}
