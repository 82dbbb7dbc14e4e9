import { useTranslation } from 'react-i18next';
import type { Operator, RankedChannel } from '../../domain';
import { useCopy } from '../copy';

/** What to check before relying on a way we could not confirm: beside its summary, never folded away. */
export function ChecksFirst({
  channel,
  operator,
}: {
  channel: Pick<RankedChannel, 'checks'>;
  operator: Operator | undefined;
}) {
  const { t } = useTranslation();
  const copy = useCopy();
  if (channel.checks.length === 0) return null;
  return (
    <div className="checks-first">
      <p className="tag tag-weak">{t('result.checkFirst')}</p>
      <ul className="list-bullet">
        {channel.checks.map((code) => (
          <li key={code}>{copy.check(code, operator)}</li>
        ))}
      </ul>
    </div>
  );
}
