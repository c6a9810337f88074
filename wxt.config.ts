import { defineConfig } from 'wxt';
import { ARTICLE_ORIGINS } from './src/rules/hosts';
import { CONTENT_SCRIPT_BUDGET, overBudget } from './src/ext/tools/budget';
import { RULE_MODULE, stripRuleExamples } from './src/ext/tools/strip-examples';
import { readerChunkSwapFor, swapFor } from './src/ext/tools/module-swaps';
import { SCREEN_DATA_MODULE, screenDataModule } from './src/ext/tools/screen-data';
import { bundleReport, type BundleReportChunk } from './src/ext/tools/bundle-report';
import { LOCALE_TABLE, readerStrings } from './src/ext/tools/reader-strings';
import { READER_CHUNK_PATH, READER_EXTRAS_GLOBAL, READER_EXTRAS_PATH, READER_GLOBAL } from './src/ext/chunks';

const GECKO_ID = 'sina-clean@sina-clean.app';
/** Extension pages run only their own scripts and styles and fetch nothing. */
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; img-src 'self' data:; connect-src 'none'; base-uri 'none'; form-action 'none'";

/** The chunks the content script imports on demand (entrypoints/reader.ts, reader-extras.ts), with their global names. */
const READER_CHUNK = READER_CHUNK_PATH.slice(1);
const READER_EXTRAS = READER_EXTRAS_PATH.slice(1);
/** The reader chunk's entrypoint name (entrypoints/reader.ts). */
const READER_ENTRY = READER_CHUNK.replace(/\.js$/, '');
const CHUNK_GLOBALS: Record<string, string> = { [READER_CHUNK]: READER_GLOBAL, [READER_EXTRAS]: READER_EXTRAS_GLOBAL };
/** The default shortcut: one both Chromium and Firefox bind (Chromium refuses Alt+Shift+R). */
export const DEFAULT_SHORTCUT = 'Alt+Shift+J';

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  vite: (env) => ({
    plugins: [
      {
        name: 'sina-clean:engine-shims',
        enforce: 'pre',
        // The browser stand-ins: one table (src/ext/tools/module-swaps.ts), also read by the breakdown.
        resolveId(source: string, importer: string | undefined) {
          return swapFor(source, importer);
        },
      },
      {
        // The rule tables' screens, worked out here rather than on the user's click (see
        // src/ext/tools/screen-data.ts).
        name: 'sina-clean:screen-data',
        enforce: 'pre',
        load(id: string) {
          return SCREEN_DATA_MODULE.test(id) ? screenDataModule() : null;
        },
      },
      {
        // The rule tables' examples are for tests and docs, not for extraction: the extension
        // carries none of them (see src/ext/tools/strip-examples.ts). After the TypeScript step.
        name: 'sina-clean:no-rule-examples',
        enforce: 'post',
        transform(code: string, id: string) {
          if (!RULE_MODULE.test(id)) return null;
          return { code: stripRuleExamples(code, (c) => this.parse(c)), map: null };
        },
      },
      {
        // WXT builds unlisted scripts as an IIFE whose value is `var __sinaCleanReader` (and
        // `__sinaCleanReaderExtras`). For Chrome, exporting it makes the file an ES module the
        // content script can `import()` (no global, nothing the page can see). Firefox injects it
        // as a script into the content script's scope.
        name: 'sina-clean:reader-module',
        generateBundle(_options: unknown, bundle: Record<string, { type: string; fileName: string; code?: string }>) {
          if (env.browser === 'firefox') return;
          for (const chunk of Object.values(bundle)) {
            const global = chunk.type === 'chunk' ? CHUNK_GLOBALS[chunk.fileName] : undefined;
            if (global) chunk.code += `\nexport default ${global};\n`;
          }
        },
      },
      {
        // `SINA_CLEAN_BUNDLE_REPORT=1 npx wxt build`: what each built script holds, module by module
        // (rendered bytes before minification), largest first (src/ext/tools/bundle-report.ts).
        name: 'sina-clean:bundle-report',
        generateBundle(_options: unknown, bundle: Record<string, BundleReportChunk>) {
          if (process.env.SINA_CLEAN_BUNDLE_REPORT) console.log(bundleReport(Object.values(bundle)));
        },
      },
      {
        // The always-injected content script has a size budget; the build fails over it.
        name: 'sina-clean:content-script-budget',
        generateBundle(_options: unknown, bundle: Record<string, { type: string; fileName: string; code?: string }>) {
          for (const chunk of Object.values(bundle)) {
            if (chunk.type !== 'chunk' || !/content-scripts[\\/]content\.js$/.test(chunk.fileName)) continue;
            const problem = overBudget(chunk.code ?? '', CONTENT_SCRIPT_BUDGET);
            if (problem) this.error(problem);
          }
        },
      },
    ],
  }),
  hooks: {
    // The reader chunk's own swaps (READER_CHUNK_SWAPS: no cheerio, no YAML writer there), in its
    // build only; first, so that they win over the build-wide swaps of the same import.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.name === READER_ENTRY)) return;
      config.plugins = [
        {
          name: 'sina-clean:reader-chunk-swaps',
          enforce: 'pre',
          resolveId(source: string, importer: string | undefined) {
            return readerChunkSwapFor(source, importer);
          },
        },
        {
          // Only the UI strings the reader's code names (src/ext/tools/reader-strings.ts).
          name: 'sina-clean:reader-strings',
          enforce: 'pre',
          transform(code: string, id: string) {
            return LOCALE_TABLE.test(id) ? { code: readerStrings(code), map: null } : null;
          },
        },
        ...(config.plugins ?? []),
      ];
    },
  },
  zip: {
    // The Firefox sources zip holds what a reviewer needs to rebuild the add-on, not the test corpus.
    excludeSources: ['fixtures/**', 'bench/**', 'test/**', 'docs/**', 'dist/**', '.ci/**', 'test-results/**', 'coverage/**'],
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    // storage: settings. contextMenus: the "clean / restore this article" page menu item.
    // Host access: the content-script matches (Sina article URLs). Firefox also lists the origins
    // of those pages, which tabs.executeScript needs to load the reader chunk into them.
    permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? ARTICLE_ORIGINS : [])],
    // Chrome: the reader's chunks are imported by the content script, on Sina article pages only.
    ...(browser === 'firefox' ? {} : { web_accessible_resources: [{ resources: [READER_CHUNK, READER_EXTRAS], matches: [...ARTICLE_ORIGINS] }] }),
    commands: {
      'toggle-reader': {
        suggested_key: { default: DEFAULT_SHORTCUT },
        description: '__MSG_cmdToggle__',
      },
    },
    content_security_policy:
      manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions arrived in Firefox for Android 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
