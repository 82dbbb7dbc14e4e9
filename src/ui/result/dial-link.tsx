/** A tap-to-dial link: `#` must be encoded in a `tel:` address or the dialler drops it. */
export function telHref(code: string): string {
  return `tel:${code.replaceAll('#', '%23')}`;
}

export function DialLink({ code }: { code: string }) {
  if (code.includes('<number>')) return <code className="code">{code}</code>;
  return (
    <a className="code" href={telHref(code)}>
      {code}
    </a>
  );
}
