import { useTranslation } from 'react-i18next';
import { hrefOf, languages, useGuide } from '../state';
import { followInPlace } from './page-link';

/** 中文 · Русский · English, each named in its own language, on every page. */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const answers = useGuide((s) => s.answers);
  const step = useGuide((s) => s.step);
  const view = useGuide((s) => s.view);
  const current = useGuide((s) => s.lang);
  const setLanguage = useGuide((s) => s.setLanguage);

  return (
    <nav aria-label={t('common.language.label')} className="language-switcher">
      <ul>
        {languages.map((lang) => (
          <li key={lang}>
            <a
              href={hrefOf({
                answers,
                lang,
                ...(step ? { step } : {}),
                ...(view !== 'guide' ? { view } : {}),
              })}
              lang={lang}
              hrefLang={lang}
              aria-current={lang === current ? 'true' : undefined}
              onClick={followInPlace(() => setLanguage(lang))}
            >
              {t(`common.language.${lang}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
