import { useTranslation } from 'react-i18next';
import { type UssdCode, withContactNumber } from '../../domain';
import { useCopy } from '../copy';

/** A tap-to-dial link: `#` must be encoded in a `tel:` address or the dialler drops it. */
export function telHref(code: string): string {
  return `tel:${code.replaceAll('#', '%23')}`;
}

/**
 * A code to dial, named by what it does (`data-code`, PRODUCT.md). `contactNumber` (E.164) fills a
 * code's `<number>`; without it such a code is shown but can't be dialled.
 */
export function DialLink({ code, contactNumber }: { code: UssdCode; contactNumber?: string }) {
  const { t } = useTranslation();
  const copy = useCopy();
  const dialled = contactNumber ? withContactNumber(code.code, contactNumber) : code.code;
  const label = <span className="code-label">{copy.codeLabel(code.label)}</span>;
  if (dialled.includes('<number>'))
    return (
      <span className="dial">
        {label}{' '}
        <code className="code">
          {dialled.replace('<number>', `<${t('result.codes.numberSlot')}>`)}
        </code>
      </span>
    );
  return (
    <a className="dial" href={telHref(dialled)} data-code={code.action}>
      {label} <span className="code">{dialled}</span>
    </a>
  );
}
