/**
 * The engine's selector language (src/engine/css.ts): every selector the rule tables, templates and
 * engine use is inside the subset it compiles, a selector outside it fails at compile time naming
 * itself, and the matcher answers what css-select (the reference, a dev dependency) answers, for
 * every such selector on every element of every fixture page (one page of each kind in the quick
 * run) and on hostile attribute values.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'domhandler';
import { describe, expect, test } from 'vitest';
import { makeCtx } from '../src/engine/context';
import { findAll, selectIn } from '../src/engine/dom';
import { extract } from '../src/engine/extract';
import { parseHtml, splitFrontMatter } from '../src/engine/parse';
import { compiledSelector, compiledSelectorTexts, SelectorError } from '../src/engine/selectors';
import { BODY_DROP_SELECTOR, BODY_DROPS, VIDEO_MARKERS } from '../src/rules/page';
import { EDITOR_BOX, PAGE_FAMILY_READS, PAGE_WIDE_READS } from '../src/rules/page-families';
import { loadCorpus, readFixture } from './support/corpus';
import { referenceSelect, referenceTest } from './support/css-reference';
import { fixtureKind, sweep } from './support/sweep';

const SRC = join(import.meta.dirname, '..', 'src');

/** Selector literals written in the engine's, templates' and tables' code (the calls that take one). */
function literalSelectors(): string[] {
  const out = new Set<string>();
  const call = /\b(?:selectIn|selectUnder|firstUnder|matches|is|compiledSelector|index\.(?:select|first|has))\((?:[\w.]+, )?'([^']*)'/g;
  for (const dir of ['engine', 'templates', 'rules']) {
    for (const file of readdirSync(join(SRC, dir), { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.ts')) continue;
      for (const m of readFileSync(join(SRC, dir, file), 'utf8').matchAll(call)) out.add(m[1]!);
    }
  }
  return [...out];
}

const declared = [
  ...BODY_DROPS.map((d) => d.selector),
  BODY_DROP_SELECTOR,
  VIDEO_MARKERS.selector,
  EDITOR_BOX,
  ...PAGE_FAMILY_READS.flatMap((f) => [...f.title, ...f.body, ...Object.values(f.parts)]),
  ...Object.values(PAGE_WIDE_READS),
];
const literals = literalSelectors();
let usedList: string[] | null = null;
/** Every selector named in code or tables, and every one the engine compiled extracting the fixtures (one of each kind in the quick run). */
function used(): string[] {
  if (!usedList) {
    for (const f of sweep(loadCorpus(), fixtureKind)) extract(readFixture(f), { url: f.url });
    usedList = [...new Set([...declared, ...literals, ...compiledSelectorTexts()])];
  }
  return usedList;
}
/** Selectors of the subset's every form, beyond what the tables use today. */
const forms = [
  'div > p', 'div p', 'body div p', 'div > p span', 'html > body > div', 'div p > a', '* > *', '*', 'p.a.b', 'div#x.y',
  '[hidden]', '[class~=a]', '[class~=A i]', '[id=A i]', '[id=a s]', '[lang|=zh]', '[rel=CANONICAL]', '[rel^=Can]', '[type$=SCRIPT]',
  '[title*="\'"]', "[title='\"']", '[data-x=""]', '[data-x|=""]', '[title*=İ i]', '[title*=k i]', '[title~=ſ i]', '[title^=ab i]',
  '[title$=AB i]', '[title|=en i]', 'P', 'DIV > P', '[CLASS~=a]', 'span[id^=quote_], .a .b, #x > .y',
];

describe('the subset', () => {
  test('every selector the tables, templates and engine name compiles', () => {
    expect(literals.length).toBeGreaterThan(5);
    for (const sel of [...declared, ...literals, ...forms]) expect(() => compiledSelector(sel), sel).not.toThrow();
  });

  test('the selectors the engine compiles on the fixtures (some built from table constants) are all checked below', () => {
    const seen = used();
    expect(seen.length).toBeGreaterThan(30);
    // Built in code from the tables' constants, which no scan of literals finds.
    expect(seen).toContain(`${PAGE_FAMILY_READS[0]!.parts.weibo} .weibo_user`);
    expect(seen).toContain(`${PAGE_WIDE_READS.meta}[content]`);
  });

  test.each([
    [':first-child', 'pseudo-classes'],
    ['p:not(.a)', 'pseudo-classes'],
    ['p::before', 'pseudo-classes'],
    ['a + b', '"+" combinator'],
    ['a ~ b', '"~" combinator'],
    ['a\\:b', 'escapes'],
    ['[title="a\\"b"]', 'escapes'],
    ['ns|a', 'namespaces'],
    ['[x!=y]', 'unexpected'],
    ['', 'expected'],
    ['a,', 'expected'],
    ['a,,b', 'expected'],
    ['> a', 'unexpected'],
    ['a >', 'expected'],
    ['[x^=""]', 'matches nothing'],
    ['[x*=""]', 'matches nothing'],
    ['[x~="a b"]', 'matches nothing'],
    ['[x="a', 'unclosed quote'],
    ['[x', 'unexpected'],
    ['a b c d e f g h i', 'more than 8 compounds'],
    ['.1a', 'not a CSS name'],
  ])('%j is refused, naming the selector (%s)', (sel, why) => {
    expect(() => compiledSelector(sel)).toThrow(SelectorError);
    expect(() => compiledSelector(sel)).toThrow(JSON.stringify(sel));
    expect(() => compiledSelector(sel)).toThrow(why);
  });

  test('an over-long selector or list is refused', () => {
    expect(() => compiledSelector(`p${'.a'.repeat(2500)}`)).toThrow('longer than');
    expect(() => compiledSelector(Array.from({ length: 300 }, (_, i) => `.c${i}`).join(','))).toThrow('parts');
  });
});

function elementsOf(html: string) {
  const ctx = makeCtx();
  const doc = parseHtml(splitFrontMatter(html).body, ctx);
  return { doc, all: findAll(doc, ctx.deadline, () => true) };
}

function agree(all: Element[], selectors: readonly string[], where: string) {
  for (const sel of selectors) {
    const ours = compiledSelector(sel).test;
    const ref = referenceTest(sel);
    const differ = all.filter((el) => ours(el) !== ref(el));
    expect(differ.map((el) => `<${el.name} ${JSON.stringify(el.attribs)}>`), `${where}: ${sel}`).toEqual([]);
  }
}

/** Roots to select under: the document, the root element, the body, and a few elements with children. */
function roots(doc: ReturnType<typeof elementsOf>['doc'], all: Element[]) {
  const withKids = all.filter((el) => el.children.some((c) => c.type === 'tag'));
  return [doc, ...withKids.filter((el) => el.name === 'html' || el.name === 'body'), ...withKids.filter((_, i) => i % 97 === 5).slice(0, 6)];
}

const pages = sweep(loadCorpus(), fixtureKind);
const traversing = () => [...used(), ...forms].filter((s) => compiledSelector(s).traverses);

describe('the matcher answers what css-select answers', () => {
  test.each(pages.map((f) => [f.id, f] as const))('%s: every selector, every element; scoped walks', (_id, f) => {
    const { doc, all } = elementsOf(readFixture(f));
    agree(all, [...used(), ...forms], f.id);
    for (const root of roots(doc, all)) {
      for (const sel of traversing()) expect(selectIn(root, sel), `${f.id}: ${sel} under <${(root as Element).name ?? '#document'}>`).toEqual(referenceSelect(sel, root as Element));
    }
  });

  test('hostile attribute values: quotes, backslashes, case, whitespace in class lists, empty values', () => {
    const values = ['', ' ', 'a', 'A', 'a b', ' a ', 'a\u00a0b', 'a\u3000b', 'a\tb', '\\', 'a\\b', '"', "'", '"\'', 'canonical', 'CANONICAL', 'Canonical x',
      'quote_1', 'QUOTE_1', 'x quote_', 'İ', 'i̇', 'K', 'k', '\u212a', 'ſ', 's', 'ab', 'AB', 'xAB', 'en', 'en-US', 'EN-us', 'enx', '-', 'stock_', 'xstock_y', 'ab cd ab'];
    const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    const els = values.flatMap((v, i) => [
      `<P CLASS="${esc(v)}" title="${esc(v)}" data-x="${esc(v)}">${i}</P>`,
      `<div id="${esc(v)}" lang="${esc(v)}" rel="${esc(v)}" Type="${esc(v)}"><p class="${esc(v)} a">x</p><span id="quote_${i}" class="b">q</span></div>`,
      `<link rel="${esc(v)}"><a href="${esc(v)}" data-sudaclick="${esc(v)}">l</a>`,
    ]);
    const html = `<!DOCTYPE html><html><head><title>t</title></head><body class="a"><div class="A a"><div class=" b "><p id="x" class="y">n</p>${els.join('')}</div></div><svg><clipPath class="a"></clipPath></svg></body></html>`;
    const { doc, all } = elementsOf(html);
    expect(all.length).toBeGreaterThan(values.length * 5);
    const valueSelectors = values.filter((v) => v !== '' && !v.includes('\\') && !(v.includes('"') && v.includes("'"))).flatMap((v) => {
      const q = v.includes('"') ? `'${v}'` : `"${v}"`;
      return ['=', '^=', '$=', '*=', '|=', ...(/\s/.test(v) ? [] : ['~='])].flatMap((op) => [`[title${op}${q}]`, `[title${op}${q} i]`, `[rel${op}${q}]`, `[rel${op}${q} s]`]);
    });
    agree(all, [...used(), ...forms, 'clippath', 'svg .a', ...valueSelectors], 'hostile');
    for (const root of roots(doc, all)) for (const sel of traversing()) expect(selectIn(root, sel), sel).toEqual(referenceSelect(sel, root as Element));
  });

  test('deep nesting: a walk up thousands of ancestors is iterative and linear', () => {
    const depth = 3000;
    const html = `<body>${'<div class="w">'.repeat(depth)}<p class="t">x</p>${'</div>'.repeat(depth)}</body>`;
    const { all } = elementsOf(html);
    const p = all.find((el) => el.name === 'p')!;
    for (const sel of ['.w .t', 'body .w > .w .t', 'section .w > p', 'body > .t']) expect(compiledSelector(sel).test(p), sel).toBe(referenceTest(sel)(p));
  });
});
