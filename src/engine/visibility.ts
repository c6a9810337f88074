/**
 * What an element's inline style hides, judged as a browser shows it (the strip stage takes out
 * what a reader cannot see). Beside `display:none` and `visibility:hidden` (strip.ts), a box can
 * hide its text by drawing nothing: `opacity:0` (no descendant can undo it), a box collapsed to
 * nothing that clips what overflows (`height:0; overflow:hidden`), a clip to nothing
 * (`clip:rect(0 0 0 0)` on a positioned box, `clip-path:inset(50%)`), a box moved off the page
 * (`position:absolute; left:-9999px`, `right:9999px`, `margin-top:-9999px`; the offsets of the box
 * and of the boxes it is placed in are added up, so a descendant moved back shows, and an absolute
 * or fixed box counts only its containing block's), a scale of zero; and `font-size:0`, which hides the text
 * in the element but not its pictures, nor a descendant that sets a size of its own or that the
 * page's stylesheet may size (a paragraph, a heading, an element with a class: strip.ts).
 *
 * The one box collapsed to nothing that a reader does see is a folded body: the page prints a
 * control right after it (展开全文, the boilerplate rule fold.expand-control) and opens the fold
 * when the reader taps it. A collapsed box followed by such a control is a fold, and stays.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
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
    const into = bang ? important : normal;
    const physical = LOGICAL.get(prop);
    if (physical) {
      // A logical property is its physical counterpart in a left-to-right, top-to-bottom page; a
      // shorthand of two (margin-inline: start end) sets both sides.
      const parts = value.split(/\s+(?![^(]*\))/);
      physical.forEach((side, k) => later(into, side, parts[k] ?? parts[0]!));
    } else if (prop === 'inset') {
      const [t, r = t, b = t, l = r] = value.split(/\s+(?![^(]*\))/) as [string, string?, string?, string?];
      for (const [side, v] of [['top', t], ['right', r], ['bottom', b], ['left', l]] as const) later(into, side, v!);
    } else later(into, prop, value);
  }
  for (const [k, v] of important) later(normal, k, v);
  return normal;
}

/** A declaration set anew comes after every earlier one (a longhand after its shorthand wins). */
function later(m: Map<string, string>, prop: string, value: string): void {
  m.delete(prop);
  m.set(prop, value);
}

/**
 * Logical margins, paddings and insets as the physical sides they set in a left-to-right,
 * top-to-bottom page (Sina's are): margin-inline-start is margin-left, inset-block-start is top;
 * a two-side shorthand (margin-inline, inset-block) sets its start then its end.
 */
const LOGICAL = new Map<string, readonly string[]>(
  (['margin', 'padding'] as const).flatMap((box) => [
    [`${box}-inline-start`, [`${box}-left`]],
    [`${box}-inline-end`, [`${box}-right`]],
    [`${box}-block-start`, [`${box}-top`]],
    [`${box}-block-end`, [`${box}-bottom`]],
    [`${box}-inline`, [`${box}-left`, `${box}-right`]],
    [`${box}-block`, [`${box}-top`, `${box}-bottom`]],
  ] as [string, readonly string[]][]).concat([
    ['inset-inline-start', ['left']],
    ['inset-inline-end', ['right']],
    ['inset-block-start', ['top']],
    ['inset-block-end', ['bottom']],
    ['inset-inline', ['left', 'right']],
    ['inset-block', ['top', 'bottom']],
  ]),
);

/** The value an inline style gives `prop` (declarations()), or null when it does not set it. */
export function declaredStyle(style: string, prop: string): string | null {
  return declarations(style).get(prop) ?? null;
}

/** How a box draws nothing of what it holds (the trace's rule is `hidden.<how>`). */
export type BoxHidden = 'opacity' | 'collapsed' | 'clip' | 'outside' | 'offscreen' | 'scale' | 'indent' | 'content';

export const BOX_HIDDEN_REASON: Record<BoxHidden | 'font-size', string> = {
  opacity: 'inline opacity:0: the page draws nothing of it',
  collapsed: 'a box collapsed to nothing (height/width 0 or 1px, no min-height, no padding-bottom for its content to flow into) that keeps what overflows inside it (overflow hidden, auto or scroll on either axis: the other then scrolls): the page does not show it (a fold the page opens with a control stays; an aspect-ratio wrapper, height:0 with padding-bottom, shows; an inline box, a table cell or row grows to its text and shows)',
  clip: 'clipped to nothing (clip:rect(0 0 0 0) on a positioned box, clip-path:inset(50%)): the page does not show it',
  outside: 'an absolute box set wholly beside its containing block (left:100% or right:100%, top:100% or bottom:100%: its near edge on the block’s far edge) by a block that clips what overflows it on that axis (overflow hidden, clip, auto or scroll), or inside a box further up that clips when the block reaches that box’s edge on that side: the page cuts it away (beside a block that does not clip, a tooltip or a flyout, it shows; a negative margin or a translation that may bring it back keeps it)',
  offscreen: 'a box moved off the page (left/top/right/bottom of a positioned or relative box, margin-left, margin-top of a block, transform:translate or translate, its own and those of the boxes it is placed in together, beyond 1000px): the page does not show it (a small offset stays; a descendant whose own offsets move it back shows, and an absolute or fixed one placed against a containing block that is on the page)',
  indent: 'text-indent beyond -1000px: the box’s line starts off the page, and its text and inline pictures with it (a line after a <br>, or a block setting its own text-indent, shows: strip.ts keeps the box)',
  content: 'content-visibility:hidden: the page draws nothing of its content',
  scale: 'transform:scale(0): the page draws nothing of it',
  'font-size': 'font-size:0: its text is drawn at no size (its pictures, a descendant that sets its own size, and a paragraph or classed element the page’s stylesheet may size, show)',
};

/**
 * A CSS length or number: its value and unit ('' for none), or null when it is no plain length. A
 * calc() of one term (calc(9999px), calc(-60em)) is that term; a calc() that adds or multiplies is
 * not read (null).
 */
function length(v: string | null): { n: number; unit: string } | null {
  if (v === null) return null;
  const m = /^(?:calc\(\s*)?([+-]?(?:\d+(?:\.\d*)?|\.\d+))([a-z%]*)(\s*\))?$/.exec(v.trim());
  if (!m || v.trim().startsWith('calc(') !== (m[3] !== undefined)) return null;
  return { n: Number(m[1]), unit: m[2]! };
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
 * How far a style moves its box from where the page lays it out, in pixels: `x` leftwards negative
 * (left of a positioned box, or its right when it sets no left: right:9999px moves it 9999px left;
 * margin-left, transform:translate and translate), `y` upwards negative (top of a positioned box, or
 * its bottom when it sets no top: bottom:9999px moves it up; margin-top of a box that is not inline,
 * the translations' second value; a padding-left or padding-top places the content back right or
 * down), `r` the right offset of a positioned box that sets no left
 * (negative: moved right past its containing block's edge). Offsets of a static box do nothing. An
 * em is read as about 16.7px (-60em is as far as -1000px), a vw or vh as 10px; a percentage of a
 * left/top/right/bottom is a measure of the page only from 100% on, off the page; a percentage of a
 * translation (the box's own size) or of a margin (its container's) is none. A calc() of two terms
 * added or subtracted (calc(-100% - 9999px)) is the sum of its terms so read; any other calc() is none.
 */
export interface Offset {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

/** An offset this far up or left (or moved right past its container's edge) is off the page. */
const OFF_PAGE_PX = -1000;

/**
 * A length in pixels. `percent`: a percentage is a measure of the page, read only from 100% on in
 * the direction that moves the box off it (-1: a negative left or top; 1: a positive right or bottom).
 */
function px(v: string | undefined, percent: -1 | 0 | 1): number {
  // A calc() of two terms added or subtracted (calc(-100% - 9999px)): each term read as one length.
  const sum = v === undefined ? null : /^calc\(\s*([+-]?[\d.]+[a-z%]*)\s+([+-])\s+([\d.]+[a-z%]*)\s*\)$/.exec(v.trim());
  if (sum) return px(sum[1], percent) + (sum[2] === '-' ? -px(sum[3], (-percent) as -1 | 0 | 1) : px(sum[3], percent));
  const l = length(v ?? null);
  if (!l) return 0;
  if (l.unit === 'px' || l.unit === '') return l.n;
  if (l.unit === 'em' || l.unit === 'rem') return (l.n * -OFF_PAGE_PX) / 60;
  if (/^(?:vw|vh|vmin|vmax)$/.test(l.unit)) return l.n * 10;
  if (l.unit === '%') return percent && l.n * percent >= 100 ? l.n * 10 : 0;
  return 0;
}

/** An offset property set to something other than auto. */
const isSet = (v: string | undefined): v is string => v !== undefined && v !== 'auto';

/** Properties that move a box (a margin shorthand only when negative); a style naming none of them moves nothing. */
const OFFSET_PROPS = /left|top|right|bottom|translate|inset|-inline|-block|margin\s*:[^;]*-/i;

/**
 * A margin's top and left as the `margin` shorthand gives them (1 to 4 values: top, right, bottom,
 * left, as CSS repeats them) unless the longhand declared after it says otherwise; a longhand
 * declared before the shorthand is overridden by it.
 */
function margins(d: Map<string, string>): { top?: string; left?: string } {
  const short = d.get('margin');
  const top = d.get('margin-top');
  const left = d.get('margin-left');
  if (short === undefined) return { top, left };
  const parts = short.split(/\s+(?![^(]*\))/);
  const keys = [...d.keys()];
  const after = (k: string) => keys.indexOf(k) > keys.indexOf('margin');
  return {
    top: top !== undefined && after('margin-top') ? top : parts[0],
    left: left !== undefined && after('margin-left') ? left : (parts[3] ?? parts[1] ?? parts[0]),
  };
}

/** Positions whose left/top/right/bottom move the box (a static box ignores them). */
const POSITIONED = new Set(['relative', 'absolute', 'fixed', 'sticky']);

/**
 * The offset the style's own declarations give its box, or null when they move it nowhere. `name`,
 * the element's tag, tells an inline box, which a margin-top does not move.
 */
export function ownOffset(style: string, name?: string, percentOfPage = true): Offset | null {
  if (!OFFSET_PROPS.test(style)) return null;
  const d = declarations(style);
  let x = 0;
  let y = 0;
  let r = 0;
  const position = d.get('position');
  // A sticky box stays where the page lays it out until the reader scrolls: its offsets are a
  // threshold, not a move.
  if (position === 'relative' || position === 'absolute' || position === 'fixed') {
    // Left wins over right, top over bottom (a box with both is placed by left and top).
    const left = d.get('left');
    const top = d.get('top');
    // A percentage against a containing block on the page (an absolute box in a positioned one:
    // right:100% sets a tooltip left of its anchor) keeps the box beside that block: no move of the page.
    const pct = (v: string | undefined, dir: -1 | 1) => (percentOfPage || !v?.trim().endsWith('%') ? px(v, dir) : 0);
    if (isSet(left)) x += pct(left, -1);
    else {
      const right = pct(d.get('right'), 1);
      x -= right;
      r += right;
    }
    y += isSet(top) ? pct(top, -1) : -pct(d.get('bottom'), 1);
  }
  const margin = margins(d);
  x += px(margin.left, 0);
  const display = d.get('display');
  const inline = name !== undefined && INLINE_TAGS.has(name) && (display === undefined || display === 'inline') && position !== 'absolute' && position !== 'fixed' && (d.get('float') ?? 'none') === 'none';
  if (!inline) y += px(margin.top, 0);
  // The box's padding places its content further right and down (margin-top:-9999px;
  // padding-top:9999px: the content is where it was). A padding is never negative.
  const pad = d.get('padding')?.split(/\s+(?![^(]*\))/) ?? [];
  x += Math.max(0, px(d.get('padding-left') ?? pad[3] ?? pad[1] ?? pad[0], 0));
  if (!inline) y += Math.max(0, px(d.get('padding-top') ?? pad[0], 0));
  const transform = d.get('transform');
  if (transform) {
    for (const m of transform.matchAll(/\btranslate(x|y|3d)?\(([^)]*)\)/g)) {
      const args = m[2]!.split(/\s*,\s*|\s+/).filter(Boolean);
      if (m[1] === 'y') y += px(args[0], 0);
      else {
        x += px(args[0], 0);
        if (m[1] !== 'x') y += px(args[1], 0);
      }
    }
  }
  const translate = d.get('translate');
  if (translate) {
    const [tx, ty] = translate.split(/\s+/);
    x += px(tx, 0);
    y += px(ty, 0);
  }
  return x || y || r ? { x, y, r } : null;
}

/** The offsets of a box and of one inside it, together (null when they move nothing). */
export function addOffsets(a: Offset | null | undefined, b: Offset | null | undefined): Offset | null {
  if (!a || !b) return a ?? b ?? null;
  const o = { x: a.x + b.x, y: a.y + b.y, r: a.r + b.r };
  return o.x || o.y || o.r ? o : null;
}

/** Levels looked up for the containing block of an absolute or fixed box. */
const MAX_CONTAINER_LEVELS = 256;

/** Whether a style transforms its box (which then contains its absolute and fixed descendants). */
function transforms(d: Map<string, string>): boolean {
  return (d.get('transform') ?? 'none') !== 'none' || ['translate', 'scale', 'rotate'].some((p) => (d.get(p) ?? 'none') !== 'none');
}

/**
 * The containing block of an absolute box (the nearest ancestor that is positioned or transformed)
 * or of a fixed one (the nearest transformed ancestor), with its declarations; null: the page or the
 * viewport.
 */
function containingBlock(el: Element, fixed: boolean, deadline: Deadline): { block: Element; d: Map<string, string> } | null {
  let a: ParentNode | null = el.parent;
  for (let up = 0; a && isElement(a) && up < MAX_CONTAINER_LEVELS; up++, a = a.parent) {
    deadline.tick();
    const as = a.attribs?.style;
    if (!as || !/position|transform|translate|scale|rotate/i.test(as)) continue;
    const d = declarations(as);
    const ap = d.get('position');
    if (transforms(d) || (!fixed && ap !== undefined && POSITIONED.has(ap))) return { block: a, d };
  }
  return null;
}

/**
 * Where the page places a box from, as an offset (the offsets of the boxes it is placed in, before
 * its own): a static, relative or sticky box is laid out in its parent (`parentNet`, the parent's
 * offset). An absolute box is placed against its containing block, the nearest ancestor that is
 * positioned (relative, absolute, fixed, sticky) or transformed, else the page; a fixed box against
 * the viewport, unless a transformed ancestor contains it. That holds on each axis on which the box
 * sets an offset (left or right, top or bottom); on an axis where it sets none it stays where its
 * parent lays it out. So a static box moved off by its margin does not carry off an absolute child
 * at left:0; `netOf` gives an ancestor's offset.
 */
export function placedFrom(el: Element, style: string | undefined, parentNet: Offset | null | undefined, netOf: (e: Element) => Offset | null | undefined, deadline: Deadline): Offset | null {
  if (!style || !/position/i.test(style)) return parentNet ?? null;
  const d = declarations(style);
  const position = d.get('position');
  if (position !== 'absolute' && position !== 'fixed') return parentNet ?? null;
  const alongX = isSet(d.get('left')) || isSet(d.get('right'));
  const alongY = isSet(d.get('top')) || isSet(d.get('bottom'));
  if (!alongX && !alongY) return parentNet ?? null;
  const cb = containingBlock(el, position === 'fixed', deadline);
  const container: Offset | null | undefined = cb ? netOf(cb.block) : null;
  const from = (axis: 'x' | 'y', along: boolean) => (along ? container : parentNet)?.[axis] ?? 0;
  const x = from('x', alongX);
  const y = from('y', alongY);
  const r = (alongX ? container : parentNet)?.r ?? 0;
  return x || y || r ? { x, y, r } : null;
}

/**
 * Whether an absolute box's percentage offsets (right:100%) are measured against a positioned or
 * transformed ancestor rather than the page: then they place it beside that ancestor, which is on
 * the page unless its own offsets move it off. Asked only of an absolute box with a percentage offset.
 */
export function percentOfContainer(el: Element, style: string, deadline: Deadline): boolean {
  if (!/absolute/i.test(style) || !/(?:left|top|right|bottom)\s*:\s*[+-]?[\d.]+%/i.test(style)) return false;
  if (declarations(style).get('position') !== 'absolute') return false;
  return containingBlock(el, false, deadline) !== null;
}

/**
 * Whether an absolute box is set wholly beside its containing block (the nearest positioned or
 * transformed ancestor) by a percentage offset of 100% or more on the block's far side (left:100%
 * puts its left edge on the block's right edge; right:100%, top:100%, bottom:100% alike), and that
 * block clips what overflows it on that axis: the page cuts the box away. A negative margin or a
 * translation may bring the box back, so a box setting one is not read so.
 */
export function clippedOutside(el: Element, style: string, deadline: Deadline): boolean {
  if (!/absolute/i.test(style) || !/(?:left|top|right|bottom)\s*:\s*\+?[\d.]+%/i.test(style)) return false;
  const d = declarations(style);
  if (d.get('position') !== 'absolute' || transforms(d) || /-/.test([...d].filter(([k]) => k.startsWith('margin')).map(([, v]) => v).join(' '))) return false;
  const beyond = (v: string | undefined) => {
    const l = length(v ?? null);
    return !!l && l.unit === '%' && l.n >= 100;
  };
  const left = d.get('left');
  const top = d.get('top');
  const alongX = isSet(left) ? beyond(left) : beyond(d.get('right'));
  const alongY = isSet(top) ? beyond(top) : beyond(d.get('bottom'));
  if (!alongX && !alongY) return false;
  const cb = containingBlock(el, false, deadline);
  if (!cb) return false;
  const [clipsX, clipsY] = clipping(cb.d.get('overflow') ?? null, cb.d.get('overflow-x') ?? null, cb.d.get('overflow-y') ?? null);
  if (overflowApplies(cb.block, cb.d) && ((alongX && clipsX) || (alongY && clipsY))) return true;
  // The side of the containing block the box is set beyond: a clip further up cuts it too when
  // the block reaches that clip's edge on that side.
  const side: Side | null = alongX ? (isSet(left) ? 'right' : 'left') : isSet(top) ? 'bottom' : 'top';
  return clippedFurtherUp(cb.block, side, deadline);
}

type Side = 'left' | 'right' | 'top' | 'bottom';

/** Whether a length is zero (or unset): nothing between a box's edge and what holds it. */
const none = (v: string | undefined | null) => v === undefined || v === null || v === 'none' || v === '0' || (tiny(v) && (length(v)?.n ?? 1) === 0);

/** The `side` value of a 1-4 value shorthand (margin, padding, border-width), as CSS reads it. */
function sideOf(v: string | undefined, side: Side): string | undefined {
  if (v === undefined) return undefined;
  const [t, r = t, b = t, l = r] = v.split(/\s+(?![^(]*\))/);
  return { top: t, right: r, bottom: b, left: l }[side];
}

/** Whether a style sets nothing between its box's edge on `side` and its content (padding, border). */
function openOn(d: Map<string, string>, side: Side): boolean {
  const border = d.get(`border-${side}`) ?? d.get('border');
  const borderWidth = d.get(`border-${side}-width`) ?? sideOf(d.get('border-width'), side);
  return none(d.get(`padding-${side}`) ?? sideOf(d.get('padding'), side)) && (border === undefined || /\bnone\b|^0(?:px)?\b/.test(border)) && none(borderWidth);
}

/** Whether a style sets no border on `side` (padding aside). */
function borderless(d: Map<string, string>, side: Side): boolean {
  const border = d.get(`border-${side}`) ?? d.get('border');
  return (border === undefined || /\bnone\b|^0(?:px)?\b/.test(border)) && none(d.get(`border-${side}-width`) ?? sideOf(d.get('border-width'), side));
}

/** Displays of a block container, whose overflow clips: an inline box (span, a) ignores overflow. */
const CLIPPING_DISPLAY = /^(?:block|flow-root|list-item|inline-block|table-cell|flex|inline-flex|grid|inline-grid)$/;

/** Whether `overflow` applies to an element: its display, set or its tag's, is a block container's. */
function overflowApplies(el: Element, d: Map<string, string>): boolean {
  return CLIPPING_DISPLAY.test(d.get('display') ?? TAG_DISPLAY.get(el.name) ?? 'block');
}

/**
 * Whether text runs right to left at `el` (direction:rtl or dir="rtl" on it or an ancestor). Past
 * MAX_CONTAINER_LEVELS ancestors it is not known: read as right to left (the text shows).
 */
function rightToLeft(el: Element, deadline: Deadline): boolean {
  let a: ParentNode | null = el;
  for (let up = 0; up < MAX_CONTAINER_LEVELS; up++, a = a.parent) {
    deadline.tick();
    if (!a || !isElement(a)) return false;
    const dir = a.attribs?.dir;
    if (dir !== undefined) return /^rtl$/i.test(dir.trim());
    const st = a.attribs?.style;
    if (st && /direction/i.test(st)) {
      const v = declarations(st).get('direction');
      if (v === 'rtl') return true;
      if (v === 'ltr') return false;
    }
  }
  return true;
}

/** Whether a node takes a place in its parent's flow (not blank text, a comment, or a box out of the flow). */
function inFlow(n: AnyNode): boolean {
  if (n.type === 'text') return /\S/.test((n as { data: string }).data);
  if (!isElement(n) || n.type !== 'tag') return false;
  const style = n.attribs?.style;
  if (!style) return true;
  const d = declarations(style);
  return d.get('display') !== 'none' && d.get('position') !== 'absolute' && d.get('position') !== 'fixed';
}

/**
 * Whether the first ancestor of `block` that clips on `side`'s axis cuts what lies wholly beyond
 * `block`'s `side` edge: every box from `block` up to it reaches its parent's edge on that side (a
 * block-level box, not floated, moved or transformed, with no margin there, and, for the right side,
 * no width of its own; for the top or bottom, the first or last in its parent's flow; not a table
 * part, nor an item of a flex, grid or multi-column parent, which its parent's layout may set in
 * from that edge), and none of them, nor the clipping one, sets a padding or a border there. Where
 * it is unsure, the text shows: showing is the safe error. Bounded by MAX_CONTAINER_LEVELS.
 */
function clippedFurtherUp(block: Element, side: Side, deadline: Deadline): boolean {
  // Right to left, a line starts at the right: where the boxes' edges stand is not read.
  if ((side === 'left' || side === 'right') && rightToLeft(block, deadline)) return false;
  let e: Element = block;
  for (let up = 0; up < MAX_CONTAINER_LEVELS; up++) {
    deadline.tick();
    const p = e.parent;
    if (!p || !isElement(p) || p.type !== 'tag') return false;
    const d = declarations(e.attribs?.style ?? '');
    // The box reaches its parent's edge on that side.
    // A table cell (or row, or table) does not reach the table's edge unless it is the first or
    // last in its row, and the table's own columns decide where it stands: not read, it shows.
    const display = d.get('display') ?? TAG_DISPLAY.get(e.name) ?? 'block';
    if (!/^(?:block|flow-root|list-item)$/.test(display) || (d.get('float') ?? 'none') !== 'none' || transforms(d)) return false;
    const position = d.get('position');
    if (position === 'absolute' || position === 'fixed' || ['left', 'right', 'top', 'bottom'].some((k) => isSet(d.get(k)) && !none(d.get(k)))) return false;
    // The containing block's own padding is inside the box measured from, its border is not: a box
    // set beyond it may still stand on that border, inside the clip.
    if (!none(d.get(`margin-${side}`) ?? sideOf(d.get('margin'), side)) || (e === block ? !borderless(d, side) : !openOn(d, side))) return false;
    if (side === 'right' && (isSet(d.get('width')) || !sizeless(d.get('max-width')))) return false;
    if (side === 'top' || side === 'bottom') {
      const flow = p.children.filter(inFlow);
      if ((side === 'top' ? flow[0] : flow[flow.length - 1]) !== e) return false;
    }
    const pd = declarations(p.attribs?.style ?? '');
    if (!openOn(pd, side)) return false;
    // An item of a flex or grid box, or a box in columns, is placed by its parent's layout beside
    // the other items (a sidebar before it, a second column): its edge need not be the parent's.
    if (/flex|grid|table|ruby/.test(pd.get('display') ?? TAG_DISPLAY.get(p.name) ?? '') || isSet(pd.get('columns')) || isSet(pd.get('column-count')) || isSet(pd.get('column-width'))) return false;
    // A parent with a height of its own may end below its last child.
    if (side === 'bottom' && (isSet(pd.get('height')) || !sizeless(pd.get('min-height')))) return false;
    // overflow does nothing on an inline box (a span, a link): it clips nothing, and a box in it
    // need not reach its edge either.
    if (!overflowApplies(p, pd)) return false;
    const [clipsX, clipsY] = clipping(pd.get('overflow') ?? null, pd.get('overflow-x') ?? null, pd.get('overflow-y') ?? null);
    if (side === 'left' || side === 'right' ? clipsX : clipsY) return true;
    e = p;
  }
  return false;
}

/** Whether a box moved by `o` (its own and its ancestors' offsets together) is off the page. */
export function offPage(o: Offset | null | undefined): boolean {
  return !!o && (o.x <= OFF_PAGE_PX || o.y <= OFF_PAGE_PX || o.r <= OFF_PAGE_PX);
}

/** Overflow values that keep a box's content inside it (scrolled or cut): every one but `visible`. */
const NOT_VISIBLE = new Set(['hidden', 'clip', 'scroll', 'auto', 'overlay']);

/**
 * Whether a box keeps its content inside it on each axis (x, y), from `overflow` (one value: both
 * axes; two: x then y) and `overflow-x`/`overflow-y`. As CSS computes them: an axis left visible
 * beside one that is hidden, scroll or auto computes to auto, and scrolls (a zero-high box with
 * overflow-x:hidden shows nothing); beside `clip` it stays visible (clip does not force the other axis).
 */
function clipping(overflow: string | null, ox: string | null, oy: string | null): [boolean, boolean] {
  const parts = overflow ? overflow.split(/\s+/) : [];
  const x = ox ?? parts[0] ?? null;
  const y = oy ?? parts[1] ?? parts[0] ?? null;
  const shut = (v: string | null) => v !== null && NOT_VISIBLE.has(v);
  const forces = (v: string | null) => shut(v) && v !== 'clip';
  return [shut(x) || forces(y), shut(y) || forces(x)];
}

/** Properties the box test reads; a style naming none of them is not read further. */
const BOX_PROPS = /opacity|height|width|clip|left|top|right|scale|transform|translate|indent|content-visibility|grid-template-rows|grid-auto-rows/i;

/** Repetitions of a grid track list read (repeat(N, …) with N above this is not read as zero rows). */
const MAX_REPEAT = 10_000;

/**
 * Whether one grid track is zero high. An fr track is not: its minimum is its content's; nor is a
 * percentage track (0%): the grids read here have no definite height (a clipping box of height 0
 * is read as collapsed before its rows are), and a percentage row of such a grid acts as auto.
 */
function zeroTrack(t: string): boolean {
  return tiny(t) && !t.endsWith('fr') && !t.endsWith('%');
}

/**
 * A grid track list's tracks: how many and whether every one is zero high, with repeat(N, …)
 * counted N times (repeat(2,0px) is 0px 0px); null when a track is not a plain size (auto-fill,
 * a named line, minmax()). Which tracks are zero: see zeroTrack.
 */
function zeroTracks(list: string): { count: number; zero: boolean } | null {
  let count = 0;
  let zero = true;
  const rest = list.trim().replace(/repeat\(\s*(\d+)\s*,\s*([^()]*)\)/g, (_m, n: string, inner: string) => {
    const tracks = inner.trim().split(/\s+/).filter(Boolean);
    count += Math.min(Number(n), MAX_REPEAT) * tracks.length;
    if (Number(n) > 0 && !tracks.every(zeroTrack)) zero = false;
    return ' ';
  });
  if (/[()[\]]/.test(rest)) return null;
  for (const t of rest.split(/\s+/).filter(Boolean)) {
    count++;
    if (!zeroTrack(t)) zero = false;
  }
  return { count, zero };
}

/**
 * Whether every row of a grid is zero high and holds every one of its `items`: the explicit rows
 * (grid-template-rows:0px, 0 0, repeat(2,0px)) and the implicit ones a further item gets
 * (grid-auto-rows, auto unless set: an auto row shows its item). Items that flow into columns
 * (grid-auto-flow:column) fill the explicit rows and add columns, never rows.
 */
function zeroRows(rows: string | null, autoRows: string | null, flow: string | null, items: number): boolean {
  const explicit = rows === null || rows === 'none' ? { count: 0, zero: true } : zeroTracks(rows);
  if (!explicit?.zero) return false;
  const auto = autoRows === null ? null : zeroTracks(autoRows);
  const implicitZero = !!auto && auto.count > 0 && auto.zero;
  if (implicitZero) return true;
  if (explicit.count === 0) return false;
  return explicit.count >= Math.max(1, items) || /\bcolumn\b/.test(flow ?? '');
}

/** What gives a grid a height of its own (or lets a flex parent give it one): its rows are then not its height. */
const GRID_SIZED = ['height', 'min-height', 'block-size', 'min-block-size', 'flex', 'flex-grow', 'flex-basis', 'aspect-ratio', 'contain-intrinsic-size', 'contain-intrinsic-height'];

/** Rows of a grid read one by one (a longer track list is not read). */
const MAX_GRID_ROWS = 1024;

/**
 * Each track of a grid track list, whether it is zero high, repeat(N, …) written out; null when a
 * track is not a plain size (auto-fill, a named line, minmax()) or the list is longer than MAX_GRID_ROWS.
 */
function trackZeros(list: string): boolean[] | null {
  const out: boolean[] = [];
  const zero = zeroTrack;
  // Tracks in order: repeat(N, tracks) written out where it stands, or one plain track.
  for (const m of list.trim().matchAll(/repeat\(\s*(\d+)\s*,\s*([^()]*)\)|[^\s()]+(\()?/g)) {
    if (m[3] !== undefined) return null;
    if (m[1] === undefined) {
      if (/[[\]]/.test(m[0])) return null;
      out.push(zero(m[0]));
    } else {
      const tracks = m[2]!.trim().split(/\s+/).filter(Boolean);
      if (Number(m[1]) * tracks.length + out.length > MAX_GRID_ROWS || tracks.some((t) => /[[\]]/.test(t))) return null;
      for (let k = 0; k < Number(m[1]); k++) for (const t of tracks) out.push(zero(t));
    }
    if (out.length > MAX_GRID_ROWS) return null;
  }
  return out;
}

/** What a grid item is, for where it is placed: its style (undefined for a run of text). */
export interface GridItem {
  style: string | undefined;
}

/**
 * The items of a grid that clips what overflows it (overflow hidden, auto or scroll) cut away by its
 * last rows being zero high: an item placed in a zero row overflows it downwards, into the rows
 * below when one of them has a height (it shows), past the grid's bottom edge when every row from
 * its own down is zero (the grid's height is the sum of its rows): then the clip cuts it. Items are
 * placed as the page places them: by a plain `grid-row: N` when every item sets one, else in order,
 * row by row across the columns of grid-template-columns (or down the explicit rows with
 * grid-auto-flow:column); an item past the explicit rows gets an implicit row of grid-auto-rows
 * (auto unless set: it shows, and the zero rows above it are no longer the last). Null when nothing
 * is cut or the grid is not read: a height, a min-height, a block size, a flex size, an
 * aspect-ratio, a padding-bottom or a row gap gives the rows room, as do two opposite offsets of an
 * absolute grid and a flex or grid parent (`parentStyle`) that may stretch it; a track list not
 * plainly sized, an item reordered (order), placed across columns (grid-column, grid-area, span) or
 * spanning rows, and an item a negative margin, a transform or a position may move keep every item
 * shown. Showing is the safe error: where placement or height is not certain, nothing is cut.
 */
export function gridZeroRowItems(style: string, items: readonly GridItem[], parentStyle?: string): boolean[] | null {
  if (!/grid-template-rows|grid-auto-rows/i.test(style) || !items.length) return null;
  const d = declarations(style);
  const get = (prop: string) => d.get(prop) ?? null;
  if (!/grid/.test(get('display') ?? '') || /inline/.test(get('display') ?? '')) return null;
  if (!clipping(get('overflow'), get('overflow-x'), get('overflow-y'))[1]) return null;
  const gaps = (get('row-gap') ?? get('gap') ?? '').split(/\s+/)[0] || null;
  if (GRID_SIZED.some((k) => { const v = get(k); return v !== null && v !== 'auto' && v !== 'none' && v !== 'initial'; }) || !sizeless(get('padding-bottom') ?? paddings(get('padding')).bottom) || !sizeless(gaps)) return null;
  // A grid given its height from outside: set between two opposite offsets, or stretched by a flex
  // or grid parent (its items stretch to the row's height): its bottom edge is not its rows' sum.
  const position = get('position');
  if ((position === 'absolute' || position === 'fixed') && (isSet(d.get('inset')) || (isSet(d.get('top')) && isSet(d.get('bottom'))))) return null;
  if (parentStyle && /flex|grid|box/.test(declarations(parentStyle).get('display') ?? '')) return null;
  // An item the page reorders (order) or places across columns (grid-column, grid-area, span) moves
  // the others into other rows than their order gives: not read.
  if (items.some((it) => !!it.style && /\border\s*:|grid-column|grid-area|span/i.test(it.style))) return null;
  const rowsList = get('grid-template-rows');
  const explicit = rowsList === null || rowsList === 'none' ? [] : trackZeros(rowsList);
  const autoList = get('grid-auto-rows');
  const implicit = autoList === null || autoList === 'auto' ? [false] : trackZeros(autoList);
  if (!explicit || !implicit?.length || !explicit.some((z) => z) && !implicit.some((z) => z)) return null;
  const rowZero = (r: number) => (r < explicit.length ? explicit[r]! : implicit[(r - explicit.length) % implicit.length]!);
  // Where each item goes (its row, 0 first).
  const rows: number[] = [];
  const placed = items.map((it) => (it.style && /grid-row|grid-area/i.test(it.style) ? declarations(it.style) : null));
  if (placed.some(Boolean)) {
    for (const p of placed) {
      const [start, end] = p ? (p.get('grid-row') ?? `${p.get('grid-row-start') ?? ''} / ${p.get('grid-row-end') ?? ''}`).split('/').map((x) => x.trim()) : [];
      // One row, N or N / N+1: an item over two rows or more is not read.
      if (!start || !/^\d{1,4}$/.test(start) || Number(start) < 1 || (end && end !== 'auto' && Number(end) !== Number(start) + 1)) return null;
      rows.push(Number(start) - 1);
    }
  } else {
    const flow = get('grid-auto-flow') ?? 'row';
    if (/\bcolumn\b/.test(flow)) {
      if (!explicit.length) return null;
      items.forEach((_it, i) => rows.push(i % explicit.length));
    } else {
      const colsList = get('grid-template-columns');
      const cols = colsList === null || colsList === 'none' ? 1 : (trackZeros(colsList)?.length ?? 0);
      if (cols < 1) return null;
      items.forEach((_it, i) => rows.push(Math.floor(i / cols)));
    }
  }
  const total = Math.max(explicit.length, ...rows.map((r) => r + 1));
  if (total > MAX_GRID_ROWS) return null;
  // From the bottom up: the first row (from the top) from which every row down is zero.
  let lastShown = total;
  while (lastShown > 0 && rowZero(lastShown - 1)) lastShown--;
  const cut = items.map((it, i) => {
    if (rows[i]! < lastShown) return false;
    const own = it.style ? declarations(it.style) : null;
    // An item a negative margin, a transform or a position may bring back is not read as cut.
    if (own && ([...own].some(([k, v]) => k.startsWith('margin') && v.includes('-')) || transforms(own) || own.has('position'))) return false;
    return true;
  });
  return cut.some(Boolean) ? cut : null;
}

/**
 * How the element's own inline style keeps the box from drawing its content, or null. `collapsed`
 * names only the box itself: whether it is a fold a control opens is foldControlAfter's question;
 * `offscreen` names a box its own offsets move off the page (strip.ts sums them over the ancestors).
 */
export function boxHiddenBy(style: string): BoxHidden | null {
  const own = ownOffset(style);
  return hiddenBox(style) ?? (own && offPage(own) ? 'offscreen' : null);
}

/**
 * Elements a browser lays out inline unless told otherwise: height, max-height, width and overflow
 * do not apply to an inline box.
 */
const INLINE_TAGS = new Set(['span', 'a', 'em', 'strong', 'b', 'i', 'font', 'u', 'small', 'big', 'sub', 'sup', 'label', 'abbr', 'cite', 'code', 'q', 's', 'mark', 'time']);
/** The display a tag has unless its style says otherwise, where it is not `block`. */
const TAG_DISPLAY = new Map<string, string>([
  ...[...INLINE_TAGS].map((t): [string, string] => [t, 'inline']),
  ['td', 'table-cell'],
  ['th', 'table-cell'],
  ['tr', 'table-row'],
  ['tbody', 'table-row-group'],
  ['thead', 'table-header-group'],
  ['tfoot', 'table-footer-group'],
  ['table', 'table'],
]);
/**
 * Displays whose box is never collapsed by height and overflow: an inline box ignores height and
 * width (and a `contents` or ruby one has no box of its own), a table, its rows and its cells grow to
 * their content (a height is a least height there). `inline-block`, `flex` and the other block
 * displays honour their height.
 */
const GROWS = /^(?:inline|contents|ruby(?:-base|-text)?(?:-container)?|table(?:-cell|-row(?:-group)?|-header-group|-footer-group)?|inline-table)$/;
/** Displays a float or an absolute or fixed position keeps as they are (the others become block). */
const STAYS_BLOCKIFIED = /^(?:contents|table|inline-table)$/;

/** Displays that lay their children out as flex or grid items. */
const ITEM_CONTAINERS = new Set(['flex', 'grid', 'inline-flex', 'inline-grid']);

/**
 * Whether a parent's style makes its children flex or grid items, which are blockified (CSS Display
 * 3): an inline span or a table cell there is a block-level box that honours its height and clips.
 */
export function laysOutItems(parentStyle: string | undefined): boolean {
  if (!parentStyle || !/display/i.test(parentStyle)) return false;
  const display = declaredStyle(parentStyle, 'display');
  return display !== null && ITEM_CONTAINERS.has(display);
}

/**
 * boxHiddenBy without the offsets, for an element of the given tag name: a box that grows to its
 * content, or ignores height (inline), is never `collapsed`, unless it is a flex or grid item
 * (`item`), which is laid out as a block.
 */
export function elementBoxHidden(name: string, style: string, item = false, items = 1): BoxHidden | null {
  return hiddenBox(style, TAG_DISPLAY.get(name) ?? 'block', item, items);
}

/**
 * The box-level ways a style hides its box (all but the offsets: ownOffset). `tagDisplay` is the
 * element's display unless its style sets one (block when unknown); `item`: a flex or grid item.
 */
function hiddenBox(style: string, tagDisplay = 'block', item = false, items = 1): BoxHidden | null {
  if (!BOX_PROPS.test(style)) return null;
  const d = declarations(style);
  const get = (prop: string) => d.get(prop) ?? null;
  const position = get('position');
  const float = get('float');
  const display = get('display') ?? tagDisplay;
  // A float, an absolute or fixed box, and a flex or grid item are laid out as a block (a table
  // stays a table, a `contents` box has none of its own).
  const blockified = item || position === 'absolute' || position === 'fixed' || (float !== null && float !== 'none');
  const inline = GROWS.test(display) && (!blockified || STAYS_BLOCKIFIED.test(display));
  const opacity = length(get('opacity'));
  if (opacity && opacity.n <= 0) return 'opacity';
  const filter = get('filter');
  if (filter && /(?:^|\s)opacity\(\s*0*(?:\.0*)?%?\s*\)/.test(filter)) return 'opacity';
  const [clipsX, clipsY] = clipping(get('overflow'), get('overflow-x'), get('overflow-y'));
  // A min-height wins over height and max-height; overflow clips at the padding edge, so the
  // content of a box of height 0 flows on into its padding-bottom (the aspect-ratio wrapper of a
  // picture or a video: height:0; padding-bottom:56.25%) and shows.
  const pad = paddings(get('padding'));
  if (!inline && clipsY && (tiny(get('height')) || tiny(get('max-height'))) && sizeless(get('min-height')) && sizeless(get('padding-bottom') ?? pad.bottom)) return 'collapsed';
  // A grid whose rows are all zero high and whose own height is their sum: its items overflow the
  // rows, and a box that clips cuts them (unless a gap or padding below gives them room).
  const height = get('height');
  const gaps = (get('row-gap') ?? get('gap') ?? '').split(/\s+/)[0] || null;
  if (!inline && clipsY && /grid/.test(display) && zeroRows(get('grid-template-rows'), get('grid-auto-rows'), get('grid-auto-flow'), items) && (height === null || height === 'auto' || tiny(height)) && sizeless(get('min-height')) && sizeless(get('padding-bottom') ?? pad.bottom) && sizeless(gaps)) return 'collapsed';
  if (!inline && clipsX && (tiny(get('width')) || tiny(get('max-width'))) && sizeless(get('min-width')) && sizeless(get('padding-right') ?? pad.right)) return 'collapsed';
  if (get('content-visibility') === 'hidden') return 'content';
  if (position === 'absolute' || position === 'fixed') {
    const clip = get('clip');
    const rect = clip ? /^rect\(\s*([^,\s)]+)[\s,]+([^,\s)]+)[\s,]+([^,\s)]+)[\s,]+([^,\s)]+)\s*\)$/.exec(clip) : null;
    if (rect) {
      const [top, right, bottom, left] = rect.slice(1).map((v) => length(v)?.n ?? Number.NaN) as [number, number, number, number];
      if (right - left <= 1 || bottom - top <= 1) return 'clip';
    }
  }
  const clipPath = get('clip-path');
  if (clipPath && /^(?:inset\(\s*(?:[5-9]\d(?:\.\d+)?|100)%\s*\)|circle\(\s*0(?:px|%)?\s*(?:at\b[^)]*)?\)|ellipse\(\s*0(?:px|%)?\s+0(?:px|%)?\s*(?:at\b[^)]*)?\))$/.test(clipPath)) return 'clip';
  const transform = get('transform');
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

/** Levels below a box off the page looked through for a descendant its own offsets bring back. */
const MAX_RETURN_DEPTH = 64;

/**
 * A box off the page (its offsets and its ancestors', `net`, put it there) may hold a descendant
 * whose own offsets move it back (translateX(-5000px) around translateX(5000px), left:-5000px around
 * a positioned left:5000px): the browser draws that descendant on the page. The parts of `box` that
 * stay off the page, those descendants and what they hold left out (the strip walk reads them with
 * their offsets); null when none comes back (the whole box is off the page). The elements between
 * the box and a returning descendant are added to `through`: they hold text on the page, and their
 * own text is among the parts.
 */
export function offPageParts(box: Element, net: Offset, deadline: Deadline, through: Set<Element>, netAbove: (e: Element) => Offset | null | undefined): AnyNode[] | null {
  const nets = new Map<Element, Offset | null>([[box, net]]);
  const back = new Set<Element>();
  const holds = new Set<Element>();
  const stack: [Element, number][] = [[box, 0]];
  while (stack.length) {
    const [el, depth] = stack.pop()!;
    const base = nets.get(el);
    for (const c of el.children) {
      deadline.tick();
      if (!isElement(c) || c.type !== 'tag') continue;
      const style = c.attribs?.style;
      const o = addOffsets(placedFrom(c, style, base, (e) => (nets.has(e) ? nets.get(e) : netAbove(e)), deadline), style ? ownOffset(style, c.name) : null);
      if (!offPage(o)) {
        back.add(c);
        for (let p: ParentNode | null = el; p && !holds.has(p as Element); p = p === box ? null : p.parent) holds.add(p as Element);
      } else if (depth < MAX_RETURN_DEPTH) {
        nets.set(c, o);
        stack.push([c, depth + 1]);
      }
    }
  }
  if (!back.size) return null;
  const out: AnyNode[] = [];
  const todo: Element[] = [box];
  while (todo.length) {
    const el = todo.pop()!;
    through.add(el);
    for (const c of el.children) {
      deadline.tick();
      if (isElement(c) && c.type === 'tag' && (back.has(c) || holds.has(c))) {
        if (!back.has(c)) todo.push(c);
        continue;
      }
      out.push(c);
    }
  }
  return out;
}
