/**
 * What a first extraction costs in Chromium, by the DevTools protocol, on fresh loads of the
 * largest fixture page:
 *
 * 1. The extension as shipped: a trace around one click (the toggle
 *    message, to the reader painted), summed over the page's main thread into compiling
 *    (the chunk's top-level script, functions on their first call), tier-up work,
 *    garbage collection, all script, and style/layout/paint (regular expressions compile inside
 *    script: V8 traces no event for them).
 * 2. The same modules as a page script, not minified (function names and esbuild's `// path`
 *    module comments kept), under the sampling profiler at a 50 µs interval: evaluating the
 *    modules, then one extraction of the live page; self time by source file and by function.
 *
 *   npm run build && npx tsx test/e2e/browser-profile.ts [--runs 3] [--top 25]
 */
import path from 'node:path';
import { statSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launch, waitFor } from './harness/browsers';
import { AS_SHIPPED, pageScript } from './harness/bundle';
import { allPages, ROOT } from './harness/catalog';
import { settledState } from './harness/flows';
import { startSinaSite } from './harness/server';

const args = process.argv.slice(2);
const opt = (name: string, d: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : d;
};
const RUNS = Number(opt('runs', '3'));
const TOP = Number(opt('top', '25'));

const ENTRY = `
import { CHUNK_START } from './src/ext/reader/load-mark';
import './src/ext/reader/prime-screens';
import { extractPage } from './src/ext/reader/session';
const evalMs = performance.now() - CHUNK_START;
globalThis.__scProfile = (url) => {
  const t = performance.now();
  const r = extractPage(document, url);
  if (!r.ok) throw new Error(r.message);
  return { evalMs, extractMs: performance.now() - t };
};
`;

/** What a trace event on the main thread is, for the sums (null: not summed). */
function kindOf(name: string): string | null {
  if (/^V8\.(ParseProgram|CompileScript|Compile|ScriptCompiler|CompileEval)$/.test(name)) return 'compile: top-level script (parse, compile the chunk)';
  if (/^V8\.(ParseFunction|PreParse|CompileCode|CompileIgnition|CompileIgnitionFinalization|CollectSourcePositions|CompileLazy)$/.test(name)) return 'compile: functions on first call (lazy parse + bytecode)';
  if (/^V8\.(Finalize\w*Concurrent\w*|Maglev\w*|Baseline\w*|Turbofan\w*|OptimizeConcurrent\w*|DeoptimizeCode)$/.test(name)) return 'optimise: tier-up work on the main thread';
  if (/^V8\.(BytecodeBudgetInterrupt\w*|HandleInterrupts|StackGuard|MarkCandidatesForOptimization)$/.test(name)) return 'interrupts (tier-up checks)';
  if (/^(V8\.GC|MinorGC|MajorGC|V8\.GCScavenger|V8\.GCIncremental|V8\.GC_)/.test(name)) return 'garbage collection';
  if (/^(v8\.callFunction|FunctionCall|v8\.run|v8\.compile|EvaluateScript|v8\.evaluateModule|V8\.Execute|RunMicrotasks|v8\.newInstance|EventDispatch|FireAnimationFrame|TimerFire)$/.test(name)) return 'all script (callbacks, tasks)';
  if (/^(Layout|UpdateLayoutTree|PrePaint|Paint|Layerize|Commit|RecalculateStyles|ParseAuthorStyleSheet)$/.test(name)) return 'style, layout, paint';
  return null;
}

/** Microseconds covered by a set of intervals. */
function covered(xs: Array<[number, number]>): number {
  xs.sort((a, b) => a[0] - b[0]);
  let sum = 0;
  let end = -Infinity;
  for (const [s, e] of xs) {
    if (e <= end) continue;
    sum += e - Math.max(s, end);
    end = e;
  }
  return sum;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { 'runtime-call-stats'?: Record<string, [number, number]>; name?: string; data?: unknown };
}

async function clickAndTrace(page: Page, h: Awaited<ReturnType<typeof launch>>, tabId: number) {
  await page.tracing.start({
    categories: ['disabled-by-default-v8.gc', 'v8', 'v8.execute', 'disabled-by-default-v8.compile', 'devtools.timeline', '__metadata'],
  });
  await page.evaluate('globalThis.__name ??= (f) => f');
  await page.evaluate(() => {
    (window as any).__painted = false;
    const tick = () => {
      if (!document.getElementById('sina-clean-host')?.shadowRoot?.querySelector('[data-testid=reader-body]')) return requestAnimationFrame(tick);
      setTimeout(() => ((window as any).__painted = true));
    };
    requestAnimationFrame(tick);
  });
  await h.ext((api, id: number) => void api.runtime.sendMessage({ type: 'sina-clean:toggle', tabId: id }), tabId);
  await waitFor('reader painted', () => page.evaluate(() => (window as any).__painted === true || null), 15_000);
  const buf = await page.tracing.stop();
  const events = (JSON.parse(Buffer.from(buf!).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  if (process.env.DUMP_TRACE) {
    const names = new Map<string, number>();
    for (const e of events) names.set(`${e.name} ${e.ph} ${Object.keys(e.args ?? {}).join(',')}`, (names.get(`${e.name} ${e.ph} ${Object.keys(e.args ?? {}).join(',')}`) ?? 0) + 1);
    console.log([...names.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60));
  }
  // The article tab's main thread: of the renderers' main threads, the one that compiled most.
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const compiled = new Map<string, number>();
  for (const e of events) if (e.name === 'V8.CompileCode' && mains.has(`${e.pid}:${e.tid}`)) compiled.set(`${e.pid}:${e.tid}`, (compiled.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const main = [...compiled.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  // Time covered by each kind of event on that thread (intervals merged, so nested events count once).
  const spans = new Map<string, Array<[number, number]>>();
  for (const e of events) {
    if (e.ph !== 'X' || `${e.pid}:${e.tid}` !== main) continue;
    const kind = kindOf(e.name);
    if (kind) (spans.get(kind) ?? spans.set(kind, []).get(kind)!).push([e.ts, e.ts + (e.dur ?? 0)]);
  }
  const counters = new Map<string, number>();
  for (const [k, xs] of spans) counters.set(k, covered(xs));
  return counters;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function profileAsPageScript(page: Page, code: string, url: string) {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.evaluate(code);
  const times = (await page.evaluate((u: string) => (globalThis as any).__scProfile(u), url)) as { evalMs: number; extractMs: number };
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  await cdp.detach();
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  return { times, nodes: profile.nodes, self };
}

/** esbuild's `// path` comments: which module each line of the bundle belongs to. */
function moduleLines(code: string): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  code.split('\n').forEach((l, i) => {
    const m = /^\s*\/\/ ((?:src|node_modules)\/\S+)$/.exec(l);
    if (m) out.push([i, m[1]!.replace(/^node_modules\/([^/@]+|@[^/]+\/[^/]+)\/.*/, 'node_modules/$1')]);
  });
  return out;
}

function moduleAt(lines: Array<[number, string]>, line: number): string {
  let lo = 0;
  let hi = lines.length - 1;
  let found = '(bundle prelude)';
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]![0] <= line) {
      found = lines[mid]![1];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const show = (title: string, m: Map<string, number>, scale: number, unit: string, top = TOP) => {
  const total = [...m.values()].reduce((a, b) => a + b, 0);
  console.log(`\n${title} (total ${(total / scale).toFixed(1)} ${unit})`);
  for (const [k, v] of [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${(v / scale).toFixed(2).padStart(8)} ${unit} ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
};

async function main() {
  const largest = allPages()
    .filter((p) => p.kind === 'fixture' && /(^|\.)(finance|news)\.sina\.com\.cn$/.test(new URL(p.url).hostname))
    .sort((a, b) => statSync(b.file).size - statSync(a.file).size)[0]!;
  const code = await pageScript({ source: ENTRY }, AS_SHIPPED, { minify: false });
  const lines = moduleLines(code);
  const site = await startSinaSite();
  const h = await launch('chromium', site);
  const counters = new Map<string, number>();
  const byModule = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const special = new Map<string, number>();
  const phases: Array<{ evalMs: number; extractMs: number }> = [];
  try {
    const page = await h.open(largest.url);
    const tabId = await h.tabIdOf(page);
    for (let i = 0; i < RUNS; i++) {
      await page.reload({ waitUntil: 'load' });
      await settledState(h, page, true);
      await page.bringToFront();
      for (const [k, v] of await clickAndTrace(page, h, tabId)) add(counters, k, v / RUNS);
    }
    for (let i = 0; i < RUNS; i++) {
      await page.reload({ waitUntil: 'load' });
      const { times, nodes, self } = await profileAsPageScript(page, code, largest.url);
      phases.push(times);
      for (const n of nodes) {
        const us = self.get(n.id) ?? 0;
        if (!us) continue;
        const f = n.callFrame;
        if (!f.url && /^\(/.test(f.functionName)) {
          add(special, f.functionName, us / RUNS);
          continue;
        }
        if (!/pptr:evaluate|__puppeteer_evaluation_script__/.test(f.url) && f.url !== '') {
          add(special, `(other script) ${path.basename(f.url)}`, us / RUNS);
          continue;
        }
        const mod = moduleAt(lines, f.lineNumber);
        add(byModule, mod, us / RUNS);
        add(byFunction, `${f.functionName || '(anonymous)'}  ${mod}:${f.lineNumber - (lines.find(([, m]) => m === mod)?.[0] ?? 0)}`, us / RUNS);
      }
    }
  } finally {
    await h.close();
    await site.close();
  }
  console.log(`page ${path.basename(largest.file)}; ${RUNS} fresh loads each; ms per load`);
  console.log('\n1. The extension, one click on a fresh page: the tab\'s main thread, time covered by each kind of trace event');
  for (const [k, v] of [...counters.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${(v / 1000).toFixed(2).padStart(8)} ms  ${k}`);
  console.log('\n2. The same modules as a page script (not minified), sampled every 50 µs');
  console.log(`  module evaluation ${phases.map((p) => p.evalMs.toFixed(1)).join(' / ')} ms; first extraction ${phases.map((p) => p.extractMs.toFixed(1)).join(' / ')} ms`);
  show('not JavaScript', special, 1000, 'ms');
  show('self time by module', byModule, 1000, 'ms');
  show('self time by function', byFunction, 1000, 'ms');
  void ROOT;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
