import { useTranslation } from 'react-i18next';
import { type Operator, misleadingCodes, operatorCodes } from '../../domain';
import { useCopy } from '../copy';
import { CodeList } from './code-list';

/** An operator's other codes, and the ones people are told to dial that do something else. */
export function UsefulCodes({ operator }: { operator: Operator }) {
  const { t } = useTranslation();
  const copy = useCopy();
  return (
    <>
      <CodeList codes={operatorCodes[operator] ?? []} />
      {(misleadingCodes[operator] ?? []).map(({ code, warning, price }) => (
        <p key={code} className="warning-text">
          {t(`result.codes.${warning}`, {
            code,
            price: copy.tenge(price.amount),
            days: t('result.units.days', { count: price.days }),
          })}
        </p>
      ))}
    </>
  );
}
