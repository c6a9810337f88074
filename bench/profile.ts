/**
 * Where sina-clean's time goes: runs the engine over the corpus in a loop under the V8 profiler
 * and prints self time by file and by function.
 *   node --import tsx bench/profile.ts [rounds]
 * (it restarts itself with --cpu-prof; the raw .cpuprofile is left in bench/tmp/prof/).
 * BENCH_PROFILE_ONLY=pages|seed-format|fragments profiles one folder of the corpus.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { extract } from '../src/engine/extract';
import { loadCorpus } from './corpus';

const root = join(import.meta.dirname, '..');
const profDir = join(import.meta.dirname, 'tmp', 'prof');
const rounds = Number(process.argv[2] ?? '20');

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

if (!process.env.SINA_BENCH_PROFILING) {
  mkdirSync(profDir, { recursive: true });
  const started = Date.now();
  const r = spawnSync(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--import', 'tsx', import.meta.filename, String(rounds)],
    { stdio: 'inherit', env: { ...process.env, SINA_BENCH_PROFILING: '1' } },
  );
  if (r.status !== 0) process.exit(r.status ?? 1);
  const newest = readdirSync(profDir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(profDir, f))
    .filter((f) => statSync(f).mtimeMs >= started)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!newest) throw new Error('no profile written');
  summarize(JSON.parse(readFileSync(newest, 'utf8')) as Profile, newest);
} else {
  // BENCH_PROFILE_ONLY=pages|seed-format|fragments narrows the corpus to one folder.
  const only = process.env.BENCH_PROFILE_ONLY;
  const inputs = loadCorpus(join(root, 'fixtures')).filter((i) => !only || i.folder === only);
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) {
    for (const input of inputs) {
      try {
        extract(input.html, input.url ? { url: input.url } : {});
      } catch {
        /* failures are scored elsewhere */
      }
    }
  }
  const ms = performance.now() - t0;
  process.stderr.write(`${rounds} rounds x ${inputs.length} inputs: ${(ms / (rounds * inputs.length)).toFixed(2)} ms per page (mean, profiler on)\n`);
}

function summarize(p: Profile, file: string): void {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  p.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const where = (url: string) => {
    if (!url) return '(native/gc)';
    const path = url.replace(/^file:\/\//, '');
    const nm = path.lastIndexOf('node_modules/');
    if (nm >= 0) return path.slice(nm + 'node_modules/'.length).split('/').slice(0, path.includes('node_modules/@') ? 2 : 1).join('/');
    return relative(root, path);
  };
  const byFile = new Map<string, number>();
  const byFn = new Map<string, number>();
  for (const [id, us] of self) {
    const n = byId.get(id)!;
    const w = where(n.callFrame.url);
    byFile.set(w, (byFile.get(w) ?? 0) + us);
    const fn = `${n.callFrame.functionName || '(anonymous)'} ${w}:${n.callFrame.lineNumber + 1}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + us);
  }
  const top = (m: Map<string, number>, k: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([name, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`)
      .join('\n');
  // Inclusive view: each sample goes to the first category found on its stack, leaf to root.
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const categories: [string, (w: string, fn: string) => boolean][] = [
    ['garbage collection', (_w, fn) => fn === '(garbage collector)'],
    ['HTML parsing (parse5 / htmlparser2 / entities)', (w) => /^(parse5|htmlparser2|entities|domhandler)/.test(w)],
    ['CSS selector matching (cheerio-select, css-select, css-what, nth-check)', (w) => /^(cheerio-select|css-select|css-what|nth-check|boolbase)/.test(w)],
    ['YAML front matter', (w) => w === 'yaml'],
    ['other cheerio / domutils traversal', (w) => /^(cheerio|domutils|dom-serializer)/.test(w)],
    ['idle / program', (_w, fn) => fn === '(idle)' || fn === '(program)'],
  ];
  const byCat = new Map<string, number>();
  for (const [id, us] of self) {
    let cat = 'engine code (src/) and the rest';
    const leaf = where(byId.get(id)!.callFrame.url);
    // The timed loop itself runs under the module loader, so only a leaf frame there counts as loading.
    if (/^(node:internal\/(modules|source_map)|tsx|esbuild)/.test(leaf)) cat = 'module loading and start-up';
    else for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      const hit = categories.find(([, test]) => test(where(n.callFrame.url), n.callFrame.functionName));
      if (hit) {
        cat = hit[0];
        break;
      }
    }
    byCat.set(cat, (byCat.get(cat) ?? 0) + us);
  }
  process.stdout.write(
    `profile: ${relative(root, file)}\n\ntime by activity (inclusive):\n${top(byCat, 10)}\n\n` +
      `self time by file / package:\n${top(byFile, 15)}\n\nself time by function:\n${top(byFn, 25)}\n`,
  );
}
