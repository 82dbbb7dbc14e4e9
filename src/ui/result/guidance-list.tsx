import { useTranslation } from 'react-i18next';
import { type Guidance, type Operator, contactCodes, namesAContact } from '../../domain';
import { useGuide } from '../../state';
import { useCopy } from '../copy';
import { ContactCodes } from './contact-codes';

const notes = { atmForeignCards: 'atmFee', unionPayAtmLimit: 'unionPayLimit' } as const;

/** The ways out when the best way is poor or nothing fits (`data-guidance`). */
export function GuidanceList({
  title,
  guidance,
  operator,
}: {
  title: string;
  guidance: readonly Guidance[];
  operator: Operator | undefined;
}) {
  const { t } = useTranslation();
  const copy = useCopy();
  const namedContact = useGuide((s) => namesAContact(s.answers));
  if (guidance.length === 0) return null;
  return (
    <div className="guidance">
      <p>
        <strong>{title}</strong>
      </p>
      <ul className="list-bullet">
        {guidance.map(({ code, facts, checks }) =>
          code === 'findOperator' ? null : (
            <li key={code} data-guidance={code}>
              {copy.guidance(code, namedContact)}
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
