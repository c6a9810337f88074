/**
 * What reaches a terminal from input: file names, URLs, HTTP status texts, engine messages and
 * titles can carry escape sequences (clear the screen, set the window title, fake a hyperlink),
 * bell characters and bidirectional overrides that make a name read differently from what it is.
 * Everything printed from input goes through `safeLine` (one line) or `safeText` (a document).
 * Widths are display columns (East Asian wide characters take two), measured by `string-width`.
 */
import stringWidth from 'string-width';

/**
 * C0 controls, DEL, C1 controls, and the invisible characters that reorder or hide text: the
 * bidi marks, embeddings, overrides and isolates, the Arabic letter mark, line and paragraph
 * separators, zero-width characters and the BOM.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * For whole documents: controls other than line feed and tab, and the characters that reorder
 * text (zero-width joiners and spaces are harmless there and stay).
 */
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** One line of terminal output from untrusted text: every unsafe character shown as `\xNN`/`\uNNNN`. */
export function safeLine(s: string): string {
  return s.replace(UNSAFE, visible);
}

/** A document for a terminal: line feeds and tabs kept, every other unsafe character made visible. */
export function safeText(s: string): string {
  return s.replace(UNSAFE_IN_TEXT, visible);
}

/** Display width in terminal columns. */
export function displayWidth(s: string): number {
  return stringWidth(s);
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * `s` cut to at most `columns` display columns, ending in "…" when cut. Cuts between grapheme
 * clusters, so a wide character or an emoji sequence is never split.
 */
export function truncateToWidth(s: string, columns: number): string {
  if (columns <= 0) return '';
  if (displayWidth(s) <= columns) return s;
  const room = columns - 1; // for the ellipsis
  let out = '';
  let used = 0;
  for (const { segment } of segmenter.segment(s)) {
    const w = stringWidth(segment);
    if (used + w > room) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** Columns a progress line may use: the terminal's width less one (no wrap); 80 when unknown or 0. */
export function usableColumns(columns: number | undefined): number {
  const width = columns && columns > 0 ? columns : 80;
  return Math.max(1, width - 1);
}
