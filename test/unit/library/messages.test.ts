import { afterEach, describe, expect, test } from 'vitest';
import { handleLibraryMessage } from '../../../src/library/messages';
import { article, closeAll, freshLibrary, quotaOnPut } from './helpers';

afterEach(() => closeAll());

describe('background messages', () => {
  test('save validates the Article, stores it with its page URL, and status finds it again', async () => {
    const lib = await freshLibrary();
    const open = async () => lib;
    const pageUrl = 'https://finance.sina.com.cn/stock/relnews/2021-08-24/doc-ikqcfncc4769311.shtml?from=wap';
    expect(await handleLibraryMessage({ type: 'sina-clean:library-status', article: article(), pageUrl }, open)).toEqual({ ok: true, saved: false });
    const r = await handleLibraryMessage({ type: 'sina-clean:library-save', article: article(), pageUrl }, open);
    expect(r).toMatchObject({ ok: true, saved: true, key: 'doc:ikqcfncc4769311', status: 'added' });
    expect((await lib.get('doc:ikqcfncc4769311'))!.pageUrl).toBe(pageUrl);
    const again = await handleLibraryMessage({ type: 'sina-clean:library-save', article: article(), pageUrl }, open);
    expect(again).toMatchObject({ ok: true, status: 'unchanged' });
    expect(await handleLibraryMessage({ type: 'sina-clean:library-status', article: article(), pageUrl }, open)).toMatchObject({ ok: true, saved: true });
  });

  test('not an Article: refused, nothing stored; a page URL that is not http(s) is not kept', async () => {
    const lib = await freshLibrary();
    const open = async () => lib;
    const r = await handleLibraryMessage({ type: 'sina-clean:library-save', article: { ...article(), blocks: 'x' } }, open);
    expect(r).toEqual({ ok: false, reason: 'invalid', message: 'not an Article: blocks: expected a list' });
    expect(await lib.count()).toBe(0);
    await handleLibraryMessage({ type: 'sina-clean:library-save', article: article(), pageUrl: 'javascript:alert(1)' }, open);
    expect((await lib.get('doc:ikqcfncc4769311'))!.pageUrl).toBe(article().url);
  });

  test('quota: the reply says so', async () => {
    const lib = await freshLibrary();
    const restore = quotaOnPut(1);
    try {
      expect(await handleLibraryMessage({ type: 'sina-clean:library-save', article: article() }, async () => lib)).toMatchObject({ ok: false, reason: 'quota' });
    } finally {
      restore();
    }
  });

  test('other messages are left to other handlers', () => {
    expect(handleLibraryMessage({ type: 'sina-clean:state' })).toBeUndefined();
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
