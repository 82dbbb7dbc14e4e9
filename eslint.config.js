import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const oneWay = 'Imports flow one way: domain ← state ← ui ← main (STYLE.md).';
const domainIsPure = `src/domain is pure TypeScript: no React, i18next, zustand, zod or DOM. ${oneWay}`;

const frameworkPackages = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'i18next',
  'i18next-*',
  'react-i18next',
  'zustand',
  'zustand/*',
  'zod',
  'zod/*',
];
const browserGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'history',
  'fetch',
];
const stateLayer = ['**/state', '**/state/**'];
const uiLayer = ['**/ui', '**/ui/**'];
const i18nLayer = ['**/i18n', '**/i18n/**'];
const mainModule = ['**/main'];

const forbidImports = (...rules) => [
  'error',
  { patterns: rules.map(([group, message]) => ({ group, message })) },
];

export default defineConfig([
  globalIgnores([
    'dist/',
    'reports/',
    'coverage/',
    '.stryker-tmp/',
    'node_modules/',
    'docs/screenshots/',
    'public/',
    'test-results/',
    'playwright-report/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.{js,mjs,cjs}', '*.config.ts', 'tests/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': forbidImports(
        [frameworkPackages, domainIsPure],
        [[...stateLayer, ...uiLayer, ...i18nLayer, ...mainModule], oneWay],
      ),
      'no-restricted-globals': [
        'error',
        ...browserGlobals.map((name) => ({ name, message: domainIsPure })),
      ],
    },
  },
  {
    files: ['src/state/**'],
    rules: {
      'no-restricted-imports': forbidImports([[...uiLayer, ...mainModule], oneWay]),
    },
  },
  {
    files: ['src/ui/**', 'src/i18n/**'],
    rules: {
      'no-restricted-imports': forbidImports([mainModule, oneWay]),
    },
  },
]);
