/**
 * The CI-size mutation fuzz run over every fixture. Fixed seed (printed); bigger runs on demand:
 *   FUZZ_CASES=50000 FUZZ_SEED=random npm run fuzz
 * Each case runs in a worker thread bounded by FUZZ_TIMEOUT_MS (default 15 s). A case passes when
 * extract() returns an Article that keeps the contract, invents no text and is idempotent on its
 * own output, or throws ExtractError with a known reason. Failing inputs are minimized into
 * test/fuzz/failures/ (gitignored) with the seed, case index and mutation list.
 */
import { describe, expect, it } from 'vitest';
import { envInt, envSeed } from './lib/env';
import { DEFAULT_TIMEOUT_MS, FAILURES_DIR, formatReport, runFuzz } from './lib/fuzz';
import { loadCorpus } from './lib/corpus';
import { sweepSize } from './lib/cases';

/** CI size: the full sweep (every mutation on every fixture) plus random combinations. */
const CI_CASES = 3000;

const seed = envSeed();
const cases = envInt('FUZZ_CASES', Math.max(CI_CASES, sweepSize(loadCorpus())));
const timeoutMs = envInt('FUZZ_TIMEOUT_MS', DEFAULT_TIMEOUT_MS);
const minimizeMs = envInt('FUZZ_MINIMIZE_MS', 20_000);
const maxWritten = envInt('FUZZ_MAX_WRITTEN', 3);

describe('mutation fuzzer over the corpus', () => {
  it(
    `${cases} cases, seed ${seed}: extract() returns a valid Article or an ExtractError, within ${timeoutMs} ms`,
    async () => {
      console.log(`fuzz seed ${seed} (set FUZZ_SEED to change, FUZZ_CASES for more cases)`);
      const report = await runFuzz({ seed, cases, timeoutMs, minimizeMs, maxWritten, failuresDir: FAILURES_DIR });
      const text = formatReport(report);
      console.log(text);
      expect(report.verify, `invariant checks not loaded: ${report.verifyError ?? 'src/verify.ts missing'}`).toBe(true);
      expect(report.failures.length, text).toBe(0);
    },
    // Generous: the whole run plus minimization of a few failures; each case is bounded on its own.
    cases * 250 + maxWritten * minimizeMs + 60_000,
  );
});
