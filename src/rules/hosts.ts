/**
 * Sina's hosts and URL shapes, as data: which hosts serve articles (and at which paths), which
 * serve Sina's pictures, how a document id sits in an article URL, and where a stock's quote page
 * is. The engine (doc ids, https upgrade, picture hosts), the extension (content-script matches,
 * the article check, the reader's picture policy) and the quote links all read this one table.
 * Every entry carries examples; test/rules/hosts.test.ts makes one test of each.
 */

export interface HostRule {
  id: string;
  reason: string;
  /** A fixture under fixtures/ that shows the rule (null when none does). */
  fixture: string | null;
}

/** Hosts that belong to Sina (pages, pictures, scripts): served over https, trusted for pictures. */
export const SINA_DOMAINS: HostRule & { suffixes: readonly string[] } = {
  id: 'host.sina',
  suffixes: ['sina.com.cn', 'sina.cn', 'sinaimg.cn', 'sinajs.cn', 'weibo.com', 'weibo.cn'],
  reason: "Sina's own page, picture and script hosts; all of them serve https",
  fixture: 'pages/news_20180928_ifxeuwwr9050078.html',
};

const onDomain = (host: string, suffix: string) => host === suffix || host.endsWith(`.${suffix}`);
const bareHost = (host: string) => host.toLowerCase().replace(/\.$/, '');

/** True when `host` is one of Sina's (or a subdomain of one). */
export function isSinaHost(host: string): boolean {
  const h = bareHost(host);
  return SINA_DOMAINS.suffixes.some((s) => onDomain(h, s));
}

/**
 * Hosts the reader view loads pictures from: Sina's picture CDN and its page hosts (older pages
 * keep pictures beside the article). Any other picture is shown as a link, never fetched.
 */
export const PICTURE_HOSTS: HostRule & { suffixes: readonly string[]; examples: { yes: readonly string[]; no: readonly string[] } } = {
  id: 'host.pictures',
  suffixes: ['sinaimg.cn', 'sina.com.cn', 'sina.cn'],
  reason: 'article pictures come from n.sinaimg.cn / k.sinaimg.cn (since 2012) or the page host itself (2004-2011)',
  fixture: 'pages/news_20180928_ifxeuwwr9250746.html',
  examples: {
    yes: ['n.sinaimg.cn', 'k.sinaimg.cn', 'i0.sinaimg.cn', 'www.sinaimg.cn', 'image2.sina.com.cn', 'finance.sina.cn'],
    no: ['sinaimg.cn.evil.example', 'evilsinaimg.cn', 'weibo.com', 'img.example.com', '127.0.0.1'],
  },
};

/** True when the reader may load a picture from `host`. */
export function isPictureHost(host: string): boolean {
  const h = bareHost(host);
  return PICTURE_HOSTS.suffixes.some((s) => onDomain(h, s));
}

/**
 * An article URL shape: the hosts that serve it, the whole path (with the document id as the named
 * group `id` where the path carries one), and the content-script match-pattern paths that cover it
 * (as narrow as match-pattern syntax allows; `isArticleUrl` applies the exact path).
 * A host written `*.x` means x and every subdomain of x, as in a match pattern.
 */
export interface ArticleUrlShape extends HostRule {
  hosts: readonly string[];
  path: RegExp;
  matchPaths: readonly string[];
  examples: {
    /** Article URLs, with the document id the path carries (null when it carries none). */
    articles: readonly (readonly [url: string, id: string | null])[];
    /** URLs on the same hosts that are not articles. */
    notArticles: readonly string[];
  };
}

const PC_HOSTS = ['*.finance.sina.com.cn', 'news.sina.com.cn', 'tech.sina.com.cn'] as const;

export const ARTICLE_URLS: readonly ArticleUrlShape[] = [
  {
    id: 'url.pc-doc',
    hosts: PC_HOSTS,
    path: /^\/(?:[^/]+\/)*doc-(?<id>[a-z]{4}[a-z0-9]+)\.shtml$/i,
    matchPaths: ['/*doc-*.shtml*'],
    reason: 'PC article pages since 2012 (finance, its channels such as chanye.finance, news, tech): …/doc-<id>.shtml',
    fixture: 'pages/finance_20160525_ifxsktkp9337164.html',
    examples: {
      articles: [
        ['http://finance.sina.com.cn/money/forex/forexroll/2016-05-25/doc-ifxsktkp9337164.shtml', 'ifxsktkp9337164'],
        ['https://news.sina.com.cn/c/2018-09-28/doc-ifxeuwwr9250746.shtml?cre=tianyi', 'ifxeuwwr9250746'],
        ['https://finance.sina.com.cn/stock/relnews/cn/2021-08-24/doc-ikqcfncc4769311.shtml', 'ikqcfncc4769311'],
        ['https://tech.sina.com.cn/i/2024-01-02/doc-inaabcde1234567.shtml', 'inaabcde1234567'],
        ['https://chanye.finance.sina.com.cn/2021-08-24/doc-ikqcfncc4769311.shtml', 'ikqcfncc4769311'],
      ],
      notArticles: [
        'https://finance.sina.com.cn/',
        'https://finance.sina.com.cn/stock/',
        'https://finance.sina.com.cn/realstock/company/sh600519/nc.shtml',
        'https://news.sina.com.cn/china/',
        'https://finance.sina.com.cn/doc-ikqcfncc4769311.html',
      ],
    },
  },
  {
    id: 'url.pc-dated',
    hosts: PC_HOSTS,
    path: /^\/(?:[^/]+\/)+\d{4}-\d{2}-\d{2}\/(?:(?<id>\d{6,})|[\w-]+)\.shtml$/i,
    matchPaths: ['/*/1*-*-*/*.shtml*', '/*/2*-*-*/*.shtml*'],
    reason: 'PC article pages 2004-2011, numbered under a date directory: …/2005-03-21/244339.shtml',
    fixture: 'pages/chanye-finance_20050321_244339.html',
    examples: {
      articles: [
        ['http://chanye.finance.sina.com.cn/sm/2005-03-21/244339.shtml', '244339'],
        ['https://finance.sina.com.cn/roll/2005-03-21/244339.shtml', '244339'],
        ['https://finance.sina.com.cn/stock/t/2009-11-09/13482762951.shtml', '13482762951'],
      ],
      notArticles: ['https://finance.sina.com.cn/2005-03-21/', 'https://finance.sina.com.cn/roll/2005-03-21/index.html'],
    },
  },
  {
    id: 'url.k',
    hosts: ['k.sina.com.cn'],
    path: /^\/article_\d+_(?<id>[0-9a-z]+)\.html$/i,
    matchPaths: ['/article_*.html*'],
    reason: 'k.sina self-media articles: /article_<uid>_<id>.html',
    fixture: 'pages/k_20180928_1894c3a9300100elpc.html',
    examples: {
      articles: [['http://k.sina.com.cn/article_6598441619_1894c3a9300100elpc.html', '1894c3a9300100elpc']],
      notArticles: ['https://k.sina.com.cn/', 'https://k.sina.com.cn/mediaDetail.html?id=1'],
    },
  },
  {
    id: 'url.cj',
    hosts: ['cj.sina.com.cn', 't.cj.sina.com.cn'],
    path: /^\/articles\/view\/\d+\/(?<id>[0-9a-z]+)\/?$/i,
    matchPaths: ['/articles/view/*'],
    reason: 'cj / t.cj (财经头条) self-media articles: /articles/view/<uid>/<id>',
    fixture: 'pages/t-cj_20180928_182322be600100i6z0.html',
    examples: {
      articles: [
        ['http://t.cj.sina.com.cn/articles/view/6479293414/182322be600100i6z0?cre=tianyi&mod=wnews', '182322be600100i6z0'],
        ['https://cj.sina.com.cn/articles/view/6479293414/182322be600100i6z0', '182322be600100i6z0'],
      ],
      notArticles: ['https://cj.sina.com.cn/', 'https://cj.sina.com.cn/articles/view/6479293414'],
    },
  },
  {
    id: 'url.mobile',
    hosts: ['finance.sina.cn', 'news.sina.cn'],
    path: /^\/(?:[^/]+\/)*detail-(?<id>[a-z]{4}[a-z0-9]+)\.d\.html$/i,
    matchPaths: ['/*detail-*.d.html*'],
    reason: 'mobile sina.cn article pages: …/detail-<id>.d.html',
    fixture: 'pages/news-m_20190912_iicezueu5243925.html',
    examples: {
      articles: [
        ['http://news.sina.cn/gn/2019-09-12/detail-iicezueu5243925.d.html', 'iicezueu5243925'],
        ['https://finance.sina.cn/sa/2005-08-26/detail-ikknscsi2623250.d.html', 'ikknscsi2623250'],
      ],
      notArticles: ['https://finance.sina.cn/', 'https://news.sina.cn/gn/'],
    },
  },
];

/** URLs no shape may accept: look-alike hosts, other schemes, other Sina channels. */
export const NOT_ARTICLE_URLS: readonly string[] = [
  'https://finance.sina.com.cn.evil.example/c/2021-08-24/doc-ikqcfncc4769311.shtml',
  'https://evilfinance.sina.com.cn/c/2021-08-24/doc-ikqcfncc4769311.shtml',
  'https://ent.sina.com.cn/y/2009-11-09/13482762951.shtml',
  'ftp://finance.sina.com.cn/c/2021-08-24/doc-ikqcfncc4769311.shtml',
  'javascript:alert(1)//finance.sina.com.cn/doc-ikqcfncc4769311.shtml',
  'not a url',
  '',
];

function hostMatches(pattern: string, host: string): boolean {
  return pattern.startsWith('*.') ? onDomain(host, pattern.slice(2)) : host === pattern;
}

/** The shape an article URL has, or null when `url` is not a Sina article URL. */
export function articleUrlShape(url: string | null | undefined): ArticleUrlShape | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = bareHost(u.hostname);
  return ARTICLE_URLS.find((s) => s.hosts.some((h) => hostMatches(h, host)) && s.path.test(u.pathname)) ?? null;
}

/** True when `url` is a Sina article URL the engine is meant to understand. */
export function isArticleUrl(url: string | null | undefined): boolean {
  return articleUrlShape(url) !== null;
}

/** Content-script `matches` (and the page menu's documentUrlPatterns): every shape's hosts × paths. */
export const CONTENT_MATCHES: readonly string[] = ARTICLE_URLS.flatMap((s) =>
  s.hosts.flatMap((h) => s.matchPaths.map((p) => `*://${h}${p}`)),
);

/** The origins of those pages (`*://host/*`), for manifest keys that take whole origins. */
export const ARTICLE_ORIGINS: readonly string[] = [...new Set(ARTICLE_URLS.flatMap((s) => s.hosts.map((h) => `*://${h}/*`)))];

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

/**
 * Sina's quote page per market, for a market-prefixed stock code (sh600519, hk00700, usAAPL,
 * of161725): `url` builds the page from the symbol, `pattern` reads the symbol (and, where the
 * page names it, the market) back out of a link.
 */
export const QUOTE_PAGES: readonly (HostRule & {
  markets: readonly string[];
  url: (market: string, symbol: string) => string;
  pattern: RegExp;
  examples: readonly (readonly [code: string, url: string])[];
})[] = [
  {
    id: 'quote.a-share',
    markets: ['sh', 'sz', 'bj'],
    url: (m, s) => `https://finance.sina.com.cn/realstock/company/${m}${s.toLowerCase()}/nc.shtml`,
    pattern: /\/realstock\/company\/(?<market>sh|sz|bj)(?<symbol>\d{6})\//i,
    reason: 'Shanghai, Shenzhen and Beijing shares',
    fixture: 'pages/finance_20160525_ifxsktkp9337164.html',
    examples: [
      ['sz002024', 'https://finance.sina.com.cn/realstock/company/sz002024/nc.shtml'],
      ['sh600519', 'https://finance.sina.com.cn/realstock/company/sh600519/nc.shtml'],
    ],
  },
  {
    id: 'quote.hk',
    markets: ['hk'],
    url: (_m, s) => `https://stock.finance.sina.com.cn/hkstock/quotes/${s}.html`,
    pattern: /\/hkstock\/quotes\/(?<symbol>\d{5})\.html/i,
    reason: 'Hong Kong shares',
    fixture: null,
    examples: [['hk00700', 'https://stock.finance.sina.com.cn/hkstock/quotes/00700.html']],
  },
  {
    id: 'quote.us',
    markets: ['us'],
    url: (_m, s) => `https://stock.finance.sina.com.cn/usstock/quotes/${s.toLowerCase()}.html`,
    pattern: /\/usstock\/quotes\/(?<symbol>[a-z.]+)\.html/i,
    reason: 'US shares',
    fixture: null,
    examples: [['usAAPL', 'https://stock.finance.sina.com.cn/usstock/quotes/aapl.html']],
  },
  {
    id: 'quote.fund',
    markets: ['of', 'fu'],
    url: (_m, s) => `https://finance.sina.com.cn/fund/quotes/${s}/bc.shtml`,
    pattern: /\/fund\/quotes\/(?<symbol>\d{6})\//i,
    reason: 'open-end funds',
    fixture: null,
    examples: [['of161725', 'https://finance.sina.com.cn/fund/quotes/161725/bc.shtml']],
  },
];

/** Sina quote page for a market-prefixed code, or null when the market is not one Sina quotes. */
export function quoteUrl(code: string): string | null {
  const m = /^([a-z]{2})([0-9a-z.]+)$/i.exec(code.trim());
  if (!m) return null;
  const market = m[1]!.toLowerCase();
  const page = QUOTE_PAGES.find((q) => q.markets.includes(market));
  return page ? page.url(market, m[2]!) : null;
}

/** The market-prefixed code a Sina quote-page link points to (…/hkstock/quotes/00700.html -> hk00700), or null. */
export function codeFromQuoteUrl(href: string): string | null {
  for (const page of QUOTE_PAGES) {
    const g = href.match(page.pattern)?.groups;
    if (!g?.symbol) continue;
    const market = (g.market ?? page.markets[0]!).toLowerCase();
    return market === 'us' ? `us${g.symbol.toUpperCase()}` : `${market}${g.symbol.toLowerCase()}`;
  }
  return null;
}
