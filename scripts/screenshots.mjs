import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { ensureBrowser } from './browser-setup.mjs';
import { chromiumFlags, chromiumPath } from './chromium.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs', 'screenshots');
// Another checkout's preview can run beside this one on another port.
const port = Number(process.env.SCREENSHOTS_PORT ?? 4180);

ensureBrowser();

const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await preview({ root, preview: { port, strictPort: true }, logLevel: 'warn' });
const base = `http://localhost:${port}/`;
const result =
  '?v=1&lang={lang}&where=city&speak=none&pay=cash,card&online=no&when=now&operator=beeline';

/** The card a person who speaks neither Russian nor Kazakh shows across the counter. */
async function showCashierCard(page) {
  await page.locator('#cashier-number').fill('87011234567');
  await page.locator('#cashier-amount').fill('5000');
  await page.locator('.cashier-form button[type="submit"]').click();
  await page.locator('.cashier-card + .hint + .button').click();
  await page.locator('.cashier-card-full').waitFor();
}

const shots = {
  start: { path: '?v=1&lang={lang}' },
  question: { path: '?v=1&lang={lang}&where=city&speak=none' },
  result: { path: result },
  'result-dark': { path: result, colorScheme: 'dark' },
  'cashier-card': {
    path: '?v=1&lang={lang}&where=city&speak=none&pay=cash&online=no&when=today&operator=beeline',
    then: showCashierCard,
  },
  ways: { path: '{lang}/ways/' },
};

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
try {
  for (const lang of ['zh', 'ru', 'en']) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 1,
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    for (const [name, { path, colorScheme = 'light', then }] of Object.entries(shots)) {
      await page.emulateMedia({ colorScheme });
      await page.goto(base + path.replace('{lang}', lang), { waitUntil: 'networkidle' });
      await page.locator('h1').waitFor();
      await then?.(page);
      await page.evaluate('document.fonts.ready');
      const file = join(out, `${lang}-${name}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
