/**
 * The clean stage, on the body container a template found: the container is followed to the end
 * the page marks for it (paragraphs a stray `</div>` pushed out come back in; page chrome an
 * unclosed wrapper pulled in goes), then the drop selectors and the boilerplate classes' selectors
 * (BODY_DROPS in src/rules/page.ts) take out what is never article text.
 */
import type { AnyNode, Element, Text } from 'domhandler';
import { BODY_DROPS, BODY_DROP_SELECTOR } from '../rules/page';
import type { Ctx } from './context';
import { appendNodes, contains, documentOrder, isElement, makeElement, nodesAfterWithin, nodesBetween, precedes, removeNodes, replaceNodes, selectIn, textOf } from './dom';
import { BLOCK_TAGS, imageSrc } from './blocks';
import type { Comment } from './strip';
import { matches as is } from './selectors';
import { firstShownChar } from './text';


/** Paragraphs, and the formatting elements a parser re-opens around them after a misnested tag. */
const STRAY_TAGS = new Set(['p', 'font', 'b', 'strong', 'span', 'em', 'i', 'u']);

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Where the page says the body ends: the first of `ends` comments inside the body or after it.
 * Inside, what follows it is chrome the body swallowed (an unclosed wrapper moved the body's own
 * end); after it, what lies between is the body's own (a stray `</div>` closed it early).
 */
function followToEnd(body: Element, ends: readonly string[], comments: readonly Comment[], ctx: Ctx): boolean {
  if (!ends.length) return false;
  const wanted = new Set(ends.map(squash));
  // Only a comment whose first non-space character starts some end can be one (when no end is empty).
  const firsts = wanted.has('') ? null : new Set([...wanted].map((w) => w[0]!));
  const mayEnd = (data: string) => {
    if (!firsts) return true;
    const first = firstShownChar(data);
    return first !== null && firsts.has(first);
  };
  const candidates = comments.filter((c) => c.data.length < 1_000 && (c.squashed !== undefined ? wanted.has(c.squashed) : mayEnd(c.data) && wanted.has(squash(c.data))));
  // Comments are in document order, and "inside the body or after it" holds from some point on:
  // bisect for the first one (a page may carry any number of end comments before its body).
  const atOrAfter = (c: Comment) => contains(body, c.node) || precedes(body, c.node);
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    ctx.deadline.tick();
    const mid = (lo + hi) >> 1;
    if (atOrAfter(candidates[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  const end = candidates[lo];
  if (!end) return false;
  if (contains(body, end.node)) {
    const after = nodesAfterWithin(end.node, body, ctx.deadline);
    if (after.length && ctx.trace.enabled) {
      const text = after.map((n) => textOf(n, ctx.deadline)).join(' ');
      if (text.trim()) ctx.trace.add({ stage: 'clean', rule: 'body.endMarker', action: 'remove', reason: 'after the comment that ends the body: page chrome an unclosed element pulled in', text });
    }
    removeNodes(after);
    return true;
  }
  const between = nodesBetween(body, end.node, ctx.deadline);
  if (!between) return false;
  if (between.length && ctx.trace.enabled) {
    const text = between.map((n) => textOf(n, ctx.deadline)).join(' ');
    if (text.trim()) ctx.trace.add({ stage: 'clean', rule: 'body.endMarker', action: 'move', reason: 'before the comment that ends the body: text a stray </div> pushed out of it', text });
  }
  appendNodes(body, between);
  return true;
}

/**
 * Without an end marker: paragraphs that directly follow the container, before any other block,
 * are taken back into it (a stray </div> inside the article closed it early).
 */
function adoptStrayParagraphs(body: Element, ctx: Ctx): void {
  const stray: AnyNode[] = [];
  for (let n = body.nextSibling; n; n = n.nextSibling) {
    ctx.deadline.tick();
    if (n.type === 'comment' || (n.type === 'text' && !/\S/.test((n as Text).data))) continue;
    if (n.type !== 'tag') break;
    const el = n as Element;
    // A div an editor typed (no class, no id) or Sina's own picture wrapper is the article's; a div
    // with any other class or id is the page's.
    const bodyDiv = el.name === 'div' && ((!el.attribs.class && !el.attribs.id) || /^\s*img_wrapper\s*$/.test(el.attribs.class ?? ''));
    if (!STRAY_TAGS.has(el.name) && !bodyDiv) break;
    stray.push(el);
  }
  if (stray.length) {
    if (ctx.trace.enabled) {
      ctx.trace.add({ stage: 'clean', rule: 'body.strayParagraphs', action: 'move', reason: 'paragraphs right after the body: a stray </div> closed it early', text: stray.map((n) => textOf(n, ctx.deadline)).join(' ') });
    }
    appendNodes(body, stray);
  }
}

export interface CleanResult {
  /** Pictures inside what was dropped: never the lead image either. */
  droppedImages: Set<string | null>;
}

export function cleanBody(body: Element, opts: { ends: readonly string[]; comments: readonly Comment[]; base: string | null }, ctx: Ctx): CleanResult {
  if (!followToEnd(body, opts.ends, opts.comments, ctx)) adoptStrayParagraphs(body, ctx);

  // One pass for all rules; the rule each element answers to is looked up only for the matches
  // (the first rule in table order, as the trace names it). An element inside one already dropped is skipped.
  const dropped = new Set<Element>();
  const order: { el: Element; rule: (typeof BODY_DROPS)[number]['rule'] }[] = [];
  for (const el of selectIn(body, BODY_DROP_SELECTOR)) {
    ctx.deadline.tick();
    const rule = (BODY_DROPS.find((d) => is(el, d.selector)) ?? BODY_DROPS[0]!).rule;
    dropped.add(el);
    order.push({ el, rule });
  }
  // Whether an ancestor below the body is dropped, remembered for every ancestor on the way up so
  // that each element is looked at once (many dropped elements deep in a chain stay linear).
  const underDropped = new Map<AnyNode, boolean>();
  const inDropped = (el: Element): boolean => {
    const path: AnyNode[] = [];
    let answer = false;
    for (let a = el.parent; a && a !== body; a = a.parent) {
      ctx.deadline.tick();
      const known = underDropped.get(a);
      if (known !== undefined) {
        answer = known;
        break;
      }
      if (dropped.has(a as Element)) {
        answer = true;
        break;
      }
      path.push(a);
    }
    for (const a of path) underDropped.set(a, answer);
    return answer;
  };
  const outer = order.filter(({ el }) => !inDropped(el));
  const droppedImages = new Set<string | null>();
  for (const { el } of outer) {
    if (el.name === 'img') droppedImages.add(imageSrc(el, opts.base));
    else for (const img of selectIn(el, 'img')) droppedImages.add(imageSrc(img, opts.base));
  }
  if (ctx.trace.enabled) {
    const pos = documentOrder(body, ctx.deadline);
    for (const { el, rule } of outer) {
      ctx.trace.add({ stage: 'clean', rule: rule.id, action: 'remove', reason: rule.reason, text: textOf(el, ctx.deadline) || `<${el.name}>` }, pos.get(el) ?? 0);
    }
  }
  // A dropped box leaves a line break, so the text on either side stays two lines as the page showed
  // it; a dropped inline element (a quote number after a stock name) leaves nothing between words.
  replaceNodes(outer.filter(({ el }) => BLOCK_TAGS.has(el.name)).map(({ el }) => [el, makeElement('br')] as const));
  removeNodes(outer.filter(({ el }) => !BLOCK_TAGS.has(el.name) && isElement(el)).map(({ el }) => el));
  return { droppedImages };
}
