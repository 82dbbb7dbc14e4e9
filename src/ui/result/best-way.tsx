import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type Operator,
  type RankedChannel,
  type Recommendation,
  cautionsSaidBy,
} from '../../domain';
import { useCopy } from '../copy';
import { ChannelBody } from './channel-body';
import { ChecksFirst } from './checks-first';

interface BestWayProps {
  channel: RankedChannel;
  result: Recommendation;
  operator: Operator | undefined;
  /** The ways out, shown beside a way that may not work. */
  children?: ReactNode;
}

/** The way the page leads with (its heading is the page's): "recommended" only when it is a good fit on confirmed facts. */
export function BestWay({ channel, result, operator, children }: BestWayProps) {
  const { t } = useTranslation();
  const copy = useCopy();
  const weak = result.outcome === 'weak';
  // How sure we are is said once, by the checks beside the summary; the rest are said here.
  const drawbacks = result.drawbacks.filter(
    (code) => channel.checks.length === 0 || (code !== 'weakSource' && code !== 'notConfirmed'),
  );
  return (
    <section
      className={weak ? 'recommendation recommendation-weak' : 'recommendation'}
      data-channel={channel.id}
      aria-label={copy.channelName(channel.id)}
    >
      <p className="lead">{copy.channelSummary(channel.id)}</p>
      <ChecksFirst channel={channel} operator={operator} />
      {weak && drawbacks.length > 0 && (
        <div className="drawbacks">
          <p>
            <strong>{t('result.weak.lead')}</strong>
          </p>
          <ul className="list-bullet">
            {drawbacks.map((code) => (
              <li key={code}>{copy.drawback(code)}</li>
            ))}
          </ul>
        </div>
      )}
      {children}
      <ChannelBody
        channel={channel}
        operator={operator}
        headingLevel="h2"
        saidAbove={weak ? cautionsSaidBy(drawbacks) : []}
      />
    </section>
  );
}
