import { defineConfig } from 'vitest/config';

// Real-browser end-to-end suite: Debian Chromium and Firefox ESR, headless, with the built
// extension loaded (`npm run build` first). Files run one after another: each launches browsers.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['default'],
  },
});
