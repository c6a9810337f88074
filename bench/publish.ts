/**
 * Writes results.json, chart.svg, chart.png (when a system Chromium is there) and results.md.
 * `tsx bench/publish.ts` alone re-renders the chart and the table from an existing results.json,
 * with bench/results/browser.json and the bundle sizes of a built .output/chrome-mv3 read afresh.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { renderChartSvg } from './chart';
import { browserResults, bundleSizes } from './extras';
import { renderMarkdown, renderSummary, type Results } from './report';

export async function publish(results: Results, outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const svg = await renderChartSvg({
    title: `sina-clean vs peers on ${results.corpus.inputs} Sina fixtures (${results.corpus.goldens} goldens) · ${results.machine.cpu}, ${results.machine.cores} cores · ${results.date.slice(0, 10)}`,
    extractors: results.extractors.filter((e) => !e.baseline).map((e) => ({
      label: e.label,
      f1Mean: e.accuracy.f1Mean,
      f1Min: e.accuracy.f1Min,
      medianMs: e.speed.medianMs,
      p95Ms: e.speed.p95Ms,
      cpuMedianMs: e.speed.cpuMedianMs,
    })),
    scale: results.scale.map((s) => ({
      run: s.heapCapMB ? `in-process, heap capped at ${s.heapCapMB} MB` : 'worker threads, as shipped',
      pages: s.pages,
      seconds: s.seconds,
      peakRssMB: s.maxRssMB,
    })),
  });
  const svgPath = join(outDir, 'chart.svg');
  const pngPath = join(outDir, 'chart.png');
  writeFileSync(svgPath, svg);
  const png = process.env.BENCH_PNG === '0' ? false : svgToPng(svgPath, pngPath, svg);
  writeFileSync(join(outDir, 'results.json'), JSON.stringify(results, null, 1) + '\n');
  writeFileSync(join(outDir, 'results.md'), renderMarkdown(results, png ? 'chart.png' : 'chart.svg'));
  const summary = renderSummary(results, `bench/results/${png ? 'chart.png' : 'chart.svg'}`);
  writeFileSync(join(outDir, 'summary.md'), summary);
  // The README's "How it compares" block is the summary of the published results (not of a trial
  // run written elsewhere with BENCH_OUT).
  if (resolve(outDir) === resolve(RESULTS)) updateReadme(summary);
}

const RESULTS = join(import.meta.dirname, 'results');

/** Replaces the README block between `<!-- bench:start -->` and `<!-- bench:end -->` with the summary. */
export function readmeWithSummary(readme: string, summary: string): string | null {
  const block = /<!-- bench:start -->[\s\S]*?<!-- bench:end -->/;
  if (!block.test(readme)) return null;
  return readme.replace(block, () => `<!-- bench:start -->\n${summary.trim()}\n<!-- bench:end -->`);
}

function updateReadme(summary: string): void {
  const path = join(import.meta.dirname, '..', 'README.md');
  const next = readmeWithSummary(readFileSync(path, 'utf8'), summary);
  if (next !== null) writeFileSync(path, next);
}

/** PNG copy of the chart through headless Chromium from the system, when there is one. */
function svgToPng(svgPath: string, pngPath: string, svgText: string): boolean {
  const browser = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (!browser) return false;
  const w = Math.ceil(Number(/width="([\d.]+)"/.exec(svgText)?.[1] ?? '1200'));
  const h = Math.ceil(Number(/height="([\d.]+)"/.exec(svgText)?.[1] ?? '400'));
  const profile = join(os.tmpdir(), `sina-bench-chromium-${process.pid}`);
  const r = spawnSync(
    browser,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--hide-scrollbars',
      `--user-data-dir=${profile}`,
      '--force-device-scale-factor=2',
      `--window-size=${w},${h}`,
      `--screenshot=${pngPath}`,
      `file://${svgPath}`,
    ],
    { timeout: 60_000, stdio: 'ignore' },
  );
  rmSync(profile, { recursive: true, force: true });
  return r.status === 0 && existsSync(pngPath);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const outDir = RESULTS;
  const results = JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf8')) as Results;
  // Numbers measured elsewhere are picked up afresh: the e2e harness's file and the built bundles.
  results.browser = browserResults(join(outDir, 'browser.json')) ?? results.browser;
  results.bundles = bundleSizes(join(import.meta.dirname, '..', '.output', 'chrome-mv3')) ?? results.bundles;
  await publish(results, outDir);
}
