/**
 * Same-process A/B of two bundled copies of the engine, interleaved, beside Readability on linkedom.
 *   npx tsx bench/ab.ts <before.mjs> <after.mjs> [rounds] [folder]
 * Build a copy with: esbuild src/engine/extract.ts --bundle --platform=node --format=esm
 *   --packages=external --outfile=bench/tmp/ab/after.mjs (and the same from an older `src`).
 * Each round runs every input through before, after and the peer in a rotating order; per input
 * the median CPU time (user + system) and wall time of each is kept; the report gives the median
 * over the inputs per folder and the median of the per-input ratios. The two copies' Articles
 * (with their trace) must be identical on every input; a difference is reported and fails the run.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { loadCorpus, type BenchInput } from './corpus';

type Extract = (html: string, o?: object) => unknown;
const [aPath, bPath, roundsArg, only] = process.argv.slice(2);
if (!aPath || !bPath) throw new Error('usage: bench/ab.ts <before.mjs> <after.mjs> [rounds] [folder]');
const A = ((await import(resolve(aPath))) as { extract: Extract }).extract;
const B = ((await import(resolve(bPath))) as { extract: Extract }).extract;
const rounds = Number(roundsArg ?? '9');
const inputs = loadCorpus(join(import.meta.dirname, '..', 'fixtures')).filter((i) => !only || i.folder === only);

const peerHtml = (i: BenchInput) =>
  i.folder === 'fragments' ? `<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>\n${i.peerHtml}\n</body></html>` : i.peerHtml;
const runners: [string, (i: BenchInput) => unknown][] = [
  ['before', (i) => A(i.html, i.url ? { url: i.url } : {})],
  ['after', (i) => B(i.html, i.url ? { url: i.url } : {})],
  ['readability-linkedom', (i) => new Readability(parseHTML(peerHtml(i)).document as unknown as Document, {}).parse()],
];

// Identity first (with the trace on and off).
let differ = 0;
for (const i of inputs) {
  for (const trace of [false, true]) {
    const o = { ...(i.url ? { url: i.url } : {}), trace };
    const a = (() => { try { return JSON.stringify(A(i.html, o)); } catch (e) { return `error ${(e as Error).message}`; } })();
    const b = (() => { try { return JSON.stringify(B(i.html, o)); } catch (e) { return `error ${(e as Error).message}`; } })();
    if (a !== b) { differ++; process.stderr.write(`differs: ${i.id} (trace ${trace})\n`); }
  }
}

const cpu = inputs.map(() => runners.map(() => [] as number[]));
const wall = inputs.map(() => runners.map(() => [] as number[]));
const load0 = os.loadavg();
for (let r = -1; r < rounds; r++) {
  inputs.forEach((input, k) => {
    for (let j = 0; j < runners.length; j++) {
      const x = (j + r + k + 3) % runners.length;
      const c0 = process.cpuUsage();
      const w0 = performance.now();
      try { runners[x]![1](input); } catch { /* scored elsewhere */ }
      const w = performance.now() - w0;
      const c = process.cpuUsage(c0);
      if (r >= 0) {
        cpu[k]![x]!.push((c.user + c.system) / 1000);
        wall[k]![x]!.push(w);
      }
    }
  });
}
const load1 = os.loadavg();
const med = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2]! : (s[n / 2 - 1]! + s[n / 2]!) / 2; };
const groups: [string, (i: BenchInput) => boolean][] = [
  ['seed posts', (i) => i.folder === 'seed-format'],
  ['whole pages', (i) => i.folder === 'pages'],
  ['fragments', (i) => i.folder === 'fragments'],
  ['corpus', () => true],
];
const out: string[] = [`${inputs.length} inputs, ${rounds} rounds, load ${load0.map((l) => l.toFixed(1)).join(' ')} → ${load1.map((l) => l.toFixed(1)).join(' ')}; Articles ${differ ? `DIFFER on ${differ}` : 'identical'}`];
for (const [measure, data] of [['CPU', cpu], ['wall', wall]] as const) {
  out.push(`\n${measure} (ms: median over inputs of each input's median)   before   after   after÷before   peer÷before   peer÷after`);
  for (const [name, pick] of groups) {
    const ks = inputs.map((_, k) => k).filter((k) => pick(inputs[k]!));
    if (!ks.length) continue;
    const m = (x: number) => med(ks.map((k) => med(data[k]![x]!)));
    const ratio = (p: number, q: number) => med(ks.map((k) => med(data[k]![p]!) / med(data[k]![q]!)));
    out.push(`${name.padEnd(12)} (${String(ks.length).padStart(3)})  ${m(0).toFixed(3).padStart(7)}  ${m(1).toFixed(3).padStart(7)}  ${ratio(1, 0).toFixed(3).padStart(8)}  ${ratio(2, 0).toFixed(2).padStart(10)}×  ${ratio(2, 1).toFixed(2).padStart(9)}×`);
  }
}
process.stdout.write(`${out.join('\n')}\n`);
if (differ) process.exitCode = 1;
