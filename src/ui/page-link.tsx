import type { MouseEvent, ReactNode } from 'react';
import { type Page, addressOf, hrefOf, useGuide } from '../state';

interface PageLinkProps {
  page: Page;
  /** A Change link on the result: the question's Back returns to the result. */
  changing?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * Runs `action` instead of following the link, unless the person asked for a new tab or window:
 * the links of the guide stay real links.
 */
export function followInPlace(action: () => void) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    action();
  };
}

/** A real link to a page of the guide (it opens in a new tab too), followed in place when clicked. */
export function PageLink({ page, changing, className, children }: PageLinkProps) {
  const answers = useGuide((s) => s.answers);
  const lang = useGuide((s) => s.lang);
  const open = useGuide((s) => s.open);
  return (
    <a
      href={hrefOf(addressOf(page, { answers, lang }))}
      className={className}
      onClick={followInPlace(() => open(page, { changing }))}
    >
      {children}
    </a>
  );
}
