import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** What every run shares: `npm run test:quick` (vitest.quick.config.ts) starts from this too. */
export const shared = {
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    // Before every test file, also when files share a thread (see the file).
    setupFiles: ['test/support/fake-browser-globals.ts'],
  },
};

/** The full unit suite (`npm test`, CI): the CLI bundle is built once first (test/support/build-cli.ts). */
export default defineConfig({
  ...shared,
  test: { ...shared.test, globalSetup: ['test/support/build-cli.ts'] },
});
