// node scripts/browser-setup.mjs — makes sure Debian's Chromium and a CJK font are installed.
// Used by `.ci/run` and by `npm test` (scripts/e2e.mjs): on a fresh machine it installs them with
// apt-get when it can (root, or sudo without a password), and otherwise stops with one line that
// says the exact command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromiumPath } from './chromium.mjs';

const packages = ['chromium', 'fonts-noto-cjk'];
const installCommand = `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;

export function hasChineseFont() {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

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

export function ensureBrowser() {
  if (process.env.CHROME_PATH && !existsSync(chromiumPath))
    stop(
      `CHROME_PATH is ${chromiumPath}, which does not exist: point it at a Chromium, or unset it.`,
    );
  const missing = [
    !existsSync(chromiumPath) && 'chromium',
    !hasChineseFont() && 'fonts-noto-cjk',
  ].filter(Boolean);
  if (missing.length === 0) return;

  const prefix = privilege();
  if (prefix === undefined || !succeeds('apt-get', ['--version']))
    stop(`The browser tests need ${missing.join(' and ')}. Run: ${installCommand}`);

  console.log(`Installing ${missing.join(' and ')} with apt-get (about a minute)…`);
  const apt = (...args) => {
    const [command, ...rest] = [
      ...prefix,
      'env',
      'DEBIAN_FRONTEND=noninteractive',
      'apt-get',
      ...args,
    ];
    return spawnSync(command, rest, { stdio: 'inherit' }).status === 0;
  };
  if (!apt('update') || !apt('install', '-y', ...missing))
    stop(`Installing ${missing.join(' and ')} failed (see above). Run: ${installCommand}`);
  if (!existsSync(chromiumPath))
    stop(`Chromium is still not at ${chromiumPath}. Run: ${installCommand}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureBrowser();
