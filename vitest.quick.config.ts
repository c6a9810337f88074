import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { shared } from './vitest.config';

/**
 * `npm run test:quick`: the unit, golden, rules, corpus and in-process CLI tests, without the
 * slow sets that `npm test` and CI still run: the fuzzers (their regressions stay), the adversarial
 * generator and its regressions (pages at the size bounds), the engine's bounds tests, the extreme
 * inputs, the CLI suites that spawn the built command, start worker threads from source, or pack
 * and install it, any `*.slow.test.ts`, the tests that start a real browser (`*.browser.test.ts`),
 * and the browser e2e suite. No CLI build is needed.
 */
export const SLOW = [
  'test/fuzz/!(regressions).test.ts',
  'test/fuzz/adversarial/**',
  'test/fuzz/regressions-adversarial.test.ts',
  'test/engine-bounds.test.ts',
  '**/*.slow.test.ts',
  '**/*.browser.test.ts',
  'test/extreme/**',
  'test/cli/cli.test.ts',
  'test/cli/package.test.ts',
  'test/cli/workers.test.ts',
];

/**
 * Test files share worker threads and their loaded modules (`isolate: false`): the engine, cheerio
 * and parse5 are loaded once per thread instead of once per file, and a fixture's Article is
 * extracted once per thread (test/support/fixture-article.ts). `npm test` keeps every file in its
 * own process, so a test that only passes (or fails) because of another file's state is caught
 * there.
 *
 * At least two worker threads: vitest's default is one fewer than the cores, which on a 2-core
 * machine is one thread for every test file while the second core waits. Two threads cost a few
 * seconds more CPU (each loads the modules and extracts the fixtures it needs) and finish sooner.
 *
 * SINA_CLEAN_TEST_SAMPLE: the sweeps that parse every fixture again on their own (a jsdom document,
 * the extension's parse stage, parse5 in pieces, every fixture line's variants) run one fixture
 * of each folder and template here and every fixture in `npm test` (test/support/sweep.ts).
 */
export default defineConfig({
  ...shared,
  test: { ...shared.test, exclude: [...shared.test.exclude, ...SLOW], pool: 'threads', isolate: false, env: { SINA_CLEAN_TEST_SAMPLE: '1' }, maxWorkers: Math.max(2, availableParallelism() - 1) },
});
