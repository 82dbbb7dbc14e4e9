import { useTranslation } from 'react-i18next';
import { type Guidance, type Operator, contactCodes, namesAContact } from '../../domain';
import { useGuide } from '../../state';
import { useCopy } from '../copy';
import { ContactCodes } from './contact-codes';

const notes = { atmForeignCards: 'atmFee', unionPayAtmLimit: 'unionPayLimit' } as const;

/**
 * The ways out when the best way is poor (under a heading of the best way's level: "If it doesn't
 * work") or when nothing fits (after a lead sentence, the page's heading saying why).
 */
export function GuidanceList({
  title,
  lead,
  guidance,
  operator,
}: {
  guidance: readonly Guidance[];
  operator: Operator | undefined;
} & ({ title: string; lead?: never } | { lead: string; title?: never })) {
  const { t } = useTranslation();
  const copy = useCopy();
  const namedContact = useGuide((s) => namesAContact(s.answers));
  const kzCard = useGuide((s) => s.answers.pay?.includes('kzcard') ?? false);
  if (guidance.length === 0) return null;
  return (
    <div className="guidance">
      {title ? (
        <h2>{title}</h2>
      ) : (
        <p>
          <strong>{lead}</strong>
        </p>
      )}
      <ul className="list-bullet">
        {guidance.map(({ code, facts, checks }) =>
          code === 'findOperator' ? null : (
            <li key={code} data-guidance={code}>
              {copy.guidance(code, { namedContact, kzCard })}
              {facts.map((fact) =>
                fact in notes ? (
                  <p key={fact} className="guidance-note">
                    {t(`result.guidance.${notes[fact as keyof typeof notes]}`)}
                  </p>
                ) : null,
              )}
              {facts.includes('activPayForMe') && operator && contactCodes[operator] && (
                <div className="guidance-note">
                  <p>{t('result.reasons.payForMeFree')}</p>
                  <p>{t('result.cautions.payForMeKcellOnly')}</p>
                  <ContactCodes codes={contactCodes[operator]} />
                </div>
              )}
              {checks.map((check) => (
                <p key={check} className="guidance-note">
                  {copy.check(check, operator)}
                </p>
              ))}
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
