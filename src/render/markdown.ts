import { stringify } from 'yaml';
import type { Article, Block, Inline } from '../article';
import { ENTITY_LIKE, escapeInline } from './escape';
import { sinaPicture } from './html';
import { blockRuns, blockString, oneLine, safeHttpUrl } from './safe';
import { cellText, sourceTimeLine } from './text';

export { escapeInline } from './escape';

/**
 * Markdown that renders (CommonMark, plus GFM tables) to exactly the article's text. Page text is
 * escaped so that nothing in it is read as syntax:
 * - anywhere: `\` `` ` `` `*` `_` `[` `]` `<` `|` get a backslash (code spans, emphasis, links,
 *   autolinks and raw HTML, table pipes), `~` and `$` too when a block holds two or more of them
 *   (strikethrough and fences; math in the renderers that have it), and `&` before something shaped
 *   like an entity or character reference (`&copy;`, `&#169;`);
 * - at the start of every line: `#` (ATX heading), `>` (block quote), `-`/`+` before a space or alone
 *   (list item), a line of `-` or `=` (thematic break, setext underline), and `1.`/`3)` before a space
 *   or alone (ordered list) become `\#`, `\>`, `\-`, `\+`, `\=`, `1\.`, `3\)`;
 * - leading and trailing spaces and tabs of a line become character references (`&#32;`, `&#9;`), so
 *   they are kept and never make an indented code block;
 * - a line break inside a block is a hard line break (a backslash at the end of the line).
 * Headings escape a trailing `#` run (`C# 与 F #` → `## C# 与 F \#`), which ATX would drop.
 */

/** A first character that may start a block construct (or a space or tab, written as a reference). */
const LINE_START = /[ \t#>+=\-\d]/;
const isSpaceOrTab = (c: number) => c === 0x20 || c === 0x09;

const wsRefs = (ws: string) => ws.replace(/ /g, '&#32;').replace(/\t/g, '&#9;');

/** Escapes what a line of already inline-escaped text would start as a block. */
function escapeLineStart(line: string): string {
  if (!line || (!LINE_START.test(line[0]!) && !isSpaceOrTab(line.charCodeAt(line.length - 1)))) return line;
  const l = line.replace(/^[ \t]+/, wsRefs).replace(/[ \t]+$/, wsRefs);
  if (/^[#>]/.test(l)) return `\\${l}`;
  if (/^[-+](?:[ \t]|$)/.test(l) || /^(?:-[ \t]*)+$/.test(l) || /^=+$/.test(l)) return `\\${l}`;
  const ol = /^(\d{1,9})[.)](?=[ \t]|$)/.exec(l);
  if (ol) return `${ol[1]}\\${l.slice(ol[1]!.length)}`;
  return l;
}

/** Inline-escaped text (possibly over several lines) as the lines of one block, with hard breaks. */
function lines(escaped: string): string {
  if (!escaped.includes('\n')) return escapeLineStart(escaped);
  return escaped.split('\n').map(escapeLineStart).join('\\\n');
}

/**
 * A URL as a link destination: null unless http(s). Characters a CommonMark renderer would
 * percent-encode are percent-encoded here, so the href it produces is exactly this URL; `(`, `)` and
 * an entity-shaped `&` are backslash-escaped.
 */
export function markdownUrl(u: string | null | undefined): string | null {
  const href = safeHttpUrl(u);
  if (!href) return null;
  return href
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
    .replace(/[^A-Za-z0-9;/?:@&=+$,\-_.!~*'()#%]+/g, (s) => encodeURIComponent(s))
    .replace(/[()]/g, (c) => `\\${c}`)
    .replace(ENTITY_LIKE, '\\&');
}

/** Inline-escaped Markdown of the runs: linked runs as `[text](url)`, the rest as text. */
function inlineMarkdown(runs: readonly Inline[]): string {
  if (runs.length === 1 && !runs[0]!.href) return escapeInline(runs[0]!.text);
  const context = runs.map((r) => r.text).join('');
  let out = '';
  for (const r of runs) {
    const dest = r.href ? markdownUrl(r.href) : null;
    const text = escapeInline(r.text, context);
    out += dest && r.text ? `[${text}](${dest})` : text;
  }
  return out;
}

/** `## heading`; a heading over several lines is written as a setext heading, which can hold them. */
function heading(body: string, level: 1 | 2): string {
  // A line holding a pipe above `---` would read as a one-column table, so pipes become references.
  if (body.includes('\n')) return `${lines(body.replace(/\\\|/g, '&#124;'))}\n${level === 1 ? '===' : '---'}`;
  return `${'#'.repeat(level)} ${body.replace(/(^|[ \t])(#+)$/, '$1\\$2')}`;
}

function table(rows: readonly (readonly string[])[]): string | null {
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  if (!width) return null;
  const line = (r: readonly string[]) => {
    const cells: string[] = [];
    for (let i = 0; i < width; i++) cells.push(escapeInline(cellText(r[i] ?? '')));
    return `| ${cells.join(' | ')} |`;
  };
  return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
}

function block(b: Block, images: boolean): string | null {
  switch (b.type) {
    case 'paragraph':
    case 'heading':
    case 'quote': {
      const runs = blockRuns(b.text, b.inlines);
      const body = inlineMarkdown(runs);
      if (!body) return null;
      if (b.type === 'heading') return heading(body, 2);
      if (b.type === 'quote') return lines(body).split('\n').map((l) => `> ${l}`).join('\n');
      return lines(body);
    }
    case 'image': {
      if (!images) return null;
      const caption = blockString(b.caption);
      // Only Sina's pictures are embedded (a Markdown viewer loads them); another host's picture is
      // a link the reader may follow, as in the HTML.
      const src = markdownUrl(sinaPicture(b.src));
      if (!src) {
        const href = markdownUrl(b.src);
        return href ? `图片：[${escapeInline(oneLine(caption) || safeHttpUrl(b.src)!)}](${href})` : caption ? `*${lines(escapeInline(caption))}*` : null;
      }
      const parts = [`![${escapeInline(oneLine(caption))}](${src})`];
      if (caption) parts.push(`*${lines(escapeInline(caption))}*`);
      return parts.join('\n\n');
    }
    case 'table': {
      const caption = b.caption ? oneLine(b.caption) : '';
      const t = table(b.rows);
      const parts = [caption ? `**${escapeInline(caption)}**` : '', t ?? ''].filter(Boolean);
      return parts.length ? parts.join('\n\n') : null;
    }
    case 'video': {
      const title = oneLine(b.title);
      const dest = markdownUrl(b.href);
      if (dest) return `视频：[${escapeInline(title || (safeHttpUrl(b.href) ?? ''))}](${dest})`;
      // A placeholder with no title and no link says nothing: a bare 视频 line is not on the page.
      return title ? `视频：${escapeInline(title)}` : null;
    }
  }
}

export interface MarkdownOptions {
  /** Pictures (with their caption lines) in the body. Default true; false leaves no picture and no caption behind. */
  images?: boolean;
  /**
   * Metadata above the body: 'none' (default: what `Article.markdown` holds), 'header' (one line
   * under the title: source · time · URL) or 'front-matter' (YAML with the Article's metadata).
   */
  metadata?: 'none' | 'header' | 'front-matter';
}

type MarkdownInput = Omit<Article, 'markdown' | 'text' | 'wordCount' | 'readingMinutes' | 'template' | 'kind'> &
  Partial<Pick<Article, 'template' | 'kind'>>;

/** The metadata a front matter carries, under the Article's own field names; only what the page gave. */
function frontMatter(a: MarkdownInput): string {
  const fm: Record<string, unknown> = { title: oneLine(a.title) };
  if (a.originalTitle) fm.originalTitle = oneLine(a.originalTitle);
  if (a.source) fm.source = oneLine(a.source);
  if (a.authors.length) fm.authors = a.authors.map(oneLine);
  if (a.editor) fm.editor = oneLine(a.editor);
  if (a.publishedAt) fm.publishedAt = oneLine(a.publishedAt);
  const url = safeHttpUrl(a.url);
  if (url) fm.url = url;
  if (a.docId) fm.docId = oneLine(a.docId);
  if (a.stocks.length) fm.stocks = a.stocks.map((s) => ({ code: oneLine(s.code), name: oneLine(s.name) }));
  if (a.keywords.length) fm.keywords = a.keywords.map(oneLine);
  // lineWidth 0: no folding, one line per value. Written as YAML 1.1 would read it, so that every
  // string a 1.1 reader (js-yaml, PyYAML, many note apps) would take for something else (a timestamp
  // such as publishedAt, yes/no, a number, `~`) is quoted; a 1.2 reader gets the same strings.
  return `---\n${stringify(fm, { lineWidth: 0, version: '1.1' }).trimEnd()}\n---`;
}

/** Markdown of the article: optional front matter, `# title`, optional header line, body blocks. */
export function renderMarkdown(a: MarkdownInput, opts: MarkdownOptions = {}): string {
  const images = opts.images ?? true;
  const metadata = opts.metadata ?? 'none';
  const parts: string[] = [];
  if (metadata === 'front-matter') parts.push(frontMatter(a));
  const title = oneLine(a.title);
  if (title) parts.push(heading(escapeInline(title), 1));
  if (metadata === 'header') {
    const url = markdownUrl(a.url);
    const line = [escapeInline(sourceTimeLine(a)), url ? `<${url.replace(/\\/g, '')}>` : ''].filter(Boolean).join(' · ');
    if (line) parts.push(escapeLineStart(line));
  }
  for (const b of a.blocks) {
    const s = block(b, images);
    if (s) parts.push(s);
  }
  return `${parts.join('\n\n')}\n`;
}
