import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTestTools } from './browser-setup.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const specDir = join(root, 'tests', 'e2e');

const specs = existsSync(specDir)
  ? readdirSync(specDir, { recursive: true }).filter((file) => String(file).endsWith('.spec.ts'))
  : [];
if (specs.length === 0) {
  console.log('e2e: no tests/e2e/*.spec.ts yet, nothing to run.');
  process.exit(0);
}

ensureTestTools();

function run(args) {
  const result = spawnSync('npx', args, { cwd: root, stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

const buildStatus = run(['vite', 'build']);
if (buildStatus !== 0) process.exit(buildStatus);
process.exit(run(['playwright', 'test', ...process.argv.slice(2)]));
