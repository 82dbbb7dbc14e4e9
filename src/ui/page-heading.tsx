import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeadingProps {
  title: string;
  hasError?: boolean;
}

let focusWhenShown = false;

/**
 * Focus goes to the new page's heading on each step. When the page's code is still on its way,
 * the heading takes focus as soon as it is shown.
 */
export function focusPageHeading(main: HTMLElement | null): void {
  const heading = main?.querySelector<HTMLElement>('h1');
  focusWhenShown = !heading;
  heading?.focus();
}

/** The page's `<h1>`; it also names the page in `<title>`. */
export function PageHeading({ title, hasError = false }: PageHeadingProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusWhenShown) return;
    focusWhenShown = false;
    ref.current?.focus();
  }, []);
  useEffect(() => {
    const prefix = hasError ? `${t('common.errors.titlePrefix')} ` : '';
    document.title = `${prefix}${title} – ${t('common.appName')}`;
  }, [title, hasError, t]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {title}
    </h1>
  );
}
