import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });

async function problemsIn(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath, warnIgnored: true });
  return result?.messages.map((message) => message.ruleId ?? message.message) ?? [];
}

describe('import boundaries', () => {
  it.each([
    ['src/domain/x.ts', 'react', "import React from 'react';\nexport const v = React;\n"],
    ['src/domain/x.ts', 'zod', "import { z } from 'zod';\nexport const v = z;\n"],
    ['src/domain/x.ts', 'zustand', "import { create } from 'zustand';\nexport const v = create;\n"],
    ['src/domain/x.ts', 'i18next', "import i18next from 'i18next';\nexport const v = i18next;\n"],
    [
      'src/domain/x.ts',
      'the state layer',
      "import { x } from '../state/store';\nexport const v = x;\n",
    ],
    ['src/state/x.ts', 'the ui layer', "import { App } from '../ui/app';\nexport const v = App;\n"],
  ])('%s may not import %s', async (filePath, _target, code) => {
    expect(await problemsIn(filePath, code)).toContain('no-restricted-imports');
  });

  it('src/domain may not touch window', async () => {
    expect(
      await problemsIn('src/domain/x.ts', 'export const href = window.location.href;\n'),
    ).toContain('no-restricted-globals');
  });

  it.each([
    ['src/ui/x.tsx', 'react', "import React from 'react';\nexport const v = React;\n"],
    [
      'src/domain/x.ts',
      'a sibling module',
      "import { questions } from './questions';\nexport const v = questions;\n",
    ],
  ])('%s may import %s', async (filePath, _target, code) => {
    expect(await problemsIn(filePath, code)).toEqual([]);
  });
});
