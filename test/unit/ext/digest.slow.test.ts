/**
 * The digest's bound on the article parts: three documents of a million nodes each in jsdom (about
 * 9 s alone), so it runs in `npm test` and CI, not in `npm run test:quick`.
 */
import { describe, expect, test, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { MAX_NODES } from '../../../src/ext/engine-shims/cheerio-dom';
import { pageDigest, pageTree } from '../../../src/ext/reader/digest';

describe('digest: the bound on the article parts', () => {
  test('a page with more elements in its article parts than the engine\'s copy takes is refused before it is serialised', () => {
    const page = (n: number) =>
      new JSDOM(`<h1 class="main-title">标题</h1><div class="article" id="artibody"><p>第一段。</p><p>${'字<br>'.repeat(n)}</p></div>`).window.document;
    const doc = page(MAX_NODES);
    const serialise = vi.spyOn(doc.defaultView!.Element.prototype, 'outerHTML', 'get');
    expect(() => pageDigest(doc)).toThrow(expect.objectContaining({ name: 'ExtractError', reason: 'too-large' }));
    // The copy straight into the engine's tree counts first too.
    expect(() => pageTree(doc)).toThrow(expect.objectContaining({ name: 'ExtractError', reason: 'too-large' }));
    expect(serialise).not.toHaveBeenCalled();
    // Just within the bound (the article div, two paragraphs and the line breaks): read as usual.
    expect(pageDigest(page(MAX_NODES - 4)).kind).toBe('parts');
    // Read whole (no 2017+ body): the whole document is counted.
    const table = new JSDOM(`<table><tr><td>${'<span>字</span>'.repeat(MAX_NODES)}</td></tr></table>`).window.document;
    expect(() => pageDigest(table)).toThrow(expect.objectContaining({ reason: 'too-large' }));
    expect(() => pageTree(table)).toThrow(expect.objectContaining({ reason: 'too-large' }));
    // Three documents of a million nodes each in jsdom: about 9 s alone, several times that on a busy machine.
  }, 180_000);
});
