import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatChoices } from '../../i18n';
import { useCopy } from '../copy';
import { TextField } from '../text-field';
import type { PhoneChecker } from './use-phone-check';

interface PhoneNumberFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  /** Loaded when the field is first focused; it may fail to load (offline, never cached). */
  phone: PhoneChecker;
  showError: boolean;
  onChange(value: string): void;
  onBlur?(): void;
  onKeyDown?(event: KeyboardEvent<HTMLInputElement>): void;
  /** Said after the operator hint, in the same live region. */
  children?: ReactNode;
}

/** A Kazakh mobile number, with its problem or, once valid, which operator its prefix suggests. */
export function PhoneNumberField(props: PhoneNumberFieldProps) {
  const { id, label, hint, value, phone, showError } = props;
  const check = phone.check(value);
  const { t } = useTranslation();
  const copy = useCopy();
  const error =
    showError && check && !check.ok ? t(`cashier.number.problems.${check.problem}`) : '';
  const operators = check?.ok ? check.operatorHint?.operators : undefined;
  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      error={error}
      describedBy={`${id}-operator`}
      after={
        <div id={`${id}-operator`} aria-live="polite" className="operator-hint">
          {phone.failed && <p>{t('cashier.unavailable')}</p>}
          {operators && (
            <p>
              {t('cashier.operatorHint', {
                operators: formatChoices(operators.map(copy.operatorName), copy.lang),
              })}
            </p>
          )}
          {props.children}
        </div>
      }
    >
      {(describedBy) => (
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
          onFocus={() => void phone.ready()}
          onBlur={props.onBlur}
          onKeyDown={props.onKeyDown}
        />
      )}
    </TextField>
  );
}
