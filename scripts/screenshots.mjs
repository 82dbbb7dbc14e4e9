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

ensureBrowser();

const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await preview({ root, preview: { port: 4180, strictPort: true }, logLevel: 'warn' });
const base = 'http://localhost:4180/';
const pages = {
  start: '?v=1&lang={lang}',
  question: '?v=1&lang={lang}&where=city&speak=none',
  result:
    '?v=1&lang={lang}&where=city&speak=none&pay=cash,card&online=no&when=now&operator=beeline',
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
    for (const [name, query] of Object.entries(pages)) {
      await page.goto(base + query.replace('{lang}', lang));
      await page.locator('h1').waitFor();
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
