import { useTranslation } from 'react-i18next';
import { type Operator, operatorCodes } from '../../domain';
import { useCopy } from '../copy';
import { UsefulCodes } from './useful-codes';

const questions = [
  'howSoon',
  'failed',
  'wrongNumber',
  'limits',
  'whichOperator',
  'newSim',
  'scams',
] as const;

export function AfterQuestions({ operator }: { operator: Operator | undefined }) {
  const { t } = useTranslation();
  const copy = useCopy();
  const codes = operator ? operatorCodes[operator] : undefined;
  return (
    <section aria-labelledby="after-questions" className="no-print">
      <h2 id="after-questions">{t('result.faq.title')}</h2>
      {questions.map((id) => (
        <details className="details" key={id}>
          <summary>{t(`result.faq.${id}.q`)}</summary>
          <p>{t(`result.faq.${id}.a`)}</p>
        </details>
      ))}
      {codes && operator && (
        <details className="details">
          <summary>
            {t('result.codes.usefulTitle', { operator: copy.operatorName(operator) })}
          </summary>
          <UsefulCodes operator={operator} />
        </details>
      )}
    </section>
  );
}
