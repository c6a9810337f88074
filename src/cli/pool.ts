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
  memory?: WorkerMemory;
}

/** A worker's V8 memory after a job (bytes): heap used and committed, external (buffers), code. */
export interface WorkerMemory {
  heapUsed: number;
  heapTotal: number;
  external: number;
  code: number;
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

/**
 * A worker's old-generation heap limit (MB). V8 sizes a heap by its limit: under 2 GB it lets the
 * heap grow to about twice what survived the last full collection before collecting again, from
 * 2 GB up to four times (its heap controller's largest factor). 2,000 MB held the workers' heaps
 * near 100 MB but cost a one-worker batch about 15 % of its time (2,000 archive files: 9.0-9.8 s
 * against 7.7-8.5 s, 230 against 295 MB); at 2,048 the time and memory are 4,096's, and memory is
 * flat within a long batch either way (about 40 MB survives each full collection; docs/bench.md).
 * Every page of the corpus fits, and so do 64 MiB of text and 999,000 lines of `字<br>`. An input
 * that runs a worker out of it is run once more on a fresh worker with LARGE_HEAP_MB, which is
 * retired after that input.
 */
export const WORKER_HEAP_MB = 2048;

/** Heap room for a page of tens of megabytes (the retry of an input that ran out of WORKER_HEAP_MB). */
export const LARGE_HEAP_MB = 4096;

/**
 * The worker script. Built: dist/cli-worker.mjs next to dist/cli.mjs. From source (tsx, vitest):
 * src/cli/worker.ts, loaded through tsx's ESM hooks registered inside the worker.
 */
function createWorker(heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  const here = import.meta.url;
  if (/\.[cm]?ts$/.test(here)) {
    const tsxPkg = createRequire(here).resolve('tsx/package.json');
    const tsxApi = new URL('dist/esm/api/index.mjs', pathToFileURL(tsxPkg)).href;
    const entry = new URL('./worker.ts', here).href;
    const code = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
    return new Worker(code, { eval: true, resourceLimits });
  }
  return new Worker(new URL('./cli-worker.mjs', here), { resourceLimits });
}

interface Pending {
  req: JobRequest;
  transfer: ArrayBuffer[];
  resolve: (r: JobResult) => void;
  timer: NodeJS.Timeout | null;
  /** Set when the job is run again on a large-heap worker after running a capped one out of memory. */
  retried: boolean;
}

interface Slot {
  worker: Worker;
  job: Pending | null;
  /** Whether the worker finished loading (one that dies before is a start-up failure). */
  ready: boolean;
  /** A large-heap worker, started for one input that ran out of memory elsewhere; retired after it. */
  large: boolean;
}

/**
 * A worker whose heap has grown past this (V8's committed heap, measured after each job) is
 * replaced by a fresh one once idle: a page that needed most of WORKER_HEAP_MB leaves its heap
 * committed. A worker that stays small keeps its warm JIT however many pages it has done.
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
  /** Inputs run again on a large-heap worker after running a capped one out of memory. */
  retried = 0;
  /** Called after each job with the worker's memory (the benchmark samples it). */
  onMemory: ((threadId: number, memory: WorkerMemory) => void) | null = null;

  /**
   * @param timeoutMs per job; 0 = no limit. A job over its time has its worker terminated.
   * @param recycleHeapMb replace a worker whose heap is over this after a job.
   * @param heapMb each worker's heap limit; an input over it is retried once with LARGE_HEAP_MB.
   */
  constructor(
    private readonly size: number,
    private readonly timeoutMs: number,
    lang: Lang = 'en',
    private readonly recycleHeapMb: number = RECYCLE_HEAP_MB,
    private readonly heapMb: number = WORKER_HEAP_MB,
  ) {
    this.t = messages(lang);
  }

  run(req: JobRequest, transfer: ArrayBuffer[] = []): Promise<JobResult> {
    if (this.closed) return Promise.resolve(failure(req, 'interrupted', this.t.stoppedBefore));
    return new Promise((resolve) => {
      this.queue.push({ req, transfer, resolve, timer: null, retried: false });
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
      let slot = this.slots.find((s) => !s.job && !s.large);
      if (!slot && this.slots.length < this.size) slot = this.spawn(false);
      if (!slot) return;
      this.start(slot, this.queue.shift()!);
    }
  }

  private start(slot: Slot, job: Pending): void {
    slot.job = job;
    if (this.timeoutMs > 0) {
      job.timer = setTimeout(
        () => this.fail(slot, 'timeout', this.t.noResult(String(this.timeoutMs / 1000))),
        this.timeoutMs + Math.min(GRACE_MS, this.timeoutMs),
      );
    }
    slot.worker.postMessage(job.req, job.transfer);
  }

  private spawn(large: boolean): Slot {
    const slot: Slot = { worker: createWorker(large ? LARGE_HEAP_MB : this.heapMb), job: null, ready: false, large };
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
      if (reply.memory && this.onMemory) this.onMemory(slot.worker.threadId, reply.memory);
      if (slot.large) this.retire(slot);
      else if (reply.heapBytes > this.recycleHeapMb * 1048576) {
        this.recycled++;
        this.retire(slot);
      }
      job.resolve(reply.result);
      this.pump();
    });
    slot.worker.on('error', (err: Error & { code?: string }) => {
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') this.outOfMemory(slot);
      else this.fail(slot, 'crashed', err.message);
    });
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

  /**
   * A worker ran out of heap. A capped worker's input runs once more on a fresh large-heap worker
   * in its place (with a full --timeout of its own); a large worker's input fails as 'crashed'.
   */
  private outOfMemory(slot: Slot): void {
    const job = slot.job;
    // Bytes handed over by transfer (none today: batch.ts copies stdin) are gone with the worker.
    // (A limit already as large as LARGE_HEAP_MB would only run out again.)
    if (!job || slot.large || job.retried || job.transfer.length > 0 || this.closed || this.heapMb >= LARGE_HEAP_MB) {
      this.fail(slot, 'crashed', this.t.outOfMemory);
      return;
    }
    const i = this.slots.indexOf(slot);
    if (i === -1) return;
    this.slots.splice(i, 1);
    slot.job = null;
    slot.worker.removeAllListeners();
    slot.worker.on('error', () => {});
    void slot.worker.terminate();
    if (job.timer) clearTimeout(job.timer);
    job.timer = null;
    job.retried = true;
    this.retried++;
    this.start(this.spawn(true), job);
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
