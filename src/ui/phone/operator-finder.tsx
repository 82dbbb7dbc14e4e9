import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../domain';
import { lazyPart } from '../lazy-part';

export const OperatorFinderForm = lazyPart(
  () => import('./operator-finder-form'),
  (module) => module.OperatorFinderForm,
);

/** "Not sure? Type your number", folded away under the operator question. */
export function OperatorFinder({ onUse }: { onUse(operator: Operator): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details
      className="details operator-finder"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>{t('cashier.finder.title')}</summary>
      {open && <OperatorFinderForm onUse={onUse} />}
    </details>
  );
}
