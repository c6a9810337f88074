/**
 * The differential check of the parse stage's fast path: whenever it accepts a document, its tree
 * must equal parse5's, compared as a canonical serialisation (node types, names, namespaces,
 * attributes in order, text, comments, the doctype and the document's mode), with every node's
 * parent and sibling links checked on the way.
 */
import type { AnyNode, Document } from 'domhandler';
import { makeCtx } from '../../../src/engine/context';
import { GiveUp, parseFast, parseWithParse5 } from '../../../src/engine/parse';
import { expect } from 'vitest';
import type { Rng } from '../../fuzz/lib/prng';

export function canonical(doc: Document): string {
  const out: string[] = [`#document mode=${String((doc as unknown as Record<string, unknown>)['x-mode'])}`];
  const walk: [AnyNode, number][] = [];
  for (let i = doc.children.length - 1; i >= 0; i--) walk.push([doc.children[i]!, 1]);
  while (walk.length) {
    const [n, depth] = walk.pop()!;
    const pad = ' '.repeat(depth);
    const kids = 'children' in n ? (n.children as AnyNode[]) : [];
    kids.forEach((k, i) => {
      if (k.parent !== n || k.prev !== (kids[i - 1] ?? null) || k.next !== (kids[i + 1] ?? null)) throw new Error(`broken links under ${(n as { name?: string }).name}`);
    });
    switch (n.type) {
      case 'text':
        out.push(`${pad}#text ${JSON.stringify(n.data)}`);
        break;
      case 'comment':
        out.push(`${pad}#comment ${JSON.stringify(n.data)}`);
        break;
      case 'directive': {
        const d = n as unknown as Record<string, unknown>;
        out.push(`${pad}#doctype ${JSON.stringify([n.name, n.data, d['x-name'], d['x-publicId'], d['x-systemId']])}`);
        break;
      }
      default: {
        const el = n as unknown as { name: string; namespace?: string; attribs: Record<string, string>; type: string };
        out.push(`${pad}<${el.name}> ${el.type} ${el.namespace} ${JSON.stringify(Object.entries(el.attribs))}`);
      }
    }
    for (let i = kids.length - 1; i >= 0; i--) walk.push([kids[i]!, depth + 1]);
  }
  return out.join('\n');
}

export interface Diff {
  fast: boolean;
  why?: string;
  /** The first differing line (fast tree vs parse5's), when the fast path accepted and they differ. */
  mismatch?: { line: number; fast: string; parse5: string };
}

/** Runs both parsers on `html`; throws nothing for input either refuses alike. */
export function differential(html: string): Diff {
  let fast: Document | GiveUp;
  try {
    fast = parseFast(html, makeCtx({ budgetMs: 600_000 }));
  } catch (e) {
    return { fast: false, why: `threw ${(e as Error).message}` };
  }
  if (fast instanceof GiveUp) return { fast: false, why: fast.why };
  let slow: Document;
  try {
    slow = parseWithParse5(html, makeCtx({ budgetMs: 600_000 }));
  } catch (e) {
    return { fast: true, mismatch: { line: 0, fast: 'a tree', parse5: `threw ${(e as Error).message}` } };
  }
  const a = canonical(fast).split('\n');
  const b = canonical(slow).split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return { fast: true, mismatch: { line: i, fast: (a[i] ?? '(end)').slice(0, 300), parse5: (b[i] ?? '(end)').slice(0, 300) } };
  }
  return { fast: true };
}

/** Runs the differential on each input; returns how many the fast path took, failing on any mismatch. */
export function check(inputs: Iterable<[string, string]>): { fast: number; total: number } {
  let fast = 0;
  let total = 0;
  const bad: string[] = [];
  for (const [id, html] of inputs) {
    const d = differential(html);
    total++;
    if (d.fast) fast++;
    if (d.mismatch) bad.push(`${id}: line ${d.mismatch.line}\n  fast:   ${d.mismatch.fast}\n  parse5: ${d.mismatch.parse5}`);
  }
  expect(bad).toEqual([]);
  return { fast, total };
}

/**
 * Token soup: random sequences of the start and end tags, text, references, comments and
 * doctypes the fast path models or must refuse, so that misnesting of every kind is tried.
 */
const SOUP_TAGS = 'p div span b i a font em strong center table tbody thead tr td th ul ol li dl dt dd h1 h2 form select option optgroup pre textarea script style title noscript iframe br hr img input button nobr applet object html head body caption col svg'.split(' ');
const SOUP_BITS = ['x', ' ', '\n', '中文', '&amp;', '&nbsp;', '&lt', '&#10;', '<!-- c -->', '<!---->', '<!DOCTYPE html>', '\r\n', '</>', '<', '&', '"', '<br/>', '<p/>', '<script>a</script>'];
/** What may sit inside what in a generated tree (roughly as pages nest it). */
const TREE_KIDS: Record<string, string[]> = {
  body: ['div', 'p', 'table', 'ul', 'dl', 'h2', 'form', 'center', 'font', 'b', 'a', 'span', 'pre', 'select', 'script', 'br', 'img', 'hr'],
  div: ['div', 'p', 'table', 'ul', 'span', 'a', 'b', 'font', 'h2', 'img', 'br', 'script', 'select', 'form', 'strong'],
  center: ['div', 'p', 'table', 'font', 'b'],
  form: ['div', 'p', 'input', 'select', 'table'],
  p: ['span', 'a', 'b', 'i', 'font', 'strong', 'em', 'img', 'br', 'div', 'table', 'ul', 'p', 'h2'],
  span: ['span', 'a', 'b', 'i', 'font', 'img', 'br', 'div'],
  a: ['span', 'img', 'b', 'font', 'div'],
  b: ['span', 'a', 'i', 'font', 'b', 'p', 'div'],
  i: ['span', 'a', 'b', 'font'],
  strong: ['span', 'a', 'font'],
  em: ['span', 'a'],
  font: ['span', 'a', 'b', 'font', 'p', 'div', 'table'],
  h2: ['span', 'a', 'font'],
  pre: ['span', 'b'],
  table: ['tbody', 'tr', 'td'],
  tbody: ['tr', 'td'],
  tr: ['td', 'th'],
  td: ['p', 'div', 'span', 'a', 'table', 'font', 'b', 'img', 'br', 'ul', 'select'],
  th: ['span', 'b'],
  ul: ['li'],
  li: ['a', 'span', 'p', 'ul', 'div', 'b'],
  dl: ['dt', 'dd'],
  dt: ['a', 'span'],
  dd: ['p', 'span', 'a'],
  select: ['option', 'optgroup'],
  optgroup: ['option'],
  option: [],
};
const VOIDS = new Set(['br', 'img', 'hr', 'input']);
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'tbody', 'option', 'optgroup']);
export function tree(rng: Rng): string {
  const out: string[] = [];
  let budget = rng.range(5, 120);
  const TEXT = ['文字', 'x', ' ', '\n  ', '&nbsp;', '&amp;', 'a&lt;b', '中文&#12288;内容', '<!-- c -->'];
  // Tables and selects hold whitespace and comments only (now and then not).
  const text = (parent: string) => (/^(table|tbody|tr|select|optgroup|ul|dl)$/.test(parent) && !rng.chance(0.03) ? rng.pick([' ', '\n', '<!-- c -->']) : rng.pick(TEXT));
  const el = (name: string, depth: number): void => {
    budget--;
    if (name === 'script') return void out.push(rng.pick(['<script>var a = "<div>";</script>', '<script type="text/javascript"><!--\nx()\n//--></script>', '<script src="x.js"></script>']));
    out.push(`<${name}${rng.chance(0.3) ? ` class="c${rng.int(5)}"` : ''}${rng.chance(0.1) ? ' id=x' : ''}>`);
    if (VOIDS.has(name)) return;
    const kids = TREE_KIDS[name] ?? [];
    const count = depth > 12 ? 0 : rng.int(4);
    for (let k = 0; k < count && budget > 0; k++) {
      if (rng.chance(0.4) || !kids.length) out.push(text(name));
      else el(rng.pick(kids), depth + 1);
    }
    if (rng.chance(0.3)) out.push(text(name));
    // End tags: usually written; optional ones often left out; now and then one is lost or stray.
    const r = rng.next();
    if (OPTIONAL_END.has(name) ? r < 0.5 : r < 0.97) out.push(`</${name}>`);
    if (rng.chance(0.02)) out.push(`</${rng.pick(Object.keys(TREE_KIDS))}>`);
  };
  if (rng.chance(0.5)) out.push('<!DOCTYPE html>');
  const whole = rng.chance(0.6);
  if (whole) out.push('<html><head><meta charset="utf-8"><title>标题</title></head>\n<body>');
  while (budget > 0) el(rng.pick(TREE_KIDS.body!), 0);
  if (whole && rng.chance(0.8)) out.push('</body></html>\n');
  return out.join('');
}

export function soup(rng: Rng): string {
  const parts: string[] = [];
  if (rng.chance(0.3)) parts.push(rng.pick(['<!DOCTYPE html>', '<!doctype html public "-//W3C//DTD HTML 4.01 Transitional//EN">', '<!-- top -->', ' ']));
  const n = rng.range(5, 60);
  for (let k = 0; k < n; k++) {
    const r = rng.next();
    const tag = rng.pick(SOUP_TAGS);
    if (r < 0.4) parts.push(`<${rng.chance(0.1) ? tag.toUpperCase() : tag}${rng.chance(0.2) ? ` id="i${k}"${rng.chance(0.3) ? ' class=c' : ''}` : ''}>`);
    else if (r < 0.7) parts.push(`</${tag}>`);
    else parts.push(rng.pick(SOUP_BITS));
  }
  return parts.join('');
}


/**
 * Markup aimed at the own tokenizer's search-based scanning (test/unit/engine/tokenize.test.ts)
 * and at what the two tokenizers and parse5 could read apart: `<` before odd characters, attribute
 * names with `/ < " ' =` and non-ASCII, values quoted, unquoted (with quotes inside) and missing,
 * duplicates, names an object inherits and names past the 32-character name cache, mixed-case tag
 * names, raw-text elements (and names htmlparser2 mistakes for them) with their ends cut and
 * spelt every way, comment edges, CR and CR LF, references, NUL and lone surrogates.
 */
const M_NAMES = ['p', 'div', 'span', 'b', 'a', 'img', 'br', 'P', 'DIV', 'Span', 'script', 'SCRIPT', 'sCrIpT', 'style', 'title', 'TITLE', 'textarea', 'xmp', 'XMP', 'iframe', 'noembed', 'noframes', 'noscript', 'NoScript', 'plaintext', 'tmp', 'TMP', 'xitle', 'xextarea', 'xmpp', 'tm', 'scripts', 'styl', 'table', 'td', 'tr', 'select', 'option', 'pre', 'li', 'h1', 'font', 'svg', 'math', 'template', 'x-y', 'a:b', 'a.b', 'a_b', 'a'.repeat(33), 'B'.repeat(40), 'abcdefghijklmnopqrstuvwxyzabcdef', 'h\u00e9', 'p1', 'input', 'html', 'head', 'body', 'meta', 'link', 'base', 'constructor', 'valueOf'];
const M_ATTRS = ['hidden', 'style', 'href', 'class', 'id', 'HIDDEN', 'Style', 'HREF', 'src', '__proto__', 'constructor', 'hasOwnProperty', 'toString', 'valueOf', 'x/y', 'a<b', 'a"b', "a'b", '"', "'", '<', 'a\u00e9', '\u4e2d', 'a'.repeat(33), 'data-x', 'aria-hidden', 'on:x', 'x.y', '_', '-', 'type', 'a&b', 'a\u0000'];
const M_VALUES = ['', 'x', 'display:none', 'DISPLAY: NONE', 'http://a.b/c?d=1&e=2', 'http://a.b/?id=1&notin&x=2', 'a"b', "a'b", 'a>b', 'a b', '&amp;', '&lt;p&gt;', '&', '&#', '&#x;', '&notit;', '&amp', '&parallel', 'a\r\nb', 'a\rb', '\r', '中文', 'a=b', '/', 'x/', '</script>', '<!--', '-->', '&nbsp', 'javascript:x', '\ud800', 'a\tb', '`'];
const M_TEXTS = ['a', ' ', '\n', '\r', '\r\n', '\r\r\n', '&', '&amp;', '&lt;b&gt;', '&#60;', '&#x3C;', '&#0;', '&nbsp', '&notin', '&noti;', '中文', '\ud800', '\udc00', '\ud83d\ude00', '<', '< ', '<1', '<=', '<<', '<中', '</', '</ ', '</>', '<!', '<!-', '<!--', '-->', '--!>', '<?', '\u00a0', '\ufeff', '\t', '\f', '\x0b', 'x&y', '\0'];
const M_COMMENTS = ['<!---->', '<!-- a -->', '<!--a--->', '<!--a--!>b-->', '<!--<!--x-->', '<!-- -- -->', '<!---x-->', '<!--\r\n-->', '<!-->', '<!--->', '<!DOCTYPE html>', '<!doctype>', '<!DOCTYPEhtml>', '<!d>', '<!-x>', '<!x>', '<?x?>', '<![CDATA[a]]>', `<!--${'a'.repeat(50)}-->`];
const M_RAW = ['script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'tmp', 'xitle', 'xextarea'];
const M_RAW_BITS = ['a', '<b>', '</b>', '<', '</', '<!--', '-->', '&amp;', '&lt;', '<script>', '</scrip', '\r\n', '<p hidden>x</p>', '<span style="display:none">h</span>', '&'];

export function markup(rng: Rng): string {
  const ws = () => rng.pick(['', '', ' ', '\n', '\r\n', '\r', '\t', '\f', '  ']);
  const cased = (s: string) => {
    const r = rng.next();
    if (r < 0.6) return s;
    if (r < 0.8) return s.toUpperCase();
    return [...s].map((c) => (rng.chance(0.5) ? c.toUpperCase() : c)).join('');
  };
  const attr = () => {
    const n = rng.pick(M_ATTRS);
    const r = rng.next();
    if (r < 0.15) return n;
    const v = rng.pick(M_VALUES);
    const eq = `${ws()}=${ws()}`;
    if (r < 0.5) return `${n}${eq}"${v.replace(/"/g, "'")}"`;
    if (r < 0.7) return `${n}${eq}'${v.replace(/'/g, '"')}'`;
    if (r < 0.95) return n + eq + v.replace(/[\s>]/g, '');
    return n + eq;
  };
  const start = (name: string) => {
    let s = `<${cased(name)}`;
    for (let i = rng.int(4); i > 0; i--) s += rng.pick([' ', ' ', '\n', '\r\n', '\t', '/', '\f']) + attr();
    return s + ws() + (rng.chance(0.1) ? '/>' : '>');
  };
  const end = (name: string) => `</${cased(name)}${rng.pick(['>', '>', '>', ' >', '\n>', '\t>', ' x>', '/>', ' a=b>', '\r\n>'])}`;
  let s = '';
  for (let n = rng.range(1, 10); n > 0; n--) {
    const r = rng.next();
    if (r < 0.3) s += rng.pick(M_TEXTS);
    else if (r < 0.55) s += start(rng.pick(M_NAMES));
    else if (r < 0.7) s += end(rng.pick(M_NAMES));
    else if (r < 0.8) s += rng.pick(M_COMMENTS);
    else {
      const name = rng.pick(M_RAW);
      let body = '';
      for (let i = rng.int(4); i > 0; i--) body += rng.pick([...M_RAW_BITS, `</${name}`, `</${name}x>`]);
      const endName = rng.pick([name, name, name, 'script', 'xmp', 'title', 'textarea', 'style', 'iframe', 'noscript', `${name}x`, name.slice(0, -1)]);
      s += start(name) + body + (rng.chance(0.9) ? end(endName) : '');
    }
  }
  return rng.chance(0.3) ? `<p>${s}</p>` : s;
}

/** References in attribute values (quoted and not), texts and a title, with what may follow each. */
const R_NAMES = ['amp', 'AMP', 'lt', 'gt', 'not', 'notin', 'notinva', 'para', 'parallel', 'times', 'timesb', 'timesd', 'copy', 'copysr', 'reg', 'sect', 'micro', 'middot', 'cent', 'centerdot', 'deg', 'sup', 'sup1', 'supe', 'nbsp', 'quot', 'yen', 'uml', 'frac12', 'frac13', 'ang', 'angle', 'eacute', 'ETH', 'ne', 'in', 'isin', 'pi', 'piv', 'acute', 'lang', 'ltri', 'ltimes', 'zwj', '#', '#x', '#X', '#1', '#60', '#x3c', '#x110000', '#0', '#128', '#xD800', '#65a', '#x41g'];
const R_AFTER = ['', ';', '=', 'a', 'x', '1', ';x', '-', ' ', '"', "'", '&', '<', '>', '/', '#', 'in', ';;', 'z=', '\r', '\n'];
export function references(rng: Rng): string {
  let ref = '';
  for (let n = rng.range(1, 3); n > 0; n--) ref += `&${rng.pick(R_NAMES)}${rng.pick(R_AFTER)}`;
  switch (rng.int(5)) {
    case 0:
      return `<p title="${ref.replace(/"/g, '')}">x</p>`;
    case 1:
      return `<p title='${ref.replace(/'/g, '')}'>x</p>`;
    case 2:
      return `<p title=${ref.replace(/[\s>"'<=`]/g, '')}>x</p>`;
    case 3:
      return `<p>${ref}</p>`;
    default:
      return `<title>${ref}</title><p>x`;
  }
}
