import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { type PreviewServer, preview } from 'vite';
import { checkAccessibility, expect, reloadUnderServiceWorker, stringsOf, test } from './support';

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

/** A new service worker on the server (each append is a new version), and the browser told to look. */
async function deployNextVersion(page: Page): Promise<void> {
  appendFileSync(join(copy, 'sw.js'), '\n// the next version\n');
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
}

test('a new version announces itself, and Reload switches to it', async ({ page }) => {
  const { common } = stringsOf('en');
  await page.goto(`${origin}/?v=1&lang=en`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await reloadUnderServiceWorker(page);
  await expect(page.getByText(common.updateReady)).toHaveCount(0);

  await deployNextVersion(page);

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

test('with the guide open in two tabs, Reload in the second still works after the first switched', async ({
  context,
}) => {
  const { common } = stringsOf('en');
  const tabs = [await context.newPage(), await context.newPage()];
  for (const tab of tabs) await tab.goto(`${origin}/?v=1&lang=en`);
  await tabs[0]!.evaluate(() => navigator.serviceWorker.ready);
  for (const tab of tabs) {
    await reloadUnderServiceWorker(tab);
  }

  await deployNextVersion(tabs[0]!);
  const notices = tabs.map((tab) =>
    tab.getByRole('status').filter({ hasText: common.updateReady }),
  );
  for (const notice of notices) await expect(notice).toBeVisible();

  for (const [i, tab] of tabs.entries()) {
    const reloaded = tab.waitForEvent('load');
    await notices[i]!.getByRole('button', { name: common.reload }).click();
    await reloaded;
    await expect(tab.locator('h1')).toHaveText(common.start.title);
    await expect(tab.getByText(common.updateReady)).toHaveCount(0);
  }
});
