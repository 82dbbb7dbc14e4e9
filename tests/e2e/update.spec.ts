import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PreviewServer, preview } from 'vite';
import { checkAccessibility, expect, stringsOf, test } from './support';

test.use({ serviceWorkers: 'allow' });

let copy: string;
let server: PreviewServer;
let origin: string;

// A copy of the build on its own server, so that this test can deploy a "next version" of it.
test.beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'kz-topup-update-'));
  cpSync(fileURLToPath(new URL('../../dist', import.meta.url)), copy, { recursive: true });
  server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir: copy },
    preview: { port: 0, host: '127.0.0.1' },
  });
  origin = server.resolvedUrls!.local[0]!.replace(/\/$/, '');
});

test.afterAll(async () => {
  await server?.close();
  rmSync(copy, { recursive: true, force: true });
});

test('a new version announces itself, and Reload switches to it', async ({ page }) => {
  const { common } = stringsOf('en');
  await page.goto(`${origin}/?v=1&lang=en`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await expect(page.getByText(common.updateReady)).toHaveCount(0);

  appendFileSync(join(copy, 'sw.js'), '\n// the next version\n');
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });

  const notice = page.getByRole('status').filter({ hasText: common.updateReady });
  await expect(notice).toBeVisible();
  await checkAccessibility(page, 'the start page with the update notice');
  const reloaded = page.waitForEvent('load');
  await notice.getByRole('button', { name: common.reload }).click();
  await reloaded;
  await expect(page.locator('h1')).toHaveText(common.start.title);
  await expect(page.getByText(common.updateReady)).toHaveCount(0);
  const waiting = () =>
    page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
  expect(await waiting()).toBe(false);
});
