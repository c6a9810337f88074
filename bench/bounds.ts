/**
 * `npm run bench:bounds`: what each of the engine's bounds does at half, once and twice its value.
 * For every bound (input size, nesting, attributes on one element, elements, comments, the front
 * matter that is read, the time budget, and memory on the heaviest input per character) one child
 * process builds the input (the adversarial generator's shapes, test/fuzz/adversarial/) and runs
 * extract() once with the default budget, reporting the outcome, the wall time of extract() and
 * the child's peak resident memory. Writes bench/results/bounds.{json,md}; the README's
 * guarantees section and docs/hardening.md quote these numbers, never timed unit tests.
 *
 * Knobs: BOUNDS_ONLY (comma list of bound ids), BENCH_OUT (output folder, default bench/results).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_BUDGET_MS, LIMITS } from '../src/engine/limits';

interface Row {
  bound: string;
  /** What the bound is, in words, with its value. */
  what: string;
  scale: '0.5×' | '1×' | '2×';
  /** The shape, page family and size the input is built from. */
  shape: string;
  family: string;
  n: number;
  budgetMs: number;
}

interface Measured extends Row {
  chars: number;
  ms: number;
  outcome: string;
  maxRssMb: number;
}

const fmt = (n: number) => n.toLocaleString('en-US');
const rows: Row[] = [];
const add = (bound: string, what: string, shape: string, family: string, sizes: [number, number, number], budgetMs = DEFAULT_BUDGET_MS) => {
  (['0.5×', '1×', '2×'] as const).forEach((scale, i) => rows.push({ bound, what, scale, shape, family, n: sizes[i]!, budgetMs }));
};

// Input size: a page of one long paragraph (the text node is most of the characters).
const size = LIMITS.maxInputChars;
add('size', `input of ${fmt(size)} characters (64 MiB)`, 'huge.textNode', 'pc2017', [size / 2, size - 4_096, size * 2]);
// Nesting: the parser's stack of open elements (html and body are two of them).
add('depth', `${fmt(LIMITS.maxNesting)} open elements`, 'nest.plain.div', 'fragment', [LIMITS.maxNesting / 2, LIMITS.maxNesting - 10, LIMITS.maxNesting * 2]);
add('attributes', `${fmt(LIMITS.maxAttributes)} attributes on one element`, 'attr.oneElement', 'pc2017', [LIMITS.maxAttributes / 2, LIMITS.maxAttributes, LIMITS.maxAttributes * 2]);
// Elements: a paragraph of lines (字<br>): one element and one text node each.
add('elements', `${fmt(LIMITS.maxNodes)} elements`, 'wide.br', 'pc2017', [LIMITS.maxNodes / 2, LIMITS.maxNodes - 1_000, LIMITS.maxNodes * 2]);
add('comments', `${fmt(LIMITS.maxNodes)} comments`, 'comment.flood', 'pc2017', [LIMITS.maxNodes / 2, LIMITS.maxNodes - 1_000, LIMITS.maxNodes * 2]);
// Elements the parser re-creates (n formatting elements re-opened in n paragraphs: n² elements).
add('re-created elements', `${fmt(LIMITS.maxNodes)} elements, re-opened by the parser`, 'nest.adoptionAgency', 'fragment', [707, 995, 1_414]);
// Front matter: a megabyte of `[` costs the YAML parser seconds; it reads 16 KiB.
add('front matter', `${fmt(LIMITS.maxFrontMatterChars)} characters of front matter read`, 'engine.frontMatterNesting', 'seed', [LIMITS.maxFrontMatterChars / 2, LIMITS.maxFrontMatterChars - 16, LIMITS.maxFrontMatterChars * 2]);
// The time budget, on a page that needs about the default budget (600,000 lines).
for (const [scale, budget] of [['0.5×', DEFAULT_BUDGET_MS / 2], ['1×', DEFAULT_BUDGET_MS], ['2×', DEFAULT_BUDGET_MS * 2]] as const) {
  rows.push({ bound: 'time', what: `budget ${fmt(DEFAULT_BUDGET_MS)} ms (default), on 600,000 lines`, scale, shape: 'wide.br', family: 'pc2017', n: 600_000, budgetMs: budget });
}
// Memory: the most memory per input character the suite has seen, wide paragraphs of short lines,
// at half, once and twice the element bound's worth of input.
add('memory', 'peak memory on the densest input (an element every 5 characters), budget raised to 120 s', 'wide.br', 'fragment', [LIMITS.maxNodes / 4, LIMITS.maxNodes / 2, LIMITS.maxNodes - 1_000], 120_000);

if (process.argv[2] === '--child') {
  const { buildCase } = await import('../test/fuzz/adversarial/cases');
  const { extract } = await import('../src/engine/extract');
  const [shape, family, n, budget] = [process.argv[3]!, process.argv[4]!, Number(process.argv[5]), Number(process.argv[6])];
  const c = buildCase({ shape, family, tier: 0, n, seed: 1 });
  const t0 = performance.now();
  let outcome: string;
  try {
    const a = extract(c.html, { ...(c.url ? { url: c.url } : {}), budgetMs: budget });
    outcome = `article, ${fmt(a.blocks.length)} blocks`;
  } catch (e) {
    outcome = `${(e as { reason?: string }).reason ?? 'threw'}: ${(e as Error).message}`;
  }
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ chars: c.html.length, ms, outcome, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const only = process.env.BOUNDS_ONLY?.split(',');
  const outDir = process.env.BENCH_OUT ? join(process.cwd(), process.env.BENCH_OUT) : join(import.meta.dirname, 'results');
  const self = fileURLToPath(import.meta.url);
  const loadStart = os.loadavg();
  const measured: Measured[] = [];
  for (const r of rows.filter((x) => !only || only.includes(x.bound))) {
    const child = spawnSync(process.execPath, ['--max-old-space-size=4096', '--stack-size=984', '--import', 'tsx', self, '--child', r.shape, r.family, String(r.n), String(r.budgetMs)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      timeout: r.budgetMs * 6 + 120_000,
    });
    let m: Omit<Measured, keyof Row>;
    try {
      m = JSON.parse(child.stdout) as Omit<Measured, keyof Row>;
    } catch {
      m = { chars: -1, ms: NaN, outcome: `child failed (${child.signal ?? child.status}): ${child.stderr.trim().split('\n').pop()?.slice(0, 200)}`, maxRssMb: NaN };
    }
    measured.push({ ...r, ...m });
    process.stderr.write(`[bounds] ${r.bound} ${r.scale}: ${m.outcome.slice(0, 90)} in ${Math.round(m.ms)} ms, peak RSS ${Math.round(m.maxRssMb)} MB\n`);
  }
  const machine = { cpu: os.cpus()[0]?.model.trim() ?? 'unknown', cores: os.cpus().length, node: process.version, loadAvgStart: loadStart, loadAvgEnd: os.loadavg() };
  const date = new Date().toISOString();
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'bounds.json'), JSON.stringify({ date, machine, rows: measured }, null, 2) + '\n');
  const md = [
    '# The engine\'s bounds, measured',
    '',
    `Measured ${date.slice(0, 10)} on ${machine.cpu} (${machine.cores} cores), Node ${machine.node}, load average ${machine.loadAvgStart[0]!.toFixed(1)} at the start and ${machine.loadAvgEnd[0]!.toFixed(1)} at the end (a shared machine: times are pessimistic). One child process per row runs extract() once (\`npm run bench:bounds\`); peak RSS includes Node itself (about 50 MB) and the input string.`,
    '',
    '| bound | at | input | characters | budget ms | outcome | extract() ms | peak RSS MB |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...measured.map(
      (m) =>
        `| ${m.bound}: ${m.what} | ${m.scale} | ${m.shape} n=${fmt(m.n)} (${m.family}) | ${m.chars >= 0 ? fmt(m.chars) : '–'} | ${fmt(m.budgetMs)} | ${m.outcome.replace(/\|/g, '\\|')} | ${Number.isFinite(m.ms) ? fmt(Math.round(m.ms)) : '–'} | ${Number.isFinite(m.maxRssMb) ? fmt(Math.round(m.maxRssMb)) : '–'} |`,
    ),
    '',
    `Largest time past its budget: ${fmt(Math.round(Math.max(...measured.filter((m) => Number.isFinite(m.ms)).map((m) => m.ms - m.budgetMs))))} ms. Largest peak RSS: ${fmt(Math.round(Math.max(...measured.filter((m) => Number.isFinite(m.maxRssMb)).map((m) => m.maxRssMb))))} MB.`,
    '',
  ].join('\n');
  writeFileSync(join(outDir, 'bounds.md'), md);
  process.stderr.write(`[bounds] wrote ${join(outDir, 'bounds.md')}\n`);
}
