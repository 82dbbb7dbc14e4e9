// node scripts/icons.mjs — renders public/icon.svg to the PNG icons the web manifest names, in
// Debian's Chromium (no network). Run it again after changing icon.svg, and commit the PNGs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');
const svg = readFileSync(join(publicDir, 'icon.svg'), 'utf8');
// Maskable icons are cropped to a circle or squircle by the device: fill the whole square and keep
// the drawing well inside the central 80 % safe zone.
const maskable = svg
  .replace(/<rect width="512" height="512" rx="\d+"/, '<rect width="512" height="512"')
  .replace(
    /(<rect width="512" height="512"[^>]*\/>)([\s\S]*)<\/svg>/,
    '$1<g transform="translate(38.4 38.4) scale(0.85)">$2</g></svg>',
  );
if (maskable === svg) throw new Error('icon.svg changed shape: update the maskable rewrite');

const icons = [
  { file: 'pwa-192.png', size: 192, source: svg },
  { file: 'pwa-512.png', size: 512, source: svg },
  { file: 'maskable-512.png', size: 512, source: maskable },
  { file: 'apple-touch-icon.png', size: 180, source: maskable },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  for (const { file, size, source } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const src = `data:image/svg+xml;base64,${Buffer.from(source).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: join(publicDir, file), omitBackground: true });
    await page.close();
    console.log(`public/${file} ${size}×${size}`);
  }
} finally {
  await browser.close();
}
