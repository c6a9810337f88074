/**
 * Main-thread side of the adversarial suite: one engine worker, one job at a time, each under a hard
 * kill. A job past its bound (a hang, or a thread that dies out of memory) is a failure and the
 * worker is replaced, so one case cannot stall or take down the run.
 */
import { Worker } from 'node:worker_threads';
import type { Outcome } from './check';
import type { Job, Reply, WorkerMessage } from './protocol';

export interface RunnerOptions {
  /** Stack of the worker: half of Node's main-thread default, nearer an extension's background. */
  stackSizeMb?: number;
  /** Heap of the worker: the hard memory bound (a case that needs more kills the thread). */
  maxOldGenerationSizeMb?: number;
}

export type Result = Omit<Reply, 'id'>;

export class AdversarialRunner {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private pending: { id: number; resolve: (r: Result) => void; timer: NodeJS.Timeout; started: number } | undefined;
  private nextId = 1;
  restarts = 0;

  constructor(private readonly opts: RunnerOptions = {}) {}

  private start(): Promise<void> {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
      resourceLimits: { stackSizeMb: this.opts.stackSizeMb ?? 0.5, maxOldGenerationSizeMb: this.opts.maxOldGenerationSizeMb ?? 3072 },
      stdout: false,
      stderr: false,
    });
    this.worker = worker;
    return new Promise((resolve, reject) => {
      worker.on('message', (msg: WorkerMessage) => {
        if (msg.type === 'ready') return resolve();
        const p = this.pending;
        if (!p || msg.id !== p.id) return;
        clearTimeout(p.timer);
        this.pending = undefined;
        const { type: _t, id: _i, ...rest } = msg;
        p.resolve(rest);
      });
      const died = (detail: string) => {
        if (this.worker !== worker) return;
        this.worker = undefined;
        this.ready = undefined;
        this.restarts++;
        reject(new Error(`adversarial worker failed to start: ${detail}`));
        const p = this.pending;
        if (p) {
          clearTimeout(p.timer);
          this.pending = undefined;
          p.resolve(failed('crashed', detail, performance.now() - p.started));
        }
      };
      worker.on('error', (err) => died(`${err.name}: ${err.message}`.slice(0, 400)));
      worker.on('exit', (code) => died(`worker exited with code ${code}`));
    });
  }

  async run(job: Job, killMs: number): Promise<Result> {
    if (this.pending) throw new Error('AdversarialRunner runs one job at a time');
    this.ready ??= this.start();
    await this.ready;
    const worker = this.worker!;
    const id = this.nextId++;
    return new Promise<Result>((resolve) => {
      const started = performance.now();
      const timer = setTimeout(() => {
        if (this.pending?.id !== id) return;
        this.pending = undefined;
        this.worker = undefined;
        this.ready = undefined;
        this.restarts++;
        void worker.terminate();
        resolve(failed('timeout', `no result after ${killMs} ms: the worker was killed`, performance.now() - started));
      }, killMs);
      this.pending = { id, resolve, timer, started };
      worker.postMessage({ id, job });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    this.ready = undefined;
    if (w) await w.terminate();
  }
}

function failed(kind: 'timeout' | 'crashed', detail: string, ms: number): Result {
  const outcome: Outcome = { status: 'fail', kind, detail };
  return { outcome, extractMs: ms, heapMb: 0, inputLength: -1, totalMs: ms };
}
