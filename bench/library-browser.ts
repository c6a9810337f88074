/**
 * `npx tsx bench/library-browser.ts [--browser chromium|firefox] [--size 5000]`: the 文库 page with
 * the generated library (bench/library-gen.ts) in the real browser, built extension loaded through
 * the e2e harness (`npm run build` first). Times importing the JSON Lines file through the page,
 * opening the page (reading every summary from IndexedDB, building the search, first render), and
 * searches typed into the page (search + rendering the list). Writes
 * bench/results/library-browser.json, which `npm run bench:library` adds to library.md.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { toJsonl } from '../src/library/jsonl';
import { launch, waitFor, type BrowserName } from '../test/e2e/harness/browsers';
import { startSinaSite } from '../test/e2e/harness/server';
import { generateLibrary, loadGoldens } from './library-gen';

const arg = (name: string, d: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : d;
};
const browsers = arg('browser', 'chromium,firefox').split(',') as BrowserName[];
const size = Number(arg('size', '5000'));
const runs = Number(arg('runs', '15'));
const root = join(import.meta.dirname, '..');
const out = join(root, 'bench/results/library-browser.json');
const log = (s: string) => process.stderr.write(`[bench:library-browser] ${s}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2;
};

const lib = generateLibrary(loadGoldens(join(root, 'fixtures')), size);
const tmp = mkdtempSync(join(os.tmpdir(), 'sina-library-bench-'));
const file = join(tmp, 'library.jsonl');
writeFileSync(file, toJsonl(lib.entries.map((e) => e.article)));
const fileMB = readFileSync(file).length / 2 ** 20;
log(`${size} articles, ${fileMB.toFixed(0)} MB of JSON Lines`);

const QUERIES = ['公司', '锂矿', '金融科技', '的的的', 'IPHONE', '银行 增长'];
const results: Record<string, unknown> = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
const site = await startSinaSite();
try {
  for (const name of browsers) {
    const h = await launch(name, site);
    try {
      const ready = async () => {
        const page = await h.openExtensionPage('library.html');
        await waitFor('library page', () => page.evaluate(() => (document.querySelector('[data-testid=lib-count]')?.textContent ?? '') !== ''), 120_000);
        return page;
      };
      const page = await ready();
      const input = await page.$('[data-testid=lib-import-file]');
      const t0 = Date.now();
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(file);
      await waitFor('import', () => page.evaluate((n) => document.querySelector('[data-testid=lib-count]')!.textContent!.includes(String(n)), size), 600_000);
      const importMs = Date.now() - t0;
      log(`${name}: import ${importMs} ms`);
      await page.close();

      // Opening the page: navigation start to the list rendered (performance.now() in the page).
      const opens: number[] = [];
      for (let i = 0; i < 3; i++) {
        const p = await ready();
        await waitFor('list', () => p.evaluate(() => document.querySelectorAll('[data-testid=lib-item]').length > 0), 60_000);
        opens.push(await p.evaluate(() => performance.now()));
        await p.close();
      }
      const p = await ready();
      const searches: Record<string, { medianMs: number; maxMs: number; hits: string }> = {};
      for (const q of QUERIES) {
        const times: number[] = [];
        let hits = '';
        for (let r = 0; r < runs; r++) {
          const got = await p.evaluate((text) => {
            const box = document.querySelector<HTMLInputElement>('[data-testid=lib-search]')!;
            box.value = text;
            const t = performance.now();
            box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
            // Search and list rendering run synchronously on Enter; the layout is forced too.
            void document.body.offsetHeight;
            return { ms: performance.now() - t, hits: document.querySelector('[data-testid=lib-result-count]')!.textContent ?? '' };
          }, q);
          times.push(got.ms);
          hits = got.hits;
          await p.evaluate(() => {
            const box = document.querySelector<HTMLInputElement>('[data-testid=lib-search]')!;
            box.value = '';
            box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
          });
        }
        searches[q] = { medianMs: median(times), maxMs: Math.max(...times), hits };
        log(`${name}: ${q}: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (${hits})`);
      }
      results[name] = {
        date: new Date().toISOString(),
        articles: size,
        fileMB,
        importMs,
        openToListMs: { median: median(opens), all: opens },
        searchAndRenderMs: searches,
        loadAvg: os.loadavg(),
      };
    } finally {
      await h.close();
    }
  }
} finally {
  await site.close();
  rmSync(tmp, { recursive: true, force: true });
}
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
log(`wrote ${out}`);
