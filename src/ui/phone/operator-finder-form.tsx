import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../domain';
import type { PhoneCheck } from '../../domain/phone-number';
import { PhoneNumberField } from './phone-number-field';
import { RememberNumber } from './remember-number';
import { usePhoneCheck } from './use-phone-check';
import { rememberedText, useRememberedNumber } from './use-remembered-number';

/** Only a single-brand prefix is picked: Kcell and activ share theirs. */
function singleOperator(check: PhoneCheck): Operator | undefined {
  const operators = check.ok ? check.operatorHint?.operators : undefined;
  return operators?.length === 1 ? operators[0] : undefined;
}

export function OperatorFinderForm({ onPick }: { onPick(operator: Operator | undefined): void }) {
  const { t } = useTranslation();
  const phone = usePhoneCheck();
  const memory = useRememberedNumber();
  const [text, setText] = useState(rememberedText);
  const [touched, setTouched] = useState(false);
  const picked = useRef<Operator | undefined>(undefined);
  const check = phone.check(text);

  /** Picks what a valid number suggests, and undoes its own earlier pick when it suggests none. */
  const follow = (next: PhoneCheck | undefined) => {
    if (!next?.ok) return;
    const operator = singleOperator(next);
    if (operator) onPick(operator);
    else if (picked.current) onPick(undefined);
    picked.current = operator;
  };

  const checkRemembered = useEffectEvent(() => {
    if (text) void phone.checkSoon(text).then(follow);
  });
  useEffect(() => checkRemembered(), []);

  const type = async (value: string) => {
    setText(value);
    const next = await phone.checkSoon(value);
    memory.keep(next?.ok ? next.e164 : undefined);
    follow(next);
  };

  const operators = check?.ok ? check.operatorHint?.operators : undefined;
  const advice = !check?.ok
    ? undefined
    : !operators
      ? t('cashier.finder.noHint')
      : operators.length === 1
        ? t('cashier.finder.picked')
        : t('cashier.finder.choose');

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
        onChange={(value) => void type(value)}
        onBlur={() => setTouched(true)}
      >
        {advice && <p>{advice}</p>}
      </PhoneNumberField>
      <RememberNumber
        id="finder-remember"
        memory={memory}
        e164={check?.ok ? check.e164 : undefined}
      />
    </div>
  );
}
