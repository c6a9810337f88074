/**
 * What the library keeps: the full `Article` plus when it was saved and from which page, one entry
 * per article (its `docId`, else its canonical URL), and the small summary the list and the search
 * read without loading whole articles.
 */
import type { Article, Stock } from '../article';
import { isSinaHost } from '../rules/hosts';

export interface LibraryEntry {
  /** `doc:<docId>`, else `url:<canonical URL>`, else `t:<publishedAt>|<title>` (see `entryKey`). */
  key: string;
  /** The Article exactly as the engine (or an imported JSON line) gave it. */
  article: Article;
  /** The address of the tab it was saved from (or the Article's own URL for imports). */
  pageUrl: string | null;
  /** Canonical URL of the article (indexed: an article saved once without a docId is found again). */
  url: string | null;
  /** When it was first saved (ISO 8601, UTC). */
  savedAt: string;
  /** When it was last saved or updated (ISO 8601, UTC). */
  updatedAt: string;
}

/** What the list, the filters and the search need of an entry (a derived record, rebuilt freely). */
export interface EntrySummary {
  key: string;
  docId: string | null;
  url: string | null;
  title: string;
  source: string | null;
  authors: string[];
  editor: string | null;
  publishedAt: string | null;
  savedAt: string;
  updatedAt: string;
  stocks: Stock[];
  kind: Article['kind'];
  wordCount: number;
  /** The searchable fields, folded (see `fold`), one per line. */
  hay: string;
}

/**
 * Text as the search compares it: NFKC (full-width letters and digits become ASCII, so ＳＨ６００５１９
 * is sh600519), lower case, zero-width characters and soft hyphens dropped, every run of white space
 * one space. Chinese text is left as it is:
 * nothing is split into words, so any substring matches.
 */
export function fold(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The article's address in one spelling, so the same page saved twice is one entry: http(s) only,
 * no fragment; on Sina's hosts https and no query string (Sina's article URLs carry only tracking
 * parameters after `?`, e.g. `?cre=tianyi&mod=wnews`). Other hosts keep their query.
 */
export function canonicalUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  u.hash = '';
  if (isSinaHost(u.hostname)) {
    u.protocol = 'https:';
    u.search = '';
  }
  return u.href;
}

/** The entry key of an article: by `docId`, else by canonical URL, else by time and title. */
export function entryKey(article: Pick<Article, 'docId' | 'url' | 'title' | 'publishedAt'>, pageUrl?: string | null): string {
  if (article.docId) return `doc:${article.docId}`;
  const url = canonicalUrl(article.url) ?? canonicalUrl(pageUrl);
  if (url) return `url:${url}`;
  // Seed-format posts and fragments may have neither; the same post saved again has the same
  // title and time.
  return `t:${article.publishedAt ?? ''}|${article.title}`;
}

/** The searchable text of an article: title, original title, source, authors, editor, stocks, body. */
export function haystack(a: Article): string {
  const fields = [
    a.title,
    a.originalTitle ?? '',
    a.source ?? '',
    a.authors.join(' '),
    a.editor ?? '',
    a.stocks.map((s) => `${s.code} ${s.name}`).join(' '),
    a.text,
  ];
  // One field per line: a query (which never holds a line break) cannot match across two fields.
  return fields.map(fold).join('\n');
}

export function summarize(e: LibraryEntry): EntrySummary {
  const a = e.article;
  return {
    key: e.key,
    docId: a.docId,
    url: e.url,
    title: a.title,
    source: a.source,
    authors: a.authors,
    editor: a.editor,
    publishedAt: a.publishedAt,
    savedAt: e.savedAt,
    updatedAt: e.updatedAt,
    stocks: a.stocks,
    kind: a.kind,
    wordCount: a.wordCount,
    hay: haystack(a),
  };
}
