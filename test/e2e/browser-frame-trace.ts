/**
 * The first click in Chromium as a timeline of the article tab's main thread: a DevTools trace
 * around one toggle on a fresh load of the largest fixture page, printed event by event (start in
 * ms from the first event, duration, name; nested events follow their parents), down to the
 * reader's first painted frame. Shows what comes between the click and that frame: loading and
 * decoding the chunk, its evaluation, extraction, building the view, messages the content script
 * sends (with `--cats` including `extensions`), forced style or layout, and the frame's own
 * style, layout, paint and commit. `mark sc-frame` is the rAF of the frame that shows the reader,
 * `mark sc-painted` the task after it.
 *
 *   npm run build && npx tsx test/e2e/browser-frame-trace.ts [--runs 3] [--min 0.3] [--cats a,b]
 *
 * `--min`: shortest event printed (ms). The first run in a browser also pays its first layout of
 * Chinese text and the chunk's first compile; later runs are the fresh pages the bench times.
 */
import path from 'node:path';
import { statSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { launch, waitFor, type Harness } from './harness/browsers';
import { allPages } from './harness/catalog';
import { settledState } from './harness/flows';
import { startSinaSite } from './harness/server';

const args = process.argv.slice(2);
const opt = (name: string, d: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : d;
};
const RUNS = Number(opt('runs', '3'));
const MIN_US = Number(opt('min', '0.3')) * 1000;
const CATEGORIES = opt('cats', 'devtools.timeline,v8.execute,blink,blink.user_timing,disabled-by-default-devtools.timeline,extensions,__metadata').split(',');

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: Record<string, unknown>; beginData?: Record<string, unknown>; elementCount?: number };
}

/** What an event's arguments add to its name (element counts, dirty layout objects, script). */
function detail(e: TraceEvent): string {
  if (e.name === 'UpdateLayoutTree') return ` elements=${e.args?.elementCount ?? e.args?.beginData?.elementCount ?? ''}`;
  if (e.name === 'Layout') return ` dirty=${e.args?.beginData?.dirtyObjects}/${e.args?.beginData?.totalObjects}`;
  if (e.name === 'FunctionCall' || e.name === 'TimerFire') return ` ${JSON.stringify(e.args?.data ?? {}).slice(0, 120)}`;
  return '';
}

async function traceClick(page: Page, h: Harness, tabId: number): Promise<string> {
  await page.tracing.start({ categories: CATEGORIES });
  await page.evaluate('globalThis.__name ??= (f) => f');
  await page.evaluate(() => {
    (window as any).__painted = false;
    const tick = () => {
      if (!document.getElementById('sina-clean-host')?.shadowRoot?.querySelector('[data-testid=reader-body]')) return requestAnimationFrame(tick);
      performance.mark('sc-frame');
      setTimeout(() => {
        performance.mark('sc-painted');
        (window as any).__painted = true;
      });
    };
    requestAnimationFrame(tick);
  });
  await h.ext((api, id: number) => void api.runtime.sendMessage({ type: 'sina-clean:toggle', tabId: id }), tabId);
  await waitFor('reader painted', () => page.evaluate(() => (window as any).__painted === true || null), 15_000);
  const buf = await page.tracing.stop();
  const events = (JSON.parse(Buffer.from(buf!).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  // The article tab's main thread: of the renderers' main threads, the busiest.
  const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const busy = new Map<string, number>();
  for (const e of events) if (e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`)) busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const main = [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const shown = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === main && (e.dur ?? 0) >= MIN_US).sort((a, b) => a.ts - b.ts);
  const t0 = shown[0]?.ts ?? 0;
  const ms = (us: number) => (us / 1000).toFixed(1);
  const lines = shown.map((e) => `${ms(e.ts - t0).padStart(7)} ${((e.dur ?? 0) / 1000).toFixed(2).padStart(6)} ${e.name}${detail(e)}`);
  for (const e of events.filter((x) => x.name === 'sc-frame' || x.name === 'sc-painted')) lines.push(`mark ${e.name} ${ms(e.ts - t0)}`);
  return lines.join('\n');
}

async function main() {
  const largest = allPages()
    .filter((p) => p.kind === 'fixture' && /(^|\.)(finance|news)\.sina\.com\.cn$/.test(new URL(p.url).hostname))
    .sort((a, b) => statSync(b.file).size - statSync(a.file).size)[0]!;
  const site = await startSinaSite();
  const h = await launch('chromium', site);
  try {
    const page = await h.open(largest.url);
    const tabId = await h.tabIdOf(page);
    for (let i = 0; i < RUNS; i++) {
      await page.reload({ waitUntil: 'load' });
      await settledState(h, page, true);
      await page.bringToFront();
      console.log(`--- run ${i + 1}: ${path.basename(largest.file)}`);
      console.log(await traceClick(page, h, tabId));
    }
  } finally {
    await h.close();
    await site.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
