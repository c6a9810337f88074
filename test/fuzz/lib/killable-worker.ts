/**
 * Main-thread side of a harness worker: one worker thread, one job at a time, each under a hard
 * kill. A job that runs past its bound (a hang, or a thread that dies, e.g. out of memory) resolves
 * as a failure and the worker is replaced on the next job, so one case cannot stall or take down
 * the run. Used by the fuzz pool (./pool.ts) and the adversarial runner.
 *
 * The worker posts `{ type: 'ready', ...Ready }` once loaded, then answers each `{ id, job }` with
 * `{ type: 'reply', id, ...R }`.
 */
import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface KillableWorkerSpec<R> {
  /** Names the worker in errors: "<label> failed to start". */
  label: string;
  /** The worker thread's module. */
  script: URL;
  workerData?: unknown;
  resourceLimits: ResourceLimits;
  /** Appended to the detail of a job past its bound. */
  timeoutNote?: string;
  /** The result that stands for a job that timed out or whose worker died. */
  failed: (kind: 'timeout' | 'crashed', detail: string, ms: number) => R;
}

interface Pending<R> {
  id: number;
  resolve: (r: R) => void;
  timer: NodeJS.Timeout;
  started: number;
}

type Message<R, Ready> = ({ type: 'ready' } & Ready) | ({ type: 'reply'; id: number } & R);

export class KillableWorker<J, R, Ready extends object = object> {
  private worker: Worker | undefined;
  private ready: Promise<Ready> | undefined;
  private pending: Pending<R> | undefined;
  private nextId = 1;
  /** The last worker's ready message (what it loaded). */
  protected loaded: Ready | undefined;
  restarts = 0;

  constructor(private readonly spec: KillableWorkerSpec<R>) {}

  private start(): Promise<Ready> {
    const { label, script, workerData, resourceLimits, failed } = this.spec;
    const worker = new Worker(script, { workerData, resourceLimits, stdout: false, stderr: false });
    this.worker = worker;
    return new Promise((resolve, reject) => {
      worker.on('message', (msg: Message<R, Ready>) => {
        if (msg.type === 'ready') {
          this.loaded = msg;
          resolve(msg);
          return;
        }
        const p = this.pending;
        if (!p || msg.id !== p.id) return;
        clearTimeout(p.timer);
        this.pending = undefined;
        const { type: _t, id: _i, ...rest } = msg;
        p.resolve(rest as unknown as R);
      });
      const died = (detail: string): void => {
        if (this.worker !== worker) return;
        this.worker = undefined;
        this.ready = undefined;
        this.restarts++;
        reject(new Error(`${label} failed to start: ${detail}`));
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

  /** Resolves once the worker has loaded. */
  async init(): Promise<void> {
    this.ready ??= this.start();
    await this.ready;
  }

  async run(job: J, timeoutMs: number): Promise<R> {
    if (this.pending) throw new Error(`${this.spec.label} runs one job at a time`);
    await this.init();
    const worker = this.worker as Worker;
    const id = this.nextId++;
    return new Promise<R>((resolve) => {
      const started = performance.now();
      const timer = setTimeout(() => {
        if (this.pending?.id !== id) return;
        this.pending = undefined;
        this.worker = undefined;
        this.ready = undefined;
        this.restarts++;
        void worker.terminate();
        resolve(this.spec.failed('timeout', `no result after ${timeoutMs} ms${this.spec.timeoutNote ?? ''}`, performance.now() - started));
      }, timeoutMs);
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
