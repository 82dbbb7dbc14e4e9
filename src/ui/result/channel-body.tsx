import { useTranslation } from 'react-i18next';
import {
  type CautionCode,
  type Operator,
  type RankedChannel,
  channels,
  officialSites,
} from '../../domain';
import { useCopy } from '../copy';
import { ZeroBalanceKit } from './zero-balance-kit';

interface ChannelBodyProps {
  channel: RankedChannel;
  operator: Operator | undefined;
  /** The best way's parts are under the page's heading; another way's, under its name (h3). */
  headingLevel: 'h2' | 'h4';
  /** Cautions the drawbacks above already say. */
  saidAbove?: readonly CautionCode[];
}

/** Why a channel fits, how to do it, tips and cautions: shared by the recommendation and the others. */
export function ChannelBody({
  channel,
  operator,
  headingLevel: Heading,
  saidAbove = [],
}: ChannelBodyProps) {
  const { t } = useTranslation();
  const copy = useCopy();
  const { steps, operatorSteps, tips } = channels[channel.id];
  const shownSteps = (operator && operatorSteps?.[operator]) || steps;
  // Homebank's path for any operator: the steps say it (the ways page, whose steps name no
  // operator, says it under each).
  const detail = copy.channelDetail(channel.id, operator, { general: false });
  const site = operator && officialSites[operator]?.site;
  const cautions = channel.cautions.filter((code) => !saidAbove.includes(code));
  return (
    <>
      <Heading>{t('result.whyFits')}</Heading>
      <ul className="list-check">
        {channel.reasons.map((code) => (
          <li key={code}>{copy.reason(code)}</li>
        ))}
      </ul>
      <Heading>{t('result.steps')}</Heading>
      <ol className="list-steps">
        {shownSteps.map((step) => (
          <li key={step}>{copy.channelStep(channel.id, step, operator, site)}</li>
        ))}
      </ol>
      {detail && (
        <p className="detail">
          <strong>{copy.aboutOperator('result.forOperator', operator)}</strong>
          {copy.space}
          {detail}
        </p>
      )}
      <ZeroBalanceKit
        channel={channel.id}
        operator={operator}
        headingLevel={Heading === 'h2' ? 'h3' : 'h5'}
      />
      {tips.length > 0 && (
        <>
          <Heading>{t('result.tips')}</Heading>
          <ul className="list-bullet">
            {tips.map((tip) => (
              <li key={tip}>{copy.channelTip(channel.id, tip)}</li>
            ))}
          </ul>
        </>
      )}
      {cautions.length > 0 && (
        <div className="cautions">
          <Heading>{t('result.cautionsTitle')}</Heading>
          <ul className="list-warning">
            {cautions.map((code) => (
              <li key={code}>{copy.caution(code)}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
