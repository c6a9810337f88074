/**
 * The parse stage's fast path: a tokenizer driving a tree builder that follows the HTML standard's
 * tree construction only where the standard's result is certain from what has been seen so far,
 * and gives up on everything else.
 * The tokenizer is the engine's own (./tokenize: it makes htmlparser2's tokenizer's calls, found by
 * searching for each token's end instead of a state machine step per character) on inputs up to
 * SELF_DECODE_MAX characters; where it gives up, and on longer inputs, htmlparser2's (about three
 * times faster than parse5's), and the builder starts again on it.
 * The tokenizer runs without reading character references (a text is one scan to the next `<`, an
 * attribute value one scan to its quote); the builder decodes them with the tokenizer's own decoder,
 * started at each `&` on the whole input as the tokenizer would start it (`decode`).
 *
 * The builder keeps the standard's stack of open elements, its list of active formatting elements
 * (with markers) and its insertion modes (initial through after after body, text, in table, in
 * table body, in row, in cell), and applies their rules for the markup well-formed pages are made
 * of: implied html/head/body, head content after </head>, implied end tags (a paragraph closed by
 * a block, a list item by the next one, a cell by the next cell or row), implied tbody and tr,
 * elements closed by an end tag of an ancestor that is in scope, formatting elements re-created
 * after the element that closed them (reconstruction, Noah's ark), content after </body>. It gives
 * up (returns a GiveUp, and the caller parses with parse5) whenever the standard would do
 * something it does not model:
 *
 * - the adoption agency algorithm with a "furthest block" (a formatting element closed by its end
 *   tag while a block opened inside it is still open: <b><p>x</b>), or an <a> opened while an
 *   older one cannot simply be closed; formatting elements closed by other end tags are re-created
 *   as the standard reconstructs them (<p><b>x</p>y: y gets a new <b>);
 * - table content would be foster-parented (text other than whitespace, or any element but the
 *   table's own structure, script and style, directly in a table, tbody or tr), or a table part
 *   arrives where the standard ignores it (or, as col and colgroup in a cell, would close the cell);
 * - </p> or </br> in a table (they insert an element there), </body> in a cell;
 * - a doctype anywhere but first, a bogus comment, CDATA, a processing instruction, a comment
 *   ended by --!>;
 * - foreign content (svg, math), template, option outside a select, ruby parts, frameset,
 *   plaintext, image, caption and colgroup, a select inside table parts other than a cell;
 * - input the two tokenizers could read differently: a NUL character, a tag name other than ASCII
 *   letters, digits and `:_.-`, an attribute name starting with `=`, an end tag with attributes, a
 *   gap between tokens or `</` in text (markup htmlparser2 skipped or cut, as `</>` or a tag cut
 *   off by the end of the input), a script holding `<!--` and `<script` (the standard's escaped
 *   script states), a raw-text element holding its own end tag's start, a self-closed raw-text
 *   element, a character reference in a textarea or after a `<` in a title;
 * - nesting deeper than the engine's depth cap's neighbourhood (elements there are attached at the
 *   cap, which parse5's adapter does; parse5 also refuses nesting past LIMITS.maxNesting).
 *
 * The bounds it meets itself, with parse5's errors: start tags (LIMITS.maxElements), elements and
 * comments created (LIMITS.maxNodes) and attributes of a start tag (LIMITS.maxAttributes). Up to the
 * token where it stops, its tokens and tree are parse5's (it would have given up otherwise), so
 * parse5 would have refused the same input at the same token with the same message.
 *
 * Whatever it accepts must equal parse5's tree: test/unit/engine/fast-parse*.test.ts compare the
 * two, node for node, on every fixture, hand-made cases of each rule, the adversarial and extreme
 * generators, random tag trees and token soup, and the mutation fuzzer's mutants.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { parse as parse5Parse } from 'parse5';
import { Comment, Document, Element, Text, type AnyNode, type ParentNode } from 'domhandler';
import { ExtractError } from '../article';
import type { Ctx } from './context';
import { newAttribs } from './attribs';
import { LIMITS } from './limits';
import type { ScanResult } from './scan';
import { OwnTokenizer } from './tokenize';
import { sharedName } from './names';

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** htmlparser2's character reference decoder (entities' EntityDecoder), as the tokenizer holds it. */
interface EntityDecoder {
  decodeTree: unknown;
  startEntity(mode: number): void;
  /** Characters read from `offset - 1` (the `&`), 0 when it is no reference, -1 when the input ended inside it. */
  write(input: string, offset: number): number;
  end(): number;
}
/**
 * Inputs up to this many characters have their character references decoded by the builder, with
 * the tokenizer scanning texts and attribute values whole; longer ones by the tokenizer, which
 * stops at each `&` (and ticks the budget there): a 60 MB value of `&amp;` is not read in one
 * uninterrupted scan (up to a second on a loaded machine). Whole pages are well under it.
 */
export const SELF_DECODE_MAX = 4 * 1024 * 1024;
/** Over SELF_DECODE_MAX, the input is written to htmlparser2's tokenizer in pieces of this many characters. */
export const TOKENIZER_PIECE = 256 * 1024;
/** entities' DecodingMode: in text (legacy names without `;` allowed), in an attribute value. */
const LEGACY = 0;
const ATTRIBUTE = 2;

let sharedDecoder: EntityDecoder | null = null;
/** htmlparser2's own character reference decoder (its class and table), from a tokenizer of its own. */
function htmlparser2Decoder(): EntityDecoder {
  sharedDecoder ??= (new Tokenizer({}, {} as TokenizerCallbacks) as unknown as { entityDecoder: EntityDecoder }).entityDecoder;
  return sharedDecoder;
}

/** Why the fast path gave up (for the benchmark's statistics), or null when it did not. */
export class GiveUp {
  constructor(readonly why: string) {}
}

const enum Mode {
  Initial,
  BeforeHtml,
  BeforeHead,
  InHead,
  AfterHead,
  InBody,
  Text,
  InTable,
  InTableBody,
  InRow,
  InCell,
  InSelect,
  AfterBody,
  AfterAfterBody,
}

const set = (s: string) => new Set(s.split(' '));
const VOID_IN_HEAD = set('base basefont bgsound link meta');
const RAW_IN_HEAD = set('noframes style script title noscript');
const CLOSES_P = set('address article aside blockquote center details dialog dir div dl fieldset figcaption figure footer header hgroup main menu nav ol p search section summary ul');
const HEADINGS = set('h1 h2 h3 h4 h5 h6');
const FORMATTING = set('a b big code em font i nobr s small strike strong tt u');
const VOID_IN_BODY = set('area br embed img keygen wbr input param source track');
const MARKER_ELEMENTS = set('applet marquee object');
const RAW_IN_BODY = set('xmp iframe noembed noscript textarea');
/** Start tags the builder does not model in body. */
const UNMODELLED = set(
  'frameset plaintext image option optgroup rb rp rt rtc math svg template menuitem',
);
/** The end tags "in body" closes by scope (the standard's list, plus the ones it treats alike). */
const BLOCK_END = set(
  'address article aside blockquote button center details dialog dir div dl fieldset figcaption figure footer header hgroup listing main menu nav ol pre search section summary ul',
);
/** The special elements as parse5 has them (the standard's list without search and keygen). */
const SPECIAL = set(
  'address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input li link listing main marquee menu meta nav noembed noframes noscript object ol p param plaintext pre script section select source style summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp',
);
const SCOPE = set('applet caption html table td th marquee object template');
const TABLE_SCOPE = set('html table template');
const TABLE_SECTIONS = set('tbody tfoot thead');
const IMPLIED_END = set('dd dt li optgroup option p rb rp rt rtc');
const TABLE_PARTS = set('caption table tbody tfoot thead tr td th');
/** What the raw-text elements' end sequences are, for htmlparser2's tokenizer (which knows script, style, title, textarea and xmp). */
const EXTRA_RAW = new Map(['noscript', 'iframe', 'noembed', 'noframes'].map((n) => [n, new Uint8Array([...`</${n}`].map((c) => c.charCodeAt(0)))]));
/** What a start tag does in body (one lookup per tag). */
const enum Start {
  Ordinary,
  Html,
  Body,
  Head,
  Select,
  VoidInHead,
  RawInHead,
  Unmodelled,
  ClosesP,
  Heading,
  Pre,
  Form,
  ListItem,
  Button,
  Formatting,
  Marker,
  Table,
  VoidInBody,
  Hr,
  RawInBody,
}
const BODY_START = new Map<string, Start>();
{
  const put = (names: Iterable<string>, kind: Start) => {
    for (const n of names) if (!BODY_START.has(n)) BODY_START.set(n, kind);
  };
  put(['html'], Start.Html);
  put(['body'], Start.Body);
  // Ignored in body: head, and table parts outside a table.
  put(['head', 'caption', 'col', 'colgroup', 'frame', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr'], Start.Head);
  put(['select'], Start.Select);
  put(VOID_IN_HEAD, Start.VoidInHead);
  put(['style', 'script', 'title', 'noframes'], Start.RawInHead);
  put(UNMODELLED, Start.Unmodelled);
  put(CLOSES_P, Start.ClosesP);
  put(HEADINGS, Start.Heading);
  put(['pre', 'listing'], Start.Pre);
  put(['form'], Start.Form);
  put(['li', 'dd', 'dt'], Start.ListItem);
  put(['button'], Start.Button);
  put(FORMATTING, Start.Formatting);
  put(MARKER_ELEMENTS, Start.Marker);
  put(['table'], Start.Table);
  put(VOID_IN_BODY, Start.VoidInBody);
  put(['hr'], Start.Hr);
  put(RAW_IN_BODY, Start.RawInBody);
}
/** Tag and attribute names both tokenizers read alike, checked as written (before lower-casing). */
const NAME_OK = /^[a-z][a-z0-9:_.-]*$/i;
/** Head content that goes into the head when it comes after </head> (no noscript). */
const HEAD_AFTER_HEAD = set('base basefont bgsound link meta noframes style script title');

/**
 * Whether `text` holds `opener` + `name` (a lower-case ASCII name) in any ASCII case, as a
 * case-insensitive regular expression without the u flag matches it (no other character folds to
 * an ASCII letter there). `</name` of a raw-text element inside its text means the two tokenizers
 * may part; `<script` after `<!--` in a script is the standard's escaped script.
 */
function holdsTag(text: string, opener: string, name: string): boolean {
  const len = name.length;
  for (let at = text.indexOf(opener); at >= 0; at = text.indexOf(opener, at + 1)) {
    let i = 0;
    const from = at + opener.length;
    while (i < len && (text.charCodeAt(from + i) | 0x20) === name.charCodeAt(i)) i++;
    if (i === len) return true;
  }
  return false;
}
/** What parse5 reads from a doctype (name, ids, document mode), by its text. */
const DOCTYPES = new Map<string, { name: string; publicId: string; systemId: string; mode: string } | null>();

/**
 * An attribute name as the standard reads it (ASCII letters lower-cased, anything else kept, as
 * quotes and other characters are in a name); '' for a name the two tokenizers read differently
 * (one starting with `=`, which htmlparser2 reads as an empty name).
 */
function attrName(s: string): string {
  if (!s || s.charCodeAt(0) === 0x3d) return '';
  let upper = false;
  let other = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else if (c > 0x7f) other = true;
  }
  if (!upper) return s;
  return other ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s.toLowerCase();
}

const fmt = (n: number) => n.toLocaleString('en-US');
const tooMany = (what: string) => new ExtractError('too-complex', `the page has more than ${fmt(LIMITS.maxNodes)} ${what}`);

function isWs(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0c && c !== 0x0d) return false;
  }
  return true;
}

/** Length of the run of ASCII whitespace that opens `s`. */
function wsPrefix(s: string): number {
  let i = 0;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x09 && c !== 0x0c && c !== 0x0d) break;
  }
  return i;
}

/**
 * A new child list. Every list (the document's and each element's) comes from this one literal:
 * V8 decides per allocation site whether to allocate its objects directly in the old generation,
 * and a site that makes one long-lived list per parse (the document's) is soon so decided. A dead
 * document's list in the old generation then keeps its whole tree alive through every young
 * collection until the next full one: the tree is copied and promoted instead of freed (three
 * quarters of the fast path's time was garbage collection). Shared with the elements' lists, most
 * of which die young, the site stays in the young generation.
 */
function children(): AnyNode[] {
  return [];
}

function append(parent: ParentNode, node: AnyNode): void {
  const kids = parent.children as AnyNode[];
  // (kids[-1] would be a named-property lookup, many times slower than a length check.)
  const n = kids.length;
  const prev = n ? kids[n - 1]! : null;
  node.prev = prev;
  node.next = null;
  if (prev) prev.next = node;
  kids.push(node);
  node.parent = parent;
}

interface Hooks {
  /** Sets the document's doctype node as the engine's parse5 adapter does. */
  setDocumentType(doc: Document, name: string, publicId: string, systemId: string): void;
  setDocumentMode(doc: Document, mode: string): void;
}

/**
 * Builds the tree for `html` with htmlparser2's tokenizer, or returns a GiveUp when it cannot be
 * sure the tree equals the HTML standard's. Ticks the time budget once per token and once per `&`
 * in a text or attribute value, and over SELF_DECODE_MAX looks at it between two pieces of the
 * input (a timeout is thrown, not given up on). `found` receives the scan's answers.
 */
export function fastParse(input: string, ctx: Ctx, hooks: Hooks, found: ScanResult): Document | GiveUp {
  if (input.length <= SELF_DECODE_MAX) {
    const doc = build(input, ctx, hooks, found, true);
    if (!(doc instanceof TokenizerGiveUp)) return doc;
    // What the own tokenizer does not read, htmlparser2's may: the builder starts again on it.
    found.elements = 0;
    found.hasMarkup = false;
    found.documentTags = false;
  }
  return build(input, ctx, hooks, found, false);
}

/** The longest doctype the builder reads (real ones are under 200 characters). */
const MAX_DOCTYPE = 1024;

/** The elements htmlparser2's tokenizer reads as raw text of its own accord (the builder makes the others). */
const TOKENIZER_RAW = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

/**
 * Whether the reference of `n` characters at `at` in an attribute value is text to the standard: a
 * name matched without its `;` and followed by an ASCII letter, digit or `=`. htmlparser2's decoder
 * asks this of the character where a longer name stopped matching instead, so `&notin&` (not, then
 * the start of notin;) reads as ¬in& to it and as written to the standard.
 */
function attributeLeavesAsText(html: string, at: number, n: number): boolean {
  if (html.charCodeAt(at + 1) === 0x23 || html.charCodeAt(at + n - 1) === 0x3b) return false;
  const c = html.charCodeAt(at + n);
  return c === 0x3d || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** The own tokenizer gave up (not the builder): htmlparser2's tokenizer is asked next. */
class TokenizerGiveUp extends GiveUp {}

function build(input: string, ctx: Ctx, hooks: Hooks, found: ScanResult, ownTokens: boolean): Document | GiveUp {
  // (lastIndexOf: V8's indexOf looks for U+0000 in a two-byte string by its zero byte, which every
  // ASCII character's other byte is, so it checks each of them; about 7 times as long on a page.)
  if (input.lastIndexOf('\0') >= 0) return new GiveUp('NUL character');
  // htmlparser2 finds a raw-text end tag case-folded (c | 0x20), so U+000F reads as / and U+001C
  // as < (<\x0fstyle> would close a style): the standard does not, so such input is parse5's.
  if (input.indexOf('\x0f') >= 0 || input.indexOf('\x1c') >= 0) return new GiveUp('a control character htmlparser2 folds into / or <');
  // The standard's input stream preprocessing (CR LF and CR are LF) is applied to each text,
  // attribute value and comment as it is read, not to a copy of the whole input: the tokenizer reads
  // CR as the whitespace LF is, and no token ends between a CR and the LF after it (but a piece of
  // the input may: see lf).
  const html = input;
  // The first CR at or after `crFrom` (-1: none): the pieces are read in input order, so the input
  // is searched for CRs once, and a piece without one is a plain slice.
  let nextCr = html.indexOf('\r');
  let crFrom = 0;
  /** html.slice(start, end), CR LF and CR read as LF. */
  const lf = (start: number, end: number): string => {
    // Over SELF_DECODE_MAX the tokenizer is given pieces, and a text, value or comment may be handed
    // on in two at a boundary between a CR and its LF: the CR was read as LF, so the LF is not read.
    if (!selfDecode && start > 0 && html.charCodeAt(start) === 0x0a && html.charCodeAt(start - 1) === 0x0d) start++;
    if (nextCr < 0 || end <= start) return html.slice(start, end);
    if (start < crFrom) nextCr = html.indexOf('\r', start);
    else if (nextCr < start) nextCr = html.indexOf('\r', start);
    crFrom = start;
    if (nextCr < 0 || nextCr >= end) {
      if (nextCr < 0) nextCr = html.length;
      return html.slice(start, end);
    }
    let out = '';
    let last = start;
    let at = nextCr;
    while (at >= 0 && at < end) {
      // Each CR is a copy: a text of 30 M of them took 8 s and 1.2 GB with no look at the budget.
      deadline.tick();
      out += html.slice(last, at) + '\n';
      last = at + 1 < end && html.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
      at = html.indexOf('\r', last);
    }
    nextCr = at < 0 ? html.length : at;
    return out + html.slice(last, end);
  };
  const selfDecode = html.length <= SELF_DECODE_MAX;
  const { deadline } = ctx;
  let doc = new Document(children());
  (doc as unknown as Record<string, unknown>)['x-mode'] = 'no-quirks';
  let quirks = false;
  const stack: Element[] = [];
  /** The active formatting elements (the only ones the builder asks about) that are open. */
  const onStack = new Set<Element>();
  /** Active formatting elements; null is a marker. */
  const active: (Element | null)[] = [];
  let mode: Mode = Mode.Initial;
  let textReturn: Mode = Mode.InBody;
  let head: Element | null = null;
  let form: Element | null = null;
  let selectInTable = false;
  /** Where the text of the open raw-text element starts in the input. */
  let rawStart = 0;
  let skipLf = false;
  let elements = 0;
  let comments = 0;
  let consumed = 0;
  let giveUp: GiveUp | null = null;
  let current: ParentNode = doc;

  // The tag being read.
  let tagName = '';
  let attribs: Record<string, string> = newAttribs();
  let attrCount = 0;
  let attr = '';
  let attrValue = '';
  let tagBad = '';

  const stop = (why: string): void => {
    if (!giveUp) giveUp = new GiveUp(why);
    tokenizer.pause();
  };

  const top = (): Element | undefined => (stack.length ? stack[stack.length - 1] : undefined);
  const create = (name: string, attrs: Record<string, string>): Element | null => {
    if (++elements > LIMITS.maxNodes) {
      throw tooMany('elements');
      return null;
    }
    const el = new Element(name, attrs, children());
    el.namespace = HTML_NS;
    return el;
  };
  const push = (el: Element): void => {
    stack.push(el);
    current = el;
    if (stack.length >= LIMITS.domDepth - 8) stop('depth');
  };
  const pop = (): Element => {
    const el = stack.pop()!;
    if (onStack.size !== 0) onStack.delete(el);
    current = stack.length ? stack[stack.length - 1]! : doc;
    return el;
  };
  const insert = (name: string, attrs: Record<string, string>, open: boolean): Element | null => {
    const el = create(name, attrs);
    if (!el) return null;
    append(current, el);
    if (open) push(el);
    return el;
  };
  const insertText = (text: string): void => {
    if (!text) return;
    const kids = current.children;
    const last = kids.length ? kids[kids.length - 1] : undefined;
    if (last && last.type === 'text') (last as Text).data += text;
    else append(current, new Text(text));
  };
  /**
   * Pops up to and including `target`. Active formatting elements that leave the stack stay in the
   * list and are re-created where the standard reconstructs them (`reconstruct`).
   */
  const popUntil = (target: Element): boolean => {
    while (stack.length) if (pop() === target) return true;
    return false;
  };
  /**
   * The standard's "reconstruct the active formatting elements": entries after the last marker
   * that are no longer open are re-created, in order, as children of the current node.
   */
  const reconstruct = (): void => {
    if (!active.length) return;
    let i = active.length - 1;
    const last = active[i]!;
    if (last === null || onStack.has(last)) return;
    while (i > 0) {
      const e = active[i - 1];
      if (e === null || onStack.has(e!)) break;
      i--;
    }
    for (; i < active.length; i++) {
      const e = active[i]!;
      const attrs: Record<string, string> = newAttribs();
      for (const k in e.attribs) attrs[k] = e.attribs[k]!;
      const el = insert(e.name, attrs, true);
      if (!el) return;
      onStack.add(el);
      active[i] = el;
    }
  };
  /** The open element named `name` in the given scope (with `extra` boundaries: button, ol and ul), or null. */
  const inScope = (name: string, scope: Set<string>, extra?: string, extra2?: string): Element | null => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const el = stack[i]!;
      if (el.name === name) return el;
      if (scope.has(el.name) || el.name === extra || el.name === extra2) return null;
    }
    return null;
  };
  const closeP = (): boolean => {
    const p = inScope('p', SCOPE, 'button');
    return !p || popUntil(p);
  };
  const clearToMarker = (): void => {
    while (active.length) if (active.pop() === null) break;
  };
  const resetMode = (): void => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const n = stack[i]!.name;
      if ((n === 'td' || n === 'th') && i > 0) return void (mode = Mode.InCell);
      if (n === 'tr') return void (mode = Mode.InRow);
      if (TABLE_SECTIONS.has(n)) return void (mode = Mode.InTableBody);
      if (n === 'table') return void (mode = Mode.InTable);
      if (n === 'body') return void (mode = Mode.InBody);
      if (n === 'html') return void (mode = head ? Mode.AfterHead : Mode.BeforeHead);
      if (n === 'select') return void (mode = Mode.InSelect);
      if (n === 'caption' || n === 'colgroup' || n === 'template' || n === 'head' || n === 'frameset') return stop('mode reset');
    }
  };
  /** The raw text of element `name` follows; after its end tag the builder is back in `back`. */
  const enterText = (name: string, back: Mode): void => {
    rawStart = consumed;
    textReturn = back;
    mode = Mode.Text;
    const seq = EXTRA_RAW.get(name);
    if (seq) {
      // Called before the tokenizer looks at its special flag for this tag.
      const t = tokenizer as unknown as { isSpecial: boolean; currentSequence: Uint8Array };
      t.isSpecial = true;
      t.currentSequence = seq;
    }
  };

  /** A raw-text or RCDATA element: its text follows, then its end tag. */
  const rawText = (name: string, attrs: Record<string, string>): void => {
    if (!insert(name, attrs, true)) return;
    enterText(name, mode);
  };

  const ensureHtml = (): void => {
    if (mode === Mode.Initial) {
      quirks = true;
      hooks.setDocumentMode(doc, 'quirks');
      mode = Mode.BeforeHtml;
    }
    if (mode === Mode.BeforeHtml) {
      const el = insert('html', newAttribs(), true);
      if (!el) return;
      mode = Mode.BeforeHead;
    }
  };
  const ensureHeadClosed = (): void => {
    ensureHtml();
    if (mode === Mode.BeforeHead) {
      head = insert('head', newAttribs(), true);
      mode = Mode.InHead;
    }
    if (mode === Mode.InHead) {
      if (top()?.name !== 'head') return stop('head not current');
      pop();
      mode = Mode.AfterHead;
    }
  };
  const ensureBody = (): void => {
    ensureHeadClosed();
    if (mode === Mode.AfterHead) {
      insert('body', newAttribs(), true);
      mode = Mode.InBody;
    }
  };

  /** Character data of any mode (text runs and decoded entities). */
  const onChars = (text: string): void => {
    if (skipLf) {
      skipLf = false;
      if (text.charCodeAt(0) === 0x0a) text = text.slice(1);
      if (!text) return;
    }
    for (;;) {
      switch (mode) {
        case Mode.Text:
        case Mode.InSelect:
          return insertText(text);
        case Mode.InBody:
        case Mode.InCell:
          reconstruct();
          return insertText(text);
        case Mode.InTable:
        case Mode.InTableBody:
        case Mode.InRow:
          if (!isWs(text)) return stop('text in a table');
          return insertText(text);
        case Mode.InHead:
        case Mode.AfterHead: {
          const n = wsPrefix(text);
          if (n) insertText(text.slice(0, n));
          if (n === text.length) return;
          text = text.slice(n);
          ensureBody();
          if (giveUp) return;
          continue;
        }
        case Mode.AfterBody:
        case Mode.AfterAfterBody: {
          // Whitespace is read as in body; anything else goes back to body.
          if (!isWs(text)) mode = Mode.InBody;
          reconstruct();
          return insertText(text);
        }
        default: {
          // Initial, before html, before head: leading whitespace is dropped.
          const n = wsPrefix(text);
          if (n === text.length) return;
          text = text.slice(n);
          ensureBody();
          if (giveUp) return;
          continue;
        }
      }
    }
  };

  const startTag = (name: string, attrs: Record<string, string>, selfClosing: boolean): void => {
    skipLf = false;
    // htmlparser2's tokenizer reads a self-closed raw-text element as closed; the standard does not.
    if (selfClosing && (RAW_IN_HEAD.has(name) || RAW_IN_BODY.has(name))) return stop('self-closed raw text element');
    for (;;) {
      switch (mode) {
        case Mode.Initial:
          quirks = true;
          hooks.setDocumentMode(doc, 'quirks');
          mode = Mode.BeforeHtml;
          continue;
        case Mode.BeforeHtml:
          if (name === 'html') {
            if (insert('html', attrs, true)) mode = Mode.BeforeHead;
            return;
          }
          ensureHtml();
          continue;
        case Mode.BeforeHead:
          if (name === 'head') {
            head = insert('head', attrs, true);
            mode = Mode.InHead;
            return;
          }
          if (name === 'html') return stop('<html> again');
          head = insert('head', newAttribs(), true);
          mode = Mode.InHead;
          continue;
        case Mode.InHead:
          if (VOID_IN_HEAD.has(name)) return void insert(name, attrs, false);
          if (RAW_IN_HEAD.has(name)) return rawText(name, attrs);
          if (name === 'head' || name === 'html' || name === 'template') return stop(`<${name}> in head`);
          ensureHeadClosed();
          continue;
        case Mode.AfterHead:
          if (name === 'body') {
            insert('body', attrs, true);
            mode = Mode.InBody;
            return;
          }
          if (HEAD_AFTER_HEAD.has(name)) {
            // Head content after </head> goes into the head.
            if (!head || head.parent !== stack[0]) return stop('no head');
            const saved = current;
            current = head;
            if (VOID_IN_HEAD.has(name)) {
              insert(name, attrs, false);
              current = saved;
              return;
            }
            const el = create(name, attrs);
            if (!el) return;
            append(head, el);
            push(el);
            enterText(name, Mode.AfterHead);
            return;
          }
          if (name === 'head' || name === 'html' || name === 'frameset' || name === 'template') return stop(`<${name}> after head`);
          ensureBody();
          continue;
        case Mode.InBody:
        case Mode.InCell:
          // col and colgroup close the cell too, and then start a column group (not modelled).
          if (mode === Mode.InCell && (name === 'col' || name === 'colgroup')) return stop(`<${name}> in a cell`);
          if (mode === Mode.InCell && TABLE_PARTS.has(name) && name !== 'table') {
            if (!closeCell()) return;
            continue;
          }
          return bodyStart(name, attrs);
        case Mode.InTable:
        case Mode.InTableBody:
        case Mode.InRow:
          return tableStart(name, attrs);
        case Mode.InSelect:
          return selectStart(name, attrs);
        case Mode.AfterBody:
        case Mode.AfterAfterBody:
          if (name === 'html') return stop('start tag after body');
          mode = Mode.InBody;
          continue;
        default:
          return stop('start tag in text');
      }
    }
  };

  const closeCell = (): boolean => {
    const cell = inScope('td', TABLE_SCOPE) ?? inScope('th', TABLE_SCOPE);
    if (!cell) {
      stop('no cell to close');
      return false;
    }
    if (!popCell(cell)) return false;
    clearToMarker();
    mode = Mode.InRow;
    return true;
  };
  /**
   * Pops up to and including a cell. Formatting elements opened in the cell may go: the list is
   * cleared back to the cell's marker right after. Another marker element above it may not.
   */
  const popCell = (cell: Element): boolean => {
    for (let i = stack.length - 1; i >= 0 && stack[i] !== cell; i--) {
      if (MARKER_ELEMENTS.has(stack[i]!.name)) {
        stop('a marker element left open in a cell');
        return false;
      }
    }
    while (stack.length && pop() !== cell);
    return true;
  };

  const sameAttributes = (a: Record<string, string>, b: Record<string, string>): boolean => {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) if (b[k] !== a[k]) return false;
    return true;
  };

  /** Attributes a repeated <html> or <body> start tag adds to the element (those it does not have yet). */
  const adopt = (el: Element, attrs: Record<string, string>): void => {
    for (const k in attrs) if (el.attribs[k] === undefined) el.attribs[k] = attrs[k]!;
  };

  const selectStart = (name: string, attrs: Record<string, string>): void => {
    const cur = top()!.name;
    // In a table, table parts close the select (not modelled); everything else is as in body.
    if (selectInTable && TABLE_PARTS.has(name)) return stop(`<${name}> in a select in a table`);
    if (name === 'option' || name === 'optgroup' || name === 'hr') {
      if (top()!.name === 'option') pop();
      if (name !== 'option' && top()!.name === 'optgroup') pop();
      insert(name, attrs, name !== 'hr');
      return;
    }
    if (name === 'script') return rawText(name, attrs);
    return stop(`<${name}> in a select (in <${cur}>)`);
  };

  const bodyStart = (name: string, attrs: Record<string, string>): void => {
    switch (BODY_START.get(name) ?? Start.Ordinary) {
      case Start.Ordinary:
        reconstruct();
        return void insert(name, attrs, true);
      case Start.Html:
        return adopt(stack[0]!, attrs);
      case Start.Body:
        if (stack[1]?.name !== 'body') return stop('<body> with no body open');
        return adopt(stack[1], attrs);
      case Start.Head:
        return; // ignored in body
      case Start.Select:
        if (mode !== Mode.InBody && mode !== Mode.InCell) return stop('<select> in a table');
        selectInTable = mode === Mode.InCell;
        reconstruct();
        insert(name, attrs, true);
        mode = Mode.InSelect;
        return;
      case Start.VoidInHead:
        return void insert(name, attrs, false);
      case Start.RawInHead:
        return rawText(name, attrs);
      case Start.Unmodelled:
        return stop(`<${name}> in body`);
      case Start.ClosesP:
        if (!closeP()) return;
        insert(name, attrs, true);
        return;
      case Start.Heading:
        if (!closeP()) return;
        if (HEADINGS.has(top()!.name)) pop();
        insert(name, attrs, true);
        return;
      case Start.Pre:
        if (!closeP()) return;
        insert(name, attrs, true);
        skipLf = true;
        return;
      case Start.Form:
        if (form) return; // ignored while a form is open
        if (!closeP()) return;
        form = insert(name, attrs, true);
        return;
      case Start.ListItem:
        for (let i = stack.length - 1; i >= 0; i--) {
          const el = stack[i]!;
          const n = el.name;
          if (name === 'li' ? n === 'li' : n === 'dd' || n === 'dt') {
            if (!popUntil(el)) return;
            break;
          }
          if (SPECIAL.has(n) && n !== 'address' && n !== 'div' && n !== 'p') break;
        }
        if (!closeP()) return;
        insert(name, attrs, true);
        return;
      case Start.Button:
        if (inScope('button', SCOPE)) return stop('button in button');
        reconstruct();
        insert(name, attrs, true);
        return;
      case Start.Formatting: {
        if (name === 'a') {
          // An <a> while one is active: the adoption agency closes the old one first.
          const old = lastActive('a');
          if (old) {
            const cur = top()!;
            if (cur.name === 'a' && !active.includes(cur)) return stop('<a> inside a forgotten <a>');
            const r = closeFormatting(old);
            if (r !== 'closed' && r !== 'forgotten') return stop('<a> inside <a>');
          }
        }
        reconstruct();
        if (name === 'nobr' && inScope('nobr', SCOPE)) return stop('nobr in nobr');
        // The standard's "Noah's Ark": of four equal formatting elements (name and attributes) after
        // the last marker, the earliest is forgotten (stays open, but is not re-created).
        let same = 0;
        let earliest = -1;
        for (let i = active.length - 1; i >= 0; i--) {
          const a = active[i];
          if (!a) break;
          if (a.name === name) {
            if (sameAttributes(a.attribs, attrs)) {
              same++;
              earliest = i;
            }
          }
        }
        if (same >= 3) active.splice(earliest, 1);
        const el = insert(name, attrs, true);
        if (el) {
          onStack.add(el);
          active.push(el);
        }
        return;
      }
      case Start.Marker:
        reconstruct();
        insert(name, attrs, true);
        active.push(null);
        return;
      case Start.Table:
        if (!quirks && !closeP()) return;
        insert(name, attrs, true);
        mode = Mode.InTable;
        return;
      case Start.VoidInBody:
        // (param, source and track are inserted as they are; the others re-create formatting first.)
        if (name !== 'param' && name !== 'source' && name !== 'track') reconstruct();
        return void insert(name, attrs, false);
      case Start.Hr:
        if (!closeP()) return;
        insert(name, attrs, false);
        return;
      case Start.RawInBody:
        if (name === 'xmp') {
          if (!closeP()) return;
          reconstruct();
        }
        rawText(name, attrs);
        if (name === 'textarea') skipLf = true;
        return;
    }
  };

  const tableStart = (name: string, attrs: Record<string, string>): void => {
    const cur = top()!.name;
    if (name === 'script' || name === 'style') return rawText(name, attrs);
    if (name === 'form') {
      // A form in a table is an empty element where it stands (and the open form from then on).
      if (form) return;
      form = insert(name, attrs, false);
      return;
    }
    if (name === 'input') {
      // A hidden input stays where it stands; any other is foster-parented.
      if (attrs.type === undefined || attrs.type.toLowerCase() !== 'hidden') return stop('<input> in a table');
      insert(name, attrs, false);
      return;
    }
    if (mode === Mode.InTable) {
      if (cur !== 'table') return stop('table mode off its table');
      if (TABLE_SECTIONS.has(name)) {
        insert(name, attrs, true);
        mode = Mode.InTableBody;
        return;
      }
      if (name === 'tr' || name === 'td' || name === 'th') {
        insert('tbody', newAttribs(), true);
        mode = Mode.InTableBody;
        return tableStart(name, attrs);
      }
      return stop(`<${name}> in a table`);
    }
    if (mode === Mode.InTableBody) {
      if (!TABLE_SECTIONS.has(cur)) return stop('table body mode off its section');
      if (name === 'tr') {
        insert(name, attrs, true);
        mode = Mode.InRow;
        return;
      }
      if (name === 'td' || name === 'th') {
        insert('tr', newAttribs(), true);
        mode = Mode.InRow;
        return tableStart(name, attrs);
      }
      if (TABLE_SECTIONS.has(name)) {
        pop();
        mode = Mode.InTable;
        return tableStart(name, attrs);
      }
      return stop(`<${name}> in a table body`);
    }
    // In row.
    if (cur !== 'tr') return stop('row mode off its row');
    if (name === 'td' || name === 'th') {
      insert(name, attrs, true);
      mode = Mode.InCell;
      active.push(null);
      return;
    }
    if (name === 'tr' || TABLE_SECTIONS.has(name)) {
      pop();
      mode = Mode.InTableBody;
      return tableStart(name, attrs);
    }
    return stop(`<${name}> in a row`);
  };

  const endTag = (name: string): void => {
    skipLf = false;
    for (;;) {
      switch (mode) {
        case Mode.Text:
          if (top()!.name !== name) return stop('raw text end');
          pop();
          mode = textReturn;
          return;
        case Mode.Initial:
        case Mode.BeforeHtml:
        case Mode.BeforeHead:
          if (name === 'head' || name === 'body' || name === 'html' || name === 'br') {
            ensureHtml();
            if (mode === Mode.BeforeHead) {
              head = insert('head', newAttribs(), true);
              mode = Mode.InHead;
            }
            continue;
          }
          return stop(`</${name}> before head`);
        case Mode.InHead:
          if (name === 'head') {
            if (top()?.name !== 'head') return stop('head not current');
            pop();
            mode = Mode.AfterHead;
            return;
          }
          if (name === 'body' || name === 'html' || name === 'br') {
            ensureHeadClosed();
            continue;
          }
          return stop(`</${name}> in head`);
        case Mode.AfterHead:
          if (name === 'body' || name === 'html' || name === 'br') {
            ensureBody();
            continue;
          }
          return stop(`</${name}> after head`);
        case Mode.AfterBody:
          if (name === 'html') {
            mode = Mode.AfterAfterBody;
            return;
          }
          // Anything else after </body> or </html> is read in body again.
          mode = Mode.InBody;
          continue;
        case Mode.AfterAfterBody:
          mode = Mode.InBody;
          continue;
        case Mode.InTable:
        case Mode.InTableBody:
        case Mode.InRow:
          return tableEnd(name);
        case Mode.InCell:
          if (name === 'td' || name === 'th') {
            const cur = top()!;
            if (cur.name !== name) {
              const cell = inScope(name, TABLE_SCOPE);
              if (!cell) return stop(`</${name}> without its cell`);
              if (!popCell(cell)) return;
            } else pop();
            clearToMarker();
            mode = Mode.InRow;
            return;
          }
          if (name === 'table' || name === 'tr' || TABLE_SECTIONS.has(name)) {
            if (!inScope(name, TABLE_SCOPE)) return stop(`</${name}> not in table scope`);
            if (!closeCell()) return;
            continue;
          }
          if (name === 'body' || name === 'html' || name === 'caption' || name === 'col' || name === 'colgroup') return stop(`</${name}> in a cell`);
          return bodyEnd(name);
        case Mode.InBody:
          return bodyEnd(name);
        case Mode.InSelect: {
          const cur = top()!;
          if (name === 'option' && cur.name === 'option') return void pop();
          if (name === 'optgroup') {
            if (cur.name === 'option' && stack[stack.length - 2]?.name === 'optgroup') pop();
            if (top()!.name === 'optgroup') return void pop();
            return stop('</optgroup> without optgroup');
          }
          if (name === 'select') {
            const sel = stack.findLast((el) => el.name === 'select');
            // Select scope: only option and optgroup may be open above it.
            for (let i = stack.length - 1; i >= 0 && stack[i] !== sel; i--) if (stack[i]!.name !== 'option' && stack[i]!.name !== 'optgroup') return stop('</select> out of scope');
            if (!sel || !popUntil(sel)) return stop('</select> without select');
            return resetMode();
          }
          return stop(`</${name}> in a select${selectInTable ? ' in a table' : ''}`);
        }
      }
    }
  };

  const bodyEnd = (name: string): void => {
    if (name === 'body' || name === 'html') {
      // Elements left open stay open (what follows goes into them); without the body in scope it is ignored.
      for (let i = stack.length - 1; i >= 0; i--) {
        const n = stack[i]!.name;
        if (n === 'body') break;
        if (SCOPE.has(n)) return;
      }
      if (stack[1]?.name !== 'body') return stop(`</${name}> without a body`);
      mode = Mode.AfterBody;
      if (name === 'html') mode = Mode.AfterAfterBody;
      return;
    }
    if (name === 'p') {
      const p = inScope('p', SCOPE, 'button');
      // A </p> with no paragraph open is an empty paragraph.
      if (!p) return void insert('p', newAttribs(), false);
      popUntil(p);
      return;
    }
    if (name === 'form') {
      const f = form;
      form = null;
      if (!f) return; // ignored
      let i = stack.length - 1;
      for (; i >= 0 && stack[i] !== f; i--) if (SCOPE.has(stack[i]!.name)) return; // not in scope: ignored
      if (i < 0) return; // closed already: ignored
      // The form leaves the stack after the implied end tags; that is popping only when nothing else is open above it.
      for (let j = stack.length - 1; j > i; j--) if (!IMPLIED_END.has(stack[j]!.name)) return stop('</form> with elements open');
      popUntil(f);
      return;
    }
    if (BLOCK_END.has(name) || name === 'dd' || name === 'dt' || name === 'li') {
      // </li> looks in list item scope (which also stops at ol and ul), the others in the default scope.
      const el = name === 'li' ? inScope(name, SCOPE, 'ol', 'ul') : inScope(name, SCOPE);
      if (!el) return; // not in scope: ignored
      popUntil(el);
      return;
    }
    if (HEADINGS.has(name)) {
      for (let i = stack.length - 1; i >= 0; i--) {
        const el = stack[i]!;
        if (HEADINGS.has(el.name)) return void popUntil(el);
        if (SCOPE.has(el.name)) break;
      }
      return; // no heading in scope: ignored
    }
    if (FORMATTING.has(name)) return adoptionWithoutBlock(name);
    if (MARKER_ELEMENTS.has(name)) {
      if (top()!.name !== name) return stop(`</${name}> not current`);
      pop();
      clearToMarker();
      return;
    }
    // </br> is read as <br>.
    if (name === 'br') {
      reconstruct();
      return void insert('br', newAttribs(), false);
    }
    return anyOtherEnd(name);
  };

  /** Any other end tag: closes the nearest open element of that name, unless a special element is nearer (then it is ignored). */
  const anyOtherEnd = (name: string): void => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const el = stack[i]!;
      if (el.name === name) return void popUntil(el);
      if (SPECIAL.has(el.name)) return;
    }
  };

  /**
   * The adoption agency algorithm where it is simple: the formatting element is open, in scope, and
   * no special element is open above it (no "furthest block"); then everything above it and it are
   * closed. Anything else is not modelled.
   */
  const adoptionWithoutBlock = (name: string): void => {
    const cur = top()!;
    // The current node of that name, no longer in the list (Noah's ark forgot it): popped.
    if (cur.name === name && !active.includes(cur)) return void pop();
    const f = lastActive(name);
    if (!f) return anyOtherEnd(name);
    closeFormatting(f);
  };
  /** The last active formatting element named `name` after the last marker. */
  const lastActive = (name: string): Element | null => {
    for (let i = active.length - 1; i >= 0; i--) {
      const a = active[i];
      if (!a) return null;
      if (a.name === name) return a;
    }
    return null;
  };
  /** Closes the active formatting element `f` when no special element is open above it. */
  const closeFormatting = (f: Element): 'closed' | 'forgotten' | 'out of scope' | 'stopped' => {
    if (!onStack.has(f)) {
      // Closed already: only forgotten.
      active.splice(active.lastIndexOf(f), 1);
      return 'forgotten';
    }
    for (let i = stack.length - 1; i >= 0; i--) {
      const el = stack[i]!;
      if (el === f) {
        if (!popUntil(f)) return 'stopped';
        active.splice(active.lastIndexOf(f), 1);
        return 'closed';
      }
      if (SCOPE.has(el.name)) return 'out of scope'; // ignored
      if (SPECIAL.has(el.name)) {
        stop(`</${f.name}> across a block`);
        return 'stopped';
      }
    }
    stop(`</${f.name}> of a closed element`);
    return 'stopped';
  };

  /**
   * Other end tags in a table, row or section are ignored: whatever they would close is outside the
   * table (its scope boundary), except </p> and </br>, which insert an element (foster-parented),
   * and </form>, which forgets the open form.
   */
  const tableIgnoredEnd = (name: string): void => {
    if (name === 'form') {
      form = null; // whatever form is open is outside the table: not in scope
      return;
    }
    if (name === 'p' || name === 'br' || name === 'template') return stop(`</${name}> in a table`);
    if (FORMATTING.has(name)) {
      // The adoption agency's first steps still run: an active element of that name that is no
      // longer open is forgotten (one that is open is outside the table's scope: ignored).
      const f = lastActive(name);
      if (f && !onStack.has(f)) active.splice(active.lastIndexOf(f), 1);
    }
  };

  const tableEnd = (name: string): void => {
    const cur = top()!.name;
    if (name === 'table') {
      if (mode === Mode.InRow) {
        if (cur !== 'tr') return stop('row mode off its row');
        pop();
        mode = Mode.InTableBody;
      }
      if (mode === Mode.InTableBody) {
        if (!TABLE_SECTIONS.has(top()!.name)) return stop('table body mode off its section');
        pop();
        mode = Mode.InTable;
      }
      if (top()!.name !== 'table') return stop('table mode off its table');
      pop();
      return resetMode();
    }
    if (mode === Mode.InRow) {
      if (cur !== 'tr') return stop('row mode off its row');
      if (name === 'tr') {
        pop();
        mode = Mode.InTableBody;
        return;
      }
      if (TABLE_SECTIONS.has(name)) {
        if (!inScope(name, TABLE_SCOPE)) return stop(`</${name}> not in table scope`);
        pop();
        mode = Mode.InTableBody;
        return tableEnd(name);
      }
      return tableIgnoredEnd(name);
    }
    if (mode === Mode.InTableBody) {
      if (TABLE_SECTIONS.has(name) && cur === name) {
        pop();
        mode = Mode.InTable;
        return;
      }
      return tableIgnoredEnd(name);
    }
    return tableIgnoredEnd(name);
  };

  const comment = (data: string): void => {
    skipLf = false;
    if (++comments > LIMITS.maxNodes) throw tooMany('comments');
    deadline.tick();
    const node = new Comment(data);
    switch (mode) {
      case Mode.Initial:
      case Mode.BeforeHtml:
      case Mode.AfterAfterBody:
        return append(doc, node);
      case Mode.AfterBody:
        return append(stack[0]!, node);
      default:
        return append(current, node);
    }
  };

  /**
   * A start tag counts once it is complete, as parse5 counts the start tags it emits: after its
   * attributes (a flood of them is refused as such), and not at all when the input ends inside it.
   */
  const countStartTag = (): void => {
    if (++found.elements > LIMITS.maxElements) throw new ExtractError('too-complex', `the page has more than ${fmt(LIMITS.maxElements)} elements`);
    if (!found.documentTags && (tagName === 'html' || tagName === 'head' || tagName === 'body' || tagName === 'title')) found.documentTags = true;
  };

  const cbs: TokenizerCallbacks = {
      ontext(start, end) {
        if (giveUp) return;
        deadline.tick();
        // Every token starts where the last one ended: a gap is markup htmlparser2 skipped or cut
        // (at the end of the input it reads `<scri` as the text `scri`).
        if (start !== consumed) return stop('gap before text');
        consumed = end;
        // A reference right after <pre> or <textarea> (whose first line feed is dropped): not modelled.
        if (skipLf && html.charCodeAt(start) === 0x26) return stop('entity after <pre>');
        // References are decoded in text and in a title (RCDATA); not in the other raw texts (nor in a
        // textarea, which gives up on any `&`).
        const raw = mode === Mode.Text ? top()!.name : '';
        // htmlparser2 keeps `</>` in the text (the standard drops it); raw text may hold `</` freely.
        // (The own tokenizer starts a text at a `<` only when no `/` follows, and puts none inside one.)
        if (!raw && !ownTokens) for (let lt = html.indexOf('<', start); lt >= 0 && lt < end; lt = html.indexOf('<', lt + 1)) if (html.charCodeAt(lt + 1) === 0x2f) return stop('</ in text');
        onChars(raw && raw !== 'title' ? lf(start, end) : selfDecode ? decode(start, end, LEGACY) : lf(start, end));
      },
      ontextentity(cp, end) {
        // (Only when the tokenizer reads the references: inputs over SELF_DECODE_MAX.)
        if (giveUp) return;
        consumed = end;
        if (skipLf) return stop('entity after <pre>');
        onChars(String.fromCodePoint(cp));
      },
      onopentagname(start, end) {
        if (giveUp) return;
        deadline.tick();
        found.hasMarkup = true;
        tagBad = '';
        if (start !== consumed + 1) return stop('gap before a tag');
        attribs = newAttribs();
        attrCount = 0;
        // A shared name is ASCII letters, digits and `:_.-` (and the tokenizers start a tag name with a letter).
        const shared = sharedName(html, start, end);
        if (shared !== null) tagName = shared;
        else {
          const raw = html.slice(start, end);
          tagName = raw.toLowerCase();
          // (The own tokenizer reads no other names.)
          if (!ownTokens && !NAME_OK.test(raw)) tagBad = `unusual tag name <${raw.slice(0, 30)}>`;
        }
      },
      onattribname(start, end) {
        if (giveUp) return;
        attr = sharedName(html, start, end) ?? attrName(html.slice(start, end));
        attrValue = '';
        if (!attr && !tagBad) tagBad = `unusual attribute name ${html.slice(start, end).slice(0, 30)} on <${tagName.slice(0, 30)}>`;
        if (++attrCount > LIMITS.maxAttributes) {
          // Names both tokenizers read alike are the same attributes to parse5: its refusal, now.
          if (tagBad) return stop('attribute bound');
          throw new ExtractError('too-complex', `an element (<${tagName.slice(0, 20)}>) has more than ${fmt(LIMITS.maxAttributes)} attributes`);
        }
      },
      onattribdata(start, end) {
        attrValue += selfDecode ? decode(start, end, ATTRIBUTE) : lf(start, end);
      },
      onattribentity(cp) {
        // (Only when the tokenizer reads the references: inputs over SELF_DECODE_MAX.)
        const t = tokenizer as unknown as { entityStart: number; sectionStart: number };
        if (giveUp) return;
        // A reference the standard leaves as text in an attribute is kept as written (no CR inside it).
        attrValue += attributeLeavesAsText(html, t.entityStart, t.sectionStart - t.entityStart) ? html.slice(t.entityStart, t.sectionStart) : String.fromCodePoint(cp);
      },
      onattribend() {
        // (A first attribute cannot repeat one: the look-up for a missing name is the slow kind.)
        if (attrCount === 1 || attribs[attr] === undefined) attribs[attr] = attrValue;
      },
      onopentagend(end) {
        if (giveUp) return;
        consumed = end + 1;
        countStartTag();
        if (tagBad) return stop(tagBad);
        // htmlparser2 picks a raw-text end by a name's first two characters: <tmp> reads up to
        // </xmp, <xitle> up to </title, <xextarea> up to </textarea; the standard reads markup there.
        if ((tokenizer as unknown as { isSpecial: boolean }).isSpecial && !TOKENIZER_RAW.has(tagName)) return stop(`<${tagName}> read as raw text`);
        startTag(tagName, attribs, false);
      },
      onselfclosingtag(end) {
        if (giveUp) return;
        consumed = end + 1;
        countStartTag();
        if (tagBad) return stop(tagBad);
        startTag(tagName, attribs, true);
      },
      onclosetag(start, end) {
        if (giveUp) return;
        deadline.tick();
        found.hasMarkup = true;
        if (start !== consumed + 2) return stop('gap before an end tag');
        const shared = sharedName(html, start, end);
        const rawName = shared ?? html.slice(start, end);
        const name = shared ?? rawName.toLowerCase();
        // The end tag must end right after its name (attributes on an end tag are read differently).
        let i = end;
        for (let c = html.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d; c = html.charCodeAt(++i));
        if (html.charCodeAt(i) !== 0x3e) return stop('end tag with attributes');
        consumed = i + 1;
        if (!ownTokens && !NAME_OK.test(rawName)) return stop('unusual end tag name');
        const raw = mode === Mode.Text ? top()!.name : '';
        if (raw) {
          // What the raw text held is checked against what the standard's tokenizer would read.
          const kids = top()!.children;
          const text = kids.length ? (kids[0] as Text).data : '';
          if (name !== raw) return stop('raw text end');
          // The standard's escaped script states: after <!--, a <script makes a later </script> text.
          if (raw === 'script' && text.includes('<!--') && holdsTag(text, '<', 'script')) return stop('escaped script');
          if (holdsTag(text, '</', raw)) return stop('raw text holds its end');
          // htmlparser2 decodes no character references in a textarea (the standard does), and
          // in a title none right after a `<` (its end-tag matching swallows the `&`).
          if (raw === 'textarea' && text.includes('&')) return stop('reference in textarea');
          if (raw === 'title') {
            const src = html.slice(rawStart, start - 2);
            if (src.includes('<') && src.includes('&')) return stop('reference after < in title');
          }
        }
        endTag(name);
      },
      oncomment(start, end, offset) {
        if (giveUp) return;
        found.hasMarkup = true;
        if (offset !== 2) return stop('bogus comment');
        if (start !== consumed + 4) return stop('gap before a comment');
        consumed = end + 1;
        const data = lf(start, end - offset);
        // The standard also ends a comment at --!> (htmlparser2 reads on to -->).
        if (data.includes('--!>')) return stop('comment edge');
        comment(data);
      },
      ondeclaration(start, end) {
        if (giveUp) return;
        found.hasMarkup = true;
        if (start !== consumed + 2) return stop('gap before a declaration');
        consumed = end + 1;
        if (mode !== Mode.Initial || !/^doctype(?:[\t\n\f\r ]|$)/i.test(html.slice(start, Math.min(end, start + 8)))) return stop('declaration');
        // The doctype is read by parse5 whole, with no look at the budget (20 M characters: 11 s),
        // and remembered: a long one is parse5's, which reads the page in pieces.
        if (end - start > MAX_DOCTYPE) return stop('long doctype');
        doctype(html.slice(start - 2, end + 1));
      },
      onprocessinginstruction() {
        found.hasMarkup = true;
        stop('processing instruction');
      },
      oncdata() {
        found.hasMarkup = true;
        stop('CDATA');
      },
      onend() {},
  };
  const tokenizer = ownTokens ? new OwnTokenizer(cbs) : new Tokenizer({ decodeEntities: !selfDecode }, cbs);

  const doctype = (raw: string): void => {
    // The standard's doctype reading (name, public and system ids, quirks) is parse5's own.
    let t = DOCTYPES.get(raw);
    if (t === undefined) {
      const d = parse5Parse(raw);
      const node = d.childNodes[0] as { nodeName: string; name: string; publicId: string; systemId: string } | undefined;
      t = node && node.nodeName === '#documentType' ? { name: node.name, publicId: node.publicId, systemId: node.systemId, mode: d.mode } : null;
      if (DOCTYPES.size < 64) DOCTYPES.set(raw, t);
    }
    if (!t) return stop('doctype');
    hooks.setDocumentType(doc, t.name, t.publicId, t.systemId);
    hooks.setDocumentMode(doc, t.mode);
    quirks = t.mode === 'quirks';
    mode = Mode.BeforeHtml;
  };

  // Up to SELF_DECODE_MAX characters the tokenizer reads no references (decodeEntities: false: a
  // text runs to the next `<` in one indexOf-like scan, an attribute value to its quote); they are
  // decoded here, by a decoder of the tokenizer's own class and table, started at each `&` of the
  // text or value on the whole input, exactly as the tokenizer starts its own (it sees the
  // characters after the text too, and reads the input to its end only at the end of the input).
  // A run of references inside one text or attribute value is a single token: each `&` ticks the
  // budget, here or (on a longer input, where the tokenizer decodes) as the tokenizer starts it.
  if (tokenizer instanceof Tokenizer) {
    const internals = tokenizer as unknown as { startEntity(): void };
    const startEntity = internals.startEntity.bind(tokenizer);
    internals.startEntity = () => {
      deadline.tick();
      startEntity();
    };
  }
  const own = htmlparser2Decoder();
  let decoded = '';
  const decoder = new (own.constructor as new (tree: unknown, emit: (cp: number) => void) => EntityDecoder)(own.decodeTree, (cp) => {
    decoded += String.fromCodePoint(cp);
  });
  /** The first `&` at or after `from` (-1: none); `from` only grows, so the input is searched once. */
  let nextAmp = -2;
  const ampFrom = (from: number): number => {
    if (nextAmp !== -1 && nextAmp < from) nextAmp = html.indexOf('&', from);
    return nextAmp;
  };
  const decode = (start: number, end: number, mode: number): string => {
    let at = ampFrom(start);
    if (at < 0 || at >= end) return lf(start, end);
    let out = '';
    let last = start;
    while (at >= 0 && at < end) {
      deadline.tick();
      out += lf(last, at);
      decoder.startEntity(mode);
      decoded = '';
      let n = decoder.write(html, at + 1);
      if (n < 0) n = decoder.end();
      if (n === 0) {
        // Not a reference: the `&` is text.
        out += '&';
        last = at + 1;
      } else if (mode === ATTRIBUTE && attributeLeavesAsText(html, at, n)) {
        out += '&';
        last = at + 1;
      } else {
        out += decoded;
        last = at + n;
      }
      at = ampFrom(last);
    }
    return out + lf(last, end);
  };

  try {
    if (selfDecode) tokenizer.write(html);
    else {
      // htmlparser2's tokenizer reads a token (an attribute name, an unquoted value, a run of `<`)
      // in one loop with no call out: 30 M characters of one ran 0.6-0.9 s past a 200 ms budget.
      // Written in pieces it looks at the budget between two and hands on the text or attribute
      // value read so far (what a streamed page gets; the builder adds the pieces together).
      // (Not up to SELF_DECODE_MAX: the builder's decoder reads references across the whole input.)
      for (let at = 0; at < html.length && !giveUp; at += TOKENIZER_PIECE) {
        if (at > 0) deadline.check();
        tokenizer.write(html.slice(at, at + TOKENIZER_PIECE));
      }
    }
    if (!giveUp) tokenizer.end();
    if (giveUp) return giveUp;
    if (tokenizer instanceof OwnTokenizer && tokenizer.why !== null) return new TokenizerGiveUp(tokenizer.why);
    if (consumed < html.length) return new GiveUp('input ends inside a tag');
    // (The callbacks change the mode; TypeScript's narrowing does not see them.)
    const last = mode as Mode;
    if (last === Mode.Text) return new GiveUp('input ends inside raw text');
    // End of input: what is implied is created.
    if (last < Mode.InBody) ensureBody();
    if (giveUp) return giveUp;
    deadline.check();
    return doc;
  } finally {
    // The open elements and the formatting list point into the tree: emptied, they cannot keep it
    // alive from wherever the collector has put them.
    stack.length = 0;
    active.length = 0;
    onStack.clear();
    doc = current = null as never;
    head = form = null;
  }
}
