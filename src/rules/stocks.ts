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

/**
 * A printed stock code, alone: 600879.SH, SH600879, a bare six-digit code on a stock board, 00700.HK,
 * HK00700, a bare 0xxxx Hong Kong code, AAPL.O, NASDAQ：TSLA (the groups printedStockCode reads).
 */
const CODE = String.raw`(?:(?<a>\d{6})\.(?<ax>SH|SS|SZ|BJ)|(?<ap>SH|SZ|BJ)(?<a2>\d{6})|(?<bare>(?:60[0135]|68[89]|00[0-3]|30[01])\d{3})(?=\s*[）)])|(?<h>\d{4,5})\.HK|HK\.?(?<h2>\d{4,5})|(?<hb>0\d{4})(?=\s*[）)])|(?<u>[A-Z]{1,5}(?:[.-][A-Z])?)\.(?:OQ|O|N|A|US)|(?:NASDAQ|NYSE|纳斯达克|纽交所)\s*[：:]?\s*(?<u2>[A-Z]{1,5}))`;
/** What ends a code in its brackets: the bracket, the article's own words after a comma, or the next listing's code (601318.SH、02318.HK). */
const CODE_END = String.raw`(?=\s*(?:[）)]|[,，;；、/／]))`;
/** A bracket opening on what can begin a code (or its label): a line without one names no stock by code. */
const CODE_OPENS = /[（(]\s*(?:[0-9A-Z]|股票|证券|代码|纳斯达克|纽交所)/;
/** The next listing's code in the same brackets (中国平安（601318.SH、02318.HK）: 02318.HK). */
const MORE_CODE = new RegExp(String.raw`^\s*[,，;；、/／]\s*${CODE}${CODE_END}`);

/**
 * A stock the article names by its printed code, with no link: `航天电子（600879.SH）`,
 * `紫金矿业（601899）`, `腾讯控股（00700.HK）`, `腾讯控股（00700）`, `苹果（AAPL.O）`,
 * `特斯拉（NASDAQ：TSLA）`. The code is read from the brackets right after a name; its shape gives
 * the market: a suffix (.SH/.SS .SZ .BJ .HK; .O/.OQ/.N/.A/.US for US tickers) or an exchange label
 * (NASDAQ/NYSE/纳斯达克/纽交所), else a bare six-digit code only with a Shanghai (600/601/603/605/
 * 688/689) or Shenzhen (000–003/300/301) board's prefix, and a bare five-digit code only with the
 * leading 0 Hong Kong codes carry (00700: no amount is printed so). A bare ticker (`（AI）`, `（IPO）`)
 * is an abbreviation, not a code; a number with a unit or other words in the brackets is no code;
 * a table's numbers are no name followed by a code (tables are not read). The name is the run of
 * words before the brackets from the last punctuation, space or lead-in word (随后, 包括, 龙头, 公司…),
 * within a stock name's length (an A-share name fits in 4 Chinese characters); when no such start
 * is found the stock is listed without a name rather than with half a sentence. A code off its
 * exchange's stock boards (512480.SH an ETF's, 110059.SH a convertible bond's) and a name a fund's or
 * a bond's kind ends (半导体ETF, 浦发转债, 华夏成长混合) name no stock; where a stock board's six digits
 * are an open-end fund's too (华夏回报 002001, 新和成 sz002001), a fund house's name with a fund's style
 * (华夏回报, 易方达蓝筹) is taken for the fund. A dual listing printed in one bracket (中国平安
 * （601318.SH、02318.HK）: codes on different markets, A share, Hong Kong, US) gives each listing under
 * the one name: both are the company's stock; an A share and a B share (Shenzhen 200, Shanghai 900) of
 * one company are two listings too (张裕（000869.SZ、200869.SZ）). A group's word (科技巨头, 白酒龙头:
 * GROUP_NAME) or two names joined by a conjunction (腾讯和阿里巴巴（00700.HK、BABA.N）) name none of
 * the bracket's codes; a conjunction opening the words (与比亚迪) is no part of the name. Two codes on one market in one bracket (国有大行
 * （601398.SH、601939.SH、601288.SH）, 招商银行（600036.SH、601318.SH）) are several companies, and
 * the words before name none of them (a group, or a mistake): each code is listed without a name.
 */
export const STOCK_PRINTED_CODE: RuleMeta & {
  pattern: RegExp;
  /** `more`: the other listings a dual listing's bracket prints after the first. */
  examples: { match: readonly { text: string; code: string; name: string; more?: readonly { code: string; name: string }[] }[]; noMatch: readonly string[] };
} = {
  id: 'stock.printed-code',
  reason: 'a name followed by a stock code in brackets (航天电子（600879.SH）, 腾讯控股（00700.HK）, 苹果（AAPL.O）) is the article naming a stock without a link',
  // Words before the brackets (the name is cut from their end), then the code alone in the brackets,
  // optionally after a 股票代码 label and before the article's own price words after a comma.
  pattern: new RegExp(String.raw`(?<run>[*＊\u4e00-\u4e27\u4e29-\u9fa5A-Za-z0-9·－-]{1,16})\s*[（(]\s*(?<label>(?:股票|证券)?代码\s*[：:]\s*)?${CODE}${CODE_END}`, 'g'),
  examples: {
    match: [
      { text: '航天电子（600879.SH）今日涨停。', code: 'sh600879', name: '航天电子' },
      { text: '随后紫金矿业（601899）发布公告。', code: 'sh601899', name: '紫金矿业' },
      { text: '腾讯控股(00700.HK)股价走高。', code: 'hk00700', name: '腾讯控股' },
      { text: '腾讯控股（0700.HK）', code: 'hk00700', name: '腾讯控股' },
      { text: '港股方面，美团-W（03690）涨超3%。', code: 'hk03690', name: '美团-W' },
      { text: '苹果(AAPL.O)市值再创新高。', code: 'usAAPL', name: '苹果' },
      { text: '特斯拉（NASDAQ：TSLA）公布财报。', code: 'usTSLA', name: '特斯拉' },
      { text: '平安银行（000001.SZ，股价12.35元）', code: 'sz000001', name: '平安银行' },
      { text: '龙头宁德时代（300750）', code: 'sz300750', name: '宁德时代' },
      { text: '*ST康美（600518）', code: 'sh600518', name: '*ST康美' },
      { text: '贝特瑞（835185.BJ）', code: 'bj835185', name: '贝特瑞' },
      { text: '公司股东航天电子（股票代码：600879）', code: 'sh600879', name: '航天电子' },
      // 2022-01-04_b5728f7a (seed-audit): 最大IPO中国电信（601728.SH）.
      { text: '最大IPO中国电信（601728.SH）也花落上交所', code: 'sh601728', name: '中国电信' },
      // A company named like a fund house, or with a share class's letter, is a stock on a stock board.
      { text: '华夏银行（600015）发布年报。', code: 'sh600015', name: '华夏银行' },
      // Shanghai's main board began at 600000: a real stock.
      { text: '浦发银行（600000）发布年报。', code: 'sh600000', name: '浦发银行' },
      { text: '平安银行（000001.SZ）', code: 'sz000001', name: '平安银行' },
      { text: '招商轮船（601872.SH）', code: 'sh601872', name: '招商轮船' },
      { text: '万科A（000002.SZ）', code: 'sz000002', name: '万科A' },
      { text: '中国平安（601318.SH、02318.HK）发布年报。', code: 'sh601318', name: '中国平安', more: [{ code: 'hk02318', name: '中国平安' }] },
      { text: '中国人寿（601628.SH，02628.HK）', code: 'sh601628', name: '中国人寿', more: [{ code: 'hk02628', name: '中国人寿' }] },
      { text: '比亚迪（002594.SZ/01211.HK）', code: 'sz002594', name: '比亚迪', more: [{ code: 'hk01211', name: '比亚迪' }] },
      // Several codes on one market are several companies the bracket names by code alone: a group (国有大行), or a mistake.
      { text: '国有大行（601398.SH、601939.SH、601288.SH）加大了信贷投放力度。', code: 'sh601398', name: '', more: [{ code: 'sh601939', name: '' }, { code: 'sh601288', name: '' }] },
      { text: '招商银行（600036.SH、601318.SH）', code: 'sh600036', name: '', more: [{ code: 'sh601318', name: '' }] },
      // A group's word names none of its companies, whatever the markets (科技巨头: 腾讯 and 阿里巴巴).
      { text: '科技巨头（00700.HK、BABA.N）股价走强。', code: 'hk00700', name: '', more: [{ code: 'usBABA', name: '' }] },
      // Two names joined by a conjunction: the bracket's codes are the two companies', no one's listings.
      { text: '腾讯和阿里巴巴（00700.HK、BABA.N）', code: 'hk00700', name: '', more: [{ code: 'usBABA', name: '' }] },
      { text: '腾讯和阿里巴巴（BABA.N）', code: 'usBABA', name: '阿里巴巴' },
      // A conjunction after another stock's bracket opens no name.
      { text: '宁德时代（300750.SZ）与比亚迪（002594.SZ、01211.HK）', code: 'sz300750', name: '宁德时代', more: [{ code: 'sz002594', name: '比亚迪' }, { code: 'hk01211', name: '比亚迪' }] },
      { text: '阿里巴巴（09988.HK、BABA.N）和腾讯（00700.HK）', code: 'hk09988', name: '阿里巴巴', more: [{ code: 'usBABA', name: '阿里巴巴' }, { code: 'hk00700', name: '腾讯' }] },
      // Names that open with 和 or 同, or hold 和 after one character, stay whole.
      { text: '和而泰（002402.SZ）发布公告。', code: 'sz002402', name: '和而泰' },
      { text: '腾讯（00700.HK）、同花顺（300033.SZ）', code: 'hk00700', name: '腾讯', more: [{ code: 'sz300033', name: '同花顺' }] },
      { text: '新和成（002001.SZ）', code: 'sz002001', name: '新和成' },
      // A company whose own name holds 和 after two characters is one name, never a fragment (记实业).
      { text: '长江和记实业（00001.HK）公布中期业绩。', code: 'hk00001', name: '长江和记实业' },
      // A name that opens with 和 after another code's bracket: the name, not a conjunction (邦生物 is no company).
      { text: '浦发银行（600000.SH）和邦生物（603077.SH）', code: 'sh600000', name: '浦发银行', more: [{ code: 'sh603077', name: '和邦生物' }] },
      // What the cut of 和 or 同 would leave is no company (黄医药: one character before a trade's word;
      // 仁堂科技 after the listed 同仁堂): the whole is the name. A name of its own after 和 cuts it.
      { text: '中国平安（601318.SH）和黄医药（00013.HK）', code: 'sh601318', name: '中国平安', more: [{ code: 'hk00013', name: '和黄医药' }] },
      { text: '恒瑞医药（600276.SH）同仁堂科技（01666.HK）', code: 'sh600276', name: '恒瑞医药', more: [{ code: 'hk01666', name: '同仁堂科技' }] },
      { text: '恒瑞医药（600276.SH）和华兰生物（002007.SZ）', code: 'sh600276', name: '恒瑞医药', more: [{ code: 'sz002007', name: '华兰生物' }] },
      { text: '腾讯（00700.HK）和小米集团（01810.HK）', code: 'hk00700', name: '腾讯', more: [{ code: 'hk01810', name: '小米集团' }] },
      // A group's word before the name (科技巨头, 白酒龙头) is no part of it; 龙头股份 is a company's own name.
      { text: '科技巨头腾讯（00700.HK）股价走强。', code: 'hk00700', name: '腾讯' },
      { text: '白酒龙头贵州茅台（600519.SH）', code: 'sh600519', name: '贵州茅台' },
      { text: '龙头股份（600630）', code: 'sh600630', name: '龙头股份' },
      // A time or deixis word before 与 is no company: the bracket is the one company's listings.
      { text: '本次与比亚迪（002594.SZ、01211.HK）合作', code: 'sz002594', name: '比亚迪', more: [{ code: 'hk01211', name: '比亚迪' }] },
      // A role the company plays (竞争对手, 客户, 供应商) is no part of its name.
      { text: '竞争对手特斯拉（TSLA.O）', code: 'usTSLA', name: '特斯拉' },
      { text: '控股股东中国平安（601318.SH）', code: 'sh601318', name: '中国平安' },
      { text: '苹果公司（AAPL.O）', code: 'usAAPL', name: '苹果公司' },
      // An A share and a B share of one company (张裕A 000869, 张裕B 200869): two listings, one name.
      { text: '张裕（000869.SZ、200869.SZ）', code: 'sz000869', name: '张裕', more: [{ code: 'sz200869', name: '张裕' }] },
      { text: '陆家嘴（600663.SH、900932.SH）', code: 'sh600663', name: '陆家嘴', more: [{ code: 'sh900932', name: '陆家嘴' }] },
    ],
    noMatch: [
      '公司2021年营收（600000万元）同比增长。',
      '人工智能（AI）与首次公开募股（IPO）',
      '公司于2021年（2021）完成改制。',
      '联系电话（010-12345678）',
      '截至6月末（202106）',
      '项目总投资（600000元）已到位。',
      '新三板挂牌公司天风期货（834277）',
      '全年GDP（2021年 8.1%）',
      '该基金（161725）规模增长。',
      // A fund's code shares a Shenzhen stock's digits; its name is longer than a stock's.
      '天弘余额宝（000198）规模继续下降。',
      '股票代码（600879）',
      // Funds, ETFs and bonds: the board (512/159 funds, 110/128 convertible bonds) or the name's kind tells.
      '华夏回报（002001）去年分红多次。',
      '易方达蓝筹精选（005827）',
      '半导体ETF（512480.SH）今日净流入超5亿元。',
      '创业板ETF（159915.SZ）',
      '浦发转债（110059.SH）昨日收涨。',
      '蓝帆转债（128108.SZ）',
      '中金普洛斯REIT（508056.SH）',
      '沪深300（000300.SH）',
      // A board's prefix followed by zeros is no company's code (the boards number from 001).
      '某公司（000000）',
      '某公司（000000.SZ）',
      '测试股份（300000）',
      '测试科技（688000.SH）',
      '测试股份（999999.SH）',
    ],
  },
  fixture: 'synthetic/synthetic-lines.html',
};

/**
 * How many stocks an article names by printed code, at most. The corpus's richest article names 25
 * stocks in all; a market roundup prints a few dozen. Past this many, the rest are a list pasted as
 * text (a table's rows, a made-up run of codes), not the stocks the article is about, and are not read.
 */
export const MAX_PRINTED_STOCKS = 100;

/** The code a printed-code match names, as the Article gives it (sh600879, hk00700, usAAPL). */
export function printedStockCode(g: Record<string, string | undefined>): string | null {
  if (g.a) return `${g.ax === 'SZ' ? 'sz' : g.ax === 'BJ' ? 'bj' : 'sh'}${g.a}`;
  if (g.a2) return `${g.ap!.toLowerCase()}${g.a2}`;
  if (g.bare) return `${/^[03]/.test(g.bare) ? 'sz' : 'sh'}${g.bare}`;
  const h = g.h ?? g.h2 ?? g.hb;
  if (h) return `hk${h.padStart(5, '0')}`;
  const u = g.u ?? g.u2;
  return u ? `us${u}` : null;
}

/**
 * Words a name never starts with but that come right before one (lead-ins and the roles a company
 * plays): the name starts after the last of them.
 */
const NAME_LEAD_IN = /(?:随后|其中|包括|例如|比如|譬如|如|以及|及|与|和|或|跟|同|的|在|对|向|从|将|把|被|由|为|是|据|而|但|且|并|即|有|旗下|龙头|龙头股|概念股|个股|企业|公司|股东|子公司|母公司|同行|对手|竞争对手|巨头|港股|美股|A股|H股|中概股|上市公司|方面|看|获|称|表示)$/;
/** Names that end so are a measure, a label or a date, never a stock (代码, 编号, 电话, 年, 元…). */
const NOT_A_NAME = /(?:代码|编码|编号|电话|号码|邮编|证号|账号|[年月日元亿万率额号数价值费款格计])$/;
/**
 * An index, not a stock: 上证指数（000001）, 沪深300（000300.SH）, 创业板指（399006） share codes
 * with stocks on the other exchange (000001 is also 平安银行's).
 */
const INDEX_NAME = /(?:指数|[综成]指|板指|\d{2,4})$|^(?:沪深|中证|上证|深证|国证|创业板|科创|北证)/;
const INDEX_END = /(?:指数|[综成]指|板指|\d{2,4})$/;
/**
 * A word that names a company without naming which (公司（股票代码：600879）, 与公司（000001）after a
 * conjunction): the code is listed without a name.
 */
const GENERIC_NAME = /^[与和及同跟]?(?:本|该|这家|此)?(?:公司|集团|企业|股份|上市公司)$/;

/**
 * A word for a group of companies that names none of them (科技巨头, 白酒龙头, 新能源车企, 头部券商,
 * 腾讯等): a name that ends so is listed without a name, whatever the codes after it. A company's own
 * name never ends so (招商银行, 苹果公司, 中信证券).
 */
const GROUP_NAME = /(?:巨头|龙头|龙头股|概念股|个股|车企|药企|房企|险企|券商|大行|厂商|同行|对手|双雄|三雄|板块|[两三四五六七八九十几多数]家|们|等)$/;
/**
 * A conjunction that opens the words before a printed code and joins them to the stock named before
 * (宁德时代（300750.SZ）与比亚迪（002594.SZ）, 阿里巴巴（09988.HK）和腾讯（00700.HK））: no part of the
 * name. 与, 及 and 以及 open no stock's name, wherever they stand; 和, 同, 跟 and 或 do open names
 * (和而泰, 和邦生物, 同花顺, 同仁堂), so they are read as a conjunction only right after another
 * code's closing bracket, where a list of stocks goes on.
 */
const LEADING_CONJUNCTION = /^(?:以及|与|及)/;
const LEADING_CONJUNCTION_AFTER_CODE = /^(?:以及|与|及|和|同|跟|或)/;
/**
 * What is left of a name after 和 or 同 is cut off, where it is no company's name: one character
 * before a trade's word (黄医药 of 和黄医药, 邦生物 of 和邦生物, 利科技 of 和利科技). A company's short
 * name puts a brand of two characters or more before its trade (恒瑞医药, 中信证券, 小米集团), so the
 * character cut off belongs to the brand and the whole (和黄医药) is the name. Two characters or
 * more before the trade (和中国人寿, 和华兰生物) leave a name of its own: the conjunction goes.
 */
const ONE_CHARACTER_BRAND = /^[\u4e00-\u9fa5](?:医药|药业|生物|科技|股份|集团|控股|电气|电子|光电|能源|环保|化工|材料|新材|智能|传媒|实业|置业|地产|证券|银行|保险|食品|电力|通信|网络|重工|机械|汽车|矿业|物流|软件|信息|国际)$/;

/**
 * Whether a name opening with 和 or 同 after another code's bracket is one name, not the conjunction
 * and the next company: it opens with a listed name that holds the character (同仁堂科技, 同仁堂's
 * Hong Kong arm, after 同仁堂), or what the cut leaves is no name of its own (ONE_CHARACTER_BRAND).
 */
function opensWithItsConjunction(name: string, conjunction: string): boolean {
  if (conjunction !== '和' && conjunction !== '同') return false;
  return CONJUNCTION_NAMES.some((n) => n.startsWith(conjunction) && name.startsWith(n)) || ONE_CHARACTER_BRAND.test(name.slice(1));
}
/**
 * Two names joined by a conjunction (腾讯和阿里巴巴, 包括中国石油与中国石化): two companies, each of
 * two characters or more on its side; a name with 和 after one character stays one (新和成, 润和软件).
 */
const TWO_NAMES = /[\u4e00-\u9fa5A-Za-z0-9]{2}(?:以及|[和与及])[\u4e00-\u9fa5A-Za-z0-9]{2}/;

/**
 * A role a company plays, printed right before its name (竞争对手特斯拉（TSLA.O）, 母公司中国平安): no
 * company's name opens so.
 */
const ROLE_WORD = /(?:竞争对手|对手|大客户|客户|供应商|母公司|子公司|控股股东|合作伙伴|合作方)/g;
/**
 * Listed companies whose own name holds 和 after two characters (长江和记实业, 00001.HK): read as two
 * names joined, they would be cut into a fragment no company has (记实业).
 */
const CONJUNCTION_NAMES: readonly string[] = [
  '长江和记实业', '长江和记',
  // Names that open with 和 or 同, read whole where they follow another code's bracket (浦发银行（600000.SH）和邦生物（603077.SH）):
  // 和 there would otherwise be taken as the conjunction and the name cut to a fragment (邦生物).
  '和邦生物', '和而泰', '和顺电气', '和远气体', '和胜股份', '和科达', '和晶科技', '和仁科技', '和辉光电',
  '同花顺', '同仁堂', '同方股份', '同济科技', '同有科技', '同德化工', '同庆楼', '同飞股份', '同和药业', '同兴环保', '同益股份', '同大股份',
];
/**
 * A group's word before a name (科技巨头腾讯（00700.HK）, 白酒龙头贵州茅台（600519.SH）, 新能源车企比亚迪):
 * the group the company belongs to, no part of its name; the name starts after it, unless what is
 * left is no name on its own (龙头股份: 股份).
 */
const GROUP_BEFORE_NAME = /(?:巨头|龙头股|龙头|概念股|车企|药企|房企|险企|券商|大行|厂商)/g;
/**
 * Words before 与/和/及 that are a time, a deixis or an adverb, never a company (本次与比亚迪, 此次与,
 * 公司也与): the name after the conjunction is the only one.
 */
const PAIR_LEAD_IN = /(?:本次|此次|这次|该次|首次|再次|此前|此后|之后|此外|同时|目前|今年|去年|近日|日前|近期|此番|今日|昨日|当天|本周|上周|本月|双方|已经|共同|分别|[也还已将曾均都又再正])$/;

/** A stock name's length: an A-share name fits 8 bytes (a Chinese character 2, a letter or digit 1); others up to 10 characters. */
function nameFits(name: string, market: string): boolean {
  if (market === 'sh' || market === 'sz' || market === 'bj') {
    let bytes = 0;
    for (const ch of name.replace(/^[*＊]/, '')) bytes += /[\u4e00-\u9fa5]/.test(ch) ? 2 : 1;
    return bytes <= 8;
  }
  return name.length <= 10;
}

/**
 * The stock name ending a run of words before a printed code, or '' when no start can be told.
 * `afterCode`: the run follows another code's closing bracket (a list of stocks goes on).
 */
export function printedStockName(run: string, code: string, afterCode = false): string {
  const market = code.slice(0, 2);
  // A role the company plays, printed before its name (竞争对手特斯拉, 客户苹果), is no part of it:
  // the name starts after the last role word that leaves two characters or more.
  let roleEnd = 0;
  for (const r of run.matchAll(ROLE_WORD)) if (run.length - (r.index + r[0].length) >= 2) roleEnd = r.index + r[0].length;
  for (const r of run.matchAll(GROUP_BEFORE_NAME)) {
    const end = r.index + r[0].length;
    const rest = run.slice(end);
    if (end > roleEnd && rest.replace(/^[*＊]/, '').length >= 2 && !GENERIC_NAME.test(rest) && !NOT_A_NAME.test(rest) && !GROUP_NAME.test(rest)) roleEnd = end;
  }
  for (let i = roleEnd; i < run.length; i++) {
    const name = run.slice(i).replace(/^[·－-]+/, '');
    if (!name || !nameFits(name, market)) continue;
    // A company whose own name holds or opens with a conjunction's character (长江和记实业, 和邦生物) is one name.
    const whole = CONJUNCTION_NAMES.find((n) => name === n);
    if (whole) return whole;
    // A conjunction opening the name joins it to the stock before (与比亚迪, 随后与比亚迪): the name is after it.
    const conjunction = (i === 0 && afterCode ? LEADING_CONJUNCTION_AFTER_CODE : LEADING_CONJUNCTION).exec(name);
    if (conjunction && name.length - conjunction[0].length >= 2 && !opensWithItsConjunction(name, conjunction[0])) continue;
    // Two names joined by a conjunction are two companies: the code is the nearer's (腾讯和阿里巴巴（BABA.N）).
    if (TWO_NAMES.test(name)) continue;
    // The name starts after a lead-in word, or where Latin letters or digits give way to Chinese (最大IPO中国电信).
    if (i > 0 && i !== roleEnd && !NAME_LEAD_IN.test(run.slice(0, i)) && !(/[A-Za-z0-9]$/.test(run.slice(0, i)) && /^[\u4e00-\u9fa5]/.test(name))) continue;
    return NOT_A_NAME.test(name) || GENERIC_NAME.test(name) || GROUP_NAME.test(name) || name.replace(/^[*＊]/, '').length < 2 ? '' : name;
  }
  return '';
}

/**
 * A board's first code is its 001 (深市主板 000001 平安银行, 中小板 002001 新和成, 创业板 300001 特锐德,
 * 科创板 688001 华兴源创): the board's prefix followed by zeros (000000, 002000, 300000, 688000) is
 * no company's code, only a made-up one. Shanghai's main board began at 600000 (浦发银行), which is
 * a stock.
 */
const NEVER_ISSUED = /^(?:000000|002000|300000|688000)$/;

/**
 * Whether an A-share code is on a stock board of its exchange: Shanghai 600/601/603/605/688/689 (900
 * B shares), Shenzhen 000–003/300/301 (200 B shares), Beijing 43x/83x–89x/920. The other numbers of
 * an exchange are funds and ETFs (Shanghai 50x/51x/56x/58x, Shenzhen 15x/16x), bonds and convertible
 * bonds (Shanghai 01x/10x/11x/12x/13x, Shenzhen 10x–13x), repos and indexes (000300.SH, 399006.SZ).
 */
export function onStockBoard(code: string): boolean {
  const digits = code.slice(2);
  if (NEVER_ISSUED.test(digits)) return false;
  if (code.startsWith('sh')) return /^(?:60[0135]|68[89]|900)/.test(digits);
  if (code.startsWith('sz')) return /^(?:00[0-3]|30[01]|200)/.test(digits);
  if (code.startsWith('bj')) return /^(?:43|8[3-9]|92)/.test(digits);
  return true;
}

/** A fund's, an ETF's or a bond's name, never a stock's: its kind ends it (半导体ETF, 招商中证白酒LOF, 浦发转债, 基建REITs, 华夏成长混合, 国债, 余额宝基金). */
const FUND_NAME = /(?:ETF|LOF|FOF|QDII|REITs?|基金|联接|混合|债券|债|货币|理财)(?:[A-E]类?)?$/i;
/**
 * A fund's name by its shape when its code cannot tell (an open-end fund's six digits share a
 * Shenzhen stock's, 华夏回报 002001 beside 新和成 sz002001): a fund house's name, then a fund's
 * style (回报, 成长, 精选, 红利…) and nothing else. A stock of a company named like a fund house names
 * its trade instead (华夏银行, 招商轮船, 南方精工, 华安证券, 国泰集团).
 */
const FUND_HOUSE_STYLE =
  /^(?:华夏|易方达|南方|嘉实|博时|广发|汇添富|富国|招商|工银|建信|鹏华|银华|大成|华安|国泰|景顺长城|兴全|中欧|交银|天弘|万家|诺安|华宝|融通|农银|中银|长盛|长信|华商|宝盈|海富通|诺德|上投摩根|东方红|前海开源|华泰柏瑞|国投瑞银|申万菱信|兴证全球|泰达宏利|光大保德信|浦银安盛|民生加银|金鹰|中邮|财通|永赢|创金合信)(?:回报|成长|收益|精选|优选|红利|稳健|价值|增利|增强|配置|灵活|纯债|蓝筹|优势|策略|主题|先锋|领先|增长|平衡|添利|双债|趋势|轮动|机遇|睿选|稳利|稳益|优质|双利|增益|新兴|核心|行业|优化)(?:[A-E]类?)?$/;

/** The stock a printed code names after `run`, or null when it names none (a measure, a label, an index, a fund, a bond). */
function printedStock(run: string, g: Record<string, string | undefined>, afterCode: boolean): { code: string; name: string } | null {
  const code = printedStockCode(g);
  // A code off its exchange's stock boards is a fund's, an ETF's, a bond's or an index's (512480.SH, 110059.SH).
  if (!code || !onStockBoard(code)) return null;
  const name = printedStockName(run, code, afterCode);
  // A code after a measure or a label (人数, 代码, 2021年) or an index's name names no stock.
  if (!name && (NOT_A_NAME.test(run) || /^\d+$/.test(run) || run.length < 2)) return null;
  // A bare code is a stock's only after a stock's name or a 股票代码 label: funds share the six digits (天弘余额宝（000198）).
  if (!name && !g.label && (g.bare || g.hb)) return null;
  if (INDEX_NAME.test(name) || INDEX_END.test(run)) return null;
  // A fund's, an ETF's or a bond's name (半导体ETF, 浦发转债, 华夏回报) names no stock, whatever its code.
  if (FUND_NAME.test(run) || FUND_HOUSE_STYLE.test(name)) return null;
  return { code, name };
}

/** Stocks a text names by printed code, in order: code and name (the name may be ''); a dual listing in one bracket gives each listing. */
export function printedStocks(text: string): { code: string; name: string }[] {
  const out: { code: string; name: string }[] = [];
  // Most lines hold no bracket opening on a code: the pattern, which tries every position for a
  // name, is not run on them (every code above opens with a digit, a capital or one of these words).
  if (!CODE_OPENS.test(text)) return out;
  for (const m of text.matchAll(STOCK_PRINTED_CODE.pattern)) {
    const g = m.groups as Record<string, string | undefined>;
    const run = g.run ?? '';
    const afterCode = /[）)]\s*$/.test(text.slice(Math.max(0, m.index - 4), m.index));
    const first = printedStock(run, g, afterCode);
    if (!first) continue;
    // 中国平安（601318.SH、02318.HK）: the company's other listings, printed after the first in its brackets.
    const codes = [{ code: first.code, bare: false }];
    let at = m.index + m[0].length;
    for (let more = MORE_CODE.exec(text.slice(at)); more; more = MORE_CODE.exec(text.slice(at))) {
      at += more[0].length;
      const mg = more.groups as Record<string, string | undefined>;
      const code = printedStockCode(mg);
      if (code && onStockBoard(code)) codes.push({ code, bare: !!(mg.bare ?? mg.hb) });
    }
    const markets = new Set(codes.map((c) => market(c.code)));
    // 腾讯和阿里巴巴（00700.HK、BABA.N）: the codes are the two companies', not one company's listings.
    const pair = codes.length > 1 && first.name !== '' && run.endsWith(first.name) && pairBefore(run.slice(0, run.length - first.name.length));
    if (markets.size === codes.length && !pair) {
      for (const { code } of codes) out.push({ code, name: first.name });
      continue;
    }
    // 国有大行（601398.SH、601939.SH、601288.SH）: two codes on one market are several companies, none
    // named: each code is listed without a name (the words before are a group's, or a mistake); a
    // bare code without its name may be a fund's (the same six digits) and names none.
    for (const { code, bare } of codes) if (!bare) out.push({ code, name: '' });
  }
  return out;
}

/**
 * Whether the words before a name end with another name and a conjunction (腾讯和, 包括中国石油与): the
 * name is the second of two companies. A lead-in before the conjunction (随后与, 其中和) is no name.
 */
function pairBefore(before: string): boolean {
  const m = /(?:以及|[和与及])$/.exec(before);
  if (!m) return false;
  const first = before.slice(0, before.length - m[0].length);
  return /[\u4e00-\u9fa5A-Za-z0-9]{2}$/.test(first) && !NAME_LEAD_IN.test(first) && !PAIR_LEAD_IN.test(first);
}

/**
 * The market a code trades on: A shares (Shanghai, Shenzhen, Beijing), B shares (Shanghai 900, Shenzhen
 * 200: a company's shares traded in foreign currency, 张裕B 200869 beside 张裕A 000869), Hong Kong or the US.
 */
function market(code: string): string {
  if (code.startsWith('hk')) return 'hk';
  if (code.startsWith('us')) return 'us';
  return /^(?:sh900|sz200)/.test(code) ? 'b' : 'a';
}

/**
 * What a stock link's context must be to be refused: `text` is the sentence, `link` the linked
 * name (its first occurrence in `text` is the link).
 */
export interface LinkContextExamples {
  /** `code`: the link's own stock code (stock_<code>), where the rule reads it. */
  match: readonly { text: string; link: string; code?: string }[];
  noMatch: readonly { text: string; link: string; code?: string }[];
}

/**
 * Sina's keyword linker links a listed company's name wherever the text has it, also at the start
 * of a longer name that is not the company: 中国银行 in 中国银行保险监督管理委员会 (the regulator) or
 * 中国银行业协会, 上海银行 in 上海银行间同业拆放利率 (SHIBOR), 中国建筑 in 中国建筑业协会, 中国动力
 * in 中国动力电池产业创新联盟, 东湖高新 in 东湖高新区, and a company named after its industry on the
 * industry's phrases (中国电影 in 中国电影票房, 中国电影春节档: Chinese cinema's box office, not the
 * distributor's). A link whose name the text right after it continues into such a name (an
 * association, a regulator, a newspaper, a university, a place, the industry's box office) names
 * no stock. Only the names listed here: 中国银行业绩 (the bank's results), 中国银行保险业务 (the bank's
 * insurance business) and 中国平安保险 (the company's own full name) go on naming the company.
 */
export const STOCK_LINK_LONGER_NAME: RuleMeta & {
  /** A linked name's shape, then the words that continue it into a longer name that is not the company. */
  continuations: readonly (readonly [RegExp, readonly string[]])[];
  /**
   * A company named after its industry (中国电影): the words after the name that make it the
   * industry (票房, 行业, 金鸡奖, 导演协会, 市场 with a market's words, 产业链个股), and the words that
   * make it the company (市场份额, 主发, 发行的, 布局, 公告, 股价), read a few characters on where a
   * season or a chain stands between (国庆档|主发, 产业链|布局), and its results and rank (分账收入,
   * 净利润, 营业收入, 行业龙头, 行业第一) read on to the clause's end: 中国电影票房分账收入同比增长 is the
   * distributor's share, 中国电影票房已超60亿元 and 中国电影票房收入创新高 the industry's. The company's
   * words win; a name followed by neither is the company.
   */
  industryNames: readonly { name: RegExp; industry: RegExp; company: RegExp }[];
  examples: LinkContextExamples;
} = {
  id: 'stock.link.longer-name',
  reason: "a stock link on the start of a longer name (中国银行 in 中国银行保险监督管理委员会, 中国银行业协会) or of a phrase of the industry the company is named after (中国电影 in 中国电影票房) is the linker's mistake, not the company",
  continuations: [
    // Any bank: its name then 银行业 (the banking industry's bodies), 银行间 (the interbank market), 银行保险 (the regulator and its paper).
    [/银行$/, ['业协会', '业监督管理委员会', '业监督管理局', '业监管', '业金融机构', '保险监督管理委员会', '保险监督管理局', '保险监管', '保险报', '间市场', '间同业拆', '间债券市场', '间交易商协会']],
    [/^中国建筑$/, ['业协会', '学会', '科学研究院', '装饰协会']],
    [/^中国石油$/, ['和化学工业联合会', '大学', '学会', '流通协会']],
    [/^中国黄金$/, ['协会']],
    [/^中国软件$/, ['行业协会']],
    [/^中国电影$/, ['资料馆', '博物馆']],
    [/^中国化学$/, ['会']],
    [/^中国稀土$/, ['行业协会', '学会']],
    [/^中国出版$/, ['协会']],
    [/^中国卫星$/, ['导航定位协会', '导航系统管理办公室']],
    [/^中国船舶$/, ['工业行业协会']],
    [/^中国医药$/, ['企业管理协会', '商业协会', '保健品进出口商会']],
    [/^中国动力$/, ['电池产业创新联盟']],
    [/^东湖高新$/, ['区', '技术开发区']],
  ],
  industryNames: [
    {
      name: /^中国电影$/,
      // Chinese cinema: its box office (总票房, 年度票房, 春节档票房), its seasons, the industry, its
      // awards and guilds, its market where a market's words follow, the chain's stocks.
      industry:
        /^(?:[^，,。；！？]{0,4}?(?:总|年度|全年|累计)?票房|(?:春节|国庆|暑期|贺岁|元旦|五一|清明|中秋)档|行业|产业|金鸡|百花奖|华表奖|[\u4e00-\u9fa5]{0,5}?(?:协会|学会)|市场[^，,。；！？]{0,4}?(?:复苏|回暖|规模|恢复|繁荣|低迷|萎缩|增长|票房|观影))/,
      // The distributor: its market share, the films it distributes (主发, 主控发行, 发行的, 出品的),
      // its cinemas and chain (旗下, 院线), its business layout, its announcements, its shares.
      // Its results and its rank read on to the clause's end (bounded by the words read beside the
      // link): 票房分账收入 (the distributor's share), 净利润, 营业收入, 行业龙头, 行业第一 (not 第一次).
      company:
        /^[^，,。；！？]{0,4}?(?:市场份额|份额|主发|主控|联合发行|发行的|出品|参投|旗下|院线|布局|公告|股价|股份|股票|市值|营收|净利|涨停|跌停|（\d{6}）|\(\d{6}\))|^[^，,。；！？、]{0,16}?(?:分账|营收|营业收入|主营|净利|利润|毛利|归母|业绩|龙头|(?:行业|业内)(?:第一(?!次)|首位|居首))/,
    },
  ],
  examples: {
    match: [
      { text: '中国银行保险监督管理委员会近日发布通知。', link: '中国银行' },
      { text: '中国银行业协会发布的报告显示，银行业资产质量总体稳定。', link: '中国银行' },
      { text: '中国银行间市场交易商协会公告称。', link: '中国银行' },
      // 2022-01-14_152f6882: the 来源 line's outlet, 中国银行保险报.
      { text: '来源：中国银行保险报', link: '中国银行' },
      { text: '上海银行间同业拆放利率（Shibor）多数下行。', link: '上海银行' },
      { text: '北京银行业协会相关负责人表示。', link: '北京银行' },
      { text: '中国建筑业协会会长表示。', link: '中国建筑' },
      { text: '中国石油和化学工业联合会发布数据。', link: '中国石油' },
      { text: '中国黄金协会最新统计数据显示。', link: '中国黄金' },
      // 2021-07-11_11a6005c: an alliance the linker cut at 中国动力.
      { text: '中国动力电池产业创新联盟最新发布的数据显示', link: '中国动力' },
      // 2022-02-25_98eb28dc: a development zone, not the company.
      { text: '东湖高新区培育了一批光电子企业。', link: '东湖高新' },
      // 2022-02-07_fa4b7032: the box office of Chinese films over the Spring Festival, a subhead.
      { text: '虎年中国电影春节档票房已超60亿元', link: '中国电影' },
      { text: '截至大年初六，中国电影票房已超60亿元。', link: '中国电影' },
      { text: '中国电影市场持续回暖。', link: '中国电影' },
      { text: '中国电影总票房突破500亿元。', link: '中国电影' },
      { text: '今年中国电影年度票房有望创新高。', link: '中国电影' },
      { text: '中国电影行业加速复苏。', link: '中国电影' },
      { text: '第34届中国电影金鸡奖颁奖典礼在厦门举行。', link: '中国电影' },
      { text: '中国电影导演协会发布声明。', link: '中国电影' },
      { text: '中国电影家协会主席表示。', link: '中国电影' },
      { text: '影视板块中，中国电影产业链个股集体上涨。', link: '中国电影' },
      { text: '中国电影市场规模已居全球前列。', link: '中国电影' },
      // The industry's box-office income and rank, no company's result word.
      { text: '中国电影票房收入创下历史新高。', link: '中国电影' },
      { text: '中国电影票房排行榜前十名中，国产片占据七席。', link: '中国电影' },
      { text: '中国电影行业第一次出现全年票房下滑。', link: '中国电影' },
    ],
    noMatch: [
      { text: '中国银行（601988）股价上涨。', link: '中国银行' },
      { text: '中国银行发布公告称，将下调存量房贷利率。', link: '中国银行' },
      { text: '中国银行业绩稳健增长。', link: '中国银行' },
      { text: '中国银行保险业务收入增长较快。', link: '中国银行' },
      { text: '中国平安保险和京东集团，分别有8家。', link: '中国平安' },
      { text: '中国建筑、中国中铁等央企。', link: '中国建筑' },
      { text: '上海银行间接持有该公司股份。', link: '上海银行' },
      { text: '中国电影（600977）发布公告。', link: '中国电影' },
      { text: '中国电影股价大涨，春节档影片表现亮眼。', link: '中国电影' },
      { text: '中国电影发行的影片票房领先。', link: '中国电影' },
      { text: '公司公告显示，中国电影市场份额连续多年位居行业第一。', link: '中国电影' },
      { text: '中国电影国庆档主发影片《长津湖》票房领先。', link: '中国电影' },
      { text: '中国电影春节档主控发行影片数量居首。', link: '中国电影' },
      { text: '中国电影产业链布局完整，覆盖制片、发行、放映全环节。', link: '中国电影' },
      // A market with none of a market's words after: the company's (its distribution market).
      { text: '中国电影市场化改革持续推进。', link: '中国电影' },
      { text: '中国电影旗下影院票房同比增长。', link: '中国电影' },
      // The industry's words first, then the company's results or rank later in the clause.
      { text: '中国电影票房分账收入同比增长30%，净利润大增。', link: '中国电影' },
      { text: '作为中国电影行业龙头，公司发行能力居首。', link: '中国电影' },
      { text: '中国电影行业第一的发行能力不减。', link: '中国电影' },
    ],
  },
  fixture: 'seed-format/2022-01-14_152f6882.md',
};

/**
 * Some listed companies are named by an ordinary phrase or a place (线上线下 300959, 新产业 300832,
 * 机器人 300024, 老百姓 603883, 农产品 000061, 驱动力 838275, 动力源 600405, 鄂尔多斯 600295, 金融街 000402), and
 * Sina's keyword linker links the phrase wherever the text uses it (推动线上线下融合发展, 要让老百姓手里有钱, 新动力源,
 * 鄂尔多斯市). Such a link is a mention of the company only where the words beside it speak of a
 * company: its code right after (（300959）), a company's words right after (股份, 公司, 股价, 涨停,
 * 公告, 董事长, 证券: 太平洋证券), a stock's words right before (个股, 概念股, 上市公司), a list of
 * stocks it stands in (线上线下、机器人等多股涨停, 新大陆、线上线下涨超5%), its own longer name
 * (老百姓大药房, 新松机器人), or, where the name opens its clause or follows a lead-in (据, 与, 此外),
 * its papers, figures and acts (发布公告, 的公告, 2021年营收, 宣布, 表示, 持有). A word right before
 * the name makes it part of a longer phrase (不少老百姓表示, 工业机器人): the phrase.
 */
export const STOCK_LINK_COMMON_PHRASE: RuleMeta & {
  names: ReadonlySet<string>;
  /** The company's words right after the name (its code, 股份, 公司, 股价, 涨停…). */
  companyAfter: RegExp;
  /** A stock's words right before the name (个股, 概念股, 上市公司…). */
  companyBefore: RegExp;
  /** A company's act right after the name, where the name opens its clause (人人乐表示, 好想你宣布). */
  companyVerb: RegExp;
  /** The company's papers and figures right after the name (发布公告, 的公告, 2021年营收). */
  companyOf: RegExp;
  /** A list of stocks the name stands in (线上线下、机器人等多股涨停, 新大陆、线上线下涨超5%). */
  stockList: RegExp;
  /** The company's own longer names around the link (老百姓|大药房, 新松|机器人). */
  ownNames: readonly string[];
  examples: LinkContextExamples;
} = {
  id: 'stock.link.common-phrase',
  reason: 'a stock named by an ordinary phrase or a place (线上线下, 老百姓, 鄂尔多斯), linked where the sentence uses the phrase and not the company, is no mention of the stock',
  names: new Set([
    // Phrases: every one seen linked in ordinary sentences of the corpus, and a few of the same kind.
    '线上线下', '新产业', '机器人', '老百姓', '智慧农业', '太阳能', '农产品', '驱动力', '数字人', '新文化',
    '创新医疗', '国际医学', '信息发展', '美丽生态', '新大陆', '好想你', '人人乐', '动力源',
    // Places (a city, a district, a street, a landmark, an ocean).
    '金融街', '中关村', '鄂尔多斯', '连云港', '张家界', '陆家嘴', '外高桥', '东方明珠', '太平洋',
  ]),
  companyAfter:
    /^\s*(?:[\u4e00-\u9fa5]{0,6}?股份|[（(]\s*(?:(?:股票|证券)?代码\s*[：:]\s*)?(?:\d{6}|\d{5}|[A-Z]{2}\d{6})|\d{6}\b|公司|集团|控股|证券|股价|股票|市值|公告|董事|董秘|总经理|总裁|高管|年报|半年报|季报|财报|营收|净利|回购|减持|增持|(?:今日|早盘|盘中|午后|尾盘|当日|昨日)?(?:大|收|再度|一度|集体)?(?:涨停|跌停|涨|跌)(?!价))/,
  companyBefore: /(?:个股(?:方面|中)?[，,：:]?|股票|概念股|龙头股|上市公司|港股|[AB]股|持股|入股|参股|股东)\s*$/,
  companyVerb: /^(?:宣布|表示|称|披露|公布|持有|回应|澄清|拟)/,
  companyOf: /^(?:的)?(?:发布公告|公告|年报|半年报|季报|财报|股价|股东|董事会|公司|(?:\d{4}年)?(?:全年|上半年|前三季度|[一二三四]季度)?(?:营收|营业收入|净利润?))/,
  stockList: /^(?:、[^，。；！？]{1,12}?)*(?:等[^，。；！？]{0,6}?股|[^，。；！？]{0,12}?(?:涨停|跌停|涨超|跌超|涨逾|跌逾))/,
  ownNames: ['老百姓大药房', '新松机器人'],
  examples: {
    match: [
      { text: '推动线上线下融合发展。', link: '线上线下' },
      { text: '线上线下联动执法，严厉打击网约车非法营运。', link: '线上线下' },
      { text: '新技术、新产业、新业态、新模式不断涌现。', link: '新产业' },
      { text: '工业机器人、集成电路等产品产量同比增长。', link: '机器人' },
      { text: '要让老百姓手里有更多的钱可以去消费。', link: '老百姓' },
      { text: '农产品市场分析预警团队蔬菜首席分析师。', link: '农产品' },
      { text: '致敬时代驱动力', link: '驱动力' },
      { text: '鄂尔多斯市、扬州市、阿拉山口市等地。', link: '鄂尔多斯' },
      { text: '农产品价格上涨。', link: '农产品' },
      // A modifier before the name: the phrase, not the company, acts.
      { text: '不少老百姓表示，物价总体平稳。', link: '老百姓' },
      { text: '从老百姓的角度来讲，最后要看到老百姓的收入增长。', link: '老百姓' },
      { text: '机电产品、农产品分别进口1.11万亿元。', link: '农产品' },
      { text: '荆州、连云港、汕头入围今年“五一”热门旅游城市。', link: '连云港' },
      { text: '2021金融街论坛年会上也曾表示。', link: '金融街' },
      // 动力源 (600405) is also "a source of driving force", the words of planning documents.
      { text: '培育和形成区域经济发展新动力源；', link: '动力源' },
    ],
    noMatch: [
      { text: '线上线下（300959）股价大涨。', link: '线上线下' },
      { text: '线上线下股价大涨。', link: '线上线下' },
      { text: '线上线下涨停。', link: '线上线下' },
      { text: '线上线下公告称，拟收购一家公司。', link: '线上线下' },
      { text: '概念股线上线下早盘冲高。', link: '线上线下' },
      { text: '老百姓大药房连锁股份有限公司', link: '老百姓' },
      { text: '太平洋证券则表示，由于计提资产减值。', link: '太平洋' },
      { text: '机器人（300024）发布公告。', link: '机器人' },
      { text: '老百姓大药房发布公告称，拟收购多家门店。', link: '老百姓' },
      { text: '新松机器人发布公告。', link: '机器人' },
      { text: '鄂尔多斯发布公告称，公司2021年净利润同比增长。', link: '鄂尔多斯' },
      { text: '机器人2021年营收同比增长。', link: '机器人' },
      { text: '据机器人的公告，公司拟回购股份。', link: '机器人' },
      { text: '好想你宣布，拟收购百草味。', link: '好想你' },
      { text: '人人乐表示，公司将继续推进门店调整。', link: '人人乐' },
      { text: '金融街持有该项目51%股权。', link: '金融街' },
      { text: '线上线下、机器人等多股涨停。', link: '机器人' },
      { text: '个股方面，新大陆、线上线下涨超5%。', link: '新大陆' },
      { text: '此外，鄂尔多斯发布公告称。', link: '鄂尔多斯' },
      { text: '动力源（600405）发布公告。', link: '动力源' },
      { text: '动力源股价大涨。', link: '动力源' },
    ],
  },
  fixture: 'seed-format/2022-02-08_5733a6f1.md',
};

/**
 * Sina's keyword linker links a listed company's short name where the text names the unlisted
 * group above it: 中国化学 in 中国化学工程集团有限公司, 中国中车 in 中国中车集团有限公司, 中国石油 in
 * 中国石油天然气集团公司. The words right after the link complete a group's name (a few words, then
 * 集团, 集团公司, 集团有限公司): the parent, not the listed company. The listed company keeps its
 * own names: 中国石油天然气股份有限公司 and 美的集团股份有限公司 (股份: the company that issues the
 * shares), its code, its words (中国石油股价, 中国中车发布公告). 集团化 (grouping) and 集团军 (an army)
 * name no group, nor do words that join or qualify (中国石油等央企集团, 中国石油与集团内企业).
 */
export const STOCK_LINK_GROUP_NAME: RuleMeta & {
  pattern: RegExp;
  /**
   * Listed companies whose own short name ends in 集团 (美的集团 000333, 上汽集团 600104, 京东集团
   * 09618.HK): the linker links the shorter 美的, and the 集团 after it completes the listed company's
   * own name, not a parent's. Their parents carry other names (美的控股, 上海汽车工业（集团）总公司).
   */
  listedNames: ReadonlySet<string>;
  /**
   * Markets where the listed company is the group itself: a company listed in New York (usBABA,
   * usJD) is the offshore holding at the top of its group (Alibaba Group Holding), so its short
   * name with 集团 right after it (阿里巴巴集团, 百度集团) is the company the link names. The
   * unlisted state parents above a listed arm (中国中车集团, 中国石油天然气集团) stand above an A or
   * H share, which Sina links by its Shanghai, Shenzhen or Hong Kong code.
   */
  groupListed: RegExp;
  examples: LinkContextExamples;
} = {
  id: 'stock.link.group-name',
  reason: "a stock link on the start of an unlisted parent group's name (中国中车 in 中国中车集团有限公司, 中国石油 in 中国石油天然气集团公司) names the group, not the listed company; 股份有限公司 is the listed company",
  // The text right after the link: up to four words of the name (no joining or qualifying word), then 集团, not followed by 股份 (the listed company), 化 or 军.
  pattern: /^(?<rest>(?:(?![等和与及或为是的在这该各旗下所属])[\u4e00-\u9fa5]){0,4})(?<group>集团)(?!化|军|(?:有限|有限责任)?股份)(?<company>(?:有限责任|有限)?公司)?/,
  listedNames: new Set([
    // Shanghai and Shenzhen.
    '美的集团', '上汽集团', '广汽集团', '中集集团', '金地集团', '东方集团', '海大集团', '兴发集团', '拓普集团',
    '杭叉集团', '龙佰集团', '株冶集团', '华建集团', '华设集团', '健盛集团', '友发集团', '锦泓集团',
    // Hong Kong.
    '京东集团', '小米集团', '百度集团', '携程集团', '联想集团', '龙湖集团', '世茂集团', '远洋集团', '创维集团', '华住集团',
  ]),
  groupListed: /^us/,
  examples: {
    match: [
      // 2022-01-14_152f6882: an award list naming the parents' chairmen.
      { text: '中国化学工程集团有限公司党委书记、董事长戴和根；', link: '中国化学' },
      { text: '中国中车集团有限公司党委书记、董事长孙永才；', link: '中国中车' },
      // seed-audit/2022-02-14_0ec8bcb8: an oil field of the parent group.
      { text: '1月26日，在中国石油天然气集团公司青海油田公司，工作人员正在巡检。', link: '中国石油' },
      { text: '中国石油天然气集团有限公司发布2021年社会责任报告。', link: '中国石油' },
      { text: '中国中车集团旗下企业积极参与“一带一路”建设。', link: '中国中车' },
      { text: '中国建筑集团有限公司董事长郑学选表示。', link: '中国建筑' },
    ],
    noMatch: [
      { text: '中国中车（601766）股价上涨。', link: '中国中车' },
      { text: '中国石油股价盘中一度涨停。', link: '中国石油' },
      { text: '中国石油发布公告称，上半年净利润同比增长。', link: '中国石油' },
      { text: '中国石油天然气股份有限公司发布2021年年度报告。', link: '中国石油' },
      { text: '美的集团股份有限公司发布公告。', link: '美的' },
      { text: '中国石油等央企集团加大了勘探开发投入。', link: '中国石油' },
      { text: '中国中车集团化运营取得成效。', link: '中国中车' },
      { text: '中国中车、中国通号两家集团公司', link: '中国中车' },
      { text: '圣农发展总裁、圣农集团董事长傅芬芳', link: '圣农发展' },
      // The listed company's own short name ends in 集团: the company, not a parent.
      { text: '美的集团发布年报，营收同比增长。', link: '美的' },
      { text: '京东集团公布第三季度财报。', link: '京东' },
      { text: '上汽集团1-10月销量同比下降。', link: '上汽' },
      // A New York listing is the group's own holding: 阿里巴巴集团 is the listed company.
      { text: '阿里巴巴集团公布第三季度财报，营收同比增长。', link: '阿里巴巴', code: 'usBABA' },
      { text: '拼多多集团旗下电商平台Temu增长迅速。', link: '拼多多', code: 'usPDD' },
    ],
  },
  fixture: 'seed-format/2022-01-14_152f6882.md',
};

/**
 * Sina's keyword linker matches characters, not words: it links a listed company's name where the
 * characters sit across a word's boundary, so the link starts or ends inside a word of the
 * sentence: 海洋王 in 珠海长隆海洋王国 (海洋王|国, the theme park), 新文化 in 创新文化发展工程
 * (创|新文化), 数字人 in 数字人文研究 (数字人|文) and in 数字人民币 (数字人|民币). A link whose text,
 * with the characters right beside it, spells one of these words names no stock. The company keeps
 * its name where the words beside it are its own: 海洋王照明, 海洋王（002724）, 新文化（300336）公告称.
 */
export const STOCK_LINK_SPLIT_WORD: RuleMeta & {
  /** Words the linker cuts, each holding a stock's name that starts or ends inside it. */
  words: readonly string[];
  /** The company's own longer words that hold one of `words` (美的生活电器, its home-appliance business): the company. */
  ownWords: readonly string[];
  examples: LinkContextExamples;
} = {
  id: 'stock.link.split-word',
  reason: 'a stock link that starts or ends inside a word of the sentence (海洋王|国, 创|新文化, 数字人|民币) is the linker matching characters across a word, not the company',
  // Whole words only, as printed: 长隆海洋王国 (the park's name, not 海洋王国, which 海洋王国际化 also spells).
  // 美的生活 ("a beautiful life", a slogan's phrase: 美 the adjective, 的 its particle).
  words: ['长隆海洋王国', '创新文化', '数字人文', '数字人民币', '平安夜', '最美的', '更美的', '美的生活'],
  ownWords: ['美的生活电器', '美的生活家电'],
  examples: {
    match: [
      // 2021-05-05_4698a33a: the theme park.
      { text: '北京欢乐谷、珠海长隆海洋王国、中华恐龙园等。', link: '海洋王' },
      // seed-audit/2022-03-14_b35d17e5: a programme of culture.
      { text: '科普智慧提升工程、创新文化发展工程、科普基础设施建设工程。', link: '新文化' },
      // 2022-08-12_799b85dd: digital humanities.
      { text: '宁波历史数字人文研究项目团队带头人。', link: '数字人' },
      { text: '数字人民币试点范围进一步扩大。', link: '数字人' },
      // 平安|夜 (Christmas Eve), 最|美的 (the most beautiful): the linker's 中国平安 and 美的集团 names.
      { text: '平安夜前后，商场客流明显回升。', link: '平安' },
      { text: '这是一年中最美的风景。', link: '美的' },
      { text: '让更多家庭享受美的生活，是我们的愿景。', link: '美的' },
    ],
    noMatch: [
      { text: '海洋王（002724）发布公告。', link: '海洋王' },
      { text: '海洋王照明科技股份有限公司', link: '海洋王' },
      { text: '新文化（300336）公告称，拟转让子公司股权。', link: '新文化' },
      { text: '数字人股价大涨。', link: '数字人' },
      { text: '平安银行发布公告。', link: '平安' },
      { text: '美的（000333）发布年报，营收同比增长。', link: '美的' },
      // 海洋王|国际化: the company's strategy, the characters spell 海洋王国 across the words.
      { text: '海洋王国际化战略稳步推进。', link: '海洋王' },
      // 美的生活电器事业部: the company's home-appliance business.
      { text: '美的生活电器事业部总裁表示。', link: '美的' },
    ],
  },
  fixture: 'seed-format/2021-05-05_4698a33a.md',
};

/**
 * A credit line names where the text, a picture or the figures came from (来源：中华人民共和国公安部网站、新华网,
 * （来源：人民网）, 图片来源：新华网): the outlets and providers it lists are credited, not stocks the article
 * speaks of, though some are listed companies Sina's keyword linker links (新华网 603888, 人民网 603000,
 * 东方财富 300059, 同花顺 300033). Only an outlet's or a data provider's name is refused: a company credited
 * for its own picture or figures (图片来源：比亚迪, 数据来源：贵州茅台, 图/比亚迪官方) is the company the
 * article shows and speaks of. A link is in such a line when the line, from its start to the link,
 * is a credit's label (来源：, 图源：, 图/, 图片来自, 数据来源于) followed by names only (no sentence ends
 * before the link), and after it come only the provider's product word (Choice, iFinD, 客户端), then
 * the line's end, another name, the date the figures stand at (，截至2022年3月15日, （截至3月15日）) or a
 * second credit (制图：张三). A sentence or company word after it (新华网（603888）…, 新华网发布公告称，…,
 * 来源：东方财富，东方财富2021年营收大增) speaks of the company, and so does a credit to the papers the
 * company publishes about itself (资料来源：新华网2021年年度报告, 新华网公告): those are the company's own
 * figures. An outlet's or data provider's own account (来源：新华网官方微博) is the outlet publishing, still
 * a credit.
 */
export const STOCK_LINK_CREDIT_LINE: RuleMeta & {
  /** The line's text from its start to the link: a credit's label, its colon, the names before the link. */
  pattern: RegExp;
  /** The text right after the link that keeps it in the list of names (the end, 、人民网, ）, 客户端). */
  rest: RegExp;
  /** The company's own papers right after the link (2021年年度报告, 公告, 业绩快报): a credit to the company's figures, which speaks of it. */
  ownPapers: RegExp;
  /** The outlets and data providers a credit lists (新华网, 人民网, 东方财富, 同花顺): only their names are refused; their own accounts are a credit still. */
  outlets: RegExp;
  examples: LinkContextExamples;
} = {
  id: 'stock.link.credit-line',
  reason: 'a stock link on an outlet or data provider a credit line lists (来源：…、新华网, 图片来源：人民网, 数据来源：东方财富Choice) credits the source of the text or picture; it is no mention of the stock (a company credited for its own picture or figures, 图片来源：比亚迪, is)',
  pattern:
    /^[（(【[]?\s*(?<label>(?:(?:本文|文章|稿件|原文|内容|信息|图片|视频|数据|资料)?来源|图源|转载自|转自)\s*[：:|｜丨]|(?:本文|文章|稿件|原文|内容|信息|图片|视频|数据|资料)?来源于|图片来自|图\s*[/／])\s*(?<names>[^。；！？!?：:，,]{0,400})$/,
  // The product word then: the end or a short name; another name; the figures' date (，截至… （截至…）); a second credit (制图：).
  rest: /^(?:[^。；！？!?，,：:（(]{0,16}$|[、／/|｜\s）)】\]]|[^。；！？!?，,：:（(\s]{0,12}(?:[，,（(]\s*(?:数据)?(?:截至|截止|统计(?:时间|日期|区间)?[：:]|更新(?:时间|日期|至|于)|单位[：:]|注[：:])|\s*(?:制图|制表|图|图片|摄影|文|作者|编辑|责编|责任编辑|记者|设计)\s*[：:/／丨|]))/,
  ownPapers:
    /^(?:\d{4}年(?:度)?|[一二三四]季度|上半年|半年度|前三季度|公司)?(?:年度报告|年报|半年报|季报|季度报告|财报|财务报表|财务报告|财务数据|业绩快报|业绩预告|业绩公告|业绩说明会|公告|临时公告|招股说明书|招股书|募集说明书|问询函回复|投资者关系活动记录表|投资者关系|投资者互动平台|互动平台|社会责任报告|可持续发展报告|ESG报告|官网|官方网站)/,
  outlets: /(?:网|报|社|电视台|电台|新闻|传媒|财经|^东方财富|^同花顺|^大智慧|^万得|^Wind)$/i,
  examples: {
    match: [
      // 2022-03-16_db975994: the closing credit lists two outlets, the second linked.
      { text: '来源：中华人民共和国公安部网站、新华网', link: '新华网' },
      { text: '来源：新华网', link: '新华网' },
      { text: '（来源：人民网）', link: '人民网' },
      { text: '本文来源：人民网-财经频道', link: '人民网' },
      { text: '图片来源：新华网', link: '新华网' },
      { text: '来源：新华网、人民网、央视新闻客户端', link: '人民网' },
      { text: '数据来源：东方财富Choice', link: '东方财富' },
      // The provider's product, then the date its figures stand at or the chart maker's credit.
      { text: '数据来源：东方财富Choice，截至2022年3月15日', link: '东方财富' },
      { text: '数据来源：同花顺iFinD（截至3月15日）', link: '同花顺' },
      { text: '数据来源：东方财富Choice数据 制图：张三', link: '东方财富' },
      // Picture credits and 来源于 with no colon.
      { text: '图源：新华网', link: '新华网' },
      { text: '图/新华网', link: '新华网' },
      { text: '（图片来自人民网）', link: '人民网' },
      { text: '数据来源于东方财富Choice', link: '东方财富' },
      { text: '数据来源：同花顺iFinD', link: '同花顺' },
      // An outlet's own account publishes its news: still a credit.
      { text: '来源：新华网官方微博', link: '新华网' },
    ],
    noMatch: [
      { text: '新华网（603888）发布公告称，2021年实现营业收入18.55亿元。', link: '新华网' },
      { text: '从收入来源看，新华网的广告业务收入占比较高。', link: '新华网' },
      { text: '来源：新华网（603888）2021年年度报告', link: '新华网' },
      { text: '来源方面，人民网、新华网等传媒股集体涨停。', link: '新华网' },
      { text: '来源：记者调查。新华网股价今日大涨。', link: '新华网' },
      { text: '消息来源：新华网发布公告称，公司拟回购股份。', link: '新华网' },
      // The company's own report or site credited for figures about it: the article speaks of the company.
      { text: '资料来源：贵州茅台2021年年度报告', link: '贵州茅台' },
      { text: '数据来源：新华网公告', link: '新华网' },
      { text: '来源：贵州茅台财务报表', link: '贵州茅台' },
      { text: '数据来源：贵州茅台业绩快报', link: '贵州茅台' },
      { text: '来源：宁德时代投资者关系活动记录表', link: '宁德时代' },
      { text: '资料来源：贵州茅台官方微博', link: '贵州茅台' },
      // A company (no outlet, no data provider) credited for its own picture or figures.
      { text: '图片来源：比亚迪', link: '比亚迪' },
      { text: '图/比亚迪官方', link: '比亚迪' },
      { text: '数据来源：贵州茅台', link: '贵州茅台' },
      { text: '资料来源：贵州茅台，截至2022年3月15日', link: '贵州茅台' },
      // The line goes on into a sentence on the company after a comma, not the figures' date.
      { text: '来源：东方财富，东方财富2021年营收大增', link: '东方财富' },
      { text: '图/新华网发布的2021年年度报告显示，公司营收增长。', link: '新华网' },
      // 来源于 inside a sentence on the company's income.
      { text: '收入来源于新华网的广告业务。', link: '新华网' },
    ],
  },
  fixture: 'seed-format/2022-03-16_db975994.md',
};

/** Whether `name`, with `before` and `after` beside it, spells one of `words` longer than the name (at any place the name stands in it). */
function spellsWord(words: readonly string[], name: string, before: string, after: string): boolean {
  for (const word of words) {
    if (word.length <= name.length) continue;
    for (let at = word.indexOf(name); at >= 0; at = word.indexOf(name, at + 1)) {
      if (before.endsWith(word.slice(0, at)) && after.startsWith(word.slice(at + name.length))) return true;
    }
  }
  return false;
}

/**
 * Whether a link on a name of STOCK_LINK_COMMON_PHRASE speaks of the company: its code or a company's
 * word right after or a stock's word right before, its papers and figures (发布公告, 的公告, 营收), an
 * act of the company where the name opens its clause (人人乐表示, not 不少老百姓表示), a list of stocks
 * (、…等多股, …涨超5%), or the company's own longer name (老百姓大药房, 新松机器人).
 */
function commonPhraseCompany(name: string, before: string, after: string): boolean {
  const p = STOCK_LINK_COMMON_PHRASE;
  if (p.companyAfter.test(after) || p.companyBefore.test(before) || p.stockList.test(after)) return true;
  // A word right before the name (不少老百姓) makes it part of a longer phrase: its papers
  // and acts are the company's only where the name opens its clause or follows a lead-in (据, 与).
  const opens = /(?:^|[，。；：！？、\s“”"（(]|据|由|与|和|及|其中|此外|同时|另外|而|但)$/.test(before);
  if (opens && (p.companyOf.test(after) || p.companyVerb.test(after))) return true;
  return spellsWord(p.ownNames, name, before, after);
}

/**
 * The rule that refuses a stock link on `name`, given the line's text right before and right
 * after the link, or null when the link names the company. `line` is the line's text from its
 * start to the link, where it was read that far (a credit's label opens it: STOCK_LINK_CREDIT_LINE).
 */
export function refusedStockLink(name: string, before: string, after: string, code = '', line: string = before): RuleMeta | null {
  for (const [shape, continuations] of STOCK_LINK_LONGER_NAME.continuations) {
    if (shape.test(name) && continuations.some((c) => after.startsWith(c))) return STOCK_LINK_LONGER_NAME;
  }
  for (const { name: shape, industry, company } of STOCK_LINK_LONGER_NAME.industryNames) {
    if (shape.test(name) && industry.test(after) && !company.test(after)) return STOCK_LINK_LONGER_NAME;
  }
  const group = STOCK_LINK_GROUP_NAME.pattern.exec(after);
  const g = STOCK_LINK_GROUP_NAME;
  const listedGroup = group && !group.groups!.company && (g.listedNames.has(`${name}${group.groups!.rest}集团`) || (!group.groups!.rest && g.groupListed.test(code)));
  if (group && !listedGroup) return g;
  const split = STOCK_LINK_SPLIT_WORD;
  if (spellsWord(split.words, name, before, after) && !spellsWord(split.ownWords, name, before, after)) return split;
  const p = STOCK_LINK_COMMON_PHRASE;
  if (p.names.has(name) && !commonPhraseCompany(name, before, after)) return p;
  const credit = STOCK_LINK_CREDIT_LINE;
  if (credit.outlets.test(name) && credit.pattern.test(line) && credit.rest.test(after) && !p.companyAfter.test(after) && !credit.ownPapers.test(after)) return credit;
  return null;
}

/** `refusedStockLink` on an example: the text before and after the link's first occurrence. */
export function refusedInSentence(text: string, link: string, code?: string): RuleMeta | null {
  const at = text.indexOf(link);
  return at < 0 ? null : refusedStockLink(link, text.slice(0, at), text.slice(at + link.length), code);
}
