import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { languages as stringsLanguages } from '../../scripts/strings.ts';
import { languages } from '../../src/state';
import { lazyParts } from '../../vite.config';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every `lazyPart(() => import('…'))` in src, as the path of the module it loads. */
function lazyLoadedModules(): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/lazyPart\(\s*\(\)\s*=>\s*import\('([^']+)'\)/g))
      found.push(relative(root, join(dirname(file), match[1]!)));
  }
  return found;
}

describe('parts loaded on demand', () => {
  it('stay files of their own: the build names every one (else it bundles them into the page)', () => {
    const modules = lazyLoadedModules();
    expect(modules.length).toBeGreaterThanOrEqual(3);
    expect(modules.filter((path) => !lazyParts.test(path))).toEqual([]);
  });
});

describe('the strings files', () => {
  it('are written for exactly the app’s languages (the build keeps its own list, without zod)', () => {
    expect([...stringsLanguages].sort()).toEqual([...languages].sort());
  });
});
