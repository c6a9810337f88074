/**
 * Selectors compiled once: a selector string is parsed and compiled (css-select, the matcher
 * cheerio uses) the first time it is asked and kept for the life of the module, so the rule tables'
 * and templates' selectors are compiled once per process, not once per page.
 */
import { compile } from 'css-select';
import { parse, stringify, type Selector } from 'css-what';
import type { AnyNode, Element } from 'domhandler';

export type Test = (el: Element) => boolean;

/** Where the candidates of one comma-separated part of a selector are filed. */
export type Key = { by: 'id' | 'class' | 'tag'; name: string } | { by: 'all' };

export interface Part {
  key: Key;
  test: Test;
}

export interface Compiled {
  /** The whole selector list, for tests of one element and for walks under a root. */
  test: Test;
  /** One entry per comma-separated part. */
  parts: Part[];
  /** Whether some part has a combinator (a descendant, child or sibling step). */
  traverses: boolean;
}

const compiled = new Map<string, Compiled>();
const OPTIONS = { xmlMode: false, lowerCaseTags: true, lowerCaseAttributeNames: true } as const;
const TRAVERSAL = new Set(['descendant', 'child', 'sibling', 'adjacent', 'parent', 'column-combinator']);

/** The key of a part's last compound (after its last combinator): its id, else a class, else its tag. */
function keyOf(part: Selector[]): Key {
  let id: string | null = null;
  let cls: string | null = null;
  let tag: string | null = null;
  for (let i = part.length - 1; i >= 0; i--) {
    const t = part[i]!;
    if (TRAVERSAL.has(t.type)) break;
    if (t.type === 'attribute' && t.name === 'id' && t.action === 'equals' && !t.ignoreCase) id = t.value;
    else if (t.type === 'attribute' && t.name === 'class' && t.action === 'element' && !t.ignoreCase) cls = t.value;
    else if (t.type === 'tag') tag = t.name.toLowerCase();
  }
  if (id !== null) return { by: 'id', name: id };
  if (cls !== null) return { by: 'class', name: cls };
  if (tag !== null) return { by: 'tag', name: tag };
  return { by: 'all' };
}

/** The compiled form of `selector` (parsed and compiled on first use, then kept). */
export function compiledSelector(selector: string): Compiled {
  let c = compiled.get(selector);
  if (!c) {
    const tokens = parse(selector);
    c = {
      test: compile<AnyNode, Element>(selector, OPTIONS) as Test,
      parts: tokens.map((part) => ({ key: keyOf(part), test: compile<AnyNode, Element>(stringify([part]), OPTIONS) as Test })),
      traverses: tokens.some((part) => part.some((t) => TRAVERSAL.has(t.type))),
    };
    compiled.set(selector, c);
  }
  return c;
}

/** Whether `el` matches `selector` (compiled once). */
export function matches(el: Element, selector: string): boolean {
  return compiledSelector(selector).test(el);
}

