/**
 * `npm run fuzz`: the larger on-demand fuzz run, with progress output.
 *   FUZZ_CASES=50000 FUZZ_SEED=random npm run fuzz
 *   FUZZ_SEED=20261122 FUZZ_CASE=1234 npm run fuzz      # replay one case (prints its mutations)
 *   npm run fuzz -- --replay                            # re-run everything in test/fuzz/failures/
 * Exit code 1 when any case fails.
 */
import { generateCase } from './lib/cases';
import { loadCorpus } from './lib/corpus';
import { envInt, envSeed } from './lib/env';
import { DEFAULT_TIMEOUT_MS, FAILURES_DIR, formatReport, replayFailures, runFuzz } from './lib/fuzz';

const timeoutMs = envInt('FUZZ_TIMEOUT_MS', DEFAULT_TIMEOUT_MS);
const log = (line: string): void => console.log(line);

if (process.argv.includes('--replay')) {
  const results = await replayFailures(FAILURES_DIR, timeoutMs);
  if (!results.length) console.log(`nothing to replay in ${FAILURES_DIR}`);
  let bad = 0;
  for (const r of results) {
    const still = r.minimized.status === 'fail' || r.input.status === 'fail';
    if (still) bad++;
    console.log(`${still ? 'STILL FAILS' : 'fixed'}  ${r.meta} (${r.kind}): minimized -> ${JSON.stringify(r.minimized)}, input -> ${JSON.stringify(r.input)}`);
  }
  process.exit(bad ? 1 : 0);
}

const seed = envSeed();
const single = process.env.FUZZ_CASE;
const start = single !== undefined && single !== '' ? envInt('FUZZ_CASE', 0) : envInt('FUZZ_START', 0);
const cases = single !== undefined && single !== '' ? 1 : envInt('FUZZ_CASES', 20_000);
if (cases === 1) {
  const c = generateCase(seed, start, loadCorpus());
  console.log(`case ${start} of seed ${seed}: ${c.fixture}, url ${c.url ?? 'none'}, ${c.html.length} chars\n  mutations: ${c.mutations.join(' + ')}`);
}
console.log(`fuzz: seed ${seed}, cases ${start}..${start + cases - 1}, timeout ${timeoutMs} ms per case`);
const report = await runFuzz({
  seed,
  cases,
  start,
  timeoutMs,
  minimizeMs: envInt('FUZZ_MINIMIZE_MS', 60_000),
  maxWritten: envInt('FUZZ_MAX_WRITTEN', 10),
  failuresDir: FAILURES_DIR,
  log,
});
console.log(formatReport(report));
process.exit(report.failures.length || !report.verify ? 1 : 0);
