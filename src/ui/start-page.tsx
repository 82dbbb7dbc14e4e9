import { useTranslation } from 'react-i18next';
import { PageHeading } from './page-heading';
import { PageLink } from './page-link';
import { StartLink } from './start-link';

export function StartPage() {
  const { t } = useTranslation();
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
      <StartLink label={t('common.nav.start')} />
      <p className="hint">{t('common.start.privacy')}</p>
      <p>{t('common.start.anySim')}</p>
      <p>
        <PageLink page={{ kind: 'ways' }}>{t('common.start.waysLink')}</PageLink>
      </p>
    </>
  );
}
