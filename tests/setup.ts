import '@testing-library/jest-dom/vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

const root = join(__dirname, '..');

/** The app fetches its language files; here they come from the repository, as a server would send them. */
async function serveLocales(input: RequestInfo | URL): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost/');
  if (!url.pathname.startsWith('/locales/'))
    throw new TypeError(`No network in tests: ${url.href}`);
  const file = join(root, decodeURIComponent(url.pathname));
  try {
    return new Response(await readFile(file, 'utf8'), {
      headers: { 'content-type': 'application/json' },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}

// jsdom lays nothing out: scrolling is a no-op here (the browser tests check where things are).
if (typeof window !== 'undefined') {
  Element.prototype.scrollIntoView ??= () => undefined;
  window.scrollTo = () => undefined;
}

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(serveLocales));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  if (typeof window !== 'undefined') window.localStorage.clear();
});
