/**
 * The page index every whole-document question goes through, and selector walks under an element.
 *
 * The PageIndex is one walk over the stripped page that files its elements by tag, id and class.
 * A whole-document query then looks only at the elements filed under its key (the id, else a class,
 * else the tag of the selector's last compound) and tests each with the compiled selector: template
 * detection, the templates' title/date/source/body reads and the metadata's meta-tag reads share it
 * instead of each walking the whole page. Results are in document order, as a selector pass gives.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import type { Deadline } from './context';
import { findFirst, isElement, walk } from './dom';
import { classTokens, compiledSelector, type Key, type Part } from './selectors';

export { compiledSelector, matches } from './selectors';

/**
 * Descendants of `root` (not `root` itself) matching `selector`, in document order: one walk with
 * the compiled selector. A selector with a combinator is matched against the whole tree (a
 * `div p` matches a `p` under `root` whose `div` is above `root`): callers that need it scoped
 * pass selectors without combinators.
 */
export function selectUnder(root: ParentNode, selector: string, deadline: Deadline): Element[] {
  const { test } = compiledSelector(selector);
  const out: Element[] = [];
  walk(root, deadline, (n) => {
    if (isElement(n) && test(n)) out.push(n);
  });
  return out;
}

/** The first descendant of `root` (document order) matching `selector` (same caveat as selectUnder), or null. */
export function firstUnder(root: ParentNode | null | undefined, selector: string, deadline: Deadline): Element | null {
  if (!root) return null;
  return findFirst(root, deadline, compiledSelector(selector).test);
}

const EMPTY: readonly Element[] = [];

/** Files `el` under `key` (once, however often its class list names the key). */
function file(map: Map<string, Element[]>, key: string, el: Element): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== el) list.push(el);
  } else map.set(key, [el]);
}

/** Tag, id and class lists of every element in a tree, in document order. */
export class PageIndex {
  private readonly byTag = new Map<string, Element[]>();
  private readonly byId = new Map<string, Element[]>();
  private readonly byClass = new Map<string, Element[]>();
  private readonly all: Element[] = [];
  /** Document-order positions, made when a selector list first has several matches to merge. */
  private order: Map<Element, number> | null = null;

  /** One walk over `root`'s elements (not `root` itself). */
  constructor(
    readonly root: ParentNode,
    private readonly deadline: Deadline,
  ) {
    // The loop of dom.walk written out (every node of the page goes through it).
    const stack: AnyNode[] = [];
    for (let k = root.children.length - 1; k >= 0; k--) stack.push(root.children[k]!);
    while (stack.length) {
      deadline.tick();
      const n = stack.pop()!;
      const type = n.type;
      if (type === 'text' || type === 'comment') continue;
      if (type === 'tag' || type === 'script' || type === 'style') this.add(n as Element);
      const kids = (n as ParentNode).children;
      if (Array.isArray(kids)) for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
    }
  }

  private add(n: Element): void {
    this.all.push(n);
    file(this.byTag, n.name, n);
    const a = n.attribs;
    if (a.id !== undefined) file(this.byId, a.id, n);
    const cls = a.class;
    // Split as the selector matcher reads a class list (any whitespace), so a class query finds what it matches.
    if (cls) for (const c of classTokens(cls)) file(this.byClass, c, n);
  }

  private candidates(key: Key): readonly Element[] {
    switch (key.by) {
      case 'id':
        return this.byId.get(key.name) ?? EMPTY;
      case 'class':
        return this.byClass.get(key.name) ?? EMPTY;
      case 'tag':
        return this.byTag.get(key.name) ?? EMPTY;
      default:
        return this.all;
    }
  }

  /** Whether `el` is still under the indexed root (a later stage may have taken it out). */
  private inTree(el: Element): boolean {
    for (let n: AnyNode | null = el.parent; n; n = n.parent) if (n === this.root) return true;
    return false;
  }

  /** Every element matching `selector`, in document order (at most `limit`). */
  select(selector: string, limit = Number.POSITIVE_INFINITY): Element[] {
    const { parts } = compiledSelector(selector);
    if (parts.length === 1) return this.scan(parts[0]!, limit);
    // Several parts: each part's matches, merged into document order without duplicates.
    const seen = new Set<Element>();
    for (const part of parts) for (const el of this.scan(part, limit)) seen.add(el);
    let out = [...seen];
    if (out.length > 1) {
      const order = (this.order ??= new Map(this.all.map((el, i) => [el, i])));
      out = out.sort((a, b) => order.get(a)! - order.get(b)!);
    }
    return out.length > limit ? out.slice(0, limit) : out;
  }

  private scan(part: Part, limit: number): Element[] {
    const out: Element[] = [];
    for (const el of this.candidates(part.key)) {
      this.deadline.tick();
      if (part.test(el) && this.inTree(el)) {
        out.push(el);
        if (out.length >= limit) break;
      }
    }
    return out;
  }

  /** The first element matching `selector` in document order, or null. */
  first(selector: string): Element | null {
    return this.select(selector, 1)[0] ?? null;
  }

  /** Whether any element matches `selector`. */
  has(selector: string): boolean {
    return this.select(selector, 1).length > 0;
  }
}

/** The text a DOM's textContent gives (every text node under `node`, comments left out), iteratively. */
export function textContent(node: AnyNode | null | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (node.type === 'comment' || !('children' in node)) return '';
  const out: string[] = [];
  const stack: AnyNode[] = [];
  const kids = (node as ParentNode).children;
  for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out.push((n as unknown as { data: string }).data);
    else if (n.type !== 'comment' && 'children' in n) {
      const c = (n as ParentNode).children;
      for (let i = c.length - 1; i >= 0; i--) stack.push(c[i]!);
    }
  }
  return out.join('');
}

