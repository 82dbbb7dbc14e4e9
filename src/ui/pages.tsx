import { type ComponentType, Suspense, createElement, memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../domain';
import type { Page } from '../state';
import type { QuestionPageProps } from './question-page';
import type { ResultPageProps } from './result/result-page';
import { loadModule } from './load-module';
import { StartPage } from './start-page';

/**
 * The pages other than the start page are parts of their own: the start page, which most people
 * open first on a weak connection, does not wait for the result's code. `preloadPage` fetches a
 * page's code ahead of time (before the first render, and while the person reads the page before).
 */
const loaders = {
  question: () => import('./question-page').then((module) => module.QuestionPage),
  result: () => import('./result/result-page').then((module) => module.ResultPage),
  ways: () => import('./ways/ways-page').then((module) => module.WaysPage),
};
type LazyKind = keyof typeof loaders;
interface Components {
  question: ComponentType<QuestionPageProps>;
  result: ComponentType<ResultPageProps>;
  ways: ComponentType;
}

const ready: Partial<Components> = {};
const loading = new Map<LazyKind, Promise<unknown>>();
const failed = new Map<LazyKind, unknown>();

export function preloadPage(kind: Page['kind']): Promise<unknown> {
  if (kind === 'start') return Promise.resolve();
  let load = loading.get(kind);
  if (!load) {
    const again = failed.has(kind);
    failed.delete(kind);
    load = loadModule<unknown>(loaders[kind], again).then(
      (component) => Object.assign(ready, { [kind]: component }),
      (error: unknown) => {
        loading.delete(kind);
        failed.set(kind, error);
        throw error;
      },
    );
    loading.set(kind, load);
  }
  return load;
}

/** Whether a page's code is here, to be shown without waiting. */
export function hasPageCode(kind: Page['kind']): boolean {
  return kind === 'start' || ready[kind] !== undefined;
}

/** The page's Try again: a page whose code failed to load is fetched again when next shown. */
export function retryFailedPages(): void {
  for (const kind of failed.keys()) void preloadPage(kind).catch(() => undefined);
}

/** A page's code: at once when it is here, else it suspends ("Loading…") until it is. */
function pageCode<K extends LazyKind>(kind: K): Components[K] {
  const component = ready[kind];
  if (component) return component;
  // A failure goes to the page's error boundary (Try again); else Suspense waits for the code.
  if (failed.has(kind) && !loading.has(kind)) throw failed.get(kind);
  throw preloadPage(kind);
}

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('common.loading')}
    </p>
  );
}

function LazyPage({ page, answers }: { page: Exclude<Page, { kind: 'start' }>; answers: Answers }) {
  const component = pageCode(page.kind);
  if (page.kind === 'question')
    return createElement(component as Components['question'], {
      key: page.question,
      question: page.question,
    });
  if (page.kind === 'result') return createElement(component as Components['result'], { answers });
  return createElement(component as Components['ways']);
}

/** The page for the address: the start page, a question, the result or the ways page. */
export const PageView = memo(function PageView({
  page,
  answers,
}: {
  page: Page;
  answers: Answers;
}) {
  if (page.kind === 'start') return <StartPage />;
  return (
    <Suspense fallback={<PageLoading />}>
      <LazyPage page={page} answers={answers} />
    </Suspense>
  );
});
