import i18next from 'i18next';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { type Part, partsFor, startI18nWith } from './i18n';
import { type Language, type View, showPrerendered } from './state';
import { App } from './ui/app';
import { ErrorBoundary } from './ui/error-boundary';
import { preloadPage } from './ui/pages';

/**
 * The pages that need no script (`/zh/`, `/zh/ways/`, …), rendered at build time by the same App,
 * with the same state, strings and domain: the build turns them into HTML files, then the app
 * brings them to life in the browser (main.tsx hydrates them).
 */
const strings = import.meta.glob<Record<string, unknown>>('../locales/*/*.json', {
  eager: true,
  import: 'default',
});

export interface PrerenderedPage {
  readonly html: string;
  /** The document's title, as the page's heading sets it. */
  readonly title: string;
  readonly description: string;
}

export async function renderPage(
  lang: Language,
  view: Exclude<View, 'guide'>,
): Promise<PrerenderedPage> {
  // The page's own parts: its description, for its head, is among them.
  const parts: readonly Part[] = partsFor[view === 'ways' ? 'ways' : 'start'];
  const bundle = Object.fromEntries(
    parts.map((part) => [part, strings[`../locales/${lang}/${part}.json`] ?? {}]),
  ) as Record<Part, Record<string, unknown>>;
  await startI18nWith(lang, bundle);
  await preloadPage(view === 'ways' ? 'ways' : 'start');
  showPrerendered({ answers: {}, lang, view });
  const html = renderToString(
    <StrictMode>
      <ErrorBoundary scope="page">
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
  const heading = view === 'ways' ? i18next.t('ways.title') : i18next.t('common.start.title');
  return {
    html,
    title: `${heading} – ${i18next.t('common.appName')}`,
    description:
      view === 'ways'
        ? i18next.t('ways.meta.waysDescription')
        : i18next.t('common.start.description'),
  };
}
