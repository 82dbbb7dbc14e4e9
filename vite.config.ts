import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { configDefaults, defineConfig } from 'vitest/config';
import { bootText, manifestText, prerenderPages } from './scripts/pages.ts';
import { precompressAssets } from './scripts/precompress.mjs';
import { pageStrings } from './scripts/strings.ts';

const root = import.meta.dirname;

const testFiles = 'tests/**/*.test.{ts,tsx}';
const uiTestFiles = 'tests/ui/**/*.test.{ts,tsx}';
const exclude = [...configDefaults.exclude, 'tests/e2e/**'];

/** The built app's Content-Security-Policy; docs/hosting repeats it as a header, with frame-ancestors. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Parts the code loads only when they are shown (`lazyPart`): they stay files of their own. (The
 * question page's folded finder, `operator-finder.tsx`, stays out of `guide` with them.)
 */
export const lazyParts = /qr-code|operator-finder|cashier-help|cashier-card/;

/**
 * Fewer, larger files: each compresses better than its parts did apart, and a first load makes
 * fewer requests. `app`: what every page needs (React, i18next, the state, the frame); `guide`:
 * the rules and the result's sections (the result and ways pages). The rest (a question page, the
 * ways page's own sections, the lazy parts, the number check) stays apart, fetched when needed.
 */
const chunkGroups = [
  {
    name: 'app',
    priority: 2,
    test: (id: string) =>
      /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|zustand|zod)[\\/]/.test(
        id,
      ) ||
      /virtual:page-strings|src[\\/](state|i18n)[\\/]|src[\\/]domain[\\/]flow\.ts/.test(id) ||
      /src[\\/]ui[\\/](?!question-page)[^\\/]+\.tsx?$/.test(id),
  },
  {
    name: 'guide',
    priority: 1,
    test: (id: string) =>
      /src[\\/]domain[\\/](rules|channels|facts|mobile-number)\.ts|src[\\/]ui[\\/](result|cashier|phone)[\\/]/.test(
        id,
      ) && !lazyParts.test(id),
  },
];

/** Only in the build: the dev server's hot reload needs inline scripts. */
function securityPolicyMeta(): Plugin {
  return {
    name: 'security-policy-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          /(<meta charset="[^"]*"\s*\/?>)/i,
          `$1\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
        ),
    },
  };
}

/** The service worker's build: one file, asked for as Rolldown names it today. */
function serviceWorkerInOneFile(): Plugin {
  return {
    name: 'service-worker-in-one-file',
    outputOptions: ({ inlineDynamicImports: _deprecated, ...output }) => ({
      ...output,
      codeSplitting: false,
    }),
  };
}

export default defineConfig({
  build: {
    // One stylesheet, linked from the page (inlined in the pages that need no script), never
    // fetched again by a script.
    cssCodeSplit: false,
    // Every browser the guide supports preloads modules itself.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Compressing the files ahead of time (scripts/precompress.mjs) takes its few seconds by design.
      checks: { pluginTimings: false },
      output: {
        codeSplitting: { groups: chunkGroups, includeDependenciesRecursively: false },
      },
    },
  },
  plugins: [
    react(),
    pageStrings(root),
    securityPolicyMeta(),
    bootText(root),
    prerenderPages(root),
    precompressAssets(),
    VitePWA({
      // Our own service worker, so that precaching can refuse an answer that does not fit.
      strategies: 'injectManifest',
      srcDir: 'src/service-worker',
      filename: 'sw.ts',
      // The pages rendered ahead of time must exist before the service worker lists its files.
      integration: { closeBundleOrder: 'post' },
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      // English's; the build writes the others beside it (scripts/pages.ts).
      manifest: {
        ...manifestText(root, 'en'),
        scope: './',
        display: 'standalone',
        theme_color: '#0b4f8a',
        background_color: '#ffffff',
        icons: [
          { src: 'pwa-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'pwa-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
        // Only for hosts that show it on a miss; never a page of the guide.
        globIgnores: ['404.html'],
        // The plugin still asks Rolldown for the service worker in one file the deprecated way
        // (`inlineDynamicImports`), which warns on every build: the same request, in today's words.
        buildPlugins: { vite: [serviceWorkerInOneFile()] },
      },
    }),
  ],
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
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: [uiTestFiles],
          exclude,
          // A whole journey takes ~1 s alone, several times that with every file running on two
          // cores: room enough that a busy machine is not a failure.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
