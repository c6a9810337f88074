/**
 * The adversarial driver shared by the vitest run (CI size) and `npm run fuzz:adversarial` (larger,
 * on demand): runs the plans one by one under a hard kill, keeps what each case cost, minimises each
 * failure (first the size, then the markup when the failure does not depend on it) and writes it
 * to test/fuzz/adversarial/failures/ (gitignored) with its replay line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/corpus';
import { minimize } from '../lib/minimize';
import { buildCase, describePlan, makePlans, type Plan } from './cases';
import { heapBoundMb, type Bounds, type FailureKind, type Outcome } from './check';
import { AdversarialRunner, type RunnerOptions } from './runner';
import { shapeById } from './shapes';
import { expectationsOf } from './expect';

/** The fixed seed of the CI run. */
export const DEFAULT_SEED = 20_261_201;
export const FAILURES_DIR = join(ROOT, 'test/fuzz/adversarial/failures');

/**
 * The stated bounds every case is held to. Time: the engine's budget (smaller than the default in
 * CI, so that inputs past what it reads in time are cut quickly) plus a margin for the steps that
 * cannot look at the clock (rendering after the last check, Readability's one call, one selector
 * pass over the page) and for a loaded machine. Memory: heap growth during extract() at most
 * 768 MB (what the trees the node caps allow cost: a million elements re-opened from 27 KB of
 * markup take about 500 MB) plus 24 bytes per input character (a character is 2 bytes in a string,
 * and the text is held a few times over: page, blocks, text, Markdown).
 */
export const DEFAULT_BOUNDS: Bounds = { budgetMs: 3_000, marginMs: 5_000, heapBaseMb: 768, heapPerChar: 24 };

export interface RunOptions {
  seed: number;
  random: number;
  maxTier: number;
  /** Largest size tier of the random cases (default: maxTier). */
  randomMaxTier?: number;
  only?: string[];
  /** Exact plans instead of generated ones (replay). */
  plans?: Plan[];
  bounds: Bounds;
  killMs?: number;
  failuresDir: string | null;
  minimizeMs: number;
  log?: (line: string) => void;
  runner?: RunnerOptions;
}

export interface CaseRecord {
  plan: Plan;
  outcome: Outcome;
  extractMs: number;
  heapMb: number;
  inputLength: number;
  totalMs: number;
}

export interface FailureRecord extends CaseRecord {
  kind: FailureKind;
  /** Smallest size found that fails the same way, and where its files are. */
  minimal?: { n: number; html?: string; files: string[] };
}

export interface Report {
  seed: number;
  cases: number;
  elapsedMs: number;
  bounds: Bounds;
  counts: Record<string, number>;
  failures: FailureRecord[];
  slowest: CaseRecord[];
  /** The largest heap growth relative to its bound, and the largest time past the budget. */
  worstHeap: CaseRecord | null;
  worstOverrun: CaseRecord | null;
  restarts: number;
}

export function killBound(b: Bounds): number {
  // Room for the checks after extract(): the page parsed again, its own HTML extracted again, Markdown read back.
  return 4 * (b.budgetMs + b.marginMs) + 60_000;
}

const key = (o: Outcome) => (o.status === 'article' ? `article:${o.template}` : o.status === 'extract-error' ? `error:${o.reason}` : `fail:${o.kind}`);
/** Failures that do not depend on the case's expectations: minimising the markup keeps their meaning. */
const MARKUP_MINIMISABLE = new Set<FailureKind>(['threw', 'masked-exception', 'bad-error-reason', 'contract', 'invented', 'not-idempotent', 'markdown', 'verify-threw', 'invisible-chars', 'crashed']);

export async function runAdversarial(opts: RunOptions): Promise<Report> {
  const log = opts.log ?? (() => {});
  const plans = opts.plans ?? makePlans(opts.seed, { random: opts.random, maxTier: opts.maxTier, ...(opts.randomMaxTier !== undefined ? { randomMaxTier: opts.randomMaxTier } : {}), ...(opts.only ? { only: opts.only } : {}) });
  const killMs = opts.killMs ?? killBound(opts.bounds);
  const runner = new AdversarialRunner(opts.runner);
  const t0 = performance.now();
  const counts: Record<string, number> = {};
  const records: CaseRecord[] = [];
  const failures: FailureRecord[] = [];
  try {
    const every = Math.max(25, Math.ceil(plans.length / 10));
    for (const [i, plan] of plans.entries()) {
      const r = await runner.run({ type: 'plan', plan, bounds: opts.bounds }, killMs);
      const rec: CaseRecord = { plan, ...r };
      records.push(rec);
      counts[key(r.outcome)] = (counts[key(r.outcome)] ?? 0) + 1;
      if (r.outcome.status === 'fail') {
        failures.push({ ...rec, kind: r.outcome.kind });
        log(`FAIL ${describePlan(plan)}: ${r.outcome.kind}: ${r.outcome.detail.slice(0, 300)}`);
      }
      if ((i + 1) % every === 0) log(`${i + 1}/${plans.length} cases, ${failures.length} failures, ${Math.round((performance.now() - t0) / 1000)} s`);
    }
    if (opts.failuresDir) await writeFailures(failures, runner, opts, killMs, log);
  } finally {
    await runner.close();
  }
  const measured = records.filter((r) => r.inputLength >= 0);
  const byHeap = [...measured].sort((a, b) => b.heapMb / heapBoundMb(opts.bounds, b.inputLength) - a.heapMb / heapBoundMb(opts.bounds, a.inputLength));
  const byOverrun = [...measured].sort((a, b) => b.extractMs - a.extractMs);
  return {
    seed: opts.seed,
    cases: plans.length,
    elapsedMs: Math.round(performance.now() - t0),
    bounds: opts.bounds,
    counts,
    failures,
    slowest: [...records].sort((a, b) => b.totalMs - a.totalMs).slice(0, 5),
    worstHeap: byHeap[0] ?? null,
    worstOverrun: byOverrun[0] ?? null,
    restarts: runner.restarts,
  };
}

const sameFailure = (o: Outcome, kind: FailureKind) => o.status === 'fail' && o.kind === kind;

/** The smallest size of the shape (its smaller tiers, then a bisection) that still fails the same way. */
async function smallestSize(f: FailureRecord, runner: AdversarialRunner, bounds: Bounds, killMs: number, deadline: number): Promise<number> {
  const shape = shapeById(f.plan.shape);
  const fails = async (n: number) => sameFailure((await runner.run({ type: 'plan', plan: { ...f.plan, n }, bounds }, killMs)).outcome, f.kind);
  let lo = 0;
  let hi = f.plan.n;
  for (const n of shape.sizes.filter((s) => s < f.plan.n)) {
    if (performance.now() > deadline) return hi;
    if (await fails(n)) {
      hi = n;
      break;
    }
    lo = n;
  }
  // Bisect between the largest passing and the smallest failing size (a few steps).
  for (let step = 0; step < 8 && hi - lo > 1 && performance.now() < deadline; step++) {
    const mid = Math.floor((lo + hi) / 2);
    if (await fails(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}

async function writeFailures(failures: FailureRecord[], runner: AdversarialRunner, opts: RunOptions, killMs: number, log: (s: string) => void): Promise<void> {
  const dir = opts.failuresDir!;
  mkdirSync(dir, { recursive: true });
  const seen = new Set<string>();
  for (const f of failures) {
    const sig = `${f.plan.shape}:${f.kind}`;
    if (seen.has(sig)) continue;
    seen.add(sig);
    const deadline = performance.now() + opts.minimizeMs;
    const n = f.kind === 'timeout' || f.kind === 'crashed' ? f.plan.n : await smallestSize(f, runner, opts.bounds, killMs, deadline);
    const small = buildCase({ ...f.plan, n });
    const base = `${f.plan.shape}-${f.plan.family}-n${n}`;
    const files: string[] = [];
    const rel = (name: string) => join(dir, name).slice(ROOT.length + 1);
    if (small.html.length <= 4_000_000) {
      writeFileSync(join(dir, `${base}.input.html`), small.html);
      files.push(rel(`${base}.input.html`));
    }
    let minimal: string | undefined;
    if (MARKUP_MINIMISABLE.has(f.kind) && small.html.length <= 200_000 && performance.now() < deadline) {
      const expect = { ...expectationsOf(small), visible: [], hidden: [], absent: [], movable: [], count: undefined, images: undefined, editor: undefined, authors: undefined, title: null, template: null };
      const still = async (html: string) =>
        sameFailure((await runner.run({ type: 'html', html, ...(small.url ? { url: small.url } : {}), expect: { ...expect, refusals: ['too-large', 'too-complex', 'timeout', 'not-an-article', 'empty', 'unreadable'] }, bounds: opts.bounds }, killMs)).outcome, f.kind);
      const m = await minimize(small.html, still, Math.max(1_000, deadline - performance.now()));
      minimal = m.input;
      writeFileSync(join(dir, `${base}.min.html`), m.input);
      files.push(rel(`${base}.min.html`));
    }
    const replay = `ADV_PLAN=${f.plan.shape}:${f.plan.family}:${n}:${f.plan.seed} npm run fuzz:adversarial`;
    writeFileSync(join(dir, `${base}.json`), JSON.stringify({ plan: { ...f.plan, n }, failedAt: f.plan.n, kind: f.kind, detail: f.outcome.status === 'fail' ? f.outcome.detail : '', replay }, null, 2) + '\n');
    files.push(rel(`${base}.json`));
    f.minimal = { n, ...(minimal !== undefined ? { html: minimal } : {}), files };
    log(`  minimised ${sig} to n=${n}${minimal !== undefined ? ` and ${minimal.length} characters of markup` : ''}: ${files.join(', ')}`);
  }
}

export function formatReport(r: Report): string {
  const ms = (x: number) => `${Math.round(x).toLocaleString('en-US')} ms`;
  const lines = [
    `adversarial: seed ${r.seed}, ${r.cases} cases, ${(r.elapsedMs / 1000).toFixed(1)} s, budget ${r.bounds.budgetMs} ms + ${r.bounds.marginMs} ms margin, heap bound ${r.bounds.heapBaseMb} MB + ${r.bounds.heapPerChar} B/char, worker restarts ${r.restarts}`,
    `outcomes: ${Object.entries(r.counts).sort().map(([k, v]) => `${k}=${v}`).join(' ')}`,
    `slowest: ${r.slowest.map((s) => `${describePlan(s.plan)} ${ms(s.totalMs)} (extract ${ms(s.extractMs)})`).join('; ')}`,
  ];
  if (r.worstOverrun) lines.push(`longest extract(): ${ms(r.worstOverrun.extractMs)} on ${describePlan(r.worstOverrun.plan)} (${key(r.worstOverrun.outcome)})`);
  if (r.worstHeap) lines.push(`largest heap growth for its size: ${Math.round(r.worstHeap.heapMb)} MB for ${r.worstHeap.inputLength.toLocaleString('en-US')} characters on ${describePlan(r.worstHeap.plan)}`);
  const groups = new Map<string, FailureRecord[]>();
  for (const f of r.failures) groups.set(`${f.plan.shape}:${f.kind}`, [...(groups.get(`${f.plan.shape}:${f.kind}`) ?? []), f]);
  if (groups.size) lines.push(`${r.failures.length} failing cases in ${groups.size} groups:`);
  for (const [sig, fs] of groups) {
    const f = fs[0]!;
    lines.push(`- ${sig} ×${fs.length}: ${describePlan(f.plan)}`);
    lines.push(`    ${f.outcome.status === 'fail' ? f.outcome.detail.slice(0, 400) : ''}`);
    if (f.minimal) lines.push(`    smallest failing size ${f.minimal.n.toLocaleString('en-US')}; ${f.minimal.files.join(', ')}`);
    lines.push(`    replay: ADV_PLAN=${f.plan.shape}:${f.plan.family}:${f.minimal?.n ?? f.plan.n}:${f.plan.seed} npm run fuzz:adversarial`);
  }
  return lines.join('\n');
}
