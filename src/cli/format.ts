import type { Article } from '../article';
import { renderHtml } from '../render/html';

export const FORMATS = ['markdown', 'text', 'json', 'jsonl', 'html'] as const;
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

/** The line that opens each document in multi-input text, Markdown and HTML output on stdout. */
export function documentHeader(label: string): string {
  return `==> ${label} <==`;
}

/**
 * A document's lines that could be read as a `==> … <==` header get one more leading backslash
 * (`\==> x <==`, `\\==> x <==` for one that already had one), so every header line on stdout is
 * the tool's own; removing one backslash from such lines gives the document back. In Markdown
 * `\=` is an escaped "=", so the rendered text does not change.
 */
export function escapeHeaderLines(doc: string): string {
  return doc.replace(/^(\\*==>.*)$/gm, '\\$1');
}

/** "2.5 MB", "10.2 KB", "512 bytes": sizes in messages. */
export function formatSize(bytes: number): string {
  if (bytes >= 1048576) return `${(bytes / 1048576).toFixed(1).replace(/\.0$/, '')} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${bytes} bytes`;
}
