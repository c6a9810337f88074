import type { PageIndex } from './select';
import { PAGE_WIDE_READS } from '../rules/page-families';
import type { Element } from 'domhandler';
import type { Stock } from '../article';
import { KEYWORD_NOISE, META_TAGS, TITLE_PRIVATE_USE, TITLE_SUFFIX, isOutlet } from '../rules/metadata';
import { chartStockName, keywordCode, keywordPubCodes, NEWS_KEYWORD_PUB, onStockBoard, refusedStockLink, STOCK_CHART_ALT, STOCK_LINK_CREDIT_LINE, stockShape } from '../rules/stocks';
import type { RuleMeta } from '../rules/types';
import type { Deadline } from './context';
import { selectIn, textBeside, textUpTo } from './dom';
import { normalizeText } from './text';

const pad = (n: number | string) => String(n).padStart(2, '0');

/**
 * A printed wall-clock time, or null when its parts name none (month 13, 29 February of a common
 * year, 25:21): a page's typo or a broken cell is no time, and never an invalid ISO string.
 */
function wallClock(y: string | number, mo: string | number, d: string | number, h: string | number = 0, mi: string | number = 0, s: string | number = 0): string | null {
  const [Y, M, D, H, MI, S] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  if (!(M >= 1 && M <= 12 && D >= 1 && D <= daysInMonth(Y, M - 1) && H <= 23 && MI <= 59 && S <= 59)) return null;
  return beijing(y, mo, d, h, mi, s);
}

/** Formats Beijing wall-clock parts as ISO 8601 with +08:00. */
function beijing(y: string | number, mo: string | number, d: string | number, h: string | number = 0, mi: string | number = 0, s: string | number = 0): string {
  return `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+08:00`;
}

/**
 * Reads the dates Sina writes, returning ISO 8601 in Beijing time:
 * 2018-09-28T10:37:09+08:00, 2019-09-12 11:54:27, 2018年09月28日 10:30, 2016年05月25日10:10,
 * and RFC-822 GMT (Tue, 24 Aug 2021 07:57:27 GMT) converted to +08:00.
 */
export function parseSinaDate(raw: string | null | undefined): string | null {
  const s = normalizeText(raw ?? '');
  if (!s) return null;
  // An RFC-822 date (every seed post's) starts with a capital letter, which none of the shapes
  // below but the last can match (the first and third start with a digit, the second needs 年):
  // it is read first, by arithmetic alone. The engine's other work between two calls leaves little
  // of the Date built-ins or the patterns in the caches, and each costs more then than the rest.
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) {
    const t = rfc822Time(s);
    if (t !== null) return toBeijing(t);
  }
  let m = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/);
  if (m) {
    const [, y, mo, d, h, mi, sec = '0', tz] = m;
    if (!tz) return wallClock(y!, mo!, d!, h, mi, sec);
    if (wallClock(y!, mo!, d!, h, mi, sec) === null) return null;
    const t = Date.parse(`${y}-${pad(mo!)}-${pad(d!)}T${pad(h!)}:${mi}:${pad(sec)}${tz === 'Z' ? 'Z' : tz.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`);
    return Number.isNaN(t) ? null : toBeijing(t);
  }
  m = s.match(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?)?/);
  if (m) {
    const [, y, mo, d, h = '0', mi = '0', sec = '0'] = m;
    return wallClock(y!, mo!, d!, h, mi, sec);
  }
  m = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (m) return wallClock(m[1]!, m[2]!, m[3]!);
  if (/^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}(:\d{2})? (GMT|[+-]\d{4})$/.test(s)) {
    // Date.parse reads what the arithmetic leaves (a year before 1970), but rolls an impossible day
    // over (29 Feb 2022 to 1 March): a day the month does not have names no time.
    const f = RFC822.exec(s);
    if (f && Number(f[2]) > daysInMonth(Number(f[4]), MONTHS.indexOf(f[3]!))) return null;
    const t = rfc822Time(s) ?? Date.parse(s);
    return Number.isNaN(t) ? null : toBeijing(t);
  }
  return null;
}

const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2})(?::(\d{2}))? (?:GMT|([+-])(\d{2})(\d{2}))$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * The time an RFC-822 date names (what Date.parse gives), computed from its fields when they are
 * all in range (every seed post's date); null for anything else, which Date.parse then reads.
 */
export function rfc822Time(s: string): number | null {
  const m = RFC822.exec(s);
  if (!m) return null;
  const month = MONTHS.indexOf(m[3]!);
  const [day, year, hour, minute, second] = [m[2], m[4], m[5], m[6], m[7] ?? '0'].map(Number) as [number, number, number, number, number];
  const offH = m[9] ? Number(m[9]) : 0;
  const offM = m[10] ? Number(m[10]) : 0;
  if (month < 0 || year < 1970 || hour > 23 || minute > 59 || second > 59 || offH > 23 || offM > 59) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const offset = (m[8] === '-' ? -1 : 1) * (offH * 60 + offM);
  return ((daysFromCivil(year, month + 1, day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000 - offset * 60_000;
}

const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
/** Days in a month (0-based) of the proleptic Gregorian calendar, as Date reads it. */
const daysInMonth = (y: number, month0: number) => (month0 === 1 ? (isLeap(y) ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month0]!);

/** Days since 1970-01-01 of a proleptic Gregorian date (month 1-12); H. Hinnant's days_from_civil. */
function daysFromCivil(y: number, m: number, d: number): number {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The last millisecond of 9999-12-31 UTC: up to there (and from 1970) the arithmetic below is used. */
const YEAR_9999_END = 253402300799999;

/** ISO 8601 in Beijing time (+08:00) of an instant; by arithmetic from 1970 to 9999 (civil_from_days), else through Date. */
export function toBeijing(epochMs: number): string {
  const t = epochMs + 8 * 3600_000;
  if (!(t >= 0 && t <= YEAR_9999_END)) {
    const d = new Date(t);
    return beijing(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
  }
  const days = Math.floor(t / 86_400_000);
  const secs = Math.floor((t - days * 86_400_000) / 1000);
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return beijing(y, m, d, Math.floor(secs / 3600), Math.floor(secs / 60) % 60, secs % 60);
}

const metaIndex = new WeakMap<PageIndex, Map<string, string>>();

/** name=/property= -> first non-empty content, read in one pass over the page's meta tags. */
function metaMap(index: PageIndex): Map<string, string> {
  let map = metaIndex.get(index);
  if (!map) {
    map = new Map();
    for (const el of index.select(`${PAGE_WIDE_READS.meta}[content]`)) {
      const key = el.attribs.property ?? el.attribs.name;
      const value = normalizeText(el.attribs.content ?? '');
      if (key && value && !map.has(key)) map.set(key, value);
    }
    metaIndex.set(index, map);
  }
  return map;
}

/** First non-empty content among meta tags named (name= or property=) as listed. */
export function metaContent(index: PageIndex, names: readonly string[]): string | null {
  const map = metaMap(index);
  for (const name of names) {
    const v = map.get(name);
    if (v) return v;
  }
  return null;
}

/** Meta-tag values every template starts from (META_TAGS in src/rules/metadata.ts). */
export function readMetaTags($: PageIndex) {
  const keywords = metaContent($, META_TAGS.keywords);
  return {
    title: metaContent($, META_TAGS.title),
    publishedAt: parseSinaDate(metaContent($, META_TAGS.publishedAt)),
    source: metaContent($, META_TAGS.source),
    keywords: keywords ? splitList(keywords).filter((k) => !KEYWORD_NOISE.values.includes(k)) : [],
    /** Sina's site-wide keywords the meta tag also lists (KEYWORD_NOISE), left out of `keywords`. */
    keywordNoise: keywords ? splitList(keywords).filter((k) => KEYWORD_NOISE.values.includes(k)) : [],
    url: decodeUrl(metaContent($, META_TAGS.url) ?? $.first(PAGE_WIDE_READS.canonical)?.attribs.href ?? null),
    leadImage: metaContent($, META_TAGS.leadImage),
  };
}

/** Some pages write og:url percent-encoded whole (http%3A%2F%2F...). */
function decodeUrl(u: string | null): string | null {
  if (!u) return null;
  if (/^https?%3A/i.test(u)) {
    try {
      return decodeURIComponent(u);
    } catch {
      return u;
    }
  }
  return u;
}

export function splitList(s: string): string[] {
  return [...new Set(s.split(/[,，;；、|]+/).map((x) => x.trim()).filter(Boolean))];
}

/** <title> without Sina's channel suffixes (_新浪财经_新浪网, |keywords_新浪网, _手机新浪网): TITLE_SUFFIX. */
/**
 * How much of the end of a <title> the suffix rule looks at: Sina's suffixes are short, and the
 * rule (a lazy repetition tried from every position) is quadratic in what it is given, which the
 * page decides (a 32 KB title took 1.5 s; a regular expression cannot be interrupted).
 */
const TITLE_TAIL = 300;

export function cleanDocumentTitle(raw: string | undefined | null): string | null {
  const t = normalizeText(raw ?? '');
  if (!t) return null;
  const cut = Math.max(0, t.length - TITLE_TAIL);
  const noSuffix = t.slice(0, cut) + t.slice(cut).replace(TITLE_SUFFIX.pattern, '');
  const stripped = normalizeText(noSuffix.replace(/\|[^|]*$/, (tail) => (/[_]/.test(tail) ? '' : tail)));
  return stripped || t;
}

/** A title without private-use characters (TITLE_PRIVATE_USE: a GBK user-defined code point no font shows). */
export function visibleTitle(raw: string | null | undefined): string | null {
  if (!raw) return null;
  return normalizeText(raw.replace(new RegExp(TITLE_PRIVATE_USE.pattern.source, 'g'), '')) || null;
}

/** An outlet name as the page shows it (a label's 来源： prefix dropped), or null when empty. */
export function outletLabel(raw: string | null | undefined): string | null {
  return normalizeText(raw ?? '').replace(/^来源\s*[：:]\s*/, '') || null;
}

/** An outlet name as the page shows it, or null for Sina's platform labels, 本报/本刊/本台 and addresses. */
export function outletName(raw: string | null | undefined): string | null {
  const s = outletLabel(raw);
  return s && isOutlet(s) ? s : null;
}

/**
 * Stocks mentioned in the body: stock links (span#stock_sz002024 > a, usstock_ spans, quote-page
 * links) with the name the page shows, then codes listed in `news_keyword_pub` comments (the comment
 * nodes' own text, `news_keyword_pub,<market>,<code>&<code>`). De-duplicated by code, in page order.
 * The ids of the stock shapes (src/rules/stocks.ts) that found them are added to `rules`.
 */
/** Characters of a stock link read for the stock's name (spans may nest, each around the rest of the article). */
const STOCK_NAME_CHARS = 200;
/** Characters read beside a stock link to tell a company from a phrase or a longer name. */
const CONTEXT_CHARS = 16;
/** Characters of a stock link's line read back towards its start, for a credit's label (来源：…、新华网). */
const LINE_START_CHARS = 400;
/** The live-quote slot Sina fills after a stock name (span#quote_sh601988): numbers, not the line's words. */
const isQuoteSlot = (e: Element) => e.name === 'span' && /^quote_/.test(e.attribs.id ?? '');

export function collectStocks(
  body: Element,
  comments: readonly string[],
  deadline: Deadline,
  rules: Set<string> = new Set(),
  refused: { rule: RuleMeta; code: string; name: string; context: string }[] = [],
): Stock[] {
  const found = new Map<string, string>();
  const add = (code: string | null, name: string) => {
    // Sina wraps a bond's or a repo rate's name in the same stock span and lists its code in the
    // comment (DR007 as stock_sh206007, linked to a bond quote page): a Shanghai, Shenzhen or Beijing
    // code off its exchange's stock boards names a bond, a repo, a fund or an index, never a stock.
    if (!code || !onStockBoard(code)) return;
    const prev = found.get(code);
    if (prev === undefined || (!prev && name)) found.set(code, name);
  };
  /** Codes only refused links name: the CMS comment lists what the same linker linked. */
  const refusedCodes = new Set<string>();
  const judged = new Map<Element, RuleMeta | null>();
  for (const el of selectIn(body, 'span[id*="stock_"], a[href]')) {
    deadline.tick();
    const shape = stockShape((el.name === 'span' ? el.attribs.id : el.attribs.href) ?? '');
    if (!shape) continue;
    let name = normalizeText(textUpTo(el, STOCK_NAME_CHARS, deadline));
    // A quote chart linked to the quote page shows the stock's name only in its alt (中国国航分时图);
    // a chart that names none is no stock the reader sees.
    if (!name && el.name === 'a') {
      const img = selectIn(el, 'img')[0];
      name = img ? chartStockName(img.attribs.alt ?? '') : '';
      if (!name) continue;
      rules.add(STOCK_CHART_ALT.id);
    }
    // The linker's mistakes: a link on the start of a longer name (中国银行|保险监督管理委员会), or on
    // an ordinary phrase the sentence uses as a phrase (推动|线上线下|融合发展). A span and the link
    // inside it are read alike: the words beside the outer one are the line's.
    const outer = el.name === 'a' && el.parent && (el.parent as Element).name === 'span' && stockShape((el.parent as Element).attribs?.id ?? '') ? (el.parent as Element) : el;
    // Read once per line position: a span and its link are one mention.
    let wrong = judged.get(outer);
    if (wrong === undefined) {
      const after = textBeside(outer, 'after', CONTEXT_CHARS, deadline, isQuoteSlot);
      const before = textBeside(outer, 'before', CONTEXT_CHARS, deadline, isQuoteSlot);
      // The line from its start, when it is that short: a credit line lists outlets, not stocks. Read
      // only for a name a credit line could list (an outlet's or a data provider's): no other link needs it.
      const start = name && STOCK_LINK_CREDIT_LINE.outlets.test(name) ? textBeside(outer, 'before', LINE_START_CHARS, deadline, isQuoteSlot) : '';
      const line = start.length < LINE_START_CHARS ? normalizeText(start) : '';
      wrong = name ? refusedStockLink(name, normalizeText(before), normalizeText(after), shape.code, line) : null;
      judged.set(outer, wrong);
      if (wrong) refused.push({ rule: wrong, code: shape.code, name, context: `${before}[${name}]${after}` });
    }
    if (wrong) {
      if (!found.has(shape.code)) refusedCodes.add(shape.code);
      continue;
    }
    refusedCodes.delete(shape.code);
    rules.add(shape.rule.id);
    add(shape.code, name);
  }
  for (const data of comments) {
    const pub = keywordPubCodes(data);
    if (!pub) continue;
    if (pub.codes.length) rules.add(NEWS_KEYWORD_PUB.id);
    for (const c of pub.codes) {
      const code = keywordCode(pub.market, c);
      if (code && !refusedCodes.has(code)) add(code, '');
    }
  }
  // An index linked under either exchange's code (沪深300: sh000300, sz399300) is off the stock
  // boards and never reached `found` (onStockBoard): indices are not stocks.
  return [...found].map(([code, name]) => ({ code, name }));
}
