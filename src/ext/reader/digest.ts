/**
 * The part of a live page the engine needs, as HTML: the head's title and metas, each page
 * family's title, date/source and body elements (whole), the paragraphs a stray closing tag pushed
 * out of the body, and every comment (marker regions and the comments the engine reads), all in
 * their places inside a skeleton of their ancestors (tag and attributes only). On Sina's 2017+
 * pages that is about a tenth of the page: the engine parses and walks that instead of navigation,
 * sidebars, comments and footers. Pages in the 2004-2006 table layout are small and read whole.
 *
 * Built with the browser's own serialiser (outerHTML), so what the page shows is what the engine
 * reads; nothing is copied from the page into the extension except as text for the engine.
 */
import { ExtractError } from '../../article';
import { Document as DomhandlerDocument } from 'domhandler';
import { copyTree, doctypeText, MAX_NODES } from '../engine-shims/browser-tree';
import { PAGE_FAMILIES, PAGE_WIDE_PARTS } from '../page-parts';

const KEEP = [...PAGE_WIDE_PARTS, ...PAGE_FAMILIES.flatMap((f) => [f.title, f.body, ...f.parts])].join(', ');
const BODIES = PAGE_FAMILIES.filter((f) => !f.whole).map((f) => f.body).join(', ');
const WHOLE = PAGE_FAMILIES.filter((f) => f.whole).map((f) => f.body).join(', ');
/** Elements a parser re-opens after a misnested closing tag inside the body (src/engine/extract.ts adopts them back). */
const STRAY = new Set(['p', 'font', 'b', 'strong', 'span', 'em', 'i', 'u']);

/** `<!DOCTYPE …>` as the page declared it (it decides quirks mode, and so how tables parse), or ''. */
export function doctypeOf(doc: Document): string {
  return doc.doctype ? `<${doctypeText(doc.doctype)}>` : '';
}

/** The start tag of an element with its attributes, as the browser serialises it. */
function startTag(el: Element): string {
  const s = (el.cloneNode(false) as Element).outerHTML;
  const end = `</${el.localName}>`;
  return s.endsWith(end) ? s.slice(0, s.length - end.length) : s;
}

export interface Digest {
  html: string;
  /** 'parts' when only the parts were kept, 'whole' for the whole document. */
  kind: 'parts' | 'whole';
}

/**
 * Refuses a page whose parts hold more elements than the engine's copy of the tree would take
 * (MAX_NODES nodes), before anything is serialised or parsed: counting is native and cheap, the
 * serialising and parsing a copy of such a page is not, and in Firefox a tab's work holds up the
 * other tabs of the same site.
 */
function bounded(elements: number): void {
  if (elements > MAX_NODES) throw new ExtractError('too-large', `the page has more than ${MAX_NODES} elements where the article is`);
}

/** The nodes the engine reads of a page: its parts and their ancestors, or the whole document. */
type Parts = { kind: 'whole' } | { kind: 'parts'; keep: Set<Node>; ancestors: Set<Node> };

function pageParts(doc: Document): Parts {
  const whole = (): Parts => {
    bounded(doc.getElementsByTagName('*').length);
    return { kind: 'whole' };
  };
  const body = doc.querySelector(BODIES);
  if (!body || doc.querySelector(WHOLE)) return whole();

  const keep = new Set<Node>(doc.querySelectorAll(KEEP));
  for (const b of doc.querySelectorAll(BODIES)) {
    for (let n = b.nextSibling; n; n = n.nextSibling) {
      if (n.nodeType === 8 || (n.nodeType === 3 && !/\S/.test((n as Text).data))) continue;
      if (n.nodeType !== 1 || !STRAY.has((n as Element).localName)) break;
      keep.add(n);
    }
  }
  let elements = 0;
  for (const k of keep) if (k.nodeType === 1) elements += 1 + (k as Element).getElementsByTagName('*').length;
  bounded(elements);
  const walker = doc.createTreeWalker(doc.documentElement, 128 /* NodeFilter.SHOW_COMMENT */);
  for (let c = walker.nextNode(); c; c = walker.nextNode()) keep.add(c);

  const ancestors = new Set<Node>();
  for (const k of keep) {
    for (let p = k.parentNode; p && p !== doc && !ancestors.has(p); p = p.parentNode) ancestors.add(p);
  }
  return { kind: 'parts', keep, ancestors };
}

/** The HTML the engine reads for `doc`: its parts, or the whole document (table layouts, unknown layouts). */
export function pageDigest(doc: Document): Digest {
  const root = doc.documentElement;
  const parts = pageParts(doc);
  if (parts.kind === 'whole') return { html: doctypeOf(doc) + root.outerHTML, kind: 'whole' };
  const { keep, ancestors } = parts;
  // Iterative walk over the skeleton: kept nodes whole, their ancestors as bare start/end tags.
  const out: string[] = [doctypeOf(doc)];
  const stack: Array<Node | string> = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (keep.has(item)) {
      out.push(item.nodeType === 8 ? `<!--${(item as Comment).data}-->` : (item as Element).outerHTML);
      continue;
    }
    const el = item as Element;
    out.push(startTag(el));
    stack.push(`</${el.localName}>`);
    for (let c = el.lastChild; c; c = c.previousSibling) if (keep.has(c) || ancestors.has(c)) stack.push(c);
  }
  return { html: out.join(''), kind: 'parts' };
}

export interface DigestTree {
  tree: DomhandlerDocument;
  kind: Digest['kind'];
}

/**
 * The same digest as a tree, copied straight from the live page into the domhandler nodes the
 * engine walks (src/engine/extract.ts `extractTree`): no serialising, no second parse, no scan of
 * markup. The tree is the one the browser's parser builds from `pageDigest(doc).html` (the
 * document's head and body are always there, as a parser makes them); the copy is bounded in
 * nodes, characters and time (src/ext/engine-shims/browser-tree.ts).
 */
export function pageTree(doc: Document): DigestTree {
  const tree = new DomhandlerDocument([]);
  const root = doc.documentElement;
  const parts = pageParts(doc);
  const top = (n: Node) => (n === root || n === doc.doctype ? 'whole' : null);
  if (parts.kind === 'whole') {
    copyTree(doc, tree, top);
    return { tree, kind: 'whole' };
  }
  const { keep, ancestors } = parts;
  for (const implied of [doc.head, doc.body]) if (implied?.parentNode === root) ancestors.add(implied);
  const doctype = doc.doctype;
  copyTree(doc, tree, (n) => (keep.has(n) ? 'whole' : ancestors.has(n) ? 'shell' : n === doctype ? 'whole' : null));
  return { tree, kind: 'parts' };
}
