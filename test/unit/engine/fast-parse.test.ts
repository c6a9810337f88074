/**
 * The parse stage's fast path (src/engine/fast-parse.ts) against parse5: on every input it
 * accepts, the tree must equal parse5's node for node (tree-diff.ts). Here: every fixture and
 * audit post and hand-made cases of every repair the standard makes; fast-parse.slow.test.ts runs
 * the adversarial regression fixtures, the generators and the mutation fuzzer.
 */
import { describe, expect, it } from 'vitest';
import { makeCtx } from '../../../src/engine/context';
import type { Document, Element } from 'domhandler';
import { SELF_DECODE_MAX } from '../../../src/engine/fast-parse';
import { extract } from '../../../src/engine/extract';
import { GiveUp, parseFast, parseHtml, parseWithParse5, splitFrontMatter, useFastParse } from '../../../src/engine/parse';
import { scanOf } from '../../../src/engine/scan';
import { loadAuditDocs, loadCorpus, readFixture } from '../../support/corpus';
import { fixtureKind, SAMPLED, sweep } from '../../support/sweep';
import { mulberry32 } from '../../fuzz/lib/prng';
import { canonical, check, markup, references } from './tree-diff';

const body = (html: string) => splitFrontMatter(html).body;

describe('the fast path builds parse5’s tree or gives up', () => {
  // Every fixture and audit post in `npm test`; one of each folder and template in `npm run
  // test:quick` (test/support/sweep.ts). Each read by the fast path and parse5: past 30 s at load 14.
  it('every fixture and audit post; the whole pages mostly take the fast path', () => {
    const pages: [string, string][] = [];
    const rest: [string, string][] = [];
    for (const f of sweep(loadCorpus(), fixtureKind)) (f.folder === 'pages' ? pages : rest).push([f.id, body(readFixture(f))]);
    // The audit posts (loadAuditDocs() starts with the corpus fixtures, read above).
    const audit = loadAuditDocs().filter((d) => d.id.startsWith('seed-audit/'));
    for (const d of sweep(audit, () => 'seed-audit')) rest.push([d.id, body(d.html)]);
    const p = check(pages);
    check(rest);
    // All 26 pages today; a page whose markup the fast path leaves to parse5 may come, so not all are required.
    expect(p.fast / p.total).toBeGreaterThanOrEqual(0.9);
  }, 120_000);

  it.each([
    ['implied html, head and body', 'hello <b>world</b>'],
    ['whitespace and comments around the document', ' <!-- a --> <!DOCTYPE html> <!-- b --><html> <head> <title>t</title> </head> <body> x </body> </html> <!-- c --> \n'],
    ['text after </body> and </html>', '<html><body><p>a</p></body> <p>b</p></html>c'],
    ['head content after </head>', '<html><head></head>\n<script>var a;</script>\n<link rel=x>\n<body>x'],
    ['noscript after </head> goes to the body', '<html><head></head><noscript>n</noscript><body>x'],
    ['a paragraph closed by a block', '<p>a<div>b</div>c'],
    ['a paragraph with a span closed by a block', '<p><span>a<div>b</div>'],
    ['a formatting element across a paragraph', '<p><b>a</p><p>b</p>'],
    ['formatting element closed out of order', '<b><i>a</b>b</i>'],
    ['adoption agency with a block', '<a href=x><div>a</div></a>'],
    ['<a> in <a>', '<a>1<a>2</a>3</a>'],
    ['four equal fonts', '<font><font><font><font>x</font></font></font></font>y'],
    ['four equal fonts left open', '<p><font><font><font><font>x</p><p>y'],
    ['stray end tags', '</div><div>a</span></div></i>b</br></p>'],
    ['list items without end tags', '<ul><li>a<li>b<ul><li>c</ul><li>d</ul>'],
    ['definition lists', '<dl><dt>a<dd>b<dt>c</dl>'],
    ['headings closing headings', '<h1>a<h2>b</h1>c'],
    ['a table with implied tbody and tr', '<table><td>a<td>b<tr><td>c</table>'],
    ['a table with text in it', '<table>x<tr><td>a</td></tr></table>'],
    ['a table with a div in it', '<table><div>x</div><tr><td>a</td></tr></table>'],
    ['a table in a paragraph (no-quirks)', '<!DOCTYPE html><p>a<table><tr><td>b</td></tr></table>'],
    ['a table in a paragraph (quirks)', '<p>a<table><tr><td>b</td></tr></table>'],
    ['nested tables', '<table><tr><td><table><tr><td>a</table>b</td></tr></table>'],
    ['cells closed by the next row', '<table><tr><td>a<tr><td>b</table>'],
    ['a cell with a paragraph left open', '<table><tr><td><p>a</td><td><b>b</td></tr></table>'],
    ['a select', '<select><option>a<option>b<optgroup><option>c</select>d'],
    ['a select in a table', '<table><tr><td><select><option>a</select></td></tr></table>'],
    ['forms', '<form><p>a</form><form>b</form>'],
    ['a form in a form', '<form><div><form>a</form></div></form>'],
    ['pre and textarea drop a first newline', '<pre>\na</pre><textarea>\nb</textarea><pre>\n\nc</pre>'],
    ['an entity first in a pre', '<pre>&#10;a</pre>'],
    ['character references', '<p title="a&amp;b&notit;&copy=x">&lt;&gt&amp;&nbsp;&#x1F600;&#0;&#128;&notin;&noti;</p>'],
    ['a textarea with references', '<textarea>&lt;a&gt;</textarea>'],
    ['a title with references', '<title>a &amp; b</title>'],
    ['script with an escaped script inside', '<script><!-- document.write("<script>a</script>") --></script><p>x'],
    ['script ended by </script/>', '<script>a</script/>b<p>c'],
    // htmlparser2 compares raw text's end tag case-folded (c | 0x20): U+000F reads as / and U+001C as <.
    ['control characters that fold to / or < in raw text', '<style>a<\x0fstyle>b</style><p>c</p><script>x\x1c/script>y</script><p>d'],
    ['self-closed script', '<script/>a<p>b</p></script>c'],
    ['noscript and iframe are raw text', '<noscript><p>a</p></noscript><iframe><b>x</b></iframe><p>y'],
    ['comments with odd edges', '<!-->a<!--->b<!---->c<!-- d --!>e<!-- f -- >g-->h<!--i<!--j-->'],
    ['a bogus comment', '<?xml version="1.0"?><p>a</p></ x>b'],
    ['CDATA', '<p><![CDATA[x]]></p>'],
    ['a doctype without a name', '<!DOCTYPE><p>a'],
    ['a legacy doctype', '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><p>a<table><tr><td>b</table>'],
    ['a doctype late', '<p>a<!DOCTYPE html>b'],
    ['CR and CRLF', '<p>a\r\nb\rc</p>\r\n<pre>\r\nx</pre>'],
    ['CR and CRLF in tags, end tags, attribute values, comments, a doctype and raw text', '<!DOCTYPE\rhtml>\r\n<div\r\nclass="a\r\nb\rc"\rid=x\r>t\r\n</div\r\n>\r<!--c\r\nd\r-->\r<pre>\ry</pre><textarea>\r\nz\r</textarea><script>a\r\nb</script\r><p title=\'&amp;\r\n\'>\r&amp;\r\n</p>'],
    ['a lone CR before an entity in a pre', '<pre>\r&amp;</pre><pre>\r\n\r\nq</pre>'],
    ['attributes: duplicates, case, no value, odd quotes', '<p ID=a id=b Class="x" data-x hidden title=\'q"\' a=b=c>x</p>'],
    ['an end tag with attributes', '<div>a</div class="x">b</div title=">">c'],
    ['upper-case tags', '<DIV><P>a</P></DIV><TABLE><TR><TD>b</TD></TR></TABLE>'],
    ['svg and math', '<p><svg><rect/><title>t</title></svg><math><mi>x</mi></math></p>'],
    ['a template', '<template><p>a</p></template>b'],
    ['an unclosed tag at the end', '<p>a</p><div class="x'],
    ['an unclosed comment at the end', '<p>a</p><!-- x'],
    ['an unclosed script at the end', '<p>a</p><script>x'],
    ['repeated html and body', '<html a=1><body b=2><html c=3 a=4><body d=5 b=6><p>x'],
    ['nobr, applet and marquee', '<nobr>a<nobr>b</nobr><applet>c</applet><marquee><b>d</marquee>e'],
    ['a button in a button', '<button>a<button>b</button>'],
    ['ruby', '<ruby>a<rt>b<rp>c</ruby>'],
    ['a table caption and columns', '<table><caption>c</caption><col><tr><td>a</table>'],
    ['whitespace in a table', '<table>\n <tr>\n  <td>a</td>\n </tr>\n</table>'],
    ['nbsp in a table', '<table>&nbsp;<tr><td>a</td></tr></table>'],
    ['hr and br in a paragraph', '<p>a<hr>b<br/>c</p>'],
    ['image', '<image src=x>'],
    ['plaintext', '<plaintext><p>a</p>'],
    ['a NUL', '<p>a\u0000b</p>'],
    ['a BOM first', '\ufeff<!DOCTYPE html><p>a'],
    ['<a> closing an open <a>', '<p><a href=1>one<a href=2>two</a></p><a>x<div><a>y</a></div>'],
    ['a select in a cell', '<table><tr><td><select><option>a<option>b</select>c</td><td><select><option>d</td></tr></table>'],
    ['forms and hidden inputs in a table', '<table><form id=f><tr><input type=hidden name=a><input type=HIDDEN><td>x</td></tr></form></table><form>y</form>'],
    ['a visible input in a table', '<table><tr><input name=q><td>x</td></tr></table>'],
    ['end tags ignored in a table', '<div><table></div><tr></span></b><td>a</td></tr></table></div>'],
    ['table parts outside a table', '<p>a<td>b<tr>c<tbody>d<caption>e<col>f</p>'],
    ['a caption start tag in a cell', '<table><tr><td>a<caption>b</caption></table>'],
    ['a font left open in a cell', '<table><tr><td><font color=red>a</td><td><b><i>b</td></tr><tr><td><font>c</table>d'],
    ['an applet left open in a cell', '<table><tr><td><applet>a</td></tr></table>'],
    ['odd attribute names', '<img 躺平""=1 #FFFFFF?=2 "q"=3 \'s\'=4 a<b=5 ÄB=6 =x><p =y>z'],
    ['</body> with elements open, then more', '<div><p>a</body>\n<!-- c --> <p>b</html> <span>c'],
    ['</body> inside a cell', '<table><tr><td>a</body>b</td></tr></table>c'],
    ['a reference right after < in a title', '<title>a<&amp;b</&lt;</title>c'],
    ['end tags after </html>', '<html><body><p>a</p></body></html></text><!-- x --></div><p>b'],
    ['formatting re-created after a paragraph', '<p><b>a</p>b<p><font color=red size=2>x</p><p>y</p>'],
    ['a forgotten formatting element is not closed by its end tag', '<b>1<p><b>2</p></b>3</b>4'],
    ['re-created before void and ordinary elements, not before headings', '<p><i>a</p><img><span>b</span><h2>c</h2><br><hr>d'],
    ['an end tag in a table forgets a closed formatting element', '<p><font>a</p><table></font><tr><td>b</td></tr></table>c'],
    ['four equal formatting elements re-created', '<p><b><b><b><b>a</p>b'],
    ['a nobr re-created next to a nobr', '<p><nobr>a</p><nobr>b'],
    ['o:p from word processors', '<p>a<o:p></o:p></p><st1:chsdate>b</st1:chsdate>'],
    ['a col start tag in a cell closes the cell', '<table><tr><td>a<col>b</table>'],
    ['a colgroup start tag in a cell closes the cell', '<table><td><colgroup>b'],
    ['search is not special to parse5: a list item closes the one around it', '<li><search><li>x'],
    ['search is not special to parse5: an end tag closes past it', '<span><search></span>x'],
    ['raw text holding its end tag’s start in another case', '<script>document.write("</SCRipt_")</script><style>a{}</Style-x</style><p>x'],
    ['an escaped script in another case', '<script><!-- <ScRiPt>a</script> --></script><p>x'],
    ['raw text with end tags of other elements', '<script>document.write("</div></scrip")</script><title>a</titl</title><p>x'],
    ['references at the edges of texts and attribute values', '<p a=&amp b=&ampx c="&notit" d=\'&not\' e=&lt f="&amp=" g=&#x41>&amp<b>&notin</b>&#x41<i>&#65</i>&<u>&;&#;&#x;</u>a&amp</p><title>&amp&lt;</title>x&#x1F6'],
    ['a reference cut by the end of the input', '<p>a&no'],
    ['a numeric reference cut by the end of the input', '<p>a&#x4E2'],
    ['references in raw texts stay as written', '<script>a&amp;b</script><style>&lt;</style><xmp>&amp;</xmp><noscript>&amp;</noscript><iframe>&lt;</iframe>'],
    ['references decoding to markup characters', '<p>&lt;/p&gt;&lt;b&gt;x&#60;/p&#62;</p><a title="&quot;&lt;/a&gt;">y</a>'],
    ['attribute names an object inherits', '<p constructor=c __proto__=p toString=t hasOwnProperty=h valueOf=v>x</p>'],
    // htmlparser2 reads these as raw text (by their first two characters); the standard does not.
    // The standard leaves a reference in an attribute as text when the name it matches without a
    // `;` is followed by a letter, digit or `=`; htmlparser2's decoder looked at the character where
    // a longer name failed instead (&notin& read as ¬in&).
    ['a legacy reference followed by more of a longer name in an attribute', '<a href="?x=1&notin&y=2">a</a><p title="&parallel">b</p><p title="&timesd x" id=&notin>c</p><p title="&notin;&not-&notx">d</p>'],
    ['names htmlparser2 reads as raw text', '<p>a<tmp><span hidden>b</xmp>c</p><XITLE><img src=x>d</title><xextarea><b>e</textarea>'],
    ['names htmlparser2 reads as raw text, on its tokenizer (after <!-->)', '<!--><p>a<tmp><span hidden>b</xmp>c</p><XITLE><img src=x>d</title><xextarea><b>e</textarea>'],
  ])('%s', (_name, html) => {
    check([[_name, html]]);
  });
});

describe('generated markup', () => {
  it('markup aimed at the tokenizers’ differences and references of every shape (tree-diff.ts)', () => {
    const rng = mulberry32(20261127);
    const inputs: [string, string][] = [];
    // The first 1,500 of the same sequence in `npm run test:quick` (test/support/sweep.ts).
    const count = SAMPLED ? 1500 : 6000;
    for (let k = 0; k < count; k++) {
      const html = k % 2 ? markup(rng) : references(rng);
      inputs.push([JSON.stringify(html), html]);
    }
    expect(check(inputs).fast).toBeGreaterThan(count / 3);
  }, 600_000);
});

describe('parseHtml', () => {
  it('takes the fast path where it can and records the scan’s answers either way', () => {
    const ctx = makeCtx();
    const fastDoc = parseFast('<p>a</p>', ctx);
    expect(fastDoc).not.toBeInstanceOf(GiveUp);
    expect(parseFast('<b><p>a</b>b', ctx)).toBeInstanceOf(GiveUp);
    for (const html of ['<p>a</p>', '<b><p>a</b>b', '<title>t</title><b><p>a</b>']) {
      const doc = parseHtml(html, ctx);
      expect(scanOf(doc, html, ctx)).toMatchObject({ hasMarkup: true, documentTags: html.startsWith('<title') });
    }
  });

  it('attribute maps hold every name as an own attribute and inherit none, on both paths', () => {
    const html = '<p __proto__=p constructor=c toString=t>x</p>';
    for (const doc of [parseFast(html, makeCtx()), parseWithParse5(html, makeCtx())]) {
      const root = (doc as Document).children[0] as Element;
      const p = (root.children[1] as Element).children[0] as Element;
      expect(p.name).toBe('p');
      expect(Object.entries(p.attribs)).toEqual([['__proto__', 'p'], ['constructor', 'c'], ['tostring', 't']]);
      for (let o = Object.getPrototypeOf(p.attribs) as object | null; o; o = Object.getPrototypeOf(o) as object | null) expect(Reflect.ownKeys(o)).toEqual([]);
      for (const inherited of ['hasOwnProperty', 'valueOf', 'isPrototypeOf']) expect(inherited in p.attribs).toBe(false);
      // An implied element's map (the html element's) is the same kind.
      expect('toString' in root.attribs).toBe(false);
    }
  });

  it('past SELF_DECODE_MAX characters the tokenizer reads the references, with the same tree', () => {
    const refs = '<p a=&amp b=&ampx c="&notit" d=\'&not\' e=&lt f="&amp=" g=&#x41>&amp<b>&notin</b>&#x41<i>&#65</i>&<u>&;&#;&#x;</u>a&amp</p><title>&amp&lt;</title><p title="&quot;&lt;/a&gt;">&lt;/p&gt;</p>';
    const html = `${refs}<p>${'字'.repeat(SELF_DECODE_MAX)}</p>${refs}x&#x1F6`;
    expect(html.length).toBeGreaterThan(SELF_DECODE_MAX);
    expect(parseFast(html, makeCtx())).not.toBeInstanceOf(GiveUp);
    expect(check([['long', html]]).fast).toBe(1);
  });

  it('past SELF_DECODE_MAX characters, a legacy reference followed by more of a longer name in an attribute stays text', () => {
    const refs = '<a href="?x=1&notin&y=2">a</a><p title="&parallel">b</p><p title="&timesd x" id=&notin>c</p>';
    const html = `${refs}<p>${'字'.repeat(SELF_DECODE_MAX)}</p>${refs}`;
    check([['long', html]]);
    expect(canonical(parseHtml(html, makeCtx()))).toContain('"?x=1&notin&y=2"');
  });

  it('a fast parse still ticks the time budget: a spent budget interrupts it', () => {
    const html = `<div>${'<p>段落</p>'.repeat(200_000)}</div>`;
    const ctx = makeCtx({ budgetMs: 1 });
    expect(() => parseFast(html, ctx)).toThrow(expect.objectContaining({ reason: 'timeout' }));
  });

  it('text past the depth cap stays in place, as parse5’s adapter keeps it', () => {
    const html = `${'<div>'.repeat(600)}深处的文字${'</div>'.repeat(600)}<p>后</p>`;
    expect(parseFast(html, makeCtx())).toBeInstanceOf(GiveUp);
    expect(canonical(parseHtml(html, makeCtx()))).toContain('深处的文字');
  });
});

describe('extract() reads the same article on the fast path and on parse5', () => {
  const paras = Array.from({ length: 6 }, (_, i) => `<p>这是第${i}段正文，内容足够长以便被识别为文章的一部分，新浪财经报道称市场今日上涨。</p>`).join('');
  const page = (inner: string) =>
    `<html><head><title>测试标题_新浪财经_新浪网</title></head><body><div id="artibody">${paras}<p>可见${inner}尾</p></div></body></html>`;
  const url = 'https://finance.sina.com.cn/stock/2024-01-01/doc-abcdefgh1234567.shtml';
  it.each([
    // htmlparser2 reads <tmp> as raw text up to </xmp: the hidden span would be shown as markup text.
    ['<tmp> on the own tokenizer', page('<tmp><span style="display:none">隐藏文字</xmp></span>')],
    ['<tmp> on htmlparser2’s tokenizer (after <!-->)', `<!-->${page('<tmp><span style="display:none">隐藏文字</xmp></span>')}`],
    ['<xitle> on htmlparser2’s tokenizer', `<!-->${page('<xitle><span hidden>隐藏文字</title></span>')}`],
  ])('%s', (_name, html) => {
    try {
      useFastParse(false);
      const slow = extract(html, { url });
      useFastParse(true);
      const fast = extract(html, { url });
      expect(slow.text).not.toContain('隐藏文字');
      expect(fast.text).toBe(slow.text);
    } finally {
      useFastParse(true);
    }
  });

  it('a link whose query holds &notin& keeps its href as written', () => {
    const html = page('<a href="https://example.com/report?id=1&notin&x=2">报告原文</a>');
    try {
      useFastParse(false);
      const slow = extract(html, { url });
      useFastParse(true);
      const fast = extract(html, { url });
      expect(JSON.stringify(slow.blocks)).toContain('"href":"https://example.com/report?id=1&notin&x=2"');
      expect(fast.blocks).toEqual(slow.blocks);
    } finally {
      useFastParse(true);
    }
  });
});
