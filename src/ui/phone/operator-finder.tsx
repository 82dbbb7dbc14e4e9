import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../domain';
import { lazyPart } from '../lazy-part';

const OperatorFinderForm = lazyPart(() =>
  import('./operator-finder-form').then((module) => module.OperatorFinderForm),
);

interface OperatorFinderProps {
  /** An operator to select, or undefined to undo an earlier pick. */
  onPick(operator: Operator | undefined): void;
}

/** "Not sure? Type your number": the prefix suggests an operator, never more than a hint. */
export function OperatorFinder({ onPick }: OperatorFinderProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="details operator-finder"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{t('cashier.finder.title')}</summary>
      {open && (
        <Suspense fallback={<p>{t('common.loading')}</p>}>
          <OperatorFinderForm onPick={onPick} />
        </Suspense>
      )}
    </details>
  );
}
