/**
 * Bounded by construction: issue 9's hand-made inputs (cases 1-4, the URL of case 9, the depth
 * case and the YAML alias of case 10), each run in an engine worker with a 1 MB stack, like the
 * CLI's main thread. Each asserts what the engine returns or which ExtractError it throws; the
 * worker's bound is a generous hang guard, not a speed target (times are in the benchmark).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Outcome } from './fuzz/lib/check';
import { EngineRunner } from './fuzz/lib/pool';
import { paragraphText } from './extreme/generators';

const GENERATORS = new URL('./extreme/generators.ts', import.meta.url).href;
/** Hang guard per input; a budget large enough that a loaded machine does not turn an answer into a timeout. */
const BOUND = 90_000;
const BUDGET = 60_000;

let runner: EngineRunner;
beforeAll(() => {
  runner = new EngineRunner({ stackSizeMb: 1, maxOldGenerationSizeMb: 4096 });
});
afterAll(async () => {
  await runner.close();
});

const attack = async (kind: string, n: number, invariants = false): Promise<Outcome> =>
  (await runner.run({ type: 'generated', module: GENERATORS, fn: 'attack', args: [kind, n], invariants, budgetMs: BUDGET }, BOUND)).outcome;

function keptBoth(o: Outcome): void {
  if (o.status !== 'article') throw new Error(`expected an Article, got ${JSON.stringify(o).slice(0, 400)}`);
  expect(o.first).toBe(paragraphText(0));
  expect(o.last).toBe(paragraphText(1));
}

describe('case 1: nesting written as self-closing tags or bogus closers', () => {
  it('2,400 <div/> (2,400 levels to a parser) before a paragraph: both paragraphs, read like a browser', async () => {
    keptBoth(await attack('selfClosingDivs', 2_400, true));
  }, BOUND + 10_000);

  it('2,400 <div/> with no page around them: the paragraph after them', async () => {
    const o = await attack('selfClosingDivsBare', 2_400);
    expect(o).toMatchObject({ status: 'article', last: paragraphText(1) });
  }, BOUND + 10_000);

  it.each([
    ['selfClosingDivs', 20_000],
    ['bogusClosers', 20_000],
  ])('%s x %i: ExtractError("too-complex") naming the depth limit, not a stack overflow', async (kind, n) => {
    expect(await attack(kind, n)).toMatchObject({ status: 'extract-error', reason: 'too-complex', message: expect.stringMatching(/more than 4,000 levels deep/) });
  }, BOUND + 10_000);

  it('3,000 <div></x>: both paragraphs', async () => {
    keptBoth(await attack('bogusClosers', 3_000, true));
  }, BOUND + 10_000);
});

describe('case 2: attribute floods', () => {
  it.each([100_000, 20_000])('one element with %i attributes: ExtractError("too-complex") naming the limit', async (n) => {
    expect(await attack('attributeFlood', n)).toMatchObject({ status: 'extract-error', reason: 'too-complex', message: expect.stringMatching(/more than 512 attributes/) });
  }, BOUND + 10_000);

  it('500 attributes on one element is within the cap: both paragraphs', async () => {
    keptBoth(await attack('attributeFlood', 500, true));
  }, BOUND + 10_000);
});

describe('case 3: wide input does not overflow the stack', () => {
  it('a paragraph of 600,000 字<br> lines, in a worker with half of that stack: every line kept', async () => {
    const small = new EngineRunner({ stackSizeMb: 0.5, maxOldGenerationSizeMb: 4096 });
    try {
      const { outcome } = await small.run({ type: 'generated', module: GENERATORS, fn: 'attack', args: ['wideBr', 600_000], invariants: false, budgetMs: BUDGET }, BOUND);
      keptBoth(outcome);
      expect(outcome).toMatchObject({ paragraphs: 600_002 });
    } finally {
      await small.close();
    }
  }, BOUND + 10_000);

  it('a table of 200,000 rows (its Markdown too)', async () => {
    keptBoth(await attack('wideTable', 200_000));
  }, BOUND + 10_000);
});

describe('case 4: memory', () => {
  it('a 48,000,000-character text node extracts in a heap of 1.5 GB (about 16 times the string)', async () => {
    const tight = new EngineRunner({ stackSizeMb: 1, maxOldGenerationSizeMb: 1536 });
    try {
      const { outcome } = await tight.run({ type: 'generated', module: GENERATORS, fn: 'attack', args: ['hugeText', 48_000_000], invariants: false, budgetMs: BUDGET }, BOUND);
      expect(outcome).toMatchObject({ status: 'article', paragraphs: 1 });
      expect(outcome.status === 'article' && outcome.textLength).toBe(48_000_000);
    } finally {
      await tight.close();
    }
  }, BOUND + 10_000);
});

describe('case 10: depth is the parsed tree’s, not a count of tags', () => {
  it('4,001 <p><span>x</p> (about 5 levels deep) is read, not refused', async () => {
    const o = await attack('pSpan', 4_001, true);
    keptBoth(o);
    expect(o).toMatchObject({ paragraphs: 4_003 });
  }, BOUND + 10_000);
});

describe('the Readability fallback only gets pages it reads within the budget', () => {
  it('5,000 paragraphs 500 levels deep on a page no Sina template reads: a specific error, not minutes inside Readability', async () => {
    const { outcome } = await runner.run({ type: 'generated', module: GENERATORS, fn: 'readabilityDeepWide', args: [500, 5_000], invariants: false, budgetMs: 10_000 }, BOUND);
    expect(outcome).toMatchObject({ status: 'extract-error', reason: 'not-an-article' });
  }, BOUND + 10_000);

  it('the same paragraphs 10 levels deep are read', async () => {
    const { outcome } = await runner.run({ type: 'generated', module: GENERATORS, fn: 'readabilityDeepWide', args: [10, 2_000], invariants: false, budgetMs: BUDGET }, BOUND);
    expect(outcome).toMatchObject({ status: 'article', template: 'readability' });
  }, BOUND + 10_000);
});
