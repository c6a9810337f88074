/**
 * Selectors compiled once: a selector string is parsed and compiled (the engine's own selector
 * language, `css.ts`) the first time it is asked and kept for the life of the module, so the rule
 * tables' and templates' selectors are compiled once per process, not once per page.
 */
import type { Element } from 'domhandler';
import { parseSelector, type Key, type ScopedTest, type Test } from './css';

export { classTokens, CLASS_SEPARATOR, SelectorError, type Key, type Test } from './css';
import { classTokens } from './css';

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
  /** Whether some part has a combinator (a descendant or child step). */
  traverses: boolean;
  /**
   * The whole list with its ancestor steps kept strictly below `scope` (what a selector means
   * under an element: `div p` under `root` needs its `div` inside `root`).
   */
  scoped: ScopedTest;
}

const compiled = new Map<string, Compiled>();

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

/** The compiled form of `selector` (parsed and compiled on first use, then kept); throws a SelectorError outside the subset. */
export function compiledSelector(selector: string): Compiled {
  let c = compiled.get(selector);
  if (!c) {
    const parsed = parseSelector(selector);
    const parts = parsed.map((p): Part => ({ key: p.key, test: p.match }));
    const tests = parsed.map((p) => p.test);
    c = {
      test: dispatcher(parts),
      parts,
      traverses: parsed.some((p) => p.traverses),
      scoped: tests.length === 1 ? tests[0]! : (el, scope) => tests.some((t) => t(el, scope)),
    };
    compiled.set(selector, c);
  }
  return c;
}

/** Whether `el` matches `selector` (compiled once). */
export function matches(el: Element, selector: string): boolean {
  return compiledSelector(selector).test(el);
}


/** Every selector compiled so far in this process (for the test that every one is in the subset and agrees with the reference). */
export function compiledSelectorTexts(): string[] {
  return [...compiled.keys()];
}
