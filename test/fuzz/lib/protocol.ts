/** Messages between the fuzz driver (main thread) and the engine worker. */
import type { Outcome } from './check';

export type Job =
  /** Generate case `index` of run `seed` from the corpus inside the worker, then check it. */
  | { type: 'case'; seed: number; index: number }
  /** Check this exact input. */
  | { type: 'html'; html: string; url?: string; budgetMs?: number }
  /** Build the input in the worker (big inputs are not copied between threads), then check it. */
  | { type: 'generated'; module: string; fn: string; args: unknown[]; invariants?: boolean; budgetMs?: number };

export interface Reply {
  id: number;
  outcome: Outcome;
  /** Time spent inside extract() calls (the engine), and in the whole check (with verify). */
  extractMs: number;
  totalMs: number;
  inputLength: number;
}

export interface WorkerConfig {
  /** file: URL of a module exporting `extract` (the real engine unless a test swaps it). */
  engine: string;
  /** file: URL of a module exporting `ExtractError`. */
  article: string;
  /** file: URL of a module exporting `inventedText` and `idempotencyDiff`, or null to skip them. */
  verify: string | null;
}

export type WorkerMessage = { type: 'ready'; verify: boolean; verifyError?: string } | ({ type: 'reply' } & Reply);
