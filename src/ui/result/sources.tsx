import { useTranslation } from 'react-i18next';
import { type FactId, facts } from '../../domain';
import { formatDate } from '../../i18n';
import { useCopy } from '../copy';

export function Sources({ used }: { used: readonly FactId[] }) {
  const { t } = useTranslation();
  const copy = useCopy();
  return (
    <details className="details sources">
      <summary>{t('result.sources.title')}</summary>
      <p>{t('result.sources.lead')}</p>
      <ul className="list-sources">
        {used.map((id) => {
          const fact = facts[id];
          return (
            <li key={id}>
              {copy.fact(id)}:{' '}
              <a href={fact.source} rel="noopener noreferrer" target="_blank">
                {fact.source.replace(/^https:\/\//, '')}
              </a>
              {'ref' in fact && ` (${fact.ref})`}
              {' · '}
              {fact.confidence === 'C' ? t('result.sources.confirmed') : t('result.sources.weak')}
              {' · '}
              {t('result.sources.checked', { date: formatDate(fact.checked, copy.lang) })}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
