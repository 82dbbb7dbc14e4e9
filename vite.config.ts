import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';

const testFiles = 'tests/**/*.test.{ts,tsx}';
const uiTestFiles = 'tests/ui/**/*.test.{ts,tsx}';
const exclude = [...configDefaults.exclude, 'tests/e2e/**'];

export default defineConfig({
  plugins: [react()],
  test: {
    setupFiles: ['tests/setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [testFiles],
          exclude: [...exclude, uiTestFiles],
        },
      },
      {
        extends: true,
        test: { name: 'ui', environment: 'jsdom', include: [uiTestFiles], exclude },
      },
    ],
  },
});
