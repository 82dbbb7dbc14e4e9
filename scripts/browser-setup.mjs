// node scripts/browser-setup.mjs — makes sure what the browser tests need is installed: Debian's
// Chromium, a CJK font, and nginx (tests/e2e/hosting.spec.ts runs the hosting sample in it).
// Used by `.ci/run` and by `npm test` (scripts/e2e.mjs): on a fresh machine it installs them with
// apt-get when it can (root, or sudo without a password), and otherwise stops with one line that
// says the exact command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromiumPath } from './chromium.mjs';
import { nginxPath } from './nginx.mjs';

export function hasChineseFont() {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

/** Each Debian package, and how to tell it is there. */
const installed = {
  chromium: () => existsSync(chromiumPath),
  'fonts-noto-cjk': hasChineseFont,
  nginx: () => existsSync(nginxPath),
};

const installCommand = (packages) =>
  `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;

const succeeds = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** `[]` as root, `['sudo', '-n']` where sudo needs no password, else undefined. */
function privilege() {
  if (process.getuid?.() === 0) return [];
  if (succeeds('sudo', ['-n', 'true'])) return ['sudo', '-n'];
  return undefined;
}

function stop(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

function ensure(packages) {
  if (process.env.CHROME_PATH && !existsSync(chromiumPath))
    stop(
      `CHROME_PATH is ${chromiumPath}, which does not exist: point it at a Chromium, or unset it.`,
    );
  if (process.env.NGINX_PATH && packages.includes('nginx') && !existsSync(nginxPath))
    stop(`NGINX_PATH is ${nginxPath}, which does not exist: point it at an nginx, or unset it.`);
  const missing = packages.filter((name) => !installed[name]());
  if (missing.length === 0) return;
  const command = installCommand(packages);

  const prefix = privilege();
  if (prefix === undefined || !succeeds('apt-get', ['--version']))
    stop(`The browser tests need ${missing.join(' and ')}. Run: ${command}`);

  console.log(`Installing ${missing.join(' and ')} with apt-get (about a minute)…`);
  const apt = (...args) => {
    const [program, ...rest] = [
      ...prefix,
      'env',
      'DEBIAN_FRONTEND=noninteractive',
      'apt-get',
      ...args,
    ];
    return spawnSync(program, rest, { stdio: 'inherit' }).status === 0;
  };
  if (!apt('update') || !apt('install', '-y', ...missing))
    stop(`Installing ${missing.join(' and ')} failed (see above). Run: ${command}`);
  const stillMissing = missing.filter((name) => !installed[name]());
  if (stillMissing.length > 0)
    stop(`${stillMissing.join(' and ')} still missing after apt-get. Run: ${command}`);
}

/** Chromium and the CJK font: enough for the screenshots. */
export const ensureBrowser = () => ensure(['chromium', 'fonts-noto-cjk']);

/** Everything `npm test` and `.ci/run` need. */
export const ensureTestTools = () => ensure(['chromium', 'fonts-noto-cjk', 'nginx']);

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureTestTools();
