import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCopy } from './copy';

/**
 * A field's error, GOV.UK style: "Error:" before it for a screen reader, which reads it with the
 * field (its description) where colour and position say it to the eye.
 */
export function ErrorMessage({
  id,
  role,
  children,
}: {
  id?: string;
  role?: 'alert';
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { space } = useCopy();
  return (
    <p id={id} className="error-message" role={role}>
      <span className="visually-hidden">{t('common.errors.titlePrefix')}</span>
      {space}
      {children}
    </p>
  );
}
