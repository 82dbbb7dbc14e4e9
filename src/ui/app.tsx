import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { recommend } from '../domain';
import { showLanguage } from '../i18n';
import { pageOf, useGuide } from '../state';
import { LanguageSwitcher } from './language-switcher';
import { Notices } from './notices';
import { QuestionPage } from './question-page';
import { ResultPage } from './result/result-page';
import { StartPage } from './start-page';
import { UpdateNotice } from './update-notice';

export function App() {
  const { t, i18n } = useTranslation();
  const answers = useGuide((s) => s.answers);
  const step = useGuide((s) => s.step);
  const lang = useGuide((s) => s.lang);
  const page = pageOf({ answers, step });
  const pageKey = page.kind === 'question' ? page.question : page.kind;
  const result = useMemo(
    () => (page.kind === 'result' ? recommend(answers) : undefined),
    [page.kind, answers],
  );
  const mainRef = useRef<HTMLElement>(null);
  const shownPage = useRef(pageKey);

  useEffect(() => {
    void showLanguage(lang);
  }, [lang]);

  useEffect(() => {
    document.documentElement.lang = i18n.resolvedLanguage ?? i18n.language;
  }, [i18n.resolvedLanguage, i18n.language]);

  useEffect(() => {
    if (shownPage.current === pageKey) return;
    shownPage.current = pageKey;
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [pageKey]);

  return (
    <>
      <a href="#main" className="skip-link">
        {t('common.skipToContent')}
      </a>
      <header className="header">
        <div className="container header-inner">
          <span className="app-name">{t('common.appName')}</span>
          <LanguageSwitcher />
        </div>
      </header>
      <main
        id="main"
        ref={mainRef}
        tabIndex={-1}
        className="container"
        data-outcome={result?.outcome}
      >
        <Notices />
        <UpdateNotice />
        {page.kind === 'start' && <StartPage />}
        {page.kind === 'question' && <QuestionPage key={page.question} question={page.question} />}
        {result && <ResultPage answers={answers} result={result} />}
      </main>
      <footer className="footer">
        <div className="container">
          <p>{t('common.footer.privacy')}</p>
          <p>{t('common.footer.honesty')}</p>
          <p>{t('common.footer.independent')}</p>
        </div>
      </footer>
    </>
  );
}
