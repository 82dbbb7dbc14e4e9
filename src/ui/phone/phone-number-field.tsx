import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhoneCheck } from '../../domain/phone-number';
import { formatChoices } from '../../i18n';
import { useCopy } from '../copy';

interface PhoneNumberFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  /** Undefined while the check loads. */
  check: PhoneCheck | undefined;
  /** The check could not load (offline, never cached). */
  unavailable: boolean;
  showError: boolean;
  onChange(value: string): void;
  onFocus(): void;
  onBlur?(): void;
  /** Said after the operator hint, in the same live region. */
  children?: ReactNode;
}

/** A Kazakh mobile number, with its problem or, once valid, which operator its prefix suggests. */
export function PhoneNumberField(props: PhoneNumberFieldProps) {
  const { id, label, hint, value, check, unavailable, showError } = props;
  const { t } = useTranslation();
  const copy = useCopy();
  const error =
    showError && check && !check.ok ? t(`cashier.number.problems.${check.problem}`) : '';
  const operators = check?.ok ? check.operatorHint?.operators : undefined;
  const describedBy = [`${id}-hint`, error && `${id}-error`, `${id}-operator`]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={error ? 'form-group form-group-error' : 'form-group'}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="error-message">
          {error}
        </p>
      )}
      <input
        id={id}
        className="input input-phone"
        type="tel"
        inputMode="tel"
        // The browser's form history could sync the number off the device.
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => props.onChange(event.target.value)}
        onFocus={props.onFocus}
        onBlur={props.onBlur}
      />
      <div id={`${id}-operator`} aria-live="polite" className="operator-hint">
        {unavailable && <p>{t('cashier.unavailable')}</p>}
        {operators && (
          <p>
            {t('cashier.operatorHint', {
              operators: formatChoices(operators.map(copy.operatorName), copy.lang),
            })}
          </p>
        )}
        {props.children}
      </div>
    </div>
  );
}
