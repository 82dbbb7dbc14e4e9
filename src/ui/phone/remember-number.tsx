import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../error-message';
import type { CheckingNumber, RememberedNumber } from './use-remembered-number';

interface RememberNumberProps {
  id: string;
  memory: RememberedNumber;
  /** Checks the number in the field, to store it when the box is ticked. */
  checkNumber(): CheckingNumber;
}

export function RememberNumber({ id, memory, checkNumber }: RememberNumberProps) {
  const { t } = useTranslation();
  return (
    <div className="checkboxes remember">
      <div className="choice">
        <input
          id={id}
          type="checkbox"
          checked={memory.remembered}
          onChange={(event) => void memory.remember(event.target.checked, checkNumber)}
          aria-describedby={`${id}-hint`}
        />
        <label htmlFor={id}>{t('cashier.remember.label')}</label>
        <p id={`${id}-hint`} className="hint choice-hint">
          {t('cashier.remember.hint')}
        </p>
      </div>
      {memory.failed && <ErrorMessage role="alert">{t('cashier.remember.failed')}</ErrorMessage>}
    </div>
  );
}
