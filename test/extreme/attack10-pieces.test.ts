/**
 * Over 4 M characters the fast path writes the input to htmlparser2's tokenizer in pieces of
 * TOKENIZER_PIECE characters. A token cut by a piece boundary (a tag, an attribute, a comment, a
 * reference, CDATA, a surrogate pair, CR LF) must give parse5's tree: each token is put at the
 * first boundary, two characters before it to two after.
 */
import { describe, expect, it } from 'vitest';
import { SELF_DECODE_MAX, TOKENIZER_PIECE } from '../../src/engine/fast-parse';
import { check } from '../unit/engine/tree-diff';

const TOKENS: [string, string][] = [
  ['a start tag with attributes', '<div class="ab" title=cd>'],
  ['an end tag', '</p><p>'],
  ['a comment', '<!-- c\r\nd -->'],
  ['a reference in text', '甲&notin;乙&notit;丙&amp;'],
  ['a legacy reference in text', '甲&copy2乙&amp丙'],
  ['a reference in an attribute', '<a href="?x=1&notin;&lt=3&amp;y">链</a>'],
  ['a numeric reference', '&#x4E2D;&#20013;'],
  ['CDATA in svg', '<svg><![CDATA[a<b]]></svg>'],
  ['CDATA in html', '<![CDATA[a<b]]>'],
  ['a surrogate pair', '𠀀𩸽'],
  ['surrogate pairs in an attribute', `<p title="${'𠀀'.repeat(4)}">`],
  ['surrogate pairs in a comment', `<!--${'𠀀'.repeat(6)}-->`],
  ['surrogate pairs in a script', `<script>${'𠀀'.repeat(8)}</script>`],
  ['a reference in an unquoted value', '<p title=a&notin;b&amp;c>'],
  ['CR LF in text', '甲\r\n乙\r丙'],
  ['CR LF in an attribute', '<p title="a\r\nb">'],
  ['a script end', '<script>a<b</script>'],
  ['CR LF in a script', '<script>a\r\nb</script>'],
  ['CR LF in a title', '<title>a\r\nb</title>'],
  ['CR LF in an unquoted value', '<p title=a\r\nb>'],
  ['CR LF after <pre>', '</p><pre>\r\n\r\nab</pre><p>'],
  ['CR LF after <textarea>', '</p><textarea>\r\n\r\nab</textarea><p>'],
  ['CR LF after <listing>', '</p><listing>\r\nab</listing><p>'],
];

describe('a token cut by a piece boundary over 4 M characters gives parse5\'s tree', () => {
  // A token (its first CR, or its middle) at d characters from the first boundary, inside a
  // paragraph; plain text after it up to just past SELF_DECODE_MAX.
  const pages = (token: string) =>
    [-2, -1, 0, 1, 2].map((d): [string, string] => {
      const head = '<!DOCTYPE html><html><body><p>';
      const before = head + '字'.repeat(TOKENIZER_PIECE - head.length - (token.includes('\r') ? token.indexOf('\r') + 1 : Math.ceil(token.length / 2)) + d);
      const html = `${before}${token}</p><p>${'文'.repeat(SELF_DECODE_MAX - before.length)}</p>`;
      return [`d=${d}`, html];
    });
  it.each(TOKENS)('%s', (_name, token) => {
    const all = pages(token);
    for (const [, h] of all) expect(h.length).toBeGreaterThan(SELF_DECODE_MAX);
    const { fast } = check(all);
    // The fast path takes every input (CDATA is parse5's whatever its place), so the pieces are read.
    expect(fast).toBe(token.includes('CDATA') ? 0 : all.length);
  }, 120_000);
});
