/**
 * results.md: the tables, the targets and where sina-clean lands against them. Numbers only:
 * no article text, titles or names reach the results.
 */
import type { BundleReport } from './extras';
import type { AccuracySummary, PageScore, Rate, SpeedSummary } from './measure';
import { median } from './metrics';

export interface ScaleStep {
  mode: string;
  reps: number;
  corpusPages: number;
  pages: number;
  failed: number;
  complete: boolean;
  seconds: number;
  pagesPerSecond: number;
  startRssMB: number;
  peakRssMB: number;
  maxRssMB: number;
  workers?: number;
  firstResultSeconds?: number;
  steadyPagesPerSecond?: number | null;
  /** Set on the extra run whose threads had --max-old-space-size. */
  heapCapMB?: number | null;
  /** [pages handled, RSS MB] every 250 ms (runs from 2026-11-27 on). */
  rssSamples?: [number, number][];
  /** CPU time of the whole process (every thread). */
  cpuSeconds?: number;
  /** The largest heap (committed) a worker reported after a page. */
  peakWorkerHeapTotalMB?: number;
  recycled?: number;
  retried?: number;
}

/**
 * Memory in the steady state of one step: the RSS peak while its pages from 10% to 50% were done
 * (after the start: loading, the first collections, the workers' heaps finding their size) and
 * the peak from 50% to its end. Null without samples in both parts.
 */
export function steadyMemory(step: ScaleStep): { firstPeakMB: number; secondPeakMB: number } | null {
  const samples = step.rssSamples;
  if (!samples) return null;
  const n = step.pages;
  const first = samples.filter(([p]) => p >= n * 0.1 && p < n * 0.5).map(([, mb]) => mb);
  const second = samples.filter(([p]) => p >= n * 0.5).map(([, mb]) => mb);
  if (!first.length || !second.length) return null;
  return { firstPeakMB: Math.max(...first), secondPeakMB: Math.max(...second) };
}

export interface ExtractorResult {
  id: string;
  label: string;
  fields: string;
  /** A parse-only baseline: timed, not scored. */
  baseline?: boolean;
  accuracy: AccuracySummary;
  speed: SpeedSummary;
  pages: PageScore[];
}

export interface Results {
  date: string;
  machine: { cpu: string; cores: number; memoryGB: number; os: string; node: string; loadAvgStart?: number[]; loadAvgEnd?: number[] };
  corpus: { inputs: number; byFolder: Record<string, number>; goldens: number; bytes: number };
  settings: { rounds: number; speedMethod?: 'processes' | 'shared'; engine?: 'bundle' | 'source'; scaleReps: number[]; scaleBudgetSeconds: number; heapCapMB?: number; heapCapBudgetSeconds?: number; markers: number };
  extractors: ExtractorResult[];
  scale: ScaleStep[];
  browser: Record<string, unknown> | null;
  bundles: BundleReport | null;
  seconds: number;
}

const f3 = (x: number | null | undefined) => (x == null || Number.isNaN(x) ? '–' : x.toFixed(3));
const ms = (x: number) => (Number.isNaN(x) ? '–' : x < 10 ? x.toFixed(2) : x.toFixed(1));
const pct = (r: Rate) => (r.rate === null ? '–' : `${(r.rate * 100).toFixed(0)}% (${r.hit}/${r.of})`);
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const yes = (ok: boolean | null) => (ok === null ? 'not measured' : ok ? '**met**' : '**missed**');

export interface TargetRow {
  target: string;
  result: string;
  met: boolean | null;
}

/** The extractors scored for accuracy (everything but the parse-only baselines). */
export const scored = (r: Results): ExtractorResult[] => r.extractors.filter((e) => !e.baseline);
/** The parse-only baselines. */
export const baselines = (r: Results): ExtractorResult[] => r.extractors.filter((e) => e.baseline);

export function targets(r: Results): TargetRow[] {
  const rows: TargetRow[] = [];
  const sc = r.extractors.find((e) => e.id === 'sina-clean');
  if (!sc) return rows;
  const a = sc.accuracy;
  const golden = a.goldPages;
  rows.push({
    target: 'body F1 ≥ 0.99 on every fixture',
    result: golden
      ? `${a.f1AtLeast099}/${golden} goldens (min ${f3(a.f1Min)}); goldens exist for ${golden} of ${r.corpus.inputs} inputs`
      : 'no goldens yet',
    met: golden ? a.f1AtLeast099 === golden && golden === r.corpus.inputs : null,
  });
  rows.push({
    target: 'zero pages with boilerplate left',
    result: `${a.boilerplatePages} of ${a.pages} inputs${a.errors ? ` (${a.errors} extraction errors)` : ''}`,
    met: a.errors === 0 ? a.boilerplatePages === 0 : false,
  });
  const meta = [a.title, a.publishedAt, a.source, a.editor];
  const metaKnown = meta.filter((m) => m.of > 0);
  rows.push({
    target: 'metadata exact on every field the page has',
    result: `title ${pct(a.title)}, published ${pct(a.publishedAt)}, source ${pct(a.source)}, editor ${pct(a.editor)}`,
    met: metaKnown.length ? metaKnown.every((m) => m.hit === m.of) : null,
  });
  const whole = (e: ExtractorResult) => e.speed.byFolder?.pages?.medianMs;
  for (const [id, times] of [
    ['readability', 20],
    ['readability-linkedom', 4],
  ] as const) {
    const rd = r.extractors.find((e) => e.id === id);
    if (!rd) continue;
    const ratio = rd.speed.medianMs / sc.speed.medianMs;
    const pages = whole(rd) !== undefined && whole(sc) !== undefined ? whole(rd)! / whole(sc)! : null;
    rows.push({
      target: `≥ ${times}× faster than ${rd.label} (median per page: whole pages, and the whole corpus)`,
      result:
        (pages === null ? '' : `whole pages ${pages.toFixed(1)}× (${ms(whole(sc)!)} ms vs ${ms(whole(rd)!)} ms); `) +
        `corpus ${ratio.toFixed(1)}× (${ms(sc.speed.medianMs)} ms vs ${ms(rd.speed.medianMs)} ms); per-input median ratio ${pairedRatio(rd.speed, sc.speed).toFixed(1)}×` +
        (sc.speed.cpuMedianMs && rd.speed.cpuMedianMs
          ? `; CPU time ${(rd.speed.cpuMedianMs / sc.speed.cpuMedianMs).toFixed(1)}× (${ms(sc.speed.cpuMedianMs)} vs ${ms(rd.speed.cpuMedianMs)} ms)`
          : ''),
      met: a.errors === 0 ? ratio >= times && (pages === null || pages >= times) : false,
    });
  }
  const p5 = r.extractors.find((e) => e.id === 'parse-parse5');
  if (p5 && whole(p5) !== undefined && whole(sc) !== undefined) {
    const ratio = whole(sc)! / whole(p5)!;
    const others = baselines(r).filter((b) => b !== p5 && whole(b) !== undefined);
    rows.push({
      target: 'within 2× of parse-only cost on whole pages (median: sina-clean / parsing the page with parse5, the parser it uses)',
      result:
        `${ratio.toFixed(2)}× (${ms(whole(sc)!)} ms vs ${ms(whole(p5)!)} ms)` +
        others.map((b) => `; ${(whole(sc)! / whole(b)!).toFixed(2)}× ${b.label.replace(/^parse only: /, '')} (${ms(whole(b)!)} ms)`).join(''),
      met: a.errors === 0 ? ratio <= 2 : false,
    });
  }
  const peers = scored(r).filter((e) => e.id !== 'sina-clean');
  if (peers.length) {
    const slowest = Math.min(...peers.map((p) => p.speed.medianMs / sc.speed.medianMs));
    rows.push({
      target: 'faster than every peer (median per page)',
      result: `smallest margin ${slowest.toFixed(1)}×`,
      met: a.errors === 0 ? slowest > 1 : false,
    });
  }
  const plain = r.scale.filter((s) => !s.heapCapMB);
  const s1 = plain.find((s) => s.reps === 1);
  const sMax = [...plain].sort((x, y) => y.reps - x.reps)[0];
  if (s1 && sMax && sMax !== s1) {
    const mem = sMax.maxRssMB / s1.maxRssMB;
    const marg = marginalRates(plain);
    if (marg.length >= 2) {
      const first = marg[0]!;
      const last = marg[marg.length - 1]!;
      const ratio = last.pagesPerSecond / first.pagesPerSecond;
      rows.push({
        target: `batch time linear from 1× to ${sMax.reps}× (added pages/s of the last step within 20% of the first)`,
        result: `${marg.map((m) => `${m.from}×→${m.to}×: ${m.pagesPerSecond.toFixed(0)} pages/s`).join(', ')} (×${ratio.toFixed(2)}); wall ${s1.seconds.toFixed(1)} s → ${sMax.seconds.toFixed(1)} s`,
        // Faster at scale (JIT warm-up amortized) still means time grows at most linearly.
        met: ratio >= 0.8,
      });
    }
    // Memory is judged in the steady state of the largest step: its RSS peak over the second half of
    // its pages against its peak from 10% to 50%. The smaller steps end while the heaps are still
    // finding their size (the 10× step lasts seconds), so their peaks, shown, are not steady
    // states; a batch that held its pages would grow from one half of the largest step to the next.
    // (Results without samples: the largest step's peak against the second-largest's.)
    const byReps = [...plain].sort((x, y) => x.reps - y.reps);
    const prev = byReps.length >= 3 ? byReps[byReps.length - 2]! : s1;
    const growth = sMax.maxRssMB / prev.maxRssMB;
    const peaks = `peak RSS ${byReps.map((s) => `${s.reps}×: ${s.maxRssMB.toFixed(0)} MB`).join(', ')} (${prev.reps}×→${sMax.reps}×: ×${growth.toFixed(2)}; 1×→${sMax.reps}×: ×${mem.toFixed(2)})`;
    const steady = steadyMemory(sMax);
    if (steady) {
      const ratio = steady.secondPeakMB / steady.firstPeakMB;
      rows.push({
        target: `batch memory flat: in the ${sMax.reps}× step, the RSS peak over the second half of its pages within 20% of the peak from 10% to 50%`,
        result: `${steady.firstPeakMB.toFixed(0)} MB then ${steady.secondPeakMB.toFixed(0)} MB (×${ratio.toFixed(2)}); ${peaks}`,
        met: ratio <= 1.2,
      });
    } else {
      rows.push({
        target: `batch memory flat: peak RSS at ${sMax.reps}× within 25% of ${prev.reps}× (${(sMax.pages / prev.pages).toFixed(0)}× the pages)`,
        result: peaks,
        met: growth <= 1.25,
      });
    }
    const capped = r.scale.find((s) => s.heapCapMB && s.reps === sMax.reps);
    if (capped) {
      rows.push({
        target: `batch keeps nothing: the ${sMax.reps}× corpus streams in-process through a heap capped at ${capped.heapCapMB} MB without a failure (at least 10× the corpus in its time budget)`,
        result: `${capped.pages} pages, ${capped.failed} failed${capped.complete ? '' : ` (stopped at its ${capped.seconds.toFixed(0)} s budget)`}; peak RSS ${capped.maxRssMB.toFixed(0)} MB, ${capped.pagesPerSecond.toFixed(0)} pages/s`,
        met: capped.failed === 0 && capped.pages >= 10 * s1.pages,
      });
    }
  }
  const b = r.bundles?.totals['content-script'];
  rows.push({
    target: 'always-injected content script < 20 KB minified',
    result: b ? `${kb(b.bytes)} (${kb(b.gzipBytes)} gzip)` : 'extension not built (.output/chrome-mv3 missing)',
    met: b ? b.bytes < 20 * 1024 : null,
  });
  const brs = browserRows(r.browser);
  const none = 'no bench/results/browser.json from test/e2e/browser-bench.ts';
  rows.push({
    target: 'in the browser, extraction faster than Readability on the same document, cold and warm',
    result: brs.length
      ? brs
          .map((b) => `${b.name}: cold ${ms(b.extractColdMs)} vs ${ms(b.readabilityColdMs)} ms, warm ${ms(b.extractWarmMs)} vs ${ms(b.readabilityWarmMs)} ms`)
          .join('; ')
      : none,
    met: brs.length ? brs.every((b) => b.extractColdMs < b.readabilityColdMs && b.extractWarmMs < b.readabilityWarmMs) : null,
  });
  rows.push({
    target: 'click → reader painted < 50 ms on the largest fixture (a fresh page)',
    result: brs.length ? brs.map((b) => `${b.name}: ${ms(b.clickColdMs)} ms (cleaned again: ${ms(b.clickWarmMs)} ms)`).join('; ') : none,
    met: brs.length ? brs.every((b) => b.clickColdMs < 50) : null,
  });
  return rows;
}

/** Median over inputs of (peer ms / sina-clean ms) on the same input: paired, so drift cancels. */
export function pairedRatio(peer: SpeedSummary, base: SpeedSummary): number {
  const ratios: number[] = [];
  for (const [id, ms] of Object.entries(peer.perPageMs)) {
    const b = base.perPageMs[id];
    if (b !== undefined && b > 0 && Number.isFinite(ms)) ratios.push(ms / b);
  }
  return median(ratios);
}

/**
 * Pages per second added between consecutive steps: (pages difference) / (seconds difference).
 * Fixed costs (starting worker threads, loading the engine) cancel out, so equal rates mean time
 * grows linearly with the number of pages.
 */
export function marginalRates(steps: readonly ScaleStep[]): { from: number; to: number; pagesPerSecond: number }[] {
  const sorted = [...steps].sort((a, b) => a.pages - b.pages);
  const out: { from: number; to: number; pagesPerSecond: number }[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (b.seconds > a.seconds) out.push({ from: a.reps, to: b.reps, pagesPerSecond: (b.pages - a.pages) / (b.seconds - a.seconds) });
  }
  return out;
}

export interface BrowserRow {
  name: string;
  version: string;
  /** Main-thread work on every article page load: now, and in the previous design. */
  pageLoadAfterMs: number;
  pageLoadBeforeMs: number;
  /** The engine run the previous background did per page view. */
  backgroundBeforeMs: number;
  chunkLoadMs: number;
  extractColdMs: number;
  extractWarmMs: number;
  readabilityColdMs: number;
  readabilityWarmMs: number;
  clickColdMs: number;
  clickWarmMs: number;
}

/** Rows from test/e2e/browser-bench.ts's browser.json: results.<browser>.<measure>.median. */
export function browserRows(b: Record<string, unknown> | null): BrowserRow[] {
  const results = b?.results;
  if (!results || typeof results !== 'object') return [];
  const rows: BrowserRow[] = [];
  const med = (v: unknown): number => {
    const m = (v as { median?: unknown } | undefined)?.median;
    return typeof m === 'number' ? m : NaN;
  };
  for (const [name, v] of Object.entries(results as Record<string, Record<string, unknown>>)) {
    const row: BrowserRow = {
      name,
      version: typeof v.browser === 'string' ? v.browser : name,
      pageLoadAfterMs: med(v.pageLoadAfterMs),
      pageLoadBeforeMs: med(v.pageLoadBeforeMs),
      backgroundBeforeMs: med(v.backgroundBeforeMs),
      chunkLoadMs: med(v.chunkLoadMs),
      extractColdMs: med(v.extractColdMs),
      extractWarmMs: med(v.extractWarmMs),
      readabilityColdMs: med(v.readabilityColdMs),
      readabilityWarmMs: med(v.readabilityWarmMs),
      clickColdMs: med(v.clickToPaintedColdMs),
      clickWarmMs: med(v.clickToPaintedWarmMs),
    };
    if ([row.extractColdMs, row.readabilityColdMs, row.clickColdMs].some(Number.isNaN)) continue;
    rows.push(row);
  }
  return rows;
}

/** "6.5× faster" for a ratio above 1, "3.0× slower" below. */
export function speedup(ratio: number): string {
  return ratio >= 1 ? `${ratio.toFixed(1)}× faster` : `${(1 / ratio).toFixed(1)}× slower`;
}

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function flatten(prefix: string, v: unknown, out: [string, string][]): void {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) flatten(prefix ? `${prefix}.${k}` : k, x, out);
  } else if (typeof v === 'number' || typeof v === 'boolean' || (typeof v === 'string' && v.length < 80)) {
    out.push([prefix, typeof v === 'number' ? String(Math.round(v * 1000) / 1000) : String(v)]);
  }
}

export function renderMarkdown(r: Results, chartFile: string): string {
  const m = r.machine;
  const sc = r.extractors.find((e) => e.id === 'sina-clean');
  const out: string[] = [];
  out.push('# Benchmark results', '');
  out.push(
    `Run ${r.date.replace('T', ' ').slice(0, 16)} UTC with \`npm run bench\` on ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB, ${m.os}, Node ${m.node}` +
      (m.loadAvgStart && m.loadAvgEnd ? ` (shared machine: 1-minute load average ${m.loadAvgStart[0]!.toFixed(1)} at the start, ${m.loadAvgEnd[0]!.toFixed(1)} at the end).` : '.'),
    `Corpus: ${r.corpus.inputs} inputs (${Object.entries(r.corpus.byFolder).map(([k, v]) => `${v} ${k}`).join(', ')}; ${(r.corpus.bytes / 2 ** 20).toFixed(1)} MB), ` +
      `**${r.corpus.goldens} with a reviewed golden** (accuracy is scored on those only; boilerplate on all inputs).`,
    '',
    `![chart](${chartFile})`,
    '',
  );
  out.push('## Targets', '');
  out.push(table(['target', 'result', ''], targets(r).map((t) => [t.target, t.result, yes(t.met)])), '');

  out.push('## Accuracy', '');
  out.push(
    table(
      ['extractor', 'errors', 'body P', 'body R', 'body F1 mean', 'F1 min', 'F1 ≥ 0.99', 'boilerplate pages', 'not counting 责任编辑', 'title', 'published (min)', 'source', 'editor'],
      scored(r).map((e) => {
        const a = e.accuracy;
        const promo = e.pages.filter((p) => p.boilerplate.some((m) => !m.startsWith('责任编辑'))).length;
        return [e.label, a.errors, f3(a.precision), f3(a.recall), f3(a.f1Mean), f3(a.f1Min), `${a.f1AtLeast099}/${a.goldPages}`, `${a.boilerplatePages}/${a.pages}`, `${promo}/${a.pages}`, pct(a.title), pct(a.publishedAt), pct(a.source), pct(a.editor)];
      }),
    ),
    '',
    'Body: character bigrams after NFKC with all whitespace (U+3000 included) removed. Boilerplate: a page counts when its body contains any of the ' +
      `${r.settings.markers} strings in \`BOILERPLATE_MARKERS\` (src/rules/page.ts) that its golden body does not. Fields compared: ` +
      scored(r).map((e) => `${e.label}: ${e.fields}`).join('; ') +
      '. Names are compared after NFKC and whitespace removal with a leading label (责任编辑：, 来源：) dropped; times to the minute, zone-less peer times read as Beijing time.',
    '',
  );
  const ext = scored(r).filter((e) => e.accuracy.externalPages > 0);
  if (ext.length) {
    out.push(
      `Independent check: the project's goldens are sina-clean output written by scripts/golden.ts and checked against each page by a person, so a perfect sina-clean score there is agreement with that review, not an outside judgement. ` +
        `For ${ext[0]!.accuracy.externalPages} pages an outside benchmark (opendatalab/magic-html) wrote the main text by hand (\`fixtures/pages/external-gold.json\`; it keeps some lines the project moves to metadata, such as 责任编辑). Body F1 against those:`,
      '',
      table(
        ['extractor', ...(ext[0]!.pages.filter((p) => p.external).map((p) => `\`${p.id}\``)), 'mean'],
        ext.map((e) => [e.label, ...e.pages.filter((p) => p.external).map((p) => f3(p.external!.f1)), f3(e.accuracy.externalF1Mean)]),
      ),
      '',
    );
  }

  out.push('## Speed', '');
  out.push(
    table(
      ['extractor', 'median ms/page', 'whole pages: median ms', 'sina-clean faster by (whole pages)', 'p95 ms/page', 'mean ms/page', 'sina-clean faster by (ratio of medians)', 'sina-clean faster by (median of per-input ratios)', 'CPU ms/page median', 'p95', 'sina-clean faster by (CPU, ratio of medians)'],
      r.extractors.map((e) => [
        e.label,
        ms(e.speed.medianMs),
        ms(e.speed.byFolder?.pages?.medianMs ?? Number.NaN),
        sc && e !== sc && e.speed.byFolder?.pages && sc.speed.byFolder?.pages ? `${(e.speed.byFolder.pages.medianMs / sc.speed.byFolder.pages.medianMs).toFixed(2)}×` : '–',
        ms(e.speed.p95Ms),
        ms(e.speed.meanMs),
        sc && e !== sc ? `${(e.speed.medianMs / sc.speed.medianMs).toFixed(1)}×` : '–',
        sc && e !== sc ? `${pairedRatio(e.speed, sc.speed).toFixed(1)}×` : '–',
        e.speed.cpuMedianMs === undefined ? '–' : ms(e.speed.cpuMedianMs),
        e.speed.cpuP95Ms === undefined ? '–' : ms(e.speed.cpuP95Ms),
        sc && e !== sc && e.speed.cpuMedianMs && sc.speed.cpuMedianMs ? `${(e.speed.cpuMedianMs / sc.speed.cpuMedianMs).toFixed(1)}×` : '–',
      ]),
    ),
    '',
    `HTML string in, result out, DOM parsing included; ${r.settings.speedMethod === 'shared' ? 'all extractors in one process' : 'each extractor in a process of its own (its garbage collected on its own time), driven input by input from one parent'}; sina-clean ${r.settings.engine === 'bundle' ? 'as it ships (the engine bundled by esbuild)' : 'from its source'}; one untimed warm-up round, then ${r.settings.rounds} timed rounds in which the extractors run on each page in an order shuffled by page and round (seeded). ` +
      'Per page the median over rounds; the table gives the median and 95th percentile of those over all inputs, and the median over the whole pages alone (`fixtures/pages/`, where parsing weighs most). ' +
      'The parse-only rows turn the page (as the peers get it) into a DOM and nothing else: parse5 with its default tree, htmlparser2 (`parseDocument`), linkedom (`parseHTML`); they are timed in the same interleaved rounds and not scored. ' +
      'Wall time is what a user waits; CPU time (user + system of the process, V8 helper threads included) is what other load on a shared machine does not inflate.',
    '',
  );

  if (r.scale.length) {
    out.push('## Batch scale (sina-clean)', '');
    out.push(
      table(
        ['corpus ×', 'threads', 'heap cap', 'pages', 'failed', 'wall s', 'pages/s (wall)', 'pages/s (steady)', 'first result s', 'peak RSS MB', 'RSS peak 10–50% → 50–100% MB', 'largest worker heap MB', 'complete'],
        r.scale.map((s) => {
          const steady = steadyMemory(s);
          return [
          `${s.reps}×`,
          s.mode.includes('in-process') ? '1 (in-process)' : `${s.workers ?? '?'} workers`,
          s.heapCapMB ? `${s.heapCapMB} MB` : 'CLI default',
          s.pages,
          s.failed,
          s.seconds.toFixed(1),
          s.pagesPerSecond.toFixed(0),
          s.steadyPagesPerSecond == null ? '–' : s.steadyPagesPerSecond.toFixed(0),
          s.firstResultSeconds == null ? '–' : s.firstResultSeconds.toFixed(1),
          s.maxRssMB.toFixed(0),
          steady ? `${steady.firstPeakMB.toFixed(0)} → ${steady.secondPeakMB.toFixed(0)}` : '–',
          s.peakWorkerHeapTotalMB ? s.peakWorkerHeapTotalMB.toFixed(0) : '–',
          s.complete ? 'yes' : `no (stopped at ${s.seconds.toFixed(0)} s)`,
          ];
        }),
      ),
      '',
      `Each step in a fresh process: ${r.scale[0]!.mode}; every file read, decoded, extracted and rendered (JSON Lines), the output discarded. ` +
        'The capped rerun uses the same runBatch with its jobs on the main thread, whose heap --max-old-space-size caps (the CLI gives its worker threads their own heap limit). ' +
        'Steady pages/s is measured from the first result to the last (it leaves out starting the worker threads). Peak RSS is the process maximum (main thread and workers); ' +
        'the RSS peaks over the pages from 10% to 50% and from 50% to the end of a step are its steady state, from which memory is judged flat (see docs/bench.md). ' +
        `Each step stops at ${r.settings.scaleBudgetSeconds} s (the heap-capped rerun at ${r.settings.heapCapBudgetSeconds ?? r.settings.scaleBudgetSeconds} s) and reports the pages it did.`,
      '',
    );
  }

  out.push('## Extension', '');
  if (r.bundles) {
    out.push(
      table(
        ['bundle', 'file', 'minified', 'gzip'],
        r.bundles.files.map((f) => [f.role, `\`${f.file}\``, kb(f.bytes), kb(f.gzipBytes)]),
      ),
      '',
    );
  } else out.push('Bundle sizes: the extension was not built (`npm run build` writes `.output/chrome-mv3`).', '');
  const brows = browserRows(r.browser);
  if (brows.length) {
    const b = r.browser as {
      fixture?: string;
      runsPerMeasure?: number;
      date?: string;
      what?: string;
      machine?: { cpus?: number; loadAverage?: { start: number; end: number } };
    };
    const load = b.machine?.loadAverage;
    out.push(
      `In the browser (\`npx tsx test/e2e/browser-bench.ts\`, \`bench/results/browser.json\`, ${b.date ? b.date.slice(0, 10) : 'undated'}): largest fixture \`${b.fixture ?? '?'}\`, ${b.runsPerMeasure ?? '?'} fresh page loads, medians in ms${load ? ` (shared machine: load average ${load.start} at the start, ${load.end} at the end on ${b.machine?.cpus ?? '?'} cores)` : ''}.`,
      '',
      table(
        ['browser', 'page load, main thread: before → now', 'engine per page view before (background)', 'extraction cold: sina-clean / Readability', 'extraction warm: sina-clean / Readability', 'reader chunk load', 'click → painted: fresh page / again'],
        brows.map((x) => [
          x.version,
          `${ms(x.pageLoadBeforeMs)} → ${ms(x.pageLoadAfterMs)}`,
          `${ms(x.backgroundBeforeMs)} → none`,
          `${ms(x.extractColdMs)} / ${ms(x.readabilityColdMs)}`,
          `${ms(x.extractWarmMs)} / ${ms(x.readabilityWarmMs)}`,
          ms(x.chunkLoadMs),
          `${ms(x.clickColdMs)} / ${ms(x.clickWarmMs)}`,
        ]),
      ),
      '',
      ...(b.what ? [`What is timed: ${b.what}`, ''] : []),
    );
  } else if (r.browser) {
    const kv: [string, string][] = [];
    flatten('', r.browser, kv);
    out.push('In-browser numbers (`bench/results/browser.json`):', '', table(['key', 'value'], kv), '');
  } else out.push('In-browser timings: `bench/results/browser.json` has not been written yet (`npx tsx test/e2e/browser-bench.ts`).', '');

  out.push('## Per input', '');
  const ids = r.extractors[0]?.pages.map((p) => p.id) ?? [];
  out.push(
    table(
      ['input', ...scored(r).map((e) => `${e.id} F1`), ...r.extractors.map((e) => `${e.id} ms`)],
      ids.map((id, i) => [
        `\`${id}\``,
        ...scored(r).map((e) => {
          const p = e.pages[i]!;
          const f = p.prf ? f3(p.prf.f1) : '–';
          return `${p.error ? 'error' : f}${p.boilerplate.length ? ` ⚠${p.boilerplate.length}` : ''}`;
        }),
        ...r.extractors.map((e) => ms(e.speed.perPageMs[id] ?? Number.NaN)),
      ]),
    ),
    '',
    'F1 – : no golden for this input yet. ⚠N: N boilerplate markers left in the body.',
    '',
  );
  out.push(`Whole run: ${r.seconds.toFixed(0)} s.`, '');
  return out.join('\n');
}

/**
 * The short version for the README's "How it compares" section (bench/results/summary.md):
 * machine and date, the chart, one table, and the targets that were missed.
 */
export function renderSummary(r: Results, chartPath: string): string {
  const m = r.machine;
  const sc = r.extractors.find((e) => e.id === 'sina-clean');
  const out: string[] = [];
  out.push(
    `Measured ${r.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores, Node ${m.node.replace(/^v/, '')}), ` +
      `${r.corpus.inputs} fixtures (${Object.entries(r.corpus.byFolder).map(([k, v]) => `${v} ${k}`).join(', ')}), ` +
      `${r.corpus.goldens} reviewed goldens.` +
      (m.loadAvgStart
        ? ` Shared machine (load average ${m.loadAvgStart[0]!.toFixed(0)} at the start, ${(m.loadAvgEnd ?? m.loadAvgStart)[0]!.toFixed(0)} at the end on ${m.cores} cores): absolute times are pessimistic; the extractors ran interleaved, so the ratios hold.`
        : ''),
    '',
    `![sina-clean vs peers: accuracy, speed, batch scale](${chartPath})`,
    '',
    table(
      ['', 'body F1 (mean / min)', 'pages with boilerplate', 'title · time · source · editor exact', 'median ms/page', 'sina-clean faster by', 'whole pages: median ms', 'faster by (whole pages)'],
      scored(r).map((e) => {
        const a = e.accuracy;
        const meta = [a.title, a.publishedAt, a.source, a.editor].map((x) => (x.rate === null ? '–' : `${Math.round(x.rate * 100)}%`)).join(' · ');
        return [
          e.id === 'sina-clean' ? `**${e.label}**` : e.label,
          `${f3(a.f1Mean)} / ${f3(a.f1Min)}`,
          `${a.boilerplatePages}/${a.pages}`,
          meta,
          ms(e.speed.medianMs),
          sc && e !== sc ? `${(e.speed.medianMs / sc.speed.medianMs).toFixed(1)}×` : '–',
          ms(e.speed.byFolder?.pages?.medianMs ?? Number.NaN),
          sc && e !== sc && e.speed.byFolder?.pages && sc.speed.byFolder?.pages ? `${(e.speed.byFolder.pages.medianMs / sc.speed.byFolder.pages.medianMs).toFixed(1)}×` : '–',
        ];
      }),
    ),
    '',
  );
  const base = baselines(r).filter((b) => b.speed.byFolder?.pages);
  if (base.length && sc?.speed.byFolder?.pages) {
    out.push(
      `Parsing alone, same rounds, median per whole page: ${base.map((b) => `${b.label.replace(/^parse only: /, '')} ${ms(b.speed.byFolder!.pages!.medianMs)} ms`).join(', ')}; ` +
        `sina-clean's whole extraction ${ms(sc.speed.byFolder.pages.medianMs)} ms.`,
      '',
    );
  }
  const scale = r.scale.filter((s) => !s.heapCapMB).sort((a, b) => a.reps - b.reps);
  if (scale.length) {
    out.push(
      `Batch (CLI, ${scale[0]!.workers ?? '?'} worker threads): ` +
        scale
          .map((s) => `${s.reps}× corpus: ${s.pages} pages in ${s.seconds.toFixed(1)} s${s.complete ? '' : ' (time budget)'}, peak RSS ${s.maxRssMB.toFixed(0)} MB`)
          .join('; ') +
        '.',
      '',
    );
  }
  const rows = targets(r);
  const missed = rows.filter((t) => t.met === false);
  const open = rows.filter((t) => t.met === null);
  out.push(
    `Targets: ${rows.filter((t) => t.met).length} of ${rows.length} met.` +
      (missed.length ? ` Missed: ${missed.map((t) => `${t.target} — ${t.result}`).join('; ')}.` : '') +
      (open.length ? ` Not measured: ${open.map((t) => t.target).join('; ')}.` : ''),
    '',
  );
  return out.join('\n');
}
