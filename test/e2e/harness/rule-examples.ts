/**
 * The rule tables' example texts, for the checks that the extension build leaves them out
 * (src/ext/tools/strip-examples.ts): each rule module transformed as the build transforms it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { transformSync } from 'esbuild';
import { parseAst } from 'rollup/parseAst';
import { exampleRanges, stripRuleExamples } from '../../../src/ext/tools/strip-examples';
import { ROOT } from './catalog';

export const RULES_DIR = path.join(ROOT, 'src/rules');
export const ruleModules = (): string[] => readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts'));

/** A rule module as the build's TypeScript step leaves it (JavaScript, UTF-8 kept as is). */
export const ruleModuleJs = (f: string): string =>
  transformSync(readFileSync(path.join(RULES_DIR, f), 'utf8'), { loader: 'ts', format: 'esm', charset: 'utf8' }).code;

/** The `examples` values of the objects a module exports (each once), and every string inside them. */
export function examplesOf(mod: Record<string, unknown>, holders: Set<object>): Set<string> {
  const strings = new Set<string>();
  const seen = new Set<unknown>();
  const stack: Array<[unknown, boolean]> = Object.values(mod).map((v) => [v, false]);
  while (stack.length) {
    const [v, inside] = stack.pop()!;
    if (typeof v === 'string') {
      if (inside) strings.add(v);
      continue;
    }
    if (typeof v !== 'object' || v === null || v instanceof RegExp || seen.has(v)) continue;
    seen.add(v);
    // src/rules/index.ts spreads rules into new objects: count each examples value once.
    if (!inside && Object.prototype.hasOwnProperty.call(v, 'examples')) holders.add((v as { examples: object }).examples);
    for (const [k, c] of Object.entries(v)) stack.push([c, inside || k === 'examples']);
  }
  return strings;
}

export interface RuleExamples {
  /** Distinct `examples` values at run time. */
  holders: number;
  /** `examples:` literals in the modules' code. */
  literals: number;
  /** Every example string. */
  strings: Set<string>;
  /** All rule modules after the transform, and with only their examples cut out (the same text, by construction, minus `void 0`). */
  stripped: string;
  rest: string;
  /** Example strings no rule module says outside its examples: none of these may reach the bundle. */
  onlyInExamples: string[];
}

export async function ruleExamples(): Promise<RuleExamples> {
  const holders = new Set<object>();
  const strings = new Set<string>();
  let stripped = '';
  let rest = '';
  let literals = 0;
  for (const f of ruleModules()) {
    for (const x of examplesOf(await import(path.join(RULES_DIR, f)), holders)) strings.add(x);
    const js = ruleModuleJs(f);
    stripped += stripRuleExamples(js, (c) => parseAst(c));
    let at = 0;
    for (const [a, b] of exampleRanges(parseAst(js) as never)) {
      rest += js.slice(at, a);
      at = b;
      literals++;
    }
    rest += js.slice(at);
  }
  return { holders: holders.size, literals, strings, stripped, rest, onlyInExamples: [...strings].filter((x) => !rest.includes(x)) };
}
