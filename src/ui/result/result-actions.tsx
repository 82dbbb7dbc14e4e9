import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linkToThisPage } from '../../state';
import { lazyPart } from '../lazy-part';

const QrCode = lazyPart(
  () => import('./qr-code'),
  (module) => module.QrCode,
);

type CopyState = 'idle' | 'copied' | 'failed';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export function ResultActions() {
  const { t } = useTranslation();
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const [copies, setCopies] = useState(0);
  const [showQr, setShowQr] = useState(false);
  const link = linkToThisPage();
  const canShare = typeof navigator.share === 'function';
  // The QR code moves the result to a phone: offered on a computer (a mouse or touchpad leads),
  // which may share natively too, and wherever there is no native sharing.
  const onComputer = window.matchMedia?.('(pointer: fine)').matches ?? false;
  // Where the clipboard refuses (and an app on the home screen shows no address bar), the link
  // itself, selected, to copy by hand (again at each try).
  const linkField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (copyState !== 'failed') return;
    linkField.current?.focus();
    linkField.current?.select();
  }, [copyState, copies]);

  const copy = async () => {
    setCopyState((await copyText(linkToThisPage())) ? 'copied' : 'failed');
    setCopies((count) => count + 1);
  };
  const share = async () => {
    try {
      await navigator.share({ title: t('result.actions.shareTitle'), url: linkToThisPage() });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return;
      await copy();
    }
  };

  return (
    <section aria-labelledby="result-actions" className="result-actions no-print">
      <h2 id="result-actions">{t('result.actions.title')}</h2>
      <div className="button-group">
        {canShare && (
          <button type="button" className="button button-secondary" onClick={share}>
            {t('result.actions.share')}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={copy}>
          {t('result.actions.copyLink')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('result.actions.print')}
        </button>
      </div>
      <p role="status" className="copy-status">
        {copyState === 'copied' && t('result.actions.copied')}
        {copyState === 'failed' && t('result.actions.copyFailed')}
      </p>
      {copyState === 'failed' && (
        <input
          ref={linkField}
          className="input"
          readOnly
          value={link}
          aria-label={t('result.actions.linkLabel')}
          dir="ltr"
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
      {(onComputer || !canShare) && (
        <details className="details" onToggle={(event) => setShowQr(event.currentTarget.open)}>
          <summary>{t('result.actions.qrTitle')}</summary>
          <p className="hint">{t('result.actions.qrHint')}</p>
          {showQr && <QrCode text={link} label={t('result.actions.qrTitle')} />}
        </details>
      )}
    </section>
  );
}
