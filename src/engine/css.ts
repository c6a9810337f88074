/**
 * The engine's selector language: a small parser and matcher over domhandler elements for the
 * subset of CSS the rule tables and templates use, with the meaning a standards-mode HTML document
 * gives it (the meaning css-select gives with `xmlMode: false`, which a test checks on every
 * fixture element).
 *
 * The subset:
 * - a list of selectors separated by commas;
 * - each selector is compounds joined by a descendant (whitespace) or child (`>`) combinator;
 * - a compound is an optional type (`p`, `*`) followed by any of `#id`, `.class`, `[attr]` and
 *   `[attr OP value]` with OP one of `=`, `~=`, `|=`, `^=`, `$=`, `*=`, the value quoted or a bare
 *   name, optionally followed by an `i` or `s` flag.
 *
 * Anything else (pseudo-classes, `+` and `~` combinators, escapes, namespaces) is refused at compile
 * time with an error naming the selector, so a rule written outside the subset fails its test.
 *
 * Case: type and attribute names are read in lower case (HTML elements and attributes are lower
 * case in the tree); `#id` and `.class` compare case-sensitively; an attribute value compares
 * case-insensitively with the `i` flag, or without a flag for the attributes HTML lists as
 * case-insensitive (`rel`, `type`, `lang`…).
 *
 * Cost: parsing is linear in the selector, which is bounded in length, parts and compounds. A
 * match tests the element's compound, then walks up its ancestors once per run of child-joined
 * compounds (the nearest ancestor where a run matches is always the right one to keep), so a test
 * costs at most the element's depth times the selector's compounds. Nothing recurses.
 */
import type { AnyNode, Element } from 'domhandler';

export type Test = (el: Element) => boolean;
/** A test whose ancestor steps stay strictly below `scope` (null: the whole tree). */
export type ScopedTest = (el: Element, scope: Element | null) => boolean;

/** Where the candidates of one comma-separated part are filed: its last compound's id, a class or its tag. */
export type Key = { by: 'id' | 'class' | 'tag'; name: string } | { by: 'all' };

export interface ParsedPart {
  key: Key;
  /** Whether the part has a combinator. */
  traverses: boolean;
  /** The part's test on one element (ancestors read up to the scope). */
  test: ScopedTest;
  /** The same test with the whole tree above the element in reach. */
  match: Test;
}

/** Longest selector text, comma-separated parts and compounds per part the compiler takes. */
export const SELECTOR_LIMITS = { chars: 4000, parts: 256, compounds: 8 } as const;

/** Thrown for a selector outside the subset, naming it. */
export class SelectorError extends Error {
  constructor(selector: string, why: string) {
    super(`selector ${JSON.stringify(selector)}: ${why}`);
    this.name = 'SelectorError';
  }
}

/**
 * Attribute values HTML compares case-insensitively in selectors (the HTML standard's list,
 * "case-sensitivity of selectors"), as css-select reads them when no flag is given.
 */
const CASE_INSENSITIVE_ATTRIBUTES = new Set(
  ('accept accept-charset align alink axis bgcolor charset checked clear codetype color compact declare defer dir direction disabled ' +
    'enctype face frame hreflang http-equiv lang language link media method multiple nohref noresize noshade nowrap readonly rel rev ' +
    'rules scope scrolling selected shape target text type valign valuetype vlink').split(' '),
);

/** Whitespace as a class list splits on it (JavaScript's `\s`, NBSP and U+3000 included). */
export const CLASS_SEPARATOR = /\s+/;
const HAS_SPACE = /\s/;

/** Class lists already split (pages repeat a few class attributes on many elements). */
const splitClasses = new Map<string, readonly string[]>();
const MAX_SPLIT_CLASSES = 4096;

/**
 * The names of a whitespace-separated attribute value (a class list), split at any whitespace,
 * empty names dropped; kept per value, shared (callers only read it).
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

const own = Object.prototype.hasOwnProperty;
/**
 * A reader of one attribute's value (undefined when absent): a plain property read, but for a
 * name that plain objects inherit (`constructor`, `toString`…), which must be the element's own.
 */
const reader = (name: string): ((el: Element) => string | undefined) =>
  name in Object.prototype ? (el) => (own.call(el.attribs, name) ? el.attribs[name] : undefined) : (el) => el.attribs[name];

const isTag = (n: AnyNode | null): n is Element => !!n && (n.type === 'tag' || n.type === 'script' || n.type === 'style');

/** The element's parent element if it is strictly below `scope`. */
const parentIn = (el: Element, scope: Element | null): Element | null => {
  const p = el.parent as AnyNode | null;
  return isTag(p) && p !== scope ? p : null;
};

const escapeRegex = (s: string) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');

type Op = '' | '=' | '~=' | '|=' | '^=' | '$=' | '*=';

/** One `[name OP value]` test, with the case rule decided. */
function attributeTest(name: string, op: Op, value: string, ignoreCase: boolean): Test {
  const attr = reader(name);
  const len = value.length;
  const low = value.toLowerCase();
  switch (op) {
    case '':
      return (el) => attr(el) != null;
    case '=':
      return ignoreCase
        ? (el) => {
            const v = attr(el);
            return v != null && v.length === low.length && v.toLowerCase() === low;
          }
        : (el) => attr(el) === value;
    case '|=':
      return (el) => {
        const v = attr(el);
        if (v == null || (v.length !== len && v.charAt(len) !== '-')) return false;
        const head = v.slice(0, len);
        return ignoreCase ? head.toLowerCase() === low : head === value;
      };
    case '^=':
      return ignoreCase
        ? (el) => {
            const v = attr(el);
            return v != null && v.length >= len && v.slice(0, len).toLowerCase() === low;
          }
        : (el) => !!attr(el)?.startsWith(value);
    case '$=':
      return ignoreCase
        ? (el) => {
            const v = attr(el);
            return v != null && v.slice(Math.max(0, v.length - len)).toLowerCase() === low;
          }
        : (el) => !!attr(el)?.endsWith(value);
    case '*=': {
      if (!ignoreCase) return (el) => !!attr(el)?.includes(value);
      const re = new RegExp(escapeRegex(value), 'i');
      return (el) => {
        const v = attr(el);
        return v != null && v.length >= len && re.test(v);
      };
    }
    case '~=': {
      if (!ignoreCase) return (el) => {
        const v = attr(el);
        return v != null && v.length >= len && classTokens(v).includes(value);
      };
      const re = new RegExp(`(?:^|\\s)${escapeRegex(value)}(?:$|\\s)`, 'i');
      return (el) => {
        const v = attr(el);
        return v != null && v.length >= len && re.test(v);
      };
    }
  }
}

/** One compound: its tag (null for none or `*`), ids, classes and attribute tests. */
interface Compound {
  tag: string | null;
  ids: string[];
  classes: string[];
  attrs: Test[];
}

function compoundTest(c: Compound): Test {
  const { tag, ids, classes, attrs } = c;
  // The shapes the tables use most, without loops: a tag, an id, a class, a tag and a class.
  if (!attrs.length && ids.length + classes.length <= 1) {
    if (ids.length) {
      const id = ids[0]!;
      return tag === null ? (el) => el.attribs.id === id : (el) => el.name === tag && el.attribs.id === id;
    }
    if (classes.length) {
      const name = classes[0]!;
      const has = (el: Element) => {
        const cls = el.attribs.class;
        return !!cls && cls.length >= name.length && (cls === name || classTokens(cls).includes(name));
      };
      return tag === null ? has : (el) => el.name === tag && has(el);
    }
    return tag === null ? () => true : (el) => el.name === tag;
  }
  return (el) => {
    if (tag !== null && el.name !== tag) return false;
    const a = el.attribs;
    for (const id of ids) if (a.id !== id) return false;
    if (classes.length) {
      const cls = a.class;
      if (!cls) return false;
      const tokens = classTokens(cls);
      for (const name of classes) if (!tokens.includes(name)) return false;
    }
    for (const t of attrs) if (!t(el)) return false;
    return true;
  };
}

/** Characters of a name (type, id, class, attribute, bare value): ASCII letters, digits, `-`, `_` and anything past U+009F. */
const isNameChar = (code: number) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x5f || code > 0x9f;
const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';

/**
 * Parses `selector` into its parts' tests, or throws a SelectorError naming it and what is outside
 * the subset.
 */
export function parseSelector(selector: string): ParsedPart[] {
  const fail = (why: string): never => {
    throw new SelectorError(selector, why);
  };
  if (selector.length > SELECTOR_LIMITS.chars) fail(`longer than ${SELECTOR_LIMITS.chars} characters`);
  const s = selector;
  let i = 0;
  const skipSpace = () => {
    const from = i;
    while (isSpace(s[i])) i++;
    return i > from;
  };
  const name = (what: string): string => {
    const from = i;
    while (i < s.length && isNameChar(s.charCodeAt(i))) i++;
    if (i === from) fail(`${what} expected at ${i}${s[i] === undefined ? ' (end)' : ` ("${s[i]}")`}`);
    const n = s.slice(from, i);
    if (/^(?:\d|-\d|--)/.test(n) && what !== 'a value') fail(`"${n}" is not a CSS name`);
    return n;
  };
  const unsupported = (ch: string): never => {
    if (ch === ':') return fail(`pseudo-classes are outside the engine's selector subset (at ${i})`);
    if (ch === '+' || ch === '~') return fail(`the "${ch}" combinator is outside the engine's selector subset (at ${i})`);
    if (ch === '\\') return fail(`escapes are outside the engine's selector subset (at ${i})`);
    if (ch === '|') return fail(`namespaces are outside the engine's selector subset (at ${i})`);
    return fail(`unexpected "${ch}" at ${i}`);
  };

  const compound = (): Compound => {
    const c: Compound = { tag: null, ids: [], classes: [], attrs: [] };
    let any = false;
    if (s[i] === '*') {
      i++;
      any = true;
    } else if (i < s.length && isNameChar(s.charCodeAt(i))) {
      c.tag = name('a type').toLowerCase();
      any = true;
    }
    for (;;) {
      const ch = s[i];
      if (ch === '#') {
        i++;
        c.ids.push(name('an id'));
      } else if (ch === '.') {
        i++;
        c.classes.push(name('a class'));
      } else if (ch === '[') {
        i++;
        skipSpace();
        const attrName = name('an attribute name').toLowerCase();
        skipSpace();
        let op: Op = '';
        if (s[i] === '=') op = '=';
        else if ('~|^$*'.includes(s[i] ?? 'x') && s[i + 1] === '=') op = `${s[i]}=` as Op;
        else if (s[i] !== ']') unsupported(s[i] ?? 'end');
        i += op.length;
        let value = '';
        let ignoreCase = CASE_INSENSITIVE_ATTRIBUTES.has(attrName);
        if (op) {
          skipSpace();
          const q = s[i];
          if (q === '"' || q === "'") {
            const end = s.indexOf(q, i + 1);
            if (end < 0) fail(`unclosed quote at ${i}`);
            value = s.slice(i + 1, end);
            if (value.includes('\\')) unsupported('\\');
            if (/[\n\r\f]/.test(value)) fail(`a line break in a quoted value at ${i}`);
            i = end + 1;
          } else value = name('a value');
          if (value === '' && op !== '=' && op !== '|=') fail(`[${attrName}${op}""] matches nothing`);
          if (op === '~=' && HAS_SPACE.test(value)) fail(`[${attrName}~=…] with whitespace in the value matches nothing`);
          const spaced = skipSpace();
          const flag = s[i];
          if (spaced && (flag === 'i' || flag === 'I' || flag === 's' || flag === 'S') && (isSpace(s[i + 1]) || s[i + 1] === ']')) {
            ignoreCase = flag === 'i' || flag === 'I';
            i++;
            skipSpace();
          }
        }
        if (s[i] !== ']') unsupported(s[i] ?? 'end');
        i++;
        c.attrs.push(attributeTest(attrName, op, value, ignoreCase));
      } else break;
      any = true;
    }
    if (!any) unsupported(s[i] ?? 'end');
    return c;
  };

  const parts: ParsedPart[] = [];
  skipSpace();
  for (;;) {
    // One part: compounds joined by combinators, read left to right.
    const compounds: Compound[] = [compound()];
    const combinators: Array<' ' | '>'> = [];
    for (;;) {
      const spaced = skipSpace();
      const ch = s[i];
      if (ch === undefined || ch === ',') break;
      if (ch === '>') {
        i++;
        skipSpace();
        combinators.push('>');
      } else if (spaced && ch !== '+' && ch !== '~') combinators.push(' ');
      else unsupported(ch);
      compounds.push(compound());
      if (compounds.length > SELECTOR_LIMITS.compounds) fail(`more than ${SELECTOR_LIMITS.compounds} compounds in one part`);
    }
    parts.push(part(compounds, combinators));
    if (parts.length > SELECTOR_LIMITS.parts) fail(`more than ${SELECTOR_LIMITS.parts} comma-separated parts`);
    if (s[i] === undefined) break;
    i++; // ','
    skipSpace();
  }
  return parts;
}

/** The key of a part's last compound: its id, else a class, else its tag. */
function keyOf(c: Compound): Key {
  if (c.ids.length) return { by: 'id', name: c.ids[0]! };
  if (c.classes.length) return { by: 'class', name: c.classes[0]! };
  if (c.tag !== null) return { by: 'tag', name: c.tag };
  return { by: 'all' };
}

/**
 * One part's test. The compounds are cut into runs joined by child combinators (right to left);
 * the last run must match at the element, each run before it at the nearest ancestor where it
 * matches whole (a farther one leaves no more ancestors for the runs further left).
 */
function part(compounds: Compound[], combinators: Array<' ' | '>'>): ParsedPart {
  const tests = compounds.map(compoundTest);
  const runs: Test[][] = [[tests[tests.length - 1]!]];
  for (let k = tests.length - 2; k >= 0; k--) {
    if (combinators[k] === '>') runs[runs.length - 1]!.push(tests[k]!);
    else runs.push([tests[k]!]);
  }
  const key = keyOf(compounds[compounds.length - 1]!);
  /** The top element of `run` matched with its first test at `el`, or null. */
  const runAt = (run: Test[], el: Element, scope: Element | null): Element | null => {
    let e: Element | null = el;
    for (let j = 0; j < run.length; j++) {
      if (j > 0) e = parentIn(e!, scope);
      if (!e || !run[j]!(e)) return null;
    }
    return e;
  };
  if (runs.length === 1 && runs[0]!.length === 1) {
    const only = tests[0]!;
    return { key, traverses: false, test: only, match: only };
  }
  const test: ScopedTest = (el, scope) => {
    let top = runAt(runs[0]!, el, scope);
    if (!top) return false;
    for (let r = 1; r < runs.length; r++) {
      let found: Element | null = null;
      for (let a = parentIn(top, scope); a && !found; a = parentIn(a, scope)) found = runAt(runs[r]!, a, scope);
      if (!found) return false;
      top = found;
    }
    return true;
  };
  return { key, traverses: true, test, match: (el) => test(el, null) };
}
