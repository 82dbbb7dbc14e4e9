import { useTranslation } from 'react-i18next';
import type { Operator, RuledOutChannel } from '../../domain';
import { useCopy } from '../copy';

export function RuledOutList({
  channels,
  operator,
}: {
  channels: readonly RuledOutChannel[];
  operator: Operator | undefined;
}) {
  const { t } = useTranslation();
  const copy = useCopy();
  if (channels.length === 0) return null;
  return (
    <section aria-labelledby="ruled-out" className="no-print">
      <h2 id="ruled-out">{t('result.ruledOutTitle')}</h2>
      <ul className="ruled-out">
        {channels.map((channel) => (
          <li key={channel.id} data-ruled-out={channel.id}>
            <strong>{copy.channelName(channel.id)}</strong>
            <ul>
              {channel.reasons.map((code) => (
                <li key={code}>{copy.ruledOut(code, operator)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
