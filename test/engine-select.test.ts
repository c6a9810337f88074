/**
 * The page index and the compiled selectors answer exactly what a selector pass over the page
 * answers (cheerio-select, which the engine used before), in document order, on every fixture.
 */
import { select } from 'cheerio-select';
import type { Element } from 'domhandler';
import { describe, expect, test } from 'vitest';
import { makeCtx } from '../src/engine/context';
import { parseHtml, splitFrontMatter } from '../src/engine/parse';
import { compiledSelector, firstUnder, PageIndex, selectUnder, textContent } from '../src/engine/select';
import { referenceTest } from './support/css-reference';
import { findAll } from '../src/engine/dom';
import { VIDEO_MARKERS } from '../src/rules/page';
import { strip } from '../src/engine/strip';
import { selectIn } from '../src/engine/dom';
import { EDITOR_BOX, PAGE_FAMILY_READS, PAGE_WIDE_READS } from '../src/rules/page-families';
import { BODY_DROP_SELECTOR } from '../src/rules/page';
import { loadCorpus, readFixture } from './support/corpus';

const declared = [
  ...PAGE_FAMILY_READS.flatMap((f) => [...f.title, ...f.body, ...Object.values(f.parts)]),
  ...Object.values(PAGE_WIDE_READS),
];
const more = ['meta[content]', 'p, div, br, section', '.weibo_info .weibo_user', 'body', 'h1', 'td.l17, th.f24', '[id^=otherContent_]', 'div > p', 'a[href]', '*'];

function page(html: string) {
  const ctx = makeCtx();
  const doc = parseHtml(splitFrontMatter(html).body, ctx);
  strip(doc, ctx);
  return { doc, index: new PageIndex(doc, ctx.deadline), ctx };
}

const inputs = loadCorpus().filter((f) => f.folder === 'pages' || f.folder === 'fragments' || f.folder === 'synthetic');

describe('page index', () => {
  test.each(inputs.map((f) => [f.id, f] as const))('%s: every declared selector gives what a selector pass gives', (_id, f) => {
    const { doc, index } = page(readFixture(f));
    for (const sel of [...declared, ...more]) {
      const want = select(sel, doc) as Element[];
      expect(index.select(sel), sel).toEqual(want);
      expect(index.first(sel), sel).toBe(want[0] ?? null);
      expect(index.has(sel), sel).toBe(want.length > 0);
    }
  });

  test('an element taken out of the tree after indexing is not returned; document order across a selector list', () => {
    const { doc, index } = page('<html><head><title>t</title></head><body><p class="b">1</p><div id="a">2</div><p class="b">3</p></body></html>');
    expect(index.select('#a, .b').map((e) => textContent(e))).toEqual(['1', '2', '3']);
    const body = index.first('body')!;
    const first = body.children[0]!;
    body.children.splice(0, 1);
    first.parent = null;
    expect(index.select('.b').map((e) => textContent(e))).toEqual(['3']);
    expect(index.first('#a, .b')).toBe(select('#a', doc)[0]);
  });

  test('ids and classes are index keys (css-what marks them quirks-mode case-insensitive, which css-select reads as case-sensitive)', () => {
    expect(compiledSelector('#artibody').parts[0]!.key).toEqual({ by: 'id', name: 'artibody' });
    expect(compiledSelector('div.article').parts[0]!.key).toEqual({ by: 'class', name: 'article' });
    expect(compiledSelector('[class~=article i]').parts[0]!.key).toEqual({ by: 'all' });
    expect(compiledSelector('[id=A i]').parts[0]!.key).toEqual({ by: 'all' });
    // A class list split by any whitespace, as css-select reads it (NBSP, U+3000 included).
    const { doc, index } = page('<body><p class="a\u00a0b">1</p><p class="c\u3000a">2</p><p class="A">3</p><p id="I">4</p></body>');
    for (const sel of ['.a', '.b', '.c', '.A', '#I', '#i', '[id=i i]', '[class~=a i]', 'p.a, #I']) {
      expect(index.select(sel), sel).toEqual(select(sel, doc));
    }
  });

  test('a class filed once per element even when written twice; ids and classes are case-sensitive, tags are not', () => {
    const { index } = page('<body><p class="x x">1</p><P ID="Y" class="X">2</P></body>');
    expect(index.select('.x')).toHaveLength(1);
    expect(index.select('.X')).toHaveLength(1);
    expect(index.select('#Y')).toHaveLength(1);
    expect(index.select('#y')).toHaveLength(0);
    expect(index.select('P')).toHaveLength(2);
  });
});

describe('compiled selectors', () => {
  test('compiled once: the same object for the same selector', () => {
    expect(compiledSelector(EDITOR_BOX)).toBe(compiledSelector(EDITOR_BOX));
    expect(compiledSelector('div p').traverses).toBe(true);
    expect(compiledSelector(BODY_DROP_SELECTOR).traverses).toBe(false);
  });

  test('a selector list tested part by part (by tag, id and class) answers what css-select compiles, on every element of every fixture', () => {
    const lists = [...declared, ...more, BODY_DROP_SELECTOR, `${VIDEO_MARKERS.selector}, .sc-video`, 'p.a, #b, .c.d, [hidden], div#x.y, a[href]'];
    let elements = 0;
    for (const f of inputs) {
      const ctx = makeCtx();
      const doc = parseHtml(splitFrontMatter(readFixture(f)).body, ctx);
      const all = findAll(doc, ctx.deadline, () => true);
      elements += all.length;
      for (const sel of lists) {
        const fast = compiledSelector(sel).test;
        const ref = referenceTest(sel);
        const differ = all.filter((el) => fast(el) !== ref(el));
        expect(differ.map((el) => `<${el.name} ${JSON.stringify(el.attribs)}>`), `${f.id}: ${sel}`).toEqual([]);
      }
    }
    expect(elements).toBeGreaterThan(10_000);
  });

  test('selectIn, selectUnder and firstUnder agree with a selector pass under an element', () => {
    for (const f of inputs) {
      const { index, ctx } = page(readFixture(f));
      const body = index.first('body');
      if (!body) continue;
      for (const sel of [BODY_DROP_SELECTOR, 'img', '.source, a, span[data-sudaclick]', 'span[id*="stock_"], a[href]']) {
        const want = select(sel, body) as Element[];
        expect(selectIn(body, sel), sel).toEqual(want);
        expect(selectUnder(body, sel, ctx.deadline), sel).toEqual(want);
        expect(firstUnder(body, sel, ctx.deadline), sel).toBe(want[0] ?? null);
      }
    }
  });

  test('textContent is the DOM textContent (script text kept, comments left out), at any depth', () => {
    const ctx = makeCtx();
    const doc = parseHtml('<body><div id="d">a<!--x--><b>b<i>c</i></b><script>s</script></div></body>', ctx);
    expect(textContent(new PageIndex(doc, ctx.deadline).first('#d'))).toBe('abcs');
    let deep = 'end';
    for (let i = 0; i < 400; i++) deep = `<span>${deep}</span>`;
    const deepDoc = parseHtml(`<div id="d">${deep}</div>`, ctx);
    expect(textContent(new PageIndex(deepDoc, ctx.deadline).first('#d'))).toBe('end');
    expect(textContent(null)).toBe('');
  });
});

describe('templates read what they declare', () => {
  test('each Sina page family has a template that declares its reads, in the order the engine asks', async () => {
    const { TEMPLATES } = await import('../src/templates');
    const { PAGE_FAMILIES } = await import('../src/ext/page-parts');
    const declaring = TEMPLATES.filter((t) => t.reads);
    expect(declaring.map((t) => t.reads)).toEqual([...PAGE_FAMILY_READS]);
    expect(declaring.map((t) => t.id)).toEqual(PAGE_FAMILY_READS.map((f) => f.template));
    // The extension's digest keeps exactly the declared selectors.
    expect(PAGE_FAMILIES.map((f) => [f.template, f.title, f.body])).toEqual(PAGE_FAMILY_READS.map((f) => [f.template, f.title.join(', '), f.body.join(', ')]));
  });
});
