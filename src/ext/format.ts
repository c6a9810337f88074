/**
 * What the copy and download buttons produce, from the user's options. The renderers in
 * src/render/ write the formats; this module is the one place the extension calls them
 * (`renderMarkdown`, `renderCopyText`, `formatCitation`, with the options agreed for them).
 */
import type { Article } from '../article';
import { formatCitation as citeWith } from '../render/citation';
import { renderMarkdown } from '../render/markdown';
import type { CitationStyle, MarkdownMeta, Settings } from './settings';

export type CopyKind = 'text' | 'markdown' | 'citation';

export interface CopyOptions {
  markdownImages: boolean;
  markdownMeta: MarkdownMeta;
  textTitleLine: boolean;
  citationStyle: CitationStyle;
  citationTemplate: string;
  /** The day the user read the page (GB/T 7714's [引用日期], the template's {accessed}); default: now. */
  accessed?: Date;
}

export const copyOptionsOf = (s: Settings, accessed?: Date): CopyOptions => ({
  markdownImages: s.markdownImages,
  markdownMeta: s.markdownMeta,
  textTitleLine: s.textTitleLine,
  citationStyle: s.citationStyle,
  citationTemplate: s.citationTemplate,
  accessed,
});

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

/** "新京报 · 2021-08-24 15:57": the source and the time, whichever the page gave. */
export function sourceTimeLine(a: Pick<Article, 'source' | 'publishedAt'>): string {
  return [a.source ?? '', displayTime(a.publishedAt)].filter(Boolean).join(' · ');
}

/* ---- The calls into src/render ---- */

/** renderMarkdown(a, { images, metadata }). */
function markdownOf(a: Article, images: boolean, metadata: MarkdownMeta): string {
  const md = renderMarkdown(a, { images, frontMatter: metadata === 'front-matter' });
  if (metadata !== 'header') return md;
  const line = [sourceTimeLine(a), a.url ? `<${a.url}>` : ''].filter(Boolean).join(' · ');
  if (!line) return md;
  const lines = md.split('\n');
  const title = lines.findIndex((l) => l.startsWith('# '));
  lines.splice(title + 1, 0, '', line);
  return lines.join('\n');
}

/** renderCopyText(a, { titleLine }). */
function copyTextOf(a: Article, titleLine: boolean): string {
  if (!titleLine) return a.text;
  const head = [a.title, sourceTimeLine(a)].filter(Boolean);
  return head.length ? `${head.join('\n')}\n\n${a.text}` : a.text;
}

const TEMPLATE_FIELDS = ['title', 'source', 'date', 'time', 'url', 'authors', 'accessed'] as const;

/** formatCitation(a, style, { template, accessed }). */
function citationOf(a: Article, style: CitationStyle, template: string, accessed: Date): string {
  if (style !== 'custom') return citeWith(a, style);
  const [date = '', time = ''] = displayTime(a.publishedAt).split(' ');
  const pad = (n: number) => String(n).padStart(2, '0');
  const values: Record<(typeof TEMPLATE_FIELDS)[number], string> = {
    title: a.title,
    source: a.source ?? '新浪财经',
    date,
    time,
    url: a.url ?? '',
    authors: a.authors.join('、'),
    accessed: `${accessed.getFullYear()}-${pad(accessed.getMonth() + 1)}-${pad(accessed.getDate())}`,
  };
  return template.replace(/\{(\w+)\}/g, (m, k: string) =>
    (TEMPLATE_FIELDS as readonly string[]).includes(k) ? values[k as keyof typeof values] : m,
  );
}

/* ---- Payloads ---- */

export function markdownFor(article: Article, opts: Pick<CopyOptions, 'markdownImages' | 'markdownMeta'>): string {
  return markdownOf(article, opts.markdownImages, opts.markdownMeta).trimEnd();
}

export function citationFor(article: Article, opts: CopyOptions): string {
  return citationOf(article, opts.citationStyle, opts.citationTemplate, opts.accessed ?? new Date());
}

/** What each copy button puts on the clipboard. */
export function copyPayload(article: Article, kind: CopyKind, opts: CopyOptions): string {
  switch (kind) {
    case 'markdown':
      return markdownFor(article, opts);
    case 'citation':
      return `${copyTextOf(article, opts.textTitleLine)}\n\n${citationFor(article, opts)}`;
    case 'text':
      return copyTextOf(article, opts.textTitleLine);
  }
}

/** For a video article (no text): its title, the video's link and the page's link. */
export function videoCopy(article: Article): string {
  const videos = article.blocks.flatMap((b) => (b.type === 'video' ? [b] : []));
  const lines = [article.title, ...videos.map((v) => [`视频：${v.title}`, v.href].filter(Boolean).join(' ')), article.url ?? ''];
  return [...new Set(lines.filter(Boolean))].join('\n');
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
    .replace(/[\\/:*?"<>|\p{Cc}\u202a-\u202e\u2066-\u2069]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 60);
  const base = [article.docId, title].filter(Boolean).join('-') || 'article';
  return `${base}.${kind}`;
}

export function downloadPayload(article: Article, kind: DownloadKind, opts: CopyOptions): { name: string; mime: string; body: string } {
  let body: string;
  switch (kind) {
    case 'json':
      body = `${JSON.stringify(article, null, 2)}\n`;
      break;
    case 'md':
      body = `${markdownFor(article, opts)}\n`;
      break;
    case 'txt':
      body = `${copyTextOf(article, true)}\n\n${citationFor(article, opts)}\n`;
      break;
  }
  return { name: downloadName(article, kind), mime: MIME[kind], body };
}
