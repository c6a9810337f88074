/**
 * What travels through the pipeline stages: the time budget (checked inside every walk) and the
 * trace recorder (every removal and metadata choice, when asked for).
 */
import type { TraceEntry } from '../article';
import { ExtractError } from '../article';
import { DEFAULT_BUDGET_MS } from './limits';

const now: () => number = typeof performance !== 'undefined' && typeof performance.now === 'function' ? () => performance.now() : () => Date.now();

/** How many cheap `tick()`s pass between two looks at the clock. */
const TICKS_PER_CHECK = 512;

/** The time budget of one extraction. */
export class Deadline {
  readonly budgetMs: number;
  private readonly end: number;
  private ticks = 0;

  constructor(budgetMs: number = DEFAULT_BUDGET_MS) {
    // Infinity is "no limit" (the CLI's --timeout 0); anything else that is not a positive number is the default.
    this.budgetMs = budgetMs === Number.POSITIVE_INFINITY || (Number.isFinite(budgetMs) && budgetMs > 0) ? budgetMs : DEFAULT_BUDGET_MS;
    this.end = now() + this.budgetMs;
  }

  /** Called once per step of a walk; looks at the clock every few hundred steps. */
  tick(): void {
    if (++this.ticks >= TICKS_PER_CHECK) {
      this.ticks = 0;
      this.check();
    }
  }

  /** Throws ExtractError('timeout') once the budget is spent. */
  check(): void {
    if (now() > this.end) {
      throw new ExtractError('timeout', `the page took longer than the ${this.budgetMs} ms time budget to extract`);
    }
  }

  remaining(): number {
    return this.end - now();
  }
}

/** A trace entry before it is placed in page order. */
interface Pending {
  entry: TraceEntry;
  /** Position in page order within its stage (document order of the node, or block index). */
  pos: number;
  seq: number;
}

const STAGE_ORDER: TraceEntry['stage'][] = ['guard', 'parse', 'strip', 'template', 'clean', 'blocks', 'lines', 'metadata'];

/** Records trace entries when enabled; a no-op otherwise (the Article then has no `trace` key). */
export class Trace {
  private readonly pending: Pending[] = [];
  private seq = 0;

  constructor(readonly enabled: boolean) {}

  add(entry: TraceEntry, pos = 0): void {
    if (!this.enabled) return;
    const e: TraceEntry = { ...entry };
    if (e.text !== undefined) e.text = clip(e.text);
    this.pending.push({ entry: e, pos, seq: this.seq++ });
  }

  /** Entries by stage in pipeline order, and within a stage in page order. */
  entries(): TraceEntry[] {
    const stage = (e: TraceEntry) => STAGE_ORDER.indexOf(e.stage);
    return [...this.pending]
      .sort((a, b) => stage(a.entry) - stage(b.entry) || a.pos - b.pos || a.seq - b.seq)
      .map((p) => p.entry);
  }
}

/** At most 120 characters, whitespace folded. */
export function clip(s: string): string {
  const t = s.slice(0, 1000).replace(/\s+/g, ' ').trim();
  return t.length > 120 ? `${t.slice(0, 119)}…` : t;
}

export interface Ctx {
  deadline: Deadline;
  trace: Trace;
}

export function makeCtx(options: { budgetMs?: number; trace?: boolean } = {}): Ctx {
  return { deadline: new Deadline(options.budgetMs), trace: new Trace(!!options.trace) };
}
