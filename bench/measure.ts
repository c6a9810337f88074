/**
 * Accuracy and per-page speed of every extractor on the same decoded inputs.
 * Speed: one untimed warm-up round (its outputs are the ones scored), then timed rounds in which,
 * for every page, the extractors run in an order shuffled by page and by round (a seeded
 * shuffle, the same in every run), so machine drift and other load on the machine fall on all of
 * them alike. By default every extractor runs in this process; with `processes` each runs in a
 * process of its own (bench/speed-child.ts), which on a quiet machine adds a wake-up cost to every
 * call (docs/bench.md, "Who pays for the garbage").
 * (Before the shuffle, a rotation made it worse:
 * each extractor always ran right after the same neighbour; a copy of one extractor set against
 * itself read 4-7 % apart.)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { BenchInput, Gold } from './corpus';
import type { Extractor, Scored } from './extractors';
import { EMPTY_SCORED } from './extractors';
import { prng } from './library-gen';
import type { ChildMessage, ParentMessage } from './speed-child';
import { bigramPrf, boilerplateHits, median, quantile, sameMinute, sameName, sameTitle, type Prf } from './metrics';

export interface PageScore {
  id: string;
  error: string | null;
  prf: Prf | null;
  /** Against the independent hand-written main text (fixtures/pages/external-gold.json), where there is one. */
  external?: Prf | null;
  boilerplate: string[];
  title: boolean | null;
  publishedAt: boolean | null;
  source: boolean | null;
  editor: boolean | null;
}

export interface Rate {
  hit: number;
  of: number;
  rate: number | null;
}

export interface AccuracySummary {
  pages: number;
  goldPages: number;
  errors: number;
  precision: number | null;
  recall: number | null;
  f1Mean: number | null;
  f1Min: number | null;
  f1AtLeast099: number;
  /** Mean F1 against the independent hand-written texts, and on how many pages. */
  externalF1Mean: number | null;
  externalPages: number;
  boilerplatePages: number;
  title: Rate;
  publishedAt: Rate;
  source: Rate;
  editor: Rate;
}

export interface SpeedSummary {
  rounds: number;
  /** Per page: median over rounds, in ms. */
  perPageMs: Record<string, number>;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
  /**
   * The same from CPU time (user + system of this process): what other load on a shared machine
   * does not inflate. Includes V8's helper threads (GC, compilation) working for the extractor.
   */
  perPageCpuMs?: Record<string, number>;
  cpuMedianMs?: number;
  cpuP95Ms?: number;
  /** Median over the inputs of each corpus folder (whole pages, seed posts, fragments), wall and CPU. */
  byFolder?: Record<string, { inputs: number; medianMs: number; cpuMedianMs: number }>;
}

/** The indexes 0..k-1 in an order drawn from `random` (Fisher-Yates). */
export function shuffledOrder(k: number, random: () => number): number[] {
  const order = Array.from({ length: k }, (_, i) => i);
  for (let i = k - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

/** Wall time and CPU time (this process, all its threads) of one extraction. */
export async function runOnce(
  ex: Extractor,
  input: BenchInput,
): Promise<{ ms: number; cpu: number; result: unknown; error: string | null }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  let result: unknown = null;
  let error: string | null = null;
  try {
    result = await ex.run(input);
  } catch (e) {
    error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  }
  const ms = performance.now() - t0;
  return { ms, cpu: cpuMs(process.cpuUsage(c0)), result, error };
}

export function scorePage(
  id: string,
  out: Scored,
  error: string | null,
  gold: Gold | null,
  markers: readonly string[],
  externalText: string | null = null,
): PageScore {
  return {
    id,
    error,
    prf: gold ? bigramPrf(out.text, gold.text) : null,
    external: externalText === null ? null : bigramPrf(out.text, externalText),
    boilerplate: boilerplateHits(out.text, gold?.text ?? null, markers),
    title: gold && gold.title ? sameTitle(out.title, gold.title) : null,
    publishedAt: gold && gold.publishedAt ? sameMinute(out.publishedAt, gold.publishedAt) : null,
    source: gold && gold.source ? sameName(out.source, gold.source) : null,
    editor: gold && gold.editor ? sameName(out.editor, gold.editor) : null,
  };
}

function rate(values: (boolean | null)[]): Rate {
  const known = values.filter((v): v is boolean => v !== null);
  const hit = known.filter(Boolean).length;
  return { hit, of: known.length, rate: known.length ? hit / known.length : null };
}

const mean = (xs: number[]): number | null => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function summarizeAccuracy(scores: PageScore[]): AccuracySummary {
  const prfs = scores.map((s) => s.prf).filter((p): p is Prf => p !== null);
  const f1s = prfs.map((p) => p.f1);
  return {
    pages: scores.length,
    goldPages: prfs.length,
    errors: scores.filter((s) => s.error).length,
    precision: mean(prfs.map((p) => p.precision)),
    recall: mean(prfs.map((p) => p.recall)),
    f1Mean: mean(f1s),
    f1Min: f1s.length ? Math.min(...f1s) : null,
    f1AtLeast099: f1s.filter((f) => f >= 0.99).length,
    externalF1Mean: mean(scores.flatMap((s) => (s.external ? [s.external.f1] : []))),
    externalPages: scores.filter((s) => s.external).length,
    boilerplatePages: scores.filter((s) => s.boilerplate.length > 0).length,
    title: rate(scores.map((s) => s.title)),
    publishedAt: rate(scores.map((s) => s.publishedAt)),
    source: rate(scores.map((s) => s.source)),
    editor: rate(scores.map((s) => s.editor)),
  };
}

export interface MeasureResult {
  scores: Record<string, PageScore[]>;
  speed: Record<string, SpeedSummary>;
}

/**
 * Where the timed calls run. `processes` (the default since 2026-11-27): each extractor in a
 * process of its own (bench/speed-child.ts), the parent sending one input at a time to each in
 * the shuffled order, so every extractor pays for its own garbage and nobody else's. `shared`:
 * all extractors in this process, as until then; an extractor there also pays for collecting
 * the garbage its neighbours left (and its CPU time includes their concurrent GC threads).
 */
export type SpeedMethod = 'processes' | 'shared';

interface Timer {
  warm(): Promise<{ scored: Scored; error: string | null }[]>;
  time(k: number): Promise<{ ms: number; cpu: number }>;
  close(): void;
}

/**
 * The untimed warm-up round: each input once, its result normalized for scoring (an error in the
 * run or in normalizing is kept as the input's error). Used in this process and in speed-child.ts.
 */
export async function warmUp(ex: Extractor, inputs: readonly BenchInput[]): Promise<{ scored: Scored; error: string | null }[]> {
  const out: { scored: Scored; error: string | null }[] = [];
  for (const input of inputs) {
    const { result, error } = await runOnce(ex, input);
    let scored: Scored = EMPTY_SCORED;
    let err = error;
    if (!error) {
      try {
        scored = ex.normalize(result);
      } catch (e) {
        err = `normalize: ${e instanceof Error ? e.message : String(e)}`;
      }
    }
    out.push({ scored, error: err });
  }
  return out;
}

function sharedTimer(ex: Extractor, inputs: readonly BenchInput[]): Timer {
  return {
    warm: () => warmUp(ex, inputs),
    time: (k) => runOnce(ex, inputs[k]!),
    close() {},
  };
}

function processTimer(ex: Extractor, inputs: readonly BenchInput[]): Timer {
  const child: ChildProcess = fork(join(import.meta.dirname, 'speed-child.ts'), [ex.id], {
    cwd: join(import.meta.dirname, '..'),
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  // Replies in arrival order; each request waits for the next one.
  const queue: ChildMessage[] = [];
  let waiting: ((m: ChildMessage) => void) | null = null;
  const deliver = (m: ChildMessage) => {
    const w = waiting;
    waiting = null;
    if (w) w(m);
    else queue.push(m);
  };
  let failed = false;
  child.on('message', deliver);
  child.on('exit', (code) => {
    failed = true;
    deliver({ type: 'failed', error: `timing process exited (${code})` });
  });
  child.on('error', (e) => {
    failed = true;
    deliver({ type: 'failed', error: e.message });
  });
  const next = () =>
    new Promise<ChildMessage>((resolve) => {
      const m = queue.shift();
      if (m) resolve(m);
      else if (failed) resolve({ type: 'failed', error: 'timing process ended' });
      else waiting = resolve;
    });
  const ask = async (m: ParentMessage): Promise<ChildMessage> => {
    const reply = next();
    child.send(m);
    const r = await reply;
    if (r.type === 'failed') throw new Error(`${ex.id}: ${r.error}`);
    return r;
  };
  return {
    async warm() {
      const ready = await next();
      if (ready.type !== 'ready') throw new Error(`${ex.id}: ${ready.type === 'failed' ? ready.error : `unexpected ${ready.type}`}`);
      const r = await ask({ type: 'inputs', ids: inputs.map((i) => i.id) });
      if (r.type !== 'warm') throw new Error(`${ex.id}: unexpected ${r.type}`);
      return r.results;
    },
    async time(k) {
      const r = await ask({ type: 'run', k });
      if (r.type !== 'timed' || r.k !== k) throw new Error(`${ex.id}: unexpected reply`);
      return { ms: r.ms, cpu: r.cpu };
    },
    close() {
      child.removeAllListeners('exit');
      if (child.connected) child.send({ type: 'exit' } satisfies ParentMessage);
    },
  };
}

export async function measure(
  extractors: readonly Extractor[],
  inputs: readonly BenchInput[],
  golds: ReadonlyMap<string, Gold>,
  markers: readonly string[],
  rounds: number,
  externalGold: ReadonlyMap<string, string>,
  log: (line: string) => void,
  method: SpeedMethod = 'processes',
): Promise<MeasureResult> {
  const k = extractors.length;
  const scores: Record<string, PageScore[]> = {};
  const samples: Record<string, Record<string, number[]>> = {};
  const cpuSamples: Record<string, Record<string, number[]>> = {};
  for (const ex of extractors) {
    scores[ex.id] = [];
    samples[ex.id] = {};
    cpuSamples[ex.id] = {};
  }

  // Warm-up round: JIT and caches settle; these outputs are the ones scored. In `processes`, each
  // extractor's process warms up on its own, one process after another.
  log(`warm-up: ${inputs.length} inputs x ${k} extractors (${method === 'processes' ? 'one process each' : 'one process'})`);
  const timers: Timer[] = [];
  try {
    for (const ex of extractors) {
      const timer = method === 'processes' ? processTimer(ex, inputs) : sharedTimer(ex, inputs);
      timers.push(timer);
      const warm = await timer.warm();
      inputs.forEach((input, i) => {
        const { scored, error } = warm[i]!;
        scores[ex.id]!.push(scorePage(input.id, scored, error, golds.get(input.id) ?? null, markers, externalGold.get(input.id) ?? null));
      });
    }

    const random = prng(0x5eed); // seeded: every run draws the same orders
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      for (const [i, input] of inputs.entries()) {
        for (const j of shuffledOrder(k, random)) {
          const ex = extractors[j]!;
          const { ms, cpu } = await timers[j]!.time(i);
          (samples[ex.id]![input.id] ??= []).push(ms);
          (cpuSamples[ex.id]![input.id] ??= []).push(cpu);
        }
      }
      log(`timed round ${r + 1}/${rounds}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    }
  } finally {
    for (const t of timers) t.close();
  }

  const speed: Record<string, SpeedSummary> = {};
  for (const ex of extractors) {
    const perPageMs: Record<string, number> = {};
    const perPageCpuMs: Record<string, number> = {};
    for (const input of inputs) {
      perPageMs[input.id] = median(samples[ex.id]![input.id] ?? []);
      perPageCpuMs[input.id] = median(cpuSamples[ex.id]![input.id] ?? []);
    }
    const values = Object.values(perPageMs);
    const cpuValues = Object.values(perPageCpuMs);
    const byFolder: NonNullable<SpeedSummary['byFolder']> = {};
    for (const folder of new Set(inputs.map((i) => i.folder))) {
      const ids = inputs.filter((i) => i.folder === folder).map((i) => i.id);
      byFolder[folder] = { inputs: ids.length, medianMs: median(ids.map((id) => perPageMs[id]!)), cpuMedianMs: median(ids.map((id) => perPageCpuMs[id]!)) };
    }
    speed[ex.id] = {
      rounds,
      perPageMs,
      medianMs: median(values),
      p95Ms: quantile(values, 0.95),
      meanMs: mean(values) ?? Number.NaN,
      perPageCpuMs,
      cpuMedianMs: median(cpuValues),
      cpuP95Ms: quantile(cpuValues, 0.95),
      byFolder,
    };
  }
  return { scores, speed };
}
