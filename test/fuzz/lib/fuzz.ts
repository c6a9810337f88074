/**
 * The fuzz driver shared by the vitest run (CI size) and `npm run fuzz` (bigger, on demand).
 * Runs cases through an EngineRunner (worker thread + per-case timeout), groups failures by
 * signature, minimizes the first few and writes them to test/fuzz/failures/ for replay.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCase } from './cases';
import type { FailureKind, Outcome } from './check';
import { loadCorpus, ROOT } from './corpus';
import { minimize } from './minimize';
import { EngineRunner, type RunnerOptions } from './pool';

/** The fixed seed of the CI run. Change it only on purpose (it changes every case). */
export const DEFAULT_SEED = 20_261_122;
/**
 * Bound for one whole case: extract() plus the invariant checks, which parse the page again
 * and re-extract the output. A hang guard, not a speed target: 10,000 levels of nesting cost
 * parse5 about 1.5 s per parse on an idle core, and a case parses up to four times.
 */
export const DEFAULT_TIMEOUT_MS = 15_000;
export const FAILURES_DIR = join(ROOT, 'test/fuzz/failures');

export interface FuzzOptions {
  seed: number;
  cases: number;
  /** First case index (to resume or split a big run). */
  start?: number;
  timeoutMs: number;
  /** Minimization budget per failure signature. */
  minimizeMs: number;
  /** How many distinct failure signatures to minimize and write. */
  maxWritten: number;
  /** Where to write failing inputs; null to write nothing. */
  failuresDir: string | null;
  log?: (line: string) => void;
  runner?: RunnerOptions;
}

export interface FailureRecord {
  seed: number;
  index: number;
  fixture: string;
  url: string | undefined;
  mutations: string[];
  kind: FailureKind;
  detail: string;
  signature: string;
  ms: number;
  /** Files written for this failure (relative to the repository root). */
  files?: { input: string; minimized: string; meta: string; minimizedLength: number; complete: boolean };
}

export interface FuzzReport {
  seed: number;
  start: number;
  cases: number;
  elapsedMs: number;
  verify: boolean;
  verifyError: string | undefined;
  /** Outcome counts: `article:<template>`, `error:<reason>`, `fail:<kind>`. */
  counts: Record<string, number>;
  failures: FailureRecord[];
  slowest: { index: number; ms: number; fixture: string; mutations: string[] }[];
  restarts: number;
}

/** Failures with the same signature are one bug as far as reporting goes. */
export function signature(o: Outcome): string {
  if (o.status !== 'fail') return o.status;
  if (/Maximum call stack size exceeded/.test(o.detail)) {
    // Stack overflows have a different top frame each time; one group per checked function.
    return `${o.kind}:${/^(inventedText|idempotencyDiff):/.exec(o.detail)?.[1] ?? 'extract'}:stack-overflow`;
  }
  if (o.kind === 'threw' || o.kind === 'verify-threw') {
    const head = o.detail.split(' | ')[0] ?? '';
    const frame = o.detail.split(' | ')[1] ?? '';
    return `${o.kind}:${head.replace(/\d+/g, 'N').slice(0, 80)}@${frame.replace(/:\d+:\d+\)?$/, '').slice(-60)}`;
  }
  if (o.kind === 'contract') return `contract:${o.detail.split(/[ ;]/)[0]}`;
  if (o.kind === 'masked-exception') return `masked-exception:${o.detail.replace(/^.*?internal exception: /, '').replace(/\d+/g, 'N').slice(0, 80)}`;
  return o.kind;
}

function sameFailure(a: Outcome, kind: FailureKind, errorName: string): boolean {
  if (a.status !== 'fail' || a.kind !== kind) return false;
  return kind === 'threw' ? a.detail.startsWith(errorName) : true;
}

export async function runFuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const log = opts.log ?? (() => {});
  const corpus = loadCorpus();
  const start = opts.start ?? 0;
  const runner = new EngineRunner(opts.runner);
  const t0 = performance.now();
  const counts: Record<string, number> = {};
  const failures: FailureRecord[] = [];
  const slowest: FuzzReport['slowest'] = [];
  try {
    await runner.init();
    const progressEvery = Math.max(100, Math.ceil(opts.cases / 10));
    for (let index = start; index < start + opts.cases; index++) {
      const r = await runner.run({ type: 'case', seed: opts.seed, index }, opts.timeoutMs);
      const o = r.outcome;
      const key = o.status === 'article' ? `article:${o.template}` : o.status === 'extract-error' ? `error:${o.reason}` : `fail:${o.kind}`;
      counts[key] = (counts[key] ?? 0) + 1;
      if (slowest.length < 5 || r.totalMs > (slowest[slowest.length - 1]?.ms ?? 0)) {
        const c = generateCase(opts.seed, index, corpus);
        slowest.push({ index, ms: Math.round(r.totalMs), fixture: c.fixture, mutations: c.mutations });
        slowest.sort((a, b) => b.ms - a.ms).splice(5);
      }
      if (o.status === 'fail') {
        const c = generateCase(opts.seed, index, corpus);
        failures.push({
          seed: opts.seed,
          index,
          fixture: c.fixture,
          url: c.url,
          mutations: c.mutations,
          kind: o.kind,
          detail: o.detail,
          signature: signature(o),
          ms: Math.round(r.totalMs),
        });
        log(`FAIL case ${index} (seed ${opts.seed}) ${o.kind}: ${o.detail.slice(0, 200)}`);
      }
      if ((index - start + 1) % progressEvery === 0) {
        log(`${index - start + 1}/${opts.cases} cases, ${failures.length} failures, ${Math.round((performance.now() - t0) / 1000)} s`);
      }
    }
    if (opts.failuresDir && failures.length) await writeFailures(failures, runner, opts, log);
  } finally {
    await runner.close();
  }
  return {
    seed: opts.seed,
    start,
    cases: opts.cases,
    elapsedMs: Math.round(performance.now() - t0),
    verify: runner.verifyLoaded ?? false,
    verifyError: runner.verifyError,
    counts,
    failures,
    slowest,
    restarts: runner.restarts,
  };
}

async function writeFailures(failures: FailureRecord[], runner: EngineRunner, opts: FuzzOptions, log: (s: string) => void): Promise<void> {
  const dir = opts.failuresDir as string;
  mkdirSync(dir, { recursive: true });
  const corpus = loadCorpus();
  const seen = new Set<string>();
  for (const f of failures) {
    if (seen.has(f.signature) || seen.size >= opts.maxWritten) continue;
    seen.add(f.signature);
    const c = generateCase(f.seed, f.index, corpus);
    const errorName = f.detail.split(':')[0] ?? '';
    const stillFails = async (s: string): Promise<boolean> =>
      sameFailure((await runner.run({ type: 'html', html: s, ...(c.url === undefined ? {} : { url: c.url }) }, opts.timeoutMs)).outcome, f.kind, errorName);
    log(`minimizing case ${f.index} (${f.signature}), ${c.html.length} chars...`);
    const m = await minimize(c.html, stillFails, opts.minimizeMs);
    const base = `seed${f.seed}-case${f.index}`;
    const rel = (name: string): string => join(dir, name).slice(ROOT.length + 1);
    writeFileSync(join(dir, `${base}.input.html`), c.html);
    writeFileSync(join(dir, `${base}.min.html`), m.input);
    f.files = {
      input: rel(`${base}.input.html`),
      minimized: rel(`${base}.min.html`),
      meta: rel(`${base}.json`),
      minimizedLength: m.input.length,
      complete: m.complete,
    };
    const { files: _files, ...meta } = f;
    writeFileSync(
      join(dir, `${base}.json`),
      JSON.stringify({ ...meta, minimizedLength: m.input.length, minimizeComplete: m.complete, minimizeTries: m.tries, replay: `FUZZ_SEED=${f.seed} FUZZ_CASE=${f.index} npm run fuzz` }, null, 2) + '\n',
    );
    log(`  wrote ${f.files.minimized} (${m.input.length} chars, ${m.tries} tries${m.complete ? '' : ', budget ran out'})`);
  }
}

export interface ReplayResult {
  meta: string;
  kind: FailureKind;
  minimized: Outcome;
  input: Outcome;
}

/** Re-runs every failure written to `dir` (minimized and full input) against the current engine. */
export async function replayFailures(dir: string, timeoutMs: number, runner?: RunnerOptions): Promise<ReplayResult[]> {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch {
    return [];
  }
  const r = new EngineRunner(runner);
  const out: ReplayResult[] = [];
  try {
    for (const file of files) {
      const meta = JSON.parse(readFileSync(join(dir, file), 'utf8')) as FailureRecord;
      const base = file.replace(/\.json$/, '');
      const url = meta.url === undefined ? {} : { url: meta.url };
      const min = await r.run({ type: 'html', html: readFileSync(join(dir, `${base}.min.html`), 'utf8'), ...url }, timeoutMs);
      const full = await r.run({ type: 'html', html: readFileSync(join(dir, `${base}.input.html`), 'utf8'), ...url }, timeoutMs);
      out.push({ meta: file, kind: meta.kind, minimized: min.outcome, input: full.outcome });
    }
  } finally {
    await r.close();
  }
  return out;
}

export function formatReport(r: FuzzReport): string {
  const lines: string[] = [];
  lines.push(
    `fuzz: seed ${r.seed}, cases ${r.start}..${r.start + r.cases - 1}, ${(r.elapsedMs / 1000).toFixed(1)} s, ` +
      `invariants ${r.verify ? 'checked' : `NOT checked (${r.verifyError ?? 'src/verify.ts missing'})`}, worker restarts ${r.restarts}`,
  );
  lines.push(`outcomes: ${Object.entries(r.counts).sort().map(([k, v]) => `${k}=${v}`).join(' ')}`);
  lines.push(`slowest: ${r.slowest.map((s) => `#${s.index} ${s.ms} ms (${s.fixture}: ${s.mutations.join(' + ').slice(0, 80)})`).join('; ')}`);
  const groups = new Map<string, FailureRecord[]>();
  for (const f of r.failures) groups.set(f.signature, [...(groups.get(f.signature) ?? []), f]);
  if (groups.size) lines.push(`${r.failures.length} failing cases in ${groups.size} groups:`);
  for (const [sig, fs] of groups) {
    const f = fs[0] as FailureRecord;
    lines.push(`- ${sig} x${fs.length}: seed ${f.seed} case ${f.index} (${f.fixture}, url ${f.url ?? 'none'})`);
    lines.push(`    mutations: ${f.mutations.join(' + ')}`);
    lines.push(`    ${f.detail.slice(0, 500)}`);
    if (f.files) lines.push(`    minimized (${f.files.minimizedLength} chars): ${f.files.minimized}`);
    lines.push(`    replay: FUZZ_SEED=${f.seed} FUZZ_CASE=${f.index} npm run fuzz`);
    if (fs.length > 1) lines.push(`    other cases: ${fs.slice(1, 11).map((x) => x.index).join(', ')}${fs.length > 11 ? ', ...' : ''}`);
  }
  return lines.join('\n');
}
