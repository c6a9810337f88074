/**
 * In-browser timing for the benchmark, in Chromium and Firefox ESR, on the largest fixture page,
 * each measure side by side with @mozilla/readability on a clone of the same document in the same
 * page. Writes numbers only (no article text) to bench/results/browser.json.
 *
 * Per freshly loaded page:
 * - page-load cost on the page's main thread: after = the content script's own checks on load
 *   (URL, one querySelector), as it measured them; before = what the previous content script did
 *   on every article page load (serialise document.documentElement.outerHTML and copy it into a
 *   message), timed in the page (both designs also send one small badge message, not counted); and
 *   the engine run the previous background did for every page view (the whole page through the
 *   engine, cold), timed in the page with the engine as that background bundled it;
 * - click → painted: from the toggle message the shortcut and menu send (timed in the extension
 *   page that sends it) to the first frame painted with the reader (the task posted from that
 *   frame's requestAnimationFrame); cold = a fresh page (loading the reader chunk, extraction,
 *   rendering), warm = the same page cleaned again; of a cold one, the messaging to the tab and
 *   the wait for the frame (paintMs) beside the content script's own timings;
 * - extraction alone, as the content script timed it: cold = the first extraction in the page,
 *   warm = five more;
 * - Readability: document.cloneNode(true) + parse(), cold = the first run in a fresh page, warm =
 *   five more, run as a page script (its most favourable setting: no extension-world wrappers).
 *
 *   npm run build && npx tsx test/e2e/browser-bench.ts [--runs 10] [--browser chromium|firefox]
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { BROWSERS, launch, type BrowserName } from './harness/browsers';
import { clicker } from './harness/click';
import { moduleSwaps, pageScript } from './harness/bundle';
import { allPages, ROOT } from './harness/catalog';
import { settledState } from './harness/flows';
import { startSinaSite } from './harness/server';

const args = process.argv.slice(2);
const opt = (name: string, d: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : d;
};
const RUNS = Number(opt('runs', '10'));
const WARM = 5;
const only = opt('browser', '');
const OUT = path.join(ROOT, 'bench/results/browser.json');

const require = createRequire(import.meta.url);
const READABILITY = `${readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8')};globalThis.Readability = Readability;`;

/** The engine as the previous background bundled it (cheerio on parse5, no Readability fallback). */
function previousEngine(): Promise<string> {
  return pageScript(
    { source: "import { extract } from './src/engine/extract'; globalThis.__scOldExtract = extract;" },
    [moduleSwaps((id) => id === 'no-readability')],
  );
}

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { runs: s.length, min: r(s[0]!), median: r(q(0.5)), p90: r(q(0.9)), max: r(s[s.length - 1]!) };
}

async function benchBrowser(name: BrowserName, pageUrl: string, oldEngine: string) {
  const site = await startSinaSite();
  const h = await launch(name, site);
  const m: Record<string, number[]> = {};
  const add = (k: string, v: number | null | undefined) => {
    if (typeof v === 'number' && Number.isFinite(v)) (m[k] ??= []).push(v);
  };
  try {
    const page = await h.open(pageUrl);
    const tabId = await h.tabIdOf(page);
    const { clickToPainted, restore, timings } = clicker(h, page, tabId);

    for (let i = 0; i < RUNS; i++) {
      await page.reload({ waitUntil: 'load' });
      await settledState(h, page, true);
      await page.bringToFront();
      // Page load: the previous content script's work on the main thread, in the page.
      add(
        'pageLoadBeforeMs',
        await page.evaluate(() => {
          const t = performance.now();
          structuredClone({ type: 'sina-clean:extract', html: document.documentElement.outerHTML, url: location.href });
          return performance.now() - t;
        }),
      );
      add('pageLoadAfterMs', (await timings()).loadMs);
      // A click on a fresh page: chunk, cold extraction, reader.
      const sent = { at: 0 };
      const painted = await clickToPainted(sent);
      add('clickToPaintedColdMs', painted - sent.at);
      const t = await timings(WARM);
      // Messaging (extension page → background → tab) and, after the reader is in the page, the
      // wait for the frame that paints it (style, layout, paint of page and reader).
      if (t.askedAt !== null) add('messageMs', t.askedAt - sent.at);
      if (t.shownAt !== null) add('paintMs', painted - t.shownAt);
      add('chunkLoadMs', t.chunkMs);
      add('chunkEvalMs', t.chunkEvalMs);
      add('extractColdMs', t.extractMs);
      add('digestColdMs', t.digestMs);
      add('showMs', t.showMs);
      for (const w of t.warmExtractMs) add('extractWarmMs', w);
      await restore();
      const again = { at: 0 };
      add('clickToPaintedWarmMs', (await clickToPainted(again)) - again.at);
      await restore();
      // Readability on a clone of the same document, as a page script: cold, then warm.
      await page.evaluate(READABILITY);
      const rd = (await page.evaluate((runs: number) => {
        const times: number[] = [];
        let chars = 0;
        for (let k = 0; k <= runs; k++) {
          const s = performance.now();
          const parsed = new (window as any).Readability(document.cloneNode(true)).parse();
          times.push(performance.now() - s);
          chars = parsed?.textContent?.length ?? 0;
        }
        return { times, chars };
      }, WARM)) as { times: number[]; chars: number };
      if (!rd.chars) throw new Error('Readability found no text');
      add('readabilityColdMs', rd.times[0]);
      for (const w of rd.times.slice(1)) add('readabilityWarmMs', w);
    }
    // The previous background's engine run per page view, on fresh pages (cold each time).
    for (let i = 0; i < RUNS; i++) {
      await page.reload({ waitUntil: 'load' });
      await page.evaluate(oldEngine);
      add(
        'backgroundBeforeMs',
        await page.evaluate((u: string) => {
          const html = document.documentElement.outerHTML;
          const t = performance.now();
          (globalThis as any).__scOldExtract(html, { url: u });
          return performance.now() - t;
        }, pageUrl),
      );
    }
    const version = (await h.browser.version()).replace(/\s+/g, ' ');
    return { browser: version, ...Object.fromEntries(Object.entries(m).map(([k, v]) => [k, stats(v)])) };
  } finally {
    await h.close();
    await site.close();
  }
}

async function main() {
  const largest = allPages()
    .filter((p) => p.kind === 'fixture' && /(^|\.)(finance|news)\.sina\.com\.cn$/.test(new URL(p.url).hostname))
    .sort((a, b) => statSync(b.file).size - statSync(a.file).size)[0]!;
  const os = await import('node:os');
  const loadAtStart = os.loadavg()[0]!;
  const oldEngine = await previousEngine();
  const results: Record<string, unknown> = {};
  for (const name of BROWSERS) {
    if (only && only !== name) continue;
    results[name] = await benchBrowser(name, largest.url, oldEngine);
    console.log(name, JSON.stringify(results[name]));
  }
  const out = {
    what:
      'Largest fixture page, medians of fresh page loads. pageLoadAfter: the content script checks on load (URL, one querySelector), as it timed them. ' +
      'pageLoadBefore: what the previous content script did on every article page load (outerHTML serialised and copied into a message), timed in the page; both designs also send one small badge message (not counted). ' +
      'backgroundBefore: the engine run the previous background did per page view (whole page, cold), timed in the page. ' +
      'clickToPainted: from the toggle message (as the shortcut/menu send it) to the first frame painted with the reader (the task after that frame\'s rAF); cold = fresh page (reader chunk, extraction, rendering), warm = cleaned again. ' +
      'Of a cold one: message (extension page → background → tab), chunkLoad (of it chunkEval: evaluating the chunk\'s modules), extractCold, show (first screen built and swapped in), paint (from the reader in the page to the painted mark). ' +
      'extractCold/Warm: extraction alone (digest + engine) as the content script timed it, first and later runs in a page; digestCold: of the first, the digest (the live page copied into the engine\'s tree). ' +
      'readabilityCold/Warm: document.cloneNode(true) + new Readability(clone).parse() as a page script, first and later runs. Times in ms.',
    fixture: path.basename(largest.file),
    fixtureBytes: statSync(largest.file).size,
    runsPerMeasure: RUNS,
    warmRunsPerPage: WARM,
    machine: { cpus: os.cpus().length, node: process.version, loadAverage: { start: Math.round(loadAtStart * 10) / 10, end: Math.round(os.loadavg()[0]! * 10) / 10 } },
    date: new Date().toISOString(),
    results,
  };
  mkdirSync(path.dirname(OUT), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`wrote ${path.relative(ROOT, OUT)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
