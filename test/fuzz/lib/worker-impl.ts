/**
 * Runs inside a worker thread: loads the engine once, then checks one job per message.
 * The main thread bounds each job with a timeout and replaces the worker if it hangs.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ExtractOptions } from '../../../src/article';
import { checkCase, type Extract, type Verify } from './check';
import { generateCase } from './cases';
import { loadCorpus } from './corpus';
import type { Job, WorkerConfig, WorkerMessage } from './protocol';
import { silenced } from './silence';

const config = workerData as WorkerConfig;
const port = parentPort;
if (!port) throw new Error('worker-impl must run in a worker thread');

const engine = (await import(config.engine)) as { extract: Extract };
const articleMod = (await import(config.article)) as { ExtractError: abstract new (...args: never[]) => Error };
let verify: Verify | undefined;
let verifyError: string | undefined;
if (config.verify) {
  try {
    verify = (await import(config.verify)) as Verify;
    if (typeof verify.inventedText !== 'function' || typeof verify.idempotencyDiff !== 'function') {
      verifyError = 'verify module lacks inventedText/idempotencyDiff';
      verify = undefined;
    }
  } catch (err) {
    verifyError = String(err).slice(0, 300);
  }
}

let extractMs = 0;
const timedExtract: Extract = (html: string, options?: ExtractOptions) => {
  const t0 = performance.now();
  try {
    return engine.extract(html, options);
  } finally {
    extractMs += performance.now() - t0;
  }
};

async function input(job: Job): Promise<{ html: string; url: string | undefined }> {
  switch (job.type) {
    case 'case': {
      const c = generateCase(job.seed, job.index, loadCorpus());
      return { html: c.html, url: c.url };
    }
    case 'html':
      return { html: job.html, url: job.url };
    case 'generated': {
      const mod = (await import(job.module)) as Record<string, (...a: unknown[]) => { html: string; url?: string }>;
      const fn = mod[job.fn];
      if (typeof fn !== 'function') throw new Error(`no generator ${job.fn} in ${job.module}`);
      const r = fn(...job.args);
      return { html: r.html, url: r.url };
    }
  }
}

port.on('message', async ({ id, job }: { id: number; job: Job }) => {
  let html: string;
  let url: string | undefined;
  try {
    ({ html, url } = await input(job));
  } catch (err) {
    const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    const msg: WorkerMessage = {
      type: 'reply',
      id,
      outcome: { status: 'fail', kind: 'generator-threw', detail: detail.slice(0, 400) },
      extractMs: 0,
      totalMs: 0,
      inputLength: -1,
    };
    port.postMessage(msg);
    return;
  }
  extractMs = 0;
  const t0 = performance.now();
  const printed: string[] = [];
  const checks = job.type === 'generated' && job.invariants === false ? undefined : verify;
  let outcome = silenced(printed, () => checkCase(timedExtract, articleMod.ExtractError, checks, html, url, 'budgetMs' in job ? job.budgetMs : undefined), {
    oneLine: true,
  });
  if (printed.length && outcome.status !== 'fail') {
    // A library must not print: the CLI's stdout is the article (json/markdown) and its stderr the summary.
    outcome = { status: 'fail', kind: 'engine-output', detail: `${printed.length} write(s); first: ${printed[0]}` };
  }
  const msg: WorkerMessage = {
    type: 'reply',
    id,
    outcome,
    extractMs,
    totalMs: performance.now() - t0,
    inputLength: html.length,
  };
  port.postMessage(msg);
});

const ready: WorkerMessage = { type: 'ready', verify: verify !== undefined, ...(verifyError ? { verifyError } : {}) };
port.postMessage(ready);
