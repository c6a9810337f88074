import type { Article, Block } from '../article';
import { blockString, displayTime, neutralize, oneLine } from './safe';

/** A table cell as every renderer writes it: one line (a line break inside a cell becomes a space). */
export const cellText = (c: string): string => oneLine(c);

/**
 * One block as plain text, or null when it carries none. Images and videos carry no text (captions
 * live in `images`; a video is shown as "视频：title" but is not the article's text). A table is its
 * caption line (when it has one) and its rows, cells separated by tabs.
 */
export function blockText(b: Block): string | null {
  switch (b.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return blockString(b.text) || null;
    case 'table': {
      const lines = b.rows.map((r) => r.map(cellText).join('\t'));
      const caption = b.caption ? oneLine(b.caption) : '';
      if (caption) lines.unshift(caption);
      return lines.join('\n').trim() ? lines.join('\n') : null;
    }
    default:
      return null;
  }
}

/**
 * The article's text: paragraphs, subheadings, quotes and tables, one blank line between them, with
 * no control, escape or bidi-override character from the page (see `neutralize`).
 */
export function renderText(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    const t = blockText(b);
    if (t) out.push(t);
  }
  return out.join('\n\n');
}

export interface CopyTextOptions {
  /** Open the text with the title and a "source · time" line. Default false. */
  titleLine?: boolean;
}

/** "澎湃新闻 · 2021-08-24 15:57": the source and the time the page shows, whichever it gave. */
export function sourceTimeLine(a: Pick<Article, 'source' | 'publishedAt'>): string {
  return [a.source ? oneLine(a.source) : '', displayTime(a.publishedAt)].filter(Boolean).join(' · ');
}

/** What "copy text" puts on the clipboard: the text, optionally opened by the title and a source · time line. */
export function renderCopyText(a: Pick<Article, 'title' | 'source' | 'publishedAt' | 'text'>, opts: CopyTextOptions = {}): string {
  const text = neutralize(a.text);
  if (!opts.titleLine) return text;
  const head = [oneLine(a.title), sourceTimeLine(a)].filter(Boolean).join('\n');
  return [head, text].filter(Boolean).join('\n\n');
}
