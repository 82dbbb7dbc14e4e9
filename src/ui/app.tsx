import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { recommend } from '../domain';
import { hasStrings, loadStrings, partsFor, showLanguage } from '../i18n';
import { type Page, pageOf, useGuide } from '../state';
import { ErrorBoundary } from './error-boundary';
import { LanguageSwitcher } from './language-switcher';
import { Notices } from './notices';
import { QuestionPage } from './question-page';
import { ResultPage } from './result/result-page';
import { StartPage } from './start-page';
import { UpdateNotice } from './update-notice';
import { WaysPage } from './ways/ways-page';

/** What a page leads to, loaded while the person reads it. */
const nextPage: Readonly<Record<Page['kind'], Page['kind'] | undefined>> = {
  start: 'question',
  question: 'result',
  result: undefined,
  ways: 'question',
};

export function App() {
  const { t, i18n } = useTranslation();
  const answers = useGuide((s) => s.answers);
  const step = useGuide((s) => s.step);
  const view = useGuide((s) => s.view);
  const lang = useGuide((s) => s.lang);
  const page = pageOf({ answers, step, view });
  const pageKey = page.kind === 'question' ? page.question : page.kind;
  // The same gate on every page: it is shown only once its strings are there, never raw keys.
  const ready = hasStrings(i18n.language, partsFor[page.kind]);
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
    void loadStrings(partsFor[page.kind]).then(() => {
      const next = nextPage[page.kind];
      if (next) void loadStrings(partsFor[next]);
    });
  }, [page.kind]);

  useEffect(() => {
    document.documentElement.lang = i18n.resolvedLanguage ?? i18n.language;
  }, [i18n.resolvedLanguage, i18n.language]);

  useEffect(() => {
    if (!ready || shownPage.current === pageKey) return;
    shownPage.current = pageKey;
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [pageKey, ready]);

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
        data-outcome={ready ? result?.outcome : undefined}
      >
        <Notices />
        <UpdateNotice />
        {ready ? (
          <ErrorBoundary key={pageKey} scope="page">
            {page.kind === 'start' && <StartPage />}
            {page.kind === 'ways' && <WaysPage />}
            {page.kind === 'question' && (
              <QuestionPage key={page.question} question={page.question} />
            )}
            {result && <ResultPage answers={answers} result={result} />}
          </ErrorBoundary>
        ) : (
          <p className="loading" role="status">
            {t('common.loading')}
          </p>
        )}
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
