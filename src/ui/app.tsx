import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  hasStrings,
  loadStrings,
  manifestHref,
  partsFor,
  showLanguage,
  useHasStrings,
  useI18nStatus,
} from '../i18n';
import { type Page, isLanguage, pageOf, useGuide } from '../state';
import { ErrorBoundary, Failed } from './error-boundary';
import { LanguageSwitcher } from './language-switcher';
import { Notices } from './notices';
import { useOutcome } from './outcome';
import { followPageInHead } from './head';
import { focusPageHeading } from './page-heading';
import { PageLoading, PageView, hasPageCode, preloadPage, retryFailedPages } from './pages';
import { UpdateNotice } from './update-notice';

/** What a page leads to, loaded while the person reads it. */
const nextPage: Readonly<Record<Page['kind'], Page['kind'] | undefined>> = {
  start: 'question',
  question: 'result',
  result: undefined,
  ways: 'question',
};

const keyOf = (page: Page) => (page.kind === 'question' ? page.question : page.kind);

export function App() {
  const { t, i18n } = useTranslation();
  const answers = useGuide((s) => s.answers);
  const step = useGuide((s) => s.step);
  const view = useGuide((s) => s.view);
  const lang = useGuide((s) => s.lang);
  // The same object while the answers stay: the page is not rendered again for the frame's sake
  // (a result tells `<main>` its outcome once it is shown).
  const target = useMemo(
    () => ({ page: pageOf({ answers, step, view }), answers }),
    [answers, step, view],
  );
  // Another page is built in the background while the one on screen stays, still and busy: a tap
  // on Continue is answered at once, even on a slow phone that takes a few hundred milliseconds to
  // build a result. Not when its code or strings must still arrive ("Loading…" says so at once),
  // nor within one page (the result told the operator): that is shown, and focused, at once.
  const deferred = useDeferredValue(target);
  const shown =
    keyOf(deferred.page) === keyOf(target.page) ||
    !hasPageCode(target.page.kind) ||
    !hasStrings(i18n.language, partsFor[target.page.kind])
      ? target
      : deferred;
  const { page } = shown;
  const pending = shown !== target;
  const pageKey = keyOf(page);
  // The same gate on every page: it is shown only once its strings are there, never raw keys.
  const ready = useHasStrings(i18n.language, partsFor[page.kind]);
  const pageStringsFailed = useI18nStatus((s) => s.pageStringsFailed);
  const outcome = useOutcome((s) => s.outcome);
  const mainRef = useRef<HTMLElement>(null);
  const shownPage = useRef(pageKey);

  useEffect(() => {
    void showLanguage(lang);
  }, [lang]);

  // A page rendered ahead of time is now the app: its links and buttons work in place.
  useEffect(() => {
    mainRef.current?.closest('[data-prerendered]')?.removeAttribute('data-prerendered');
  }, []);

  const targetKind = target.page.kind;
  useEffect(() => {
    void loadStrings(targetKind).then(() => {
      const next = nextPage[targetKind];
      if (!next) return;
      void loadStrings(next);
      void preloadPage(next).catch(() => undefined);
    });
  }, [targetKind]);

  // The page's language, and the home screen's: added to it now, the guide opens in this language.
  const shownLanguage = i18n.resolvedLanguage ?? i18n.language;
  useEffect(() => {
    document.documentElement.lang = shownLanguage;
    if (!isLanguage(shownLanguage)) return;
    document
      .querySelector('link[rel="manifest"]')
      ?.setAttribute('href', manifestHref(shownLanguage));
    // Read without `t`: until the page's strings are loaded, which is not missing text.
    const description: unknown = i18n.getResource(
      shownLanguage,
      'translation',
      view === 'ways' ? 'ways.meta.waysDescription' : 'common.start.description',
    );
    followPageInHead(
      view,
      shownLanguage,
      typeof description === 'string' ? description : undefined,
    );
    // Again once the page's strings are there: its description may be among them.
  }, [shownLanguage, view, i18n, ready]);

  // In the commit that shows the page, not after it: nothing (a person, a test) sees the new page
  // before its heading has focus.
  useLayoutEffect(() => {
    if (!ready || shownPage.current === pageKey) return;
    shownPage.current = pageKey;
    focusPageHeading(mainRef.current);
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
        data-outcome={outcome}
        // The page being left takes no second tap (a second answer, a second history entry).
        inert={pending}
        aria-busy={pending || undefined}
      >
        <Notices />
        <UpdateNotice page={pageKey} />
        {ready ? (
          <ErrorBoundary key={pageKey} scope="page" onTryAgain={retryFailedPages}>
            <PageView page={page} answers={shown.answers} />
          </ErrorBoundary>
        ) : pageStringsFailed ? (
          <Failed scope="page" onTryAgain={() => void loadStrings(page.kind)} />
        ) : (
          <PageLoading />
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
