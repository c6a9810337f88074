import { afterEach, describe, expect, test } from 'vitest';
import { asLibraryMessage, handleLibraryMessage } from '../../../src/library/messages';
import { articleRef, isSavedReply, saveOutcomeOf } from '../../../src/library/protocol';
import { article, closeAll, freshLibrary, quotaOnPut } from './helpers';

afterEach(() => closeAll());

describe('background messages', () => {
  test('save validates the Article, stores it with its page URL, and status finds it again', async () => {
    const lib = await freshLibrary();
    const open = async () => lib;
    const pageUrl = 'https://finance.sina.com.cn/stock/relnews/2021-08-24/doc-ikqcfncc4769311.shtml?from=wap';
    expect(await handleLibraryMessage({ type: 'sina-clean:library-status', ref: articleRef(article()), pageUrl }, open)).toEqual({ ok: true, saved: false });
    const r = await handleLibraryMessage({ type: 'sina-clean:library-save', article: article(), pageUrl }, open);
    expect(r).toMatchObject({ ok: true, saved: true, key: 'doc:ikqcfncc4769311', status: 'added' });
    expect((await lib.get('doc:ikqcfncc4769311'))!.pageUrl).toBe(pageUrl);
    const again = await handleLibraryMessage({ type: 'sina-clean:library-save', article: article(), pageUrl }, open);
    expect(again).toMatchObject({ ok: true, status: 'unchanged' });
    expect(await handleLibraryMessage({ type: 'sina-clean:library-status', ref: articleRef(article()), pageUrl }, open)).toMatchObject({ ok: true, saved: true });
    // Found by its URL too when the reference has no docId (an entry saved without one is found the same way).
    const byUrl = { ...articleRef(article()), docId: null };
    expect(await handleLibraryMessage({ type: 'sina-clean:library-status', ref: byUrl, pageUrl: null }, open)).toMatchObject({ ok: true, saved: true });
    expect(await handleLibraryMessage({ type: 'sina-clean:library-status', ref: null, pageUrl }, open)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  test('not an Article: refused, nothing stored; a page URL that is not http(s) is not kept', async () => {
    const lib = await freshLibrary();
    const open = async () => lib;
    const r = await handleLibraryMessage({ type: 'sina-clean:library-save', article: { ...article(), blocks: 'x' }, pageUrl: null }, open);
    expect(r).toEqual({ ok: false, reason: 'invalid', message: 'not an Article: blocks: expected a list' });
    expect(await lib.count()).toBe(0);
    await handleLibraryMessage({ type: 'sina-clean:library-save', article: article(), pageUrl: 'javascript:alert(1)' }, open);
    expect((await lib.get('doc:ikqcfncc4769311'))!.pageUrl).toBe(article().url);
  });

  test('quota: the reply says so', async () => {
    const lib = await freshLibrary();
    const restore = quotaOnPut(1);
    try {
      expect(await handleLibraryMessage({ type: 'sina-clean:library-save', article: article(), pageUrl: null }, async () => lib)).toMatchObject({ ok: false, reason: 'quota' });
    } finally {
      restore();
    }
  });

  test('the messages as they arrive: only the two library types, the page URL a string or null', () => {
    expect(asLibraryMessage({ type: 'sina-clean:library-save', article: 1, pageUrl: 'https://finance.sina.com.cn/x' })).toEqual({
      type: 'sina-clean:library-save',
      article: 1,
      pageUrl: 'https://finance.sina.com.cn/x',
    });
    expect(asLibraryMessage({ type: 'sina-clean:library-status', article: 1, pageUrl: 7 })).toEqual({ type: 'sina-clean:library-status', ref: null, pageUrl: null });
    const ref = { docId: null, url: 'https://finance.sina.com.cn/x', title: 't', publishedAt: '2021-08-24T10:00:00+08:00' };
    expect(asLibraryMessage({ type: 'sina-clean:library-status', ref: { ...ref, text: 'x'.repeat(9) }, pageUrl: null })).toEqual({ type: 'sina-clean:library-status', ref, pageUrl: null });
    for (const bad of [{ ...ref, title: 1 }, { ...ref, docId: undefined }, 'ref']) expect(asLibraryMessage({ type: 'sina-clean:library-status', ref: bad, pageUrl: null })).toEqual({ type: 'sina-clean:library-status', ref: null, pageUrl: null });
    for (const m of [null, 'sina-clean:library-save', { type: 'sina-clean:state' }, { type: 'sina-clean:library-delete', article: 1 }]) expect(asLibraryMessage(m)).toBeNull();
  });

  test('a reply as the 保存 button reads it', () => {
    expect(saveOutcomeOf({ ok: true, saved: true, key: 'doc:x', status: 'updated' })).toEqual({ ok: true, status: 'updated' });
    expect(saveOutcomeOf({ ok: false, reason: 'quota', message: 'full' })).toEqual({ ok: false, reason: 'quota', message: 'full' });
    expect(saveOutcomeOf({ ok: false, reason: 'invalid', message: 'not an Article' })).toEqual({ ok: false, reason: 'failed', message: 'not an Article' });
    expect(saveOutcomeOf(undefined)).toMatchObject({ ok: false, reason: 'failed' });
    // A status reply (saved, but no save status) is not a save.
    expect(saveOutcomeOf({ ok: true, saved: true, key: 'doc:x' })).toMatchObject({ ok: false });
    expect([isSavedReply({ ok: true, saved: true }), isSavedReply({ ok: true, saved: false }), isSavedReply(undefined)]).toEqual([true, false, false]);
  });
});

describe('library page address', () => {
  test('plain, or opened on a stock or a search (query-string encoded)', async () => {
    const { libraryPagePath } = await import('../../../src/library/path');
    expect(libraryPagePath()).toBe('/library.html');
    expect(libraryPagePath({ stock: '贵州茅台' })).toBe('/library.html?stock=%E8%B4%B5%E5%B7%9E%E8%8C%85%E5%8F%B0');
    expect(libraryPagePath({ stock: 'sh600519', q: 'a&b' })).toBe('/library.html?stock=sh600519&q=a%26b');
  });
});
