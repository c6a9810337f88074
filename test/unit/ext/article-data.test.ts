import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/engine/extract';
import { libraryViaBackground } from '../../../src/ext/library-client';
import { articleData, type BackgroundMessage } from '../../../src/ext/messages';

// Firefox's extension messaging copies only data properties: an Article with its Markdown as an
// accessor (written when first read) would arrive without it, and 文库 would refuse to save it.
const html = readFileSync(new URL('../../../fixtures/seed-format/2021-09-28_49cb2a6a.md', import.meta.url), 'utf8');

const isData = (o: object, key: string) => {
  const d = Object.getOwnPropertyDescriptor(o, key);
  return !!d && 'value' in d && !d.get;
};

describe('an Article in a message is plain data', () => {
  it('articleData copies the Markdown as a data property, with the same keys in the same order', () => {
    const a = extract(html);
    const copy = articleData(a);
    expect(isData(copy, 'markdown')).toBe(true);
    expect(copy.markdown).toBe(a.markdown);
    expect(Object.keys(copy)).toEqual(Object.keys(a));
    expect(JSON.stringify(copy)).toBe(JSON.stringify(a));
  });

  it('the library client sends plain data: the save an Article, the status only what finds it', async () => {
    const sent: BackgroundMessage[] = [];
    const lib = libraryViaBackground(async (m) => {
      sent.push(m);
      return { ok: true, saved: true };
    });
    const a = extract(html);
    await lib.status(a, null);
    await lib.save(a, null);
    expect(sent.map((m) => m.type)).toEqual(['sina-clean:library-status', 'sina-clean:library-save']);
    expect(sent[0]).toEqual({ type: 'sina-clean:library-status', ref: { docId: a.docId, url: a.url, title: a.title, publishedAt: a.publishedAt }, pageUrl: null });
    const article = (sent[1] as { article: object }).article;
    for (const k of Object.keys(article)) expect(isData(article, k), k).toBe(true);
  });
});
