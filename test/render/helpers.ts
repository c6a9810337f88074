/**
 * Shared by the renderer tests: hand-made Articles, and a reading of Markdown through a real
 * CommonMark parser (markdown-it, with GFM tables) into block shapes that can be compared with the
 * Article's blocks.
 */
import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { Article, Block } from '../../src/article';
import { renderMarkdown } from '../../src/render/markdown';
import { isSinaHost } from '../../src/rules/hosts';
import { cellText, renderText } from '../../src/render/text';

/** A complete Article built from blocks; text and markdown come from the renderers, like extract(). */
export function article(blocks: Block[], over: Partial<Omit<Article, 'blocks' | 'text' | 'markdown'>> = {}): Article {
  const base = {
    url: 'https://finance.sina.com.cn/stock/2021-08-24/doc-ikqcfncc4769311.shtml',
    docId: 'ikqcfncc4769311',
    template: 'pc-2017' as const,
    kind: 'text' as const,
    title: '测试公司半年报营收增长',
    originalTitle: null,
    publishedAt: '2021-08-24T15:57:27+08:00',
    source: '新京报',
    authors: ['张三'],
    editor: '王五',
    keywords: [],
    stocks: [],
    leadImage: null,
    images: blocks.flatMap((b) => (b.type === 'image' ? [{ src: b.src, caption: b.caption }] : [])),
    blocks,
    wordCount: 0,
    readingMinutes: 0,
    ...over,
  };
  const text = renderText(blocks);
  const withText = { ...base, text };
  return { ...withText, markdown: renderMarkdown(withText) };
}

/** markdown-it as a CommonMark reader would run it, with raw HTML recognised (so that we can see it). */
export const md = new MarkdownIt({ html: true, linkify: false, typographer: false });

export interface Link {
  text: string;
  href: string;
}

/** One top-level block of rendered Markdown. */
export type Shape =
  | { k: 'h1' | 'h2' | 'p' | 'quote'; text: string; links: Link[] }
  | { k: 'img'; src: string }
  | { k: 'em' | 'strong'; text: string }
  | { k: 'table'; rows: string[][] };

export interface Reading {
  shapes: Shape[];
  /** Anything a reader should never see: raw HTML, code, soft breaks, lists, rules, fences… */
  problems: string[];
}

function inlineText(children: Token[] | null, problems: string[]): { text: string; links: Link[]; wrap: string | null } {
  const kids = (children ?? []).filter((t) => !(t.type === 'text' && t.content === ''));
  let text = '';
  const links: Link[] = [];
  let open: { href: string; from: number } | null = null;
  for (const t of kids) {
    switch (t.type) {
      case 'text':
        text += t.content;
        break;
      case 'hardbreak':
        text += '\n';
        break;
      case 'softbreak':
        problems.push('soft line break (a line break not written as a hard break)');
        text += '\n';
        break;
      case 'link_open':
        open = { href: String(t.attrGet('href') ?? ''), from: text.length };
        break;
      case 'link_close':
        if (open) links.push({ text: text.slice(open.from), href: open.href });
        open = null;
        break;
      case 'image':
      case 'em_open':
      case 'em_close':
      case 'strong_open':
      case 'strong_close':
        break;
      default:
        problems.push(`inline ${t.type}: ${JSON.stringify(t.content).slice(0, 80)}`);
        text += t.content;
    }
  }
  const first = kids[0]?.type;
  const last = kids[kids.length - 1]?.type;
  const opens = (type: string) => kids.filter((t) => t.type === type).length;
  let wrap: string | null = null;
  if (first === 'em_open' && last === 'em_close' && opens('em_open') === 1) wrap = 'em';
  if (first === 'strong_open' && last === 'strong_close' && opens('strong_open') === 1) wrap = 'strong';
  if (opens('em_open') + opens('strong_open') > 0 && !wrap) problems.push(`emphasis inside text: ${text.slice(0, 80)}`);
  return { text, links, wrap };
}

/** Reads Markdown (without front matter) into top-level block shapes, noting anything unexpected. */
export function readMarkdown(source: string): Reading {
  const tokens = md.parse(source, {});
  const shapes: Shape[] = [];
  const problems: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.level !== 0) continue;
    switch (t.type) {
      case 'heading_open': {
        const { text, links } = inlineText(tokens[i + 1]!.children, problems);
        if (t.tag === 'h1' || t.tag === 'h2') shapes.push({ k: t.tag, text, links });
        else problems.push(`heading ${t.tag}`);
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[i + 1]!;
        const kids = inline.children ?? [];
        if (kids.length === 1 && kids[0]!.type === 'image') {
          shapes.push({ k: 'img', src: String(kids[0]!.attrGet('src') ?? '') });
          break;
        }
        const { text, links, wrap } = inlineText(kids, problems);
        if (wrap === 'em' || wrap === 'strong') shapes.push({ k: wrap, text });
        else shapes.push({ k: 'p', text, links });
        break;
      }
      case 'blockquote_open': {
        const inner = tokens.slice(i + 1, tokens.findIndex((x, j) => j > i && x.type === 'blockquote_close' && x.level === 0));
        const paras = inner.filter((x) => x.type === 'paragraph_open');
        if (paras.length !== 1 || inner.some((x) => !/^(paragraph_open|paragraph_close|inline)$/.test(x.type))) {
          problems.push(`block quote holding ${inner.map((x) => x.type).join(',')}`);
        }
        const inl = inner.find((x) => x.type === 'inline');
        const { text, links } = inlineText(inl?.children ?? [], problems);
        shapes.push({ k: 'quote', text, links });
        break;
      }
      case 'table_open': {
        const rows: string[][] = [];
        let row: string[] | null = null;
        for (let j = i + 1; j < tokens.length && tokens[j]!.type !== 'table_close'; j++) {
          const x = tokens[j]!;
          if (x.type === 'tr_open') row = [];
          else if (x.type === 'tr_close' && row) rows.push(row);
          else if (x.type === 'inline' && row) row.push(inlineText(x.children, problems).text);
        }
        shapes.push({ k: 'table', rows });
        break;
      }
      case 'heading_close':
      case 'paragraph_close':
      case 'blockquote_close':
      case 'table_close':
      case 'inline':
        break;
      default:
        problems.push(`block ${t.type}: ${JSON.stringify(t.content).slice(0, 80)}`);
    }
  }
  return { shapes, problems };
}

const cmHref = (u: string) => md.normalizeLink(new URL(u).href);
const httpHref = (u: string | null | undefined): string | null => {
  try {
    const url = new URL(u ?? '');
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password ? cmHref(url.href) : null;
  } catch {
    return null;
  }
};

/** What the Markdown of `a` must read as, block by block, and which shapes carry the article's text. */
export function expectedShapes(
  a: Pick<Article, 'title' | 'blocks'>,
  opts: { images?: boolean } = {},
): { shapes: Shape[]; textual: boolean[] } {
  const shapes: Shape[] = [];
  const textual: boolean[] = [];
  const push = (s: Shape, t = false) => {
    shapes.push(s);
    textual.push(t);
  };
  const title = a.title.replace(/\s+/g, ' ').trim();
  if (title) push({ k: 'h1', text: title, links: [] });
  for (const b of a.blocks) {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
      case 'quote': {
        const text = b.text.trim();
        if (!text) break;
        const joined = (b.inlines ?? []).map((r) => r.text).join('').trim();
        const links =
          b.inlines && joined === text
            ? b.inlines.flatMap((r) => {
                const href = httpHref(r.href);
                return href && r.text ? [{ text: r.text, href }] : [];
              })
            : [];
        push({ k: b.type === 'paragraph' ? 'p' : b.type === 'heading' ? 'h2' : 'quote', text, links }, true);
        break;
      }
      case 'image': {
        if (opts.images === false) break;
        const href = httpHref(b.src);
        const caption = b.caption.trim();
        if (href && isSinaHost(new URL(b.src).hostname)) push({ k: 'img', src: httpHref(b.src.replace(/^http:/i, 'https:'))! });
        else if (href) {
          const shown = caption.replace(/\s+/g, ' ') || new URL(b.src).href;
          push({ k: 'p', text: `图片：${shown}`, links: [{ text: shown, href }] });
          break;
        }
        if (caption) push({ k: 'em', text: caption });
        break;
      }
      case 'table': {
        const caption = b.caption ? b.caption.replace(/\s+/g, ' ').trim() : '';
        if (caption) push({ k: 'strong', text: caption }, true);
        const width = b.rows.reduce((w, r) => Math.max(w, r.length), 0);
        if (width) push({ k: 'table', rows: b.rows.map((r) => Array.from({ length: width }, (_, i) => cellText(r[i] ?? ''))) }, true);
        break;
      }
      case 'video': {
        const title = b.title.replace(/\s+/g, ' ').trim();
        const href = httpHref(b.href);
        const shown = title || (href ? new URL(b.href!).href : '');
        // A placeholder with no title and no link shows nothing.
        if (href || title) push({ k: 'p', text: `视频：${href ? shown : title}`, links: href ? [{ text: shown, href }] : [] });
        break;
      }
    }
  }
  return { shapes, textual };
}

/** The article text as the Markdown shows it: the textual shapes, a table as caption line + rows. */
export function textOfShapes(shapes: Shape[], textual: boolean[]): string {
  const out: string[] = [];
  for (let i = 0; i < shapes.length; i++) {
    if (!textual[i]) continue;
    const s = shapes[i]!;
    if (s.k === 'table') {
      const rows = s.rows.map((r) => {
        const cells = [...r];
        while (cells.length && !cells[cells.length - 1]) cells.pop();
        return cells.join('\t');
      });
      if (shapes[i - 1]?.k === 'strong' && textual[i - 1]) out[out.length - 1] += `\n${rows.join('\n')}`;
      else out.push(rows.join('\n'));
    } else if ('text' in s) out.push(s.text);
  }
  return out.join('\n\n');
}

/**
 * The text of `blocks` with the trailing empty cells of table rows dropped: Markdown pads ragged rows
 * to the widest one, so a row's trailing empty cells are the one thing it cannot show.
 */
export function textWithTrimmedRows(blocks: readonly Block[]): string {
  return renderText(
    blocks.map((b) => {
      if (b.type !== 'table') return b;
      const rows = b.rows.map((r) => {
        const cells = [...r];
        while (cells.length && !cellText(cells[cells.length - 1]!)) cells.pop();
        return cells;
      });
      return { ...b, rows };
    }),
  );
}

/**
 * Everything that keeps `a.markdown` from reading back as `a` (blocks, links, text; no raw HTML,
 * code, list or rule), as messages; empty when it reads back exactly. For invariant checks outside
 * vitest's expect (the fuzzers).
 */
export function markdownProblems(a: Pick<Article, 'title' | 'blocks' | 'text' | 'markdown'>): string[] {
  const reading = readMarkdown(a.markdown);
  const want = expectedShapes(a);
  const out = [...reading.problems];
  if (a.text !== renderText(a.blocks)) out.push('text is not the rendering of blocks');
  if (JSON.stringify(reading.shapes) !== JSON.stringify(want.shapes)) {
    const i = reading.shapes.findIndex((s, j) => JSON.stringify(s) !== JSON.stringify(want.shapes[j]));
    const at = i < 0 ? Math.min(reading.shapes.length, want.shapes.length) : i;
    out.push(`block ${at} reads ${JSON.stringify(reading.shapes[at])?.slice(0, 120)}, expected ${JSON.stringify(want.shapes[at])?.slice(0, 120)}`);
  } else if (textOfShapes(reading.shapes, want.textual) !== textWithTrimmedRows(a.blocks)) out.push('text read from the Markdown differs');
  return out;
}
