/**
 * Same-process A/B of two bundled copies of the engine, interleaved, beside Readability on linkedom.
 *   npx tsx bench/ab.ts <before.mjs> <after.mjs> [rounds] [folder] [--cold[=N|peer|gc]]
 * Build a copy with: esbuild src/engine/extract.ts --bundle --platform=node --format=esm
 *   --packages=external --outfile=bench/tmp/ab/after.mjs (and the same from an older `src`).
 * Each round runs every input through before, after and the peer in a freshly shuffled order; per input
 * the median CPU time (user + system) and wall time of each is kept; the report gives the median
 * over the inputs per folder and the median of the per-input ratios. The two copies' Articles
 * (with their trace) must be identical on every input; a difference is reported and fails the run.
 *
 * `--cold` runs other work before every timed call, as the bench's interleaving does (there each
 * call follows other extractors' work, which evicts the engine's code and data from the caches and
 * predictors: a seed post costs about twice its plain-loop time there). `--cold=N` is N iterations of
 * integer arithmetic (default 1e7, about 10 ms; no allocation, so no garbage is left to anyone);
 * `--cold=peer` is Readability on linkedom over another input; `--cold=gc` is one full garbage
 * collection (a harsher condition than the bench's: after a forced collection V8 discards the
 * optimised code that held the engine's object shapes, which the bench's own collections do not;
 * see docs/bench.md, "A forced collection is not the bench's").
 * The churn is not timed. (The two copies share their external packages, domhandler among them:
 * to compare copies that differ in what they keep alive across calls, bundle the packages in.)
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadCorpus, type BenchInput } from './corpus';

type Extract = (html: string, o?: object) => unknown;
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const [aPath, bPath, roundsArg, only] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const coldFlag = flags.find((f) => f === '--cold' || f.startsWith('--cold='));
const cold: 'peer' | 'gc' | number | null =
  !coldFlag ? null : coldFlag === '--cold' ? 1e7 : coldFlag === '--cold=peer' ? 'peer' : coldFlag === '--cold=gc' ? 'gc' : Number(coldFlag.slice(7));
setFlagsFromString('--expose-gc');
const fullGc = runInNewContext('gc') as () => void;
if (typeof cold === 'number' && !(cold > 0)) throw new Error(`--cold=N: N must be a positive number of iterations (got ${coldFlag})`);
if (!aPath || !bPath) throw new Error('usage: bench/ab.ts <before.mjs> <after.mjs> [rounds] [folder]');
// Each copy is loaded twice, in the order A B B A (a module loaded later ran a few per cent faster
// in this harness, whatever its code: two loads of one bundle differed by 0.93×); each copy's
// times are those of its two instances together.
const load = async (p: string, n: number) => ((await import(`${pathToFileURL(resolve(p)).href}?instance=${n}`)) as { extract: Extract }).extract;
const A = await load(aPath, 1);
const B = await load(bPath, 1);
const B2 = await load(bPath, 2);
const A2 = await load(aPath, 2);
const rounds = Number(roundsArg ?? '9');
const inputs = loadCorpus(join(import.meta.dirname, '..', 'fixtures')).filter((i) => !only || i.folder === only);

const peerHtml = (i: BenchInput) =>
  i.folder === 'fragments' ? `<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>\n${i.peerHtml}\n</body></html>` : i.peerHtml;
const runners: [string, (i: BenchInput) => unknown][] = [
  ['before', (i) => A(i.html, i.url ? { url: i.url } : {})],
  ['after', (i) => B(i.html, i.url ? { url: i.url } : {})],
  ['readability-linkedom', (i) => new Readability(parseHTML(peerHtml(i)).document as unknown as Document, {}).parse()],
  ['before (second instance)', (i) => A2(i.html, i.url ? { url: i.url } : {})],
  ['after (second instance)', (i) => B2(i.html, i.url ? { url: i.url } : {})],
];
/** Where each runner's times are reported: the two instances of a copy together. */
const SLOT = [0, 1, 2, 0, 1];

let sink = 0;
/** The other work before a timed call (`--cold`): not timed. */
function churn(k: number): void {
  if (cold === null) return;
  if (cold === 'peer') {
    const other = inputs[(k + 1) % inputs.length]!;
    sink += new Readability(parseHTML(peerHtml(other)).document as unknown as Document, {}).parse()?.length ?? 0;
    return;
  }
  if (cold === 'gc') return fullGc();
  let x = 1;
  for (let i = 0; i < cold; i++) x = (x * 31 + i) | 0;
  sink += x;
}

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

const cpu = inputs.map(() => [0, 1, 2].map(() => [] as number[]));
const wall = inputs.map(() => [0, 1, 2].map(() => [] as number[]));
let seed = 20261127;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
};
const load0 = os.loadavg();
for (let r = -1; r < rounds; r++) {
  inputs.forEach((input, k) => {
    // A fresh order each time (a rotation would keep the same runner after the peer, which leaves
    // garbage behind: the runner after it was 4-7 % slower, whatever its code).
    const order = runners.map((_, j) => j);
    for (let j = order.length - 1; j > 0; j--) {
      const q = rnd(j + 1);
      [order[j], order[q]] = [order[q]!, order[j]!];
    }
    for (const x of order) {
      churn(k);
      const c0 = process.cpuUsage();
      const w0 = performance.now();
      try { runners[x]![1](input); } catch { /* scored elsewhere */ }
      const w = performance.now() - w0;
      const c = process.cpuUsage(c0);
      if (r >= 0) {
        cpu[k]![SLOT[x]!]!.push((c.user + c.system) / 1000);
        wall[k]![SLOT[x]!]!.push(w);
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
const out: string[] = [`${inputs.length} inputs, ${rounds} rounds${cold === null ? '' : `, cold (${cold === 'peer' ? 'Readability on linkedom' : cold === 'gc' ? 'a full garbage collection' : `${cold} iterations of arithmetic`} before every call)`}, load ${load0.map((l) => l.toFixed(1)).join(' ')} → ${load1.map((l) => l.toFixed(1)).join(' ')}; Articles ${differ ? `DIFFER on ${differ}` : 'identical'}`];
const fastest = (xs: number[]) => Math.min(...xs);
for (const [measure, data, per] of [['CPU', cpu, med], ['wall', wall, med], ['CPU, fastest run', cpu, fastest]] as const) {
  out.push(`\n${measure} (ms: median over inputs of each input's ${per === med ? 'median' : 'fastest run'})   before   after   after÷before   peer÷before   peer÷after`);
  for (const [name, pick] of groups) {
    const ks = inputs.map((_, k) => k).filter((k) => pick(inputs[k]!));
    if (!ks.length) continue;
    const m = (x: number) => med(ks.map((k) => per(data[k]![x]!)));
    const ratio = (p: number, q: number) => med(ks.map((k) => per(data[k]![p]!) / per(data[k]![q]!)));
    out.push(`${name.padEnd(12)} (${String(ks.length).padStart(3)})  ${m(0).toFixed(3).padStart(7)}  ${m(1).toFixed(3).padStart(7)}  ${ratio(1, 0).toFixed(3).padStart(8)}  ${ratio(2, 0).toFixed(2).padStart(10)}×  ${ratio(2, 1).toFixed(2).padStart(9)}×`);
  }
}
process.stdout.write(`${out.join('\n')}\n`);
if (sink === 0.5) process.stdout.write('\n');
if (differ) process.exitCode = 1;
