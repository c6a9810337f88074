/**
 * The strip stage, on the parsed tree: what can never be article text goes before any template
 * looks at the page. Scripts, styles and the like; hidden elements (the `hidden` attribute, inline
 * `display:none` / `visibility:hidden`); Sina's marker-comment regions (rules.MARKER_REGIONS), cut
 * out in document order with a join marker left behind so that a sentence an ad split rejoins;
 * video players, which become one placeholder each (a `video` block later). The comments that
 * remain are collected in document order for the stages that read them (stock codes, stamps).
 */
import { Element, type AnyNode, type Document, type ParentNode } from 'domhandler';
import { DROP_SELECTORS, MARKER_REGIONS, VIDEO_MARKERS } from '../rules/page';
import type { Ctx, Deadline } from './context';
import { findFirst, insertBefore, isElement, makeElement, nodesBetween, removeNodes, replaceNodes, textOf, walk } from './dom';
import { decodePlayerText, firstShownChar, normalizeText } from './text';
import { compiledSelector } from './selectors';
import { addOffsets, BOX_HIDDEN_REASON, clippedOutside, clippedParts, declaredStyle, elementBoxHidden, foldControlAfter, gridZeroRowItems, laysOutItems, offPage, offPageParts, ownFontSize, ownOffset, percentOfContainer, placedFrom, type BoxHidden, type Offset } from './visibility';

export { declaredStyle };

/** Left where a marker region was cut out, so the block builder can rejoin a sentence the ad split. */
export const JOIN_TAG = 'sc-join';
/** Stands where a video player was; the block builder makes it a `video` block. */
export const VIDEO_TAG = 'sc-video';

/** Elements whose content is never text a reader sees (raw text a browser does not render). */
const NON_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'noembed', 'noframes']);
/**
 * Raw-text elements a browser shows as they are, preformatted: their text stays, as a <pre>, so
 * that serialising the tree (for the Readability fallback) escapes it like any other text.
 */
const SHOWN_RAW = new Set(['xmp', 'plaintext', 'listing']);
const NON_CONTENT_RULE = DROP_SELECTORS[0]!;
/** Video players, and the tool's own rendering of a video. */
const PLAYERS = `${VIDEO_MARKERS.selector}, .${VIDEO_TAG}`;
/** A region longer than this (characters of text inside) is not an insertion; its comments are left alone. */
const MAX_REGION_CHARS = 100_000;
/** A begin comment carries at most this much after the rule's name (Sina appends ids and sizes). */
const MAX_BEGIN_EXTRA = 300;

export interface Comment {
  data: string;
  node: AnyNode;
  /** Document-order position (for trace entries). */
  pos: number;
  /** `data` without whitespace (how marker and end comments are compared), when strip has made it (for the comments that may be a marker). */
  squashed?: string;
}

export interface StripResult {
  /** Comments left in the tree, in document order. */
  comments: Comment[];
  /** Hidden elements taken out (verify reads their text to check none of it reaches the output). */
  hidden: Element[];
  /** Pictures inside the marker regions cut out (a promo's QR code): never the lead image either. */
  regionImages: Element[];
}

/**
 * How an element hides itself, or null when it does not: `display:none`; the hidden attribute,
 * unless the element's own style displays it (an author style overrides the browser's
 * `[hidden] { display: none }`; `hidden="until-found"` stays hidden); `visibility:hidden`/`collapse`.
 */
export function hiddenBy(el: Element): 'hidden' | 'display' | 'visibility' | null {
  const a = el.attribs;
  if (!a || (a.style === undefined && a.hidden === undefined)) return null;
  const style = a.style ?? '';
  const display = /display/i.test(style) ? declaredStyle(style, 'display') : null;
  if (display === 'none') return 'display';
  if (a.hidden !== undefined && (display === null || a.hidden.trim().toLowerCase() === 'until-found')) return 'hidden';
  const visibility = /visibility/i.test(style) ? declaredStyle(style, 'visibility') : null;
  return visibility === 'hidden' || visibility === 'collapse' ? 'visibility' : null;
}

/** The visibility an element's own style sets (inherited otherwise): true, false, or null. */
function ownVisibility(el: Element): boolean | null {
  const style = el.attribs?.style;
  if (!style || !/visibility/i.test(style)) return null;
  const v = declaredStyle(style, 'visibility');
  return v === 'visible' ? true : v === 'hidden' || v === 'collapse' ? false : null;
}

/**
 * Under `visibility:hidden`, a descendant with `visibility:visible` shows (visibility is inherited,
 * not a box that hides its content): the text and pictures that stay invisible, in `root`. Under
 * `font-size:0`, a descendant that sets a size of its own shows, and pictures always do: the text
 * that stays at no size, in `root`. `done` collects the elements walked, so that a root inside
 * another of the same kind is not walked twice.
 */
function invisibleParts(root: Element, kind: 'visibility' | 'font-size', ctx: Ctx, done: Set<Element>): AnyNode[] {
  const out: AnyNode[] = [];
  const stack: [AnyNode, boolean][] = [[root, false]];
  while (stack.length) {
    ctx.deadline.tick();
    const [n, shown] = stack.pop()!;
    if (n.type === 'text') {
      if (!shown) out.push(n);
      continue;
    }
    if (!isElement(n) || n.type !== 'tag') continue;
    done.add(n);
    let v: boolean;
    if (n === root) v = false;
    else if (kind === 'visibility') v = ownVisibility(n) ?? shown;
    else {
      const size = ownFontSize(n.attribs?.style);
      v = size === null ? shown || mayBeSized(n) : size === 'relative' ? shown : size === 'shown';
    }
    if (!v && kind === 'visibility' && (n.name === 'img' || n.name === 'video')) out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push([n.children[i]!, v]);
  }
  return out;
}

/**
 * Elements a page's stylesheet sizes on its own (Sina's article CSS gives the body's paragraphs
 * and headings a font size): under `font-size:0`, a block of the article's text or an element
 * with a class or an id may show at the stylesheet's size, which the engine does not read. It is
 * kept (visible text is never lost); an inline run without a class inherits the zero.
 */
const SIZED_BLOCKS = new Set(['p', 'div', 'section', 'article', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'td', 'th', 'blockquote', 'dd', 'dt', 'pre', 'figcaption', 'caption', 'center']);
function mayBeSized(el: Element): boolean {
  return SIZED_BLOCKS.has(el.name) || !!el.attribs?.class?.trim() || !!el.attribs?.id?.trim();
}

const HIDDEN_REASON = {
  hidden: 'the hidden attribute: the page does not show it',
  display: 'inline display:none: the page does not show it',
  visibility: 'inline visibility:hidden: the page does not show it',
} as const;

/**
 * The element whose box holds `el`'s box: its parent, or, past parents of display:contents (which
 * generate no box of their own: their children are laid out as the grandparent's), the nearest
 * ancestor that has a box. Bounded: at most 16 such parents are passed.
 */
function boxParent(el: Element): Element | null {
  let p = el.parent as Element | null;
  for (let i = 0; i < 16 && p?.attribs && /contents/i.test(p.attribs.style ?? '') && declaredStyle(p.attribs.style ?? '', 'display') === 'contents'; i++) p = p.parent as Element | null;
  return p?.attribs ? p : null;
}

/** A grid container's items, counted up to MAX_GRID_ITEMS: element children and text that is not blank. */
const MAX_GRID_ITEMS = 64;
function gridItems(el: Element): number {
  let n = 0;
  for (const c of el.children) {
    if (n >= MAX_GRID_ITEMS) break;
    if (isElement(c) || (c.type === 'text' && /\S/.test((c as { data: string }).data))) n++;
  }
  return n;
}

/** Elements that are never a grid's items (no box of their own): a grid holding one is not read. */
const NOT_ITEMS = /^(?:script|style|template|noscript|br|wbr)$/;

/**
 * A grid container's items in order, up to MAX_GRID_ITEMS (element children and runs of text that are
 * not blank), or null when some child is laid out otherwise: no box (display:none or contents, hidden,
 * a script), out of the flow (absolute or fixed), or more children than that.
 */
function gridItemList(el: Element): AnyNode[] | null {
  const out: AnyNode[] = [];
  for (const c of el.children) {
    if (out.length >= MAX_GRID_ITEMS) return null;
    if (c.type === 'text') {
      if (/\S/.test((c as { data: string }).data)) out.push(c);
      continue;
    }
    if (!isElement(c)) continue;
    if (c.type !== 'tag' || NOT_ITEMS.test(c.name) || c.attribs?.hidden !== undefined) return null;
    const style = c.attribs?.style;
    if (style && /display|position/i.test(style)) {
      const display = declaredStyle(style, 'display');
      const position = declaredStyle(style, 'position');
      if (display === 'none' || display === 'contents' || position === 'absolute' || position === 'fixed') return null;
    }
    out.push(c);
  }
  return out;
}

/**
 * How the element's box draws nothing (visibility.ts), or null; a box collapsed to nothing that the
 * page opens with the fold control after it is a folded body and is not hidden.
 */
function boxHidden(el: Element, style: string, deadline: Deadline): BoxHidden | null {
  // A flex or grid container's children are laid out as blocks (only a size can collapse them).
  const item = /height|width/i.test(style) && laysOutItems(boxParent(el)?.attribs?.style);
  // A grid's items: its element children and runs of text (each an item of its own), counted only for zero rows.
  const items = /grid-template-rows|grid-auto-rows/i.test(style) ? gridItems(el) : 1;
  const box = elementBoxHidden(el.name, style, item, items) ?? (clippedOutside(el, style, deadline) ? 'outside' : null);
  if (box === 'collapsed' && foldControlAfter(el, deadline)) return null;
  // A text-indent moves only the first line: a line after a <br>, and a block inside that sets its
  // own indent (text-indent:2em), show; such a box is kept.
  if (box === 'indent' && findFirst(el, deadline, (e) => e !== el && (e.name === 'br' || /text-indent/i.test(e.attribs?.style ?? '')))) return null;
  return box;
}

/** Whitespace in a rule's name matches any run of whitespace (or none) in the comment. */
const squash = (s: string) => s.replace(/\s+/g, '');
/** The marker regions with their begin and end comments squashed once. */
const REGIONS = MARKER_REGIONS.map((rule) => ({ rule, begin: squash(rule.begin), end: squash(rule.end) }));
const REGION_ENDS = new Set(REGIONS.map((r) => r.end));
/**
 * The first characters of the squashed begins and ends: a comment whose first non-space character
 * is none of them cannot be a region's (null when some begin or end is empty: then any can).
 */
const REGION_FIRSTS = REGIONS.some((r) => !r.begin || !r.end) ? null : new Set(REGIONS.flatMap((r) => [r.begin[0]!, r.end[0]!]));

/** A comment's squashed text when it may open or close a marker region, else null. */
function regionText(c: Comment): string | null {
  if (REGION_FIRSTS) {
    const first = firstShownChar(c.data);
    if (first === null || !REGION_FIRSTS.has(first)) return null;
  }
  return (c.squashed = squash(c.data));
}

interface VideoInfo {
  title: string;
  href: string;
  poster: string;
}

const attr = (el: Element, name: string) => (el.attribs?.[name] ?? '').trim();
const isHttp = (u: string) => /^(?:https?:)?\/\//i.test(u);

/**
 * The video list Sina's editor stores in a comment: `mce-plugin-videoList2[{…}]mce-plugin-videoList2`,
 * braces written as `&#123;`/`&#125;`. Only its first video's title, page and picture are read.
 */
function videoFromComment(data: string): Partial<VideoInfo> {
  const open = data.indexOf('[');
  const close = data.lastIndexOf(']');
  if (!/^\s*mce-plugin-videoList/.test(data) || open < 0 || close <= open) return {};
  const json = data.slice(open + 1, close).replace(/&#123;/g, '{').replace(/&#125;/g, '}').replace(/&quot;/g, '"');
  try {
    const v = (JSON.parse(json) as { videos?: Record<string, unknown>[] }).videos?.[0] ?? {};
    const s = (k: string) => (typeof v[k] === 'string' ? (v[k] as string).trim() : '');
    return { title: s('title'), href: [s('url'), s('vmsURL')].find(isHttp) ?? '', poster: [s('largeImg'), s('img')].find(isHttp) ?? '' };
  } catch {
    return {};
  }
}

/**
 * The video a Sina page's script hands its player: inside a `<!--video-list-->` region,
 * `SINA_TEXT_PAGE_INFO['videoDatas0'] = [{ … title: '…', url: '…', pic: '…' }]`; after a k.sina
 * `.Video_Cont`, `$SCOPE['video'] = { … url: '…', title: "…" }`. Page data, read from the script's
 * text (the script itself never runs and never reaches the output).
 */
function videoFromScript(script: Element): Partial<VideoInfo> {
  const code = script.children.map((c) => (c.type === 'text' ? (c as unknown as { data: string }).data : '')).join('');
  if (!/videoDatas|\$SCOPE\[\s*['"]video['"]\s*\]/.test(code)) return {};
  // The player inserts these strings as HTML: a title's character references show as characters (decodePlayerText).
  const field = (name: string) => decodePlayerText(new RegExp(`\\b${name}\\s*:\\s*(['"])([^'"\\n]*)\\1`).exec(code)?.[2] ?? '').trim();
  return { title: field('title'), href: isHttp(field('url')) ? field('url') : '', poster: [field('thumbUrl'), field('pic')].find(isHttp) ?? '' };
}

/** Title, link and picture of a player, from what the page gives (never the player's own UI text). */
function videoInfo(nodes: readonly AnyNode[], ctx: Ctx): VideoInfo {
  const info: VideoInfo = { title: '', href: '', poster: '' };
  const fill = (k: keyof VideoInfo, v: string | undefined) => {
    // The renderers print 视频：<title>: a caption that already says 视频： gives the title after it.
    if (!info[k] && v) info[k] = k === 'title' ? normalizeText(v).replace(/^视频\s*[：:]\s*/, '') : normalizeText(v);
  };
  const captions: string[] = [];
  for (const root of nodes) {
    const els: Element[] = isElement(root) ? [root] : [];
    const comments: string[] = root.type === 'comment' ? [(root as unknown as { data: string }).data] : [];
    if ('children' in root) walk(root as ParentNode, ctx.deadline, (n) => {
      if (isElement(n)) els.push(n);
      else if (n.type === 'comment') comments.push((n as unknown as { data: string }).data);
    });
    for (const el of els) {
      fill('title', attr(el, 'title-data') || attr(el, 'data-title'));
      if (el.name === 'video' || el.name === VIDEO_TAG) fill('title', attr(el, 'title') || attr(el, 'aria-label'));
      if (el.name === 'img') {
        fill('title', attr(el, 'alt'));
        fill('poster', [attr(el, 'data-src'), attr(el, 'src')].find(isHttp));
      }
      if (el.name === 'video') fill('poster', isHttp(attr(el, 'poster')) ? attr(el, 'poster') : '');
      if ((el.name === 'video' || el.name === 'source') && isHttp(attr(el, 'src'))) fill('href', attr(el, 'src'));
      if (el.name === 'a' && isHttp(attr(el, 'href'))) fill('href', attr(el, 'href'));
      if (el.name === 'figcaption' || /(?:^|\s)(?:a-p-s-txt|video-title|video_title)(?:\s|$)/.test(attr(el, 'class'))) {
        captions.push(textOf(el, ctx.deadline));
      }
      // The tool's own rendering: <p class="sc-video">视频：<a href="…">title</a></p>.
      // A video without a title is written with its address as the link text: that is not a title.
      if (/(?:^|\s)sc-video(?:\s|$)/.test(attr(el, 'class'))) {
        const title = normalizeText(textOf(el, ctx.deadline).replace(/^\s*视频\s*(?:[：:]\s*)?/, ''));
        const link = findFirst(el, ctx.deadline, (e) => e.name === 'a' && isHttp(attr(e, 'href')));
        if (!link || title !== normalizeText(attr(link, 'href'))) fill('title', title);
        fill('poster', attr(el, 'data-poster'));
      }
    }
    for (const el of els) if (el.type === 'script') Object.entries(videoFromScript(el)).forEach(([k, v]) => fill(k as keyof VideoInfo, v));
    for (const c of comments) {
      const v = videoFromComment(c);
      fill('title', v.title);
      fill('href', v.href);
      fill('poster', v.poster);
    }
  }
  for (const c of captions) fill('title', c);
  return info;
}

/** The scripts right after a player (k.sina configures its player there), up to the next element. */
function configScripts(player: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (let n = player.next; n && out.length < 6; n = n.next) {
    if (n.type === 'script') out.push(n);
    else if (n.type === 'tag') break;
  }
  return out;
}

function videoElement(info: VideoInfo): Element {
  return makeElement(VIDEO_TAG, { 'data-title': info.title, 'data-href': info.href, 'data-poster': info.poster });
}

/**
 * Characters of text before each comment in document order (as textOf counts them: text, a line
 * break per <br>, nothing inside scripts and styles), so that the text a region holds is a
 * subtraction, not a walk: a page may open any number of regions that all reach the same end.
 */
function textOffsets(doc: Document, ctx: Ctx): Map<AnyNode, number> {
  const at = new Map<AnyNode, number>();
  let chars = 0;
  // The loop of dom.walk written out (a whole-page walk).
  const stack: AnyNode[] = [];
  for (let k = doc.children.length - 1; k >= 0; k--) stack.push(doc.children[k]!);
  while (stack.length) {
    ctx.deadline.tick();
    const n = stack.pop()!;
    if (n.type === 'text') {
      chars += (n as unknown as { data: string }).data.length;
      continue;
    }
    if (n.type === 'comment') {
      at.set(n, chars);
      continue;
    }
    if (isElement(n)) {
      if (n.type !== 'tag') continue;
      if (n.name === 'br') chars++;
    }
    const kids = (n as ParentNode).children;
    if (Array.isArray(kids)) for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  return at;
}

export function strip(doc: Document, ctx: Ctx): StripResult {
  const { deadline, trace } = ctx;
  const comments: Comment[] = [];
  const hidden: Element[] = [];
  const gone: AnyNode[] = [];
  const partly: Element[] = [];
  const unsized: [Element, number][] = [];
  const videos: [AnyNode, AnyNode][] = [];
  /** What a collapsed box's clip hides around a descendant that escapes it, and what stays off the page around a descendant moved back onto it (not walked into). */
  const clipped = new Set<AnyNode>();
  /** How far each element is moved, its own offsets and its ancestors' together (elements not moved are not in it). */
  const moved = new Map<AnyNode, Offset>();
  /** Elements off the page that hold a descendant moved back onto it (offPageParts): walked into, not taken out. */
  const through = new Set<Element>();
  const netOf = (e: Element) => moved.get(e);
  // Tested on each element the walk reaches (compiled once), not found by a pass of its own.
  const isPlayer = compiledSelector(PLAYERS).test;
  let pos = 0;
  // One walk in document order (the loop of dom.walk, written out: this is the one walk over every
  // node of the page after parsing). An element that stays is walked into.
  const tracing = trace.enabled;
  const stack: AnyNode[] = [];
  for (let k = doc.children.length - 1; k >= 0; k--) stack.push(doc.children[k]!);
  while (stack.length) {
    deadline.tick();
    const n = stack.pop()!;
    if (visit(n)) {
      const kids = (n as Element).children;
      for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
    }
  }
  // Node types are read once per node (the tree mixes node classes, so each read is a slow one).
  function visit(node: AnyNode): boolean {
    pos++;
    const type = node.type;
    if (type === 'text') return false;
    if (clipped.size && clipped.has(node)) return false;
    if (type === 'comment') {
      comments.push({ data: (node as unknown as { data: string }).data, node, pos });
      return false;
    }
    if (type !== 'tag' && type !== 'script' && type !== 'style') return false;
    const n = node as Element;
    const name = n.name;
    if (type !== 'tag' || NON_CONTENT.has(name)) {
      gone.push(n);
      if (tracing) trace.add({ stage: 'strip', rule: NON_CONTENT_RULE.id, action: 'remove', reason: NON_CONTENT_RULE.reason, text: `<${name}>` }, pos);
      return false;
    }
    if (SHOWN_RAW.has(name)) n.name = 'pre';
    const a = n.attribs;
    const how = !a || (a.style === undefined && a.hidden === undefined) ? null : hiddenBy(n);
    if (how === 'visibility' && findFirst(n, deadline, (e) => ownVisibility(e) === true)) {
      // Partly shown: walk on inside, and take out only what stays invisible (below).
      partly.push(n);
      hidden.push(n);
      if (trace.enabled) trace.add({ stage: 'strip', rule: 'hidden.visibility', action: 'remove', reason: `${HIDDEN_REASON.visibility} (but the descendants that set visibility:visible)`, text: textOf(n, deadline) }, pos);
      return true;
    }
    if (how) {
      gone.push(n);
      hidden.push(n);
      if (trace.enabled) trace.add({ stage: 'strip', rule: `hidden.${how}`, action: 'remove', reason: HIDDEN_REASON[how], text: textOf(n, deadline) }, pos);
      return false;
    }
    const style = a?.style;
    if (style !== undefined) {
      const box = boxHidden(n, style, deadline);
      const parts = box === 'collapsed' ? clippedParts(n, deadline) : null;
      if (parts) {
        // An absolute or fixed descendant escapes the clip: walk on inside, and take out the rest.
        for (const p of parts) {
          gone.push(p);
          clipped.add(p);
          if (isElement(p)) hidden.push(p);
        }
        if (trace.enabled) trace.add({ stage: 'strip', rule: 'hidden.collapsed', action: 'remove', reason: `${BOX_HIDDEN_REASON.collapsed} (but the absolute or fixed descendants its clip does not reach)`, text: parts.map((p) => textOf(p, deadline)).join(' ') }, pos);
      } else if (box) {
        gone.push(n);
        hidden.push(n);
        if (trace.enabled) trace.add({ stage: 'strip', rule: `hidden.${box}`, action: 'remove', reason: BOX_HIDDEN_REASON[box], text: textOf(n, deadline) }, pos);
        return false;
      } else if (/grid-template-rows|grid-auto-rows/i.test(style)) {
        // A grid whose last rows are zero high cuts the items placed in them (the rows above show theirs).
        const items = gridItemList(n);
        const cut = items ? gridZeroRowItems(style, items.map((c) => ({ style: isElement(c) ? c.attribs?.style : undefined })), n.parent && isElement(n.parent) ? n.parent.attribs?.style : undefined) : null;
        if (cut) {
          const parts = items!.filter((_c, k) => cut[k]);
          for (const p of parts) {
            gone.push(p);
            clipped.add(p);
            if (isElement(p)) hidden.push(p);
          }
          if (trace.enabled) trace.add({ stage: 'strip', rule: 'hidden.collapsed', action: 'remove', reason: `${BOX_HIDDEN_REASON.collapsed} (the items of a grid's last rows, zero high)`, text: parts.map((p) => textOf(p, deadline)).join(' ') }, pos);
        }
      }
    }
    // Moved off the page by its own offsets and its ancestors' together: taken out, but for the descendants moved back onto it.
    if (style !== undefined || moved.size) {
      // Nothing moved yet: no box this one may be placed in is moved either.
      const from = moved.size ? placedFrom(n, style, n.parent ? moved.get(n.parent) : null, netOf, deadline) : null;
      const net = addOffsets(from, style === undefined ? null : ownOffset(style, name, !percentOfContainer(n, style, deadline)));
      if (net) moved.set(n, net);
      if (offPage(net) && !through.has(n)) {
        const parts = offPageParts(n, net!, deadline, through, netOf);
        if (!parts) {
          gone.push(n);
          hidden.push(n);
          if (trace.enabled) trace.add({ stage: 'strip', rule: 'hidden.offscreen', action: 'remove', reason: BOX_HIDDEN_REASON.offscreen, text: textOf(n, deadline) }, pos);
          return false;
        }
        for (const p of parts) {
          gone.push(p);
          clipped.add(p);
          if (isElement(p)) hidden.push(p);
        }
        if (trace.enabled) trace.add({ stage: 'strip', rule: 'hidden.offscreen', action: 'remove', reason: `${BOX_HIDDEN_REASON.offscreen} (but the descendants moved back onto it)`, text: parts.map((p) => textOf(p, deadline)).join(' ') }, pos);
      }
    }
    // Text at no size: walk on inside (a hidden box within still goes), and take out only the text that stays unsized (below).
    if (style !== undefined && ownFontSize(style) === 'zero') unsized.push([n, pos]);
    if (isPlayer(n)) {
      const info = videoInfo([n, ...configScripts(n)], ctx);
      videos.push([n, videoElement(info)]);
      trace.add({ stage: 'strip', rule: VIDEO_MARKERS.id, action: 'move', reason: `${VIDEO_MARKERS.reason}: shown as a video`, text: info.title }, pos);
      return false;
    }
    return true;
  }
  // Marker regions, left to right over the comments; a region's own comments go with it. They are
  // cut before scripts go, so a video list's region can read the list's data from its script.
  const squashed = comments.map(regionText);
  const endAt = new Map<string, number[]>();
  squashed.forEach((t, k) => {
    if (t === null || !REGION_ENDS.has(t)) return;
    let list = endAt.get(t);
    if (!list) endAt.set(t, (list = []));
    list.push(k);
  });
  /** The first comment after index i whose text is `end`. */
  const nextEnd = (end: string, i: number): number => {
    const list = endAt.get(end) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! > i) hi = mid;
      else lo = mid + 1;
    }
    return list[lo] ?? -1;
  };
  const removedComments = new Set<AnyNode>();
  const regionGone: AnyNode[] = [];
  const regionImages: Element[] = [];
  let offsets: Map<AnyNode, number> | undefined;
  for (let i = 0; i < comments.length; i++) {
    deadline.tick();
    const begin = comments[i]!;
    const text = squashed[i] ?? null;
    if (text === null) continue;
    const region = REGIONS.find((r) => text.startsWith(r.begin) && text.length <= r.begin.length + MAX_BEGIN_EXTRA);
    if (!region) continue;
    const { rule } = region;
    const j = nextEnd(region.end, i);
    if (j < 0) continue;
    const end = comments[j]!;
    // A region holding more text than an insertion does is not one: its comments are left alone.
    offsets ??= textOffsets(doc, ctx);
    if ((offsets.get(end.node) ?? 0) - (offsets.get(begin.node) ?? 0) > MAX_REGION_CHARS) continue;
    const inside = nodesBetween(begin.node, end.node, ctx.deadline);
    if (!inside) continue;
    const marker = rule.id === 'region.videoList' ? videoElement(videoInfo(inside, ctx)) : makeElement(JOIN_TAG);
    insertBefore(begin.node, marker);
    if (trace.enabled) trace.add({ stage: 'strip', rule: rule.id, action: 'remove', reason: rule.reason, text: inside.slice(0, 20).map((n) => textOf(n, deadline).slice(0, 200)).join(' ') }, begin.pos);
    regionGone.push(begin.node, end.node);
    for (const n of inside) {
      regionGone.push(n);
      if (isElement(n) && n.name === 'img') regionImages.push(n);
      else if ('children' in n) walk(n as ParentNode, deadline, (d) => void (isElement(d) && d.name === 'img' && regionImages.push(d)));
    }
    for (let k = i; k <= j; k++) removedComments.add(comments[k]!.node);
    i = j;
  }
  const walked = new Set<Element>();
  for (const root of partly) for (const n of invisibleParts(root, 'visibility', ctx, walked)) gone.push(n);
  walked.clear();
  for (const [root, at] of unsized) {
    if (walked.has(root)) continue;
    const parts = invisibleParts(root, 'font-size', ctx, walked);
    const shown = parts.filter((t) => firstShownChar((t as unknown as { data: string }).data) !== null);
    if (!shown.length) continue;
    for (const t of parts) gone.push(t);
    hidden.push(root);
    if (trace.enabled) trace.add({ stage: 'strip', rule: 'hidden.font-size', action: 'remove', reason: BOX_HIDDEN_REASON['font-size'], text: shown.map((t) => (t as unknown as { data: string }).data).join(' ') }, at);
  }
  removeNodes(regionGone);
  removeNodes(gone);
  replaceNodes(videos);
  const kept = comments.filter((c) => !removedComments.has(c.node) && attached(c.node, doc));
  return { comments: kept, hidden, regionImages };
}

/** Whether the node is still in the document (a removed ancestor detaches it). */
function attached(node: AnyNode, doc: Document): boolean {
  let n: AnyNode | null = node;
  for (let i = 0; n && i < 2048; i++) {
    if (n === doc) return true;
    n = n.parent;
  }
  return false;
}

