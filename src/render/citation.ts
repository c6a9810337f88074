import type { Article } from '../article';
import { isSinaHost } from '../rules/hosts';
import { escapeHtml, escapeInline } from './escape';
import { neutralize, oneLine, safeHttpUrl, splitIso } from './safe';

/** Citation styles the UI and the CLI offer. */
export type CitationStyle = 'plain' | 'gb7714' | 'apa' | 'custom';

export const CITATION_STYLES: readonly CitationStyle[] = ['plain', 'gb7714', 'apa', 'custom'];

/** The placeholders a custom template may use; anything else in braces is left as typed. */
export const TEMPLATE_FIELDS = ['title', 'source', 'date', 'time', 'url', 'authors', 'accessed'] as const;

export interface CitationOptions {
  /** For style 'custom': the user's template, e.g. "{title}，{source}，{date}，{url}". */
  template?: string;
  /** The day the page was read, for GB/T 7714's [引用日期] and the custom {accessed}. Default: now. */
  accessed?: Date;
  /**
   * How italics (APA) are written: 'text' (default: none, for a plain clipboard), 'markdown'
   * (`*…*`, everything else escaped) or 'html' (`<i>…</i>`, everything else escaped).
   */
  markup?: 'text' | 'markdown' | 'html';
}

type CitationInput = Pick<Article, 'title' | 'source' | 'authors' | 'publishedAt' | 'url'>;

/**
 * The publisher a citation names: the outlet the article names, else Sina Finance for a Sina page
 * (or a saved page without URL), else nobody.
 */
export function publisherOf(a: Pick<Article, 'source' | 'url'>): string | null {
  if (a.source && oneLine(a.source)) return oneLine(a.source);
  const url = safeHttpUrl(a.url);
  return !url || isSinaHost(new URL(url).hostname) ? '新浪财经' : null;
}

/** Newspapers whose names do not end in 报. */
const NEWSPAPERS = new Set(['21世纪经济报道', '每日经济新闻']);

/**
 * True when the outlet is a newspaper (日报, 晚报, 时报, 证券报, 新京报… or an English paper's
 * Times/Post/Journal/Herald/Tribune/Gazette/Daily), so that its article read on the web is cited as a
 * newspaper article online: GB/T 7714 [N/OL], APA's newspaper form. News sites, agencies, portals
 * and self-media accounts (澎湃新闻, 新华社, 新浪财经, 中证网) are web pages: [EB/OL], APA's news
 * website form.
 */
export function isNewspaper(outlet: string | null): boolean {
  if (!outlet) return false;
  const o = oneLine(outlet);
  return /报$/.test(o) || NEWSPAPERS.has(o) || /\b(?:Times|Post|Journal|Herald|Tribune|Gazette|Daily|Chronicle)\b/.test(o);
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const LATIN_NAME = /^[A-Za-z][A-Za-z.'’\- ]*$/;

/** A Latin-script personal name as [family, given names]; "Bawden, David" and "David Bawden" alike. */
function splitLatin(name: string): [string, string[]] | null {
  if (CJK.test(name)) return null;
  const comma = /^([^,]+),\s*(.+)$/.exec(name);
  if (comma && LATIN_NAME.test(comma[1]!) && LATIN_NAME.test(comma[2]!)) return [comma[1]!.trim(), comma[2]!.split(/\s+/)];
  if (!LATIN_NAME.test(name)) return null;
  const parts = name.split(/\s+/).filter(Boolean);
  if (parts.length < 2) return null;
  return [parts[parts.length - 1]!, parts.slice(0, -1)];
}

const initial = (g: string) => g.replace(/[^A-Za-z]/g, '').charAt(0).toUpperCase();

/** GB/T 7714 8.1.2: family name first; Western family names in capitals, given names as initials without points. */
function gbName(name: string): string {
  const latin = splitLatin(name);
  if (!latin) return name;
  return [latin[0].toUpperCase(), latin[1].map(initial).filter(Boolean).join(' ')].filter(Boolean).join(' ');
}

/** APA: "Carey, B." for Latin-script names; Chinese names as written (陈月石). */
function apaName(name: string): string {
  const latin = splitLatin(name);
  if (!latin) return name;
  const given = latin[1].map(initial).filter(Boolean).map((i) => `${i}.`).join(' ');
  return given ? `${latin[0]}, ${given}` : latin[0];
}

/** "2019, September 9" */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function apaDate(iso: string | null): string {
  const d = splitIso(iso)?.date;
  if (!d) return 'n.d.';
  const [y, m, day] = d.split('-').map(Number);
  return `${y}, ${MONTHS[m! - 1]} ${day}`;
}

/** The local calendar day of `d` as YYYY-MM-DD. */
function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

interface Writer {
  text(s: string): string;
  italic(s: string): string;
  url(u: string): string;
}

function writer(markup: CitationOptions['markup']): Writer {
  if (markup === 'markdown') {
    return { text: escapeInline, italic: (s) => `*${escapeInline(s)}*`, url: (u) => `<${u}>` };
  }
  if (markup === 'html') {
    return {
      text: escapeHtml,
      italic: (s) => `<i>${escapeHtml(s)}</i>`,
      url: (u) => `<a href="${escapeHtml(u)}">${escapeHtml(u)}</a>`,
    };
  }
  return { text: (s) => s, italic: (s) => s, url: (u) => u };
}

/** Ends with a full stop unless it already ends with one (or with ? !). */
const stop = (s: string) => (/[.?!。？！]$/.test(s) ? s : `${s}.`);

/**
 * GB/T 7714-2015, electronic resources (4.4 and 4.6): 主要责任者. 题名[N/OL or EB/OL]. 出处, 出版日期
 * [引用日期]. 获取和访问路径.
 * - Authors: family name first, at most three then "等" (", et al." for Western names).
 * - Newspaper outlet: [N/OL], "报纸名, 出版日期[引用日期]" like the standard's 人民日报 example (the
 *   page number is unknown on the web, so no "(版次)").
 * - Otherwise [EB/OL]: with authors, "出版者, 出版日期[引用日期]"; without them the outlet is the
 *   responsible body (as 中国互联网络信息中心 and OCLC are in the standard's examples) and the date
 *   is "(出版日期)[引用日期]"; with neither, the entry opens with the title (8.1.4 allows this for
 *   numbered lists).
 */
function gb7714(a: CitationInput, accessed: Date, w: Writer): string {
  const publisher = publisherOf(a);
  const newspaper = isNewspaper(publisher);
  const names = a.authors.map(oneLine).filter(Boolean);
  const western = names.length > 0 && names.every((n) => splitLatin(n));
  const who = names.length
    ? [...names.slice(0, 3).map(gbName), ...(names.length > 3 ? [western ? 'et al' : '等'] : [])].join(', ')
    : newspaper
      ? null
      : publisher;
  const date = splitIso(a.publishedAt)?.date ?? null;
  const acc = `[${isoDay(accessed)}]`;
  const where =
    (newspaper || (names.length && publisher)) && publisher
      ? `${w.text(publisher)}${date ? `, ${date}` : ''}${acc}`
      : `${date ? `(${date})` : ''}${acc}`;
  const url = safeHttpUrl(a.url);
  const head = `${who ? `${w.text(who)}. ` : ''}${w.text(oneLine(a.title))}[${newspaper ? 'N/OL' : 'EB/OL'}]`;
  return `${head}. ${where}.${url ? ` ${w.url(url)}.` : ''}`;
}

/**
 * APA 7 (Publication Manual 10.1–10.2): Author, A. (2019, September 9). Title. Site. URL
 * - Newspaper outlet (its web edition): the newspaper's name in italics; other news websites: the
 *   title in italics and the site plain — as in APA's own examples (Carey, The New York Times;
 *   Bologna, HuffPost).
 * - No author: the outlet is the group author, and the site name, being the same, is left out (APA's
 *   World Health Organization example); with no outlet either, the title takes the author's place.
 * - Chinese names stay as written; Latin-script names become "Family, I.".
 */
function apa(a: CitationInput, w: Writer): string {
  const publisher = publisherOf(a);
  const newspaper = isNewspaper(publisher);
  const names = a.authors.map(oneLine).filter(Boolean).map(apaName);
  let author: string | null = null;
  if (names.length === 1) author = names[0]!;
  else if (names.length === 2) author = `${names[0]}${names[0]!.endsWith('.') ? ',' : ''} & ${names[1]}`;
  else if (names.length > 20) author = `${names.slice(0, 19).join(', ')}, . . . ${names[names.length - 1]}`;
  else if (names.length > 2) author = `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
  const group = !author && publisher ? publisher : null;
  const title = oneLine(a.title);
  const date = `(${apaDate(a.publishedAt)}).`;
  const url = safeHttpUrl(a.url);
  const titlePart = newspaper ? w.text(stop(title)) : `${w.italic(title)}${/[.?!。？！]$/.test(title) ? '' : '.'}`;
  const site = group || !publisher ? '' : newspaper ? `${w.italic(publisher)}.` : `${w.text(publisher)}.`;
  const lead = author ?? group;
  const parts = lead ? [w.text(stop(lead)), date, titlePart, site] : [titlePart, date, site];
  if (url) parts.push(w.url(url));
  return parts.filter(Boolean).join(' ');
}

/** The project's own short form: 《title》，source，date time，url. */
function plain(a: CitationInput, w: Writer): string {
  const when = splitIso(a.publishedAt);
  const bits = [`《${w.text(oneLine(a.title))}》`];
  const publisher = publisherOf(a);
  if (publisher) bits.push(w.text(publisher));
  if (when) bits.push(when.time ? `${when.date} ${when.time}` : when.date);
  const url = safeHttpUrl(a.url);
  if (url) bits.push(w.url(url));
  return bits.join('，');
}

/**
 * The user's template with {title} {source} {date} {time} {url} {authors} {accessed} filled in one
 * pass: a value is never read as template syntax (a title containing "{url}" stays as it is), and
 * a placeholder the list does not name is left exactly as typed. Missing values are empty.
 */
export function fillTemplate(template: string, a: CitationInput, accessed: Date): string {
  const when = splitIso(a.publishedAt);
  const values: Record<(typeof TEMPLATE_FIELDS)[number], string> = {
    title: oneLine(a.title),
    source: publisherOf(a) ?? '',
    date: when?.date ?? '',
    time: when?.time ?? '',
    url: safeHttpUrl(a.url) ?? '',
    authors: a.authors.map(oneLine).filter(Boolean).join('、'),
    accessed: isoDay(accessed),
  };
  return neutralize(template).replace(/\{([A-Za-z]+)\}/g, (m, k: string) => (Object.hasOwn(values, k) ? values[k as keyof typeof values] : m));
}

/**
 * One reference to the article in the chosen style. Only what the page gave is used; a missing field
 * is left out rather than guessed. The result is one line (a custom template may hold line breaks)
 * with no control or bidi-override character from the page.
 */
export function formatCitation(article: CitationInput, style: CitationStyle = 'plain', opts: CitationOptions = {}): string {
  const accessed = opts.accessed ?? new Date();
  const w = writer(opts.markup);
  switch (style) {
    case 'gb7714':
      return gb7714(article, accessed, w);
    case 'apa':
      return apa(article, w);
    case 'custom':
      return opts.template?.trim() ? fillTemplate(opts.template, article, accessed) : plain(article, w);
    default:
      return plain(article, w);
  }
}

/** The clean text followed by a blank line and the citation, for "copy with citation". */
export function textWithCitation(
  article: CitationInput & Pick<Article, 'text'>,
  style: CitationStyle = 'plain',
  opts: CitationOptions = {},
): string {
  return [neutralize(article.text), formatCitation(article, style, opts)].filter(Boolean).join('\n\n');
}
