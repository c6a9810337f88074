/**
 * What an element's inline style hides, judged as a browser shows it (the strip stage takes out
 * what a reader cannot see). Beside `display:none` and `visibility:hidden` (strip.ts), a box can
 * hide its text by drawing nothing: `opacity:0` (no descendant can undo it), a box collapsed to
 * nothing that clips what overflows (`height:0; overflow:hidden`), a clip to nothing
 * (`clip:rect(0 0 0 0)` on a positioned box, `clip-path:inset(50%)`), a box moved off the page
 * (`position:absolute; left:-9999px`), a scale of zero; and `font-size:0`, which hides the text
 * in the element but not its pictures, nor a descendant that sets a size of its own or that the
 * page's stylesheet may size (a paragraph, a heading, an element with a class: strip.ts).
 *
 * The one box collapsed to nothing that a reader does see is a folded body: the page prints a
 * control right after it (展开全文, the boilerplate rule fold.expand-control) and opens the fold
 * when the reader taps it. A collapsed box followed by such a control is a fold, and stays.
 */
import type { AnyNode, Element } from 'domhandler';
import { BOILERPLATE } from '../rules/boilerplate';
import type { Deadline } from './context';
import { isElement, textOf } from './dom';
import { normalizeText } from './text';

/**
 * The declarations of an inline style, as a browser's cascade reads them: CSS comments are
 * whitespace, the last declaration wins and an `!important` one wins over every normal one.
 * Properties and values lower case, values without `!important`; empty values are no declaration.
 */
export function declarations(style: string): Map<string, string> {
  const normal = new Map<string, string>();
  const important = new Map<string, string>();
  for (const decl of (style.includes('/*') ? style.replace(/\/\*[\s\S]*?(?:\*\/|$)/g, ' ') : style).split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const prop = decl.slice(0, colon).trim().toLowerCase();
    const raw = decl.slice(colon + 1);
    const bang = /!\s*important\s*$/i.exec(raw);
    const value = (bang ? raw.slice(0, bang.index) : raw).trim().toLowerCase();
    if (!value) continue;
    (bang ? important : normal).set(prop, value);
  }
  for (const [k, v] of important) normal.set(k, v);
  return normal;
}

/** The value an inline style gives `prop` (declarations()), or null when it does not set it. */
export function declaredStyle(style: string, prop: string): string | null {
  return declarations(style).get(prop) ?? null;
}

/** How a box draws nothing of what it holds (the trace's rule is `hidden.<how>`). */
export type BoxHidden = 'opacity' | 'collapsed' | 'clip' | 'offscreen' | 'scale' | 'indent' | 'content';

export const BOX_HIDDEN_REASON: Record<BoxHidden | 'font-size', string> = {
  opacity: 'inline opacity:0: the page draws nothing of it',
  collapsed: 'a box collapsed to nothing (height/width 0 or 1px, no min-height, no padding-bottom for its content to flow into) that clips what overflows (overflow:hidden): the page does not show it (a fold the page opens with a control stays; an aspect-ratio wrapper, height:0 with padding-bottom, shows)',
  clip: 'clipped to nothing (clip:rect(0 0 0 0) on a positioned box, clip-path:inset(50%)): the page does not show it',
  offscreen: 'a box moved off the page (left/top/right of a positioned or relative box, margin-left, transform:translate or translate beyond -1000px): the page does not show it (a small offset stays)',
  indent: 'text-indent beyond -1000px: the box’s line starts off the page, and its text and inline pictures with it (a line after a <br>, or a block setting its own text-indent, shows: strip.ts keeps the box)',
  content: 'content-visibility:hidden: the page draws nothing of its content',
  scale: 'transform:scale(0): the page draws nothing of it',
  'font-size': 'font-size:0: its text is drawn at no size (its pictures, a descendant that sets its own size, and a paragraph or classed element the page’s stylesheet may size, show)',
};

/** A CSS length or number: its value and unit ('' for none), or null when it is no plain length. */
function length(v: string | null): { n: number; unit: string } | null {
  if (v === null) return null;
  const m = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))([a-z%]*)$/.exec(v.trim());
  return m ? { n: Number(m[1]), unit: m[2]! } : null;
}

/** Zero in any unit, or at most one pixel: a box this small shows nothing of its text. */
function tiny(v: string | null): boolean {
  const l = length(v);
  return !!l && (l.n === 0 || (l.unit === 'px' && l.n >= 0 && l.n <= 1));
}

/** Far off the page's left/top edge: -1000px or more (or -60em/rem, about as far). */
function farOff(v: string | null): boolean {
  const l = length(v);
  if (!l) return false;
  if (l.unit === 'px' || l.unit === '') return l.n <= -1000;
  if (l.unit === 'em' || l.unit === 'rem') return l.n <= -60;
  if (l.unit === 'vw' || l.unit === 'vh' || l.unit === '%') return l.n <= -100;
  return false;
}

/** Whether a box's min-height or padding is no size at all: unset, auto, zero or at most 1px. */
function sizeless(v: string | null | undefined): boolean {
  return v === null || v === undefined || v === 'auto' || v === 'none' || tiny(v);
}

/** The bottom and right of a `padding` shorthand (1 to 4 values, as margins are read). */
function paddings(v: string | null): { bottom?: string; right?: string } {
  if (!v) return {};
  const parts = v.split(/\s+(?![^(]*\))/);
  return { bottom: parts[2] ?? parts[0], right: parts[1] ?? parts[0] };
}

/**
 * Whether a transform moves the box far off the page: translateX/Y(-9999px), translate(-9999px, 0),
 * translate3d(…). A percentage moves the box by its own size, which is no measure of the page.
 */
function translatedOff(transform: string): boolean {
  for (const m of transform.matchAll(/\btranslate(x|y|3d)?\(([^)]*)\)/g)) {
    const args = m[2]!.split(/\s*,\s*|\s+/).filter(Boolean);
    const xy = m[1] === 'x' || m[1] === 'y' ? args.slice(0, 1) : args.slice(0, 2);
    if (xy.some((v) => farOff(v) && length(v)?.unit !== '%')) return true;
  }
  return false;
}

/** Whether an overflow value clips on the axis: `overflow: X Y` (one value: both axes). */
function clips(overflow: string | null, axis: 0 | 1): boolean {
  if (!overflow) return false;
  const parts = overflow.split(/\s+/);
  const v = parts[axis] ?? parts[0];
  return v === 'hidden' || v === 'clip';
}

/** Properties the box test reads; a style naming none of them is not read further. */
const BOX_PROPS = /opacity|height|width|clip|left|top|right|scale|transform|translate|indent|content-visibility/i;

/**
 * How the element's own inline style keeps the box from drawing its content, or null. `collapsed`
 * names only the box itself: whether it is a fold a control opens is foldControlAfter's question.
 */
export function boxHiddenBy(style: string): BoxHidden | null {
  return hiddenBox(style);
}

/**
 * Elements a browser lays out inline unless told otherwise: height, max-height, width and overflow
 * do not apply to an inline box, so one of these is no collapsed box unless its own style makes it
 * block-level (a display other than inline, a float, position absolute or fixed).
 */
const INLINE_TAGS = new Set(['span', 'a', 'em', 'strong', 'b', 'i', 'font', 'u', 'small', 'big', 'sub', 'sup', 'label', 'abbr', 'cite', 'code', 'q', 's', 'mark', 'time']);

/** boxHiddenBy for an element of the given tag name: an inline box is never `collapsed`. */
export function elementBoxHidden(name: string, style: string): BoxHidden | null {
  return hiddenBox(style, INLINE_TAGS.has(name));
}

function hiddenBox(style: string, inlineByDefault = false): BoxHidden | null {
  if (!BOX_PROPS.test(style)) return null;
  const d = declarations(style);
  const get = (prop: string) => d.get(prop) ?? null;
  const display = get('display');
  const position = get('position');
  const float = get('float');
  const inline = inlineByDefault && (display === null || display === 'inline' || display === 'contents' || display.startsWith('ruby')) && position !== 'absolute' && position !== 'fixed' && (float === null || float === 'none');
  const opacity = length(get('opacity'));
  if (opacity && opacity.n <= 0) return 'opacity';
  const filter = get('filter');
  if (filter && /(?:^|\s)opacity\(\s*0*(?:\.0*)?%?\s*\)/.test(filter)) return 'opacity';
  const overflow = get('overflow');
  const clipsY = clips(get('overflow-y') ?? overflow, 1);
  const clipsX = clips(get('overflow-x') ?? overflow, 0);
  // A min-height wins over height and max-height; overflow clips at the padding edge, so the
  // content of a box of height 0 flows on into its padding-bottom (the aspect-ratio wrapper of a
  // picture or a video: height:0; padding-bottom:56.25%) and shows.
  const pad = paddings(get('padding'));
  if (!inline && clipsY && (tiny(get('height')) || tiny(get('max-height'))) && sizeless(get('min-height')) && sizeless(get('padding-bottom') ?? pad.bottom)) return 'collapsed';
  if (!inline && clipsX && (tiny(get('width')) || tiny(get('max-width'))) && sizeless(get('min-width')) && sizeless(get('padding-right') ?? pad.right)) return 'collapsed';
  if (get('content-visibility') === 'hidden') return 'content';
  // A relative box is drawn where its offsets move it, as an absolute one is; a margin-left moves
  // any box (a percentage of the containing block is no measure of the page).
  if (position === 'relative' && (farOff(get('left')) || farOff(get('top')) || farOff(get('right')))) return 'offscreen';
  if (farOff(get('margin-left')) && length(get('margin-left'))?.unit !== '%') return 'offscreen';
  if (position === 'absolute' || position === 'fixed') {
    const clip = get('clip');
    const rect = clip ? /^rect\(\s*([^,\s)]+)[\s,]+([^,\s)]+)[\s,]+([^,\s)]+)[\s,]+([^,\s)]+)\s*\)$/.exec(clip) : null;
    if (rect) {
      const [top, right, bottom, left] = rect.slice(1).map((v) => length(v)?.n ?? Number.NaN) as [number, number, number, number];
      if (right - left <= 1 || bottom - top <= 1) return 'clip';
    }
    if (farOff(get('left')) || farOff(get('top')) || farOff(get('right'))) return 'offscreen';
  }
  const clipPath = get('clip-path');
  if (clipPath && /^(?:inset\(\s*(?:[5-9]\d(?:\.\d+)?|100)%\s*\)|circle\(\s*0(?:px|%)?\s*(?:at\b[^)]*)?\)|ellipse\(\s*0(?:px|%)?\s+0(?:px|%)?\s*(?:at\b[^)]*)?\))$/.test(clipPath)) return 'clip';
  const transform = get('transform');
  if (transform && translatedOff(transform)) return 'offscreen';
  const translate = get('translate');
  if (translate && translate.split(/\s+/).slice(0, 2).some((v) => farOff(v) && length(v)?.unit !== '%')) return 'offscreen';
  // A -100% indent moves the line by the box's own width: off the page only where the box clips it.
  if (farOff(get('text-indent')) && (length(get('text-indent'))?.unit !== '%' || clipsX)) return 'indent';
  if (transform && /\bscale[xy]?\(\s*0*(?:\.0*)?\s*(?:\)|,)|\bscale\([^,)]+,\s*0*(?:\.0*)?\s*\)/.test(transform)) return 'scale';
  return null;
}

/**
 * Absolute size keywords: a descendant naming one shows at that size (font-size is inherited, so
 * `inherit`, `unset` and `revert` take the parent's size: relative).
 */
const SIZE_KEYWORDS = new Set(['xx-small', 'x-small', 'small', 'medium', 'large', 'x-large', 'xx-large', 'xxx-large', 'initial']);

/** Units a size is set in that are not a multiple of the parent's font size (rem is the root's). */
const OWN_UNITS = /^(?:px|pt|pc|in|cm|mm|q|rem|[sld]?v(?:w|h|i|b|min|max)|cq(?:w|h|i|b|min|max))$/;

/**
 * The size a function gives (calc(14px + 2px), clamp(14px, 2vw, 18px), min(), max()): one with a
 * length of its own that is not zero is a size of its own ('shown'); one of em and % alone is a
 * multiple of the parent's ('relative'); all zeros are 'zero'. var() is a size the page's
 * stylesheet sets, which the engine does not read: it shows (visible text is never lost).
 */
function functionSize(v: string): 'zero' | 'shown' | 'relative' {
  if (/\bvar\(/.test(v)) return 'shown';
  if (!/^(?:calc|clamp|min|max)\(/.test(v)) return 'relative';
  let relative = false;
  for (const m of v.matchAll(/(\d*\.?\d+)([a-z%]+)/g)) {
    if (Number(m[1]) === 0) continue;
    if (OWN_UNITS.test(m[2]!)) return 'shown';
    relative = true;
  }
  return relative ? 'relative' : 'zero';
}

/**
 * The size an element's own style gives its text, as far as visibility goes: 'zero' (font-size:0,
 * or a `font` shorthand of size 0: `font:0/0 a`), 'shown' (a size of its own that is not relative
 * to the parent's: px, pt, rem, vw, a keyword), 'relative' (em, %, ex, smaller, larger, inherit, unset: a
 * multiple of the parent's size, so of nothing is nothing), or null (not set).
 */
export function ownFontSize(style: string | undefined): 'zero' | 'shown' | 'relative' | null {
  if (!style || !/font/i.test(style)) return null;
  const d = declarations(style);
  const size = d.get('font-size') ?? null;
  if (size !== null) {
    if (SIZE_KEYWORDS.has(size)) return 'shown';
    const l = length(size);
    if (!l) return functionSize(size);
    if (l.n <= 0) return 'zero';
    return /^(?:em|ex|ch|%|cap|ic|lh)$/.test(l.unit) ? 'relative' : 'shown';
  }
  const font = d.get('font');
  if (!font) return null;
  // The shorthand's size is the length before an optional /line-height and the family.
  const m = /(?:^|\s)([+-]?(?:\d+(?:\.\d*)?|\.\d+)[a-z%]*)(?:\s*\/\s*\S+)?\s+\S/.exec(font);
  if (!m) return null;
  const l = length(m[1]!);
  if (!l) return null;
  if (l.n <= 0) return 'zero';
  return /^(?:em|ex|ch|%)$/.test(l.unit) ? 'relative' : 'shown';
}

const FOLD = BOILERPLATE.find((c) => c.id === 'fold.expand-control');
/** A fold control's text is short (展开全文, 点击展开全文 ∨, 展开剩余85%). */
const MAX_CONTROL_CHARS = 24;
/** Siblings looked at after the box, and levels up, before the answer is no. */
const MAX_SIBLINGS = 12;
const MAX_LEVELS = 4;

/**
 * Whether the first thing the page shows after `el` (its next sibling with text, or its parent's,
 * a few levels up) is the control that opens a fold: then a collapsed `el` is a folded body, which
 * the reader opens and reads.
 */
export function foldControlAfter(el: Element, deadline: Deadline): boolean {
  if (!FOLD) return false;
  let n: AnyNode | null = el;
  for (let up = 0; n && up < MAX_LEVELS; up++, n = n.parent) {
    let seen = 0;
    for (let s: AnyNode | null = n.next; s && seen < MAX_SIBLINGS; s = s.next, seen++) {
      deadline.tick();
      if (s.type !== 'text' && !(isElement(s) && s.type === 'tag')) continue;
      const t = normalizeText(textOf(s, deadline).slice(0, 400));
      if (!t) continue;
      return t.length <= MAX_CONTROL_CHARS && FOLD.patterns.some((p) => p.test(t));
    }
  }
  return false;
}

/** Levels below a collapsed box looked through for a positioned descendant that escapes its clip. */
const MAX_ESCAPE_DEPTH = 64;

/**
 * The clip of a collapsed box that is not itself positioned (no position, or static, and no
 * transform) does not reach an absolute or fixed descendant whose containing block is above the box
 * (no positioned or transformed element between them): the browser draws it at its static place.
 * The parts of `box` the clip hides, those descendants and what they hold left out; null when no
 * descendant escapes (the whole box is hidden).
 */
export function clippedParts(box: Element, deadline: Deadline): AnyNode[] | null {
  const own = declarations(box.attribs?.style ?? '');
  const boxPosition = own.get('position');
  if ((boxPosition !== undefined && boxPosition !== 'static') || (own.get('transform') ?? 'none') !== 'none') return null;
  const out: AnyNode[] = [];
  const holds = (el: Element, depth: number): boolean => {
    const parts: AnyNode[] = [];
    let escapes = false;
    for (const c of el.children) {
      deadline.tick();
      if (!isElement(c) || c.type !== 'tag') {
        parts.push(c);
        continue;
      }
      const style = c.attribs?.style;
      const d = style && /position|transform/i.test(style) ? declarations(style) : null;
      const position = d?.get('position');
      if (position === 'absolute' || position === 'fixed') {
        escapes = true;
        continue;
      }
      const contains = (position !== undefined && position !== 'static') || (d?.get('transform') ?? 'none') !== 'none';
      if (!contains && depth < MAX_ESCAPE_DEPTH && holds(c, depth + 1)) escapes = true;
      else parts.push(c);
    }
    if (escapes) out.push(...parts);
    return escapes;
  };
  return holds(box, 0) ? out : null;
}
