/**
 * Main-thread side: owns one engine worker, sends it one job at a time and bounds each job
 * with a timeout. A job that runs past its bound (or kills the worker) is reported as a
 * failure and the worker is replaced, so one hang cannot stall the run (./killable-worker.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Outcome } from './check';
import { ROOT } from './corpus';
import { KillableWorker } from './killable-worker';
import type { Job, Reply, WorkerConfig } from './protocol';

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

function workerConfig(opts: RunnerOptions): WorkerConfig {
  const d = defaultWorkerConfig();
  return {
    engine: opts.engine ?? d.engine,
    article: opts.article ?? d.article,
    verify: opts.verify === undefined ? d.verify : opts.verify,
  };
}

export class EngineRunner extends KillableWorker<Job, RunResult, { verify: boolean; verifyError?: string }> {
  constructor(opts: RunnerOptions = {}) {
    super({
      label: 'engine worker',
      script: new URL('./worker.mjs', import.meta.url),
      workerData: workerConfig(opts),
      resourceLimits: {
        stackSizeMb: opts.stackSizeMb ?? 1,
        ...(opts.maxOldGenerationSizeMb ? { maxOldGenerationSizeMb: opts.maxOldGenerationSizeMb } : {}),
      },
      failed,
    });
  }

  /** Set once the first worker reports whether the invariant checks are loaded. */
  get verifyLoaded(): boolean | undefined {
    return this.loaded?.verify;
  }

  get verifyError(): string | undefined {
    return this.loaded?.verifyError;
  }
}

function failed(kind: 'timeout' | 'crashed', detail: string, ms: number): RunResult {
  return { outcome: { status: 'fail', kind, detail }, extractMs: ms, totalMs: ms, inputLength: -1 };
}
