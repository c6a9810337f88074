/**
 * One token of tens of millions of characters on the fast path over 4 M characters, where
 * htmlparser2's tokenizer reads it in a loop of its own: an attribute name, an unquoted attribute
 * value, a run of `<<`. The budget must be looked at inside such a token (before, 30 M characters
 * of one ran 0.6-0.9 s past a 200 ms budget; the run of `<` was also counted whole, 0.8 s, before
 * the parse began), and a reference the standard leaves as text in an
 * attribute value must be read right there, not sent to parse5.
 */
import { describe, expect, it } from 'vitest';
import { Deadline, makeCtx, type Ctx } from '../../src/engine/context';
import { extract } from '../../src/engine/extract';
import { SELF_DECODE_MAX, TOKENIZER_PIECE } from '../../src/engine/fast-parse';
import { LIMITS } from '../../src/engine/limits';
import { GiveUp, parseFast } from '../../src/engine/parse';
import { check } from '../unit/engine/tree-diff';

const SHAPES: [string, (n: number) => string][] = [
  ['an attribute name', (n) => `<p ${'a'.repeat(n)}="x">字</p>`],
  ['an unquoted attribute value', (n) => `<p title=${'v'.repeat(n)}>字</p>`],
  ['a run of << in a text', (n) => `<p>${'<<'.repeat(n / 2)}字</p>`],
];

/** Over SELF_DECODE_MAX (4 M characters), where htmlparser2's tokenizer reads the page. */
const N = 5_000_000;

/** A deadline that never runs out and counts its looks at the clock. */
class CountingDeadline extends Deadline {
  checks = 0;
  constructor() {
    super(Number.POSITIVE_INFINITY);
  }
  override check(): void {
    this.checks++;
  }
}

describe('one long token over 4 M characters on the fast path', () => {
  it.each(SHAPES.slice(0, 2))('%s: the budget is looked at once per piece of the input, inside the token', (_name, page) => {
    const html = page(N);
    expect(html.length).toBeGreaterThan(SELF_DECODE_MAX);
    const deadline = new CountingDeadline();
    const ctx: Ctx = { ...makeCtx(), deadline };
    parseFast(html, ctx);
    // Ticks (one look every 512) come once per token: before the pieces, the long attribute name or
    // value was read with no look at all. (A run of `<` is a text token per `<`, ticked already.)
    expect(deadline.checks).toBeGreaterThanOrEqual(Math.floor(N / TOKENIZER_PIECE) - 1);
  }, 60_000);

  it.each(SHAPES)('%s of 30 M characters ends in timeout within a 200 ms budget plus a margin', (_name, page) => {
    const html = page(30_000_000);
    expect(html.length).toBeLessThanOrEqual(LIMITS.maxInputChars);
    const t = performance.now();
    let reason = 'article';
    try {
      extract(html, { budgetMs: 200 });
    } catch (e) {
      reason = (e as { reason?: string }).reason ?? String(e);
    }
    expect(reason).toBe('timeout');
    // The same margin as the other one-token bounds (test/unit/engine/entity-ticks.slow.test.ts).
    expect(performance.now() - t).toBeLessThan(200 + 1_000);
  }, 60_000);

  it('reads a reference an attribute leaves as text as written, without giving the page to parse5', () => {
    const filler = `<p>${'字'.repeat(SELF_DECODE_MAX)}</p>`;
    const html = `<p><a href="/n?id=1&notin&x=2&lt=3&copy2&amp;y">链接</a></p>${filler}`;
    const doc = parseFast(html, makeCtx());
    expect(doc).not.toBeInstanceOf(GiveUp);
    const a = findA(doc);
    // As the standard reads it: &notin, &lt= and &copy2 stay text, &amp; is decoded.
    expect(a).toBe('/n?id=1&notin&x=2&lt=3&copy2&y');
  }, 60_000);
});

function findA(node: unknown): string | null {
  const stack = [node as { name?: string; attribs?: Record<string, string>; children?: unknown[] }];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.name === 'a') return n.attribs?.href ?? null;
    if (n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as typeof n);
  }
  return null;
}

describe('over 4 M characters, the pieces the tokenizer is given change no tree', () => {
  // Markup of every kind the tokenizer reads (texts and references, quoted and unquoted values,
  // a comment, raw text, CR LF), repeated past 4 M characters; each shift puts the piece
  // boundaries (every TOKENIZER_PIECE characters) at other places inside it (its length is odd, so
  // the 17 boundaries of one input fall at 17 of its positions). The fast path must take each
  // input, with parse5's tree. (Eight shifts, about 130 positions, passed too; three keep it short.)
  const unit =
    '<p class=a title="x&amp;y&notin;z">甲&lt;乙&copy2 丙\r\n丁&amp</p><!-- c\r\nd -->' +
    '<script>if(a<b&&c)x="</scr"+"ipt>"</script><div id=q data-v=&amp;w>字<b>粗</b>&#20013;</div>' +
    '<a href="?id=1&notin&x=2&lt=3">链</a><style>p{a:b}</style>.';
  it.each([0, 41, 97])('shift %i', (shift) => {
    const html = `${'字'.repeat(shift)}${unit.repeat(Math.ceil((SELF_DECODE_MAX + 2 * TOKENIZER_PIECE) / unit.length))}`;
    expect(html.length).toBeGreaterThan(SELF_DECODE_MAX);
    expect(check([[`shift ${shift}`, html]]).fast).toBe(1);
  }, 120_000);
});
