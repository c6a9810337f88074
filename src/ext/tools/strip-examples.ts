/**
 * Build-time only (wxt.config.ts): the rule tables' `examples` (the texts each rule must and must
 * not match, and the groups it must read) are for the generated tests and the `--explain` docs;
 * nothing in the engine reads them, and in the reader chunk they were about a third of its size,
 * all evaluated when the chunk loads. This transform replaces the value of every `examples`
 * property of an object literal in a rule module with `void 0`, so the examples stay beside their
 * rules in the source and the extension carries none of them; likewise each rule's `fixture` path
 * (a test's pointer to the page that shows the rule, read by no extension code), and each rule's
 * reason, the trace's text (see TEST_ONLY_KEYS). The module is parsed (no regex over
 * code); test/unit/ext/strip-examples.test.ts checks every rule module, and the e2e suite checks
 * that the built chunk holds none of the example strings.
 */

/** The ESTree nodes this walk looks at (what Rollup's and acorn's parsers give, with offsets). */
interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

/** The rule modules whose examples are left out: `src/rules/*.ts`. */
export const RULE_MODULE = /[\\/]src[\\/]rules[\\/][^\\/]+\.ts$/;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && typeof (v as Node).type === 'string';

/** The [start, end) offsets of every `examples: …` value in an object literal of `program`. */
export function exampleRanges(program: Node): Array<[number, number]> {
  return valueRanges(program, EXAMPLES);
}

/** Which values a key's stripping takes: any value, or only a string literal. */
type Takes = 'any' | 'string';
const EXAMPLES: ReadonlyMap<string, Takes> = new Map([['examples', 'any']]);
/**
 * What the build leaves out of every rule entry: its examples, the path of the fixture that
 * shows it (a string literal in the table; a computed `fixture:` elsewhere stays), and its reason
 * when that is a string literal: the reason is the text of the trace (`--explain`, the CLI's
 * `--trace`), which the extension never asks for (the engine's trace is off unless asked, and
 * reads no reason then), and the rule tables' reasons were an eighth of the reader chunk, loaded
 * and compiled on every first click in Chromium.
 */
export const TEST_ONLY_KEYS: ReadonlyMap<string, Takes> = new Map([
  ['examples', 'any'],
  ['fixture', 'string'],
  ['reason', 'string'],
]);

/** The [start, end) offsets of every value of a plain `key: …` in an object literal of `program`, for the given keys. */
export function valueRanges(program: Node, keys: ReadonlyMap<string, Takes>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const stack: Node[] = [program];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'Property' && !n.computed && isNode(n.key) && isNode(n.value)) {
      const key = n.key;
      const name = key.type === 'Identifier' ? key.name : key.type === 'Literal' ? key.value : null;
      const takes = typeof name === 'string' ? keys.get(name) : undefined;
      const value = n.value;
      if (takes && !n.shorthand && n.kind === 'init' && (takes === 'any' || (value.type === 'Literal' && typeof value.value === 'string'))) {
        out.push([n.value.start, n.value.end]);
        continue;
      }
    }
    for (const k in n) {
      if (k === 'type' || k === 'start' || k === 'end') continue;
      const v = n[k];
      if (Array.isArray(v)) {
        for (const c of v) if (isNode(c)) stack.push(c);
      } else if (isNode(v)) stack.push(v);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * `code` (JavaScript) with every rule's examples, fixture path and reason (TEST_ONLY_KEYS) replaced by
 * `void 0`; `parse` gives its ESTree.
 */
export function stripRuleExamples(code: string, parse: (code: string) => unknown): string {
  const ranges = valueRanges(parse(code) as Node, TEST_ONLY_KEYS);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue;
    out += `${code.slice(at, start)}void 0`;
    at = end;
  }
  return out + code.slice(at);
}
