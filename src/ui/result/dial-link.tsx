import { withContactNumber } from '../../domain';

/** A tap-to-dial link: `#` must be encoded in a `tel:` address or the dialler drops it. */
export function telHref(code: string): string {
  return `tel:${code.replaceAll('#', '%23')}`;
}

/** `contactNumber` (E.164) fills a code's `<number>`; without it such a code can't be dialled. */
export function DialLink({ code, contactNumber }: { code: string; contactNumber?: string }) {
  const dialled = contactNumber ? withContactNumber(code, contactNumber) : code;
  if (dialled.includes('<number>')) return <code className="code">{dialled}</code>;
  return (
    <a className="code" href={telHref(dialled)}>
      {dialled}
    </a>
  );
}
