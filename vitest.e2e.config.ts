import { defineConfig } from 'vitest/config';

// Real-browser end-to-end suite: Debian Chromium and Firefox ESR, headless, with the built
// extension loaded (`npm run build` first). Each file under test/e2e/chromium and
// test/e2e/firefox runs one suite (test/e2e/suites) in one browser with its own server and
// profile; two files run at a time (E2E_WORKERS=1 runs them one by one).
const workers = Number(process.env.E2E_WORKERS ?? 2);

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: workers > 1,
    maxWorkers: workers,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
