import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

const GECKO_ID = 'sina-clean@sina-clean.app';
/** Extension pages run only their own scripts and styles and fetch nothing. */
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; img-src 'self' data:; connect-src 'none'; base-uri 'none'; form-action 'none'";

/** See src/ext/engine-shims/no-readability.ts for why the generic fallback is left out. */
const NO_READABILITY = fileURLToPath(new URL('./src/ext/engine-shims/no-readability.ts', import.meta.url));

export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  vite: () => ({
    plugins: [
      {
        name: 'sina-clean:no-readability',
        enforce: 'pre',
        resolveId(source: string, importer: string | undefined) {
          if (source === './readability' && importer && /[\\/]src[\\/]templates[\\/]index\.ts$/.test(importer)) {
            return NO_READABILITY;
          }
          return null;
        },
      },
    ],
  }),
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
    // Host access comes only from the content-script matches (Sina article URLs).
    permissions: ['storage', 'contextMenus'],
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
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
