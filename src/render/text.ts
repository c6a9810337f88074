import type { Block } from '../article';

/** One block as plain text; images carry no text (their captions live in `images` and Markdown). */
export function blockText(b: Block): string | null {
  switch (b.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return b.text;
    case 'table':
      return b.rows.map((r) => r.join('\t')).join('\n');
    default:
      return null;
  }
}

/** The article's text: paragraphs, subheadings, quotes and tables, one blank line between them. */
export function renderText(blocks: readonly Block[]): string {
  return blocks
    .map(blockText)
    .filter((t): t is string => !!t)
    .join('\n\n');
}
