/**
 * What one adversarial case must satisfy (runs in the worker, next to the engine):
 * - extract() returns an Article, or throws an ExtractError with a known reason whose message names
 *   the limit, and only when the case's size may be refused (a small page must give an Article; a
 *   size past a stated bound must be refused);
 * - within the time budget plus a stated margin (CPU time of extract() alone, the clock the engine's
 *   budget reads here too: see worker-impl.ts), and within a stated
 *   heap bound relative to the input's size;
 * - the Article keeps the contract (test/fuzz/lib/check.ts), the page family's template read it,
 *   every visible paragraph is in its text, nothing hidden and no page chrome is, the editor and
 *   authors the shape names are right, no control, zero-width or bidi character is left;
 * - it invents no text, shows no hidden text, is idempotent on its own HTML (src/verify.ts), and
 *   its Markdown read back through markdown-it gives its blocks and text (test/render/helpers.ts).
 */
import type { Article } from '../../../src/article';
import { contractProblems, maskedException } from '../lib/check';
import type { Refusal } from './shapes';

export interface Expectations {
  /** The template that must read the page (null: any). */
  template: string | null;
  title: string | null;
  visible: string[];
  hidden: string[];
  /** Visible on the page but never article text (chrome, work codes). */
  absent: string[];
  movable: string[];
  count?: { needle: string; min: number };
  editor?: string;
  authors?: string[];
  images?: number;
  refusals: Refusal[];
  /** The page is past a bound: only this error (or one of `refusals`) is right, an Article is not. */
  mustRefuse?: Refusal;
  /** Extract again with the trace on: the same Article, and every entry well-formed. */
  traceCheck?: boolean;
  /** Exact values the Article must carry. */
  url?: string | null;
  publishedAt?: string | null;
}

export interface Bounds {
  budgetMs: number;
  /** extract() may take at most budgetMs + marginMs of CPU time (the worker's clock). */
  marginMs: number;
  /** Heap growth allowed: baseMb + perChar × input characters (bytes). */
  heapBaseMb: number;
  heapPerChar: number;
}

export type FailureKind =
  | 'threw'
  | 'masked-exception'
  | 'bad-error-reason'
  | 'vague-error'
  | 'refused'
  | 'not-refused'
  | 'contract'
  | 'wrong-template'
  | 'lost-paragraph'
  | 'hidden-text'
  | 'not-article-text'
  | 'count'
  | 'images'
  | 'editor'
  | 'authors'
  | 'title'
  | 'invisible-chars'
  | 'invented'
  | 'not-idempotent'
  | 'markdown'
  | 'trace'
  | 'verify-threw'
  | 'over-budget'
  | 'memory'
  | 'engine-output'
  | 'timeout'
  | 'crashed'
  | 'generator-threw';

export type Outcome =
  | { status: 'article'; template: string; blocks: number; textLength: number }
  | { status: 'extract-error'; reason: string; message: string }
  | { status: 'fail'; kind: FailureKind; detail: string };

export interface Measured {
  outcome: Outcome;
  extractMs: number;
  /** Heap committed after extract() minus heap used before it (MB): an upper estimate of its peak. */
  heapMb: number;
  inputLength: number;
}

export interface Verify {
  inventedText(html: string, a: Article): string[];
  hiddenTextShown(html: string, a: Article): string[];
  idempotencyDiff(a: Article): string[];
}

const REASONS = new Set(['empty', 'not-an-article', 'unreadable', 'too-large', 'too-complex', 'timeout']);
/** A bound's error says which bound and its value. */
const NAMES_LIMIT: Record<string, RegExp> = {
  'too-large': /limit/,
  'too-complex': /more than [\d,]+/,
  timeout: /[\d,]+ ms time budget/,
};
/** Never in an Article's strings: C0/C1 controls (but tab and line feed), zero-width and bidi controls. */
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]/;

export const compact = (s: string) => s.normalize('NFKC').replace(/[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]+/g, '');

const fail = (kind: FailureKind, detail: string): Outcome => ({ status: 'fail', kind, detail: detail.slice(0, 600) });
const show = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** Heap bound in MB for an input of `chars` characters. */
export function heapBoundMb(b: Bounds, chars: number): number {
  return b.heapBaseMb + (b.heapPerChar * chars) / (1024 * 1024);
}

/** Checks of an Article's content against what the case says a reader sees. */
function contentProblems(a: Article, e: Expectations): Outcome | null {
  if (e.template && a.template !== e.template) return fail('wrong-template', `read by ${a.template}, not ${e.template}`);
  const text = compact(a.text);
  const movable = e.movable.map(compact);
  for (const v of e.visible) {
    const c = compact(v);
    if (c && !text.includes(c) && !movable.includes(c)) return fail('lost-paragraph', `${show(v)} is not in the text (text starts ${show(a.text)})`);
  }
  const everything = compact(
    [a.text, a.markdown, a.title, a.originalTitle ?? '', a.source ?? '', a.editor ?? '', ...a.authors, ...a.images.map((i) => i.caption), ...a.blocks.flatMap((b) => (b.type === 'video' ? [b.title] : []))].join('\n'),
  );
  for (const h of e.hidden) if (everything.includes(compact(h))) return fail('hidden-text', `${show(h)} reached the output`);
  for (const x of e.absent) if (text.includes(compact(x))) return fail('not-article-text', `${show(x)} is in the text`);
  if (e.count) {
    let seen = 0;
    for (let at = a.text.indexOf(e.count.needle); at >= 0 && seen < e.count.min; at = a.text.indexOf(e.count.needle, at + e.count.needle.length)) seen++;
    if (seen < e.count.min) return fail('count', `${show(e.count.needle)} ${seen} times in the text, expected at least ${e.count.min}`);
  }
  if (e.images !== undefined) {
    const n = a.blocks.filter((b) => b.type === 'image').length;
    if (n < e.images) return fail('images', `${n} image blocks, expected at least ${e.images}`);
  }
  if (e.editor !== undefined && a.editor !== e.editor) return fail('editor', `editor ${JSON.stringify(a.editor)}, expected ${JSON.stringify(e.editor)}`);
  for (const name of e.authors ?? []) if (!a.authors.includes(name)) return fail('authors', `authors ${JSON.stringify(a.authors)} lack ${name}`);
  if (e.title !== null && a.title !== e.title) return fail('title', `title ${show(a.title)}, expected ${show(e.title)}`);
  if (e.url !== undefined && a.url !== e.url) return fail('contract', `url ${JSON.stringify(a.url)}, expected ${JSON.stringify(e.url)}`);
  if (e.publishedAt !== undefined && a.publishedAt !== e.publishedAt) return fail('contract', `publishedAt ${JSON.stringify(a.publishedAt)}, expected ${JSON.stringify(e.publishedAt)}`);
  const strings = [a.text, a.title, a.originalTitle, a.source, a.editor, ...a.authors, ...a.keywords, ...a.blocks.flatMap((b) => ('text' in b ? [b.text] : b.type === 'image' ? [b.caption] : b.type === 'table' ? b.rows.flat() : [b.title]))];
  for (const s of strings) {
    const m = s ? INVISIBLE.exec(s) : null;
    if (m) return fail('invisible-chars', `U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} in ${show(s!)}`);
  }
  const md = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.exec(a.markdown);
  if (md) return fail('invisible-chars', `U+${md[0].charCodeAt(0).toString(16).padStart(4, '0')} in the Markdown`);
  return null;
}

/** The promises of src/verify.ts and the Markdown read-back. */
function invariantProblems(html: string, a: Article, verify: Verify, markdownProblems: (a: Article) => string[]): Outcome | null {
  const steps: [FailureKind, string, () => string[]][] = [
    ['invented', 'inventedText', () => verify.inventedText(html, a)],
    ['hidden-text', 'hiddenTextShown', () => verify.hiddenTextShown(html, a)],
    ['not-idempotent', 'idempotencyDiff', () => verify.idempotencyDiff(a)],
    ['markdown', 'markdownProblems', () => markdownProblems(a)],
  ];
  for (const [kind, name, run] of steps) {
    let found: string[];
    try {
      found = run();
    } catch (err) {
      return fail('verify-threw', `${name}: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
    }
    if (found.length) return fail(kind, found.slice(0, 3).map((s) => show(s)).join(', '));
  }
  return null;
}

export interface Engine {
  extract(html: string, options?: { url?: string; budgetMs?: number; trace?: boolean }): Article;
  ExtractError: abstract new (...args: never[]) => Error;
}

/**
 * Runs one case. `measure` wraps extract() (time and heap); the remaining checks run after it.
 * The order is: outcome → time → memory → contract → content → invariants.
 */
export function checkCase(
  engine: Engine,
  verify: Verify,
  markdownProblems: (a: Article) => string[],
  input: { html: string; url?: string },
  e: Expectations,
  bounds: Bounds,
  measure: <T>(fn: () => T) => { value?: T; error?: unknown; ms: number; heapMb: number },
): Measured {
  const run = measure(() => engine.extract(input.html, { ...(input.url ? { url: input.url } : {}), budgetMs: bounds.budgetMs }));
  const base = { extractMs: run.ms, heapMb: run.heapMb, inputLength: input.html.length };
  const done = (outcome: Outcome): Measured => ({ outcome, ...base });
  let outcome: Outcome;
  if (run.error !== undefined) {
    const err = run.error;
    if (!(err instanceof engine.ExtractError)) {
      return done(fail('threw', err instanceof Error ? `${err.name}: ${err.message} | ${(err.stack ?? '').split('\n').slice(1, 4).join(' | ')}` : String(err)));
    }
    const reason = (err as Error & { reason?: string }).reason ?? '';
    if (!REASONS.has(reason)) return done(fail('bad-error-reason', reason));
    const masked = maskedException(err, engine.ExtractError);
    if (masked) return done(fail('masked-exception', masked));
    if (NAMES_LIMIT[reason] && !NAMES_LIMIT[reason]!.test(err.message)) return done(fail('vague-error', `${reason}: ${err.message}`));
    const allowed = e.mustRefuse ? [e.mustRefuse, ...e.refusals] : e.refusals;
    if (!allowed.includes(reason as Refusal)) return done(fail('refused', `${reason}: ${err.message}`));
    outcome = { status: 'extract-error', reason, message: err.message.slice(0, 200) };
  } else {
    outcome = { status: 'article', template: run.value!.template, blocks: run.value!.blocks.length, textLength: run.value!.text.length };
  }
  if (run.ms > bounds.budgetMs + bounds.marginMs) {
    return done(fail('over-budget', `extract() took ${Math.round(run.ms)} ms of CPU, over the ${bounds.budgetMs} ms budget + ${bounds.marginMs} ms margin (${outcome.status === 'article' ? 'article' : (outcome as { reason: string }).reason})`));
  }
  const heapBound = heapBoundMb(bounds, input.html.length);
  if (run.heapMb > heapBound) return done(fail('memory', `heap grew ${Math.round(run.heapMb)} MB, over ${Math.round(heapBound)} MB for ${input.html.length.toLocaleString('en-US')} characters`));
  if (outcome.status !== 'article') return done(outcome);
  const a = run.value!;
  if (e.mustRefuse) return done(fail('not-refused', `an Article (${a.blocks.length} blocks) where the page is past a bound: expected ${e.mustRefuse}`));
  const contract = contractProblems(a);
  if (contract.length) return done(fail('contract', contract.slice(0, 5).join('; ')));
  return done(contentProblems(a, e) ?? (e.traceCheck ? traceProblems(engine, input, a, bounds) : null) ?? invariantProblems(input.html, a, verify, markdownProblems) ?? outcome);
}

const STAGES = new Set(['guard', 'parse', 'strip', 'template', 'clean', 'blocks', 'lines', 'metadata']);
const ACTIONS = new Set(['remove', 'move', 'keep', 'choose', 'skip']);

/** With the trace on, the same Article (the trace only records), and entries of the agreed shape. */
function traceProblems(engine: Engine, input: { html: string; url?: string }, a: Article, bounds: Bounds): Outcome | null {
  let traced: Article;
  try {
    // The first run's budget was enough; the traced one may take a little longer, so it gets twice it.
    traced = engine.extract(input.html, { ...(input.url ? { url: input.url } : {}), budgetMs: 2 * bounds.budgetMs, trace: true });
  } catch (err) {
    return fail('trace', `with trace: ${err instanceof Error ? err.message : String(err)}`);
  }
  const { trace, ...rest } = traced;
  if (JSON.stringify(rest) !== JSON.stringify(a)) {
    const field = Object.keys(a).find((k) => JSON.stringify((a as unknown as Record<string, unknown>)[k]) !== JSON.stringify((rest as Record<string, unknown>)[k]));
    return fail('trace', `the trace changed the Article: ${String(field)}`);
  }
  if (!Array.isArray(trace)) return fail('trace', 'no trace array');
  for (const t of trace) {
    if (!STAGES.has(t.stage) || !ACTIONS.has(t.action) || !t.rule || typeof t.reason !== 'string' || (t.text !== undefined && t.text.length > 120)) {
      return fail('trace', `entry ${JSON.stringify(t).slice(0, 200)}`);
    }
  }
  return null;
}
