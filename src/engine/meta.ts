import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { Stock } from '../article';
import { KEYWORD_NOISE, META_TAGS, PLATFORM_SOURCES, TITLE_SUFFIX } from '../rules';
import type { Deadline } from './context';
import { selectIn, textUpTo } from './dom';
import { normalizeText } from './text';

const pad = (n: number | string) => String(n).padStart(2, '0');

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
  let m = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?$/);
  if (m) {
    const [, y, mo, d, h, mi, sec = '0', tz] = m;
    if (!tz) return beijing(y!, mo!, d!, h, mi, sec);
    const t = Date.parse(`${y}-${pad(mo!)}-${pad(d!)}T${pad(h!)}:${mi}:${pad(sec)}${tz === 'Z' ? 'Z' : tz.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')}`);
    return Number.isNaN(t) ? null : toBeijing(t);
  }
  m = s.match(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:(\d{1,2})\s*[:：]\s*(\d{2})(?:\s*[:：]\s*(\d{2}))?)?/);
  if (m) {
    const [, y, mo, d, h = '0', mi = '0', sec = '0'] = m;
    return beijing(y!, mo!, d!, h, mi, sec);
  }
  m = s.match(/^(\d{4})-(\d{1,2})-(\d{1,2})$/);
  if (m) return beijing(m[1]!, m[2]!, m[3]!);
  if (/^[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}(:\d{2})? (GMT|[+-]\d{4})$/.test(s)) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? null : toBeijing(t);
  }
  return null;
}

function toBeijing(epochMs: number): string {
  const d = new Date(epochMs + 8 * 3600_000);
  return beijing(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

const metaIndex = new WeakMap<CheerioAPI, Map<string, string>>();

/** name=/property= -> first non-empty content, read in one pass over the page's meta tags. */
function metaMap($: CheerioAPI): Map<string, string> {
  let map = metaIndex.get($);
  if (!map) {
    map = new Map();
    for (const el of $('meta[content]').toArray()) {
      const key = el.attribs.property ?? el.attribs.name;
      const value = normalizeText(el.attribs.content ?? '');
      if (key && value && !map.has(key)) map.set(key, value);
    }
    metaIndex.set($, map);
  }
  return map;
}

/** First non-empty content among meta tags named (name= or property=) as listed. */
export function metaContent($: CheerioAPI, names: readonly string[]): string | null {
  const map = metaMap($);
  for (const name of names) {
    const v = map.get(name);
    if (v) return v;
  }
  return null;
}

/** Meta-tag values every template starts from (rules.META_TAGS). */
export function readMetaTags($: CheerioAPI) {
  const keywords = metaContent($, META_TAGS.keywords);
  return {
    title: metaContent($, META_TAGS.title),
    publishedAt: parseSinaDate(metaContent($, META_TAGS.publishedAt)),
    source: metaContent($, META_TAGS.source),
    keywords: keywords ? splitList(keywords).filter((k) => !KEYWORD_NOISE.values.includes(k)) : [],
    url: decodeUrl(metaContent($, META_TAGS.url) ?? $('link[rel=canonical]').attr('href') ?? null),
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

/**
 * How much of the end of a <title> the suffix rule looks at: Sina's suffixes are short, and the
 * rule (a lazy repetition matched from every position) is quadratic in what it is given, which a
 * page decides (a 32 KB title took 1.5 s, a megabyte would take minutes, and a regular expression
 * cannot be interrupted).
 */
const TITLE_TAIL = 300;

/** <title> without Sina's channel suffixes (_新浪财经_新浪网, |keywords_新浪网, _手机新浪网). */
export function cleanDocumentTitle(raw: string | undefined | null): string | null {
  const t = normalizeText(raw ?? '');
  if (!t) return null;
  const cut = Math.max(0, t.length - TITLE_TAIL);
  const noSuffix = t.slice(0, cut) + t.slice(cut).replace(TITLE_SUFFIX, '');
  const stripped = normalizeText(noSuffix.replace(/\|[^|]*$/, (tail) => (/[_]/.test(tail) ? '' : tail)));
  return stripped || t;
}

/** An outlet name as the page shows it, or null for Sina's own platform names. */
export function outletName(raw: string | null | undefined): string | null {
  const s = normalizeText(raw ?? '').replace(/^来源\s*[：:]\s*/, '');
  if (!s || /^https?:\/\//.test(s) || /^www\./.test(s)) return null;
  if (PLATFORM_SOURCES.includes(s)) return null;
  return s;
}

/** A work code after an editor's name: letters followed by digits (SF014, AB123). */
const WORK_CODE = /^[A-Za-z]{1,4}\d{2,}$/;

/** 责任编辑：刘万里 SF014 AB123 -> 刘万里 (every trailing work code goes, not only the last). */
export function editorName(raw: string | null | undefined): string | null {
  const words = normalizeText(raw ?? '')
    .replace(/^[（([【]?\s*(?:责任编辑|责编|编辑)\s*[：:]?\s*/, '')
    .replace(/[）)\]】]\s*$/, '')
    .split(' ');
  while (words.length > 1 && WORK_CODE.test(words[words.length - 1]!)) words.pop();
  const s = words.join(' ').trim();
  return s && !WORK_CODE.test(s) ? s : null;
}

const NAME = '[\\u4e00-\\u9fa5·]{1,5}';
const NAMES_RE = new RegExp(`^${NAME}(?:[\\s、，,和与及]+${NAME})*$`);

/** "有之炘 赵逸赫" / "包兴安 见习记者 杨 洁" -> names; single characters split by a space are rejoined. */
export function splitNames(raw: string): string[] {
  // 和/与/及 join two names (张三和李四) but are also characters of names (张和平): a word is cut
  // there only when every piece is a name of two characters or more.
  const parts = raw
    .replace(/(?:实习|见习|特约)?(?:记者|通讯员|作者)\s*[：:]?/g, ' ')
    .split(/[\s、，,]+/)
    .flatMap((w) => {
      const pieces = w.split(/[和与及]+/);
      return pieces.length > 1 && pieces.every((x) => x.length >= 2) ? pieces : [w];
    })
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (p.length === 1 && parts[i + 1]?.length === 1) {
      out.push(p + parts[i + 1]);
      i++;
    } else out.push(p);
  }
  return out.filter((n) => n.length >= 2 && n.length <= 5);
}

export interface Byline {
  source: string | null;
  authors: string[];
  /** Whether the byline is the whole paragraph (true) or opens a sentence that goes on. */
  standalone: boolean;
}

/**
 * Recognises the reporter bylines Sina's outlets write:
 *   新京报讯（记者 冯琪）…  新华社北京3月22日电（记者孙少龙）…  澎湃新闻记者 陈月石
 *   中国基金报记者方丽   本报记者 包兴安 见习记者 杨 洁   （作者：周潇枭 ）  （深圳商报驻京记者 宋华）
 *   记者：有之炘 赵逸赫   文/张三
 */
export function parseByline(text: string): Byline | null {
  const t = normalizeText(text);
  let m = t.match(/^(.{2,14}?)(?:讯|\d{1,2}月\d{1,2}日电|电)\s*[（(]\s*(?:实习|见习|特约)?记者\s*[：:]?\s*([^）)]{2,40})[）)]/);
  if (m) {
    const outlet = m[1]!.replace(/(北京|上海|广州|深圳|[\u4e00-\u9fa5]{2,3})?\d{1,2}月\d{1,2}日$/, '');
    const src = outlet.match(/^(新华社|中新社|中新网|人民网|央视网|新华网)/)?.[1] ?? outlet;
    return { source: outletName(src), authors: splitNames(m[2]!), standalone: false };
  }
  // 21世纪经济报道记者 李愿 北京报道 为稳妥发展…
  m = t.match(/^(.{2,12}?)(?:实习|见习|特约)?记者\s*([\u4e00-\u9fa5·]{2,4}(?:[\s、][\u4e00-\u9fa5·]{2,4})*?)\s*(?:[\u4e00-\u9fa5]{2,4})?报道(?:\s|$)/);
  if (m) return { source: outletName(m[1]), authors: splitNames(m[2]!), standalone: false };
  m = t.match(/^[（(]\s*(.{0,12}?)(?:驻[\u4e00-\u9fa5]{1,4})?(?:实习|见习|特约)?(?:记者|作者)\s*[：:]?\s*([^）)]{2,40}?)\s*[）)]$/);
  if (m) {
    const names = splitNames(m[2]!);
    if (names.length) return { source: m[1] ? outletName(m[1]) : null, authors: names, standalone: true };
  }
  m = t.match(/^(.{0,12}?)(?:实习|见习|特约)?记者\s*[：:]?\s*(.{2,40})$/);
  if (m && NAMES_RE.test(m[2]!.replace(/(?:实习|见习|特约)?记者/g, ' ').trim())) {
    const names = splitNames(m[2]!);
    const outlet = m[1] && !/^(本报|本刊|本台|本网)$/.test(m[1]) ? outletName(m[1]) : null;
    if (names.length) return { source: outlet, authors: names, standalone: true };
  }
  m = t.match(/^(?:文|撰文|作者)\s*[/／|｜：:\s]\s*(.{2,30}?)\s*(?:[（(][^）)]*@[^）)]*[）)])?$/);
  if (m && NAMES_RE.test(m[1]!.trim())) return { source: null, authors: splitNames(m[1]!), standalone: true };
  // 撰稿/新京报记者王姝 摄影 薛珺
  m = t.match(/撰稿\s*[/／]\s*(.{0,12}?)记者\s*([\u4e00-\u9fa5·]{2,4})(?=\s|$|[，,；;])/);
  if (m) return { source: m[1] ? outletName(m[1]) : null, authors: [m[2]!], standalone: false };
  // Ran/文   （实习生小黄人/文）   （夜紫紫/文 王远宏/摄影）   …人气相当高。ETtoday/文
  m = t.match(/(?:^|[（(。！？\s])(?:实习生|记者)?([A-Za-z][A-Za-z .]{1,20}|[\u4e00-\u9fa5·]{2,5})\s*[/／]\s*文(?=$|[\s）)])/);
  if (m) return { source: null, authors: [m[1]!.trim()], standalone: /^[（(]?[^。]*[/／]文/.test(t) && t.length < 40 };
  // 新浪娱乐讯 …   中国南海新闻网9月28日电 …   (an outlet opening the first sentence)
  m = t.match(/^([\u4e00-\u9fa5A-Za-z]{2,10}?)(?:讯|\d{1,2}月\d{1,2}日电)\s/);
  if (m) return { source: outletName(m[1]), authors: [], standalone: false };
  // …法庭遂作出上述判决。（央视记者 奚丹霓）   …信息交流。(信报记者 蔡雪婧)   closing a paragraph
  m = t.match(/[（(]\s*(.{0,10}?)(?:驻[\u4e00-\u9fa5]{1,4})?(?:实习|见习|特约)?记者\s*([\u4e00-\u9fa5·]{2,4}(?:[\s、][\u4e00-\u9fa5·]{2,4})*)\s*[）)]$/);
  if (m) return { source: m[1] ? outletName(m[1]) : null, authors: splitNames(m[2]!), standalone: false };
  // …树立榜样。（中国南海新闻网 栾雨石）: an outlet and a name closing the article
  m = t.match(/[（(]([\u4e00-\u9fa5]{2,10}(?:网|报|社|台|刊|新闻))\s+([\u4e00-\u9fa5·]{2,4}(?:[\s、][\u4e00-\u9fa5·]{2,4})*)\s*[）)]$/);
  if (m) return { source: outletName(m[1]), authors: splitNames(m[2]!), standalone: false };
  // …美腿的新标准！（来源：时尚芭莎）
  m = t.match(/[（(]来源\s*[：:]\s*([^）)]{2,20})[）)]$/);
  if (m) return { source: outletName(m[1]), authors: [], standalone: false };
  return null;
}

/** Characters of a stock link read for the stock's name. */
const STOCK_NAME_CHARS = 200;

const STOCK_HREF = [
  { re: /\/realstock\/company\/([a-z]{2}\d{6})\//i, code: (m: RegExpMatchArray) => m[1]!.toLowerCase() },
  { re: /\/usstock\/quotes\/([A-Za-z.]+)\.html/i, code: (m: RegExpMatchArray) => `us${m[1]!.toUpperCase()}` },
  { re: /\/hkstock\/quotes\/(\d{5})\.html/i, code: (m: RegExpMatchArray) => `hk${m[1]}` },
  { re: /\/fund\/quotes\/(\d{6})\//i, code: (m: RegExpMatchArray) => `of${m[1]}` },
];

/** The stock code a quote-page link points at (sz002024, usAAPL, hk00700, of161725), or null. */
export function stockCodeFromHref(href: string): string | null {
  for (const p of STOCK_HREF) {
    const m = href.match(p.re);
    if (m) return p.code(m);
  }
  return null;
}

function codeFromSpanId(id: string): string | null {
  const m = id.match(/^(us|hk)?stock_([A-Za-z0-9.]+)$/);
  if (!m) return null;
  const raw = m[2]!;
  if (m[1] === 'us') return `us${raw.toUpperCase()}`;
  if (/^(sh|sz|bj|hk|of)\w+$/i.test(raw)) return raw.toLowerCase();
  return null;
}

function normalizeKeywordCode(market: string, raw: string): string | null {
  const c = raw.trim();
  if (!c) return null;
  if (/^(sh|sz|bj|hk)\d+$/i.test(c)) return c.toLowerCase();
  if (market === 'usstock' && /^[A-Za-z.]+$/.test(c)) return `us${c.toUpperCase()}`;
  if (market === 'hkstock' && /^\d{5}$/.test(c)) return `hk${c}`;
  return null;
}

/**
 * Stocks mentioned in the body: stock links (span#stock_sz002024 > a, usstock_ spans, quote-page
 * links) with the name the page shows, then codes listed in `news_keyword_pub` comments (the comment
 * nodes' own text, `news_keyword_pub,<market>,<code>&<code>`). De-duplicated by code, in page order.
 */
export function collectStocks(body: Element, comments: readonly string[], deadline: Deadline): Stock[] {
  const found = new Map<string, string>();
  const add = (code: string | null, name: string) => {
    if (!code) return;
    const prev = found.get(code);
    if (prev === undefined || (!prev && name)) found.set(code, name);
  };
  // A stock's name is a few characters: read at most STOCK_NAME_CHARS of each link (stock spans
  // may nest, each around the whole rest of the article).
  const name = (el: Element) => normalizeText(textUpTo(el, STOCK_NAME_CHARS, deadline));
  for (const el of selectIn(body, 'span[id*="stock_"], a[href]')) {
    deadline.tick();
    if (el.name === 'span') {
      add(codeFromSpanId(el.attribs.id ?? ''), name(el));
      continue;
    }
    const code = stockCodeFromHref(el.attribs.href ?? '');
    if (code) add(code, name(el));
  }
  for (const data of comments) {
    // news_keyword_pub,<market>,<codes> (no '>' in it), read without a backtracking pattern: a
    // lazy group before trailing spaces was quadratic in the comment's length.
    const m = /^\s*news_keyword_pub,(\w+),/.exec(data);
    if (!m) continue;
    const codes = data.slice(m[0].length).trimEnd();
    if (codes.includes('>')) continue;
    for (const c of codes.split(/[&,]/)) add(normalizeKeywordCode(m[1]!, c), '');
  }
  return [...found].map(([code, name]) => ({ code, name }));
}
