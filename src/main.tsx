import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startI18n } from './i18n';
import { connectAddressBar, useGuide } from './state';
import { App } from './ui/app';
import './ui/styles.css';

connectAddressBar();
void startI18n(useGuide.getState().lang).then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
