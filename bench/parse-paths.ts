/**
 * The parse stage's paths side by side, interleaved per page in one process:
 *   npx tsx bench/parse-paths.ts [pages|seed-format|fragments|all] [rounds]
 * parse5 alone, the engine's parse (fast path, parse5 where it gives up), htmlparser2's own
 * parseDocument (no repairs: the floor), and extract() with the fast path off and on. Prints the
 * median over the inputs of each one's per-input median, the ratios, and the share of inputs the
 * fast path takes with the reasons it gave up on the others.
 */
import { join } from 'node:path';
import { parseDocument } from 'htmlparser2';
import { loadCorpus } from './corpus';
import { makeCtx } from '../src/engine/context';
import { GiveUp, parseFast, parseHtml, parseWithParse5, splitFrontMatter, useFastParse } from '../src/engine/parse';
import { extract } from '../src/engine/extract';

const only = process.argv[2] ?? 'pages';
const rounds = Number(process.argv[3] ?? 15);
const all = loadCorpus(join(import.meta.dirname, '..', 'fixtures')).filter((i) => only === 'all' || i.folder === only);
const bodies = all.map((i) => splitFrontMatter(i.html).body);

const extractQuietly = (i: (typeof all)[number]) => {
  try {
    extract(i.html, i.url ? { url: i.url } : {});
  } catch {
    /* failures are scored elsewhere */
  }
};
const runs: Record<string, (n: number) => void> = {
  parse5: (n) => void parseWithParse5(bodies[n]!, makeCtx()),
  engineParse: (n) => void parseHtml(bodies[n]!, makeCtx()),
  htmlparser2: (n) => void parseDocument(bodies[n]!),
  extractParse5: (n) => {
    useFastParse(false);
    extractQuietly(all[n]!);
    useFastParse(true);
  },
  extractFast: (n) => extractQuietly(all[n]!),
};
const times: Record<string, number[][]> = Object.fromEntries(Object.keys(runs).map((k) => [k, bodies.map(() => [])]));
for (let r = 0; r < 3; r++) for (const run of Object.values(runs)) bodies.forEach((_, n) => run(n));
for (let r = 0; r < rounds; r++) {
  for (const [k, run] of Object.entries(runs)) {
    bodies.forEach((_, n) => {
      const t = performance.now();
      run(n);
      times[k]![n]!.push(performance.now() - t);
    });
  }
}
const med = (a: number[]) => [...a].sort((x, y) => x - y)[a.length >> 1]!;
const at = (k: string) => med(times[k]!.map(med));
const m = { parse5: at('parse5'), engineParse: at('engineParse'), htmlparser2: at('htmlparser2'), extractParse5: at('extractParse5'), extractFast: at('extractFast') };
const why = new Map<string, number>();
let fast = 0;
for (const b of bodies) {
  const d = parseFast(b, makeCtx());
  if (d instanceof GiveUp) why.set(d.why, (why.get(d.why) ?? 0) + 1);
  else fast++;
}
console.log(`${only}: ${bodies.length} inputs, ${rounds} rounds; median of per-input medians, ms:`);
for (const [k, v] of Object.entries(m)) console.log(`  ${k.padEnd(14)} ${v.toFixed(3)}`);
console.log(`  engine parse / parse5 ${(m.engineParse / m.parse5).toFixed(2)}, htmlparser2 / parse5 ${(m.htmlparser2 / m.parse5).toFixed(2)}`);
console.log(`  extract: fast path / parse5 ${(m.extractFast / m.extractParse5).toFixed(2)}; extract / parse-only parse5 ${(m.extractFast / m.parse5).toFixed(2)} (was ${(m.extractParse5 / m.parse5).toFixed(2)})`);
console.log(`  fast path taken: ${fast} of ${bodies.length}; gave up: ${[...why].map(([w, c]) => `${w} (${c})`).join(', ') || 'none'}`);
