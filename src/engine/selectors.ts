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
  /**
   * The whole selector list, for tests of one element and for walks under a root: only the parts
   * filed under the element's tag, id or classes (and the parts without such a key) are tried.
   */
  test: Test;
  /** One entry per comma-separated part. */
  parts: Part[];
  /** Whether some part has a combinator (a descendant, child or sibling step). */
  traverses: boolean;
}

const compiled = new Map<string, Compiled>();
const OPTIONS = { xmlMode: false, lowerCaseTags: true, lowerCaseAttributeNames: true } as const;
const TRAVERSAL = new Set(['descendant', 'child', 'sibling', 'adjacent', 'parent', 'column-combinator']);
/** How css-select splits a class attribute (`(?:^|\s)name(?:$|\s)`): any JavaScript whitespace. */
export const CLASS_SEPARATOR = /\s+/;
const HAS_SPACE = /\s/;

/** Class lists already split (pages repeat a few class attributes on many elements). */
const splitClasses = new Map<string, readonly string[]>();
const MAX_SPLIT_CLASSES = 4096;

/**
 * The class names of a class attribute that holds whitespace, as css-select reads them (split at
 * any whitespace, empty names dropped); kept per attribute value, shared (callers only read it).
 */
export function classTokens(cls: string): readonly string[] {
  let out = splitClasses.get(cls);
  if (!out) {
    out = cls.split(CLASS_SEPARATOR).filter(Boolean);
    if (splitClasses.size >= MAX_SPLIT_CLASSES) splitClasses.clear();
    splitClasses.set(cls, out);
  }
  return out;
}

/**
 * Whether css-select compares this attribute token's value case-sensitively: css-what marks `#id`
 * and `.class` with `ignoreCase: 'quirks'`, which css-select reads as case-sensitive unless told
 * the document is in quirks mode (OPTIONS does not); only an explicit `i` flag folds case.
 */
const caseSensitive = (t: { ignoreCase?: boolean | 'quirks' | null }) => t.ignoreCase !== true;

/** The key of a part's last compound (after its last combinator): its id, else a class, else its tag. */
function keyOf(part: Selector[]): Key {
  let id: string | null = null;
  let cls: string | null = null;
  let tag: string | null = null;
  for (let i = part.length - 1; i >= 0; i--) {
    const t = part[i]!;
    if (TRAVERSAL.has(t.type)) break;
    if (t.type === 'attribute' && t.name === 'id' && t.action === 'equals' && caseSensitive(t)) id = t.value;
    else if (t.type === 'attribute' && t.name === 'class' && t.action === 'element' && caseSensitive(t) && !HAS_SPACE.test(t.value)) cls = t.value;
    else if (t.type === 'tag') tag = t.name.toLowerCase();
  }
  if (id !== null) return { by: 'id', name: id };
  if (cls !== null) return { by: 'class', name: cls };
  if (tag !== null) return { by: 'tag', name: tag };
  return { by: 'all' };
}

/**
 * One test for a selector list that tries only the parts an element can match: a part keyed by a
 * tag, an id or a class matches no element without it, so the element's own tag, id and classes
 * pick the parts to run (a list of forty drop selectors costs a few map look-ups per element).
 */
function dispatcher(parts: readonly Part[]): Test {
  if (parts.length === 1) return parts[0]!.test;
  const byTag = new Map<string, Test[]>();
  const byId = new Map<string, Test[]>();
  const byClass = new Map<string, Test[]>();
  const rest: Test[] = [];
  for (const { key, test } of parts) {
    if (key.by === 'all') {
      rest.push(test);
      continue;
    }
    const map = key.by === 'tag' ? byTag : key.by === 'id' ? byId : byClass;
    const list = map.get(key.name);
    if (list) list.push(test);
    else map.set(key.name, [test]);
  }
  const any = (tests: readonly Test[] | undefined, el: Element) => {
    if (tests) for (const t of tests) if (t(el)) return true;
    return false;
  };
  return (el) => {
    if (byTag.size && any(byTag.get(el.name), el)) return true;
    const a = el.attribs;
    if (byId.size && a.id !== undefined && any(byId.get(a.id), el)) return true;
    const cls = a.class;
    if (byClass.size && cls) for (const c of classTokens(cls)) if (any(byClass.get(c), el)) return true;
    return any(rest, el);
  };
}

/** The compiled form of `selector` (parsed and compiled on first use, then kept). */
export function compiledSelector(selector: string): Compiled {
  let c = compiled.get(selector);
  if (!c) {
    const tokens = parse(selector);
    const parts = tokens.map((part) => ({ key: keyOf(part), test: compile<AnyNode, Element>(stringify([part]), OPTIONS) as Test }));
    c = {
      test: dispatcher(parts),
      parts,
      traverses: tokens.some((part) => part.some((t) => TRAVERSAL.has(t.type))),
    };
    compiled.set(selector, c);
  }
  return c;
}

/** What css-select compiles for the whole list (the reference the dispatching test is checked against). */
export function referenceTest(selector: string): Test {
  return compile<AnyNode, Element>(selector, OPTIONS) as Test;
}

/** Whether `el` matches `selector` (compiled once). */
export function matches(el: Element, selector: string): boolean {
  return compiledSelector(selector).test(el);
}

