import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { hasStrings, partsFor, startI18n } from './i18n';
import { connectAddressBar, pageOf, useGuide, watchConnection } from './state';
import { App } from './ui/app';
import { ErrorBoundary } from './ui/error-boundary';
import { preloadPage } from './ui/pages';

const root = document.getElementById('root')!;

/** No strings in any language (offline on a first visit): the page's own words say so. */
function showBootFailure(): void {
  const failed = document.querySelector<HTMLTemplateElement>('#boot-failed');
  if (failed) root.replaceChildren(failed.content.cloneNode(true));
}

connectAddressBar();
watchConnection();
const { lang } = useGuide.getState();
const firstPage = pageOf(useGuide.getState()).kind;
const needed = partsFor[firstPage];
// The first page's code arrives with its strings: nothing to wait for once they are here.
const pageCode = preloadPage(firstPage).catch(() => undefined);

void Promise.all([startI18n(lang, firstPage), pageCode]).then(([shown]) => {
  const app = (
    <StrictMode>
      <ErrorBoundary scope="page">
        <App />
      </ErrorBoundary>
    </StrictMode>
  );
  if (!hasStrings(shown, ['common'])) {
    // A page rendered ahead of time still reads well as it is; an empty one says what happened.
    if (!root.dataset.prerendered) showBootFailure();
    return;
  }
  // Rendered as a transition: React yields to the browser every few milliseconds while it builds
  // the page, instead of blocking a slow phone for a few hundred. Until it commits, what the page
  // showed stays (the HTML rendered ahead of time, or the boot text, which React then clears).
  // A page rendered ahead of time comes to life as it is, if its language could be loaded.
  // Not with a notice about the link (`/zh/?where=mars`): that HTML has none.
  const { view, dropped } = useGuide.getState();
  if (
    root.dataset.prerendered === view &&
    dropped.length === 0 &&
    shown === lang &&
    hasStrings(shown, needed)
  ) {
    startTransition(() => {
      hydrateRoot(root, app);
    });
    return;
  }
  const reactRoot = createRoot(root);
  startTransition(() => reactRoot.render(app));
});
