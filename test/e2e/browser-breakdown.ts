/**
 * Where the extension's time goes, in Chromium and Firefox ESR, on the largest fixture page: the
 * previous path (digest as HTML → DOMParser → copy into domhandler → scan), the present one
 * (pageTree: the live page's parts copied straight into domhandler), each engine stage, and the
 * reader view (build, swap in, focus: the layout of page and reader). Run as a page script (no
 * extension-world wrappers, so Firefox's Xray costs are not in it), cold (first run in a fresh
 * page) and warm (five more). Prints medians per stage; writes nothing. Firefox rounds its clock to
 * 1 ms, so its small stages read 0 or 1.
 *
 *   npx tsx test/e2e/browser-breakdown.ts [--runs 5] [--browser chromium|firefox]
 */
import path from 'node:path';
import { statSync } from 'node:fs';
import { BROWSERS, launch } from './harness/browsers';
import { AS_SHIPPED, pageScript } from './harness/bundle';
import { allPages, ROOT } from './harness/catalog';
import { startSinaSite } from './harness/server';

const args = process.argv.slice(2);
const opt = (name: string, d: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : d;
};
const RUNS = Number(opt('runs', '5'));
const only = opt('browser', '');
/** `page`: a page script; `sandbox`: an isolated world (in Firefox, behind the same Xray wrappers as a content script). */
const world = opt('world', 'page');
/** `--prime`: first run the engine on two small documents made from the page (see breakdown-entry.ts). */
const primed = args.includes('--prime');

/** The breakdown entry, bundled as wxt.config.ts builds the reader chunk: its module swaps and the rule tables without examples. */
const bundle = () => pageScript({ file: path.join(ROOT, 'test/e2e/breakdown-entry.ts') }, AS_SHIPPED);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const largest = allPages()
    .filter((p) => p.kind === 'fixture' && /(^|\.)(finance|news)\.sina\.com\.cn$/.test(new URL(p.url).hostname))
    .sort((a, b) => statSync(b.file).size - statSync(a.file).size)[0]!;
  const code = await bundle();
  console.log(`bundle ${(code.length / 1024).toFixed(0)} KB; page ${path.basename(largest.file)}`);
  for (const name of BROWSERS) {
    if (only && only !== name) continue;
    const site = await startSinaSite();
    const h = await launch(name, site);
    const cold: Record<string, number[]> = {};
    const warm: Record<string, number[]> = {};
    try {
      const page = await h.open(largest.url);
      for (let i = 0; i < RUNS; i++) {
        await page.reload({ waitUntil: 'load' });
        const realm = world === 'sandbox' ? (page.mainFrame() as any).isolatedRealm() : page;
        await realm.evaluate(code);
        if (primed) console.log(`  primed in ${(await realm.evaluate((u: string) => (globalThis as any).__scPrime(u), largest.url)).toFixed(1)} ms`);
        const runs = (await realm.evaluate((u: string) => {
          const out: Array<Record<string, number>> = [];
          for (let k = 0; k < 6; k++) out.push((globalThis as any).__scBreakdown(u));
          return out;
        }, largest.url)) as Array<Record<string, number>>;
        runs.forEach((r, k) => {
          for (const [s, v] of Object.entries(r)) ((k === 0 ? cold : warm)[s] ??= []).push(v);
        });
      }
    } finally {
      await h.close();
      await site.close();
    }
    console.log(`\n${name}: stage    cold    warm (median ms)`);
    for (const s of Object.keys(cold)) console.log(`  ${s.padEnd(16)} ${median(cold[s]!).toFixed(2).padStart(6)} ${median(warm[s]!).toFixed(2).padStart(7)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
