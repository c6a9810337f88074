/**
 * `npm run bench`: accuracy and speed of sina-clean against the peers on the fixture corpus,
 * then sina-clean's batch scaling; writes bench/results/{results.md,results.json,chart.svg,chart.png}.
 *
 * Environment knobs: BENCH_ROUNDS (timed rounds, default 3), BENCH_SCALE (comma list of corpus
 * repetitions, default 1,10,100), BENCH_SCALE_BUDGET (seconds per scale step, default 50),
 * BENCH_CAP_BUDGET (seconds for the heap-capped rerun, default 30),
 * BENCH_HEAP_CAP (MB per thread for the extra capped run of the largest step, 0 = skip it),
 * BENCH_ONLY (comma list of extractor ids), BENCH_SPEED (`shared`, the default: every extractor
 * timed in this process, interleaved; `processes`: each in a process of its own, see docs/bench.md), BENCH_PNG=0 (skip the PNG), BENCH_OUT (output folder,
 * default bench/results; browser.json is read from there too).
 */
// First: sina-clean is timed as it ships (the engine bundled, see engine-bundle.ts), before
// extractors.ts is loaded.
import './engine-bundle';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { join, relative } from 'node:path';
import { BOILERPLATE_MARKERS } from '../src/rules/page';
import { loadCorpus, loadExternalGold, loadGold, type Gold } from './corpus';
import { ENGINE_COPY, EXTRACTORS } from './extractors';

import { browserResults, bundleSizes } from './extras';
import { measure, summarizeAccuracy } from './measure';
import { publish } from './publish';
import type { Results, ScaleStep } from './report';

const root = join(import.meta.dirname, '..');
const fixtures = join(root, 'fixtures');
const outDir = process.env.BENCH_OUT ? join(process.cwd(), process.env.BENCH_OUT) : join(root, 'bench', 'results');
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

// The peers are given HTML; none of them may fetch anything.
globalThis.fetch = (() => Promise.reject(new Error('network disabled in the benchmark'))) as typeof fetch;

const rounds = Number(process.env.BENCH_ROUNDS ?? '3');
const scaleReps = (process.env.BENCH_SCALE ?? '1,10,100').split(',').map(Number).filter((n) => n > 0);
const scaleBudget = Number(process.env.BENCH_SCALE_BUDGET ?? '50');
const capBudget = Number(process.env.BENCH_CAP_BUDGET ?? '30');
const heapCap = Number(process.env.BENCH_HEAP_CAP ?? '192');
const only = process.env.BENCH_ONLY?.split(',');
const speedMethod = process.env.BENCH_SPEED === 'processes' ? 'processes' : 'shared';
const extractors = EXTRACTORS.filter((e) => !only || only.includes(e.id));

const started = performance.now();
const loadAvgStart = os.loadavg();
const inputs = loadCorpus(fixtures);
const golds = new Map<string, Gold>();
for (const input of inputs) {
  const g = loadGold(fixtures, input);
  if (g) golds.set(input.id, g);
  if (input.decodeWarning) log(`decode: ${input.id}: ${input.decodeWarning}`);
}
log(`${inputs.length} inputs, ${golds.size} goldens, ${extractors.length} extractors, ${rounds} timed rounds (${speedMethod}); sina-clean: ${ENGINE_COPY === 'source' ? 'the source (tsx)' : 'the bundled engine'}`);

const externalGold = loadExternalGold(fixtures);
const { scores, speed } = await measure(extractors, inputs, golds, BOILERPLATE_MARKERS, rounds, externalGold, log, speedMethod);

const scale: ScaleStep[] = [];
const runScale = (reps: number, heapCapMB: number | null, budget: number): ScaleStep | null => {
  const flags = heapCapMB ? [`--max-old-space-size=${heapCapMB}`] : [];
  const child = spawnSync(
    process.execPath,
    [...flags, '--import', 'tsx', join(root, 'bench', 'scale-child.ts'), String(reps), String(budget), heapCapMB ? 'in-process' : 'workers'],
    { cwd: root, encoding: 'utf8', timeout: (budget + 120) * 1000 },
  );
  const line = child.stdout.trim().split('\n').pop() ?? '';
  try {
    const step = { ...(JSON.parse(line) as ScaleStep), heapCapMB };
    log(
      `scale ${reps}x${heapCapMB ? ` (in-process, heap capped at ${heapCapMB} MB)` : ''}: ${step.pages} pages in ${step.seconds.toFixed(1)} s, ` +
        `${step.pagesPerSecond.toFixed(0)} pages/s, peak RSS ${step.maxRssMB.toFixed(0)} MB${step.complete ? '' : ' (time budget reached)'}`,
    );
    return step;
  } catch {
    log(`scale ${reps}x failed: ${child.stderr.slice(-500)}`);
    return null;
  }
};
for (const reps of scaleReps) {
  const step = runScale(reps, null, scaleBudget);
  if (step) scale.push(step);
}
// The largest step again, in-process with the heap capped: if it runs without failures, whatever
// RSS growth the uncapped run shows is garbage the collector had not needed to reclaim yet, not
// data the batch holds on to. (In-process because the CLI sets its workers' heap limit itself.)
const largest = Math.max(...scaleReps);
if (scaleReps.length > 1 && heapCap > 0) {
  const step = runScale(largest, heapCap, capBudget);
  if (step) scale.push(step);
}

const cpus = os.cpus();
const results: Results = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    loadAvgStart,
    loadAvgEnd: os.loadavg(),
  },
  corpus: {
    inputs: inputs.length,
    byFolder: Object.fromEntries(['pages', 'seed-format', 'fragments'].map((f) => [f, inputs.filter((i) => i.folder === f).length])),
    goldens: golds.size,
    bytes: inputs.reduce((a, i) => a + i.bytes, 0),
  },
  settings: { rounds, speedMethod, engine: ENGINE_COPY === 'source' ? 'source' : 'bundle', scaleReps, scaleBudgetSeconds: scaleBudget, heapCapMB: heapCap, heapCapBudgetSeconds: capBudget, markers: BOILERPLATE_MARKERS.length },
  extractors: extractors.map((e) => ({
    id: e.id,
    label: e.label,
    fields: e.fields,
    ...(e.baseline ? { baseline: true } : {}),
    accuracy: summarizeAccuracy(scores[e.id]!),
    speed: speed[e.id]!,
    pages: scores[e.id]!,
  })),
  scale,
  browser: browserResults(join(outDir, 'browser.json')),
  bundles: bundleSizes(join(root, '.output', 'chrome-mv3')),
  seconds: 0,
};

results.seconds = (performance.now() - started) / 1000;
await publish(results, outDir);
log(`wrote ${relative(process.cwd(), outDir) || '.'}/ in ${results.seconds.toFixed(0)} s total`);
