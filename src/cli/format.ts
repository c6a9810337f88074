import type { Article } from '../article';
import { renderHtml } from '../render/html';

export const FORMATS = ['text', 'markdown', 'json', 'jsonl', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** File extension of one output file per format. */
export const EXTENSIONS: Record<Format, string> = {
  text: '.txt',
  markdown: '.md',
  json: '.json',
  jsonl: '.jsonl',
  html: '.html',
};

function withNewline(s: string): string {
  return s.endsWith('\n') ? s : `${s}\n`;
}

/** One article in one format, as a complete file body (ends with a newline). */
export function renderArticle(article: Article, format: Format): string {
  switch (format) {
    case 'text':
      return withNewline(article.text);
    case 'markdown':
      return withNewline(article.markdown);
    case 'json':
      return `${JSON.stringify(article, null, 2)}\n`;
    case 'jsonl':
      return `${JSON.stringify(article)}\n`;
    case 'html':
      // A standalone page built from escaped text (src/render/html.ts), never the page's own HTML.
      return withNewline(renderHtml(article));
  }
}

/** Characters not allowed (or unwise) in file names on common systems. */
const UNSAFE = /[\u0000-\u001f\u007f/\\:*?"<>|]/g;

/** Longest stem in UTF-8 bytes, leaving room for the extension and the temporary-file suffix. */
const MAX_STEM_BYTES = 150;

/** A safe file name stem: no separators or control characters, not hidden, at most 150 UTF-8 bytes. */
export function safeStem(raw: string): string {
  let s = raw.normalize('NFC').replace(UNSAFE, '_').trim();
  s = s.replace(/^\.+/, '_');
  if (s.length > MAX_STEM_BYTES) s = s.slice(0, MAX_STEM_BYTES);
  while (Buffer.byteLength(s) > MAX_STEM_BYTES) s = [...s].slice(0, -1).join('');
  return s || 'article';
}

/** "2.5 MB", "10.2 KB", "512 bytes": sizes in messages. */
export function formatSize(bytes: number): string {
  if (bytes >= 1048576) return `${(bytes / 1048576).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}
