import type { Article } from '../article';
import { formatCitation, textWithCitation, type CitationStyle } from '../render/citation';
import type { CopyFormat } from './settings';

/** The URL if it is absolute http(s), normalised; otherwise null. Page data is untrusted. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const u = new URL(value.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Sina quote page for a market-prefixed code, or null when the code is not one Sina uses. */
export function quoteUrl(code: string): string | null {
  const m = /^(sh|sz|bj|hk|us|of)([A-Za-z0-9.-]{1,12})$/.exec(code.trim());
  if (!m) return null;
  const [, market, sym] = m as unknown as [string, string, string];
  switch (market) {
    case 'hk':
      return `https://stock.finance.sina.com.cn/hkstock/quotes/${sym}.html`;
    case 'us':
      return `https://stock.finance.sina.com.cn/usstock/quotes/${sym.toUpperCase()}.html`;
    case 'of':
      return `https://finance.sina.com.cn/fund/quotes/${sym}/bc.shtml`;
    default:
      return `https://finance.sina.com.cn/realstock/company/${market}${sym}/nc.shtml`;
  }
}

/** "2021-08-24T15:57:27+08:00" -> "2021-08-24 15:57" (Beijing time as the page wrote it). */
export function formatTime(iso: string | null): string {
  if (!iso) return '';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}

/** Time, source and reporters, in that order, leaving out what the page did not give. */
export function metaParts(article: Article): string[] {
  const parts = [formatTime(article.publishedAt), article.source ?? '', article.authors.join('、')];
  return parts.filter((p) => p.length > 0);
}

/** The engine's Markdown, without image lines when the user does not want them. */
export function markdownOf(article: Article, includeImages: boolean): string {
  if (includeImages) return article.markdown;
  return article.markdown
    .split('\n')
    .filter((line) => !/^\s*!\[[^\]]*\]\([^)]*\)\s*$/.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .concat('\n');
}

export interface CopyOptions {
  markdownImages: boolean;
  citationStyle: CitationStyle;
}

/** What goes on the clipboard for each copy button. */
export function copyPayload(article: Article, format: CopyFormat, opts: CopyOptions): string {
  switch (format) {
    case 'markdown':
      return markdownOf(article, opts.markdownImages);
    case 'citation':
      return textWithCitation(article, opts.citationStyle);
    default:
      return article.text;
  }
}

export { formatCitation };

export type DownloadKind = 'md' | 'txt' | 'json';

export const DOWNLOAD_MIME: Record<DownloadKind, string> = {
  md: 'text/markdown;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/** File body for a download. */
export function downloadBody(article: Article, kind: DownloadKind, opts: CopyOptions): string {
  if (kind === 'json') return `${JSON.stringify(article, null, 2)}\n`;
  if (kind === 'md') return markdownOf(article, opts.markdownImages);
  return `${article.title}\n\n${article.text}\n\n${formatCitation(article, opts.citationStyle)}\n`;
}

/** A file name safe on every OS: the title without reserved characters, cut to 80 chars. */
export function fileName(article: Article, kind: DownloadKind): string {
  const base =
    article.title
      .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) ||
    article.docId ||
    'article';
  return `${base}.${kind}`;
}
