/**
 * The blocks stage: a cleaned body container becomes ordered blocks (paragraphs with their inline
 * links, headings, quotes, images, tables, videos). The walk is iterative and visits the whole
 * container: text in any element, paragraphs inside picture wrappers, forms and figures, a data
 * table's caption, pictures inside headings.
 */
import type { AnyNode, Element, Text } from 'domhandler';
import type { Block, Inline } from '../article';
import { boilerplateOf } from '../rules/boilerplate';
import { APP_PICTURE, appPicture, CAPTION_HINT, junkImage, type ImageRule } from '../rules/images';
import { BARE_NUMBERING, BOLD_EMPHASIS, CENTRED_DECK, centredDeck, ELLIPSIS_PARAGRAPH, INTERVIEW_QUESTION, LONE_PUNCTUATION, NUMBERED_QUESTION_HEAD, PUNCTUATION_ONLY, SPEAKER_LABEL, TWO_LINE_SUBHEAD, COLOURED_SUBHEAD } from '../rules/lines';
import { readByline } from '../rules/bylines';
import { isSinaHost } from '../rules/hosts';
import { LINK_LABELS, linkFurniture } from '../rules/links';
import { stockCode } from '../rules/stocks';
import type { Ctx } from './context';
import { findAll, findFirst, isElement, textOf } from './dom';
import { JOIN_TAG, VIDEO_TAG } from './strip';
import { firstShownChar, normalizeRuns, normalizeText } from './text';
import { absoluteUrl } from './url';
import { declarations } from './visibility';

/** Elements that end the paragraph being built. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'center', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol',
  'li', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'figure', 'figcaption', 'header', 'footer',
  'aside', 'main', 'nav', 'dl', 'dt', 'dd', 'pre', 'hr', 'address', 'details', 'summary', 'caption', 'html',
  'body', 'form', 'fieldset', 'legend',
]);
const BOLD_TAGS = new Set(['strong', 'b']);
/** Caption holders inside Sina image wrappers (PC, mobile, generic). */
const CAPTION_SELECTOR = ['.img_descr', 'figcaption', '.art_img_tit', '.img_txt'];
/** A paragraph entirely in bold and at most this long is a subheading. */
const MAX_HEADING_CHARS = 50;
/** The most columns or rows one table cell may span (colspan/rowspan beyond it count as this many). */
const MAX_SPAN = 64;
/**
 * Spans may add at most this many places per cell the table prints (and a few hundred more): cells
 * spanning both ways in every row shift each row right of the one above, and 125 KB of such cells
 * would be millions of places. Past it, each cell is read once in its row, as if nothing spanned.
 */
const MAX_PLACES_PER_CELL = 8;
const MIN_PLACES = 512;
/** Text beside a single picture in one small container (center, p, div) is its caption up to this length. */
const MAX_INLINE_CAPTION = 60;
/** A line that asks (its last mark a question mark, a closing quote or bracket after it). */
const QUESTION_END = /[？?][”"」』）)]?$/;
/** A paragraph of body text around a subhead of `len` characters: a sentence's length, and longer than twice the subhead. */
const bodyText = (b: Block, len: number) => b.type === 'paragraph' && b.text.length >= MIN_BODY_CHARS && b.text.length > 2 * len;
const MIN_BODY_CHARS = 30;
/** The longest line COLOURED_SUBHEAD's shape takes (looked at before the pattern runs). */
const MAX_COLOURED_CHARS = 30;
/** Spaces and quote marks: left outside a <strong> or a colour, they do not make a line less bold or coloured. */
const BLANK_OR_QUOTE = /[\s\u3000\u00a0\u200b-\u200d\u2060\ufeff“”"'‘’「」『』（）()【】[\]]/g;
/** A line ending as a sentence or a question ends: a subhead does not go on after it. */
const SENTENCE_OR_QUESTION_END = /[。！？!?；;：:]$/;
/** A line opening a numbered section of its own (一、, （二）, 3．, 01 ). */
const SECTION_NUMBER = /^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:[、．]|\.(?!\d))|0\d[ \u3000\u00a0])/;
/** Speakers' labels that answer whoever asked. */
const ANSWER_LABELS = new Set(['答', '回答', 'A']);
/** How a paragraph that is complete ends. */
const SENTENCE_END = /[。！？!?…”」』）)：:；;]$/;

/** Containers that may hold a picture and its caption as plain text. */
const CAPTION_CONTAINERS = new Set(['center', 'p', 'div', 'span', 'a', 'font']);

interface Run {
  text: string;
  bold: boolean;
  /** Inside an element that sets a colour of its own (isColoured). */
  coloured?: boolean;
  href?: string;
}

function attr(el: Element, name: string): string {
  return el.attribs?.[name] ?? '';
}

function hasClass(el: Element, cls: string): boolean {
  return ` ${attr(el, 'class')} `.includes(` ${cls} `);
}

function matchesSimple(el: Element, sel: string): boolean {
  return sel.startsWith('.') ? hasClass(el, sel.slice(1)) : el.name === sel;
}

/** The image's real address (lazy-load attributes first, then src), or the junk rule it matches. */
export function imageSource(img: Element, baseUrl: string | null): { src: string | null; junk?: ImageRule | typeof APP_PICTURE; raw?: string } {
  const candidates = [attr(img, 'data-src'), attr(img, 'data-original'), attr(img, 'src'), attr(img, 'data-mcesrc')];
  for (const raw of candidates) {
    const v = raw.trim();
    if (!v || v.startsWith('data:')) continue;
    const abs = absoluteUrl(v, baseUrl);
    if (!abs) continue;
    const junk = junkImage(abs) ?? (appPicture(attr(img, 'alt') || attr(img, 'title'), linkAround(img)) ? APP_PICTURE : undefined);
    return junk ? { src: null, junk, raw: abs } : { src: abs };
  }
  return { src: null };
}

/** The address of the link a picture sits in (up to three levels up), or ''. */
function linkAround(img: Element): string {
  let n: Element | null = img;
  for (let up = 0; n && up < 4; up++, n = n.parent && n.parent.type === 'tag' ? (n.parent as Element) : null) if (n.name === 'a') return attr(n, 'href');
  return '';
}

/** The image's real address: lazy-load attributes first, then src; null for junk. */
export function imageSrc(img: Element, baseUrl: string | null): string | null {
  return imageSource(img, baseUrl).src;
}

/** Sina's CMS marks bold with cms-style="… strong-Bold …"; pasted HTML uses inline font-weight. */
function isBoldStyled(el: Element): boolean {
  const cms = el.attribs?.['cms-style'];
  if (cms && /\bstrong-Bold\b/.test(cms)) return true;
  const style = el.attribs?.style;
  return !!style && /font-weight\s*:\s*(bold|[6-9]00)/i.test(style);
}

/**
 * What an element holds, packed in one number (no object per element): the non-whitespace
 * characters of its text up to COUNT_CAP (bits 0-6), whether it holds a picture (bit 7), its real
 * pictures (not junk: spacers, placeholders, QR codes) counted up to 2 (bits 8-9), whether it holds
 * a video placeholder (bit 10). Only these questions are ever asked: has it text, more than
 * MAX_INLINE_CAPTION * 2 characters, any picture, exactly one real picture, any video.
 */
type Stats = number;
const CHARS = 0x7f;
const HAS_IMG = 0x80;
const REAL_SHIFT = 8;
const HAS_VIDEO = 0x400;
const charsOf = (st: Stats) => st & CHARS;
const realImgsOf = (st: Stats) => (st >> REAL_SHIFT) & 3;

/**
 * Whether a UTF-16 code unit is whitespace (JavaScript's \s: tab, line ends, U+000B/C, space,
 * NBSP, U+1680, U+2000-200A, U+2028/9, U+202F, U+205F, U+3000, BOM) or zero-width (U+200B-200D, U+2060).
 */
function isBlankUnit(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff
  );
}

/** Characters (code units) of `s` that are neither whitespace nor zero-width, counted without a copy. */
export function nonSpace(s: string, max = Number.POSITIVE_INFINITY): number {
  let n = 0;
  for (let i = 0; i < s.length && n < max; i++) if (!isBlankUnit(s.charCodeAt(i))) n++;
  return n;
}

/**
 * The counts only ever ask whether an element has text and whether it has more than
 * MAX_INLINE_CAPTION * 2 characters: they stop at one more than that (a long paragraph is not
 * counted to its end).
 */
const COUNT_CAP = MAX_INLINE_CAPTION * 2 + 1;

/** What to do when the walk leaves an element (a class, so that the walk tells it from a node by its prototype). */
/** h1-h6 (a set: the walk asks about every element). */
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** A letter or a digit in any script: a paragraph without one is punctuation only. */
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether `text` holds a letter or a digit (LETTER_OR_DIGIT). Almost every paragraph holds an
 * ideograph of the unified block as first assigned (U+4E00-9FA5, all letters) or an ASCII letter
 * or digit near its start: those are looked for first, and the pattern (whose Unicode property
 * classes cost Firefox about 0.4 ms to compile on a first run) is run only on the rest.
 */
export function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fa5) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
  }
  return LETTER_OR_DIGIT.test(text);
}

/** What leaving an element undoes, as bits: it is a block, bold, centred, a quote, a heading. */
const X_BLOCK = 1;
const X_BOLD = 2;
const X_CENTER = 4;
const X_QUOTE = 8;
const X_HEADING = 16;
const X_CENTRED = 32;
const X_COLOURED = 64;

/** Colours with no hue: black, white and greys (a grey line is a note or a credit, not a subhead). */
const HUELESS = new Set(['black', 'white', 'gray', 'grey', 'silver', 'dimgray', 'dimgrey', 'darkgray', 'darkgrey', 'lightgray', 'lightgrey', 'gainsboro', 'whitesmoke', 'inherit', 'initial', 'unset', 'revert', 'currentcolor', 'transparent']);

/** Whether a CSS colour has a hue (red, #c00000, rgb(0, 112, 192)): its channels differ by a fifth of their range or more. */
export function hasHue(value: string): boolean {
  const v = value.trim().toLowerCase();
  let rgb: number[] | null = null;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(v);
  if (hex) {
    const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!;
    rgb = [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16));
  } else {
    const fn = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(v);
    if (fn) rgb = fn.slice(1, 4).map(Number);
    else return /^[a-z]+$/.test(v) && !HUELESS.has(v);
  }
  return Math.max(...rgb) - Math.min(...rgb) >= 51;
}

/** Whether an element sets a colour with a hue on its text: <font color>, or an inline color. */
function isColoured(el: Element): boolean {
  const a = el.attribs;
  if (!a) return false;
  if (el.name === 'font' && a.color !== undefined) return hasHue(a.color);
  if (a.style === undefined || !/color/i.test(a.style)) return false;
  const color = declarations(a.style).get('color');
  return !!color && hasHue(color);
}

/**
 * Whether an element centres its lines: <center>, align="center", an inline text-align:center, or
 * Sina's CMS mark (cms-style="… align-Center"). Recorded only to tell a subhead set on two centred
 * lines (the caption rule reads <center> alone, as it always has).
 */
function isCentred(el: Element): boolean {
  if (el.name === 'center') return true;
  const a = el.attribs;
  if (!a) return false;
  if (a.align !== undefined && a.align.trim().toLowerCase() === 'center') return true;
  if (a['cms-style'] !== undefined && /\balign-Center\b/.test(a['cms-style'])) return true;
  return a.style !== undefined && /text-align\s*:\s*center/i.test(a.style);
}

/** What leaving a link or a picture wrapper undoes besides the bits (the elements that need more than a number). */
class Exit {
  /** A link: the link the text was in before it. */
  link = false;
  /** A picture wrapper: its caption goes to the first picture emitted from blocks[wrapperFrom]. */
  wrapperFrom?: number;
  caption?: string;
  /** The wrapper has a caption element (perhaps empty): a line after its picture is not the caption. */
  slot?: boolean;
  constructor(
    public flags: number,
    readonly prevHref: string | undefined,
  ) {}
}

/**
 * The walk's stack holds the nodes to enter and, below each element's children, what to do when
 * leaving it: a number of X_ bits for most elements (no object per element), an Exit for links
 * and picture wrappers.
 */
type Frame = AnyNode | Exit | number;

/** A picture wrapper: figure, .img_wrapper, .art_pic (the class attribute read once). */
function isPictureWrapper(el: Element): boolean {
  if (el.name === 'figure') return true;
  const cls = el.attribs?.class;
  if (!cls) return false;
  const padded = ` ${cls} `;
  return padded.includes(' img_wrapper ') || padded.includes(' art_pic ');
}

/** The nearest picture wrapper (figure, .img_wrapper, .art_pic) around a caption element. */
function pictureWrapperOf(e: Element): Element | null {
  for (let p = e.parent; p; p = p.parent) if (isElement(p) && isPictureWrapper(p)) return p;
  return null;
}

/** Turns an already-cleaned body container into ordered blocks. */
export class BlockBuilder {
  readonly blocks: Block[] = [];
  private readonly seen = new Set<string>();
  private runs: Run[] = [];
  private bold = 0;
  private center = 0;
  private quote = 0;
  private heading = 0;
  /** Elements that colour their text (isColoured) the walk is inside. */
  private colour = 0;
  /** Elements that centre their lines (isCentred) the walk is inside. */
  private centred = 0;
  private href: string | undefined;
  /** An ad was cut out right here: a paragraph ending at this point may go on in the next one. */
  private joinPending = false;
  /**
   * The last run of the paragraph being built that shows anything, normalised: its last character
   * is the paragraph's (normalising only removes and folds whitespace and invisible characters).
   * Read only when a join is pending; the runs before `shownChecked` were already looked at.
   */
  private lastShown = '';
  private shownChecked = 0;
  /** What each picture's attributes give (read once: the counts and the picture itself need it). */
  private readonly sources = new Map<Element, ReturnType<typeof imageSource>>();
  /** Per-element counts, computed once for the whole container. */
  private readonly memo = new Map<Element, Stats>();
  /** Caption elements already used by their picture wrapper (not walked as text). */
  private readonly skip = new Set<Element>();
  /** Headings made of a bold line (not of h1-h6): an interview's questions among them become paragraphs. */
  private readonly boldHeadings: Block[] = [];
  /** Bold headings set on a centred line (two of them in a row are one subhead on two lines). */
  private readonly centredHeadings = new Set<Block>();
  /** Short lines whose only styling is a colour (COLOURED_SUBHEAD): subheads when they stand alone between paragraphs. */
  private readonly colouredLines = new Set<Block>();
  /** Short centred bold lines ending in ， or 、: the first line of a subhead that goes on in the next (a paragraph alone). */
  private readonly centredLeadIns = new Set<Block>();
  /** Centred plain paragraphs (not bold, no link): a pair of them may be one sentence (CENTRED_DECK). */
  private readonly centredLines = new Set<Block>();
  /** Pictures whose wrapper has a caption element of its own (perhaps empty): the line under them is not their caption. */
  private readonly captionSlots = new Set<Block>();
  /** Whether some line is labelled as an interview's question or answer (INTERVIEW_QUESTION). */
  private interviewLabel = false;

  constructor(
    private readonly baseUrl: string | null,
    private readonly ctx: Ctx,
  ) {}

  build(root: Element): Block[] {
    this.computeStats(root);
    const stack: Frame[] = [];
    this.pushChildren(root, stack);
    while (stack.length) {
      this.ctx.deadline.tick();
      const f = stack.pop()!;
      if (typeof f === 'number') this.leave(f);
      else if (f instanceof Exit) this.leaveExit(f);
      else this.enter(f, stack);
    }
    this.flush(true);
    this.joinBareNumbers();
    this.interviewQuestions();
    this.colouredSubheads();
    this.joinTwoLineSubheads();
    this.joinCentredDeck();
    return this.blocks;
  }

  /**
   * A numbering with no words on its own line (BARE_NUMBERING: <strong>2、</strong>, （二）, 二、, ①) numbers
   * the block after it: joined to it, a heading when that block is one, the paragraph's start
   * otherwise. Before a picture, a table, a video, a credit line, nothing, or (a number ending in .)
   * a block opening with a digit it is no heading either: it stays where it is printed, as a paragraph. One pass over the blocks.
   */
  private joinBareNumbers(): void {
    const out: Block[] = [];
    let dropped: Set<Block> | null = null;
    for (let i = 0; i < this.blocks.length; i++) {
      const a = this.blocks[i]!;
      if ((a.type !== 'heading' && a.type !== 'paragraph') || a.inlines || a.text.length > 8 || !BARE_NUMBERING.pattern.test(a.text)) {
        out.push(a);
        continue;
      }
      const b = this.blocks[i + 1];
      // Never a credit line's (责任编辑：…, 来源：…) nor a line the byline reader reads as one (本报记者 张三
      // 北京报道, 特约评论员 X): it stays as printed and is read as before. And a
      // number ending in . never runs into a figure (3. + 5%… is no 3.5%).
      const bt = b && (b.type === 'heading' || b.type === 'paragraph') ? b.text.trimStart() : '';
      if (b && (b.type === 'heading' || b.type === 'paragraph') && bt && !BARE_NUMBERING.pattern.test(b.text) && !BARE_NUMBERING.credit.test(bt) && !readByline(bt) && !(/[．.]$/.test(a.text) && /^[0-9０-９]/.test(bt))) {
        // A number printed with its mark (2、, （二）, ①) runs into its words; one without (01, 第三, PART 01) keeps the line break's space.
        const lead = /[、．.，,：:）)①-⑳]$/.test(a.text) ? a.text : `${a.text} `;
        b.text = `${lead}${b.text}`;
        const first = b.inlines?.[0];
        if (first && !first.href) first.text = `${lead}${first.text}`;
        else b.inlines?.unshift({ text: lead });
        (dropped ??= new Set()).add(a);
        this.ctx.trace.add({ stage: 'blocks', rule: BARE_NUMBERING.id, action: 'move', reason: BARE_NUMBERING.reason, text: b.text }, out.length);
        continue;
      }
      if (a.type === 'heading') {
        (a as { type: string }).type = 'paragraph';
        (dropped ??= new Set()).add(a);
        this.ctx.trace.add({ stage: 'blocks', rule: BARE_NUMBERING.id, action: 'keep', reason: BARE_NUMBERING.reason, text: a.text }, out.length);
      }
      out.push(a);
    }
    if (!dropped) return;
    const gone = dropped;
    const kept = this.boldHeadings.filter((x) => !gone.has(x));
    this.boldHeadings.splice(0, this.boldHeadings.length, ...kept);
    for (const x of gone) {
      this.centredHeadings.delete(x);
      this.centredLeadIns.delete(x);
      this.colouredLines.delete(x);
    }
    if (out.length !== this.blocks.length) this.blocks.splice(0, this.blocks.length, ...out);
  }

  /**
   * A subhead the page sets on two centred bold lines (two <p>, or one split by <br>), nothing
   * between them, is one heading: 营收和净利增幅 创历史同期最高水平, the lines joined by a space.
   * A first line ending in ， or 、 (alone, emphasis) goes on in the second: 2021年物价总体稳定在
   * 合理区间，离不开政策支持 is one heading too. Not when the second line opens a numbered
   * section of its own (一、, （二）, 3．), when the first ends as a sentence or a question, when
   * either carries a link, when the two together are longer than a subhead, or when the line
   * before or after the pair is a centred bold line too (a run of three or more stays line by line).
   */
  private joinTwoLineSubheads(): void {
    if (this.centredHeadings.size === 0) return;
    // A label, credit, date or figure title stands alone (TWO_LINE_SUBHEAD.pattern), as does the caption
    // right under a picture printed without a caption slot of its own (an empty img_descr says the line is not one).
    const apart = (x: Block) => 'text' in x && TWO_LINE_SUBHEAD.pattern.test(x.text);
    // A centred bold line the rule would join (a centred bold heading, or a lead-in ending in ， or 、).
    const joinable = (x: Block | undefined): boolean =>
      (x?.type === 'heading' && this.centredHeadings.has(x)) || (x?.type === 'paragraph' && this.centredLeadIns.has(x)) ? !x.inlines && !apart(x) : false;
    this.joinPairs(TWO_LINE_SUBHEAD, (i, prev) => {
      const a = this.blocks[i]!;
      const b = this.blocks[i + 1];
      const first = a.type === 'heading' ? this.centredHeadings.has(a) : this.centredLeadIns.has(a);
      const caption = prev?.type === 'image' && !prev.caption && !this.captionSlots.has(prev);
      // Exactly two lines: a run of three or more centred bold lines (坚定发展信心 / 稳住经济大盘 / 推动高质量发展,
      // 上海 / 北京 / 深圳 / 广州) is a list of heads or names, each line its own, not pairs.
      const alone = !joinable(this.blocks[i - 1]) && !joinable(this.blocks[i + 2]);
      if (!(b && first && b.type === 'heading' && this.centredHeadings.has(b) && (a.type === 'heading' || a.type === 'paragraph') && !a.inlines && !b.inlines && !apart(a) && !apart(b) && !caption && alone)) return null;
      // A space keeps the two phrases apart as the line break did (八大行业业绩翻番 交通运输成黑马), none after a mark that already does (、，).
      const text = normalizeText(`${a.text}${/[、，,：:（(“「『《—-]$/.test(a.text) ? '' : ' '}${b.text}`);
      return !SENTENCE_OR_QUESTION_END.test(a.text) && !SECTION_NUMBER.test(b.text) && text.length <= MAX_HEADING_CHARS ? { type: 'heading', text } : null;
    });
  }

  /**
   * Rewrites the blocks joining pairs: `join(i, prev)` (prev: the last block kept so far) gives the
   * block that stands for blocks i and i + 1, traced as `rule`'s move, or null to keep block i.
   */
  private joinPairs(rule: { id: string; reason: string }, join: (i: number, prev: Block | undefined) => (Block & { text: string }) | null): void {
    const out: Block[] = [];
    for (let i = 0; i < this.blocks.length; i++) {
      const joined = join(i, out[out.length - 1]);
      if (joined) {
        out.push(joined);
        this.ctx.trace.add({ stage: 'blocks', rule: rule.id, action: 'move', reason: rule.reason, text: joined.text }, out.length - 1);
        i++;
        continue;
      }
      out.push(this.blocks[i]!);
    }
    if (out.length !== this.blocks.length) this.blocks.splice(0, this.blocks.length, ...out);
  }

  /**
   * Two centred plain lines side by side that are one sentence (CENTRED_DECK: 如何处理和职场的关系， /
   * 将成为00后们面临的第一个考验。) are one paragraph: exactly two (the block before and after the pair
   * is no centred line), no picture right above the first (its caption).
   */
  private joinCentredDeck(): void {
    if (this.centredLines.size < 2) return;
    const centred = (x: Block | undefined) => !!x && this.centredLines.has(x);
    this.joinPairs(CENTRED_DECK, (i) => {
      const a = this.blocks[i]!;
      const b = this.blocks[i + 1];
      if (!(centred(a) && centred(b) && !centred(this.blocks[i - 1]) && !centred(this.blocks[i + 2]) && this.blocks[i - 1]?.type !== 'image' && a.type === 'paragraph' && b!.type === 'paragraph' && centredDeck(a.text, b!.text))) return null;
      // A Latin word or a number at the break keeps the line break's space (CJK runs on).
      return { type: 'paragraph', text: /[A-Za-z0-9]$/.test(a.text) && /^[A-Za-z0-9]/.test(b!.text) ? `${a.text} ${b!.text}` : `${a.text}${b!.text}` };
    });
  }

  /**
   * A short coloured line standing alone between paragraphs is a subhead (COLOURED_SUBHEAD): a
   * paragraph of body text (or a picture) before it, a paragraph of body text after it.
   */
  private colouredSubheads(): void {
    if (!this.colouredLines.size) return;
    for (let i = 1; i < this.blocks.length - 1; i++) {
      const b = this.blocks[i]!;
      if (!this.colouredLines.has(b)) continue;
      const prev = this.blocks[i - 1]!;
      const next = this.blocks[i + 1]!;
      if ((prev.type !== 'paragraph' && prev.type !== 'image') || next.type !== 'paragraph' || this.colouredLines.has(prev) || this.colouredLines.has(next)) continue;
      // Between the article's paragraphs, not in a list of short lines (收入137716亿元 / 同比增长20%): its neighbours are body text.
      const len = (b as { text: string }).text.length;
      if (!bodyText(next, len) || (prev.type === 'paragraph' && !bodyText(prev, len))) continue;
      (b as { type: string }).type = 'heading';
      this.ctx.trace.add({ stage: 'blocks', rule: COLOURED_SUBHEAD.id, action: 'keep', reason: COLOURED_SUBHEAD.reason, text: (b as { text: string }).text }, i);
    }
  }

  /**
   * In an interview, a short bold question is a question of the exchange, a paragraph, even
   * without a label: the page is an interview when some line is labelled as its question or
   * answer (问：, 答：, 澎湃新闻：…？), or when its bold questions are answered by a speaker's label
   * (答：, A：, or the same speaker, 吴先生：, after two of them). A bold question elsewhere (a
   * speech's 四季度会如何？) stays a heading.
   */
  private interviewQuestions(): void {
    // A numbered section head that asks (一、如何看待当前经济形势？) names a section, even in an interview.
    const qs = this.boldHeadings.filter((b) => QUESTION_END.test((b as { text: string }).text) && !SECTION_NUMBER.test((b as { text: string }).text));
    if (!qs.length) return;
    let interview = this.interviewLabel;
    if (!interview) {
      const answers = new Map<string, number>();
      let roundup = false;
      for (const q of qs) {
        const at = this.blocks.indexOf(q);
        const next = this.blocks.slice(at + 1).find((b) => b.type !== 'image' && b.type !== 'video');
        const speaker = next?.type === 'paragraph' ? SPEAKER_LABEL.pattern.exec(next.text)?.groups?.speaker : undefined;
        if (!speaker) continue;
        if (ANSWER_LABELS.has(speaker)) interview = true;
        // Several answerers to one question (中金公司：… then 中信证券：…): a roundup, not one guest.
        const end = this.blocks.findIndex((b, j) => j > at && b.type === 'heading');
        const speakers = new Set(this.blocks.slice(at + 1, end < 0 ? undefined : end).flatMap((b) => (b.type === 'paragraph' ? [SPEAKER_LABEL.pattern.exec(b.text)?.groups?.speaker ?? ''] : [])).filter(Boolean));
        if (speakers.size >= 2) roundup = true;
        answers.set(speaker, (answers.get(speaker) ?? 0) + 1);
      }
      if (!roundup && [...answers.values()].some((n) => n >= 2)) interview = true;
    }
    if (!interview) return;
    for (const q of qs) {
      (q as { type: string }).type = 'paragraph';
      this.ctx.trace.add({ stage: 'blocks', rule: INTERVIEW_QUESTION.id, action: 'keep', reason: `${INTERVIEW_QUESTION.reason} (a question of this interview, without a label)`, text: (q as { text: string }).text }, this.blocks.indexOf(q));
    }
  }

  /** Post-order counts for every element under root, without recursion. */
  private computeStats(root: Element): void {
    const order: Element[] = [];
    const stack: Element[] = [root];
    while (stack.length) {
      this.ctx.deadline.tick();
      const el = stack.pop()!;
      order.push(el);
      for (const c of el.children) if (c.type === 'tag') stack.push(c as Element);
    }
    for (let i = order.length - 1; i >= 0; i--) {
      this.ctx.deadline.tick();
      const el = order[i]!;
      let chars = 0;
      let flags = 0;
      let real = 0;
      if (el.name === 'img') {
        flags |= HAS_IMG;
        real = this.source(el).src ? 1 : 0;
      }
      if (el.name === VIDEO_TAG) flags |= HAS_VIDEO;
      for (const c of el.children) {
        if (c.type === 'text') {
          if (chars < COUNT_CAP) chars += nonSpace((c as Text).data, COUNT_CAP - chars);
        } else if (c.type === 'tag') {
          const cs = this.memo.get(c as Element)!;
          chars = Math.min(COUNT_CAP, chars + charsOf(cs));
          flags |= cs & (HAS_IMG | HAS_VIDEO);
          real = Math.min(2, real + realImgsOf(cs));
        }
      }
      this.memo.set(el, chars | flags | (real << REAL_SHIFT));
    }
  }

  private source(img: Element): ReturnType<typeof imageSource> {
    let s = this.sources.get(img);
    if (!s) this.sources.set(img, (s = imageSource(img, this.baseUrl)));
    return s;
  }

  /** lastShown, brought up to date with the runs added since it was last read. */
  private shownText(): string {
    for (let i = this.runs.length - 1; i >= this.shownChecked; i--) {
      const shown = normalizeText(this.runs[i]!.text);
      if (shown) {
        this.lastShown = shown;
        break;
      }
    }
    this.shownChecked = this.runs.length;
    return this.lastShown;
  }

  private stats(el: Element): Stats {
    return this.memo.get(el) ?? 0;
  }

  private pushChildren(el: Element, stack: Frame[]): void {
    const kids = el.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }

  private enter(n: AnyNode, stack: Frame[]): void {
    if (n.type === 'text') {
      const data = (n as Text).data;
      if (firstShownChar(data) !== null) this.joinPending = false;
      this.runs.push(this.colour > 0 ? { text: data, bold: this.bold > 0, href: this.href, coloured: true } : { text: data, bold: this.bold > 0, href: this.href });
      return;
    }
    if (!isElement(n) || n.type !== 'tag' || this.skip.has(n)) return; // comments, directives, leftovers
    const tag = n.name;
    if (tag === JOIN_TAG) {
      this.joinPending = true;
      return;
    }
    if (tag === VIDEO_TAG) {
      this.flush(true);
      this.video(n);
      return;
    }
    if (tag === 'br') {
      if (this.heading > 0) this.runs.push({ text: '\n', bold: this.bold > 0, href: this.href });
      else this.flush(true);
      return;
    }
    if (tag === 'img') {
      this.flush(true);
      this.image(n, '');
      return;
    }
    if (tag === 'a' && LINK_LABELS.pattern.test(normalizeText(textOf(n, this.ctx.deadline)))) {
      this.ctx.trace.add({ stage: 'blocks', rule: LINK_LABELS.id, action: 'remove', reason: LINK_LABELS.reason, text: textOf(n, this.ctx.deadline) }, this.blocks.length);
      return;
    }
    const wrapper = this.imageWrapperKind(n);
    if (wrapper === 'small') {
      this.flush(true);
      this.smallImageWrapper(n);
      return;
    }
    if (wrapper === 'wrapper') {
      this.enterWrapper(n, stack);
      return;
    }
    if (tag === 'table' && this.isDataTable(n)) {
      this.flush(true);
      this.table(n);
      return;
    }
    if (HEADING_TAGS.has(tag)) {
      this.flush(true);
      this.heading++;
      stack.push(X_HEADING | X_BLOCK);
      this.pushChildren(n, stack);
      return;
    }
    if (tag === 'blockquote') {
      this.flush(true);
      this.quote++;
      stack.push(X_QUOTE | X_BLOCK);
      this.pushChildren(n, stack);
      return;
    }
    let link: Exit | null = null;
    if (tag === 'a') {
      const href = this.linkHref(n);
      if (href) {
        link = new Exit(0, this.href);
        link.link = true;
        this.href = href;
      }
    }
    const block = BLOCK_TAGS.has(tag);
    // An empty box (a leftover ad table, a spacer div) must not split the sentence around it.
    if (block && this.stats(n) === 0) return;
    if (block) this.flush();
    let flags = block ? X_BLOCK : 0;
    if (BOLD_TAGS.has(tag) || isBoldStyled(n)) {
      this.bold++;
      flags |= X_BOLD;
    }
    if (tag === 'center') {
      this.center++;
      flags |= X_CENTER;
    }
    if (isCentred(n)) {
      this.centred++;
      flags |= X_CENTRED;
    }
    if (isColoured(n)) {
      this.colour++;
      flags |= X_COLOURED;
    }
    if (link) link.flags = flags;
    stack.push(link ?? flags);
    this.pushChildren(n, stack);
  }

  /** A picture wrapper: its pictures, then its own caption (a method of its own: `enter` makes no closure, so no context per element). */
  private enterWrapper(n: Element, stack: Frame[]): void {
    this.flush(true);
    // Its own caption: one inside a nested wrapper is that picture's (…<div class="img_wrapper"><img>…</div><span class="img_descr">…</span>).
    const captionEl = findFirst(n, this.ctx.deadline, (e) => CAPTION_SELECTOR.some((s) => matchesSimple(e, s)) && pictureWrapperOf(e) === n);
    if (captionEl) this.skip.add(captionEl);
    const exit = new Exit(X_BLOCK, this.href);
    exit.wrapperFrom = this.blocks.length;
    exit.caption = captionEl ? normalizeText(textOf(captionEl, this.ctx.deadline)) : '';
    exit.slot = !!captionEl;
    stack.push(exit);
    this.pushChildren(n, stack);
  }

  private leave(flags: number): void {
    if (flags & X_HEADING) {
      this.flush(true);
      this.heading--;
    } else if (flags & X_QUOTE) {
      this.flush(true);
      this.quote--;
    } else if (flags & X_BLOCK) this.flush();
    if (flags & X_CENTER) this.center--;
    if (flags & X_CENTRED) this.centred--;
    if (flags & X_COLOURED) this.colour--;
    if (flags & X_BOLD) this.bold--;
  }

  private leaveExit(x: Exit): void {
    if (x.wrapperFrom === undefined) {
      this.leave(x.flags);
      if (x.link) this.href = x.prevHref;
      return;
    }
    this.flush(true);
    if (x.slot) for (const b of this.blocks.slice(x.wrapperFrom)) if (b.type === 'image') this.captionSlots.add(b);
    if (x.caption) {
      const first = this.blocks.slice(x.wrapperFrom).find((b): b is Extract<Block, { type: 'image' }> => b.type === 'image');
      if (first && !first.caption) first.caption = x.caption;
      else if (!first) this.blocks.push({ type: 'paragraph', text: x.caption });
    }
  }

  /**
   * An http(s) link of the article's text: not a stock quote link (those feed `stocks`), not
   * javascript:, not a link Sina's CMS put on a word (LINK_FURNITURE: the words stay, the link goes).
   */
  private linkHref(a: Element): string | undefined {
    const raw = attr(a, 'href').trim();
    if (!raw || raw.startsWith('#')) return undefined;
    const abs = absoluteUrl(raw, this.baseUrl);
    if (!abs || stockCode(abs)) return undefined;
    const text = normalizeText(textOf(a, this.ctx.deadline));
    const furniture = linkFurniture({ href: abs, text, class: attr(a, 'class') });
    if (furniture) {
      this.ctx.trace.add({ stage: 'blocks', rule: furniture.id, action: 'remove', reason: `${furniture.reason}: the words stay, the link goes`, text }, this.blocks.length);
      return undefined;
    }
    return abs;
  }

  /**
   * A wrapper holding pictures and their caption: div.img_wrapper, figure, mobile picture cards
   * ('wrapper': its content is walked, the caption element goes to the first picture); or a small
   * center/p/div with one real picture and a short line of text, the 2004-2009 way ('small').
   */
  private imageWrapperKind(el: Element): 'wrapper' | 'small' | null {
    const st = this.stats(el);
    if (isPictureWrapper(el)) {
      if (!(st & HAS_IMG)) return null;
      const hasCaptionEl = findFirst(el, this.ctx.deadline, (e) => CAPTION_SELECTOR.some((s) => matchesSimple(e, s)));
      return !hasCaptionEl && this.isShortCaptionBox(el) ? 'small' : 'wrapper';
    }
    if (!CAPTION_CONTAINERS.has(el.name) || realImgsOf(st) !== 1 || charsOf(st) > MAX_INLINE_CAPTION * 2) return null;
    return this.isShortCaptionBox(el) ? 'small' : null;
  }

  /** No block inside with text, and the text is one short line: a caption, not a paragraph. */
  private isShortCaptionBox(el: Element): boolean {
    if (charsOf(this.stats(el)) > MAX_INLINE_CAPTION * 2) return false;
    if (findFirst(el, this.ctx.deadline, (e) => BLOCK_TAGS.has(e.name) && e.name !== 'center' && charsOf(this.stats(e)) > 0)) return false;
    const text = normalizeText(textOf(el, this.ctx.deadline));
    return text.length <= MAX_INLINE_CAPTION && !/[。；]/.test(text.slice(0, -1));
  }

  private smallImageWrapper(el: Element): void {
    const captionEl = findFirst(el, this.ctx.deadline, (e) => CAPTION_SELECTOR.some((s) => matchesSimple(e, s)));
    const caption = normalizeText(textOf(captionEl ?? el, this.ctx.deadline));
    const imgs = findAll(el, this.ctx.deadline, (e) => e.name === 'img');
    let used = false;
    for (const img of imgs) used = this.image(img, used ? '' : caption) || used;
    if (!used && caption) this.blocks.push({ type: 'paragraph', text: caption });
  }

  private image(img: Element, caption: string): boolean {
    const { src, junk, raw } = this.source(img);
    if (!src) {
      if (junk) this.ctx.trace.add({ stage: 'blocks', rule: junk.id, action: 'remove', reason: junk.reason, text: raw }, this.blocks.length);
      return false;
    }
    if (this.seen.has(src)) return true;
    this.seen.add(src);
    this.blocks.push({ type: 'image', src, caption });
    return true;
  }

  private video(el: Element): void {
    const title = normalizeText(attr(el, 'data-title'));
    const href = absoluteUrl(attr(el, 'data-href'), this.baseUrl);
    const poster = absoluteUrl(attr(el, 'data-poster'), this.baseUrl);
    // Sina's players show posters from its picture hosts; one elsewhere is no poster of the page's (and the tool's own HTML, which carries only Sina pictures, could not keep it).
    const junk = poster ? !!junkImage(poster) || !isSinaHost(new URL(poster).hostname) : false;
    this.blocks.push({ type: 'video', title, href, poster: junk ? null : poster });
  }

  private rows(table: Element): Element[] {
    return findAll(table, this.ctx.deadline, (e) => e.name === 'tr');
  }

  /**
   * The table's rows of cell texts, leaving out rows with no text at all. A cell spanning columns
   * or rows (colspan, rowspan) keeps its text once, in its first place; the places it covers are
   * empty cells, so every cell below a header stays in that header's column (no text is repeated).
   * Spans that would lay out more places than MAX_PLACES_PER_CELL per printed cell are not laid out.
   */
  private tableRows(table: Element): string[][] {
    const rows = this.rows(table);
    const isCell = (c: AnyNode): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th');
    let cells = 0;
    for (const r of rows) for (const c of r.children) if (isCell(c)) cells++;
    const grid = this.spreadRows(rows, isCell, MIN_PLACES + MAX_PLACES_PER_CELL * cells) ?? rows.map((r) => r.children.filter(isCell).map((c) => normalizeText(textOf(c, this.ctx.deadline))));
    return grid.filter((row) => row.some(Boolean));
  }

  /** The rows with spans laid out (see tableRows), or null when they would take more than `places` places. */
  private spreadRows(rows: Element[], isCell: (c: AnyNode) => c is Element, places: number): string[][] | null {
    // Columns still covered by a cell from a row above: column -> rows left.
    const covered = new Map<number, number>();
    const span = (c: Element, name: string) => Math.min(MAX_SPAN, Math.max(1, Number.parseInt(attr(c, name) ?? '1', 10) || 1));
    const grid: string[][] = [];
    for (const r of rows) {
      const out: string[] = [];
      const push = (text: string): boolean => {
        out.push(text);
        return --places >= 0;
      };
      // The places covered from above at the row's current end; false when the budget is spent.
      const next = (): boolean => {
        while (covered.get(out.length)) {
          covered.set(out.length, covered.get(out.length)! - 1);
          if (!push('')) return false;
        }
        return true;
      };
      for (const c of r.children) {
        if (!isCell(c)) continue;
        if (!next()) return null;
        const cols = span(c, 'colspan');
        const down = span(c, 'rowspan');
        for (let k = 0; k < cols; k++) {
          if (down > 1) covered.set(out.length, down - 1);
          if (!push(k === 0 ? normalizeText(textOf(c, this.ctx.deadline)) : '')) return null;
        }
      }
      // A cell from above that covers the end of this row.
      const tail = [...covered].filter(([col, left]) => left > 0 && col >= out.length).map(([col]) => col);
      if (tail.length) {
        const last = Math.max(...tail);
        while (out.length <= last) {
          if (covered.get(out.length) ? !next() : !push('')) return null;
        }
      }
      grid.push(out);
    }
    return grid;
  }

  /**
   * A real table of data: no nested tables or pictures, at least two rows with text, and some row
   * with two cells of text (the same test passes on the tool's own rendering of the table).
   */
  private isDataTable(table: Element): boolean {
    if (findFirst(table, this.ctx.deadline, (e) => e.name === 'table' || e.name === 'img' || e.name === VIDEO_TAG)) return false;
    const rows = this.tableRows(table);
    return rows.length >= 2 && rows.some((cells) => cells.filter(Boolean).length >= 2);
  }

  private table(table: Element): void {
    const captionEl = table.children.find((c): c is Element => isElement(c) && c.name === 'caption');
    const caption = captionEl ? normalizeText(textOf(captionEl, this.ctx.deadline)) : '';
    this.blocks.push(caption ? { type: 'table', rows: this.tableRows(table), caption } : { type: 'table', rows: this.tableRows(table) });
  }

  private flush(force = false): void {
    if (!this.runs.length) return;
    // A sentence cut by an inserted ad ("…看着" | ad | "去年房价猛涨…") continues in the next paragraph.
    // Only the paragraph's last character is looked at, so that a run of ads costs no more than its length.
    if (!force && this.joinPending && !SENTENCE_END.test(this.shownText())) return;
    this.joinPending = false;
    const runs = this.runs;
    this.runs = [];
    this.lastShown = '';
    this.shownChecked = 0;
    let text: string;
    let inlines: Inline[] | undefined;
    if (runs.some((r) => r.href)) {
      const n = normalizeRuns(runs.map((r) => (r.href ? { text: r.text, href: r.href } : { text: r.text })));
      text = n.text;
      inlines = n.inlines.some((i) => i.href) ? n.inlines : undefined;
    } else text = normalizeText(runs.map((s) => s.text).join(''));
    if (!text) return;
    const last = this.blocks[this.blocks.length - 1];
    if (
      this.heading === 0 &&
      this.quote === 0 &&
      last?.type === 'image' &&
      !last.caption &&
      text.length <= CAPTION_HINT.maxChars &&
      (this.center > 0 || CAPTION_HINT.pattern.test(text)) &&
      // A credit the boilerplate table names (封面图片来源：…, the cover picture the article does not show) is no caption.
      !boilerplateOf(text)
    ) {
      last.caption = text;
      if (CAPTION_HINT.pattern.test(text)) this.ctx.trace.add({ stage: 'blocks', rule: CAPTION_HINT.id, action: 'move', reason: CAPTION_HINT.reason, text }, this.blocks.length);
      return;
    }
    // Quote marks and spaces left outside the <strong> do not make a bold line less bold.
    const allBold = runs.some((s) => s.bold) && runs.every((s) => s.bold || !s.text.replace(BLANK_OR_QUOTE, ''));
    // A bold line ending like a sentence, a lead-in ("…提醒广大消费者：") or an exclamation is emphasis, not a subhead.
    // A line an interview labels as its question or answer (问：…, 澎湃新闻：…？) is a line of the exchange.
    const labelled = this.heading === 0 && INTERVIEW_QUESTION.pattern.test(text);
    if (labelled) this.interviewLabel = true;
    // A numbered question heads its section however long it is (NUMBERED_QUESTION_HEAD): a list of questions is read alike.
    const numberedAsk = allBold && !labelled && text.length > MAX_HEADING_CHARS && text.length <= NUMBERED_QUESTION_HEAD.maxChars && NUMBERED_QUESTION_HEAD.pattern.test(text);
    if (numberedAsk) this.ctx.trace.add({ stage: 'blocks', rule: NUMBERED_QUESTION_HEAD.id, action: 'keep', reason: NUMBERED_QUESTION_HEAD.reason, text }, this.blocks.length);
    const bolded = numberedAsk || (allBold && text.length <= MAX_HEADING_CHARS && !BOLD_EMPHASIS.pattern.test(text) && !labelled);
    if (allBold && labelled && text.length <= MAX_HEADING_CHARS) this.ctx.trace.add({ stage: 'blocks', rule: INTERVIEW_QUESTION.id, action: 'keep', reason: INTERVIEW_QUESTION.reason, text }, this.blocks.length);
    else if (allBold && !bolded && text.length <= MAX_HEADING_CHARS) this.ctx.trace.add({ stage: 'blocks', rule: BOLD_EMPHASIS.id, action: 'keep', reason: BOLD_EMPHASIS.reason, text }, this.blocks.length);
    // A paragraph of punctuation only: a lone colon finishes the line before it; symbols (▷) are decoration.
    // (A paragraph of ellipsis marks is the article's punctuation and stays: rules/lines.ts ELLIPSIS_PARAGRAPH.)
    const wordy = hasLetterOrDigit(text);
    if (!wordy && !ELLIPSIS_PARAGRAPH.pattern.test(text)) {
      const prev = this.blocks[this.blocks.length - 1];
      if (/^[：:，,。；;]$/.test(text) && prev?.type === 'paragraph') {
        prev.text += text;
        const li = prev.inlines?.[prev.inlines.length - 1];
        if (li && !li.href) li.text += text;
        else prev.inlines?.push({ text });
        this.ctx.trace.add({ stage: 'blocks', rule: LONE_PUNCTUATION.id, action: 'move', reason: LONE_PUNCTUATION.reason, text }, this.blocks.length);
      } else this.ctx.trace.add({ stage: 'blocks', rule: PUNCTUATION_ONLY.id, action: 'remove', reason: PUNCTUATION_ONLY.reason, text }, this.blocks.length);
      return;
    }
    if (!wordy) this.ctx.trace.add({ stage: 'blocks', rule: ELLIPSIS_PARAGRAPH.id, action: 'keep', reason: ELLIPSIS_PARAGRAPH.reason, text }, this.blocks.length);
    const type = this.quote > 0 ? 'quote' : this.heading > 0 || bolded ? 'heading' : 'paragraph';
    const block: Block = inlines ? { type, text, inlines } : { type, text };
    if (type === 'heading' && this.heading === 0) {
      this.boldHeadings.push(block);
      if (this.centred > 0) this.centredHeadings.add(block);
    } else if (type === 'paragraph' && !allBold && !inlines && !labelled && text.length <= MAX_COLOURED_CHARS && runs.some((r) => r.coloured) && COLOURED_SUBHEAD.pattern.test(text) && runs.every((r) => r.coloured || !r.text.replace(BLANK_OR_QUOTE, '')) && !boilerplateOf(text)) {
      this.colouredLines.add(block);
    } else if (type === 'paragraph' && allBold && !labelled && this.centred > 0 && text.length <= MAX_HEADING_CHARS && /[，,、]$/.test(text)) this.centredLeadIns.add(block);
    else if (type === 'paragraph' && !allBold && !inlines && this.centred > 0 && this.heading === 0 && text.length <= CENTRED_DECK.maxChars) this.centredLines.add(block);
    this.blocks.push(block);
  }
}
