/**
 * In-browser timing for the benchmark: on the largest fixture page, the time from a clean
 * request (the toggle the popup, shortcut and menu send) to the reader view painted, against
 * @mozilla/readability parsing a clone of the same document in the same page. Writes numbers
 * only (no article text) to bench/results/browser.json.
 *
 *   npm run build && npx tsx test/e2e/browser-bench.ts [--runs 15] [--browser chromium|firefox]
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { BROWSERS, launch, waitFor, type BrowserName } from './harness/browsers';
import { allPages, ROOT } from './harness/catalog';
import { waitForNoReader } from './harness/reader';
import { startSinaSite } from './harness/server';

const args = process.argv.slice(2);
const opt = (name: string, d: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : d;
};
const RUNS = Number(opt('runs', '15'));
const only = opt('browser', '');
const OUT = path.join(ROOT, 'bench/results/browser.json');

const require = createRequire(import.meta.url);
const READABILITY = readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  const r = (x: number) => Math.round(x * 100) / 100;
  return { runs: s.length, min: r(s[0]!), median: r(q(0.5)), p90: r(q(0.9)), max: r(s[s.length - 1]!) };
}

async function benchBrowser(name: BrowserName, pageUrl: string) {
  const site = await startSinaSite();
  const h = await launch(name, site);
  try {
    const page = await h.open(pageUrl);
    const recognised = () => waitFor('content script', async () => (await h.state(page))?.recognised === true);
    await recognised();
    const tabId = await h.tabIdOf(page);

    /** One clean request, timed from the sending extension page to two frames after the reader body exists. */
    const timeClean = async (): Promise<number> => {
      // tsx (esbuild keepNames) wraps functions passed to evaluate in a `__name` helper.
      await page.evaluate('globalThis.__name ??= (f) => f');
      await page.evaluate(() => {
        const w = window as any;
        w.__benchPainted = null;
        const done = () => {
          const body = document.getElementById('sina-clean-host')?.shadowRoot?.querySelector('[data-testid=reader-body]');
          if (!body) return false;
          requestAnimationFrame(() => requestAnimationFrame(() => (w.__benchPainted = performance.timeOrigin + performance.now())));
          return true;
        };
        // The shadow root's own mutations are not seen from outside: check each frame.
        const tick = () => (w.__benchPainted || done() ? undefined : requestAnimationFrame(tick));
        requestAnimationFrame(tick);
      });
      const t0 = await h.ext(async (api, id: number) => {
        const start = performance.timeOrigin + performance.now();
        void api.runtime.sendMessage({ type: 'sina-clean:toggle', tabId: id });
        return start;
      }, tabId);
      const painted = await waitFor('reader painted', () => page.evaluate(() => (window as any).__benchPainted as number | null), 15_000);
      return painted - t0;
    };
    const restore = async () => {
      await h.ext((api, id: number) => api.runtime.sendMessage({ type: 'sina-clean:toggle', tabId: id }), tabId);
      await waitForNoReader(page, 'restored');
    };

    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Cold: a freshly loaded page, so the request includes sending the page to the engine.
      await page.reload({ waitUntil: 'load' });
      await recognised();
      await page.bringToFront();
      cold.push(await timeClean());
      await restore();
      // Warm: the same page again, the Article already known to the content script.
      warm.push(await timeClean());
      await restore();
    }
    await page.addScriptTag({ content: READABILITY });
    const readability = (await page.evaluate((runs: number) => {
      const out: number[] = [];
      let chars = 0;
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        const clone = document.cloneNode(true) as Document;
        const parsed = new (window as any).Readability(clone).parse();
        out.push(performance.now() - t);
        chars = parsed?.textContent?.length ?? 0;
      }
      return { times: out, chars };
    }, RUNS)) as { times: number[]; chars: number };
    const version = (await h.browser.version()).replace(/\s+/g, ' ');
    return {
      browser: version,
      cleanRequestToReaderPaintedMs: stats(cold),
      cleanAgainToReaderPaintedMs: stats(warm),
      readabilityCloneAndParseMs: stats(readability.times),
      readabilityFoundText: readability.chars > 0,
    };
  } finally {
    await h.close();
    await site.close();
  }
}

async function main() {
  const largest = allPages()
    .filter((p) => p.kind === 'fixture' && /(^|\.)(finance|news)\.sina\.com\.cn$/.test(new URL(p.url).hostname))
    .sort((a, b) => statSync(b.file).size - statSync(a.file).size)[0]!;
  const results: Record<string, unknown> = {};
  for (const name of BROWSERS) {
    if (only && only !== name) continue;
    results[name] = await benchBrowser(name, largest.url);
    console.log(name, JSON.stringify(results[name]));
  }
  const out = {
    what:
      'Largest fixture page. cleanRequestToReaderPainted: a freshly loaded page, from the toggle message the ' +
      'popup/shortcut/menu send to the background (timed in the extension page that sends it) to two animation ' +
      'frames after the reader body exists; includes sending the page to the engine, extraction and rendering. ' +
      'cleanAgain: the same page cleaned again (Article already known). Readability: ' +
      'document.cloneNode(true) + new Readability(clone).parse() in the same page, no rendering. Times in ms.',
    fixture: path.basename(largest.file),
    fixtureBytes: statSync(largest.file).size,
    runsPerMeasure: RUNS,
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
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
