import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('the README', () => {
  it('has each section once (an edit that pastes a second copy leaves stale figures beside new)', () => {
    const headings = readme.split('\n').filter((line) => /^#{1,3} /.test(line));
    expect(headings.length).toBeGreaterThan(5);
    expect(headings.filter((h, i) => headings.indexOf(h) !== i)).toEqual([]);
  });

  it('gives the two commands a newcomer needs', () => {
    expect(readme).toMatch(/npm install/);
    expect(readme).toMatch(/npm run dev/);
    expect(readme).toMatch(/npm test/);
  });
});
