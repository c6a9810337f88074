/**
 * One scale step, in a fresh process so its peak memory is its own:
 *   node --import tsx bench/scale-child.ts <reps> <budgetSeconds>
 * Streams the corpus <reps> times through sina-clean (read file, decode, extract, serialize, drop)
 * and prints one JSON line with pages, seconds, pages/s and memory. Stops early when the time
 * budget is spent and says so (`complete: false`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../src/cli/decode';
import { extract } from '../src/engine/extract';

const root = join(import.meta.dirname, '..', 'fixtures');
const reps = Number(process.argv[2] ?? '1');
const budgetMs = Number(process.argv[3] ?? '120') * 1000;

const files: string[] = [];
for (const folder of ['pages', 'seed-format', 'fragments']) {
  const dir = join(root, folder);
  for (const f of readdirSync(dir).sort()) if (/\.(html|md|txt)$/.test(f)) files.push(join(dir, f));
}

let peakRss = process.memoryUsage().rss;
const sample = () => {
  const rss = process.memoryUsage().rss;
  if (rss > peakRss) peakRss = rss;
};
const startRss = process.memoryUsage().rss;
const timer = setInterval(sample, 10);

let pages = 0;
let failed = 0;
let outBytes = 0;
let complete = true;
const t0 = performance.now();
outer: for (let r = 0; r < reps; r++) {
  for (const file of files) {
    const { text } = decodeHtml(readFileSync(file));
    try {
      outBytes += JSON.stringify(extract(text, {})).length;
    } catch {
      failed++;
    }
    pages++;
    if (pages % 16 === 0) {
      sample();
      // Let the sampling timer run between pages: the loop is synchronous otherwise.
      await new Promise((res) => setImmediate(res));
      if (performance.now() - t0 > budgetMs) {
        complete = false;
        break outer;
      }
    }
  }
}
const seconds = (performance.now() - t0) / 1000;
clearInterval(timer);
sample();
process.stdout.write(
  JSON.stringify({
    mode: 'in-process loop (one core)',
    reps,
    corpusPages: files.length,
    pages,
    failed,
    complete,
    seconds,
    pagesPerSecond: pages / seconds,
    startRssMB: startRss / 2 ** 20,
    peakRssMB: peakRss / 2 ** 20,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    outBytes,
  }) + '\n',
);
