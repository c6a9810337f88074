import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import {
  ARTICLE_ORIGINS,
  ARTICLE_URLS,
  articleUrlShape,
  CONTENT_MATCHES,
  codeFromQuoteUrl,
  DOC_ID_SHAPES,
  docIdFromUrl,
  isArticleUrl,
  isPictureHost,
  isSinaHost,
  NOT_ARTICLE_URLS,
  PICTURE_HOSTS,
  QUOTE_PAGES,
  quoteUrl,
  SINA_DOMAINS,
} from '../../src/rules/hosts';
import { readManifestUrls } from './manifest-urls';

describe('hosts table: doc-id shapes (one test per example)', () => {
  for (const shape of DOC_ID_SHAPES) {
    for (const [url, id] of shape.examples) {
      it(`${shape.id}: ${url}`, () => {
        expect(url.match(shape.pattern)?.groups?.id).toBe(id);
        expect(docIdFromUrl(url)).toBe(id);
      });
    }
  }
  it('no doc id in a non-article URL', () => {
    expect(docIdFromUrl('https://finance.sina.com.cn/')).toBeNull();
    expect(docIdFromUrl(null)).toBeNull();
  });
});

describe('hosts table: Sina domains', () => {
  it.each(SINA_DOMAINS.suffixes.map((s) => [s]))('%s and its subdomains are Sina', (s) => {
    expect(isSinaHost(s)).toBe(true);
    expect(isSinaHost(`n.${s}`)).toBe(true);
  });
  it.each([['evil-sina.com.cn'], ['sina.com.cn.evil.com'], ['sinaimg.cn.example'], ['example.com']])('%s is not Sina', (h) => {
    expect(isSinaHost(h)).toBe(false);
  });
});

describe('hosts table: picture hosts (one test per example)', () => {
  it.each(PICTURE_HOSTS.examples.yes.map((h) => [h]))('pictures load from %s', (h) => expect(isPictureHost(h)).toBe(true));
  it.each(PICTURE_HOSTS.examples.no.map((h) => [h]))('pictures never load from %s', (h) => expect(isPictureHost(h)).toBe(false));
});

const matched = (url: string) => CONTENT_MATCHES.filter((p) => new MatchPattern(p).includes(url));

describe('hosts table: article URL shapes (one test per example)', () => {
  for (const shape of ARTICLE_URLS) {
    for (const [url, id] of shape.examples.articles) {
      it(`${shape.id} accepts ${url}`, () => {
        expect(articleUrlShape(url)?.id).toBe(shape.id);
        expect(new URL(url).pathname.match(shape.path)?.groups?.id ?? null).toBe(id);
        // The engine reads the same id out of the URL.
        if (id) expect(docIdFromUrl(url)).toBe(id);
        // The content script is injected there: some manifest pattern covers the URL.
        expect(matched(url), 'content-script matches').not.toEqual([]);
      });
    }
    for (const url of shape.examples.notArticles) {
      it(`${shape.id} refuses ${url}`, () => expect(isArticleUrl(url)).toBe(false));
    }
  }
  it.each(NOT_ARTICLE_URLS.map((u) => [u]))('no shape accepts %s', (url) => {
    expect(isArticleUrl(url)).toBe(false);
  });
  it('match patterns are valid and stay on the table hosts', () => {
    for (const p of CONTENT_MATCHES) {
      expect(() => new MatchPattern(p), p).not.toThrow();
      expect(p).toMatch(/^\*:\/\/(\*\.finance\.sina\.com\.cn|news\.sina\.com\.cn|tech\.sina\.com\.cn|k\.sina\.com\.cn|t?\.?cj\.sina\.com\.cn|finance\.sina\.cn|news\.sina\.cn)\/.+/);
    }
    for (const home of ['https://finance.sina.com.cn/', 'https://news.sina.com.cn/', 'https://finance.sina.cn/']) expect(matched(home)).toEqual([]);
    expect(ARTICLE_ORIGINS).toContain('*://*.finance.sina.com.cn/*');
    for (const o of ARTICLE_ORIGINS) expect(() => new MatchPattern(o), o).not.toThrow();
  });
  it('every fixture page on a host of the table is an article URL, and the pattern agrees', () => {
    const urls = readManifestUrls().filter((u) => ARTICLE_ORIGINS.some((o) => new MatchPattern(o).includes(u)));
    expect(urls.length).toBeGreaterThan(18);
    for (const u of urls) {
      expect(isArticleUrl(u), u).toBe(true);
      expect(matched(u), u).not.toEqual([]);
    }
  });
});

describe('hosts table: quote pages (one test per example)', () => {
  for (const page of QUOTE_PAGES) {
    for (const [code, url] of page.examples) {
      it(`${page.id}: ${code}`, () => {
        expect(quoteUrl(code)).toBe(url);
        // The same entry reads the code back out of such a link (as the engine does for stock links).
        expect(codeFromQuoteUrl(url)).toBe(code);
      });
    }
  }
  it.each([['javascript:alert(1)'], ['xx123456'], [''], ['sh']])('no quote page for %j', (code) => expect(quoteUrl(code)).toBeNull());
  it.each([['https://finance.sina.com.cn/'], ['https://finance.sina.com.cn/realstock/company/xx600519/nc.shtml'], ['javascript:/hkstock/quotes/x.html']])(
    'no code in %s',
    (href) => expect(codeFromQuoteUrl(href)).toBeNull(),
  );
});
