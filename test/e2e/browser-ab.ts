/**
 * Two builds of the extension side by side: two browsers per build, launched A B B A (the browser
 * launched later read about 15 % slower in runs with one browser per build, the same build on
 * both sides), each on the largest fixture page; page loads alternate between the builds (A then
 * B, B then A, …) and between each build's two browsers, each page cleaned once
 * (click → painted on a fresh page, as browser-bench.ts times it) with the content script's
 * timings of that first click. Prints medians per build and the ratio B / A; writes nothing.
 *
 *   npx tsx test/e2e/browser-ab.ts --a DIR --b DIR [--runs 10] [--browser firefox|chromium]
 *
 * DIR: a built extension directory (e.g. a copy of .output/firefox-mv2 taken before a change).
 */
import os from 'node:os';
import path from 'node:path';
import { statSync } from 'node:fs';
import { launch, type BrowserName, type Harness } from './harness/browsers';
import { allPages } from './harness/catalog';
import { clicker, type Clicker } from './harness/click';
import { settledState } from './harness/flows';
import { startSinaSite } from './harness/server';
import type { Page } from 'puppeteer-core';

const args = process.argv.slice(2);
const opt = (name: string, d: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : d;
};
const RUNS = Number(opt('runs', '10'));
const browserName = opt('browser', 'firefox') as BrowserName;
const dirs = { A: opt('a', ''), B: opt('b', '') };
if (!dirs.A || !dirs.B) throw new Error('usage: browser-ab.ts --a DIR --b DIR [--runs N] [--browser firefox|chromium]');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const largest = allPages()
    .filter((p) => p.kind === 'fixture' && /(^|\.)(finance|news)\.sina\.com\.cn$/.test(new URL(p.url).hostname))
    .sort((a, b) => statSync(b.file).size - statSync(a.file).size)[0]!;
  const site = await startSinaSite();
  const envKey = browserName === 'chromium' ? 'E2E_EXT_CHROMIUM' : 'E2E_EXT_FIREFOX';
  type Instance = { h: Harness; page: Page; c: Clicker };
  const sides: Record<'A' | 'B', { instances: Instance[]; m: Record<string, number[]> }> = { A: { instances: [], m: {} }, B: { instances: [], m: {} } };
  const load = [os.loadavg()[0]!];
  try {
    for (const k of ['A', 'B', 'B', 'A'] as const) {
      process.env[envKey] = path.resolve(dirs[k]);
      const h = await launch(browserName, site);
      const page = await h.open(largest.url);
      sides[k].instances.push({ h, page, c: clicker(h, page, await h.tabIdOf(page)) });
    }
    for (let i = 0; i < RUNS; i++) {
      for (const k of i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
        const { h, page, c } = sides[k].instances[(i >> 1) % 2]!;
        const m = sides[k].m;
        const add = (key: string, v: number | null | undefined) => {
          if (typeof v === 'number' && Number.isFinite(v)) (m[key] ??= []).push(v);
        };
        await page.reload({ waitUntil: 'load' });
        await settledState(h, page, true);
        await page.bringToFront();
        const sent = { at: 0 };
        const painted = await c.clickToPainted(sent);
        add('clickToPaintedCold', painted - sent.at);
        const t = await c.timings(5);
        if (t.askedAt !== null) add('message', t.askedAt - sent.at);
        add('chunkLoad', t.chunkMs);
        add('chunkEval', t.chunkEvalMs);
        add('extractCold', t.extractMs);
        add('digestCold', t.digestMs);
        add('show', t.showMs);
        if (t.shownAt !== null) add('paint', painted - t.shownAt);
        for (const w of t.warmExtractMs) add('extractWarm', w);
        await c.restore();
      }
    }
  } finally {
    for (const s of Object.values(sides)) for (const x of s.instances) await x.h.close();
    await site.close();
  }
  load.push(os.loadavg()[0]!);
  console.log(`${browserName}, ${RUNS} fresh page loads each, alternating (two browsers per build, launched A B B A); load ${load.map((l) => l.toFixed(1)).join(' → ')}`);
  console.log(`  A = ${dirs.A}\n  B = ${dirs.B}`);
  console.log(`  ${'measure (median ms)'.padEnd(22)} ${'A'.padStart(7)} ${'B'.padStart(7)}   B/A`);
  for (const key of Object.keys(sides.A.m)) {
    const a = median(sides.A.m[key]!);
    const b = sides.B.m[key] ? median(sides.B.m[key]!) : NaN;
    console.log(`  ${key.padEnd(22)} ${a.toFixed(2).padStart(7)} ${b.toFixed(2).padStart(7)}   ${(b / a).toFixed(2)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
