import { useEffect, useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCopy } from './copy';

interface PageHeadingProps {
  title: string;
  /** Said above the heading (GOV.UK's caption): "Question 3 of 6", "This may work". */
  caption?: string;
  /** The caption names the page in `<title>` too ("This may work: Top up at …"). */
  captionInTitle?: boolean;
  hasError?: boolean;
}

let focusWhenShown = false;

/**
 * Each step starts at the top of the page with focus on its heading. When the page's code is
 * still on its way, the heading takes focus as soon as it is shown.
 */
export function focusPageHeading(main: HTMLElement | null): void {
  window.scrollTo(0, 0);
  const heading = main?.querySelector<HTMLElement>('h1');
  focusWhenShown = !heading;
  heading?.focus({ preventScroll: true });
}

/** The page's `<h1>`; it also names the page in `<title>`. */
export function PageHeading({
  title,
  caption,
  captionInTitle,
  hasError = false,
}: PageHeadingProps) {
  const { t } = useTranslation();
  const { space } = useCopy();
  const ref = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    if (!focusWhenShown) return;
    focusWhenShown = false;
    ref.current?.focus({ preventScroll: true });
  }, []);
  const name =
    caption && captionInTitle ? t('common.captionedTitle', { caption, heading: title }) : title;
  useEffect(() => {
    const prefix = hasError ? `${t('common.errors.titlePrefix')}${space}` : '';
    document.title = `${prefix}${name} – ${t('common.appName')}`;
    // A page built ahead of time previews with its title (the head follows the page: head.ts).
    document.querySelector('meta[property="og:title"]')?.setAttribute('content', document.title);
  }, [name, hasError, t, space]);
  return (
    <>
      {caption && <p className="caption">{caption}</p>}
      <h1 ref={ref} tabIndex={-1} className="page-heading">
        {title}
      </h1>
    </>
  );
}
