/**
 * Runs `run` once the browser has reported the page's first contentful paint (Paint Timing) — not
 * merely once a frame was committed: a request begun in a frame's callback can still finish before
 * that frame reaches the screen, and the app's code then competes with the words it should follow
 * (Lighthouse's simulated LCP for /zh/ swung from 0.93 to 1.29 s with it). Where the browser cannot
 * report paints, the next frame is the best it can tell; a page that never paints anything
 * contentful still starts a second after its first frame.
 */
export function afterFirstPaint(run: () => void): void {
  let started = false;
  const once = (): void => {
    if (started) return;
    started = true;
    run();
  };
  const reportsPaint =
    typeof PerformanceObserver !== 'undefined' &&
    PerformanceObserver.supportedEntryTypes?.includes('paint');
  if (!reportsPaint) {
    requestAnimationFrame(() => setTimeout(once, 0));
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    once();
  });
  observer.observe({ type: 'paint', buffered: true });
  requestAnimationFrame(() => setTimeout(once, 1000));
}
