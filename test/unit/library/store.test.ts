import { afterEach, describe, expect, test, vi } from 'vitest';
import { canonicalUrl, entryKey, summarize } from '../../../src/library/entry';
import { CHANGE_CHANNEL, LibraryError } from '../../../src/library/store';
import { article, closeAll, freshLibrary, quotaOnPut } from './helpers';

afterEach(() => {
  closeAll();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const T1 = new Date('2026-01-02T03:04:05Z');
const T2 = new Date('2026-02-03T04:05:06Z');

describe('entry identity', () => {
  test('canonical URL: https on Sina hosts, no query or fragment there; others keep their query', () => {
    expect(canonicalUrl('http://finance.sina.com.cn/a/doc-x.shtml?cre=tianyi&mod=wnews#p2')).toBe('https://finance.sina.com.cn/a/doc-x.shtml');
    expect(canonicalUrl('HTTPS://K.SINA.COM.CN/article_1_2.html')).toBe('https://k.sina.com.cn/article_1_2.html');
    expect(canonicalUrl('http://example.com/a?id=3#x')).toBe('http://example.com/a?id=3');
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalUrl('not a url')).toBeNull();
    expect(canonicalUrl(null)).toBeNull();
  });

  test('key: docId, else canonical URL (article, then page), else time and title', () => {
    expect(entryKey(article())).toBe('doc:ikqcfncc4769311');
    expect(entryKey(article({ docId: null, url: 'http://finance.sina.com.cn/a/b.shtml?x=1' }))).toBe('url:https://finance.sina.com.cn/a/b.shtml');
    expect(entryKey(article({ docId: null, url: null }), 'https://finance.sina.com.cn/c.shtml#top')).toBe('url:https://finance.sina.com.cn/c.shtml');
    expect(entryKey(article({ docId: null, url: null, publishedAt: null, title: '标题' }))).toBe('t:|标题');
  });
});

describe('saving', () => {
  test('the same article saved twice is one entry: unchanged, then updated in place with its first save time', async () => {
    const lib = await freshLibrary();
    expect(await lib.save(article(), 'https://finance.sina.com.cn/x.shtml', T1)).toEqual({ key: 'doc:ikqcfncc4769311', status: 'added' });
    expect((await lib.save(article(), 'https://finance.sina.com.cn/x.shtml', T2)).status).toBe('unchanged');
    const changed = article({ title: '贵州茅台半年报（更新）' });
    expect((await lib.save(changed, 'https://finance.sina.com.cn/x.shtml', T2)).status).toBe('updated');
    expect(await lib.count()).toBe(1);
    const e = (await lib.get('doc:ikqcfncc4769311'))!;
    expect(e.article).toEqual(changed);
    expect(e.savedAt).toBe(T1.toISOString());
    expect(e.updatedAt).toBe(T2.toISOString());
    expect(e.pageUrl).toBe('https://finance.sina.com.cn/x.shtml');
    const [s] = await lib.summaries();
    expect(s).toEqual(summarize(e));
    expect(s!.title).toBe('贵州茅台半年报（更新）');
  });

  test('without a docId, the same page under another spelling of its URL is one entry', async () => {
    const lib = await freshLibrary();
    const a = article({ docId: null, url: 'http://finance.sina.com.cn/roll/2021-08-24/a.shtml?cre=tianyi#p' });
    const b = article({ docId: null, url: 'https://finance.sina.com.cn/roll/2021-08-24/a.shtml', title: '新标题' });
    expect((await lib.save(a, null, T1)).status).toBe('added');
    expect(await lib.save(b, null, T2)).toEqual({ key: 'url:https://finance.sina.com.cn/roll/2021-08-24/a.shtml', status: 'updated' });
    expect(await lib.count()).toBe(1);
  });

  test('saved first without a docId, then with one: the entry moves to its docId, first save time kept', async () => {
    const lib = await freshLibrary();
    const url = 'https://finance.sina.com.cn/roll/2021-08-24/doc-ikqcfncc4769311.shtml';
    await lib.save(article({ docId: null, url }), null, T1);
    const r = await lib.save(article({ url }), null, T2);
    expect(r).toEqual({ key: 'doc:ikqcfncc4769311', status: 'updated' });
    expect(await lib.count()).toBe(1);
    expect((await lib.summaries()).map((s) => s.key)).toEqual(['doc:ikqcfncc4769311']);
    expect((await lib.get('doc:ikqcfncc4769311'))!.savedAt).toBe(T1.toISOString());
    // And the other way round: saved with a docId, later without one, same page: still one entry.
    expect((await lib.save(article({ docId: null, url, title: '无 docId 的版本' }), null, T2)).key).toBe('doc:ikqcfncc4769311');
    expect(await lib.count()).toBe(1);
  });

  test('two different docIds are two entries even at one URL', async () => {
    const lib = await freshLibrary();
    const url = 'https://finance.sina.com.cn/roll/same.shtml';
    await lib.save(article({ docId: 'iaaaa1', url }));
    await lib.save(article({ docId: 'ibbbb2', url }));
    expect(await lib.count()).toBe(2);
  });

  test('articles with neither docId nor URL (seed posts) are keyed by time and title; the page URL counts when given', async () => {
    const lib = await freshLibrary();
    const seed = article({ docId: null, url: null });
    expect((await lib.save(seed)).status).toBe('added');
    expect((await lib.save(seed)).status).toBe('unchanged');
    expect((await lib.save(article({ docId: null, url: null, title: '另一篇' }))).status).toBe('added');
    const fromPage = await lib.save(article({ docId: null, url: null, title: '第三篇' }), 'http://finance.sina.com.cn/p.shtml?from=wap');
    expect(fromPage.key).toBe('url:https://finance.sina.com.cn/p.shtml');
    expect(await lib.count()).toBe(3);
  });

  test('find: the entry an article would be saved as', async () => {
    const lib = await freshLibrary();
    expect(await lib.find(article())).toBeUndefined();
    await lib.save(article());
    expect((await lib.find(article({ title: 'x' })))!.key).toBe('doc:ikqcfncc4769311');
    expect((await lib.find(article({ docId: null })))!.key).toBe('doc:ikqcfncc4769311');
  });

  test('delete removes entries and summaries, counts only what existed; getMany keeps the order asked', async () => {
    const lib = await freshLibrary();
    await lib.saveMany([article({ docId: 'i1' }), article({ docId: 'i2' }), article({ docId: 'i3' })].map((a) => ({ article: a })));
    expect((await lib.getMany(['doc:i3', 'doc:nope', 'doc:i1'])).map((e) => e.key)).toEqual(['doc:i3', 'doc:i1']);
    expect(await lib.delete(['doc:i1', 'doc:i3', 'doc:nope'])).toBe(2);
    expect((await lib.summaries()).map((s) => s.key)).toEqual(['doc:i2']);
    expect(await lib.count()).toBe(1);
  });

  test('a batch reports added, updated and unchanged', async () => {
    const lib = await freshLibrary();
    await lib.saveMany([{ article: article({ docId: 'i1' }) }, { article: article({ docId: 'i2' }) }]);
    const { counts } = await lib.saveMany([
      { article: article({ docId: 'i1' }) },
      { article: article({ docId: 'i2', title: '改' }) },
      { article: article({ docId: 'i3' }) },
    ]);
    expect(counts).toEqual({ added: 1, updated: 1, unchanged: 1 });
  });

  test('other pages are told after a write (BroadcastChannel)', async () => {
    const lib = await freshLibrary();
    const other = new BroadcastChannel(CHANGE_CHANNEL);
    const got = new Promise((resolve) => (other.onmessage = (e) => resolve((e as MessageEvent).data)));
    await lib.save(article());
    await expect(got).resolves.toEqual({ type: 'changed' });
    other.close();
  });
});

describe('quota and failures: nothing half-saved', () => {
  test('quota reached in the middle of a batch: LibraryError("quota") and the library exactly as before', async () => {
    const lib = await freshLibrary();
    await lib.saveMany([{ article: article({ docId: 'i1' }) }, { article: article({ docId: 'i2' }) }]);
    const before = { entries: await lib.getMany(['doc:i1', 'doc:i2']), summaries: await lib.summaries() };
    // Each article is two puts (entry, summary): the 5th put is the third article's entry.
    const restore = quotaOnPut(5);
    try {
      const err = await lib
        .saveMany([
          { article: article({ docId: 'i1', title: '改一' }) },
          { article: article({ docId: 'i2', title: '改二' }) },
          { article: article({ docId: 'i3' }) },
        ])
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LibraryError);
      expect((err as LibraryError).reason).toBe('quota');
      expect((err as LibraryError).message).toMatch(/quota.*nothing of it was saved/);
    } finally {
      restore();
    }
    expect(await lib.count()).toBe(2);
    expect(await lib.getMany(['doc:i1', 'doc:i2'])).toEqual(before.entries);
    expect(await lib.summaries()).toEqual(before.summaries);
    expect(await lib.get('doc:i3')).toBeUndefined();
    // The library still works afterwards.
    expect((await lib.save(article({ docId: 'i3' }))).status).toBe('added');
  });

  test('a single save over quota is refused whole (no entry without its summary)', async () => {
    const lib = await freshLibrary();
    const restore = quotaOnPut(2); // the entry is written, its summary is not
    try {
      await expect(lib.save(article())).rejects.toMatchObject({ name: 'LibraryError', reason: 'quota' });
    } finally {
      restore();
    }
    expect(await lib.count()).toBe(0);
    expect(await lib.summaries()).toEqual([]);
  });

  test('a transaction aborted under the batch (any cause) keeps nothing of it', async () => {
    const lib = await freshLibrary();
    await lib.save(article({ docId: 'i1' }));
    const proto = IDBObjectStore.prototype;
    const original = proto.put;
    let calls = 0;
    proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      const req = original.apply(this, args);
      if (++calls === 3) this.transaction.abort();
      return req;
    };
    try {
      await expect(lib.saveMany([{ article: article({ docId: 'i2' }) }, { article: article({ docId: 'i3' }) }])).rejects.toMatchObject({
        reason: 'failed',
      });
    } finally {
      proto.put = original;
    }
    expect((await lib.summaries()).map((s) => s.key)).toEqual(['doc:i1']);
  });
});

describe('usage', () => {
  test('storage estimate when the browser gives one, with the entry count', async () => {
    const lib = await freshLibrary();
    await lib.save(article());
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 1234, quota: 10_000 }) } });
    expect(await lib.usage()).toEqual({ entries: 1, usage: 1234, quota: 10_000 });
    vi.stubGlobal('navigator', { storage: { estimate: async () => Promise.reject(new Error('no')) } });
    expect(await lib.usage()).toEqual({ entries: 1, usage: null, quota: null });
    vi.stubGlobal('navigator', {});
    expect(await lib.usage()).toEqual({ entries: 1, usage: null, quota: null });
  });
});
