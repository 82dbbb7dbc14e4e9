import { useTranslation } from 'react-i18next';
import { type Answers, askedQuestions } from '../../domain';
import { useCopy } from '../copy';
import { PageLink } from '../page-link';

export function AnswersSummary({ answers }: { answers: Answers }) {
  const { t } = useTranslation();
  const copy = useCopy();
  return (
    <section aria-labelledby="your-answers" className="no-print">
      <h2 id="your-answers">{t('result.yourAnswers')}</h2>
      <dl className="summary-list">
        {askedQuestions(answers).map((question) => {
          const value = answers[question];
          const slugs = value === undefined ? [] : Array.isArray(value) ? value : [value as string];
          return (
            <div className="summary-row" key={question}>
              <dt>{copy.questionSummary(question)}</dt>
              <dd>
                {slugs.length === 1 ? (
                  copy.option(question, slugs[0]!)
                ) : (
                  <ul className="summary-values">
                    {slugs.map((slug) => (
                      <li key={slug}>{copy.option(question, slug)}</li>
                    ))}
                  </ul>
                )}
              </dd>
              <dd className="summary-action">
                <PageLink page={{ kind: 'question', question }} changing>
                  {t('result.change')}
                  <span className="visually-hidden">
                    {' '}
                    {t('result.changeHidden', { question: copy.questionTitle(question) })}
                  </span>
                </PageLink>
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
