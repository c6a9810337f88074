/** Messages between the adversarial driver (main thread) and its engine worker. */
import type { Bounds, Expectations, Measured } from './check';
import type { Plan } from './cases';

/** A regression input kept in fixtures/adversarial/: the page as parts (each repeated), with what it must give. */
export interface Recipe {
  name: string;
  /** How it was found (a plan line, or the case). */
  found: string;
  url?: string;
  /** Each part's text repeated `repeat` times; with `numbered`, `{i}` in it is the repetition's index (base 36). */
  parts: { text: string; repeat?: number; numbered?: boolean }[];
  expect: Partial<Expectations>;
  /** Budget for this input (default: the run's). */
  budgetMs?: number;
}

export type Job =
  /** Build the plan's page in the worker, then check it. */
  | { type: 'plan'; plan: Plan; bounds: Bounds }
  /** Build a regression recipe's page in the worker, then check it. */
  | { type: 'recipe'; recipe: Recipe; bounds: Bounds }
  /** Check this exact input (minimisation). */
  | { type: 'html'; html: string; url?: string; expect: Expectations; bounds: Bounds };

export type Reply = Measured & { id: number; totalMs: number };

export type WorkerMessage = { type: 'ready' } | ({ type: 'reply' } & Reply);
