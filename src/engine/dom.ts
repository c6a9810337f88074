/**
 * Tree helpers for the engine. Every walk is iterative (pages nest and widen without limit, the
 * call stack does not) and ticks the time budget; removals are done in bulk per parent so that
 * dropping many siblings stays linear.
 */
import { Element, Text, type AnyNode, type ParentNode } from 'domhandler';
import type { Deadline } from './context';
import { compiledSelector } from './selectors';

/**
 * Descendants of `root` matching `selector`, in document order, in one walk from the root (a
 * per-child search with pairwise de-duplication, as cheerio's `$(root).find()` does, is quadratic
 * in the number of children: seconds on a 20,000-paragraph body). A combinator's steps stay
 * inside `root` when `root` is an element under another element (`div p` under a body needs its
 * `div` in the body), as a scoped query reads them; under the document or its root element the
 * whole tree is theirs.
 */
export function selectIn(root: ParentNode, selector: string): Element[] {
  const c = compiledSelector(selector);
  let test: (el: Element) => boolean = c.test;
  if (c.traverses) {
    const scope = isElement(root) && isElement(root.parent) ? root : null;
    const scoped = c.scoped;
    test = (el) => scoped(el, scope);
  }
  // The descendants in document order (into any node with children).
  const out: Element[] = [];
  const stack: AnyNode[] = [];
  for (let k = root.children.length - 1; k >= 0; k--) stack.push(root.children[k]!);
  while (stack.length) {
    const n = stack.pop()!;
    const type = n.type;
    if (type === 'text' || type === 'comment') continue;
    if ((type === 'tag' || type === 'script' || type === 'style') && test(n as Element)) out.push(n as Element);
    const kids = (n as ParentNode).children;
    if (Array.isArray(kids)) for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]!);
  }
  return out;
}

export const isElement = (n: AnyNode | null | undefined): n is Element => !!n && (n.type === 'tag' || n.type === 'script' || n.type === 'style');
export const isTextNode = (n: AnyNode | null | undefined): n is Text => !!n && n.type === 'text';
const hasChildren = (n: AnyNode): n is ParentNode => 'children' in n && Array.isArray((n as ParentNode).children);

/**
 * Visits the subtree under `root` (not `root` itself) in document order. `visit` returns false to
 * skip a node's children. Iterative, so any depth is fine.
 */
export function walk(root: ParentNode, deadline: Deadline, visit: (n: AnyNode) => boolean | void): void {
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length) {
    deadline.tick();
    const n = stack.pop()!;
    if (visit(n) === false || !hasChildren(n)) continue;
    const kids = n.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
}

/** The text a reader sees in `node` (text nodes joined; `<br>` as a line break). */
export function textOf(node: AnyNode, deadline: Deadline): string {
  if (node.type === 'text') return (node as Text).data;
  if (!isElement(node) || node.type !== 'tag') return '';
  if (node.name === 'br') return '\n';
  const out: string[] = [];
  walk(node, deadline, (n) => {
    if (n.type === 'text') out.push((n as Text).data);
    else if (isElement(n)) {
      if (n.type !== 'tag') return false;
      if (n.name === 'br') out.push('\n');
    }
    return true;
  });
  return out.join('');
}

/**
 * The text a reader sees in `node`, read only up to `max` characters (a name, a label): what a
 * short field needs costs no more than that, however much the element holds.
 */
export function textUpTo(node: AnyNode, max: number, deadline: Deadline): string {
  if (node.type === 'text') return (node as Text).data.slice(0, max);
  if (!isElement(node) || node.type !== 'tag') return '';
  const out: string[] = [];
  let length = 0;
  walk(node, deadline, (n) => {
    if (length >= max) return false;
    if (n.type === 'text') {
      const d = (n as Text).data.slice(0, max - length);
      out.push(d);
      length += d.length;
    } else if (isElement(n)) {
      if (n.type !== 'tag') return false;
      if (n.name === 'br') {
        out.push('\n');
        length++;
      }
    }
    return true;
  });
  return out.join('');
}

/** Whether any text a reader sees is under `root` (stops at the first). */
export function hasText(root: ParentNode, deadline: Deadline): boolean {
  let seen = false;
  walk(root, deadline, (n) => {
    if (seen) return false;
    if (n.type === 'text') seen = /[^\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]/.test((n as Text).data);
    return !isElement(n) || n.type === 'tag';
  });
  return seen;
}

/**
 * The page's body container: the first of `candidates` that holds text, else the first. A page may
 * carry the container's id twice (an empty copy first); a browser shows both, so the one with the
 * article is read.
 */
export function firstWithText(candidates: readonly Element[], deadline: Deadline): Element | null {
  return candidates.find((el) => hasText(el, deadline)) ?? candidates[0] ?? null;
}

/** The first descendant element (document order) for which `pred` holds. */
export function findFirst(root: ParentNode, deadline: Deadline, pred: (e: Element) => boolean): Element | null {
  let hit: Element | null = null;
  walk(root, deadline, (n) => {
    if (hit) return false;
    if (isElement(n) && pred(n)) {
      hit = n;
      return false;
    }
    return true;
  });
  return hit;
}

/** Every descendant element for which `pred` holds, in document order. */
export function findAll(root: ParentNode, deadline: Deadline, pred: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  walk(root, deadline, (n) => {
    if (isElement(n) && pred(n)) out.push(n);
  });
  return out;
}

/** The comments under `root`, in document order. */
export function commentsIn(root: ParentNode, deadline: Deadline): { data: string; node: AnyNode }[] {
  const out: { data: string; node: AnyNode }[] = [];
  walk(root, deadline, (n) => {
    if (n.type === 'comment') out.push({ data: (n as unknown as { data: string }).data, node: n });
  });
  return out;
}

/** Removes nodes from the tree, one pass over each affected parent's children. */
export function removeNodes(nodes: readonly AnyNode[]): void {
  const byParent = new Map<ParentNode, Set<AnyNode>>();
  for (const n of nodes) {
    const p = n.parent;
    if (!p) continue;
    let set = byParent.get(p);
    if (!set) byParent.set(p, (set = new Set()));
    set.add(n);
  }
  for (const [parent, gone] of byParent) {
    const kept: AnyNode[] = [];
    for (const c of parent.children) {
      if (gone.has(c)) {
        c.parent = null;
        c.prev = null;
        c.next = null;
      } else kept.push(c);
    }
    relink(parent, kept);
  }
}

/** Replaces each node by its replacement (same parent, same place), one pass per parent. */
export function replaceNodes(pairs: readonly (readonly [AnyNode, AnyNode])[]): void {
  const byParent = new Map<ParentNode, Map<AnyNode, AnyNode>>();
  for (const [old, rep] of pairs) {
    const p = old.parent;
    if (!p) continue;
    let m = byParent.get(p);
    if (!m) byParent.set(p, (m = new Map()));
    m.set(old, rep);
  }
  for (const [parent, map] of byParent) {
    const kids = parent.children.map((c) => {
      const rep = map.get(c);
      if (!rep) return c;
      c.parent = null;
      c.prev = null;
      c.next = null;
      return rep;
    });
    relink(parent, kids);
  }
}

/** Inserts `node` right before `ref` (which must have a parent). */
export function insertBefore(ref: AnyNode, node: AnyNode): void {
  const parent = ref.parent!;
  const kids = parent.children as AnyNode[];
  const at = kids.lastIndexOf(ref);
  kids.splice(at < 0 ? kids.length : at, 0, node);
  node.parent = parent;
  node.prev = ref.prev;
  node.next = ref;
  if (ref.prev) ref.prev.next = node;
  ref.prev = node;
}

/** Appends nodes (taken from wherever they are) to the end of `parent`. */
export function appendNodes(parent: ParentNode, nodes: readonly AnyNode[]): void {
  removeNodes(nodes);
  relink(parent, [...parent.children, ...nodes]);
}

function relink(parent: ParentNode, kids: AnyNode[]): void {
  for (let i = 0; i < kids.length; i++) {
    const c = kids[i]!;
    c.parent = parent;
    c.prev = kids[i - 1] ?? null;
    c.next = kids[i + 1] ?? null;
  }
  (parent as { children: AnyNode[] }).children = kids;
}

/** A new empty element (no attributes unless given). */
export function makeElement(name: string, attribs: Record<string, string> = {}): Element {
  return new Element(name, attribs, []);
}

/** Document-order index of every node under `root` (for trace entries in page order). */
export function documentOrder(root: ParentNode, deadline: Deadline): Map<AnyNode, number> {
  const order = new Map<AnyNode, number>();
  let i = 0;
  walk(root, deadline, (n) => void order.set(n, i++));
  return order;
}

/** Ancestors of `n` from the root down to `n` itself. */
function pathTo(n: AnyNode): AnyNode[] {
  const path: AnyNode[] = [];
  for (let x: AnyNode | null = n; x; x = x.parent) path.push(x);
  return path.reverse();
}

/** Whether `a` starts before `b` in document order (an ancestor starts before its descendants). */
export function precedes(a: AnyNode, b: AnyNode): boolean {
  if (a === b) return false;
  const pa = pathTo(a);
  const pb = pathTo(b);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  if (i === pa.length) return true; // a is an ancestor of b
  if (i === pb.length) return false; // b is an ancestor of a
  if (i === 0) return false; // different trees
  const kids = (pa[i - 1] as ParentNode).children as AnyNode[];
  return kids.indexOf(pa[i]!) < kids.indexOf(pb[i]!);
}

export function contains(ancestor: AnyNode, n: AnyNode): boolean {
  for (let x: AnyNode | null = n.parent; x; x = x.parent) if (x === ancestor) return true;
  return false;
}

/** The next node in document order after `x`'s whole subtree (null at the end, or on leaving `within`). */
function nextAfter(x: AnyNode | null, within: AnyNode | null = null): AnyNode | null {
  while (x && !x.next) {
    x = x.parent;
    if (x === within) return null;
  }
  return x?.next ?? null;
}

/**
 * Nodes strictly between `begin` (after its whole subtree) and `end` in document order, as whole
 * nodes: an ancestor of `end` only partly inside is descended into. Null when `end` is not after.
 */
export function nodesBetween(begin: AnyNode, end: AnyNode, deadline: Deadline): AnyNode[] | null {
  const endAncestors = new Set<AnyNode>();
  for (let a = end.parent; a; a = a.parent) endAncestors.add(a);
  const out: AnyNode[] = [];
  let n = nextAfter(begin);
  while (n && n !== end) {
    deadline.tick();
    if (endAncestors.has(n)) {
      n = (n as ParentNode).children[0] ?? nextAfter(n);
      continue;
    }
    out.push(n);
    n = nextAfter(n);
  }
  return n === end ? out : null;
}

/** Nodes after `node` (its subtree excluded) up to the end of `container`, as whole nodes. */
export function nodesAfterWithin(node: AnyNode, container: AnyNode, deadline: Deadline): AnyNode[] {
  const out: AnyNode[] = [];
  for (let n = nextAfter(node, container); n; n = nextAfter(n, container)) {
    deadline.tick();
    out.push(n);
  }
  return out;
}

/** Elements that end a line of text: what is beside a word is read within them. */
const LINE_BREAKERS = new Set([
  'p', 'div', 'section', 'article', 'center', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'figure', 'figcaption', 'header', 'footer', 'aside', 'main',
  'nav', 'dl', 'dt', 'dd', 'pre', 'hr', 'br', 'address', 'caption', 'body', 'html', 'img',
]);
/**
 * Up to `max` characters of the text right after `node` (`'after'`) or right before it (`'before'`)
 * in the same line: the walk stops at an element that ends a line (a paragraph, a cell, a `<br>`,
 * entering or leaving it), at a script or a style, and after `max` characters or 64 nodes. An
 * element `skip` names is passed over (what the page fills in beside a word, not the line's words).
 */
export function textBeside(node: AnyNode, side: 'before' | 'after', max: number, deadline: Deadline, skip: (e: Element) => boolean = () => false): string {
  const parts: string[] = [];
  let length = 0;
  let x: AnyNode | null = node;
  for (let steps = 0; x && length < max && steps < 64; steps++) {
    deadline.tick();
    // The next node on this side, leaving ancestors that do not end the line.
    let n: AnyNode | null = side === 'after' ? x.next : x.prev;
    while (!n) {
      x = x!.parent;
      if (!x || (isElement(x) && LINE_BREAKERS.has(x.name))) return side === 'after' ? parts.join('').slice(0, max) : parts.reverse().join('').slice(-max);
      n = side === 'after' ? x.next : x.prev;
    }
    if (isElement(n) && (LINE_BREAKERS.has(n.name) || n.type !== 'tag')) break;
    if (isElement(n) && skip(n)) x = n;
    else if (n.type === 'text') {
      parts.push((n as Text).data);
      length += (n as Text).data.length;
      x = n;
    } else if (hasChildren(n) && n.children.length) {
      // An inline element (a link, a span): its first (or last) characters come next.
      const text = side === 'after' ? textUpTo(n, max - length, deadline) : textUpTo(n, 256, deadline).slice(-(max - length));
      parts.push(text);
      length += text.length;
      x = n;
    } else x = n;
  }
  return side === 'after' ? parts.join('').slice(0, max) : parts.reverse().join('').slice(-max);
}
