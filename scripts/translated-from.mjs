// npm run locales:translated
// Records, for every English string, a stamp of the text the Russian and Chinese translations were
// made from (tests/i18n/translated-from.json). tests/i18n/locales.test.ts fails when an English string
// no longer matches its stamp: its translations may be out of date. Update them, then run this.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const locales = join(root, 'locales');
export const recordPath = join(root, 'tests', 'i18n', 'translated-from.json');

/** A short stamp of a text (FNV-1a, 32 bits): enough to notice that it changed. */
export function stamp(text) {
  let hash = 0x811c9dc5;
  for (const unit of new TextEncoder().encode(text)) hash = Math.imul(hash ^ unit, 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Every English string, `file.key.path` → text. */
export function englishStrings() {
  const out = new Map();
  const walk = (tree, prefix) => {
    for (const [key, value] of Object.entries(tree))
      if (typeof value === 'string') out.set(prefix + key, value);
      else walk(value, `${prefix}${key}.`);
  };
  for (const file of readdirSync(join(locales, 'en'))
    .filter((f) => f.endsWith('.json'))
    .sort())
    walk(JSON.parse(readFileSync(join(locales, 'en', file), 'utf8')), `${file.slice(0, -5)}.`);
  return out;
}

export function currentStamps() {
  return Object.fromEntries([...englishStrings()].map(([key, text]) => [key, stamp(text)]));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(recordPath, `${JSON.stringify(currentStamps(), null, 2)}\n`);
  console.log(`locales: recorded ${englishStrings().size} English strings as translated`);
}
