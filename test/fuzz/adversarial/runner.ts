/**
 * Main-thread side of the adversarial suite: one engine worker, one job at a time, each under a hard
 * kill. A job past its bound (a hang, or a thread that dies out of memory) is a failure and the
 * worker is replaced, so one case cannot stall or take down the run (../lib/killable-worker.ts).
 */
import { KillableWorker } from '../lib/killable-worker';
import type { Outcome } from './check';
import type { Job, Reply } from './protocol';

export interface RunnerOptions {
  /** Stack of the worker: half of Node's main-thread default, nearer an extension's background. */
  stackSizeMb?: number;
  /** Heap of the worker: the hard memory bound (a case that needs more kills the thread). */
  maxOldGenerationSizeMb?: number;
}

export type Result = Omit<Reply, 'id'>;

export class AdversarialRunner extends KillableWorker<Job, Result> {
  constructor(opts: RunnerOptions = {}) {
    super({
      label: 'adversarial worker',
      script: new URL('./worker.mjs', import.meta.url),
      resourceLimits: { stackSizeMb: opts.stackSizeMb ?? 0.5, maxOldGenerationSizeMb: opts.maxOldGenerationSizeMb ?? 3072 },
      timeoutNote: ': the worker was killed',
      failed,
    });
  }
}

function failed(kind: 'timeout' | 'crashed', detail: string, ms: number): Result {
  const outcome: Outcome = { status: 'fail', kind, detail };
  return { outcome, extractMs: ms, heapMb: 0, inputLength: -1, totalMs: ms };
}
