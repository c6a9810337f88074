/**
 * One scale step, in a fresh process so its peak memory is its own:
 *   node --import tsx bench/scale-child.ts <reps> <budgetSeconds> [workers|in-process]
 * Streams the corpus <reps> times through the CLI's batch path (runBatch: worker threads on every
 * core, at most 2 × jobs inputs in flight, output rendered and discarded) and prints one JSON
 * line with pages, seconds, pages/s and memory. When the time budget is spent the batch is
 * aborted and the step says so (`complete: false`); pages/s is then over the pages done.
 * `in-process` runs the same runBatch with its jobs on the main thread, whose heap a
 * --max-old-space-size flag does cap (the CLI gives its worker threads their own heap limit).
 */
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { runBatch } from '../src/cli/batch';

const root = join(import.meta.dirname, '..', 'fixtures');
const reps = Number(process.argv[2] ?? '1');
const budgetMs = Number(process.argv[3] ?? '120') * 1000;
const inProcess = process.argv[4] === 'in-process';
const jobs = inProcess ? 1 : availableParallelism();

const files: string[] = [];
for (const folder of ['pages', 'seed-format', 'fragments']) {
  const dir = join(root, folder);
  for (const f of readdirSync(dir).sort()) if (/\.(html|md|txt)$/.test(f)) files.push(join(dir, f));
}
// The batch skips a path given twice, so each repetition reads the corpus through its own
// symlink to fixtures/ (bench/tmp is ignored by git): same bytes, distinct inputs.
const linkDir = join(import.meta.dirname, 'tmp', 'scale');
mkdirSync(linkDir, { recursive: true });
const inputs: string[] = [];
for (let r = 0; r < reps; r++) {
  const link = join(linkDir, `r${String(r).padStart(4, '0')}`);
  if (!existsSync(link)) symlinkSync(root, link, 'dir');
  for (const f of files) inputs.push(join(link, relative(root, f)));
}

let peakRss = process.memoryUsage().rss;
const sample = () => {
  const rss = process.memoryUsage().rss;
  if (rss > peakRss) peakRss = rss;
};
const startRss = process.memoryUsage().rss;
const timer = setInterval(sample, 10);
const stop = new AbortController();
const budget = setTimeout(() => stop.abort(), budgetMs);

// Throughput is also taken between the first and the last result, which leaves out the
// one-off start of the worker threads (seen only once per batch, whatever its size).
let firstAt = 0;
let lastAt = 0;
let handled = 0;
const t0 = performance.now();
const summary = await runBatch({
  onResult: () => {
    lastAt = performance.now();
    if (++handled === 1) firstAt = lastAt;
  },
  inputs,
  several: true,
  jobs,
  inProcess,
  stdout: null,
  stderr: null,
  summary: 'none',
  signal: stop.signal,
});
const seconds = (performance.now() - t0) / 1000;
clearTimeout(budget);
clearInterval(timer);
sample();
const pages = summary.done + summary.failed + summary.skipped;
process.stdout.write(
  JSON.stringify({
    mode: inProcess ? 'runBatch from src/cli/batch.ts, in-process (one thread)' : `runBatch from src/cli/batch.ts, ${jobs} worker threads`,
    workers: jobs,
    reps,
    corpusPages: files.length,
    pages,
    failed: summary.failed,
    complete: !summary.interrupted && pages === inputs.length,
    seconds,
    pagesPerSecond: pages / seconds,
    firstResultSeconds: (firstAt - t0) / 1000,
    steadyPagesPerSecond: handled > 1 ? (handled - 1) / ((lastAt - firstAt) / 1000) : null,
    startRssMB: startRss / 2 ** 20,
    peakRssMB: peakRss / 2 ** 20,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    outBytes: summary.bytesOut,
  }) + '\n',
);
