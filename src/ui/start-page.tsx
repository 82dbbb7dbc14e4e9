import { useTranslation } from 'react-i18next';
import { useGuide } from '../state';
import { PageHeading } from './page-heading';

export function StartPage() {
  const { t } = useTranslation();
  const start = useGuide((s) => s.start);
  return (
    <>
      <PageHeading title={t('common.start.title')} />
      <p className="lead">{t('common.start.lead')}</p>
      <p>{t('common.start.time')}</p>
      <p>{t('common.start.youGet')}</p>
      <ul className="list-bullet">
        <li>{t('common.start.list.way')}</li>
        <li>{t('common.start.list.others')}</li>
        <li>{t('common.start.list.card')}</li>
      </ul>
      <button type="button" className="button button-start" onClick={start}>
        {t('common.nav.start')}
        <svg aria-hidden="true" focusable="false" width="17" height="19" viewBox="0 0 33 40">
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      </button>
      <p className="hint">{t('common.start.privacy')}</p>
    </>
  );
}
