import { useTranslation } from 'react-i18next';
import {
  type ChannelId,
  type CreditCondition,
  type Operator,
  beelineTrustMinutes,
  contactCodes,
  creditTerms,
} from '../../domain';
import { useCopy } from '../copy';
import { CodeList } from './code-list';
import { ContactCodes } from './contact-codes';

/**
 * Emergency credit and "a contact pays": the exact codes, conditions and fees from FACTS.md, the
 * terms before the codes (read, then dial). Its heading is one level below the section's.
 */
export function ZeroBalanceKit({
  channel,
  operator,
  headingLevel: Heading = 'h4',
}: {
  channel: ChannelId;
  operator: Operator | undefined;
  headingLevel?: 'h3' | 'h4' | 'h5';
}) {
  const { t } = useTranslation();
  const { tenge } = useCopy();
  if (!operator) return null;
  if (channel === 'friendPays') {
    const codes = contactCodes[operator];
    return codes ? (
      <div className="kit">
        <Heading>{t('result.codes.title')}</Heading>
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
  return (
    <div className="kit">
      <Heading>{t(`result.credit.${terms.name}`)}</Heading>
      <ul className="list-bullet">
        {operator === 'beeline' && (
          <li>
            {t('result.credit.trustMinutes', {
              minutes: t('result.units.minutes', { count: beelineTrustMinutes.minutes }),
              sms: beelineTrustMinutes.sms,
              days: t('result.units.days', { count: beelineTrustMinutes.days }),
              price: tenge(beelineTrustMinutes.price),
            })}
          </li>
        )}
        {terms.amounts && (
          <li>
            {t('result.credit.amounts', {
              amounts: tenge(...terms.amounts),
              count: terms.amounts.length,
            })}
          </li>
        )}
        {terms.fee !== undefined && <li>{t('result.credit.fee', { fee: tenge(terms.fee) })}</li>}
        {operator === 'beeline' && <li>{t('result.credit.feeReported')}</li>}
        <li>{t('result.credit.valid', { count: terms.validDays })}</li>
        {terms.repayment && <li>{t(`result.credit.repayment.${terms.repayment}`)}</li>}
      </ul>
      <Conditions title={t('result.credit.conditionsTitle')} conditions={terms.conditions} />
      <Conditions title={t('result.credit.mayNeedTitle')} conditions={terms.mayNeed ?? []} />
      <CodeList codes={terms.codes} />
    </div>
  );
}

function Conditions({
  title,
  conditions,
}: {
  title: string;
  conditions: readonly CreditCondition[];
}) {
  const { t } = useTranslation();
  if (conditions.length === 0) return null;
  return (
    <>
      <p>{title}</p>
      <ul className="list-bullet">
        {conditions.map((condition) => (
          <li key={condition}>{t(`result.credit.conditions.${condition}`)}</li>
        ))}
      </ul>
    </>
  );
}
