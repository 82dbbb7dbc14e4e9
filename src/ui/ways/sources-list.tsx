import { useTranslation } from 'react-i18next';
import type { FactId } from '../../domain';
import { SourceItem } from '../result/sources';

/** A part of the ways page's sources: each fact it states, with where it comes from and when read. */
export function SourcesList({ facts }: { facts: readonly FactId[] }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('ways.sourcesTitle')}</h3>
      <ul className="list-sources">
        {facts.map((fact) => (
          <SourceItem key={fact} id={fact} />
        ))}
      </ul>
    </>
  );
}
