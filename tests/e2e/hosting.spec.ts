import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { gunzipSync, gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nginxPath } from '../../scripts/nginx.mjs';
import { expect, stringsOf, test } from './support';

/**
 * docs/hosting/nginx.conf, run in Debian's nginx as an unprivileged process on a free port: only
 * what cannot work on a test machine is swapped (HTTPS for plain HTTP on 127.0.0.1, the root).
 */

const repository = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const sample = readFileSync(repository('docs/hosting/nginx.conf'), 'utf8');
const dist = repository('dist');

const year = 'public, max-age=31536000, immutable';
let nginx: ChildProcess | undefined;
let prefix: string;
let origin: string;

/** Replaces what must be in the sample, so that a changed sample fails here, loudly. */
function swap(text: string, pattern: RegExp, replacement: string): string {
  expect(text, `docs/hosting/nginx.conf should match ${pattern}`).toMatch(pattern);
  return text.replace(pattern, replacement);
}

/** The headers snippet, which the sample gives as a comment (it is another file on a server). */
function headersSnippet(): string {
  const lines = sample.split('\n');
  const start = lines.indexOf('# /etc/nginx/snippets/kz-topup-headers.conf');
  expect(start, 'the snippet in docs/hosting/nginx.conf').toBeGreaterThan(-1);
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const directive = /^#\s{3}(add_header .*)$/.exec(line);
    if (!directive) break;
    body.push(directive[1]!);
  }
  expect(body.length).toBeGreaterThan(5);
  return `${body.join('\n')}\n`;
}

/** The sample's HTTPS server block, over plain HTTP on 127.0.0.1:port, serving `root`. */
function httpsServerBlock(port: number, root: string): string {
  const text = sample.replace(/#.*$/gm, '');
  const blocks: string[] = [];
  for (const start of text.matchAll(/\bserver\s*\{/g)) {
    let depth = 0;
    for (let at = start.index; at < text.length; at++) {
      if (text[at] === '{') depth++;
      else if (text[at] === '}' && --depth === 0) {
        blocks.push(text.slice(start.index, at + 1));
        break;
      }
    }
  }
  let block = blocks.find((candidate) => /listen 443 ssl\b/.test(candidate));
  expect(block, 'a server block listening on 443 with TLS').toBeDefined();
  // Every listen becomes one on 127.0.0.1, and the HTTP/2 and TLS lines go.
  block = block!
    .replace(/^\s*listen\s[^;]*;$/gm, '')
    .replace(/^\s*(http2|ssl_\w+)\s[^;]*;$/gm, '')
    .replace('{', `{\n    listen 127.0.0.1:${port};`);
  expect(block).not.toMatch(/\bssl/);
  return swap(block, /^\s*root \/srv\/kz-topup\/dist;$/m, `\n    root ${root};`);
}

/** Debian's nginx.conf around it: its http block includes the MIME map, then the sites. */
function mainConfig(port: number): string {
  const temp = (name: string) => `${name}_temp_path ${prefix}/temp/${name};`;
  return `worker_processes 1;
pid ${prefix}/nginx.pid;
events { worker_connections 64; }
http {
    include mime.types;
    default_type application/octet-stream;
    access_log off;
    ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n    ')}
${httpsServerBlock(port, `${prefix}/dist`)}
}
`;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Where nginx keeps its own files (mime.types), from `nginx -V`. */
function nginxConfigFolder(): string {
  const version = spawnSync(nginxPath, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(version.stderr)?.[1] ?? '/etc/nginx/nginx.conf';
  return dirname(confPath);
}

/** Root would start nginx's workers as another user: run the whole of it as `nobody` instead. */
const asRoot = process.getuid?.() === 0;
const nobody = 65534;
function handOver(path: string): void {
  chownSync(path, nobody, nobody);
  for (const name of readdirSync(path, { recursive: true }))
    chownSync(join(path, String(name)), nobody, nobody);
}

test.beforeAll(async () => {
  if (!existsSync(nginxPath))
    throw new Error(
      `nginx is not installed at ${nginxPath}, so the hosting sample cannot be proved. ` +
        'Run: sudo apt-get install -y nginx (npm test installs it when it can).',
    );
  const mimeTypes = join(nginxConfigFolder(), 'mime.types');
  if (!existsSync(mimeTypes))
    throw new Error(`nginx's MIME map is not at ${mimeTypes}: is nginx-common installed?`);

  prefix = mkdtempSync(join(tmpdir(), 'kz-topup-nginx-'));
  const port = await freePort();
  cpSync(dist, join(prefix, 'dist'), { recursive: true });
  cpSync(mimeTypes, join(prefix, 'mime.types'));
  mkdirSync(join(prefix, 'snippets'));
  mkdirSync(join(prefix, 'temp'));
  writeFileSync(join(prefix, 'snippets', 'kz-topup-headers.conf'), headersSnippet());
  writeFileSync(join(prefix, 'nginx.conf'), mainConfig(port));
  if (asRoot) handOver(prefix);

  const args = ['-p', `${prefix}/`, '-c', `${prefix}/nginx.conf`, '-e', `${prefix}/error.log`];
  const user = asRoot ? { uid: nobody, gid: nobody } : {};
  const check = spawnSync(nginxPath, [...args, '-t'], { encoding: 'utf8', ...user });
  if (check.status !== 0)
    throw new Error(
      `nginx refuses the configuration made from docs/hosting/nginx.conf:\n${check.stderr}`,
    );

  let output = '';
  nginx = spawn(nginxPath, [...args, '-g', 'daemon off;'], { ...user, stdio: 'pipe' });
  nginx.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt++) {
    if (nginx.exitCode !== null || attempt === 100) {
      const log = existsSync(join(prefix, 'error.log'))
        ? readFileSync(join(prefix, 'error.log'), 'utf8')
        : '';
      throw new Error(`nginx could not be started on port ${port}:\n${output}\n${log}`);
    }
    try {
      await fetch(origin);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
});

test.afterAll(async () => {
  if (nginx && nginx.exitCode === null) {
    const exited = new Promise((resolve) => nginx!.once('exit', resolve));
    nginx.kill('SIGTERM');
    await exited;
  }
  if (prefix) rmSync(prefix, { recursive: true, force: true });
});

const asset = (pattern: RegExp) => {
  const name = readdirSync(join(dist, 'assets')).find((file) => pattern.test(file));
  expect(name, `dist/assets has ${pattern}`).toBeDefined();
  return `/assets/${name}`;
};

async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${origin}${path}`, { headers, redirect: 'manual' });
  return {
    response,
    body: await response.text(),
    header: (name: string) => response.headers.get(name),
  };
}

test('serves every kind of file with its own type, and caches it as long as its name allows', async () => {
  const files: [string, RegExp, string][] = [
    ['/', /^text\/html/, 'no-cache'],
    ['/?v=1&lang=zh&where=city', /^text\/html/, 'no-cache'],
    ['/index.html', /^text\/html/, 'no-cache'],
    ['/sw.js', /^(application|text)\/javascript/, 'no-cache'],
    ['/manifest.webmanifest', /^application\/manifest\+json/, 'no-cache'],
    ['/manifest.zh.webmanifest', /^application\/manifest\+json/, 'no-cache'],
    ['/zh/', /^text\/html/, 'no-cache'],
    ['/ru/ways/', /^text\/html/, 'no-cache'],
    ['/en/index.html', /^text\/html/, 'no-cache'],
    // A link whose `?` was encoded or lost: the guide, which reads the query from the path.
    ['/%3Fv=1&lang=en&where=city', /^text\/html/, 'no-cache'],
    ['/v=1&lang=en&where=city', /^text\/html/, 'no-cache'],
    ['/index.html%3Fv=1&lang=en', /^text\/html/, 'no-cache'],
    [asset(/^index-.+\.js$/), /^(application|text)\/javascript/, year],
    [asset(/\.css$/), /^text\/css/, year],
    [asset(/^en-start-.+\.json$/), /^application\/json/, year],
    ['/icon.svg', /^image\/svg\+xml/, 'public, max-age=604800'],
    ['/robots.txt', /^text\/plain/, 'public, max-age=604800'],
  ];
  for (const [path, type, cache] of files) {
    const { response, header } = await get(path);
    expect(response.status, path).toBe(200);
    expect(header('content-type'), path).toMatch(type);
    expect(header('cache-control'), path).toBe(cache);
  }
  for (const path of ['/', '/%3Fv=1&lang=en&where=city'])
    expect((await get(path)).body, path).toContain('<div id="root">');
  const folder = await get('/zh');
  expect(folder.response.status, '/zh').toBe(301);
  expect(new URL(folder.header('location') ?? '', origin).pathname).toBe('/zh/');
  // A page's address as the guide reads it, written otherwise: a sentence's end stuck to it, in
  // capitals, without its last slash. That page, at its one address.
  for (const [path, page] of [
    ['/zh/ways%EF%BC%89', '/zh/ways/'],
    ['/ru/ways/,', '/ru/ways/'],
    ['/en/%E3%80%82?where=city', '/en/?where=city'],
    ['/ZH/', '/zh/'],
    ['/ZH', '/zh/'],
    ['/Zh/ways/', '/zh/ways/'],
    ['/RU/WAYS', '/ru/ways/'],
    ['/En/Index.html?where=city', '/en/?where=city'],
    ['/ZH/WAYS%EF%BC%89', '/zh/ways/'],
    ['/ru/ways', '/ru/ways/'],
  ]) {
    const moved = await get(path!);
    expect(moved.response.status, path).toBe(301);
    const target = new URL(moved.header('location') ?? '', origin);
    expect(`${target.pathname}${target.search}`, path).toBe(page);
    expect((await get(`${target.pathname}${target.search}`)).response.status, page).toBe(200);
  }
});

test('answers a missing file with 404 and the short page, never index.html, and nobody keeps it', async () => {
  for (const path of [
    '/assets/index-notthere.js',
    '/assets/index-notthere.css',
    '/assets/en-start-notthere.json',
    '/sw-old.js',
    '/no/such/page',
    '/assets/x=1.js',
    '/ZH/more',
    '/zhx/',
  ]) {
    const { response, body, header } = await get(path);
    expect(response.status, path).toBe(404);
    expect(header('cache-control'), path).toBe('no-store');
    expect(header('content-type'), path).toMatch(/^text\/html/);
    expect(body, path).toContain('Page not found');
    expect(body, path).not.toContain('<div id="root">');
  }
});

test('sends the security headers with every answer, the same as _headers and the page’s own policy', async () => {
  const builtPolicy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(
    readFileSync(join(dist, 'index.html'), 'utf8'),
  )?.[1];
  expect(builtPolicy).toBeDefined();
  const netlify = readFileSync(repository('docs/hosting/_headers'), 'utf8');
  const everyPath = /^\/\*\n((?:[ \t]+.+\n)+)/m.exec(netlify)?.[1] ?? '';
  const netlifyHeaders = Object.fromEntries(
    everyPath
      .trim()
      .split('\n')
      .map(
        (line) =>
          line
            .trim()
            .split(/:\s(.*)/s)
            .slice(0, 2) as [string, string],
      ),
  );

  // The header lets styles be inline; each page's own policy (its <meta>) narrows that to the
  // hash of its one inline style (the pages that need no script have one). Both apply.
  const headerPolicy = `${builtPolicy!.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")}; frame-ancestors 'none'`;
  for (const path of ['/', '/zh/', asset(/^index-.+\.js$/), '/sw.js', '/no/such/page']) {
    const { header } = await get(path);
    const policy = header('content-security-policy');
    expect(policy, path).toBe(headerPolicy);
    expect(header('x-content-type-options'), path).toBe('nosniff');
    expect(header('referrer-policy'), path).toBe('no-referrer');
    expect(header('x-frame-options'), path).toBe('DENY');
    expect(header('cross-origin-opener-policy'), path).toBe('same-origin');
    const hsts = /max-age=(\d+)/.exec(header('strict-transport-security') ?? '');
    expect(Number(hsts?.[1]), `${path}: HSTS for at least a year`).toBeGreaterThanOrEqual(
      31_536_000,
    );
    expect(header('permissions-policy'), path).toMatch(/\bcamera=\(\)/);
    expect(Object.keys(netlifyHeaders)).toEqual(
      expect.arrayContaining([
        'Content-Security-Policy',
        'Strict-Transport-Security',
        'Permissions-Policy',
      ]),
    );
    for (const [name, value] of Object.entries(netlifyHeaders))
      expect(header(name), `_headers and nginx.conf agree on ${name}`).toBe(value);
  }
});

test('compresses what it sends as text, the assets ahead of time (smaller than on the fly)', async () => {
  for (const path of ['/', asset(/^index-.+\.js$/), asset(/^en-result-.+\.json$/)]) {
    const { header } = await get(path, { 'accept-encoding': 'gzip' });
    expect(header('content-encoding'), path).toBe('gzip');
  }
  for (const pattern of [/^app-.+\.js$/, /\.css$/, /^ru-result-.+\.json$/]) {
    const path = asset(pattern);
    const file = join(dist, path);
    const ahead = readFileSync(`${file}.gz`);
    expect(gunzipSync(ahead).equals(readFileSync(file)), `${path}.gz holds ${path}`).toBe(true);
    expect(ahead.length, path).toBeLessThan(gzipSync(readFileSync(file), { level: 6 }).length);
    const { header } = await get(path, { 'accept-encoding': 'gzip' });
    expect(header('content-encoding'), path).toBe('gzip');
    expect(Number(header('content-length')), `${path} is sent as its .gz`).toBe(ahead.length);
  }
});

test.describe('in Chromium', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the guide loads from it and its service worker installs, with no warning about the headers', async ({
    page,
  }) => {
    const en = stringsOf('en');
    const messages: string[] = [];
    page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
    // The pages that need no script carry their style inline: the headers must let it apply.
    for (const path of ['/zh/', '/en/ways/']) {
      await page.goto(`${origin}${path}`);
      await expect(page.locator('h1')).toBeVisible();
      expect(
        await page.evaluate(() => [...document.styleSheets].some((sheet) => sheet.cssRules.length)),
        `${path} is styled`,
      ).toBe(true);
    }
    // A page's address in capitals, opened on a first visit: that page.
    await page.goto(`${origin}/Zh/WAYS/`);
    await expect(page.locator('h1')).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/zh/ways/');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh');
    // A shared result whose `?` a chat app encoded, opened on a first visit: the result itself.
    await page.goto(
      `${origin}/%3Fv=1&lang=en&where=city&speak=local&pay=cash&online=no&when=later&operator=kcell`,
    );
    await expect(page.locator('main[data-outcome]')).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.goto(`${origin}/?v=1&lang=en`);
    await expect(page.locator('h1')).toHaveText(en.common.start.title);
    // Installed means every file of the version came from nginx as it should (not as a 404,
    // nor as HTML for a script).
    await page.evaluate(() => navigator.serviceWorker.ready);
    expect(
      messages.filter((text) => /Policy|MIME|header/i.test(text)),
      'what Chromium says about the headers',
    ).toEqual([]);
  });
});
