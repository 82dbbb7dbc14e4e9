import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n';
import { useCopy } from '../copy';

type Mode = 'page' | 'fullScreen' | 'overlay';

interface CashierCardProps {
  /** `+7 701 123 45 67` */
  number: string;
  amount: number;
  /** The operator's name when the person knows it: numbers move between operators. */
  operator?: string;
}

/** Resolves once the page is out of full screen: until then the rest of the page takes no focus. */
async function exitFullScreen() {
  if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
}

/** The request in Russian and Kazakh (GLOSSARY.md), large enough to show across a counter. */
export function CashierCard({ number, amount, operator }: CashierCardProps) {
  const { t } = useTranslation();
  const { lang } = useCopy();
  const [mode, setMode] = useState<Mode>('page');
  const cardRef = useRef<HTMLDivElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  // Kazakh groups digits as Russian does ("5 000"): one amount for both.
  const localAmount = formatNumber(amount, 'ru');

  const enterFullScreen = async () => {
    const card = cardRef.current;
    if (card && document.fullscreenEnabled && typeof card.requestFullscreen === 'function') {
      try {
        await card.requestFullscreen();
        setMode('fullScreen');
        return;
      } catch {
        // Some browsers refuse full screen (iframes, iOS Safari): the overlay does the same job.
      }
    }
    setMode('overlay');
  };

  const close = async () => {
    await exitFullScreen();
    setMode('page');
  };

  useEffect(() => {
    if (mode === 'page') return;
    const opener = openRef.current;
    closeRef.current?.focus();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        void close();
      } else if (event.key === 'Tab') {
        event.preventDefault();
        closeRef.current?.focus();
      }
    };
    const onFullScreenChange = () => {
      if (!document.fullscreenElement) setMode('page');
    };
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('fullscreenchange', onFullScreenChange);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('fullscreenchange', onFullScreenChange);
      opener?.focus();
    };
  }, [mode]);

  const onPage = mode === 'page';
  const className = {
    page: 'cashier-card',
    fullScreen: 'cashier-card cashier-card-full',
    overlay: 'cashier-card cashier-card-full cashier-card-overlay',
  }[mode];
  return (
    <>
      <div
        ref={cardRef}
        className={className}
        role={onPage ? 'region' : 'dialog'}
        aria-modal={onPage ? undefined : true}
        aria-label={t('cashier.cardLabel')}
        tabIndex={-1}
      >
        <div lang="ru" className="cashier-lines">
          <p className="cashier-request">{t('cashier.card.ru.request')}</p>
          <p className="cashier-number">{number}</p>
          {operator && <p>{t('cashier.card.ru.operator', { operator })}</p>}
          <p className="cashier-amount">{t('cashier.card.ru.amount', { amount: localAmount })}</p>
          <p>{t('cashier.card.ru.receipt')}</p>
          <p>{t('cashier.card.ru.thanks')}</p>
        </div>
        <div lang="kk" className="cashier-lines">
          <p className="cashier-request">{t('cashier.card.kk.request')}</p>
          <p className="cashier-number">{number}</p>
          {operator && <p>{t('cashier.card.kk.operator', { operator })}</p>}
          <p className="cashier-amount">{t('cashier.card.kk.amount', { amount: localAmount })}</p>
          <p>{t('cashier.card.kk.receipt')}</p>
          <p>{t('cashier.card.kk.thanks')}</p>
        </div>
        {lang !== 'ru' && (
          <p lang={lang} className="cashier-reader">
            {operator
              ? t('cashier.reader.requestWithOperator', {
                  number,
                  amount: formatNumber(amount, lang),
                  operator,
                })
              : t('cashier.reader.request', { number, amount: formatNumber(amount, lang) })}
          </p>
        )}
        {!onPage && (
          <button
            ref={closeRef}
            type="button"
            className="button button-secondary"
            onClick={() => void close()}
          >
            {t('cashier.close')}
          </button>
        )}
      </div>
      <p className="hint">{t('cashier.reader.note')}</p>
      <button
        ref={openRef}
        type="button"
        className="button button-secondary"
        onClick={() => void enterFullScreen()}
      >
        {t('cashier.fullScreen')}
      </button>
    </>
  );
}
