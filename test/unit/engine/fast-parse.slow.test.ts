/**
 * The slow half of the fast path's differential check (test/unit/engine/fast-parse.test.ts has the
 * fixtures and hand-made cases): the adversarial regression fixtures (pages up to 2 MB), the
 * adversarial generator's shapes in every page family, the extreme generators, random tag trees
 * and token soup, and the mutation fuzzer's mutants over several seeds. FAST_PARSE_SEEDS (comma-separated), FAST_PARSE_CASES, FAST_PARSE_SOUP and
 * FAST_PARSE_SOUP_SEED widen the run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCtx } from '../../../src/engine/context';
import { LIMITS } from '../../../src/engine/limits';
import { GiveUp, parseFast, parseWithParse5, splitFrontMatter } from '../../../src/engine/parse';
import { attack, deepNesting, manyElements } from '../../extreme/generators';
import { buildCase, makePlans } from '../../fuzz/adversarial/cases';
import { generateCase, sweepSize } from '../../fuzz/lib/cases';
import { loadCorpus as loadFuzzCorpus } from '../../fuzz/lib/corpus';
import { mulberry32 } from '../../fuzz/lib/prng';
import { FIXTURES } from '../../support/corpus';
import { check, soup, tree } from './tree-diff';

const body = (html: string) => splitFrontMatter(html).body;

/**
 * Every test here does a fixed amount of parsing (nothing in it is timed): its time bound only
 * stops a hang. 6-17 s each at load 11 on two cores, past vitest's 30 s default at load 14-18.
 */
const HANG_MS = 600_000;

describe('the fast path builds parse5’s tree or gives up (generated inputs)', () => {
  it('the adversarial regression fixtures', () => {
    const dir = join(FIXTURES, 'adversarial');
    const inputs: [string, string][] = [];
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const rec = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { parts?: { text?: string; repeat?: number }[] };
      const html = (rec.parts ?? []).map((p) => (p.text ?? '').repeat(p.repeat ?? 1)).join('');
      if (html.length < 2_000_000) inputs.push([name, html]);
    }
    check(inputs);
  }, HANG_MS);

  it('the adversarial generator: every shape in every page family (small tiers)', () => {
    const inputs: [string, string][] = [];
    for (const plan of makePlans(7, { random: 150, maxTier: 1, randomMaxTier: 1 })) {
      const c = buildCase(plan);
      if (c.html.length < 1_500_000) inputs.push([`${plan.shape} × ${plan.family} n=${plan.n}`, body(c.html)]);
    }
    const r = check(inputs);
    expect(r.total).toBeGreaterThan(100);
  }, HANG_MS);

  it('the extreme generators at small sizes', () => {
    const inputs: [string, string][] = [];
    for (const [kind, n] of [['selfClosingDivs', 600], ['selfClosingDivsBare', 600], ['bogusClosers', 600], ['attributeFlood', 600], ['attributeFlood', 100], ['wideBr', 2000], ['wideTable', 500], ['hugeText', 50_000], ['pSpan', 300]] as const) {
      inputs.push([`${kind} ${n}`, attack(kind, n).html]);
    }
    for (const tag of ['div', 'span', 'b', 'p', 'table', 'li']) for (const closed of [true, false]) for (const n of [100, 505, 520]) inputs.push([`deep ${tag} ${n} ${closed}`, deepNesting(n, tag, closed).html]);
    for (const kind of ['img', 'stock', 'tr', 'emptyP', 'br'] as const) inputs.push([kind, manyElements(kind, 300).html]);
    check(inputs);
  }, HANG_MS);

  it('the start-tag bound counts complete start tags, as parse5 does', () => {
    const outcome = (f: () => unknown): string => {
      try {
        const r = f();
        return r instanceof GiveUp ? 'gave up' : 'tree';
      } catch (e) {
        return (e as Error).message;
      }
    };
    const n = LIMITS.maxElements;
    // A start tag cut off by the end of the input is no start tag to parse5; nor is the tag
    // counted before its attributes are (a flood of them is refused as such).
    for (const [html, expected] of [
      [`<body>${'<tr>'.repeat(n - 1)}<p a=1`, 'tree'],
      [`<body>${'<tr>'.repeat(n - 2)}<p${' a'.repeat(LIMITS.maxAttributes + 1)}>`, `an element (<p>) has more than ${LIMITS.maxAttributes} attributes`],
    ] as const) {
      const fast = outcome(() => parseFast(html, makeCtx({ budgetMs: 600_000 })));
      const slow = outcome(() => parseWithParse5(html, makeCtx({ budgetMs: 600_000 })));
      expect(slow).toBe(expected);
      expect(fast === 'gave up' ? slow : fast).toBe(slow);
    }
  }, HANG_MS);

  it('tag trees: random nesting with end tags left out or stray, as hand-written pages have them', () => {
    const rng = mulberry32(Number(process.env.FAST_PARSE_SOUP_SEED ?? 2211));
    const n = Number(process.env.FAST_PARSE_SOUP ?? 4000);
    const inputs: [string, string][] = [];
    for (let k = 0; k < n; k++) {
      const html = tree(rng);
      inputs.push([JSON.stringify(html), html]);
    }
    const r = check(inputs);
    expect(r.fast).toBeGreaterThan(n / 10);
  }, HANG_MS);

  it('token soup: random misnesting of every kind', () => {
    const rng = mulberry32(Number(process.env.FAST_PARSE_SOUP_SEED ?? 1122));
    const n = Number(process.env.FAST_PARSE_SOUP ?? 4000);
    const inputs: [string, string][] = [];
    for (let k = 0; k < n; k++) {
      const html = soup(rng);
      inputs.push([JSON.stringify(html), html]);
    }
    const r = check(inputs);
    // Enough of it is well-formed enough to exercise the fast path's own rules.
    expect(r.fast).toBeGreaterThan(n / 100);
  }, HANG_MS);

  it('the mutation fuzzer’s mutants (sweep and random combinations, several seeds)', () => {
    const corpus = loadFuzzCorpus();
    const seeds = (process.env.FAST_PARSE_SEEDS ?? '20261122,7,99').split(',').map(Number);
    const random = Number(process.env.FAST_PARSE_CASES ?? 150);
    let fast = 0;
    let total = 0;
    for (const seed of seeds) {
      const inputs: [string, string][] = [];
      const sweep = sweepSize(corpus);
      // The sweep once (every mutation on every fixture), random combinations for every seed.
      const indices = seed === seeds[0] ? Array.from({ length: sweep }, (_, i) => i) : [];
      for (let k = 0; k < random; k++) indices.push(sweep + k);
      for (const i of indices) {
        const c = generateCase(seed, i, corpus);
        if (c.html.length < 1_500_000) inputs.push([`seed ${seed} case ${i} ${c.fixture} ${c.mutations.join(' ')}`, body(c.html)]);
      }
      const r = check(inputs);
      fast += r.fast;
      total += r.total;
    }
    expect(fast).toBeGreaterThan(total / 4);
  }, HANG_MS);
});
