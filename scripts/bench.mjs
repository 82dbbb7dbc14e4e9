// npm run bench [-- --gate-only] [-- --no-build]
// Builds the app and a bare React 19 page, measures what each first load transfers (gzip, as
// docs/hosting/nginx.conf sends it) in Chromium, runs Lighthouse (mobile) and fails when the
// budget in docs/decisions/performance-budget.md is broken. --gate-only skips the performance
// category and runs Lighthouse once per page (accessibility, best practices and SEO do not vary
// between runs).
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { chromiumFlags, chromiumPath } from './chromium.mjs';
import { precompressAssets } from './precompress.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const gateOnly = args.has('--gate-only') || process.env.BENCH_GATE_ONLY === '1';
const skipBuild = args.has('--no-build');
const chromePath = chromiumPath;
const chromeFlags = chromiumFlags;
process.env.CHROME_PATH = chromePath;

const budget = {
  firstLoadBytes: 115 * 1024,
  /**
   * A result opened from a bookmark loads the result's code and strings too: held a little above
   * where it is now (123.4–126.4 KB) so it cannot grow unseen. The goal is `firstLoadBytes`; see
   * performance-budget.md.
   */
  resultFirstLoadBytes: 127 * 1024,
  /** The start page's HTML with its inline CSS: one round trip (TCP's first window). */
  startHtmlBytes: 14 * 1024,
  /**
   * Lighthouse mobile LCP, median of three. The start page's is the goal (issue 12); the result's
   * and the ways page's are ratchets above today's (2.2 s, 1.1 s), with room for a slower CI
   * machine, so they cannot slow down unseen.
   */
  lcpMs: { 'start (zh)': 1200, 'result (en)': 3000, 'ways (ru)': 1800 },
  accessibility: 1,
  'best-practices': 0.95,
  seo: 0.95,
};

/** The figures before the pages that need no script (25 Nov 2026), printed beside today's. */
const before = {
  'start (zh)': { firstLoad: 109.3, html: 0.8, lcpMs: 1910 },
  'result (zh)': { firstLoad: 122.6 },
  'result (ru)': { firstLoad: 124.3 },
  'result (en)': { firstLoad: 120.2, lcpMs: 2400 },
};
const languages = ['zh', 'ru', 'en'];
const resultQuery = 'where=city&speak=none&pay=cash,card&online=no&when=now&operator=beeline';
const reportsDir = join(root, 'reports');
mkdirSync(reportsDir, { recursive: true });

const kb = (bytes) => (bytes / 1024).toFixed(1);
const limitOf = (load) => load.limit ?? budget.firstLoadBytes;
const since = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** One <h1> with react and react-dom: the floor every React app pays. */
async function buildBareReact() {
  const dir = mkdtempSync(join(tmpdir(), 'bare-react-'));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Bare</title>' +
      '<meta name="viewport" content="width=device-width, initial-scale=1" /></head>' +
      '<body><div id="root"></div><script type="module" src="/main.tsx"></script></body></html>',
  );
  writeFileSync(
    join(dir, 'main.tsx'),
    "import { createRoot } from 'react-dom/client';\n" +
      "createRoot(document.getElementById('root')!).render(<h1>Hello</h1>);\n",
  );
  await build({
    root: dir,
    configFile: false,
    logLevel: 'warn',
    plugins: [react(), precompressAssets()],
    build: { outDir: join(dir, 'dist'), target: 'es2022' },
  });
  return dir;
}

async function serve(options) {
  const server = await preview({
    ...options,
    logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server has no address');
  return { server, origin: url.replace(/\/$/, '') };
}

function kindOf(url, contentType) {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('json') && /\/assets\/[a-z]{2}-[\w-]+\.json$/.test(url))
    return 'strings';
  if (contentType.includes('javascript')) return 'js';
  return 'other';
}

/**
 * What docs/hosting/nginx.conf sends for a file: its `.gz` from the build when there is one
 * (scripts/precompress.mjs), else gzip at its level, 6 (zlib's default).
 */
function sentBytes(distDir, url, body) {
  const ahead = join(distDir, new URL(url).pathname) + '.gz';
  return existsSync(ahead) ? statSync(ahead).size : gzipSync(body).length;
}

/** Every response a page loads until the network is idle, as the bytes nginx sends, by kind. */
async function firstLoad(browser, url, distDir = join(root, 'dist')) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const responses = [];
  page.on('response', (response) => responses.push(response));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.locator('h1').first().waitFor();
  const sizes = { html: 0, css: 0, js: 0, strings: 0, other: 0 };
  const files = [];
  for (const response of responses) {
    const body = await response.body().catch(() => Buffer.alloc(0));
    const bytes = sentBytes(distDir, response.url(), body);
    const kind = kindOf(response.url(), response.headers()['content-type'] ?? '');
    sizes[kind] += bytes;
    files.push({ url: response.url(), kind, raw: body.length, gzip: bytes });
  }
  await context.close();
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  return { url, ...sizes, total, requests: responses.length, files };
}

async function lighthouseRuns(url, times) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags });
  const runs = [];
  try {
    for (let i = 0; i < times; i++) {
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: gateOnly
          ? ['accessibility', 'best-practices', 'seo']
          : ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      runs.push(lhr);
    }
  } finally {
    chrome.kill();
  }
  const score = (id) => median(runs.map((lhr) => lhr.categories[id]?.score ?? Number.NaN));
  const audit = (id) => median(runs.map((lhr) => lhr.audits[id]?.numericValue ?? Number.NaN));
  const failing = [
    ...new Set(
      runs.flatMap((lhr) =>
        Object.values(lhr.audits)
          .filter((a) => a.scoreDisplayMode === 'binary' && a.score === 0)
          .map((a) => a.id),
      ),
    ),
  ];
  return {
    url,
    runs: runs.length,
    performance: gateOnly ? undefined : score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcpMs: gateOnly ? undefined : audit('largest-contentful-paint'),
    lcpRunsMs: runs.map((lhr) => Math.round(lhr.audits['largest-contentful-paint']?.numericValue)),
    tbtMs: gateOnly ? undefined : audit('total-blocking-time'),
    clsScore: gateOnly ? undefined : audit('cumulative-layout-shift'),
    failingAudits: failing,
    lhr: runs,
  };
}

const started = performance.now();
if (!skipBuild) {
  console.log('bench: building the app');
  run('npx', ['vite', 'build', '--logLevel', 'warn']);
}
console.log('bench: building a bare React 19 page (one <h1>)');
const bareDir = await buildBareReact();
const app = await serve({ root, configFile: join(root, 'vite.config.ts') });
const bare = await serve({ root: bareDir, configFile: false, build: { outDir: 'dist' } });
const failures = [];
const report = { date: new Date().toISOString(), gateOnly, budget };

try {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
  const floor = await firstLoad(browser, `${bare.origin}/`, join(bareDir, 'dist'));
  const loads = [];
  for (const lang of languages) {
    loads.push({
      page: `start (${lang})`,
      gated: true,
      ...(await firstLoad(browser, `${app.origin}/${lang}/`)),
    });
  }
  for (const lang of languages) {
    loads.push({
      page: `start, guide at / (${lang})`,
      gated: true,
      ...(await firstLoad(browser, `${app.origin}/?v=1&lang=${lang}`)),
    });
  }
  for (const lang of languages) {
    loads.push({
      page: `result (${lang})`,
      gated: true,
      limit: budget.resultFirstLoadBytes,
      ...(await firstLoad(browser, `${app.origin}/?v=1&lang=${lang}&${resultQuery}`)),
    });
  }
  loads.push({
    page: 'ways (en)',
    gated: false,
    ...(await firstLoad(browser, `${app.origin}/en/ways/`)),
  });
  await browser.close();

  console.log(
    `\nFirst load, gzip KB (bare React 19 page: ${kb(floor.total)} KB in ${floor.requests} requests)`,
  );
  console.table(
    Object.fromEntries(
      loads.map((load) => [
        load.page,
        {
          HTML: kb(load.html),
          CSS: kb(load.css),
          JS: kb(load.js),
          strings: kb(load.strings),
          other: kb(load.other),
          total: kb(load.total),
          requests: load.requests,
          'x bare React': (load.total / floor.total).toFixed(2),
          before: before[load.page]?.firstLoad ?? '-',
          budget: load.gated
            ? `${load.total <= limitOf(load) ? 'ok' : 'OVER'} ${kb(limitOf(load))}`
            : '-',
        },
      ]),
    ),
  );
  for (const load of loads.filter((l) => l.gated && l.total > limitOf(l))) {
    failures.push(`${load.page}: first load ${kb(load.total)} KB gz > ${kb(limitOf(load))} KB`);
  }
  const startPages = loads.filter((load) => /^start \(/.test(load.page));
  console.log(
    `\nThe start page's HTML with its inline CSS, gzip (budget ${kb(budget.startHtmlBytes)} KB; ` +
      `before: ${before['start (zh)'].html} KB of HTML, then CSS and script before anything showed)`,
  );
  for (const load of startPages) {
    console.log(
      `  ${load.page}: ${kb(load.html)} KB ${load.html <= budget.startHtmlBytes ? 'ok' : 'OVER'}`,
    );
    if (load.html > budget.startHtmlBytes)
      failures.push(`${load.page}: HTML ${kb(load.html)} KB gz > ${kb(budget.startHtmlBytes)} KB`);
  }
  report.floor = floor;
  report.loads = loads;

  const times = gateOnly ? 1 : 3;
  console.log(
    `\nLighthouse (mobile), ${gateOnly ? 'one run, performance skipped' : 'median of 3 runs'}`,
  );
  const pages = [
    ['start (zh)', `${app.origin}/zh/`],
    ['result (en)', `${app.origin}/?v=1&lang=en&${resultQuery}`],
    ['ways (ru)', `${app.origin}/ru/ways/`],
  ];
  const audits = [];
  for (const [name, url] of pages) {
    const lh = await lighthouseRuns(url, times);
    audits.push({ page: name, ...lh });
    writeFileSync(
      join(reportsDir, `lighthouse-${name.replace(/\W+/g, '-').replace(/-$/, '')}.json`),
      JSON.stringify(lh.lhr[0], null, 1),
    );
  }
  const fmt = (v, digits = 2) => (v === undefined || Number.isNaN(v) ? '-' : v.toFixed(digits));
  console.table(
    Object.fromEntries(
      audits.map((a) => [
        a.page,
        {
          performance: fmt(a.performance),
          accessibility: fmt(a.accessibility),
          'best-practices': fmt(a['best-practices']),
          seo: fmt(a.seo),
          'LCP ms': fmt(a.lcpMs, 0),
          'LCP each run': gateOnly ? '-' : a.lcpRunsMs.join(' '),
          'LCP ms before': before[a.page]?.lcpMs ?? '-',
          'LCP budget': budget.lcpMs[a.page],
          'TBT ms': fmt(a.tbtMs, 0),
          CLS: fmt(a.clsScore, 3),
        },
      ]),
    ),
  );
  for (const a of audits) {
    for (const category of ['accessibility', 'best-practices', 'seo']) {
      if (!(a[category] >= budget[category])) {
        failures.push(
          `${a.page}: Lighthouse ${category} ${fmt(a[category])} < ${budget[category]}`,
        );
      }
    }
    const lcpBudget = budget.lcpMs[a.page];
    if (!gateOnly && !(a.lcpMs <= lcpBudget))
      failures.push(`${a.page}: Lighthouse LCP ${fmt(a.lcpMs, 0)} ms > ${lcpBudget} ms`);
    if (a.failingAudits.length > 0)
      console.log(`${a.page}: failing audits: ${a.failingAudits.join(', ')}`);
  }
  report.lighthouse = audits.map(({ lhr: _lhr, ...rest }) => rest);
} finally {
  await app.server.close();
  await bare.server.close();
  rmSync(bareDir, { recursive: true, force: true });
}

report.failures = failures;
writeFileSync(join(reportsDir, 'bench.json'), JSON.stringify(report, null, 1));
console.log(`\nbench: reports in reports/; took ${since(started)}`);
if (failures.length > 0) {
  console.error(`bench: FAILED\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('bench: within budget');
