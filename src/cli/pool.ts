/**
 * Runs jobs on worker threads (so a batch uses every core and a stuck page can be stopped), or on
 * the calling thread when asked (tests, embedding).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { messages, type Lang } from './i18n';
import { runJob, type ExtractFn, type FailureReason, type JobRequest, type JobResult } from './job';

/** What a worker sends back for each job: the result and its heap after it (bytes). */
export interface WorkerReply {
  result: JobResult;
  heapBytes: number;
}

export interface Runner {
  run(req: JobRequest, transfer?: ArrayBuffer[]): Promise<JobResult>;
  /** Stop everything; jobs not finished resolve as 'interrupted'. */
  close(): Promise<void>;
}

export class InProcessRunner implements Runner {
  constructor(private readonly extract?: ExtractFn) {}
  run(req: JobRequest): Promise<JobResult> {
    return runJob(req, this.extract);
  }
  async close(): Promise<void> {}
}

/** Heap room for a page of tens of megabytes; beyond it the worker dies and the input fails as 'crashed'. */
const LIMITS = { maxOldGenerationSizeMb: 4096 };

/**
 * The worker script. Built: dist/cli-worker.mjs next to dist/cli.mjs. From source (tsx, vitest):
 * src/cli/worker.ts, loaded through tsx's ESM hooks registered inside the worker.
 */
function createWorker(): Worker {
  const here = import.meta.url;
  if (/\.[cm]?ts$/.test(here)) {
    const tsxPkg = createRequire(here).resolve('tsx/package.json');
    const tsxApi = new URL('dist/esm/api/index.mjs', pathToFileURL(tsxPkg)).href;
    const entry = new URL('./worker.ts', here).href;
    const code = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(code, { eval: true, resourceLimits: LIMITS });
  }
  return new Worker(new URL('./cli-worker.mjs', here), { resourceLimits: LIMITS });
}

interface Pending {
  req: JobRequest;
  transfer: ArrayBuffer[];
  resolve: (r: JobResult) => void;
  timer: NodeJS.Timeout | null;
}

interface Slot {
  worker: Worker;
  job: Pending | null;
  /** Whether the worker finished loading (one that dies before is a start-up failure). */
  ready: boolean;
}

/**
 * A worker whose heap has grown past this (V8's committed heap, measured after each job) is
 * replaced by a fresh one once idle. V8 grows a heap that has room (up to LIMITS) rather than
 * collect, so a long batch would otherwise creep up in memory; a worker that stays small keeps
 * its warm JIT however many pages it has done.
 */
export const RECYCLE_HEAP_MB = 256;

/** Extra time the pool gives a job past --timeout before terminating its worker: the engine's own budget stops it first. */
const GRACE_MS = 500;

/** Workers in a row that die before their first result before the pool gives up on starting more. */
const MAX_STARTUP_FAILURES = 3;

export class WorkerPool implements Runner {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;
  private startupFailures = 0;
  /** Set when workers cannot start at all (e.g. the worker script is missing): every job fails with it. */
  private broken: string | null = null;

  private readonly t;
  /** Workers replaced because their heap grew (for the benchmark and tests). */
  recycled = 0;

  /**
   * @param timeoutMs per job; 0 = no limit. A job over its time has its worker terminated.
   * @param recycleHeapMb replace a worker whose heap is over this after a job.
   */
  constructor(
    private readonly size: number,
    private readonly timeoutMs: number,
    lang: Lang = 'en',
    private readonly recycleHeapMb: number = RECYCLE_HEAP_MB,
  ) {
    this.t = messages(lang);
  }

  run(req: JobRequest, transfer: ArrayBuffer[] = []): Promise<JobResult> {
    if (this.closed) return Promise.resolve(failure(req, 'interrupted', this.t.stoppedBefore));
    return new Promise((resolve) => {
      this.queue.push({ req, transfer, resolve, timer: null });
      this.pump();
    });
  }

  private pump(): void {
    while (!this.closed && this.queue.length > 0) {
      if (this.broken) {
        const job = this.queue.shift()!;
        job.resolve(failure(job.req, 'crashed', this.broken));
        continue;
      }
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      const busy = slot;
      if (this.timeoutMs > 0) {
        job.timer = setTimeout(
          () => this.fail(busy, 'timeout', this.t.noResult(String(this.timeoutMs / 1000))),
          this.timeoutMs + Math.min(GRACE_MS, this.timeoutMs),
        );
      }
      slot.worker.postMessage(job.req, job.transfer);
    }
  }

  private spawn(): Slot {
    const slot: Slot = { worker: createWorker(), job: null, ready: false };
    slot.worker.on('message', (reply: WorkerReply | { ready: true }) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.startupFailures = 0;
        return;
      }
      const job = slot.job;
      if (!job) return;
      if (job.timer) clearTimeout(job.timer);
      slot.job = null;
      if (reply.heapBytes > this.recycleHeapMb * 1048576) {
        this.recycled++;
        this.retire(slot);
      }
      job.resolve(reply.result);
      this.pump();
    });
    slot.worker.on('error', (err: Error & { code?: string }) =>
      this.fail(slot, 'crashed', err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? this.t.outOfMemory : err.message),
    );
    slot.worker.on('exit', (code) => this.fail(slot, 'crashed', this.t.workerStopped(code)));
    this.slots.push(slot);
    return slot;
  }

  /** An idle worker leaves the pool quietly; the next job starts a fresh one. */
  private retire(slot: Slot): void {
    const i = this.slots.indexOf(slot);
    if (i === -1) return;
    this.slots.splice(i, 1);
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {});
    void slot.worker.terminate();
  }

  /** Give up on a slot: its job (if any) fails, its worker is terminated, a new one starts on demand. */
  private fail(slot: Slot, reason: FailureReason, message: string): void {
    const i = this.slots.indexOf(slot);
    if (i === -1) return;
    this.slots.splice(i, 1);
    const job = slot.job;
    slot.job = null;
    slot.worker.removeAllListeners('message');
    void slot.worker.terminate();
    if (!slot.ready && reason === 'crashed' && ++this.startupFailures >= MAX_STARTUP_FAILURES) {
      this.broken = this.t.workersBroken(message);
    }
    if (job) {
      if (job.timer) clearTimeout(job.timer);
      job.resolve(failure(job.req, reason, message));
    }
    this.pump();
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve(failure(job.req, 'interrupted', this.t.stoppedBefore));
    const slots = this.slots.splice(0);
    for (const slot of slots) {
      slot.worker.removeAllListeners();
      slot.worker.on('error', () => {});
      const job = slot.job;
      slot.job = null;
      if (job) {
        if (job.timer) clearTimeout(job.timer);
        job.resolve(failure(job.req, 'interrupted', this.t.stoppedWhile));
      }
    }
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

function failure(req: JobRequest, reason: FailureReason, message: string): JobResult {
  return { index: req.index, status: 'failed', reason, message };
}
