/**
 * Measures what the engine's bounds cost: for each adversarial shape (test/extreme/generators.ts)
 * one child process builds the input and runs extract() once, reporting the outcome, the time
 * extract() took and the child's peak resident memory. Numbers for docs/hardening.md and the
 * README; timing claims live here, never in unit tests.
 *
 *   npx tsx test/extreme/measure.ts            # the table
 *   npx tsx test/extreme/measure.ts --json     # machine-readable
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

/** budget null: raised to 120 s so the time is measured; a number: the budget the engine is given. */
const CASES: [kind: string, n: number, what: string, budget?: number][] = [
  ['selfClosingDivs', 2_400, "2,400 × `<div/>` (issue 9 case 1)"],
  ['selfClosingDivs', 20_000, "20,000 × `<div/>`"],
  ['bogusClosers', 20_000, "20,000 × `<div></x>`"],
  ['attributeFlood', 100_000, 'one element with 100,000 attributes (case 2)'],
  ['wideBr', 600_000, 'a paragraph of 600,000 `字<br>` (case 3)'],
  ['wideTable', 200_000, 'a table of 200,000 rows'],
  ['hugeText', 48_000_000, 'a 48,000,000-character text node (case 4)'],
  ['pSpan', 4_001, '4,001 × `<p><span>x</p>` (case 10)'],
  ['wideBr', 990_000, 'a paragraph of 990,000 lines (just under the element cap), default budget', 10_000],
  ['readabilityDeepWide', 500, '5,000 paragraphs 500 levels deep, only the Readability fallback would read it', 10_000],
];

if (process.argv[2] === '--child') {
  const generators = await import('./generators');
  const { extract } = await import('../../src/engine/extract');
  const [kind, n, budget] = [process.argv[3]!, Number(process.argv[4]), Number(process.argv[5])];
  const { html, url } = kind === 'readabilityDeepWide' ? generators.readabilityDeepWide(n, 5_000) : generators.attack(kind, n);
  const t0 = performance.now();
  let outcome: string;
  try {
    const a = extract(html, { url, budgetMs: budget });
    outcome = `article, ${a.blocks.length.toLocaleString('en-US')} blocks`;
  } catch (e) {
    outcome = `${(e as { reason?: string }).reason ?? 'threw'}: ${(e as Error).message}`;
  }
  const ms = performance.now() - t0;
  process.stdout.write(JSON.stringify({ chars: html.length, ms, outcome, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
} else {
  const self = fileURLToPath(import.meta.url);
  const rows = CASES.map(([kind, n, what, budget = 120_000]) => {
    const out = execFileSync(process.execPath, ['--max-old-space-size=4096', '--import', 'tsx', self, '--child', kind, String(n), String(budget)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    return { what, budget, ...(JSON.parse(out) as { chars: number; ms: number; outcome: string; maxRssMb: number }) };
  });
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else {
    console.log(`${cpus()[0]?.model} (${cpus().length} cores), Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)}\n`);
    console.log('| input | characters | budget ms | outcome | extract() ms | peak RSS MB |\n| --- | --- | --- | --- | --- | --- |');
    for (const r of rows) {
      console.log(`| ${r.what} | ${r.chars.toLocaleString('en-US')} | ${r.budget.toLocaleString('en-US')} | ${r.outcome} | ${Math.round(r.ms).toLocaleString('en-US')} | ${Math.round(r.maxRssMb)} |`);
    }
  }
}
