/**
 * The parser answers the questions the engine asks before reading a page (plain text or markup,
 * document or fragment, how many start tags) and enforces the element and attribute bounds itself,
 * with no separate tokenizer pass: the answers equal the htmlparser2 scan's on every fixture and on
 * hand-made edge cases, and the bounds refuse what the scan refused.
 */
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../../src/article';
import { makeCtx } from '../../../src/engine/context';
import { extract } from '../../../src/engine/extract';
import { parseHtml, splitFrontMatter } from '../../../src/engine/parse';
import { scan, scanOf } from '../../../src/engine/scan';
import { loadCorpus, readFixture } from '../../support/corpus';

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
  it('on every fixture (the start-tag count within 5 %)', () => {
    for (const f of loadCorpus()) {
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
