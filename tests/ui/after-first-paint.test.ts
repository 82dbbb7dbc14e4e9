import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from '../../src/after-first-paint';

/** A browser's Paint Timing, driven by the test: `paint(name)` reports a paint to observers. */
function fakePaintTiming(supported: readonly string[]) {
  const observers = new Set<{ callback: PerformanceObserverCallback; self: PerformanceObserver }>();
  class FakeObserver {
    static supportedEntryTypes = supported;
    constructor(private readonly callback: PerformanceObserverCallback) {}
    observe(options: PerformanceObserverInit) {
      expect(options).toMatchObject({ type: 'paint', buffered: true });
      observers.add({ callback: this.callback, self: this as unknown as PerformanceObserver });
    }
    disconnect() {
      for (const o of observers) if (o.self === (this as unknown)) observers.delete(o);
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    paint(name: string) {
      const entries = [{ name, entryType: 'paint' }];
      for (const { callback, self } of [...observers])
        callback(
          { getEntriesByName: (n: string) => entries.filter((e) => e.name === n) } as never,
          self,
        );
    },
  };
}

let frames: FrameRequestCallback[] = [];
const nextFrame = () => {
  const due = frames;
  frames = [];
  for (const f of due) f(0);
};

beforeEach(() => {
  vi.useFakeTimers();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the app’s code waits for the first paint', () => {
  it('starts when the browser reports the first contentful paint, not at the frame before it', () => {
    const paints = fakePaintTiming(['paint', 'largest-contentful-paint']);
    const run = vi.fn();
    afterFirstPaint(run);
    nextFrame();
    vi.advanceTimersByTime(0);
    paints.paint('first-paint');
    expect(run).not.toHaveBeenCalled();
    paints.paint('first-contentful-paint');
    expect(run).toHaveBeenCalledTimes(1);
    // The safety net after the first frame does not start it a second time.
    vi.advanceTimersByTime(5000);
    paints.paint('first-contentful-paint');
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a page that paints nothing contentful still starts, a second after its first frame', () => {
    fakePaintTiming(['paint']);
    const run = vi.fn();
    afterFirstPaint(run);
    vi.advanceTimersByTime(5000);
    expect(run).not.toHaveBeenCalled();
    nextFrame();
    vi.advanceTimersByTime(999);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('where paints are not reported, it starts after the next frame', () => {
    fakePaintTiming(['navigation', 'resource']);
    const run = vi.fn();
    afterFirstPaint(run);
    expect(run).not.toHaveBeenCalled();
    nextFrame();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('a browser without PerformanceObserver starts after the next frame too', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const run = vi.fn();
    afterFirstPaint(run);
    nextFrame();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
