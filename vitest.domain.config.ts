import { defineConfig } from 'vitest/config';

// Stryker mutates src/domain only, so it runs only the domain tests: fast, and no DOM needed.
export default defineConfig({
  test: {
    include: ['tests/domain/**/*.test.ts'],
    environment: 'node',
    // Every mutant re-runs the answer-space walk: complete answers only keeps a run near 10 minutes.
    env: { ANSWER_SPACE: 'complete' },
  },
});
