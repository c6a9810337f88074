/**
 * The adversarial worker: builds one case's page (from a plan, a regression recipe or exact HTML),
 * runs extract() measured (CPU time, heap), then every check of ./check.ts. The main thread bounds
 * each job with a hard kill (wall time) and replaces the worker, so one hang cannot stall the run.
 *
 * Time here is the process's CPU time (user + system), for the engine's own budget too: while the
 * checks run, `performance.now()`, the clock the engine's deadline reads, is the CPU clock. A
 * budget then bounds the engine's work, not how many other processes share the machine: a case
 * that takes 1 s idle is 1 s of CPU at any load (at load 14-18 on two cores it took more than the
 * 3 s budget of wall time), while a walk that does not stop takes its minutes of CPU all the same.
 */
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { ExtractError } from '../../../src/article';
import { extract } from '../../../src/engine/extract';
import { hiddenTextShown, idempotencyDiff, inventedText } from '../../../src/verify';
import { markdownProblems } from '../../render/helpers';
import { buildCase } from './cases';
import { checkCase, type Expectations, type Outcome } from './check';
import { expectationsOf, recipeExpectations, recipeHtml } from './expect';
import { silenced } from '../lib/silence';
import type { Job, WorkerMessage } from './protocol';
import { cpuMs, onCpuClock } from '../../support/cpu-time';

const port = parentPort;
if (!port) throw new Error('worker-impl must run in a worker thread');

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const MB = 1024 * 1024;

/** Runs fn once: CPU time, and heap committed after it minus heap used before it (after a full GC). */
function measure<T>(fn: () => T): { value?: T; error?: unknown; ms: number; heapMb: number } {
  gc();
  const before = v8.getHeapStatistics();
  const t0 = cpuMs();
  let value: T | undefined;
  let error: unknown;
  try {
    value = fn();
  } catch (err) {
    error = err ?? new Error('undefined thrown');
  }
  const ms = cpuMs() - t0;
  const after = v8.getHeapStatistics();
  const heapMb = (after.total_heap_size + after.external_memory - before.used_heap_size - before.external_memory) / MB;
  return { value, error, ms, heapMb };
}

port.on('message', ({ id, job }: { id: number; job: Job }) => {
  const t0 = performance.now();
  let input: { html: string; url?: string };
  let expect: Expectations;
  try {
    if (job.type === 'plan') {
      const c = buildCase(job.plan);
      input = { html: c.html, ...(c.url ? { url: c.url } : {}) };
      expect = expectationsOf(c);
    } else if (job.type === 'recipe') {
      input = { html: recipeHtml(job.recipe), ...(job.recipe.url ? { url: job.recipe.url } : {}) };
      expect = recipeExpectations(job.recipe);
    } else {
      input = { html: job.html, ...(job.url ? { url: job.url } : {}) };
      expect = job.expect;
    }
  } catch (err) {
    const outcome: Outcome = { status: 'fail', kind: 'generator-threw', detail: String(err).slice(0, 400) };
    port.postMessage({ type: 'reply', id, outcome, extractMs: 0, heapMb: 0, inputLength: -1, totalMs: 0 } satisfies WorkerMessage);
    return;
  }
  const bounds = job.type === 'recipe' && job.recipe.budgetMs ? { ...job.bounds, budgetMs: job.recipe.budgetMs } : job.bounds;
  const printed: string[] = [];
  const measured = silenced(printed, () =>
    onCpuClock(() => checkCase({ extract, ExtractError }, { inventedText, hiddenTextShown, idempotencyDiff }, markdownProblems, input, expect, bounds, measure)),
  );
  if (printed.length && measured.outcome.status !== 'fail') {
    measured.outcome = { status: 'fail', kind: 'engine-output', detail: `${printed.length} write(s); first: ${printed[0]}` };
  }
  port.postMessage({ type: 'reply', id, ...measured, totalMs: performance.now() - t0 } satisfies WorkerMessage);
});

port.postMessage({ type: 'ready' } satisfies WorkerMessage);
