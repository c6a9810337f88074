import { stringify } from 'yaml';
import type { Article, Block } from '../article';

export interface MarkdownOptions {
  /** Include images (with captions) in the body. Default true. */
  images?: boolean;
  /** Put a YAML front matter with the metadata on top. Default false. */
  frontMatter?: boolean;
}

/** Escapes what Markdown would read as syntax at the start of a line or inline. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/([\\`*_[\]<>|])/g, '\\$1')
    .replace(/^(#{1,6}\s|>|[-+]\s|\d+[.)]\s)/, (m) => `\\${m}`);
}

function cell(s: string): string {
  return escapeMarkdown(s).replace(/\n/g, ' ');
}

function block(b: Block, images: boolean): string | null {
  switch (b.type) {
    case 'paragraph':
      return escapeMarkdown(b.text);
    case 'heading':
      return `## ${escapeMarkdown(b.text)}`;
    case 'quote':
      return `> ${escapeMarkdown(b.text)}`;
    case 'image':
      if (!images) return null;
      return `![${cell(b.caption)}](${b.src.replace(/[()\s]/g, encodeURIComponent)})${b.caption ? `\n\n*${escapeMarkdown(b.caption)}*` : ''}`;
    case 'table': {
      const [head, ...rest] = b.rows;
      if (!head) return null;
      const width = b.rows.reduce((w, r) => Math.max(w, r.length), 0);
      const pad = (r: string[]) => [...r, ...Array(width - r.length).fill('')];
      const line = (r: string[]) => `| ${pad(r).map(cell).join(' | ')} |`;
      return [line(head), `|${' --- |'.repeat(width)}`, ...rest.map(line)].join('\n');
    }
    case 'video':
      return b.href ? `视频：[${escapeMarkdown(b.title)}](${b.href.replace(/[()\s]/g, encodeURIComponent)})` : `视频：${escapeMarkdown(b.title)}`;
  }
}

/** Markdown of the article: title, optional front matter, body blocks. */
export function renderMarkdown(a: Omit<Article, 'markdown'>, opts: MarkdownOptions = {}): string {
  const images = opts.images ?? true;
  const parts: string[] = [];
  if (opts.frontMatter) {
    const fm: Record<string, unknown> = { title: a.title };
    if (a.publishedAt) fm.published = a.publishedAt;
    if (a.source) fm.source = a.source;
    if (a.authors.length) fm.authors = a.authors;
    if (a.editor) fm.editor = a.editor;
    if (a.url) fm.url = a.url;
    parts.push(`---\n${stringify(fm).trimEnd()}\n---`);
  }
  if (a.title) parts.push(`# ${escapeMarkdown(a.title)}`);
  for (const b of a.blocks) {
    const s = block(b, images);
    if (s) parts.push(s);
  }
  return `${parts.join('\n\n')}\n`;
}
