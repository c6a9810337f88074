/**
 * The own tokenizer against htmlparser2's on the large generated sets (see tokenize.test.ts): cuts
 * of pages at every position of a stretch and every 97th of the whole page, the adversarial and
 * extreme generators, and the mutation fuzzer's mutants. In `npm test` and CI, not in test:quick.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attack, deepNesting, manyElements } from '../../extreme/generators';
import { buildCase, makePlans } from '../../fuzz/adversarial/cases';
import { generateCase, sweepSize } from '../../fuzz/lib/cases';
import { loadCorpus as loadFuzzCorpus } from '../../fuzz/lib/corpus';
import { FIXTURES, loadCorpus, readFixture } from '../../support/corpus';
import { body, check } from './tokenize-check';

describe('the own tokenizer makes htmlparser2’s calls or gives up (large generated sets)', () => {
  it('cuts of pages: at every position of a stretch of each of three pages, and every 97th of the whole page', () => {
    const pages = loadCorpus().filter((f) => f.folder === 'pages').slice(0, 3);
    const inputs: [string, string][] = [];
    for (const f of pages) {
      const html = body(readFixture(f));
      const from = Math.floor(html.length / 3);
      for (let n = from; n < Math.min(html.length, from + 3000); n++) inputs.push([`${f.id} cut at ${n}`, html.slice(0, n)]);
      for (let n = 0; n < html.length; n += 97) inputs.push([`${f.id} cut at ${n}`, html.slice(0, n)]);
    }
    const r = check(inputs);
    expect(r.read).toBeGreaterThan(r.total / 5);
  });

  it('the adversarial regression fixtures and generator shapes, the extreme generators', () => {
    const inputs: [string, string][] = [];
    const dir = join(FIXTURES, 'adversarial');
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const rec = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { parts?: { text?: string; repeat?: number }[] };
      const html = (rec.parts ?? []).map((p) => (p.text ?? '').repeat(p.repeat ?? 1)).join('');
      if (html.length < 2_000_000) inputs.push([name, html]);
    }
    for (const plan of makePlans(7, { random: 60, maxTier: 1, randomMaxTier: 1 })) {
      const c = buildCase(plan);
      if (c.html.length < 1_500_000) inputs.push([`${plan.shape} × ${plan.family} n=${plan.n}`, body(c.html)]);
    }
    for (const [kind, n] of [['selfClosingDivs', 600], ['selfClosingDivsBare', 600], ['bogusClosers', 600], ['attributeFlood', 600], ['wideBr', 2000], ['wideTable', 500], ['hugeText', 50_000], ['pSpan', 300]] as const) {
      inputs.push([`${kind} ${n}`, attack(kind, n).html]);
    }
    for (const tag of ['div', 'b', 'table']) inputs.push([`deep ${tag}`, deepNesting(300, tag, false).html]);
    for (const kind of ['img', 'stock', 'tr', 'emptyP', 'br'] as const) inputs.push([kind, manyElements(kind, 300).html]);
    const r = check(inputs);
    expect(r.read).toBeGreaterThan(r.total / 2);
  }, 600_000);

  it('the mutation fuzzer’s mutants (the sweep and random combinations)', () => {
    const corpus = loadFuzzCorpus();
    const sweep = sweepSize(corpus);
    const inputs: [string, string][] = [];
    for (let i = 0; i < sweep + 150; i++) {
      const c = generateCase(20261127, i, corpus);
      if (c.html.length < 1_500_000) inputs.push([`case ${i} ${c.fixture} ${c.mutations.join(' ')}`, body(c.html)]);
    }
    const r = check(inputs);
    expect(r.read).toBeGreaterThan(r.total / 4);
  }, 600_000);
});
