import '@testing-library/jest-dom/vitest';
import { join } from 'node:path';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { devPath, pageStringsJson, parseDevName } from '../scripts/strings.ts';

const root = join(__dirname, '..');

/** The app fetches each page's strings; here they come from the repository, as the dev server makes them. */
async function serveLocales(input: RequestInfo | URL): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost/');
  if (!url.pathname.startsWith(devPath)) throw new TypeError(`No network in tests: ${url.href}`);
  const page = parseDevName(url.pathname.slice(devPath.length));
  if (!page) return new Response('Not found', { status: 404 });
  return new Response(pageStringsJson(root, page.lang, page.kind), {
    headers: { 'content-type': 'application/json' },
  });
}

// jsdom lays nothing out: scrolling is a no-op here (the browser tests check where things are).
if (typeof window !== 'undefined') {
  Element.prototype.scrollIntoView ??= () => undefined;
  window.scrollTo = () => undefined;
}

// What a test waits for (a page's strings, a part loaded when shown) may take more than the default
// second on a busy machine: waiting longer changes no result, only how long a failure takes.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  vi.stubGlobal('fetch', vi.fn(serveLocales));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  if (typeof window !== 'undefined') window.localStorage.clear();
});
