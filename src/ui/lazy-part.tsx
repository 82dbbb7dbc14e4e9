import { type ComponentType, lazy } from 'react';
import { useTranslation } from 'react-i18next';

function Unavailable() {
  const { t } = useTranslation();
  return <p className="hint">{t('cashier.unavailable')}</p>;
}

/**
 * A part of a page loaded on demand. Offline, a part that was never cached cannot load: the page
 * then shows a short notice instead of breaking.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async (): Promise<{ default: ComponentType<P> }> => {
    try {
      return { default: await load() };
    } catch {
      return { default: Unavailable };
    }
  });
}
