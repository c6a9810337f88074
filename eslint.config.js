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
    // Selectors are the engine's own language (src/engine/css.ts): the shipped code imports no
    // selector library (the reader chunk stays without css-select, css-what, domutils…); tests
    // check the engine against css-select (test/support/css-reference.ts).
    files: ['src/**', 'entrypoints/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: ['css-select', 'css-what', 'cheerio-select', 'domutils', 'nth-check', 'boolbase'].map((name) => ({
            name,
            message: 'Selectors are compiled by the engine itself (src/engine/css.ts); css-select is the tests\' reference only.',
          })),
        },
      ],
    },
  },
  {
    // The always-injected content script (and everything it imports) runs on every Sina article
    // page load: no engine, no parser, no renderer, no storage library, no library code but its
    // message protocol, no reader chunk (types only). The engine and the reader view are loaded on demand (src/ext/reader/). A size check
    // in wxt.config.ts fails the build over 20 KB; test/unit/ext/budget.test.ts checks the whole
    // import graph.
    files: [
      'entrypoints/content.ts',
      'src/ext/content.ts',
      'src/ext/page-parts.ts',
      'src/ext/page-toast.ts',
      'src/ext/messages.ts',
      'src/ext/settings.ts',
      'src/ext/settings-lite.ts',
      'src/ext/urls.ts',
      'src/ext/i18n.ts',
      'src/ext/clipboard.ts',
      'src/ext/library-client.ts',
      'src/library/protocol.ts',
      'src/rules/hosts.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'cheerio', message: 'The content script may not bundle cheerio: the engine runs in the reader chunk.' },
            { name: 'cheerio/slim', message: 'The content script may not bundle cheerio: the engine runs in the reader chunk.' },
            { name: 'wxt/utils/storage', message: 'The content script reads settings with the bare storage API (src/ext/settings-lite.ts).' },
            { name: 'idb', message: 'The content script cannot open the library: it sends the background library messages.' },
          ],
          patterns: [
            {
              regex: '(^|/)(engine|templates)(/|$)|(^|/)render/|(^|/)rules(\\.ts)?$|(^|/)verify$|(^|/)(format|popup|options|page-swap)$',
              message: 'The always-injected content script may not import the engine, the renderers or the extension pages\' code.',
            },
            {
              regex: '(^|/)library(/(?!protocol$)[^/]*)?$',
              allowTypeImports: true,
              message: 'The content script reaches 文库 only through the background\'s library messages (src/library/protocol.ts).',
            },
            {
              group: ['**/ext/reader/*', './reader/*', '../src/ext/reader/*'],
              allowTypeImports: true,
              message: 'The reader chunk is loaded on demand (import()): import its types only.',
            },
            { group: ['parse5', 'htmlparser2', 'domhandler', 'domutils', 'css-select', 'yaml', 'linkedom', '@mozilla/readability'], message: 'Not in the content script.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'],
    rules: {
      // TypeScript itself reports undefined names (and knows DOM/Node types); no-undef misfires on types.
      'no-undef': 'off',
    },
  },
);
