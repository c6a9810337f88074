/**
 * A seed post's front matter: the direct reading of the common shape (simpleFrontMatter) gives
 * exactly what the YAML library gives, on every seed fixture and on shapes around its edges; what
 * it does not read it leaves to the library (null).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { splitFrontMatter } from '../src/engine/parse';
import { frontMatterFields, readPart, simpleFrontMatter, yamlFields } from '../src/templates/seed';
import { FIXTURES } from './support/corpus';

const posts = ['seed-format', 'seed-audit'].flatMap((dir) =>
  readdirSync(join(FIXTURES, dir))
    .filter((f) => /\.(md|txt)$/.test(f))
    .map((f): [string, string | null] => [`${dir}/${f}`, splitFrontMatter(readFileSync(join(FIXTURES, dir, f), 'utf8')).frontMatter])
    .filter((p): p is [string, string] => p[1] !== null),
);

describe('seed front matter', () => {
  test('every seed fixture has front matter', () => {
    expect(posts.length).toBeGreaterThan(150);
  });

  test.each(posts)('%s: read directly, as the YAML library reads it', (_id, fm) => {
    const direct = simpleFrontMatter(readPart(fm));
    expect(direct, 'the common shape is read without the library').not.toBeNull();
    expect(direct).toEqual(yamlFields(readPart(fm)));
    expect(frontMatterFields(fm)).toEqual(yamlFields(readPart(fm)));
  });

  const base = "title: 'T'\ncategories: \n - 金融\n - 新浪财经\nauthor: 新浪财经\ndate: Tue, 24 Aug 2021 07:57:27 GMT";
  const edges: string[] = [
    base,
    "title: 'it''s'\nauthor: x",
    "title: '#1: a, [b] {c}'\n",
    'title: C# and F#\n',
    'title: a # comment\n',
    'title: a: b\n',
    'title: "double \\u00e9"\n',
    "title: 'a'  \nauthor:   spaced   \n",
    "title: 'a' 'b'\n",
    'title: a\n  continued\n',
    'title: a\n\n\ndate: b\n',
    'categories:\n- 金融\n- x\ntitle: t\n',
    'categories:\n  - 金融\n    - x\ntitle: t\n',
    'categories:\n  - 金融\n   - x\ntitle: t\n',
    'categories:\n  - - nested\ntitle: t\n',
    'categories:\n  - a: b\ntitle: t\n',
    'empty:\ntitle: t\n',
    'title: t\nempty:',
    'title: first\ntitle: second\n',
    'title: first\ntitle:\n  - list\n',
    'title: &a anchored\nother: *a\n',
    'title: !!str tagged\n',
    'title: |\n  block\n',
    'title: >\n  folded\n',
    'title:\ttab\n',
    'title: a\tb\n',
    'title: a\r\ndate: b\r\n',
    '  title: indented\n',
    'title : spaced key\n',
    'title:nospace\n',
    '---\ntitle: t\n',
    'title: t\n...\n',
    '# comment\ntitle: t\n',
    'title: -1\n',
    'title: ~\ncomments: false\nn: 12\n',
    'title: ?q\n',
    "title: '\u2028'\n",
    'title: x\u0085y\n',
    'title: 100%\nemail: a@b.c\nurl: https://n.sinaimg.cn/a:b/c?d=e&f=g\n',
    "title: ''\n",
    'title: \'unclosed\n',
    "title: 'multi\n  line'\n",
    '',
    '\n\n',
    'just text',
    '[a, b]',
    'k-e_y9: v\n',
  ];
  test.each(edges.map((e) => [JSON.stringify(e), e]))('%s: the direct reading agrees with the library or leaves it to the library', (_name, yaml) => {
    const direct = simpleFrontMatter(yaml);
    if (direct !== null) expect(direct).toEqual(yamlFields(yaml));
    expect(frontMatterFields(yaml)).toEqual(yamlFields(yaml));
  });

  test('random front matters built from YAML syntax: whenever the direct reading answers, the library agrees', () => {
    let seed = 12345;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const bits = ["'", "''", '"', '#', ' #', ': ', ':', '-', '- ', ' ', '  ', 'a', '新', '[', ']', '{', ',', '&', '*', '!', '|', '>', '%', '@', '`', '?', '~', '\\', '\t', 'x y', '0'];
    const safe = ['a', '新', 'x y', '0', 'b:c', 'T,', '.'];
    // Mostly words, now and then a piece of YAML syntax.
    const value = () => Array.from({ length: 1 + rnd(4) }, () => (rnd(6) ? safe[rnd(safe.length)] : bits[rnd(bits.length)])).join('');
    let answered = 0;
    for (let k = 0; k < 3000; k++) {
      const lines: string[] = [];
      for (let l = 0; l < 1 + rnd(4); l++) {
        const key = ['title', 'date', 'author', 'categories', 'k'][rnd(5)]!;
        const shape = rnd(12);
        if (shape <= 1) lines.push(`${key}:`, ...Array.from({ length: rnd(3) }, () => `${' '.repeat(1 + rnd(2))}- ${value()}`));
        else if (shape <= 4) lines.push(`${key}: '${value()}'`);
        else if (shape === 5) lines.push(`${' '.repeat(rnd(2))}${value()}`);
        else lines.push(`${key}: ${value()}`);
      }
      const yaml = lines.join('\n');
      const direct = simpleFrontMatter(yaml);
      if (direct === null) continue;
      answered++;
      expect(direct, JSON.stringify(yaml)).toEqual(yamlFields(yaml));
    }
    expect(answered).toBeGreaterThan(300);
  });

  test('what the direct reading takes and what it leaves', () => {
    expect(simpleFrontMatter(base)).toEqual({ title: 'T', author: '新浪财经', date: 'Tue, 24 Aug 2021 07:57:27 GMT' });
    expect(simpleFrontMatter("title: 'it''s'")).toEqual({ title: "it's" });
    for (const left of ['title: "x"', 'title: a # c', 'title: a\n  b', 'title: &a x', 'empty:\ntitle: t', 'title: a\r\n', '---\ntitle: t']) {
      expect(simpleFrontMatter(left), left).toBeNull();
    }
  });
});

/** The direct reading as it was written with patterns: the scanner must answer as it did. */
const SIMPLE_KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const SIMPLE_ITEM = /^( +)- +(.*)$/;
const SINGLE_QUOTED = /^'((?:[^']|'')*)' *$/;
const NOT_PLAIN = /^[-?:,[\]{}#&*!|>'"%@`]|: |:$|#/;
const UNUSUAL = /[\x00-\x08\x0a-\x1f\x7f-\x9f\t\ufeff\u2028\u2029]/;
const plainByPattern = (v: string): string | null => {
  const t = v.replace(/ +$/, '');
  return t && !NOT_PLAIN.test(t) && !UNUSUAL.test(t) ? t : null;
};
function byPatterns(yaml: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  const lines = yaml.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/^ *$/.test(line)) continue;
    const m = SIMPLE_KEY.exec(line);
    if (!m) return null;
    const key = m[1]!;
    const raw = (m[2] ?? '').replace(/ +$/, ''); // YAML trims spaces, not U+3000 (trimEnd would)
    if (!raw) {
      let indent = -1;
      let j = i + 1;
      for (; j < lines.length; j++) {
        const l = lines[j]!;
        if (/^ *$/.test(l)) continue;
        if (l[0] !== ' ') break;
        const item = SIMPLE_ITEM.exec(l);
        if (!item || plainByPattern(item[2]!) === null) return null;
        if (indent < 0) indent = item[1]!.length;
        else if (item[1]!.length !== indent) return null;
      }
      if (indent < 0) return null;
      i = j - 1;
      continue;
    }
    if (raw[0] === "'") {
      const q = SINGLE_QUOTED.exec(raw);
      if (!q || UNUSUAL.test(q[1]!)) return null;
      out[key] = q[1]!.replace(/''/g, "'");
      continue;
    }
    const v = plainByPattern(raw);
    if (v === null) return null;
    out[key] = v;
  }
  return out;
}

test('the direct reading (by character codes) answers as its patterns did, on fixtures and random lines', () => {
  for (const [, fm] of posts) expect(simpleFrontMatter(readPart(fm))).toEqual(byPatterns(readPart(fm)));
  const atoms = ['k', 'title', 'A_b-1', '1k', '-', '_', ':', ': ', ' ', '  ', "'", "''", "'''", 'a', '新', '#', ' #', '- ', ' - ', '\r', '\u2028', '\u2029', '\t', '\u0085', '\ufeff', '\u3000', '\u00a0', '\x7f', ',', '[', '"', '%', '@', '`', '?', '>', '|', '&', '*', '!', '{', '}', ']', 'x:', 'x: y', '\n', '\n ', '\n  - a', '\n - b', '\n  -  c'];
  let seed = 20261127;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  let answered = 0;
  for (let k = 0; k < 30_000; k++) {
    let yaml = rnd(3) ? ['title: ', 'k:', 'date: ', 'categories:\n - ', "t: '"][rnd(5)]! : '';
    for (let n = rnd(8); n >= 0; n--) yaml += atoms[rnd(atoms.length)]!;
    const want = byPatterns(yaml);
    if (want !== null) answered++;
    expect(simpleFrontMatter(yaml), JSON.stringify(yaml)).toEqual(want);
  }
  expect(answered).toBeGreaterThan(1000);
});
