import { useTranslation } from 'react-i18next';
import { type FactId, facts } from '../../domain';
import { formatDate } from '../../i18n';
import { useCopy } from '../copy';

/** One fact: its name, where it comes from, how sure the source is, and the day it was read. */
export function SourceItem({ id, className }: { id: FactId; className?: string | undefined }) {
  const { t } = useTranslation();
  const copy = useCopy();
  const fact = facts[id];
  return (
    <li className={className}>
      {t('result.sources.name', { name: copy.fact(id) })}
      {copy.space}
      {fact.source !== undefined && (
        <a href={fact.source} rel="noopener noreferrer" target="_blank">
          {fact.source.replace(/^https:\/\//, '')}
        </a>
      )}
      {fact.ref !== undefined && `${copy.space}${t('result.sources.note', { note: fact.ref })}`}
      {fact.described &&
        (fact.source
          ? `${copy.space}${t('result.sources.note', { note: copy.factNote(id) })}`
          : copy.factNote(id))}
      {t('result.sources.separator')}
      {fact.confidence === 'C' ? t('result.sources.confirmed') : t('result.sources.weak')}
      {t('result.sources.separator')}
      {t('result.sources.read', { date: formatDate(fact.read, copy.lang) })}
    </li>
  );
}

/** `printed`: the facts what prints rests on; a printed page lists only their sources. */
export function Sources({
  used,
  printed,
}: {
  used: readonly FactId[];
  printed: readonly FactId[];
}) {
  const { t } = useTranslation();
  return (
    <details className={printed.length > 0 ? 'details sources' : 'details sources no-print'}>
      <summary>{t('result.sources.title')}</summary>
      <p>{t('result.sources.lead')}</p>
      <ul className="list-sources">
        {used.map((id) => (
          <SourceItem key={id} id={id} className={printed.includes(id) ? undefined : 'no-print'} />
        ))}
      </ul>
    </details>
  );
}
