import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, resultQuery, stringsOf, test } from './support';

test.use({ serviceWorkers: 'allow' });

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain',
};

let site: string;
let heldBack: string;
let server: Server;
let origin: string;
const asked = new Set<string>();

/**
 * A host with an SPA fallback, as many are set up: whatever it does not have, it answers with
 * index.html and 200.
 */
function serveWithFallback(): Server {
  return createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    asked.add(path);
    const file = join(site, path === '/' ? 'index.html' : path);
    const found = existsSync(file) && !file.endsWith('/');
    response.writeHead(200, {
      'content-type': types[found ? extname(file) : '.html'] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    response.end(readFileSync(found ? file : join(site, 'index.html')));
  });
}

// A copy of the build, deployed in the wrong order: the new index.html and sw.js are up, some
// of the files they name are not yet.
test.beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'kz-topup-deploy-'));
  heldBack = mkdtempSync(join(tmpdir(), 'kz-topup-deploy-later-'));
  cpSync(fileURLToPath(new URL('../../dist', import.meta.url)), site, { recursive: true });
  for (const name of readdirSync(join(site, 'assets')))
    if (/^(en-result-.+\.json|qr-code-.+\.js)$/.test(name))
      renameSync(join(site, 'assets', name), join(heldBack, name));
  expect(readdirSync(heldBack)).toHaveLength(2);
  server = serveWithFallback();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(site, { recursive: true, force: true });
  rmSync(heldBack, { recursive: true, force: true });
});

test('a visit during a half-finished deploy does not trap the person: once every file is up, the next load works', async ({
  page,
}) => {
  const en = stringsOf('en');
  await page.goto(`${origin}/?v=1&lang=en`);
  await expect(page.locator('h1')).toHaveText(en.common.start.title);
  // The service worker asks for the files of the version and is given index.html for a missing one.
  const missing = readdirSync(heldBack).map((name) => `/assets/${name}`);
  await expect.poll(() => missing.some((path) => asked.has(path))).toBe(true);
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return !registration?.installing;
      }),
    )
    .toBe(true);

  for (const name of readdirSync(heldBack))
    renameSync(join(heldBack, name), join(site, 'assets', name));
  await page.reload();
  await expect(page.locator('h1')).toHaveText(en.common.start.title);
  await page.evaluate(() => navigator.serviceWorker.ready);

  await page.goto(`${origin}/?v=1&lang=en&${resultQuery}`);
  await expect(page.locator('h1')).toHaveText(en.result.headings.terminal);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(page.getByRole('heading', { name: en.result.ruledOutTitle })).toBeVisible();
  await expect(page.getByText(en.common.notice.languageFailed)).toHaveCount(0);
  await page.getByText(en.result.actions.qrTitle, { exact: true }).click();
  await expect(page.getByRole('img', { name: en.result.actions.qrTitle })).toBeVisible();
});
