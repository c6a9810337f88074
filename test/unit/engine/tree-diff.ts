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

