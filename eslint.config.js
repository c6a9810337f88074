// ESLint flat config for the whole repository: typescript-eslint's recommended rules.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'dist/**',
      'bench/results/**',
      'bench/tmp/**',
      'test-results/**',
      'coverage/**',
      'fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: {
        // Browser and Node globals used across src/, entrypoints/, test/ and bench/.
        window: 'readonly', document: 'readonly', navigator: 'readonly', location: 'readonly',
        console: 'readonly', process: 'readonly', Buffer: 'readonly', URL: 'readonly',
        URLSearchParams: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly',
        setInterval: 'readonly', clearInterval: 'readonly', queueMicrotask: 'readonly',
        structuredClone: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly',
        performance: 'readonly', Blob: 'readonly', requestAnimationFrame: 'readonly',
        getComputedStyle: 'readonly', HTMLElement: 'readonly', Element: 'readonly', Node: 'readonly',
        globalThis: 'readonly', AbortController: 'readonly', Event: 'readonly', CustomEvent: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Text cleaning matches control characters and odd spaces on purpose (in regexes and strings).
      'no-control-regex': 'off',
      'no-irregular-whitespace': ['error', { skipStrings: true, skipRegExps: true, skipTemplates: true, skipComments: false }],
    },
  },
  {
    // Tests and dev scripts drive untyped browser APIs (DevTools/BiDi) and poke at internals.
    files: ['test/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    rules: {
      // TypeScript itself reports undefined names (and knows DOM/Node types); no-undef misfires on types.
      'no-undef': 'off',
    },
  },
);
