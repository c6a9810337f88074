/**
 * The fast path's own tokenizer (src/engine/tokenize.ts) against htmlparser2's, which it stands in
 * for: on every input it does not give up on, its calls (names, positions, order) must be exactly
 * htmlparser2's with `decodeEntities: false`. The tree builder behind both is the same code, so the
 * fast path's tree equals parse5's by fast-parse*.test.ts either way; this proves the tokens the
 * builder sees are the same. Inputs here: every fixture and audit post, hand-made edges, random tag trees,
 * token soup and markup aimed at the search-based scanning; the large generated sets (cuts of pages,
 * the adversarial and extreme generators, the mutation fuzzer's mutants) are in tokenize.slow.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { loadAuditDocs, loadCorpus, readFixture } from '../../support/corpus';
import { mulberry32 } from '../../fuzz/lib/prng';
import { body, check, record } from './tokenize-check';
import { markup, soup, tree } from './tree-diff';

describe('the own tokenizer makes htmlparser2’s calls or gives up', () => {
  it('every fixture and audit post (all of them read)', () => {
    const inputs: [string, string][] = [];
    for (const f of loadCorpus()) inputs.push([f.id, body(readFixture(f))]);
    for (const d of loadAuditDocs()) inputs.push([d.id, body(d.html)]);
    const r = check(inputs);
    expect([...r.why]).toEqual([]);
    expect(r.read).toBeGreaterThan(200);
  });

  it.each([
    ['text and tags', 'a<b>c</b >d</b\n>e'],
    ['a < that opens nothing', 'a < b <1 <<p>x<\u4e2d>'],
    ['attributes of every shape', '<p a b=c d = "e" f=\'g\' h=i/ j=>k l="m"n o=p"q\' r/s t="" u=\'\'>x</p>'],
    ['attribute names with quotes and angle brackets', '<p "a"=b \'c\'=d <e=f g<h=i>x'],
    ['self-closing tags', '<br/><img src=a /><p/><a b=c/>'],
    ['// in a tag', '<a//><b/c>'],
    ['raw text', '<script>a</b>c</scripty></script\t></SCRIPT><style>x</ style></Style ><title>&amp;<</title><textarea></textarea><xmp><p></xmp>'],
    ['raw text the builder opens', '<noscript><p></noscript ><iframe>x</iframe><noembed></noembed><noframes>a</noframes>'],
    ['<</script>', '<script><</script><style>a</styl</style>'],
    ['names close to raw-text names', '<scr>a</scr><scripts>b<s>c</s><t>d<xm>e<titles>f</titles>'],
    ['self-closed raw text', '<script/>a</script><title/>b'],
    ['comments', '<!-- a --><!----><!-- b --->c<!--d--!>e-->'],
    ['doctypes', '<!DOCTYPE html><!doctype><!Doctype x>'],
    ['end tags with junk', '</p x=y></div  ></a\n\n>'],
  ])('%s', (_, html) => {
    const r = check([[html, html]]);
    expect(r.read).toBe(1);
  });

  it.each([
    ['< last', 'a<'],
    ['an open tag at the end', '<p a="b'],
    ['an unusual tag name', '<p!>'],
    ['</ and no name', 'a</ p>'],
    ['</>', 'a</>b'],
    ['a short comment', '<!-->a'],
    ['a shorter comment', '<!--->a'],
    ['an open comment', '<!-- a'],
    ['<!x', '<!x>'],
    ['<?', '<?xml?>'],
    ['CDATA', '<![CDATA[x]]>'],
    ['/ and whitespace', '<br/ >'],
    ['an attribute name starting with =', '<p =a>'],
    ['open raw text', '<script>a</script'],
    // htmlparser2 picks a raw-text end by a name's first two characters: these read as xmp, title
    // and textarea to it, as ordinary elements to the standard.
    ['<tmp>, which htmlparser2 reads as raw text up to </xmp', '<p>a<tmp><span hidden>b</xmp>c</p>'],
    ['<XITLE>, which htmlparser2 reads as raw text up to </title', '<XITLE><img src=x>b</title>'],
    ['<xextarea>, which htmlparser2 reads as raw text up to </textarea', '<xextarea><b>x</textarea>'],
    // htmlparser2 matches a raw-text end with `c | 0x20`: U+000F reads as its '/', U+001C as its '<'.
    ['U+000F after a < in raw text, which htmlparser2 reads as </', '<style>a{}<\u000fstyle>b{}</style><p>c</p>'],
    ['U+001C in raw text, which htmlparser2 may read as <', '<style>a{}\u001c/style>b{}</style><p>c</p>'],
  ])('gives up on %s', (_, html) => {
    expect(record(html, true).why).not.toBeNull();
  });

  it('random tag trees and token soup', () => {
    const rng = mulberry32(4242);
    const inputs: [string, string][] = [];
    for (let k = 0; k < 3000; k++) {
      const html = k % 2 ? tree(rng) : soup(rng);
      inputs.push([JSON.stringify(html), html]);
    }
    const r = check(inputs);
    expect(r.read).toBeGreaterThan(300);
  }, 600_000);

  it('markup aimed at the search-based scanning (tree-diff.ts markup())', () => {
    const rng = mulberry32(20261127);
    const inputs: [string, string][] = [];
    for (let k = 0; k < 8000; k++) {
      const html = markup(rng);
      inputs.push([JSON.stringify(html), html]);
    }
    const r = check(inputs);
    expect(r.read).toBeGreaterThan(1000);
  }, 600_000);
});
