import { useTranslation } from 'react-i18next';
import { backTarget, useGuide } from '../state';
import { PageLink } from './page-link';

export function BackLink() {
  const { t } = useTranslation();
  const answers = useGuide((s) => s.answers);
  const step = useGuide((s) => s.step);
  const view = useGuide((s) => s.view);
  const changing = useGuide((s) => s.changing);
  const target = backTarget({ answers, step, view, changing });
  if (!target) return null;
  return (
    <PageLink page={target} className="back-link">
      {t('common.nav.back')}
    </PageLink>
  );
}
