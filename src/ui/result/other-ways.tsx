import { useTranslation } from 'react-i18next';
import type { Operator, RankedChannel } from '../../domain';
import { useCopy } from '../copy';
import { ChannelBody } from './channel-body';
import { ChecksFirst } from './checks-first';

interface OtherWaysProps {
  id: string;
  title: string;
  lead?: string;
  channels: readonly RankedChannel[];
  operator: Operator | undefined;
}

/**
 * Ways after the first, each folded to its name and summary; a doubt shows on the summary line.
 * The name is a heading (HTML allows one in a summary), so the parts of each way are found under it.
 */
export function OtherWays({ id, title, lead, channels, operator }: OtherWaysProps) {
  const { t } = useTranslation();
  const copy = useCopy();
  if (channels.length === 0) return null;
  return (
    <section aria-labelledby={id} className="no-print">
      <h2 id={id}>{title}</h2>
      {lead && <p>{lead}</p>}
      {channels.map((channel) => (
        <details className="details channel" data-channel={channel.id} key={channel.id}>
          <summary>
            <h3 className="channel-name">{copy.channelName(channel.id)}</h3>
            <span className="channel-summary">{copy.channelSummary(channel.id)}</span>
            {channel.certainty === 'weak' && (
              <span className="tag tag-weak">{t('result.codes.unconfirmed')}</span>
            )}
          </summary>
          <ChecksFirst channel={channel} operator={operator} />
          <ChannelBody channel={channel} operator={operator} headingLevel="h4" />
        </details>
      ))}
    </section>
  );
}
