import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useI18nStatus } from '../i18n';
import { type Language, hrefOf, languages, useGuide } from '../state';
import { followInPlace } from './page-link';

/** 中文 · Русский · English, each named in its own language, on every page. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const answers = useGuide((s) => s.answers);
  const step = useGuide((s) => s.step);
  const view = useGuide((s) => s.view);
  const current = useGuide((s) => s.lang);
  const setLanguage = useGuide((s) => s.setLanguage);
  const loading = useI18nStatus((s) => s.loadingLanguage);
  // Focus stays on the link: a screen reader hears that the page changed, once it has, in its
  // new language.
  const [chosen, setChosen] = useState<Language>();
  const shown = i18n.resolvedLanguage ?? i18n.language;

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
              aria-busy={lang === loading ? true : undefined}
              onClick={followInPlace(() => {
                if (lang !== shown) setChosen(lang);
                setLanguage(lang);
              })}
            >
              {t(`common.language.${lang}`)}
              {lang === loading && (
                <span className="language-loading" lang={current}>
                  {' '}
                  {t('common.loading')}
                </span>
              )}
            </a>
          </li>
        ))}
      </ul>
      <p role="status" className="visually-hidden" lang={shown}>
        {chosen === shown && t('common.language.switched')}
      </p>
    </nav>
  );
}
