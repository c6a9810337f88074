/**
 * The parse stage: the tree a browser builds (the HTML standard's algorithm, with its repairs of
 * broken markup), as domhandler nodes that cheerio wraps. Well-formed markup takes the fast path
 * (./fast-parse: htmlparser2's tokenizer and a tree builder proven equal to parse5 on what it
 * accepts); the rest is parsed by parse5. The time budget and the bounds are checked while either
 * works, and the tree is built like Chromium's: elements deeper than LIMITS.domDepth are attached
 * at that level instead of nesting further (parse5's tree adapter; the fast path leaves such pages
 * to parse5).
 */
import { Parser, Token, type TreeAdapter, type TreeAdapterTypeMap } from 'parse5';
import { Comment, Document, Element, ProcessingInstruction, Text, isComment, isDirective, isTag, isText, type AnyNode, type ParentNode } from 'domhandler';
import { ExtractError } from '../article';
import type { Ctx } from './context';
import { newAttribs } from './attribs';
import { LIMITS } from './limits';
import { recordScan, scan, type ScanResult } from './scan';
import { fastParse, GiveUp } from './fast-parse';

export { splitFrontMatter, type SplitInput } from './front-matter';
export { GiveUp } from './fast-parse';

type Map = TreeAdapterTypeMap<AnyNode, ParentNode, AnyNode, Document, Document, Element, Comment, Text, Element, ProcessingInstruction>;

/** Position of `node` among its parent's children, looked for from the end (where the parser works). */
function indexIn(parent: ParentNode, node: AnyNode): number {
  return parent.children.lastIndexOf(node as never);
}

function link(parent: ParentNode, node: AnyNode, at: number): void {
  const kids = parent.children as AnyNode[];
  // (kids[-1] would be a named-property lookup, many times slower than a bounds check.)
  const prev = at > 0 ? kids[at - 1]! : null;
  const next = at < kids.length ? kids[at]! : null;
  node.prev = prev;
  node.next = next;
  if (prev) prev.next = node;
  if (next) next.prev = node;
  if (at === kids.length) kids.push(node);
  else kids.splice(at, 0, node);
  node.parent = parent;
}

function detach(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const at = indexIn(parent, node);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.prev = null;
  node.next = null;
  if (at >= 0) (parent.children as AnyNode[]).splice(at, 1);
  node.parent = null;
}

interface DepthProbe {
  /** Index of the parser's current node on its stack of open elements (-1 when empty). */
  stackTop(): number;
  /** Called for every element the parser creates. */
  element(): void;
  /** Called for every comment the parser creates. */
  comment(): void;
}

/**
 * A parse5 tree adapter for domhandler nodes (what cheerio works on). Child lookups search from
 * the end, where the parser inserts, so foster parenting into a wide table stays linear. Elements
 * and comments the parser inserts while its stack of open elements is LIMITS.domDepth deep are
 * attached to their parent's parent, as Chromium does (its AttachLater; text goes into the current
 * element, also as in Chromium), so no walk over the tree ever goes deeper than that, and a comment
 * after deep elements stays after them in the tree.
 */
function treeAdapter(probe: DepthProbe): TreeAdapter<Map> {
  const capped = (parent: ParentNode): ParentNode => (probe.stackTop() + 1 >= LIMITS.domDepth && parent.parent ? parent.parent : parent);
  const adapter: TreeAdapter<Map> = {
    isCommentNode: (n): n is Comment => isComment(n),
    isElementNode: (n): n is Element => isTag(n),
    isTextNode: (n): n is Text => isText(n),
    isDocumentTypeNode: (n): n is ProcessingInstruction => isDirective(n) && n.name === '!doctype',
    createDocument: () => {
      const d = new Document([]);
      (d as unknown as Record<string, unknown>)['x-mode'] = 'no-quirks';
      return d;
    },
    createDocumentFragment: () => new Document([]),
    createElement(tagName, namespaceURI, attrs) {
      probe.element();
      const attribs = newAttribs();
      for (let i = 0; i < attrs.length; i++) {
        const a = attrs[i]!;
        attribs[a.prefix ? `${a.prefix}:${a.name}` : a.name] = a.value;
      }
      const el = new Element(tagName, attribs, []);
      el.namespace = namespaceURI;
      return el;
    },
    createCommentNode: (data) => {
      probe.comment();
      return new Comment(data);
    },
    createTextNode: (value) => new Text(value),
    appendChild(parent, node) {
      const p = capped(parent);
      link(p, node, p.children.length);
    },
    insertBefore(parent, node, ref) {
      const at = indexIn(parent, ref);
      if (at < 0) link(parent, node, parent.children.length);
      else link(parent, node, at);
    },
    setTemplateContent(template, content) {
      link(template, content, template.children.length);
    },
    getTemplateContent: (template) => template.children[0] as unknown as Document,
    setDocumentType(document, name, publicId, systemId) {
      let data = `!DOCTYPE ${name}`;
      if (publicId) data += ` PUBLIC "${publicId}"`;
      else if (systemId) data += ' SYSTEM';
      if (systemId) data += ` "${systemId}"`;
      let node = document.children.find((n) => isDirective(n) && n.name === '!doctype') as ProcessingInstruction | undefined;
      if (node) node.data = data;
      else link(document, (node = new ProcessingInstruction('!doctype', data)), document.children.length);
      // What cheerio's serializer reads back.
      Object.assign(node, { 'x-name': name, 'x-publicId': publicId, 'x-systemId': systemId });
    },
    setDocumentMode(document, mode) {
      (document as unknown as Record<string, unknown>)['x-mode'] = mode;
    },
    getDocumentMode: (document) => (document as unknown as Record<string, never>)['x-mode'] as never,
    detachNode: (node) => detach(node),
    insertText(parent, text) {
      const n = parent.children.length;
      const last = n ? parent.children[n - 1] : undefined;
      if (last && isText(last)) last.data += text;
      else link(parent, new Text(text), parent.children.length);
    },
    insertTextBefore(parent, text, ref) {
      const at = indexIn(parent, ref);
      const prev = at > 0 ? parent.children[at - 1] : undefined;
      if (prev && isText(prev)) prev.data += text;
      else link(parent, new Text(text), at < 0 ? parent.children.length : at);
    },
    adoptAttributes(recipient, attrs) {
      for (const a of attrs) if (recipient.attribs[a.name] === undefined) recipient.attribs[a.name] = a.value;
    },
    getFirstChild: (node) => node.children[0] ?? null,
    getChildNodes: (node) => node.children,
    getParentNode: (node) => node.parent,
    getAttrList: (el) => Object.entries(el.attribs).map(([name, value]) => ({ name, value })),
    getTagName: (el) => el.name,
    getNamespaceURI: (el) => el.namespace as never,
    getTextNodeContent: (t) => t.data,
    getCommentNodeContent: (c) => c.data,
    getDocumentTypeNodeName: (d) => d.data?.replace(/^!DOCTYPE\s*/i, '').split(/\s/)[0] ?? '',
    getDocumentTypeNodePublicId: () => '',
    getDocumentTypeNodeSystemId: () => '',
    setNodeSourceCodeLocation: () => undefined,
    getNodeSourceCodeLocation: () => undefined,
    updateNodeSourceCodeLocation: () => undefined,
  };
  return adapter;
}

type Handler = (token: unknown) => void;

interface TokenizerInternals {
  write(chunk: string, isLast: boolean): void;
  /** Hands on the text read so far in the current run of characters (what parse5's streaming does between chunks). */
  flushCurrentCharacterToken(): void;
  preprocessor: { html: string };
  currentToken: { type: Token.TokenType; tagName?: string } | null;
  _createAttr(firstChar: string): void;
  _startCharacterReference(): void;
}

interface ParserInternals {
  tokenizer: TokenizerInternals;
  openElements: { stackTop: number };
  document: Document;
  onItemPush(node: unknown, tid: unknown, isTop: unknown): void;
}

/** The parser's token handlers (each takes the one token), which now first tick the time budget. */
const MARKUP_HANDLERS = ['onEndTag', 'onComment', 'onDoctype'] as const;
const TEXT_HANDLERS = ['onCharacter', 'onNullCharacter', 'onWhitespaceCharacter'] as const;
/** Start tags that make the input a whole document rather than a fragment. */
const DOCUMENT_TAGS = new Set(['html', 'head', 'body', 'title']);
const fmt = (n: number) => n.toLocaleString('en-US');

/** How the fast path sets what parse5 sets through the adapter (the doctype node, the document's mode). */
const DOCUMENT_HOOKS = (() => {
  const adapter = treeAdapter({ stackTop: () => 0, element() {}, comment() {} });
  return {
    setDocumentType: (doc: Document, name: string, publicId: string, systemId: string) => adapter.setDocumentType(doc, name, publicId, systemId),
    setDocumentMode: (doc: Document, mode: string) => adapter.setDocumentMode(doc, mode as never),
  };
})();

let fastPath = true;

/**
 * Inputs longer than this are handed to parse5 in pieces of this size, with a look at the budget
 * between two: a run of characters (a long text without whitespace, such as Chinese prose) is one
 * token to parse5, read at about 170 ns a character with no tick inside.
 */
export const PARSE5_PIECE = 256 * 1024;

/** Whether `html` holds more than `max` '<'. Stops counting there: 30 M of them took 0.8 s to count. */
function moreLessThan(html: string, max: number): boolean {
  let n = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) if (++n > max) return true;
  return false;
}

/** Turns the fast path off (every page then goes to parse5) or back on; for the benchmark's comparisons. */
export function useFastParse(on: boolean): void {
  fastPath = on;
}

/**
 * Parses HTML as a browser would. Most pages take the fast path (./fast-parse: htmlparser2's
 * tokenizer and a tree builder that gives up on anything whose repair it does not model, proven
 * equal to parse5's tree); the rest, and every page the fast path gives up on, are parsed by
 * parse5. Either way the scan's answers are recorded for the document (`scanOf`).
 */
export function parseHtml(html: string, ctx: Ctx): Document {
  // An input with more '<' than the element bound allows may be refused before any tree is built:
  // the linear tokenizer scan answers in a fraction of the time either parser would take to get
  // there (a 2,000,000-element page: 70 ms against seconds).
  if (html.length > 2 * LIMITS.maxElements && moreLessThan(html, LIMITS.maxElements)) scan(html, ctx);
  if (!fastPath) return parseWithParse5(html, ctx);
  const fast = parseFast(html, ctx);
  return fast instanceof GiveUp ? parseWithParse5(html, ctx) : fast;
}

/** The fast path alone: the document, or why it gave up (then nothing is recorded). */
export function parseFast(html: string, ctx: Ctx): Document | GiveUp {
  const found: ScanResult = { elements: 0, hasMarkup: false, documentTags: false };
  const doc = fastParse(html, ctx, DOCUMENT_HOOKS, found);
  if (!(doc instanceof GiveUp)) recordScan(doc, found);
  return doc;
}

/**
 * Hands `html` to parse5's tokenizer in pieces, looking at the budget between two. After each piece
 * the text read so far is handed on (parse5's own streaming step, `flushCurrentCharacterToken`), so
 * the tokenizer drops what it has parsed and its buffer stays one piece long; the tree is the same
 * as from one write (test/unit/engine/parse-scan.test.ts compares them on every fixture with small
 * pieces). A token still open at the end of a piece (a long comment, tag or attribute value) keeps
 * the buffer: the next piece is then as long as the buffer, so the copying stays linear.
 */
function feed(tokenizer: TokenizerInternals, html: string, piece: number, ctx: Ctx): void {
  let size = piece;
  for (let at = 0; at < html.length; ) {
    const end = Math.min(html.length, at + size);
    const last = end === html.length;
    tokenizer.write(html.slice(at, end), last);
    at = end;
    if (last) break;
    tokenizer.flushCurrentCharacterToken();
    ctx.deadline.check();
    size = Math.max(piece, tokenizer.preprocessor.html.length);
  }
}

/**
 * Parses HTML with parse5 (the browsers' algorithm). An input longer than `piece` is handed to it in
 * pieces (`feed`), with a look at the budget between two; it is also interrupted from the inside: every token it handles ticks the time budget, and every element it opens checks the
 * depth of its stack of open elements, so a page nested deeper than LIMITS.maxNesting is refused
 * as soon as it gets there (the parser's scope checks are linear in that depth, so going on would
 * make parsing quadratic). Every element and comment it creates is counted (LIMITS.maxNodes) and
 * ticks the budget, so error recovery that re-creates elements cannot grow the tree or the time
 * unseen. What a single token costs is linear in its length. The start tags the tokenizer reads
 * are counted (LIMITS.maxElements), and so are the attributes of each, duplicates included, as the
 * tokenizer reads them (LIMITS.maxAttributes: a flood is refused at its 513th attribute, not after
 * the whole tag). The same handlers answer what the engine asks of the input before reading it
 * (plain text or markup, document or fragment: `scanOf` in ./scan).
 */
export function parseWithParse5(html: string, ctx: Ctx, piece: number = PARSE5_PIECE): Document {
  let parser: ParserInternals | null = null;
  const { deadline } = ctx;
  let elements = 0;
  let comments = 0;
  const found: ScanResult = { elements: 0, hasMarkup: false, documentTags: false };
  const tooMany = (what: string) => new ExtractError('too-complex', `the page has more than ${fmt(LIMITS.maxNodes)} ${what}`);
  const probe: DepthProbe = {
    stackTop: () => parser?.openElements.stackTop ?? -1,
    // Counted as the parser creates them: the elements its error recovery re-opens (one unclosed
    // formatting element is re-created in every later paragraph) are elements of the tree all the same.
    element() {
      deadline.tick();
      if (++elements > LIMITS.maxNodes) throw tooMany('elements');
    },
    comment() {
      deadline.tick();
      if (++comments > LIMITS.maxNodes) throw tooMany('comments');
    },
  };
  parser = new Parser({ treeAdapter: treeAdapter(probe), scriptingEnabled: true }) as unknown as ParserInternals;
  const p = parser as unknown as Record<(typeof MARKUP_HANDLERS)[number] | (typeof TEXT_HANDLERS)[number] | 'onStartTag', Handler> & ParserInternals;
  // Wrappers of the parser's own arity (one token), not rest parameters: they run for every token.
  for (const name of TEXT_HANDLERS) {
    const handle = p[name].bind(p);
    p[name] = (token) => {
      deadline.tick();
      handle(token);
    };
  }
  for (const name of MARKUP_HANDLERS) {
    const handle = p[name].bind(p);
    p[name] = (token) => {
      deadline.tick();
      found.hasMarkup = true;
      handle(token);
    };
  }
  const start = p.onStartTag.bind(p);
  p.onStartTag = (token) => {
    deadline.tick();
    found.hasMarkup = true;
    if (++found.elements > LIMITS.maxElements) {
      throw new ExtractError('too-complex', `the page has more than ${fmt(LIMITS.maxElements)} elements`);
    }
    const name = (token as { tagName: string }).tagName;
    if (!found.documentTags && name.length <= 5 && DOCUMENT_TAGS.has(name)) found.documentTags = true;
    start(token);
  };
  // The attribute cap, counted as the tokenizer creates each attribute of a start tag (a repeated
  // name counts: the tokenizer still reads it).
  const tokenizer = parser.tokenizer;
  const createAttr = tokenizer._createAttr.bind(tokenizer);
  let attributes = 0;
  let attributesOf: object | null = null;
  tokenizer._createAttr = (firstChar) => {
    const token = tokenizer.currentToken;
    if (token && token.type === Token.TokenType.START_TAG) {
      if (token !== attributesOf) {
        attributesOf = token;
        attributes = 0;
      }
      if (++attributes > LIMITS.maxAttributes) {
        throw new ExtractError('too-complex', `an element (<${(token.tagName ?? '').slice(0, 20)}>) has more than ${fmt(LIMITS.maxAttributes)} attributes`);
      }
    }
    createAttr(firstChar);
  };
  // A run of character references inside one text or attribute value is a single token: each
  // reference (a `&`, whether or not it starts one) ticks the budget as the tokenizer starts it.
  const startReference = tokenizer._startCharacterReference.bind(tokenizer);
  tokenizer._startCharacterReference = () => {
    deadline.tick();
    startReference();
  };
  const push = p.onItemPush.bind(p);
  const open = p.openElements;
  p.onItemPush = (node, tid, isTop) => {
    push(node, tid, isTop);
    if (open.stackTop > LIMITS.maxNesting) {
      throw new ExtractError('too-complex', `the page nests elements more than ${fmt(LIMITS.maxNesting)} levels deep`);
    }
  };
  if (html.length <= piece) tokenizer.write(html, true);
  else feed(tokenizer, html, piece, ctx);
  deadline.check();
  recordScan(parser.document, found);
  return parser.document;
}
