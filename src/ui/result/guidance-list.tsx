import { useTranslation } from 'react-i18next';
import type { Guidance } from '../../domain';
import { useCopy } from '../copy';

const notes = { atmForeignCards: 'atmFee', unionPayAtmLimit: 'unionPayLimit' } as const;

/** The ways out when the best way is poor or nothing fits (`data-guidance`). */
export function GuidanceList({
  title,
  guidance,
}: {
  title: string;
  guidance: readonly Guidance[];
}) {
  const { t } = useTranslation();
  const copy = useCopy();
  if (guidance.length === 0) return null;
  return (
    <div className="guidance">
      <p>
        <strong>{title}</strong>
      </p>
      <ul className="list-bullet">
        {guidance.map(({ code, facts }) =>
          code === 'findOperator' ? null : (
            <li key={code} data-guidance={code}>
              {copy.guidance(code)}
              {facts.map((fact) =>
                fact in notes ? (
                  <p key={fact} className="guidance-note">
                    {t(`result.guidance.${notes[fact as keyof typeof notes]}`)}
                  </p>
                ) : null,
              )}
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
