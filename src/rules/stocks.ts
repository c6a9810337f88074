/**
 * Stock mentions as data: the link and span shapes Sina wraps around a listed company's name, and
 * the `news_keyword_pub` comment that lists the article's stock codes. A stock link stays plain
 * text (it is not an inline link) and feeds `stocks`; the live quote numbers Sina injects after
 * the name are boilerplate (`quote.live` in boilerplate.ts).
 */
import type { RuleMeta } from './types';

export interface StockShape extends RuleMeta {
  pattern: RegExp;
  /** The code as the Article gives it (sz002024, hk00700, usAAPL, of161725). */
  code: (groups: Record<string, string>) => string;
  examples: { match: readonly { text: string; code: string }[]; noMatch: readonly string[] };
}

/** Quote-page links around a stock name (href). */
export const STOCK_LINKS: readonly StockShape[] = [
  {
    id: 'stock.link.a-share',
    reason: 'A-share quote page (Shanghai, Shenzhen, Beijing)',
    pattern: /\/realstock\/company\/(?<code>(?:sh|sz|bj)\d{6})\//i,
    code: (g) => g.code!.toLowerCase(),
    examples: {
      match: [
        { text: 'https://finance.sina.com.cn/realstock/company/sh600016/nc.shtml', code: 'sh600016' },
        { text: 'https://finance.sina.com.cn/realstock/company/sz300959/nc.shtml', code: 'sz300959' },
      ],
      noMatch: ['https://finance.sina.com.cn/roll/2021-03-27/doc-ikkntiam9006039.shtml', 'http://tousu.sina.com.cn/'],
    },
    fixture: 'seed-audit/2021-12-09_b46a48e3.md',
  },
  {
    id: 'stock.link.us',
    reason: 'US quote page',
    pattern: /\/usstock\/quotes\/(?<code>[A-Za-z.]+)\.html/i,
    code: (g) => `us${g.code!.toUpperCase()}`,
    examples: { match: [{ text: 'http://stock.finance.sina.com.cn/usstock/quotes/AAPL.html', code: 'usAAPL' }], noMatch: ['https://finance.sina.com.cn/stock/usstock/'] },
    fixture: 'fragments/sina-body_2019_cs327259852_02.html',
  },
  {
    id: 'stock.link.hk',
    reason: 'Hong Kong quote page',
    pattern: /\/hkstock\/quotes\/(?<code>\d{5})\.html/i,
    code: (g) => `hk${g.code}`,
    examples: { match: [{ text: 'http://stock.finance.sina.com.cn/hkstock/quotes/00700.html', code: 'hk00700' }], noMatch: ['https://finance.sina.com.cn/stock/hkstock/'] },
    fixture: 'fragments/sina-body_2019_cs327259852_06.html',
  },
  {
    id: 'stock.link.fund',
    reason: 'fund quote page',
    pattern: /\/fund\/quotes\/(?<code>\d{6})\//i,
    code: (g) => `of${g.code}`,
    examples: { match: [{ text: 'https://finance.sina.com.cn/fund/quotes/000198/bc.shtml', code: 'of000198' }], noMatch: ['https://finance.sina.com.cn/fund/'] },
    fixture: 'synthetic/synthetic-lines.html',
  },
];

/** Span ids around a stock name (span#stock_sz002024, span#usstock_AAPL) and the live-quote slot (span#quote_…). */
export const STOCK_SPANS: readonly StockShape[] = [
  {
    id: 'stock.span.name',
    reason: 'the span holding a stock name names its code',
    pattern: /^stock_(?<code>(?:sh|sz|bj|hk|of)[A-Za-z0-9]+)$/i,
    code: (g) => g.code!.toLowerCase(),
    examples: { match: [{ text: 'stock_sh601162', code: 'sh601162' }, { text: 'stock_hk00700', code: 'hk00700' }], noMatch: ['quote_sz002024', 'stock_'] },
    fixture: 'seed-format/2021-11-06_10d8ab3f.md',
  },
  {
    id: 'stock.span.us',
    reason: 'the span holding a US stock name',
    pattern: /^usstock_(?<code>[A-Za-z.]+)$/,
    code: (g) => `us${g.code!.toUpperCase()}`,
    examples: { match: [{ text: 'usstock_AAPL', code: 'usAAPL' }], noMatch: ['quote_AAPL'] },
    fixture: 'fragments/sina-body_2019_cs327259852_02.html',
  },
  {
    id: 'stock.span.hk',
    reason: 'the span holding a Hong Kong stock name',
    pattern: /^hkstock_(?<code>hk\d{5})$/i,
    code: (g) => g.code!.toLowerCase(),
    examples: { match: [{ text: 'hkstock_hk00700', code: 'hk00700' }], noMatch: ['stock_hk', 'quote_hk00700'] },
    fixture: 'fragments/sina-body_2019_cs327259852_06.html',
  },
];

/**
 * `<!-- news_keyword_pub,stock,sh601162&sh601298 -->`: the article's stock codes, listed by Sina's
 * CMS. Read from the parsed tree's comment nodes: the pattern is matched against a comment's text.
 */
export const NEWS_KEYWORD_PUB: RuleMeta & {
  pattern: RegExp;
  examples: { match: readonly { text: string; market: string; codes: readonly string[] }[]; noMatch: readonly string[] };
} = {
  id: 'stock.news-keyword-pub',
  reason: "the CMS comment listing the article's stock codes (market, then codes joined by &)",
  // No lazy group before trailing spaces: that shape is quadratic in a comment's length (the page decides it).
  pattern: /^\s*news_keyword_pub,(?<market>\w+),(?<codes>[^>]*)$/,
  examples: {
    match: [
      { text: ' news_keyword_pub,stock,sh601162&sh601298&sh601899 ', market: 'stock', codes: ['sh601162', 'sh601298', 'sh601899'] },
      { text: ' news_keyword_pub,stock, ', market: 'stock', codes: [] },
      { text: ' news_keyword_pub,stock,sz000333&sz002129 ', market: 'stock', codes: ['sz000333', 'sz002129'] },
      { text: ' news_keyword_pub,usstock,AAPL&MSFT ', market: 'usstock', codes: ['AAPL', 'MSFT'] },
    ],
    noMatch: [' 正文下iframe ', ' 编辑姓名及工作代码 ', 'x news_keyword_pub,stock,sh601162'],
  },
  fixture: 'seed-format/2021-11-06_10d8ab3f.md',
};

/**
 * A quote chart (image.sinajs.cn/newchart/…) linked to the stock's quote page carries no text: the
 * name the page shows is the chart's alt, 中国国航分时图 being the chart of 中国国航. A chart link
 * with no such alt names no stock the reader sees, and gives no entry. Neither does an alt that
 * describes the chart rather than naming a stock (今日走势图, 近一年走势图, 个股分时图, 该股日K线图,
 * 点击查看走势图, 大盘走势图, A股走势图): what comes before 走势图 is a time, a pointer or a call.
 */
const CHART_ALT_GENERIC = /^(?:今日|今天|当日|当天|昨日|本日|实时|盘中|日内|近|最近|过去|个股|该股|此股|本股|该公司|公司|点击|查看|股价|大盘|行情|股票)|^(?:[ABH]股|港股|美股|沪市|深市|两市|沪深|指数)$/i;

export const STOCK_CHART_ALT: RuleMeta & {
  pattern: RegExp;
  examples: { match: readonly { text: string; name: string }[]; noMatch: readonly string[] };
} = {
  id: 'stock.chart-alt',
  reason: "a quote chart's alt (中国国航分时图, 贵州茅台日K线图) names the stock the chart links to",
  pattern: /^(?<name>[*＊]?[\u4e00-\u9fa5A-Za-z][\u4e00-\u9fa5A-Za-z0-9*＊·-]{1,11}?)\s*(?:分时走势图|分时图|日K线图|周K线图|月K线图|K线图|走势图|行情图)$/i,
  examples: {
    match: [
      { text: '中国国航分时图', name: '中国国航' },
      { text: '贵州茅台日K线图', name: '贵州茅台' },
      { text: '*ST康美 走势图', name: '*ST康美' },
      { text: '腾讯控股分时走势图', name: '腾讯控股' },
    ],
    noMatch: ['分时图', '新浪财经APP', '图片来源：视觉中国', '上证指数今日大幅下跌，沪指全天走势如图所示', '今日走势图', '近一年走势图', '个股分时图', '该股日K线图', '点击查看走势图', '大盘走势图', 'A股走势图', '公司股价走势图'],
  },
  // The 2016 page links a quote chart (image.sinajs.cn/newchart, empty alt) to its quote page.
  fixture: 'pages/finance_20160525_ifxsktkp9337164.html',
};

/** The stock name a quote chart's alt gives, or '' when it names none. */
export function chartStockName(alt: string): string {
  const name = STOCK_CHART_ALT.pattern.exec(alt.trim())?.groups?.name ?? '';
  return CHART_ALT_GENERIC.test(name) ? '' : name;
}

/** The link shapes, then the span shapes (joined once). */
let SHAPES: readonly StockShape[] | undefined;

/** The code a quote-page href or a span id names, with the shape that named it, or null. */
export function stockShape(hrefOrId: string): { code: string; rule: StockShape } | null {
  SHAPES ??= [...STOCK_LINKS, ...STOCK_SPANS];
  for (const s of SHAPES) {
    const g = hrefOrId.match(s.pattern)?.groups;
    if (g) return { code: s.code(g as Record<string, string>), rule: s };
  }
  return null;
}

/** The code a quote-page href or a span id names, or null. */
export function stockCode(hrefOrId: string): string | null {
  return stockShape(hrefOrId)?.code ?? null;
}

/** The market and raw codes a news_keyword_pub comment lists (its text, without `<!--` `-->`), or null. */
export function keywordPubCodes(comment: string): { market: string; codes: string[] } | null {
  const g = NEWS_KEYWORD_PUB.pattern.exec(comment)?.groups;
  if (!g) return null;
  return { market: g.market!, codes: g.codes!.split(/[&,]/).map((c) => c.trim()).filter(Boolean) };
}

/** A code as a news_keyword_pub comment of `market` lists it, as the Article gives it (sh601162, usAAPL, hk00700), or null. */
export function keywordCode(market: string, raw: string): string | null {
  const c = raw.trim();
  if (/^(sh|sz|bj|hk)\d+$/i.test(c)) return c.toLowerCase();
  if (market === 'usstock' && /^[A-Za-z.]+$/.test(c)) return `us${c.toUpperCase()}`;
  if (market === 'hkstock' && /^\d{5}$/.test(c)) return `hk${c}`;
  return null;
}
