/**
 * One scale step, in a fresh process so its peak memory is its own:
 *   node --import tsx bench/scale-child.ts <reps> <budgetSeconds> [workers|in-process]
 * Streams the corpus <reps> times through the CLI's batch path (runBatch: worker threads on every
 * core, at most 2 × jobs inputs in flight, output rendered and discarded) and prints one JSON
 * line with pages, seconds, pages/s and memory. When the time budget is spent the batch is
 * aborted and the step says so (`complete: false`); pages/s is then over the pages done.
 * `in-process` runs the same runBatch with its jobs on the main thread, whose heap a
 * --max-old-space-size flag does cap (the CLI gives its worker threads their own heap limit).
 * With BENCH_SCALE_SAMPLES=1 the line also holds a sample every 250 ms: the process's RSS, the
 * main thread's heap, and each live worker's heap (used, committed), external memory and code
 * space as that worker reported after its last job.
 */
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { runBatch } from '../src/cli/batch';
import type { WorkerMemory } from '../src/cli/pool';

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

// Throughput is also taken between the first and the last result, which leaves out the
// one-off start of the worker threads (seen only once per batch, whatever its size).
let firstAt = 0;
let lastAt = 0;
let handled = 0;
const t0 = performance.now();

/** Garbage collection time on the main thread (in-process: where the engine runs). */
let gcMs = 0;
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcMs += e.duration;
});
gcObserver.observe({ entryTypes: ['gc'] });

const MB = 2 ** 20;
const wantSamples = process.env.BENCH_SCALE_SAMPLES === '1';
/** Each worker's memory after its last job, by thread id (a replaced worker's entry is dropped when it goes quiet). */
const workers = new Map<number, { at: number; m: WorkerMemory }>();
let peakWorkerHeapTotal = 0;
let peakWorkerHeapUsed = 0;
const onWorkerMemory = (id: number, m: WorkerMemory) => {
  workers.set(id, { at: performance.now(), m });
  if (m.heapTotal > peakWorkerHeapTotal) peakWorkerHeapTotal = m.heapTotal;
  if (m.heapUsed > peakWorkerHeapUsed) peakWorkerHeapUsed = m.heapUsed;
};
const samples: unknown[] = [];
/** Always: [pages handled, RSS MB] every 250 ms, from which the report judges memory in the steady state. */
const rssSamples: [number, number][] = [];
const sampler = setInterval(() => {
  const now = performance.now();
  const mu = process.memoryUsage();
  rssSamples.push([handled, Math.round(mu.rss / MB)]);
  if (!wantSamples) return;
  const live = [...workers.entries()].filter(([, w]) => now - w.at < 2000).sort((a, b) => a[0] - b[0]);
  samples.push({
    s: +((now - t0) / 1000).toFixed(2),
    pages: handled,
    rss: +(mu.rss / MB).toFixed(1),
    mainHeapUsed: +(mu.heapUsed / MB).toFixed(1),
    mainHeapTotal: +(mu.heapTotal / MB).toFixed(1),
    mainExternal: +(mu.external / MB).toFixed(1),
    workers: live.map(([id, w]) => ({
      id,
      used: +(w.m.heapUsed / MB).toFixed(1),
      total: +(w.m.heapTotal / MB).toFixed(1),
      external: +(w.m.external / MB).toFixed(1),
      code: +(w.m.code / MB).toFixed(1),
    })),
  });
}, 250);
const stop = new AbortController();
const budget = setTimeout(() => stop.abort(), budgetMs);

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
  onWorkerMemory,
  ...(process.env.BENCH_WORKER_HEAP_MB ? { workerHeapMb: Number(process.env.BENCH_WORKER_HEAP_MB) } : {}),
  ...(process.env.BENCH_RECYCLE_HEAP_MB ? { recycleHeapMb: Number(process.env.BENCH_RECYCLE_HEAP_MB) } : {}),
});
const seconds = (performance.now() - t0) / 1000;
clearTimeout(budget);
clearInterval(timer);
clearInterval(sampler);
gcObserver.disconnect();
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
    // CPU time of the whole process (every thread): what other load on the machine inflates least.
    cpuSeconds: (process.cpuUsage().user + process.cpuUsage().system) / 1e6,
    outBytes: summary.bytesOut,
    recycled: summary.recycled,
    retried: summary.retried,
    peakWorkerHeapTotalMB: peakWorkerHeapTotal / MB,
    peakWorkerHeapUsedMB: peakWorkerHeapUsed / MB,
    mainGcMs: gcMs,
    rssSamples,
    ...(wantSamples ? { samples } : {}),
  }) + '\n',
);
