import { useTranslation } from 'react-i18next';
import { type ChannelId, type Operator, contactCodes, creditTerms } from '../../domain';
import { formatChoices, formatTenge } from '../../i18n';
import { useCopy } from '../copy';
import { CodeList } from './code-list';
import { ContactCodes } from './contact-codes';

/** Emergency credit and "a contact pays": the exact codes, conditions and fees from FACTS.md. */
export function ZeroBalanceKit({
  channel,
  operator,
}: {
  channel: ChannelId;
  operator: Operator | undefined;
}) {
  const { t } = useTranslation();
  const { lang } = useCopy();
  if (!operator) return null;
  if (channel === 'friendPays') {
    const codes = contactCodes[operator];
    return codes ? (
      <div className="kit">
        <h4>{t('result.codes.title')}</h4>
        {codes.some(({ code }) => code.includes('<number>')) ? (
          <ContactCodes codes={codes} />
        ) : (
          <CodeList codes={codes} />
        )}
      </div>
    ) : null;
  }
  const terms = channel === 'credit' ? creditTerms[operator] : undefined;
  if (!terms) return null;
  const tenge = (amount: number) => formatTenge(amount, lang);
  return (
    <div className="kit">
      <h4>{t(`result.credit.${terms.name}`)}</h4>
      <CodeList codes={terms.codes} />
      <ul className="list-bullet">
        {terms.amounts && (
          <li>
            {t('result.credit.amounts', { amounts: formatChoices(terms.amounts.map(tenge), lang) })}
          </li>
        )}
        {terms.fee !== undefined && <li>{t('result.credit.fee', { fee: tenge(terms.fee) })}</li>}
        {operator === 'beeline' && <li>{t('result.credit.feeReported')}</li>}
        <li>{t('result.credit.valid', { count: terms.validDays })}</li>
        <li>{t(`result.credit.repayment.${terms.repayment}`)}</li>
      </ul>
      {terms.conditions.length > 0 && (
        <>
          <p>{t('result.credit.conditionsTitle')}</p>
          <ul className="list-bullet">
            {terms.conditions.map((condition) => (
              <li key={condition}>{t(`result.credit.conditions.${condition}`)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
