import { useTranslation } from 'react-i18next';
import type { RememberedNumber } from './use-remembered-number';

interface RememberNumberProps {
  id: string;
  memory: RememberedNumber;
  /** The number to store when the box is ticked, if the one typed is valid. */
  e164: string | undefined;
}

export function RememberNumber({ id, memory, e164 }: RememberNumberProps) {
  const { t } = useTranslation();
  return (
    <div className="checkboxes remember">
      <div className="choice">
        <input
          id={id}
          type="checkbox"
          checked={memory.remembered}
          onChange={(event) => memory.remember(event.target.checked, e164)}
          aria-describedby={`${id}-hint`}
        />
        <label htmlFor={id}>{t('cashier.remember.label')}</label>
        <p id={`${id}-hint`} className="hint choice-hint">
          {t('cashier.remember.hint')}
        </p>
      </div>
      {memory.failed && (
        <p className="error-message" role="alert">
          {t('cashier.remember.failed')}
        </p>
      )}
    </div>
  );
}
