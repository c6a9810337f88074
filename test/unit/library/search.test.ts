import { describe, expect, test } from 'vitest';
import type { Article } from '../../../src/article';
import { fold, summarize, type EntrySummary } from '../../../src/library/entry';
import { queryTerms, SearchIndex } from '../../../src/library/search';
import { article } from './helpers';

let n = 0;
function entry(over: Partial<Article>, savedAt = '2026-01-01T00:00:00.000Z'): EntrySummary {
  const a = article({ docId: `i${++n}`, ...over });
  return summarize({ key: `doc:${a.docId}`, article: a, pageUrl: a.url, url: a.url, savedAt, updatedAt: savedAt });
}

const maotai = entry({
  title: '贵州茅台半年报：营收增长一成',
  text: '贵州茅台8月24日晚间披露半年报。白酒行业整体回暖。',
  stocks: [{ code: 'sh600519', name: '贵州茅台' }],
  source: '新京报',
  authors: ['张三'],
  editor: '王五',
  publishedAt: '2021-08-24T15:57:27+08:00',
});
const banks = entry({
  title: '银行股集体走强',
  text: '工商银行、农业银行午后拉升。ＳＴＯＣＫ Ｃｏｎｎｅｃｔ 北向资金流入。',
  stocks: [
    { code: 'sh601398', name: '工商银行' },
    { code: 'sh601288', name: '农业银行' },
  ],
  source: '21世纪经济报道',
  authors: ['李愿'],
  editor: '李墨轩',
  publishedAt: '2022-01-13T19:17:44+08:00',
});
const liquor = entry({
  title: '白酒板块：茅台五粮液领涨',
  text: '白酒板块今日走强，茅台涨3%。',
  stocks: [
    { code: 'sh600519', name: '茅台' },
    { code: 'sz000858', name: '五粮液' },
  ],
  source: '新京报',
  authors: [],
  editor: null,
  publishedAt: '2021-09-01T09:30:00+08:00',
});
const undated = entry({ title: '无时间的种子文章', text: '没有发布时间。', stocks: [], source: null, authors: [], editor: null, publishedAt: null }, '2025-06-01T00:00:00.000Z');

const index = new SearchIndex([maotai, banks, liquor, undated]);
const keys = (list: EntrySummary[]) => list.map((s) => s.key);

describe('full-text search', () => {
  test('Chinese substrings, no word splitting: 茅台 finds 贵州茅台 (title, text, stock)', () => {
    expect(keys(index.search({ text: '茅台' })).sort()).toEqual([maotai.key, liquor.key].sort());
    expect(keys(index.search({ text: '州茅' }))).toEqual([maotai.key]);
    expect(keys(index.search({ text: '回暖' }))).toEqual([maotai.key]);
  });

  test('each searchable field: title, text, source, authors, editor', () => {
    expect(keys(index.search({ text: '集体走强' }))).toEqual([banks.key]);
    expect(keys(index.search({ text: '北向资金' }))).toEqual([banks.key]);
    expect(keys(index.search({ text: '21世纪' }))).toEqual([banks.key]);
    expect(keys(index.search({ text: '李愿' }))).toEqual([banks.key]);
    expect(keys(index.search({ text: '李墨轩' }))).toEqual([banks.key]);
    expect(keys(index.search({ text: '王五' }))).toEqual([maotai.key]);
  });

  test('full-width and case folded alike on both sides; spaces in the text do not matter to a term', () => {
    expect(keys(index.search({ text: 'STOCK' }))).toEqual([banks.key]);
    expect(keys(index.search({ text: 'connect stock' }))).toEqual([banks.key]); // two terms, any order
    expect(keys(index.search({ text: '"stock connect"' }))).toEqual([banks.key]); // one phrase
    expect(keys(index.search({ text: '"connect stock"' }))).toEqual([]);
    expect(keys(index.search({ text: 'ＳＨ６０１３９８' }))).toEqual([banks.key]);
  });

  test('several terms must all match, in any field', () => {
    expect(keys(index.search({ text: '茅台 回暖' }))).toEqual([maotai.key]);
    expect(keys(index.search({ text: '茅台　新京报' })).sort()).toEqual([maotai.key, liquor.key].sort()); // ideographic space
    expect(keys(index.search({ text: '茅台 银行' }))).toEqual([]);
  });

  test('a match never spans two fields', () => {
    // title 银行股集体走强 is followed by its source 21世纪经济报道 on the next line of the hay.
    expect(keys(index.search({ text: '走强21' }))).toEqual([]);
  });

  test('query terms: quotes keep a phrase, blanks are no terms', () => {
    expect(queryTerms('  茅台   "Stock Connect"  ＡＢ ')).toEqual(['茅台', 'stock connect', 'ab']);
    expect(queryTerms('')).toEqual([]);
    expect(queryTerms('""')).toEqual([]);
  });

  test('fold: NFKC, lower case, zero-width characters dropped, white space collapsed', () => {
    expect(fold('贵州\u200b茅台 ＳＨ６００５１９\n\n  Ａ')).toBe('贵州茅台 sh600519 a');
  });
});

describe('filters', () => {
  test('stock by code (any case, with or without the market) and by name find the same entries', () => {
    const byCode = keys(index.search({ stock: 'sh600519' })).sort();
    expect(byCode).toEqual([maotai.key, liquor.key].sort());
    expect(keys(index.search({ stock: 'SH600519' })).sort()).toEqual(byCode);
    expect(keys(index.search({ stock: '600519' })).sort()).toEqual(byCode);
    expect(keys(index.search({ stock: '贵州茅台' })).sort()).toEqual(byCode);
    // the other name the library has for the same code
    expect(keys(index.search({ stock: '茅台' })).sort()).toEqual(byCode);
  });

  test('stock by part of a name when nothing matches exactly; an unknown stock finds nothing', () => {
    expect(keys(index.search({ stock: '银行' }))).toEqual([banks.key]);
    expect(index.resolveStock('银行')).toEqual(new Set(['sh601398', 'sh601288']));
    expect(index.search({ stock: 'sz000001' })).toEqual([]);
  });

  test('source, date range (inclusive, Beijing date as printed), and everything combined', () => {
    expect(keys(index.search({ source: '新京报' })).sort()).toEqual([maotai.key, liquor.key].sort());
    expect(keys(index.search({ from: '2021-08-24', to: '2021-08-24' }))).toEqual([maotai.key]);
    expect(keys(index.search({ from: '2021-08-25' }))).toEqual([banks.key, liquor.key]);
    expect(keys(index.search({ to: '2021-12-31' }))).toEqual([liquor.key, maotai.key]);
    // no publication time: outside any date range
    expect(keys(index.search({ from: '2000-01-01' }))).not.toContain(undated.key);
    expect(keys(index.search({ text: '白酒', stock: '贵州茅台', source: '新京报', from: '2021-09-01' }))).toEqual([liquor.key]);
  });
});

describe('order and tables', () => {
  test('newest first by publication time (save time when there is none), or by save time', () => {
    expect(keys(index.list())).toEqual([undated.key, banks.key, liquor.key, maotai.key]);
    const a = entry({ title: 'a', publishedAt: '2020-01-01T00:00:00+08:00' }, '2026-03-01T00:00:00.000Z');
    const b = entry({ title: 'b', publishedAt: '2024-01-01T00:00:00+08:00' }, '2026-02-01T00:00:00.000Z');
    const i = new SearchIndex([a, b]);
    expect(keys(i.list('published'))).toEqual([b.key, a.key]);
    expect(keys(i.list('saved'))).toEqual([a.key, b.key]);
    expect(keys(i.search({ sort: 'saved' }))).toEqual([a.key, b.key]);
  });

  test('stock view: each stock once with its entry count and most used name; sources with counts', () => {
    expect(index.stocks()).toEqual([
      { code: 'sh600519', name: '茅台', names: ['茅台', '贵州茅台'], count: 2 },
      { code: 'sh601288', name: '农业银行', names: ['农业银行'], count: 1 },
      { code: 'sh601398', name: '工商银行', names: ['工商银行'], count: 1 },
      { code: 'sz000858', name: '五粮液', names: ['五粮液'], count: 1 },
    ]);
    expect(index.sources()).toEqual([
      { source: '新京报', count: 2 },
      { source: '21世纪经济报道', count: 1 },
    ]);
  });

  test('set and delete keep the tables current', () => {
    const i = new SearchIndex([maotai]);
    expect(i.stocks().map((s) => s.code)).toEqual(['sh600519']);
    i.set(banks);
    expect(i.search({ stock: '工商银行' }).map((s) => s.key)).toEqual([banks.key]);
    i.delete(maotai.key);
    expect(i.stocks().map((s) => s.code)).toEqual(['sh601288', 'sh601398']);
    expect(i.list().map((s) => s.key)).toEqual([banks.key]);
  });
});
