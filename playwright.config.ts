import { chromiumFlags, chromiumPath } from './scripts/chromium.mjs';
import { defineConfig } from '@playwright/test';

const isCI = Boolean(process.env.CI);
// Another checkout's tests can run beside these on another port (E2E_PORT).
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '*.spec.ts',
  workers: 2,
  fullyParallel: true,
  // axe and the keyboard journeys are slow on a busy 2-core machine.
  timeout: 60_000,
  // A test that needs a retry is a test to fix: none, anywhere.
  retries: 0,
  reporter: 'list',
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !isCI,
  },
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 390, height: 844 },
    // The offline and privacy specs allow the service worker; elsewhere it would only add work.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumFlags,
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
});
