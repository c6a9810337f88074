import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { queryTerms, SearchIndex } from '../src/library/search';
import { BigramIndex, generateLibrary, loadGoldens, prng } from './library-gen';

const goldens = loadGoldens(join(import.meta.dirname, '..', 'fixtures'));

describe('文库 benchmark library', () => {
  test('generated from the goldens, the same on every run, every field an Article has', () => {
    const a = generateLibrary(goldens, 50);
    const b = generateLibrary(goldens, 50);
    expect(a.entries).toEqual(b.entries);
    expect(new Set(a.entries.map((e) => e.key)).size).toBe(50);
    expect(a.textChars / 50).toBeGreaterThan(1000);
    expect(a.entries.some((e) => e.article.stocks.length > 0)).toBe(true);
    expect(generateLibrary(goldens, 50, 7).entries).not.toEqual(a.entries);
    expect(prng(1)()).toBe(prng(1)());
  });

  test('the bigram index it is compared with finds exactly what the library search finds', () => {
    const lib = generateLibrary(goldens, 300);
    const index = new SearchIndex(lib.summaries);
    const bigram = new BigramIndex(lib.summaries.map((s) => s.hay));
    const order = new Map(lib.summaries.map((s, i) => [s.key, i]));
    for (const q of ['公司', '的', '金融科技', '的的的', 'IPHONE', '银行 增长', '"a b"', '锂', '三季度营收']) {
      const want = index.search({ text: q }).map((s) => order.get(s.key)!).sort((x, y) => x - y);
      expect(bigram.search(queryTerms(q)), q).toEqual(want);
      if (q === '公司' || q === '的') expect(want.length, q).toBeGreaterThan(0);
    }
  });
});
