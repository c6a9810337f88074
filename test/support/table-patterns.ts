/**
 * Every line pattern of the rule tables (bylines, metadata lines, boilerplate, boilerplate runs'
 * items, stateful flags dropped) and every example text they carry: what the rule screens' tests
 * (test/engine-screen.test.ts, test/unit/ext/screen-data.test.ts) check the screens against.
 */
import { BOILERPLATE } from '../../src/rules/boilerplate';
import { BYLINES } from '../../src/rules/bylines';
import { LINES } from '../../src/rules/lines';

export const nonGlobal = (re: RegExp) => (re.global || re.sticky ? new RegExp(re.source, re.flags.replace(/[gy]/g, '')) : re);

export const TABLE_PATTERNS: RegExp[] = [
  ...BYLINES.map((r) => r.pattern),
  ...LINES.map((r) => r.pattern),
  ...BOILERPLATE.flatMap((c) => [...c.patterns, ...(c.run ? [c.run.item] : [])]).map(nonGlobal),
];

export const TABLE_EXAMPLES: string[] = [
  ...[...BYLINES, ...LINES].flatMap((r) => [...r.examples.match.map((m) => m.text), ...r.examples.noMatch]),
  ...BOILERPLATE.flatMap((c) => [...c.examples.drop, ...c.examples.keep, ...(c.examples.runItems ?? [])]),
];
