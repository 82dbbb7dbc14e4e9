import { useLayoutEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type Answers, factIds, recommend } from '../../domain';
import { linkToThisPage, useGuide } from '../../state';
import { BackLink } from '../back-link';
import { useOutcome } from '../outcome';
import { forgetCardMade } from '../cashier/card-made';
import { CashierSection, offersCashierCard } from '../cashier/cashier-section';
import { PageHeading } from '../page-heading';
import { AfterQuestions } from './after-questions';
import { AnswersSummary } from './answers-summary';
import { BestWay } from './best-way';
import { FindOperator } from './find-operator';
import { GuidanceList } from './guidance-list';
import { OtherWays } from './other-ways';
import { ResultActions } from './result-actions';
import { RuledOutList } from './ruled-out-list';
import { Sources } from './sources';

export interface ResultPageProps {
  answers: Answers;
}

export function ResultPage({ answers }: ResultPageProps) {
  const { t } = useTranslation();
  const result = useMemo(() => recommend(answers), [answers]);
  // Before the page paints: `<main data-outcome>` says what kind of result it is.
  useLayoutEffect(() => {
    useOutcome.setState({ outcome: result.outcome });
    return () => useOutcome.setState({ outcome: undefined });
  }, [result.outcome]);
  const startAgain = useGuide((s) => s.startAgain);
  const { best, outcome, guidance } = result;
  const { operator } = answers;
  const others = result.recommended.filter((channel) => channel !== best);
  const mightWork = result.mightWork.filter((channel) => channel !== best);
  const waysOut = guidance.filter(({ code }) => code !== 'findOperator');

  return (
    <>
      <BackLink />
      <PageHeading
        title={best ? t(`result.headings.${best.id}`) : t('result.nothingFits.title')}
        caption={best && (outcome === 'weak' ? t('result.mayWork') : t('result.recommended'))}
        captionInTitle={outcome === 'weak'}
      />
      {guidance.some(({ code }) => code === 'findOperator') && <FindOperator />}
      {best ? (
        <BestWay channel={best} result={result} operator={operator}>
          {outcome === 'weak' && (
            <GuidanceList
              title={t('result.weak.guidanceTitle')}
              guidance={waysOut}
              operator={operator}
            />
          )}
        </BestWay>
      ) : (
        <div className="nothing-fits">
          <GuidanceList
            lead={t('result.nothingFits.lead')}
            guidance={waysOut}
            operator={operator}
          />
        </div>
      )}
      <OtherWays id="other-ways" title={t('result.others')} channels={others} operator={operator} />
      <OtherWays
        id="might-work"
        title={t('result.mightWork.title')}
        lead={t('result.mightWork.lead')}
        channels={mightWork}
        operator={operator}
      />
      {offersCashierCard(answers) && (
        <CashierSection recommended={[...result.recommended, ...result.mightWork]} />
      )}
      <RuledOutList channels={result.ruledOut} operator={operator} />
      <aside className="notice stay-safe no-print" aria-labelledby="stay-safe">
        <h2 id="stay-safe">{t('result.staySafe.title')}</h2>
        <p>{t('result.staySafe.text')}</p>
      </aside>
      <AnswersSummary answers={answers} />
      <button
        type="button"
        className="button button-secondary"
        onClick={() => {
          forgetCardMade();
          startAgain();
        }}
      >
        {t('common.nav.startAgain')}
      </button>
      <AfterQuestions operator={operator} />
      <ResultActions />
      <Sources
        used={factIds}
        printed={[...(best?.facts ?? []), ...guidance.flatMap(({ facts }) => facts)]}
      />
      {/* On paper there is no Copy link: the address itself, to type or photograph. */}
      <p className="print-only">
        {t('result.actions.printedLink')}
        <br />
        <span dir="ltr">{linkToThisPage()}</span>
      </p>
    </>
  );
}
