import { useTranslation } from 'react-i18next';
import { type Answers, factIds, recommend } from '../../domain';
import { useGuide } from '../../state';
import { BackLink } from '../back-link';
import { useCopy } from '../copy';
import { CashierSection } from '../cashier/cashier-section';
import { PageHeading } from '../page-heading';
import { AfterQuestions } from './after-questions';
import { AnswersSummary } from './answers-summary';
import { ChannelBody } from './channel-body';
import { ResultActions } from './result-actions';
import { RuledOutList } from './ruled-out-list';
import { Sources } from './sources';

export function ResultPage({ answers }: { answers: Answers }) {
  const { t } = useTranslation();
  const copy = useCopy();
  const startAgain = useGuide((s) => s.startAgain);
  const result = recommend(answers);
  const [top, ...others] = result.recommended;
  const { operator } = answers;

  return (
    <>
      <BackLink />
      <PageHeading title={t('result.basedOnAnswers')} />
      {top ? (
        <section
          className="recommendation"
          data-channel={top.id}
          aria-labelledby="recommended-name"
        >
          <p className="tag tag-recommended">{t('result.recommended')}</p>
          <h2 id="recommended-name">{copy.channelName(top.id)}</h2>
          <p className="lead">{copy.channelSummary(top.id)}</p>
          <ChannelBody channel={top} operator={operator} headingLevel="h3" />
        </section>
      ) : (
        <section className="nothing-fits" aria-labelledby="nothing-fits">
          <h2 id="nothing-fits">{t('result.nothingFits.title')}</h2>
          <p>{t('result.nothingFits.lead')}</p>
          <ul className="list-bullet">
            {result.guidance.map((code) => (
              <li key={code}>{copy.guidance(code)}</li>
            ))}
          </ul>
        </section>
      )}
      {others.length > 0 && (
        <section aria-labelledby="other-ways">
          <h2 id="other-ways">{t('result.others')}</h2>
          {others.map((channel) => (
            <details className="details channel" data-channel={channel.id} key={channel.id}>
              <summary>
                <span className="channel-name">{copy.channelName(channel.id)}</span>
                <span className="channel-summary">{copy.channelSummary(channel.id)}</span>
              </summary>
              <ChannelBody channel={channel} operator={operator} headingLevel="h4" />
            </details>
          ))}
        </section>
      )}
      <CashierSection recommended={result.recommended} />
      <RuledOutList channels={result.ruledOut} operator={operator} />
      <AnswersSummary answers={answers} />
      <button type="button" className="button button-secondary" onClick={startAgain}>
        {t('common.nav.startAgain')}
      </button>
      <AfterQuestions operator={operator} />
      <ResultActions />
      <Sources used={factIds} />
    </>
  );
}
