import { useTranslation } from 'react-i18next';
import { type UssdCode, facts } from '../../domain';
import { DialLink } from './dial-link';

export function CodeList({
  codes,
  contactNumber,
}: {
  codes: readonly UssdCode[];
  contactNumber?: string;
}) {
  const { t } = useTranslation();
  return (
    <ul className="code-list">
      {codes.map((code) => (
        <li key={code.code + code.label}>
          <DialLink code={code} contactNumber={contactNumber} />
          {facts[code.fact].confidence === 'W' && (
            <span className="tag tag-weak">{t('result.codes.unconfirmed')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
