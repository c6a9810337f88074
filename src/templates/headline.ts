/**
 * The headline element's text without a badge (TITLE_BADGE in src/rules/metadata.ts): a child
 * element at the heading's start or end whose whole text is a label such as 原创 or 独家. The
 * heading's own text never goes: a badge is an element of its own, and something else must remain.
 */
import type { AnyNode, Element } from 'domhandler';
import type { Ctx } from '../engine/context';
import { textContent } from '../engine/select';
import { normalizeText } from '../engine/text';
import { TITLE_BADGE } from '../rules/metadata';

const isBlank = (n: AnyNode) => (n.type === 'text' ? !normalizeText((n as unknown as { data: string }).data) : n.type === 'comment');

export function headlineText(el: Element | null | undefined, ctx: Ctx): string {
  if (!el) return '';
  const kids = el.children.filter((n) => !isBlank(n));
  let from = 0;
  let to = kids.length;
  const badge = (n: AnyNode | undefined) => !!n && n.type === 'tag' && TITLE_BADGE.pattern.test(normalizeText(textContent(n)));
  const dropped: string[] = [];
  if (kids.length > 1 && badge(kids[0])) dropped.push(normalizeText(textContent(kids[from++])));
  if (to - from > 1 && badge(kids[to - 1])) dropped.push(normalizeText(textContent(kids[--to])));
  if (!dropped.length) return normalizeText(textContent(el));
  const rest = normalizeText(kids.slice(from, to).map((n) => textContent(n)).join(''));
  if (!rest) return normalizeText(textContent(el));
  for (const d of dropped) ctx.trace.add({ stage: 'template', rule: TITLE_BADGE.id, action: 'remove', reason: TITLE_BADGE.reason, text: d });
  return rest;
}
