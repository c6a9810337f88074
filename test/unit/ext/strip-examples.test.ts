/**
 * The extension build leaves the rule tables' examples out (src/ext/tools/strip-examples.ts, applied
 * by wxt.config.ts after the TypeScript step). Over every rule module, transformed as the build
 * transforms it: every `examples` value the tables hold at run time is found and replaced, the
 * result still parses, and no example text is left except where a module says it outside its
 * examples (a rule's reason quoting the promo it removes). The e2e suite checks the built chunk.
 */
import path from 'node:path';
import { parseAst } from 'rollup/parseAst';
import { describe, expect, test } from 'vitest';
import { exampleRanges, RULE_MODULE, stripRuleExamples } from '../../../src/ext/tools/strip-examples';
import { RULES_DIR, ruleExamples, ruleModuleJs, ruleModules } from '../../e2e/harness/rule-examples';

describe('rule examples are left out of the extension build', () => {
  test('the transform applies to every rule module and to nothing else', () => {
    for (const f of ruleModules()) expect(RULE_MODULE.test(path.join(RULES_DIR, f))).toBe(true);
    expect(RULE_MODULE.test(path.resolve(RULES_DIR, '../engine/strip.ts'))).toBe(false);
    expect(RULE_MODULE.test(path.resolve(RULES_DIR, '../ext/reader/view.ts'))).toBe(false);
  });

  test('every rule’s examples are found, and no example text is left except what a module says outside its examples', async () => {
    const r = await ruleExamples();
    expect(r.holders).toBeGreaterThan(80);
    expect(r.literals).toBe(r.holders);
    expect(r.strings.size).toBeGreaterThan(500);
    for (const x of r.strings) if (r.stripped.includes(x)) expect(r.rest, JSON.stringify(x)).toContain(x);
    expect(r.onlyInExamples.length).toBeGreaterThan(r.strings.size / 2);
  });

  test.each(ruleModules())('src/rules/%s parses after the transform, each example replaced by `void 0`', (f) => {
    const js = ruleModuleJs(f);
    const stripped = stripRuleExamples(js, (c) => parseAst(c));
    const before = exampleRanges(parseAst(js) as never).length;
    const left = exampleRanges(parseAst(stripped) as never).map(([s, e]) => stripped.slice(s, e));
    expect(left).toEqual(Array.from({ length: before }, () => 'void 0'));
  });

  test('each rule’s fixture path goes too (a string literal); a computed `fixture:` value stays', () => {
    const js = `const r = { id: 'x', reason: 'r', fixture: 'pages/finance_20160525_ifxsktkp9337164.html', examples: { drop: ['甲'] } };
const listed = rules.map((r) => ({ id: r.id, fixture: r.fixture ?? '' }));`;
    const out = stripRuleExamples(js, (c) => parseAst(c));
    expect(out).toContain("{ id: 'x', reason: void 0, fixture: void 0, examples: void 0 }");
    expect(out).toContain("fixture: r.fixture ?? ''");
    // Over the real tables: no fixture path is left in any rule module as the build transforms it.
    for (const f of ruleModules()) {
      const stripped = stripRuleExamples(ruleModuleJs(f), (c) => parseAst(c));
      expect(stripped, f).not.toMatch(/fixture:\s*['"`]/);
    }
  });

  test('a nested, quoted or computed key: only plain `examples:` values of object literals go', () => {
    const js = `const a = { id: 'x', examples: { drop: ['甲'], keep: ['乙'] }, reason: 'r' };
const b = { 'examples': [['丙', 'd']] };
const c = { ['examples']: ['丁'] };
const examples = ['戊'];
const d = { examples };
function f(examples) { return examples; }`;
    const out = stripRuleExamples(js, (c) => parseAst(c));
    expect(out).toContain("examples: void 0, reason: void 0");
    expect(out).toContain("{ 'examples': void 0 }");
    for (const kept of ["['examples']: ['丁']", "const examples = ['戊']", '{ examples }', 'function f(examples)']) expect(out).toContain(kept);
    for (const gone of ['甲', '乙', '丙']) expect(out).not.toContain(gone);
  });
});
