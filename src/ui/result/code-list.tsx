import { useTranslation } from 'react-i18next';
import { type UssdCode, facts } from '../../domain';
import { useCopy } from '../copy';
import { DialLink } from './dial-link';

export function CodeList({
  codes,
  contactNumber,
}: {
  codes: readonly UssdCode[];
  contactNumber?: string;
}) {
  const { t } = useTranslation();
  const copy = useCopy();
  return (
    <ul className="code-list">
      {codes.map((code) => (
        <li key={code.code + code.action}>
          <span>{copy.ussdAction(code.action)}</span>{' '}
          <DialLink code={code.code} contactNumber={contactNumber} />
          {facts[code.fact].confidence === 'W' && (
            <span className="tag tag-weak"> {t('result.codes.unconfirmed')}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
