/**
 * What the copy and download buttons produce, from the user's options. The renderers in
 * src/render/ write the formats; this module is the one place the extension calls them
 * (`renderMarkdown`, `renderCopyText`, `formatCitation`, with the options agreed for them).
 */
import type { Article } from '../article';
import { formatCitation } from '../render/citation';
import { renderMarkdown } from '../render/markdown';
import { renderCopyText } from '../render/text';
import type { CitationStyle, MarkdownMeta, Settings } from './settings';
import { safeHttpUrl } from './urls';

export { displayTime } from '../render/safe';
export { metaParts } from './meta-line';

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

/* ---- Payloads ---- */

export function markdownFor(article: Article, opts: Pick<CopyOptions, 'markdownImages' | 'markdownMeta'>): string {
  return renderMarkdown(article, { images: opts.markdownImages, metadata: opts.markdownMeta }).trimEnd();
}

export function citationFor(article: Article, opts: CopyOptions): string {
  return formatCitation(article, opts.citationStyle, { template: opts.citationTemplate, accessed: opts.accessed ?? new Date() });
}

const copyTextOf = (article: Article, titleLine: boolean) => renderCopyText(article, { titleLine });

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
  // A placeholder with neither title nor link is left out, as the reader and the copies leave it out.
  // Only http(s) links are offered (as everywhere else).
  const base = article.url ?? undefined;
  const videos = article.blocks.flatMap((b) => (b.type === 'video' ? [{ title: b.title, href: safeHttpUrl(b.href, base) }] : []));
  const lines = [article.title, ...videos.filter((v) => v.title || v.href).map((v) => [`视频：${v.title}`, v.href].filter(Boolean).join(' ')), article.url ?? ''];
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
