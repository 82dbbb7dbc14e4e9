import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useGuide } from '../../state';
import { lazyPart } from '../lazy-part';
import { focusPageHeading } from '../page-heading';

/**
 * Loaded from here, not through the question page's finder: a result that knows its operator
 * fetches nothing for it.
 */
const OperatorFinderForm = lazyPart(
  () => import('../phone/operator-finder-form'),
  (module) => module.OperatorFinderForm,
);

/** With "I don't know" as the operator, the result starts with finding it; the answer goes into the address. */
export function FindOperator() {
  const { t } = useTranslation();
  const answer = useGuide((s) => s.answer);
  return (
    <section className="find-operator" data-guidance="findOperator" aria-labelledby="find-operator">
      <h2 id="find-operator">{t('result.guidance.findOperator.title')}</h2>
      <p>{t('result.guidance.findOperator.lead')}</p>
      <OperatorFinderForm
        onUse={(operator) => {
          // Committed at once, so that focus lands on the new heading and it is what is read.
          flushSync(() => answer('operator', operator));
          // The advice now fits the operator: the person reads it again from its heading.
          focusPageHeading(document.getElementById('main'));
        }}
      />
    </section>
  );
}
