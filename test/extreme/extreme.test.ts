/**
 * Extreme inputs: a 20 MB page, 100,000 paragraphs, empty and binary input, deep nesting,
 * wrong declared charsets and other sizes real files reach. Inputs are generated at test time
 * inside the engine worker; each must end, within its bound, in either an Article that lost
 * nothing or a specific ExtractError, and never in another exception, a hang or a crash.
 * Bounds are generous hang guards, not speed targets (speed lives in `npm run bench`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecodeError, decodeHtml } from '../../src/cli/decode';
import type { Outcome } from '../fuzz/lib/check';
import { FIXTURES } from '../fuzz/lib/corpus';
import { EngineRunner } from '../fuzz/lib/pool';
import { bigPage, paragraphText } from './generators';

const GENERATORS = new URL('./generators.ts', import.meta.url).href;
const CHARSET = new URL('./charset.ts', import.meta.url).href;
/** Hang guard for inputs of tens of megabytes (generous: a fixed engine needs a few seconds); small inputs get SMALL. */
const BIG = 60_000;
const SMALL = 15_000;

let runner: EngineRunner;

beforeAll(() => {
  // 1 MB of stack, like Node's main thread in the CLI; heap room for a 20 MB page's DOM.
  runner = new EngineRunner({ stackSizeMb: 1, maxOldGenerationSizeMb: 4096 });
});
afterAll(async () => {
  await runner.close();
});

/**
 * The engine's time budget is raised to the hang guard: these tests are about what is kept, and a
 * loaded machine must not turn a 20 MB page's answer into ExtractError('timeout').
 */
async function gen(fn: string, args: unknown[], bound: number, module = GENERATORS, invariants = true): Promise<Outcome> {
  const r = await runner.run({ type: 'generated', module, fn, args, invariants, budgetMs: bound }, bound + 10_000);
  return r.outcome;
}

/**
 * The size tests bound the engine alone: the invariant checks (src/verify.ts) are test helpers
 * whose cost on tens of megabytes is not the engine's; "nothing lost" is checked here directly.
 */
const sized = (fn: string, args: unknown[]): Promise<Outcome> => gen(fn, args, BIG, GENERATORS, false);

function article(o: Outcome): Extract<Outcome, { status: 'article' }> {
  if (o.status !== 'article') throw new Error(`expected an Article, got ${JSON.stringify(o)}`);
  return o;
}

function notFailed(o: Outcome): void {
  expect(o.status === 'fail' ? `${o.kind}: ${o.detail}` : 'ok').toBe('ok');
}

describe('extreme sizes', () => {
  it(
    'a 20 MB page: every paragraph kept',
    async () => {
      const expected = (bigPage(20).html.match(/<p[ >]/g) ?? []).length - 1; // minus the 责任编辑 line
      const a = article(await sized('bigPage', [20]));
      expect(a.template).toBe('pc-2017');
      expect(a.title).toBe('极端测试：一篇很长的财经文章');
      expect(a.first).toBe(`${paragraphText(0)}${paragraphText(1).replace(/^第1段。/, "")}`);
      expect(a.paragraphs).toBe(expected);
    },
    BIG + 30_000,
  );

  it(
    'a page of 100,000 paragraphs: all 100,000 kept, in order',
    async () => {
      const a = article(await sized('manyParagraphs', [100_000]));
      expect(a.paragraphs).toBe(100_000);
      expect(a.first).toBe(paragraphText(0));
      expect(a.last).toBe(paragraphText(99_999));
    },
    BIG + 30_000,
  );

  it(
    'one paragraph of 5,000,000 characters',
    async () => {
      const a = article(await sized('oneHugeParagraph', [5_000_000]));
      expect(a.paragraphs).toBe(1);
      expect(a.textLength).toBeGreaterThanOrEqual(4_900_000);
    },
    BIG + 30_000,
  );

  it(
    '2 MB of plain text without any markup ends in a result or a specific error',
    async () => notFailed(await sized('plainText', [2_000_000])),
    BIG + 30_000,
  );

  it.each([
    ['img', 50_000],
    ['stock', 20_000],
    ['tr', 50_000],
    ['emptyP', 100_000],
    ['br', 100_000],
  ] as const)(
    '%s x %i keeps the text around it',
    async (kind, n) => {
      const a = article(await sized('manyElements', [kind, n]));
      expect(a.first).toBe(paragraphText(0));
      expect(a.last).toBe(paragraphText(1));
    },
    BIG + 30_000,
  );

  it(
    'a seed-format post with a 100,000-line front matter',
    async () => {
      const a = article(await sized('hugeFrontMatter', [100_000]));
      expect(a.template).toBe('seed-format');
      expect(a.title).toBe('巨大的头部');
      expect(a.first).toBe(paragraphText(0));
    },
    BIG + 30_000,
  );

  it(
    'an attribute value of 10,000,000 characters',
    async () => {
      const a = article(await sized('hugeAttribute', [10_000_000]));
      expect(a.first).toBe(paragraphText(0));
    },
    BIG + 30_000,
  );
});

describe('empty input', () => {
  it.each(['empty', 'spaces', 'bom', 'cjkSpaces'])('%s: ExtractError("empty")', async (which) => {
    expect(await gen('emptyish', [which], SMALL)).toMatchObject({ status: 'extract-error', reason: 'empty' });
  });

  it.each(['zeroWidth', 'emptyDocument', 'emptyFrontMatter', 'commentsOnly', 'scriptOnly'])(
    '%s: ExtractError("empty" or "not-an-article")',
    async (which) => {
      const o = await gen('emptyish', [which], SMALL);
      expect(o.status).toBe('extract-error');
      expect(['empty', 'not-an-article']).toContain(o.status === 'extract-error' ? o.reason : o);
    },
  );

  it('a page with only a <title>: a title-only result or ExtractError("not-an-article")', async () => {
    const o = await gen('emptyish', ['titleOnly'], SMALL);
    if (o.status === 'article') expect(o.title).toBe('只有标题');
    else expect(o).toMatchObject({ status: 'extract-error', reason: 'not-an-article' });
  });
});

describe('binary input', () => {
  it.each([
    ['latin1', 1_000_000, 1],
    ['utf8', 1_000_000, 2],
    ['latin1', 100, 3],
    ['utf8', 20_000_000, 4],
  ] as const)('random bytes read as %s (%i bytes): ExtractError("unreadable")', async (as, bytes, seed) => {
    expect(await gen('binaryGarbage', [bytes, seed, as], BIG)).toMatchObject({ status: 'extract-error', reason: 'unreadable' });
  }, BIG + 30_000);

  it.each(['png', 'gzip'] as const)('a %s file saved as .html: ExtractError("unreadable")', async (kind) => {
    expect(await gen('binaryWithHeader', [kind, 200_000], SMALL)).toMatchObject({ status: 'extract-error', reason: 'unreadable' });
  });

  it('the CLI decoder stops binary bytes before the engine with DecodeError("binary")', () => {
    const bytes = new Uint8Array(1_000_000);
    let x = 12345;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    expect(() => decodeHtml(bytes)).toThrow(DecodeError);
    try {
      decodeHtml(bytes);
    } catch (e) {
      expect((e as DecodeError).reason).toBe('binary');
    }
  });
});

describe('deep nesting', () => {
  /**
   * The whole article, or ExtractError('too-complex') when the parser's stack of open elements
   * goes past LIMITS.maxNesting (never a stack overflow: every walk is iterative).
   */
  function bothParagraphsOrTooDeep(o: Outcome): void {
    if (o.status === 'extract-error') {
      expect(o.reason).toBe('too-complex');
      expect(o.message).toMatch(/more than 4,000 levels deep/);
      return;
    }
    const a = article(o);
    expect(a.first).toBe(paragraphText(1));
    expect(a.last).toBe(paragraphText(2));
  }

  it.each([
    [10_000, 'div', true],
    [10_000, 'span', true],
    [10_000, 'div', false],
    [100_000, 'div', true],
    [100_000, 'div', false],
    [10_000, 'section', true],
    [10_000, 'blockquote', true],
  ] as const)('%i levels of <%s> (closed: %s) around the body: the article or the depth-limit error', async (levels, tag, closed) => {
    bothParagraphsOrTooDeep(await gen('deepNesting', [levels, tag, closed], BIG));
  }, BIG + 30_000);

  it('1,000 levels of <div> around the body: both paragraphs kept', async () => {
    const a = article(await gen('deepNesting', [1_000, 'div', true], BIG));
    expect(a.first).toBe(paragraphText(1));
    expect(a.last).toBe(paragraphText(2));
  });

  it.each([
    [10_000, 'a', false],
    [10_000, 'b', false],
    [10_000, 'font', false],
    [10_000, 'table', false],
    [10_000, 'li', false],
    [10_000, 'p', false],
  ] as const)('%i unclosed <%s>: a result or a specific error', async (levels, tag, closed) => {
    const o = await gen('deepNesting', [levels, tag, closed], BIG);
    notFailed(o);
    if (o.status === 'article') expect(o.first.includes('第1段') || o.last.includes('第2段')).toBe(true);
  }, BIG + 30_000);

  it.each([2_000, 10_000])('%i levels of <div> on a page only the Readability fallback reads', async (levels) => {
    const o = await gen('deepNestingPlain', [levels], SMALL);
    notFailed(o);
    if (o.status === 'article') expect(o.first).toContain('这是一段正文');
  }, SMALL + 30_000);

  it('10,000 <div> around the whole document', async () => {
    const o = await gen('deepNestingOutside', [10_000], BIG);
    notFailed(o);
    if (o.status === 'article') expect(o.first).toBe(paragraphText(1));
    else expect(o).toMatchObject({ status: 'extract-error', reason: 'too-complex', message: expect.stringMatching(/levels deep/) });
  }, BIG + 30_000);
});

describe('wrong declared charset (bytes through the CLI decoder, then the engine)', () => {
  const gbPage = 'pages/book_20041013_114366.html';
  const utf8Page = 'pages/news_20180928_ifxeuwwr9250746.html';

  it('the fixtures really are in the charsets this test assumes', () => {
    const gb = readFileSync(join(FIXTURES, gbPage));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gb)).toThrow();
    expect(new TextDecoder('gb18030', { fatal: true }).decode(gb)).toContain('投身外交');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(join(FIXTURES, utf8Page)))).not.toThrow();
  });

  it.each([
    [gbPage, 'utf-8'],
    [utf8Page, 'gb2312'],
    [utf8Page, 'shift_jis'],
    [utf8Page, 'x-nonsense'],
  ])('%s declared as %s gives the same Article as its true charset', async (page, declared) => {
    const truth = await gen('declaredAs', [page, null], SMALL, CHARSET);
    const wrong = await gen('declaredAs', [page, declared], SMALL, CHARSET);
    expect(article(truth).title.length).toBeGreaterThan(0);
    expect(wrong).toEqual(truth);
  });

  it('a GB18030 page declared Big5 (bytes that fit both) ends in a result or a specific error', async () => {
    // Both are double-byte charsets; the bytes decode as Big5 without errors, so the decoder
    // trusts the declaration and the text is mojibake. Not detectable from the bytes alone.
    notFailed(await gen('declaredAs', [gbPage, 'big5'], SMALL, CHARSET));
  });

  it('a GB18030 page cut in the middle of a character still decodes and extracts', async () => {
    const o = await gen('truncatedGb', [gbPage], SMALL, CHARSET);
    expect(article(o).title).toContain('投身外交');
  });
});
