import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CONTENT_MATCHES, isArticleUrl, isSinaHost, quoteUrl, safeHttpUrl } from '../../../src/ext/urls';
import { MatchPattern } from 'wxt/utils/match-patterns';

const fixtureUrls = readFileSync(new URL('../../../fixtures/pages/MANIFEST.tsv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t')[4]!);

const ARTICLES = [
  'https://finance.sina.com.cn/stock/2021-08-24/doc-ikqcfncc4769311.shtml',
  'https://news.sina.com.cn/c/2018-09-28/doc-ifxeuwwr9250746.shtml?cre=tianyi',
  'http://finance.sina.com.cn/money/forex/forexroll/2016-05-25/doc-ifxsktkp9337164.shtml',
  'https://tech.sina.com.cn/i/2024-01-02/doc-inaabcde1234567.shtml',
  'http://k.sina.com.cn/article_6598441619_1894c3a9300100elpc.html',
  'http://t.cj.sina.com.cn/articles/view/6479293414/182322be600100i6z0?cre=tianyi&mod=wnews',
  'https://finance.sina.cn/sa/2005-08-26/detail-ikknscsi2623250.d.html',
  'http://news.sina.cn/gn/2019-09-12/detail-iicezueu5243925.d.html',
  'https://finance.sina.com.cn/roll/2005-03-21/244339.shtml',
  'http://chanye.finance.sina.com.cn/sm/2005-03-21/244339.shtml',
];
const NOT_ARTICLES = [
  'https://finance.sina.com.cn/',
  'https://finance.sina.com.cn/stock/',
  'https://news.sina.com.cn/china/',
  'https://k.sina.com.cn/',
  'https://ent.sina.com.cn/y/2009-11-09/13482762951.shtml',
  'https://finance.sina.com.cn.evil.example/doc-ikqcfncc4769311.shtml',
  'javascript:alert(1)//finance.sina.com.cn/doc-a.shtml',
  'not a url',
  '',
];

describe('article URL recognition', () => {
  test.each(ARTICLES)('article: %s', (url) => {
    expect(isArticleUrl(url)).toBe(true);
    // Every URL the exact check accepts is also matched by a manifest pattern (the script gets injected).
    expect(CONTENT_MATCHES.some((p) => new MatchPattern(p).includes(url)), `manifest matches ${url}`).toBe(true);
  });
  test.each(NOT_ARTICLES)('not an article: %s', (url) => {
    expect(isArticleUrl(url)).toBe(false);
  });
  test('fixture pages on the served hosts are all recognised by URL', () => {
    const served = fixtureUrls.filter((u) => /^(\w+\.)?(finance|news|tech|k|t\.cj|cj)\.sina\.(com\.)?cn$/.test(new URL(u).hostname) && !/^(ent|book|bj\.house)\./.test(new URL(u).hostname));
    expect(served.length).toBeGreaterThan(18);
    for (const u of served) expect(isArticleUrl(u), u).toBe(true);
  });
  test('manifest patterns stay on Sina article hosts', () => {
    for (const p of CONTENT_MATCHES) expect(p).toMatch(/^\*:\/\/(\*\.finance|finance|news|tech|k|cj|t\.cj)\.sina\.(com\.)?cn\/.+/);
    expect(CONTENT_MATCHES.some((p) => new MatchPattern(p).includes('https://finance.sina.com.cn/'))).toBe(false);
  });
});

describe('URL hygiene', () => {
  test('only http(s) survives', () => {
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>1</script>')).toBeNull();
    expect(safeHttpUrl('vbscript:x')).toBeNull();
    expect(safeHttpUrl('//n.sinaimg.cn/a.jpg', 'https://finance.sina.com.cn/x.shtml')).toBe('https://n.sinaimg.cn/a.jpg');
    expect(safeHttpUrl('https://n.sinaimg.cn/a.jpg')).toBe('https://n.sinaimg.cn/a.jpg');
    expect(safeHttpUrl(null)).toBeNull();
  });
  test('Sina hosts', () => {
    expect(isSinaHost('n.sinaimg.cn')).toBe(true);
    expect(isSinaHost('finance.sina.com.cn')).toBe(true);
    expect(isSinaHost('evil-sina.com.cn')).toBe(false);
    expect(isSinaHost('sina.com.cn.evil.example')).toBe(false);
  });
  test('quote pages per market', () => {
    expect(quoteUrl('sz002024')).toBe('https://finance.sina.com.cn/realstock/company/sz002024/nc.shtml');
    expect(quoteUrl('sh600519')).toBe('https://finance.sina.com.cn/realstock/company/sh600519/nc.shtml');
    expect(quoteUrl('hk00700')).toBe('https://stock.finance.sina.com.cn/hkstock/quotes/00700.html');
    expect(quoteUrl('usAAPL')).toBe('https://stock.finance.sina.com.cn/usstock/quotes/aapl.html');
    expect(quoteUrl('of161725')).toBe('https://finance.sina.com.cn/fund/quotes/161725/bc.shtml');
    expect(quoteUrl('javascript:alert(1)')).toBeNull();
  });
});
