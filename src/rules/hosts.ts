/**
 * Sina's hosts and URL shapes, as data: which hosts serve articles (and at which paths), which
 * serve Sina's pictures, and how a document id sits in an article URL. The engine (doc ids, https
 * upgrade, image hosts), the extension (content-script matches, the article check) and the quote
 * links all read this one table.
 */

export interface HostRule {
  id: string;
  reason: string;
  fixture: string | null;
}

/** Hosts that belong to Sina (pages, pictures, scripts): served over https, trusted for pictures. */
export const SINA_DOMAINS: HostRule & { suffixes: readonly string[] } = {
  id: 'host.sina',
  suffixes: ['sina.com.cn', 'sina.cn', 'sinaimg.cn', 'sinajs.cn', 'weibo.com', 'weibo.cn'],
  reason: "Sina's own page, picture and script hosts; all of them serve https",
  fixture: 'pages/news_20180928_ifxeuwwr9050078.html',
};

/** True when `host` is one of Sina's (or a subdomain of one). */
export function isSinaHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return SINA_DOMAINS.suffixes.some((s) => h === s || h.endsWith(`.${s}`));
}

/** Sina's document id inside an article URL, with the shape that carries it. */
export const DOC_ID_SHAPES: readonly (HostRule & { pattern: RegExp; examples: readonly (readonly [string, string])[] })[] = [
  { id: 'docid.pc', pattern: /doc-(?<id>[a-z]{4}[a-z0-9]+)\.shtml/i, reason: 'PC article pages since 2012', fixture: 'pages/news_20180928_ifxeuwwr9050078.html', examples: [['https://news.sina.com.cn/o/2018-09-28/doc-ifxeuwwr9050078.shtml', 'ifxeuwwr9050078']] },
  { id: 'docid.mobile', pattern: /detail-(?<id>[a-z]{4}[a-z0-9]+)\.d\.html/i, reason: 'mobile sina.cn article pages', fixture: 'pages/news-m_20190912_iicezueu5243925.html', examples: [['https://news.sina.cn/gn/2019-09-12/detail-iicezueu5243925.d.html', 'iicezueu5243925']] },
  { id: 'docid.k', pattern: /article_\d+_(?<id>[0-9a-z]+)\.html/i, reason: 'k.sina self-media articles', fixture: 'pages/k_20180928_1894c3a9300100elpc.html', examples: [['http://k.sina.com.cn/article_6598441619_1894c3a9300100elpc.html', '1894c3a9300100elpc']] },
  { id: 'docid.cj', pattern: /articles\/view\/\d+\/(?<id>[0-9a-z]+)/i, reason: 'cj / t.cj self-media articles', fixture: 'pages/t-cj_20180928_182322be600100i6z0.html', examples: [['http://t.cj.sina.com.cn/articles/view/6479293414/182322be600100i6z0?cre=tianyi', '182322be600100i6z0']] },
  { id: 'docid.legacy', pattern: /\/(?<id>\d{6,})\.s?html/i, reason: '2004-2011 pages numbered by id', fixture: 'pages/chanye-finance_20050321_244339.html', examples: [['http://chanye.finance.sina.com.cn/sm/2005-03-21/244339.shtml', '244339']] },
];

/** Sina's document id from an article URL (doc-ifxeuwwr9050078 -> ifxeuwwr9050078), or null. */
export function docIdFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  for (const shape of DOC_ID_SHAPES) {
    const id = url.match(shape.pattern)?.groups?.id;
    if (id) return id;
  }
  return null;
}
