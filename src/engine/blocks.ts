import type { AnyNode, Element } from 'domhandler';
import type { Block } from '../article';
import { CAPTION_HINT, JUNK_IMAGES, LINK_LABELS } from '../rules';
import { JOIN_TAG } from './prepare';
import { normalizeText } from './text';
import { absoluteUrl } from './url';

/** Elements that end the paragraph being built. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'center', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol',
  'li', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'figure', 'figcaption', 'header', 'footer',
  'aside', 'main', 'nav', 'dl', 'dt', 'dd', 'pre', 'hr', 'address', 'details', 'summary', 'caption', 'html',
  'body',
]);
const BOLD_TAGS = new Set(['strong', 'b']);
/** Caption holders inside Sina image wrappers (PC, mobile, generic). */
const CAPTION_SELECTOR = ['.img_descr', 'figcaption', '.art_img_tit', '.img_txt'];
/** A paragraph entirely in bold and at most this long is a subheading. */
const MAX_HEADING_CHARS = 50;
/** Text beside a single picture in one small container (center, p, div) is its caption up to this length. */
const MAX_INLINE_CAPTION = 60;
/** How a paragraph that is complete ends. */
const SENTENCE_END = /[。！？!?…”」』）)：:；;]$/;

/** Containers that may hold a picture and its caption as plain text. */
const CAPTION_CONTAINERS = new Set(['center', 'p', 'div', 'span', 'a', 'font']);

interface Segment {
  text: string;
  bold: boolean;
}

const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

function attr(el: Element, name: string): string {
  return el.attribs?.[name] ?? '';
}

function hasClass(el: Element, cls: string): boolean {
  return ` ${attr(el, 'class')} `.includes(` ${cls} `);
}

function matchesSimple(el: Element, sel: string): boolean {
  return sel.startsWith('.') ? hasClass(el, sel.slice(1)) : el.name === sel;
}

function textOf(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node) || node.type !== 'tag') return '';
  if (node.name === 'br') return '\n';
  return node.children.map(textOf).join('');
}

function findFirst(el: Element, pred: (e: Element) => boolean): Element | null {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (pred(c)) return c;
    const hit = findFirst(c, pred);
    if (hit) return hit;
  }
  return null;
}

function findAll(el: Element, pred: (e: Element) => boolean, out: Element[] = []): Element[] {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (pred(c)) out.push(c);
    findAll(c, pred, out);
  }
  return out;
}

/** The image's real address: lazy-load attributes first, then src; null for junk. */
export function imageSrc(img: Element, baseUrl: string | null): string | null {
  const candidates = [attr(img, 'data-src'), attr(img, 'data-original'), attr(img, 'src'), attr(img, 'data-mcesrc')];
  for (const raw of candidates) {
    const v = raw.trim();
    if (!v || v.startsWith('data:')) continue;
    const abs = absoluteUrl(v, baseUrl);
    if (!abs) continue;
    if (JUNK_IMAGES.some((r) => r.pattern.test(abs))) return null;
    return abs;
  }
  return null;
}

/** Sina's CMS marks bold with cms-style="… strong-Bold …"; pasted HTML uses inline font-weight. */
function isBoldStyled(el: Element): boolean {
  return /\bstrong-Bold\b/.test(attr(el, 'cms-style')) || /font-weight\s*:\s*(bold|[6-9]00)/i.test(attr(el, 'style'));
}

interface Stats {
  /** Non-whitespace characters of text inside. */
  chars: number;
  imgs: number;
  /** Pictures that are not junk (spacers, placeholders, QR codes). */
  realImgs: number;
}

const nonSpace = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, '').length;

/** Turns an already-cleaned body container into ordered blocks. */
export class BlockBuilder {
  readonly blocks: Block[] = [];
  private readonly seen = new Set<string>();
  private segs: Segment[] = [];
  private bold = 0;
  private center = 0;
  /** An ad was cut out right here: a paragraph ending at this point may go on in the next one. */
  private joinPending = false;
  /** Per-element counts, computed once each (the walk asks about every block element). */
  private readonly memo = new Map<Element, Stats>();

  constructor(private readonly baseUrl: string | null) {}

  build(root: Element): Block[] {
    this.children(root);
    this.flush(true);
    return this.blocks;
  }

  private stats(el: Element): Stats {
    const hit = this.memo.get(el);
    if (hit) return hit;
    const st: Stats = { chars: 0, imgs: 0, realImgs: 0 };
    if (el.name === 'img') {
      st.imgs = 1;
      st.realImgs = imageSrc(el, this.baseUrl) ? 1 : 0;
    }
    for (const c of el.children) {
      if (c.type === 'text') st.chars += nonSpace((c as unknown as { data: string }).data);
      else if (c.type === 'tag') {
        const cs = this.stats(c as Element);
        st.chars += cs.chars;
        st.imgs += cs.imgs;
        st.realImgs += cs.realImgs;
      }
    }
    this.memo.set(el, st);
    return st;
  }

  private children(el: Element): void {
    for (const c of el.children) this.node(c);
  }

  private node(n: AnyNode): void {
    if (n.type === 'text') {
      const data = (n as unknown as { data: string }).data;
      if (/\S/.test(data)) this.joinPending = false;
      this.segs.push({ text: data, bold: this.bold > 0 });
      return;
    }
    if (!isElement(n) || n.type !== 'tag') return; // comments, directives, leftovers
    const tag = n.name;
    if (tag === JOIN_TAG) {
      this.joinPending = true;
      return;
    }
    if (tag === 'br') {
      this.flush(true);
      return;
    }
    if (tag === 'a' && LINK_LABELS.pattern.test(normalizeText(textOf(n)))) return;
    if (tag === 'img') {
      this.flush(true);
      this.image(n, '');
      return;
    }
    if (this.isImageWrapper(n)) {
      this.flush(true);
      this.imageWrapper(n);
      return;
    }
    if (tag === 'table' && this.isDataTable(n)) {
      this.flush(true);
      this.table(n);
      return;
    }
    if (/^h[1-6]$/.test(tag)) {
      this.flush(true);
      const text = normalizeText(textOf(n));
      if (text) this.blocks.push({ type: 'heading', text });
      return;
    }
    if (tag === 'blockquote') {
      this.flush(true);
      for (const b of new BlockBuilder(this.baseUrl).build(n)) {
        if (b.type === 'paragraph' || b.type === 'heading') this.blocks.push({ type: 'quote', text: b.text });
        else this.blocks.push(b);
      }
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    // An empty box (a leftover ad table, a spacer div) must not split the sentence around it.
    if (block && this.stats(n).chars === 0 && this.stats(n).imgs === 0) return;
    if (block) this.flush();
    const isBold = BOLD_TAGS.has(tag) || isBoldStyled(n);
    if (isBold) this.bold++;
    if (tag === 'center') this.center++;
    this.children(n);
    if (block) this.flush();
    if (tag === 'center') this.center--;
    if (isBold) this.bold--;
  }

  /**
   * A wrapper holding one picture and its caption: div.img_wrapper, figure, mobile picture cards,
   * or a small center/p/div with one real picture and a short line of text (2004-2009 pages).
   */
  private isImageWrapper(el: Element): boolean {
    const st = this.stats(el);
    if (el.name === 'figure' || hasClass(el, 'img_wrapper') || hasClass(el, 'art_pic')) return st.imgs > 0;
    if (!CAPTION_CONTAINERS.has(el.name) || st.realImgs !== 1 || st.chars > MAX_INLINE_CAPTION * 2) return false;
    if (findFirst(el, (e) => BLOCK_TAGS.has(e.name) && e.name !== 'center' && this.stats(e).chars > 0)) return false;
    const text = normalizeText(textOf(el));
    return text.length <= MAX_INLINE_CAPTION && !/[。；]/.test(text.slice(0, -1));
  }

  private imageWrapper(el: Element): void {
    const captionEl = findFirst(el, (e) => CAPTION_SELECTOR.some((s) => matchesSimple(e, s)));
    const caption = normalizeText(textOf(captionEl ?? el));
    const imgs = findAll(el, (e) => e.name === 'img');
    let used = false;
    for (const img of imgs) used = this.image(img, used ? '' : caption) || used;
    if (!used && caption) this.blocks.push({ type: 'paragraph', text: caption });
  }

  private image(img: Element, caption: string): boolean {
    const src = imageSrc(img, this.baseUrl);
    if (!src) return false;
    if (this.seen.has(src)) return true;
    this.seen.add(src);
    this.blocks.push({ type: 'image', src, caption });
    return true;
  }

  private rows(table: Element): Element[] {
    return findAll(table, (e) => e.name === 'tr');
  }

  /** The table's rows of cell texts, leaving out rows with no text at all. */
  private tableRows(table: Element): string[][] {
    return this.rows(table)
      .map((r) =>
        r.children
          .filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'))
          .map((c) => normalizeText(textOf(c))),
      )
      .filter((cells) => cells.some(Boolean));
  }

  /**
   * A real table of data: no nested tables or pictures, at least two rows with text, and some row
   * with two cells of text (the same test passes on the tool's own rendering of the table).
   */
  private isDataTable(table: Element): boolean {
    if (findFirst(table, (e) => e.name === 'table' || e.name === 'img')) return false;
    const rows = this.tableRows(table);
    return rows.length >= 2 && rows.some((cells) => cells.filter(Boolean).length >= 2);
  }

  private table(table: Element): void {
    this.blocks.push({ type: 'table', rows: this.tableRows(table) });
  }

  private flush(force = false): void {
    if (!this.segs.length) return;
    // A sentence cut by an inserted ad ("…看着" | ad | "去年房价猛涨…") continues in the next paragraph.
    if (!force && this.joinPending && !SENTENCE_END.test(normalizeText(this.segs.map((s) => s.text).join('')))) return;
    this.joinPending = false;
    const segs = this.segs;
    this.segs = [];
    const text = normalizeText(segs.map((s) => s.text).join(''));
    if (!text) return;
    const last = this.blocks[this.blocks.length - 1];
    if (
      last?.type === 'image' &&
      !last.caption &&
      text.length <= CAPTION_HINT.maxChars &&
      (this.center > 0 || CAPTION_HINT.pattern.test(text))
    ) {
      last.caption = text;
      return;
    }
    // Quote marks and spaces left outside the <strong> do not make a bold line less bold.
    const allBold = segs.some((s) => s.bold) && segs.every((s) => s.bold || !s.text.replace(/[\s\u3000\u00a0“”"'‘’「」『』（）()【】[\]]/g, ''));
    // A bold line ending like a sentence or a lead-in ("…提醒广大消费者：") is emphasis, not a subhead.
    const heading = allBold && text.length <= MAX_HEADING_CHARS && !/[。；：:，,]$/.test(text);
    // A paragraph of punctuation only: a lone colon finishes the line before it; symbols (▷) are decoration.
    if (!/[\p{L}\p{N}]/u.test(text)) {
      const prev = this.blocks[this.blocks.length - 1];
      if (/^[：:，,。；;]$/.test(text) && prev?.type === 'paragraph') prev.text += text;
      return;
    }
    this.blocks.push({ type: heading ? 'heading' : 'paragraph', text });
  }
}
