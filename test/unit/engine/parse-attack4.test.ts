/**
 * Attacks on the parse stage: attribute maps, CR handled per text, character references at every
 * edge, and parse5 fed in pieces with the piece boundary at every position of a tricky input.
 */
import { describe, expect, it } from 'vitest';
import type { Document, Element } from 'domhandler';
import { makeCtx } from '../../../src/engine/context';
import { parseWithParse5 } from '../../../src/engine/parse';
import { SELF_DECODE_MAX } from '../../../src/engine/fast-parse';
import { canonical, check } from './tree-diff';

/** A reference that decodes to CR or LF is not a newline to normalise: parse5 keeps its CR. */
const CR_REFERENCES: [string, string][] = [
  ['CR then a LF reference', '<p>a\r&#10;b</p>'],
  ['a CR reference then LF', '<p>a&#13;\nb</p>'],
  ['CR references alone', '<p>a&#13;b&#xD;c&#x0d;</p>'],
  ['a CR reference in attributes', '<p title="a&#13;\nb" x=\'&#13;\'>t</p>'],
  ['a CR reference in a title', '<title>a&#13;\nb</title>'],
  ['CR, a comment, then LF', '<p>a\r<!--x-->\nb</p>'],
  ['CR, a tag, then LF', '<p>a\r<b>\nb</b>\r</p>'],
  ['named references before CR', '<p>&amp\r\n&lt\r</p>'],
];

describe('the fast path against parse5 on attacks', () => {
  it.each([
    ['inherited names as attributes, duplicated', '<p __proto__=a __PROTO__=b constructor=c CONSTRUCTOR=d hasOwnProperty=e tostring=f toString=g valueOf=h __defineGetter__=i prototype=j>x</p>'],
    ['__proto__ as an attribute of html and body, merged', '<html __proto__=a><body constructor=b><html __proto__=c tostring=d><body hasownproperty=e>x'],
    ['CR in attribute values of every quoting', '<p a="x\ry" b=\'x\r\ny\' c=x\ry d=\r>t</p>'],
    ['CR between </ and the tag name', '<div>a</\rdiv>b</\r\ndiv>c'],
    ['CR in a comment and a bogus comment', '<!--a\rb\r\nc\r--><?x\ry\r\n?><p>t'],
    ['CR in raw text and escaped script', '<script>a\r<!--\r<script>\r</script>\r--></script><style>\r\n</style><title>a\r\nb\r</title><textarea>\r\r\nx</textarea>'],
    ['CR in a doctype', '<!DOCTYPE\rhtml\rPUBLIC\r"-//W3C//DTD HTML 4.01//EN"\r"x"><p>a'],
    ['a lone CR at the end', '<p>a\r'],
    ['CR CR LF runs', '<p>\r\r\n\r\n\r</p><pre>\r\r\na</pre>'],
    ['CR before a reference and inside one', '<p>\r&amp;\r&am\rp;&#x4\r1;</p>'],
    ['references touching tags', '<p>&amp<b>&lt</b>&gt</p>&amp;<i>&#x41</i>&#65<u>&</u>'],
    ['references in attribute values at their ends', '<p a=&amp b="&amp" c=\'&lt\' d="&ampx" e="x&amp" f=&#x41 g="&#65">t</p>'],
    ['a reference at the very end', '<p>x&amp'],
    ['a reference cut after &#', '<p>x&#'],
    ['surrogates: pair, lone high, lone low, as references', '<p>😀\ud83d x\ude00 &#xD83D;&#xDE00;&#x1F600;</p>'],
    ['NUL in attribute, comment, raw text', '<p a="\u0000">\u0000<!--\u0000--><script>\u0000</script></p>'],
    ['a NUL and CR together', '<p>\r\u0000\r\n</p>'],
    ['form feed and tab in tags', '<p\fa=1\tb=2\f>x</p\f>'],
    ...CR_REFERENCES,
  ])('%s', (name, html) => {
    check([[name, html]]);
  });

  it('CR next to references, past SELF_DECODE_MAX (the tokenizer decodes): the same tree as parse5', () => {
    const cases = CR_REFERENCES.map(([, html]) => html).join('');
    const html = `${cases}<p>${'字'.repeat(SELF_DECODE_MAX)}</p>${cases}`;
    expect(check([['long', html]]).fast).toBe(1);
  });

  it('10,000 attributes (duplicates) are refused or read the same on both paths', () => {
    const html = `<p ${Array.from({ length: 10_000 }, (_, i) => `a${i % 3}=${i}`).join(' ')}>x</p>`;
    let fastErr = '';
    let slowErr = '';
    try {
      check([['attrs', html]]);
    } catch (e) {
      fastErr = (e as Error).message;
    }
    try {
      parseWithParse5(html, makeCtx());
    } catch (e) {
      slowErr = (e as Error).message;
    }
    expect(slowErr).toMatch(/attributes/);
    expect(fastErr === '' || /attributes/.test(fastErr)).toBe(true);
  });
});

describe('parse5 fed in pieces builds the tree it builds in one write', () => {
  const whole = (html: string) => canonical(parseWithParse5(html, makeCtx({ budgetMs: 600_000 }), Number.MAX_SAFE_INTEGER));
  const inPieces = (html: string, piece: number) => canonical(parseWithParse5(html, makeCtx({ budgetMs: 600_000 }), piece));
  it.each([
    ['tags and attributes', '<div class="a b" id=x><p title=\'q\'>text</p></div><br/>'],
    ['references', '<p>&amp;&lt;&notin;&noti;&#x1F600;&#65;x&amp</p><a href="?a=1&amp;b=2&copy=3">l</a>'],
    ['surrogate pairs', '<p>😀𠀀😀</p><p title="😀😀">😀</p>'],
    ['CR LF', '<p>a\r\nb\r\n\r\nc\r</p><pre>\r\nx</pre><textarea>\r\ny</textarea>\r\n'],
    ['comments and raw text', '<!-- a -- b --><script>if (a < b) { x = "</div>"; }</script><style>p{}</style><p>x'],
    ['a table with whitespace and text', '<table> \n <tr> <td>a</td> </tr> x </table>'],
  ])('%s, cut at every place', (_name, html) => {
    const want = whole(html);
    for (let piece = 1; piece <= html.length; piece++) expect([piece, inPieces(html, piece)]).toEqual([piece, want]);
  });

  it('texts are not split into several nodes by a piece boundary', () => {
    const doc = parseWithParse5('<p>abcdefghij</p>', makeCtx(), 3) as Document;
    const html = doc.children.find((c) => (c as Element).name === 'html') as Element;
    const p = ((html.children[1] as Element).children[0] as Element);
    expect(p.children).toHaveLength(1);
  });
});
