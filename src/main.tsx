import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadAllStrings, startI18n } from './i18n';
import { connectAddressBar, pageOf, useGuide, watchConnection } from './state';
import { App } from './ui/app';
import './ui/styles.css';

const onStartPage = () => pageOf(useGuide.getState()).kind === 'start';

/** The result's strings load while the person answers, so the start page loads fast. */
function loadResultStringsAfterStartPage(): void {
  if (!onStartPage()) {
    void loadAllStrings();
    return;
  }
  const stop = useGuide.subscribe(() => {
    if (onStartPage()) return;
    stop();
    void loadAllStrings();
  });
}

connectAddressBar();
watchConnection();
const opensOnResult = pageOf(useGuide.getState()).kind === 'result';
void startI18n(useGuide.getState().lang, { questionsOnly: !opensOnResult }).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  loadResultStringsAfterStartPage();
});
