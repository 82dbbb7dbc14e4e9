import { type ComponentType, Suspense, lazy, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from './error-boundary';

const failedScript = /(https?:\/\/[^\s'"]+\.js)\b/;

/**
 * Loads a part's module again. Some browsers never fetch a module again once its import failed,
 * so a second try asks for the same file under a fresh address.
 */
async function loadModule<M>(load: () => Promise<M>, attempt: number): Promise<M> {
  try {
    return await load();
  } catch (error) {
    const script = attempt > 0 && error instanceof Error ? failedScript.exec(error.message) : null;
    if (!script) throw error;
    return (await import(/* @vite-ignore */ `${script[1]}?attempt=${attempt}`)) as M;
  }
}

/**
 * A part of a page loaded on demand. If it cannot load (offline and never cached, a host that
 * answers a missing file with a page), the part says so and offers to try again; the page stays.
 */
export function lazyPart<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
) {
  return function LazyPart(props: P) {
    const { t } = useTranslation();
    const [attempt, setAttempt] = useState(0);
    const Part = useMemo(
      () => lazy(async () => ({ default: pick(await loadModule(load, attempt)) })),
      [attempt],
    );
    return (
      <ErrorBoundary scope="part" onTryAgain={() => setAttempt((count) => count + 1)}>
        <Suspense fallback={<p className="hint">{t('common.loading')}</p>}>
          <Part {...props} />
        </Suspense>
      </ErrorBoundary>
    );
  };
}
