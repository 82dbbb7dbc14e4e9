import { type KeyboardEvent, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../domain';
import { useCopy } from '../copy';
import { PhoneNumberField } from './phone-number-field';
import { RememberNumber } from './remember-number';
import { usePhoneCheck } from './use-phone-check';
import { numberTypedBefore, useRememberedNumber } from './use-remembered-number';

/**
 * The operator a number's prefix suggests, offered beside the field as "Use …" buttons: never
 * chosen for the person, since numbers move between operators.
 */
export function OperatorFinderForm({ onUse }: { onUse(operator: Operator): void }) {
  const { t } = useTranslation();
  const copy = useCopy();
  const phone = usePhoneCheck();
  const memory = useRememberedNumber();
  const [text, setText] = useState(numberTypedBefore);
  const [touched, setTouched] = useState(false);
  const check = phone.check(text);
  const guesses = check?.ok ? (check.operatorHint?.operators ?? []) : [];
  const guessesRef = useRef<HTMLDivElement>(null);
  const guessed = guesses.join();
  // Above a phone's keyboard there is little room: the guess is brought into view when it appears.
  useEffect(() => {
    if (guessed) guessesRef.current?.scrollIntoView({ block: 'nearest' });
  }, [guessed]);

  const checkTypedBefore = useEffectEvent(() => {
    if (text) void phone.ready();
  });
  useEffect(() => checkTypedBefore(), []);

  // Enter must not submit the question around it with a guess: it says what is wrong with the
  // number, or moves to the operator it suggests.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    setTouched(true);
    guessesRef.current?.querySelector('button')?.focus();
  };

  const type = (value: string) => {
    setText(value);
    void memory.keep(phone.checkSoon(value));
  };

  return (
    <div className="operator-finder-form">
      <p>{t('cashier.finder.lead')}</p>
      <PhoneNumberField
        id="finder-number"
        label={t('cashier.number.label')}
        hint={t('cashier.number.hint')}
        value={text}
        phone={phone}
        showError={touched && text.trim() !== ''}
        onChange={type}
        onBlur={() => setTouched(true)}
        onKeyDown={onKeyDown}
      >
        {check?.ok && guesses.length === 0 && <p>{t('cashier.finder.noHint')}</p>}
        {guesses.length > 1 && <p>{t('cashier.finder.choose')}</p>}
      </PhoneNumberField>
      {guesses.length > 0 && (
        <div ref={guessesRef} className="button-group finder-guesses">
          {guesses.map((operator) => (
            <button
              key={operator}
              type="button"
              className="button button-secondary"
              onClick={() => onUse(operator)}
            >
              {t('cashier.finder.use', { operator: copy.operatorName(operator) })}
            </button>
          ))}
        </div>
      )}
      <RememberNumber
        id="finder-remember"
        memory={memory}
        checkNumber={() => phone.checkSoon(text)}
      />
    </div>
  );
}
