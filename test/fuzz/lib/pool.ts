/**
 * Main-thread side: owns one engine worker, sends it one job at a time and bounds each job
 * with a timeout. A job that runs past its bound (or kills the worker) is reported as a
 * failure and the worker is replaced, so one hang cannot stall the run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Outcome } from './check';
import { ROOT } from './corpus';
import type { Job, Reply, WorkerConfig, WorkerMessage } from './protocol';

export interface RunnerOptions {
  engine?: string;
  article?: string;
  /** null: run without the invariant checks (only for the harness's own tests). */
  verify?: string | null;
  /**
   * Stack of the worker thread. 1 MB is close to Node's main thread default (984 KB) so deep
   * recursion in the engine fails here as it would in the CLI.
   */
  stackSizeMb?: number;
  maxOldGenerationSizeMb?: number;
}

export type RunResult = Omit<Reply, 'id'> & { outcome: Outcome };

export function defaultWorkerConfig(): WorkerConfig {
  const verifyPath = join(ROOT, 'src/verify.ts');
  return {
    engine: pathToFileURL(join(ROOT, 'src/engine/extract.ts')).href,
    article: pathToFileURL(join(ROOT, 'src/article.ts')).href,
    verify: existsSync(verifyPath) ? pathToFileURL(verifyPath).href : null,
  };
}

interface Pending {
  id: number;
  resolve: (r: RunResult) => void;
  timer: NodeJS.Timeout;
  started: number;
}

export class EngineRunner {
  private worker: Worker | undefined;
  private ready: Promise<{ verify: boolean; verifyError?: string }> | undefined;
  private pending: Pending | undefined;
  private nextId = 1;
  private readonly config: WorkerConfig;
  /** Set once the first worker reports whether the invariant checks are loaded. */
  verifyLoaded: boolean | undefined;
  verifyError: string | undefined;
  restarts = 0;

  constructor(private readonly opts: RunnerOptions = {}) {
    const d = defaultWorkerConfig();
    this.config = {
      engine: opts.engine ?? d.engine,
      article: opts.article ?? d.article,
      verify: opts.verify === undefined ? d.verify : opts.verify,
    };
  }

  private start(): Promise<{ verify: boolean; verifyError?: string }> {
    const worker = new Worker(new URL('./worker.mjs', import.meta.url), {
      workerData: this.config,
      resourceLimits: {
        stackSizeMb: this.opts.stackSizeMb ?? 1,
        ...(this.opts.maxOldGenerationSizeMb ? { maxOldGenerationSizeMb: this.opts.maxOldGenerationSizeMb } : {}),
      },
      stdout: false,
      stderr: false,
    });
    this.worker = worker;
    return new Promise((resolve, reject) => {
      worker.on('message', (msg: WorkerMessage) => {
        if (msg.type === 'ready') {
          this.verifyLoaded = msg.verify;
          this.verifyError = msg.verifyError;
          resolve(msg);
          return;
        }
        const p = this.pending;
        if (!p || msg.id !== p.id) return;
        clearTimeout(p.timer);
        this.pending = undefined;
        const { type: _t, id: _i, ...rest } = msg;
        p.resolve(rest);
      });
      const died = (detail: string): void => {
        if (this.worker !== worker) return;
        this.worker = undefined;
        this.ready = undefined;
        this.restarts++;
        reject(new Error(`engine worker failed to start: ${detail}`));
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

  /** Resolves once the worker has loaded the engine. */
  async init(): Promise<void> {
    this.ready ??= this.start();
    await this.ready;
  }

  async run(job: Job, timeoutMs: number): Promise<RunResult> {
    if (this.pending) throw new Error('EngineRunner runs one job at a time');
    await this.init();
    const worker = this.worker as Worker;
    const id = this.nextId++;
    return new Promise<RunResult>((resolve) => {
      const started = performance.now();
      const timer = setTimeout(() => {
        if (this.pending?.id !== id) return;
        this.pending = undefined;
        this.worker = undefined;
        this.ready = undefined;
        this.restarts++;
        void worker.terminate();
        resolve(failed('timeout', `no result after ${timeoutMs} ms`, performance.now() - started));
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

function failed(kind: 'timeout' | 'crashed', detail: string, ms: number): RunResult {
  return { outcome: { status: 'fail', kind, detail }, extractMs: ms, totalMs: ms, inputLength: -1 };
}
