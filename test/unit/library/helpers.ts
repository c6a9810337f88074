import 'fake-indexeddb/auto';
import type { Article } from '../../../src/article';
import { openLibrary, type Library } from '../../../src/library/store';
import type { Migration } from '../../../src/library/schema';

// Unique per load of this module: test files that share a thread (the quick config) share one
// fake-indexeddb, and a file that resets the module cache would otherwise start counting again.
const run = crypto.randomUUID().slice(0, 8);
let n = 0;
const open: Library[] = [];

/** A library in a database of its own (fake-indexeddb), closed by `closeAll`. */
export async function freshLibrary(migrations?: readonly Migration[], name = `test-library-${run}-${++n}`): Promise<Library> {
  const lib = await openLibrary({ name, migrations });
  open.push(lib);
  return lib;
}

export function uniqueName(): string {
  return `test-library-${run}-${++n}`;
}

export function closeAll(): void {
  for (const lib of open.splice(0)) lib.close();
}

/** A complete Article with overrides (the shape the engine returns, in the engine's key order). */
export function article(over: Partial<Article> = {}): Article {
  return {
    url: 'https://finance.sina.com.cn/stock/relnews/2021-08-24/doc-ikqcfncc4769311.shtml',
    docId: 'ikqcfncc4769311',
    template: 'pc-2017',
    kind: 'text',
    title: '贵州茅台半年报：营收增长一成',
    originalTitle: null,
    publishedAt: '2021-08-24T15:57:27+08:00',
    source: '新京报',
    authors: ['张三', '李四'],
    editor: '王五',
    keywords: ['半年报'],
    stocks: [{ code: 'sh600519', name: '贵州茅台' }],
    leadImage: null,
    images: [],
    blocks: [
      { type: 'paragraph', text: '贵州茅台8月24日晚间披露半年报，营收同比增长一成。' },
      { type: 'paragraph', text: '白酒行业整体回暖。' },
    ],
    text: '贵州茅台8月24日晚间披露半年报，营收同比增长一成。\n\n白酒行业整体回暖。',
    markdown: '# 贵州茅台半年报：营收增长一成\n\n贵州茅台8月24日晚间披露半年报，营收同比增长一成。\n\n白酒行业整体回暖。\n',
    wordCount: 34,
    readingMinutes: 1,
    ...over,
  };
}

/** Throws QuotaExceededError from IDBObjectStore.put on the n-th call from now on (1-based). */
export function quotaOnPut(nth: number): () => void {
  const proto = IDBObjectStore.prototype;
  const original = proto.put;
  let calls = 0;
  proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    calls += 1;
    if (calls >= nth) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return original.apply(this, args);
  };
  return () => {
    proto.put = original;
  };
}
