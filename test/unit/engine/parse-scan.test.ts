/**
 * The parser answers the questions the engine asks before reading a page (plain text or markup,
 * document or fragment, how many start tags) and enforces the element and attribute bounds itself,
 * with no separate tokenizer pass: the answers equal the htmlparser2 scan's on every fixture and on
 * hand-made edge cases, and the bounds refuse what the scan refused. The fixture sweeps read one
 * fixture of each folder and template in `npm run test:quick` (test/support/sweep.ts).
 */
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../../src/article';
import { makeCtx } from '../../../src/engine/context';
import { extract } from '../../../src/engine/extract';
import { parseHtml, parseWithParse5, splitFrontMatter } from '../../../src/engine/parse';
import { scan, scanOf } from '../../../src/engine/scan';
import { loadCorpus, readFixture } from '../../support/corpus';
import { fixtureKind, sweep } from '../../support/sweep';
import { canonical } from './tree-diff';

const answers = (html: string) => {
  const ctx = makeCtx();
  const doc = parseHtml(html, ctx);
  const found = scanOf(doc, html, ctx);
  return { hasMarkup: found.hasMarkup, documentTags: found.documentTags, elements: found.elements };
};
const scanned = (html: string) => {
  const r = scan(html, makeCtx());
  return { hasMarkup: r.hasMarkup, documentTags: r.documentTags, elements: r.elements };
};

describe('the parse answers what the scan answered', () => {
  it.each([
    ['plain text', '新浪财经讯 这是一段没有任何标签的文字。'],
    ['a less-than sign in text', 'a < b and 3<4'],
    ['a paragraph', '<p>正文</p>'],
    ['only an end tag', '正文</p>'],
    ['only a comment', '正文<!-- 注释 -->'],
    ['only a doctype', '<!DOCTYPE html>正文'],
    ['a title', '<title>标题</title>正文'],
    ['an upper-case BODY', '<BODY><p>x</p></BODY>'],
    ['a head inside a div', '<div><head></head></div>'],
    ['a long tag name starting like a document tag', '<headline>x</headline><bodyx>y'],
    ['a processing instruction', '<?xml version="1.0"?>正文'],
  ])('%s', (_name, html) => {
    expect(answers(html)).toEqual(scanned(html));
  });

  // The start-tag count is the browser tokenizer's now: it differs from htmlparser2's where the two
  // read script text differently (a tag inside an escaped script is no tag to a browser).
  // Every fixture in `npm test`; one of each folder and template in `npm run test:quick` (test/support/sweep.ts).
  it('on every fixture (the start-tag count within 5 %)', () => {
    for (const f of sweep(loadCorpus(), fixtureKind)) {
      const { body } = splitFrontMatter(readFixture(f));
      const a = answers(body);
      const b = scanned(body);
      expect({ id: f.id, hasMarkup: a.hasMarkup, documentTags: a.documentTags }).toEqual({ id: f.id, hasMarkup: b.hasMarkup, documentTags: b.documentTags });
      expect(Math.abs(a.elements - b.elements)).toBeLessThanOrEqual(Math.ceil(b.elements / 20));
    }
  });
});

describe('bounds the parser enforces as it reads', () => {
  const flood = (n: number, name = (i: number) => `a${i}`) => `<p><span ${Array.from({ length: n }, (_, i) => `${name(i)}="v"`).join(' ')}>x</span></p>`;
  const refused = (html: string): ExtractError => {
    try {
      parseHtml(html, makeCtx());
    } catch (e) {
      if (e instanceof ExtractError) return e;
      throw e;
    }
    throw new Error('not refused');
  };

  it('513 attributes on one element: too-complex, naming the element and the limit', () => {
    const e = refused(flood(513));
    expect(e.reason).toBe('too-complex');
    expect(e.message).toBe('an element (<span>) has more than 512 attributes');
  });

  it('513 repetitions of one attribute name count as 513 (the tokenizer reads each)', () => {
    expect(refused(flood(513, () => 'x')).message).toBe('an element (<span>) has more than 512 attributes');
  });

  it('512 attributes, repeated names included, are within the cap', () => {
    expect(() => parseHtml(flood(512, () => 'x'), makeCtx())).not.toThrow();
    expect(() => parseHtml(flood(512), makeCtx())).not.toThrow();
  });

  it('attributes on end tags are not counted (the scan did not count them)', () => {
    const html = `<p>x</p ${Array.from({ length: 600 }, (_, i) => `a${i}`).join(' ')}>`;
    expect(() => parseHtml(html, makeCtx())).not.toThrow();
  });

  it('plain text is refused as not an article', () => {
    expect(() => extract('新浪财经讯 只有文字，没有标签。')).toThrow(expect.objectContaining({ reason: 'not-an-article', message: 'input is plain text, not an HTML page' }));
  });
});

describe('parse5 fed in pieces builds the tree it builds from one write', () => {
  const whole = (html: string) => canonical(parseWithParse5(html, makeCtx({ budgetMs: 600_000 }), Number.POSITIVE_INFINITY));
  const pieces = (html: string, piece: number) => canonical(parseWithParse5(html, makeCtx({ budgetMs: 600_000 }), piece));

  // Every fixture in `npm test`; one of each folder and template in `npm run test:quick` (test/support/sweep.ts).
  it('on every fixture, in pieces of 97 and 4,096 characters', () => {
    for (const f of sweep(loadCorpus(), fixtureKind)) {
      const html = splitFrontMatter(readFixture(f)).body;
      const expected = whole(html);
      for (const piece of [97, 4_096]) expect(pieces(html, piece), `${f.id} in pieces of ${piece}`).toBe(expected);
    }
  });

  // Long enough that parse5 drops what it has parsed (it keeps 64 K before that), cut at every kind of place.
  const long = '字'.repeat(70_000);
  it.each([
    ['a long text without whitespace', `<p>${long}</p><p>${long}${long}`],
    ['a long text between two whitespace runs', `<pre>\r\n${long} \n ${long}</pre>`],
    ['surrogate pairs across pieces', `<p>${'😀'.repeat(80_000)}</p>`],
    ['CR LF across pieces', `<p>${'a\r\n'.repeat(60_000)}</p>`],
    ['character references across pieces', `<p title="${'&amp;x'.repeat(30_000)}">${'&#20013;&notin;&amp'.repeat(20_000)}</p>`],
    ['a long comment, attribute and script', `<!--${long}--><p class="${long}"><script>${long}</script>${long}`],
    ['text in a table (foster parenting)', `<table>${long}<tr><td>${long}</td></tr>${long}</table>`],
    ['NUL characters', `<p>${'a\u0000'.repeat(70_000)}</p>`],
  ])('%s', (_name, html) => {
    const expected = whole(html);
    for (const piece of [1_000, 65_536, 100_003]) expect(pieces(html, piece)).toBe(expected);
  });

  it('looks at the budget between pieces: a long text ends in timeout, not after the whole text', () => {
    let checks = 0;
    const ctx = makeCtx();
    ctx.deadline.check = () => void checks++;
    parseWithParse5(`<p>${'字'.repeat(2_000_000)}</p>`, ctx, 100_000);
    // One look per piece (20 pieces) and the one at the end; read in one write, it was one look.
    expect(checks).toBeGreaterThanOrEqual(20);
  });
});
