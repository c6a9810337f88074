/**
 * Extension builds only: a browser tree copied into the domhandler nodes the engine walks, shaped
 * as parse5's htmlparser2 adapter shapes them (the reader copies the live page's parts with
 * `copyTree`; strings are parsed by the browser's DOMParser, see parse-dom.ts and cheerio-dom.ts).
 * Both parsers implement the WHATWG parsing algorithm, so the tree is the one parse5 builds. Two
 * spots differ from a `DOMParser` document and are mapped back: DOMParser parses with scripting
 * disabled, cheerio with scripting enabled, so a `<noscript>` holds its source as one text node
 * here; a `<template>`'s content becomes a child document node, as the adapter puts it.
 *
 * No cheerio here: the reader chunk, which has no use for cheerio's API (only the engine's generic
 * Readability fallback asks for it, and the extension leaves that out), carries none of it.
 */
import { Comment, Document, Element, ProcessingInstruction, Text, type AnyNode, type ParentNode } from 'domhandler';
import { ExtractError } from '../../article';
import { LIMITS } from '../../engine/limits';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * Bounds of the copy. Reading an element's attributes one by one is quadratic in the browser
 * (each Attr is looked up in a list), and no article element carries more than a few dozen; the
 * parts of a page the engine reads hold a few thousand nodes (a whole 2005 table page about
 * 6,000). Beyond these bounds, or past the deadline, the page is refused with the engine's own
 * error before more time is spent on it.
 */

/** A doctype as the page declared it, without its angle brackets: `!DOCTYPE html PUBLIC "…" "…"`. */
export function doctypeText(dt: DocumentType): string {
  let s = `!DOCTYPE ${dt.name}`;
  if (dt.publicId) s += ` PUBLIC "${dt.publicId}"`;
  else if (dt.systemId) s += ' SYSTEM';
  if (dt.systemId) s += ` "${dt.systemId}"`;
  return s;
}
export const MAX_ATTRIBUTES = 1_000;
export const MAX_NODES = 50_000;

let deadline = Infinity;

/** Runs `fn` with the copy bounded in time: past `budgetMs`, it throws ExtractError('timeout'). */
export function withDeadline<T>(budgetMs: number, fn: () => T): T {
  const before = deadline;
  deadline = performance.now() + budgetMs;
  try {
    return fn();
  } finally {
    deadline = before;
  }
}

/** Appends `child` to `parent` with the sibling links domhandler keeps. */
function append(parent: ParentNode, child: AnyNode): void {
  const prev = parent.children[parent.children.length - 1];
  if (prev) {
    prev.next = child;
    child.prev = prev;
  }
  parent.children.push(child);
  child.parent = parent;
}

/**
 * A domhandler element for `src`, whose local name and namespace the caller has read. In Firefox
 * every property read on a page node from a content script goes through a wrapper (Xray), so each
 * is read once: the attribute list and its length too.
 */
function element(src: globalThis.Element, name: string, ns: string | null): Element {
  const attrs = src.attributes;
  const n = attrs.length;
  if (n > MAX_ATTRIBUTES) {
    throw new ExtractError('too-complex', `an element carries ${n} attributes (the limit is ${MAX_ATTRIBUTES})`);
  }
  const attribs: Record<string, string> = Object.create(null);
  const namespaces: Record<string, string | null> = Object.create(null);
  const prefixes: Record<string, string | null> = Object.create(null);
  // An HTML parser gives the attributes of HTML elements no namespace and no prefix (only foreign
  // content, SVG and MathML, has xlink:href and the like): two lookups fewer per attribute.
  const foreign = ns !== HTML_NS;
  for (let i = 0; i < n; i++) {
    const a = attrs[i]!;
    const an = a.name;
    attribs[an] = a.value;
    namespaces[an] = foreign ? (a.namespaceURI ?? undefined!) : undefined!;
    prefixes[an] = foreign ? (a.prefix ?? undefined!) : undefined!;
  }
  const el = new Element(name, attribs, []);
  (el as Element & { namespace?: string }).namespace = ns ?? HTML_NS;
  (el as unknown as Record<string, unknown>)['x-attribsNamespace'] = namespaces;
  (el as unknown as Record<string, unknown>)['x-attribsPrefix'] = prefixes;
  return el;
}

/**
 * What to copy of a node under an element copied as a shell: `whole` (it and everything under
 * it), `shell` (the node alone, then those of its children the filter admits) or nothing.
 */
export type CopyFilter = (node: globalThis.Node) => 'whole' | 'shell' | null;

/**
 * Copies a browser DOM subtree into domhandler nodes under `root`; iterative (no recursion),
 * bounded in nodes (MAX_NODES), characters (the engine's input limit, counted over text and
 * attribute values) and the deadline. With `only`, the children of `from` and of every shell are
 * filtered by it.
 */
export function copyTree(from: globalThis.Node | readonly globalThis.Node[], root: ParentNode, only?: CopyFilter): void {
  const stack: Array<[globalThis.Node, ParentNode, boolean]> = [];
  const filtered = only !== undefined;
  const children = (src: globalThis.Node, parent: ParentNode, filter: boolean) => {
    for (let c = src.lastChild; c; c = c.previousSibling) {
      if (!filter) stack.push([c, parent, false]);
      else {
        const what = only!(c);
        if (what) stack.push([c, parent, what === 'shell']);
      }
    }
  };
  if (Array.isArray(from)) for (let i = from.length - 1; i >= 0; i--) stack.push([from[i]!, root, false]);
  else children(from as globalThis.Node, root, filtered);
  let count = 0;
  let chars = 0;
  const tooLong = () => new ExtractError('too-large', `the page has more than ${LIMITS.maxInputChars.toLocaleString('en-US')} characters where the article is`);
  while (stack.length) {
    const [node, parent, shell] = stack.pop()!;
    if (++count > MAX_NODES) throw new ExtractError('too-large', `the page has more than ${MAX_NODES} nodes`);
    if ((count & 1023) === 0 && performance.now() > deadline) throw new ExtractError('timeout', 'reading the page took longer than its time budget');
    switch (node.nodeType) {
      case 1: {
        const src = node as globalThis.Element;
        const name = src.localName;
        const ns = src.namespaceURI;
        const el = element(src, name, ns);
        for (const k in el.attribs) chars += el.attribs[k]!.length;
        if (chars > LIMITS.maxInputChars) throw tooLong();
        append(parent, el);
        if (name === 'noscript' && ns === HTML_NS) {
          // Scripting enabled (cheerio's default): the content is raw text, not markup.
          const raw = (src as HTMLElement).innerHTML;
          chars += raw.length;
          if (chars > LIMITS.maxInputChars) throw tooLong();
          if (raw) append(el, new Text(raw));
          break;
        }
        if (name === 'template' && 'content' in src) {
          const content = new Document([]);
          append(el, content);
          children((src as HTMLTemplateElement).content, content, false);
          break;
        }
        children(src, el, shell);
        break;
      }
      case 3:
      case 4:
      case 8: {
        const data = (node as CharacterData).data;
        chars += data.length;
        if (chars > LIMITS.maxInputChars) throw tooLong();
        append(parent, node.nodeType === 8 ? new Comment(data) : new Text(data));
        break;
      }
      case 10: {
        const dt = node as DocumentType;
        const pi = new ProcessingInstruction('!doctype', doctypeText(dt));
        Object.assign(pi, { 'x-name': dt.name, 'x-publicId': dt.publicId || null, 'x-systemId': dt.systemId || null });
        append(parent, pi);
        break;
      }
      default:
        break;
    }
  }
}

/** A browser document as a domhandler Document. */
export function fromBrowserDocument(doc: globalThis.Document): Document {
  const root = new Document([]);
  copyTree(doc, root);
  return root;
}

let parser: DOMParser | null = null;

/** An HTML document parsed by the browser's DOMParser, as a domhandler Document (bounded, see copyTree). */
export function parseWithBrowser(html: string): Document {
  parser ??= new DOMParser();
  return fromBrowserDocument(parser.parseFromString(html, 'text/html'));
}

/**
 * A fragment of HTML parsed by the browser's DOMParser (in a document's body, as a fragment in
 * body context parses), its nodes under a domhandler root; bounded as copyTree is. Elements the
 * parser files into the head (a leading <title> or <meta>) come first, as they stood in the text.
 */
export function parseFragmentWithBrowser(html: string): Document {
  parser ??= new DOMParser();
  const doc = parser.parseFromString(html, 'text/html');
  const nodes: globalThis.Node[] = [];
  // Document order, without the html, head and body elements the parser adds around a fragment.
  for (let n = doc.firstChild; n; n = n.nextSibling) {
    if (n !== doc.documentElement) {
      if (n.nodeType !== 10) nodes.push(n);
      continue;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c === doc.head || c === doc.body) for (let g = c.firstChild; g; g = g.nextSibling) nodes.push(g);
      else nodes.push(c);
    }
  }
  const root = new Document([]);
  copyTree(nodes, root);
  return root;
}
