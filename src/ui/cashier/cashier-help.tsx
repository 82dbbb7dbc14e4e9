import { type FormEvent, type RefObject, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { displayNumber, maxCardAmount, parseTopUpAmount } from '../../domain';
import { formatNumber } from '../../i18n';
import { useGuide } from '../../state';
import { useCopy } from '../copy';
import { PhoneNumberField } from '../phone/phone-number-field';
import { TextField } from '../text-field';
import { RememberNumber } from '../phone/remember-number';
import { usePhoneCheck } from '../phone/use-phone-check';
import {
  numberTypedBefore,
  useRememberedNumber,
  useTypedNumber,
} from '../phone/use-remembered-number';
import { useCardMade } from './card-made';
import { CashierCard } from './cashier-card';

const numberId = 'cashier-number';
const amountId = 'cashier-amount';

/** The number and amount, typed on the device only; the card once both are valid. */
export function CashierHelp() {
  const { t } = useTranslation();
  const { lang, operatorName } = useCopy();
  const operator = useGuide((s) => s.answers.operator);
  const phone = usePhoneCheck();
  const memory = useRememberedNumber();
  const [numberText, setNumberText] = useState(numberTypedBefore);
  const [amountText, setAmountText] = useState(() => useCardMade.getState().amountText);
  const [submitted, setSubmitted] = useState(() => useCardMade.getState().shown);
  const summaryRef = useRef<HTMLDivElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const number = phone.check(numberText);
  const amount = parseTopUpAmount(amountText);

  const checkRemembered = useEffectEvent(() => {
    if (numberText) void phone.ready();
  });
  useEffect(() => checkRemembered(), []);

  // A number typed elsewhere on the page (the operator finder) fills this field while it is
  // empty or still holds what was filled in: a corrected number there corrects it here too.
  const filledIn = useRef<string | undefined>(undefined);
  const fillIn = useEffectEvent((e164: string) => {
    if (numberText.trim() && numberText !== filledIn.current) return;
    const text = displayNumber(e164) ?? '';
    filledIn.current = text;
    setNumberText(text);
    void phone.ready();
  });
  useEffect(
    () =>
      useTypedNumber.subscribe(({ e164 }) => {
        if (e164) fillIn(e164);
      }),
    [],
  );

  const amountError =
    submitted && !amount.ok
      ? t(`cashier.amount.problems.${amount.problem}`, {
          max: formatNumber(maxCardAmount, lang),
        })
      : '';
  const errors = [
    submitted &&
      number &&
      !number.ok && { id: numberId, text: t(`cashier.number.problems.${number.problem}`) },
    amountError && { id: amountId, text: amountError },
  ].filter((error) => error !== false && error !== '' && error !== undefined);

  const typeNumber = (text: string) => {
    filledIn.current = undefined;
    setNumberText(text);
    useCardMade.setState({ shown: false });
    void memory.keep(phone.checkSoon(text));
  };

  // The card or the error summary takes focus once it is on the page (the check that makes it
  // may still be rendering when the submit's wait ends), unless the person has moved on meanwhile.
  const focusWhenShown = useRef<{
    target: RefObject<HTMLDivElement | null>;
    submitter: Element | null;
  }>(undefined);
  const focusIfShown = () => {
    const pending = focusWhenShown.current;
    const shown = pending?.target.current?.querySelector<HTMLElement>('[tabindex]');
    if (!pending || !shown) return;
    focusWhenShown.current = undefined;
    if (document.activeElement === pending.submitter) shown.focus();
  };
  useEffect(focusIfShown);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    const submitter = document.activeElement;
    const checked = await phone.checkSoon(numberText);
    const made = Boolean(checked?.ok && amount.ok);
    // Only a card made comes back after a Change, never a form's errors.
    useCardMade.setState({ shown: made });
    focusWhenShown.current = { target: made ? cardRef : summaryRef, submitter };
    focusIfShown();
  };

  return (
    <>
      <form onSubmit={(event) => void submit(event)} noValidate className="cashier-form">
        <div ref={summaryRef}>
          {errors.length > 0 && (
            <div
              className="error-summary"
              tabIndex={-1}
              role="alert"
              aria-labelledby="cashier-errors-title"
            >
              <h3 id="cashier-errors-title">{t('common.errors.summaryTitle')}</h3>
              <ul>
                {errors.map((error) => (
                  <li key={error.id}>
                    <a href={`#${error.id}`}>{error.text}</a>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        <PhoneNumberField
          id={numberId}
          label={t('cashier.number.label')}
          hint={t('cashier.number.hint')}
          value={numberText}
          phone={phone}
          showError={submitted}
          onChange={typeNumber}
        />
        <RememberNumber
          id="cashier-remember"
          memory={memory}
          checkNumber={() => phone.checkSoon(numberText)}
        />
        <TextField
          id={amountId}
          label={t('cashier.amount.label')}
          hint={t('cashier.amount.hint')}
          error={amountError}
        >
          {(describedBy) => (
            <input
              id={amountId}
              className="input input-amount"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={amountText}
              aria-invalid={amountError ? true : undefined}
              aria-describedby={describedBy}
              onChange={(event) => {
                setAmountText(event.target.value);
                useCardMade.setState({ amountText: event.target.value, shown: false });
              }}
            />
          )}
        </TextField>
        <button type="submit" className="button">
          {t('cashier.show')}
        </button>
      </form>
      <div ref={cardRef}>
        {submitted && number?.ok && amount.ok && (
          <CashierCard
            number={number.display}
            amount={amount.amount}
            {...(operator && operator !== 'unknown' ? { operator: operatorName(operator) } : {})}
          />
        )}
      </div>
    </>
  );
}
