import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface PageHeadingProps {
  title: string;
  hasError?: boolean;
}

/** The page's `<h1>`; it also names the page in `<title>`. The app moves focus to it on each step. */
export function PageHeading({ title, hasError = false }: PageHeadingProps) {
  const { t } = useTranslation();
  useEffect(() => {
    const prefix = hasError ? `${t('common.errors.titlePrefix')} ` : '';
    document.title = `${prefix}${title} – ${t('common.appName')}`;
  }, [title, hasError, t]);
  return (
    <h1 tabIndex={-1} className="page-heading">
      {title}
    </h1>
  );
}
