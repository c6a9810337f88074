import type { Article } from '../article';
import { formatCitation, textWithCitation, type CitationStyle } from '../render/citation';

export type CopyKind = 'text' | 'markdown' | 'citation';

export interface CopyOptions {
  markdownImages: boolean;
  citationStyle: CitationStyle;
}

/** "2021-08-24T15:57:27+08:00" -> "2021-08-24 15:57" (Beijing time as the page wrote it). */
export function displayTime(iso: string | null): string {
  if (!iso) return '';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return m ? `${m[1]} ${m[2]}` : iso;
}

/** Time, source and reporters, in that order, skipping what the page did not say. */
export function metaParts(article: Article): string[] {
  const parts: string[] = [];
  const time = displayTime(article.publishedAt);
  if (time) parts.push(time);
  if (article.source) parts.push(article.source);
  if (article.authors.length) parts.push(article.authors.join('、'));
  return parts;
}

/** Markdown from the engine, with image lines removed when the user does not want them. */
export function markdownFor(article: Article, images: boolean): string {
  if (images) return article.markdown;
  return article.markdown
    .split('\n')
    .filter((line) => !/^\s*!\[[^\]]*\]\([^)]*\)\s*$/.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** What each copy button puts on the clipboard. */
export function copyPayload(article: Article, kind: CopyKind, opts: CopyOptions): string {
  switch (kind) {
    case 'markdown':
      return markdownFor(article, opts.markdownImages);
    case 'citation':
      return textWithCitation(article, opts.citationStyle);
    default:
      return article.text;
  }
}

export type DownloadKind = 'md' | 'txt' | 'json';

const MIME: Record<DownloadKind, string> = {
  md: 'text/markdown;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
  json: 'application/json;charset=utf-8',
};

/** File name without characters file systems reject; the docId keeps names unique. */
export function downloadName(article: Article, kind: DownloadKind): string {
  const title = article.title
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
  const base = [article.docId, title].filter(Boolean).join('-') || 'article';
  return `${base}.${kind}`;
}

export function downloadPayload(
  article: Article,
  kind: DownloadKind,
  opts: CopyOptions,
): { name: string; mime: string; body: string } {
  let body: string;
  if (kind === 'json') body = `${JSON.stringify(article, null, 2)}\n`;
  else if (kind === 'md') {
    const md = markdownFor(article, opts.markdownImages);
    body = `${/^#\s/.test(md) ? md : `# ${article.title}\n\n${md}`}\n`;
  } else {
    const meta = metaParts(article).join('  ');
    body = `${article.title}\n${meta ? `${meta}\n` : ''}\n${article.text}\n\n${formatCitation(article, opts.citationStyle)}\n`;
  }
  return { name: downloadName(article, kind), mime: MIME[kind], body };
}
