import { defineConfig } from 'vitest/config';

// Real-browser end-to-end suite: Debian Chromium and Firefox ESR, headless, with the built
// extension loaded (`npm run build` first). Each file under test/e2e/chromium and
// test/e2e/firefox runs one suite (test/e2e/suites) in one browser with its own server and
// profile; two files run at a time (E2E_WORKERS=1 runs them one by one).
const workers = Number(process.env.E2E_WORKERS ?? 2);
// On CI a failed real-browser test runs once more: two browsers on a shared two-core machine time
// out now and then. A test that passes only on its second try is still printed with its retry, and
// one that fails twice fails the run. Locally nothing is retried, so a flaky test shows at once.
const retry = process.env.CI ? 1 : 0;

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    fileParallelism: workers > 1,
    maxWorkers: workers,
    retry,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
