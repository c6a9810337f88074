/**
 * The headline element's text without its badges (TITLE_BADGE in src/rules/metadata.ts): child
 * elements at the heading's start or end (or its link's, when the link is all it holds) whose whole
 * text is a label such as 原创 or 独家 and that the page sets apart as a label (a tag/badge/icon
 * class, a background or border, brackets, a space before the title). The heading's own text never
 * goes: a badge is an element of its own, the title must not go on from it with its punctuation
 * (独家：…), a word merely coloured and glued to the title is the title's (<font>突发</font>公共…),
 * and something else must remain.
 */
import type { AnyNode, Element } from 'domhandler';
import type { Ctx } from '../engine/context';
import { textContent } from '../engine/select';
import { normalizeText } from '../engine/text';
import { TITLE_BADGE } from '../rules/metadata';

const isBlank = (n: AnyNode) => (n.type === 'text' ? !normalizeText((n as unknown as { data: string }).data) : n.type === 'comment');

export function headlineText(el: Element | null | undefined, ctx: Ctx): string {
  if (!el) return '';
  let kids = el.children.filter((n) => !isBlank(n));
  // A headline that is one link (or one wrapper) holds its badges inside it.
  while (kids.length === 1 && kids[0]!.type === 'tag' && !TITLE_BADGE.pattern.test(normalizeText(textContent(kids[0]!)))) {
    kids = (kids[0] as Element).children.filter((n) => !isBlank(n));
  }
  let from = 0;
  let to = kids.length;
  const label = (n: AnyNode | undefined) => !!n && n.type === 'tag' && TITLE_BADGE.pattern.test(normalizeText(textContent(n)));
  const text = (a: number, b: number) => normalizeText(kids.slice(a, b).map((n) => textContent(n)).join(''));
  const dropped: string[] = [];
  // At the start, the title or another badge follows a badge set apart without the title's punctuation; at the end, the title's words come before it without their joining punctuation.
  while (to - from > 1 && label(kids[from]) && setApart(kids[from] as Element, 'after') && !TITLE_BADGE.joins.after.test(text(from + 1, to))) {
    dropped.push(text(from, from + 1));
    from++;
  }
  while (to - from > 1 && label(kids[to - 1]) && setApart(kids[to - 1] as Element, 'before') && !TITLE_BADGE.joins.before.test(text(from, to - 1))) {
    dropped.push(text(to - 1, to));
    to--;
  }
  if (!dropped.length) return normalizeText(textContent(el));
  const rest = text(from, to);
  if (!rest) return normalizeText(textContent(el));
  for (const d of dropped) ctx.trace.add({ stage: 'template', rule: TITLE_BADGE.id, action: 'remove', reason: TITLE_BADGE.reason, text: d });
  return rest;
}

const SPACE = /[\s\u00a0\u3000]/;

/**
 * Whether the page sets the label element apart from the title on `side` (TITLE_BADGE.apart): a
 * class, id or style of it or inside it marking a label, its text in brackets, or a space between
 * it and the title.
 */
function setApart(el: Element, side: 'after' | 'before'): boolean {
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    const a = (n as Element).attribs;
    if (TITLE_BADGE.apart.name.test(`${a.class ?? ''} ${a.id ?? ''}`) || TITLE_BADGE.apart.style.test(a.style ?? '')) return true;
    stack.push(...(n as Element).children);
  }
  const own = textContent(el);
  const t = normalizeText(own);
  if (/^[【[［(（]/.test(t) && /[】\]］)）]$/.test(t)) return true;
  const sibs = el.parent?.children ?? [];
  const i = sibs.indexOf(el);
  const next = side === 'after' ? sibs[i + 1] : sibs[i - 1];
  const edge = side === 'after' ? own.slice(-1) : own.slice(0, 1);
  const across = next?.type === 'text' ? (next as unknown as { data: string }).data : next ? textContent(next) : '';
  return SPACE.test(edge) || SPACE.test(side === 'after' ? across.slice(0, 1) : across.slice(-1));
}
