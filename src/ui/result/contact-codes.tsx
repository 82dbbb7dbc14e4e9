import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type UssdCode, payForMeReaches } from '../../domain';
import { PhoneNumberField } from '../phone/phone-number-field';
import { usePhoneCheck } from '../phone/use-phone-check';
import { CodeList } from './code-list';

/** Codes that name a contact: the number typed here fills them in and is never kept. */
export function ContactCodes({ codes }: { codes: readonly UssdCode[] }) {
  const { t } = useTranslation();
  const phone = usePhoneCheck();
  const [text, setText] = useState('');
  const [touched, setTouched] = useState(false);
  const check = phone.check(text);
  // The prefix is only a hint (numbers move between operators), so it is said as one.
  const hinted = check?.ok ? check.operatorHint?.operators : undefined;
  const reachable = codes.some(({ action }) => action === 'payForMe') ? payForMeReaches : undefined;
  const elsewhere = reachable && hinted && !hinted.some((operator) => reachable.includes(operator));
  return (
    <>
      <PhoneNumberField
        id="contact-number"
        label={t('result.codes.contactNumber')}
        hint={t('result.codes.contactNumberHint')}
        value={text}
        phone={phone}
        showError={touched && text.trim() !== ''}
        onChange={setText}
        onBlur={() => setTouched(true)}
      >
        {elsewhere && <p>{t('result.codes.payForMeOtherOperator')}</p>}
      </PhoneNumberField>
      <CodeList codes={codes} contactNumber={check?.ok ? check.e164 : undefined} />
      <p className="hint">{t('cashier.contact.format')}</p>
    </>
  );
}
