/**
 * The screens in front of the rule tables' line patterns (src/rules/screen.ts) never turn away a
 * line a pattern matches: checked on every pattern of the byline, metadata-line and boilerplate
 * tables against their own examples, every line of every fixture (kept and removed), and strings
 * made from those by cutting and adding characters; and on patterns built to trip the reader.
 * `npm run test:quick` cuts and adds characters to the examples only, not to every fixture line
 * (test/support/sweep.ts): the fixture lines are still checked as they are.
 */
import { describe, expect, test } from 'vitest';
import { BOILERPLATE, boilerplateOf } from '../src/rules/boilerplate';
import { BYLINES, readByline } from '../src/rules/bylines';
import { mayMatch, patternScreen, tableScreen } from '../src/rules/screen';
import { loadCorpus } from './support/corpus';
import { fixtureArticle } from './support/fixture-article';
import { SAMPLED } from './support/sweep';
import { nonGlobal, TABLE_EXAMPLES as EXAMPLES, TABLE_PATTERNS as PATTERNS } from './support/table-patterns';


/** Every line of every fixture: the blocks kept and the lines the trace says were removed or moved. */
function corpusLines(): string[] {
  const out = new Set<string>();
  for (const f of loadCorpus()) {
    try {
      const a = fixtureArticle(f, { trace: true });
      for (const b of a.blocks) if ('text' in b) out.add(b.text);
      for (const e of a.trace ?? []) if (e.text) out.add(e.text);
    } catch {
      /* pages that are no article have no lines */
    }
  }
  return [...out];
}

/** Variants of a line: cut at either end, a character dropped, wrapped in spaces, brackets or sentence ends. */
function variants(s: string): string[] {
  const out = [s, ` ${s} `, `（${s}）`, `${s}。`, `“${s}`, s.slice(1), s.slice(0, -1), s.slice(2, -2)];
  for (let i = 0; i < s.length; i += Math.max(1, Math.floor(s.length / 6))) out.push(s.slice(0, i) + s.slice(i + 1));
  return out;
}

function expectSound(patterns: readonly RegExp[], lines: readonly string[]): number {
  const screen = tableScreen(patterns);
  let turnedAway = 0;
  for (const line of lines) {
    const t = line.trim();
    const may = screen(t);
    patterns.forEach((re, k) => {
      const hit = re.test(t);
      if (hit) {
        expect(may[k], `${re} on ${JSON.stringify(t)}`).toBe(true);
        expect(mayMatch(re, t), `${re} on ${JSON.stringify(t)}`).toBe(true);
      } else if (!may[k]) turnedAway++;
      if (re.test(line)) expect(mayMatch(re, line), `${re} on ${JSON.stringify(line)}`).toBe(true);
    });
  }
  return turnedAway;
}

describe('rule-table screens', () => {
  const lines = [...EXAMPLES, ...corpusLines()];

  test('no pattern of the tables is turned away from a line it matches (examples, every fixture line, their variants)', () => {
    expect(lines.length).toBeGreaterThan(2000);
    const checked = SAMPLED ? [...EXAMPLES.flatMap(variants), ...lines.slice(EXAMPLES.length)] : lines.flatMap(variants);
    const turnedAway = expectSound(PATTERNS, checked);
    // And the screens do work: most runs of most patterns are skipped.
    expect(turnedAway).toBeGreaterThan(lines.length * 20);
    // Every pattern against every fixture line and its variants: the work grows with both tables
    // (about 10 s alone, 38 s on a loaded two-core machine), so it gets its own bound.
  }, 120_000);

  test('random strings made of the characters the patterns name', () => {
    const alphabet = [...new Set(PATTERNS.flatMap((re) => [...re.source.replace(/\\u[0-9a-fA-F]{4}|\\./g, '')]))].concat(['新', '华', '社', ' ', '\u3000', '：', '（', '）', '😀']);
    let seed = 7;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const strings = Array.from({ length: 4000 }, () => {
      const base = rnd(3) === 0 ? EXAMPLES[rnd(EXAMPLES.length)]! : '';
      let s = base;
      for (let k = 0; k < 1 + rnd(4); k++) {
        const piece = Array.from({ length: 1 + rnd(8) }, () => alphabet[rnd(alphabet.length)]).join('');
        const at = rnd(s.length + 1);
        s = s.slice(0, at) + piece + s.slice(at);
      }
      return s;
    });
    expectSound(PATTERNS, strings);
  });

  test('built to trip the reader: alternatives, optional and zero-width starts, flags, surrogates, escapes', () => {
    const tricky = [
      /^a|b$/, /^(?:a|b?)c/, /^(?!x)[xy]z/, /^\s*(?:作者|文)\s*[:：]/, /^[（(]?\s*文/, /^(?:)a/, /^(?:a|)b$/,
      /^[^a]/, /^\S/, /^\W+/, /^.a/, /^\bx/, /(?<n>摄)$/, /[。]（(?<x>.+)）$/, /^A/i, /a$/i, /^\p{Script=Han}/u, /\p{L}$/u,
      /^😀/u, /😀$/u, /^(a)\1/, /^(?<q>a)\k<q>/, /^\x41/, /^\u4e00/, /^\cJ/, /^\0/, /^[\]]/, /^[^\]]x/, /x{2,}$/, /^x{0,2}y/,
      /(?:a|b)c(?:d)e/, /^a?b?c?$/, /^.{0,3}(?:ab|cd)$/, /^[^x]{0,2}中文/, /^.?(?:K|中)/i, /^.?(?:k|中)文/iu, /(?:a|b\.)$/, /^\s*(?:x|y)+z$/, /^(?:中|文)+?c/, /^.{0,2}(?:中文|xy(?:z|\.))\b/, /^(?:ab)+$/, /^(?:ab)*c/, /(?=a)b/, /a(?<=a)$/, /[\s\S]$/, /^\//, /^\./, /^[.]/, /$/, /^/,
    ];
    const samples = ['', 'a', 'b', 'c', 'ab', 'abc', 'ba', 'xz', 'yz', '作者：x', ' 文：x', '（文', 'aa', 'A', 'za', '中', 'x中', '😀', 'a😀', '😀b', '\ud83d', 'b\ude00',
      'x摄', '摄', '句。（x）', 'A', 'aA', '\n', '\u0000', ']', 'qx', 'xx', 'y', 'xxy', 'abab', 'abababc', 'c', 'bde', 'acde', '/', '-', '.', ' ', 'x\n', '中文', 'K', 'k', 'b.', 'cd', 'xcd', '\u212a', 'xy.', 'xyz', '文中', '中c', ' x z'];
    const strings = samples.flatMap((s) => [s, ...samples.map((t) => s + t)]);
    expectSound(tricky, strings);
    // What the reader derives from the shapes it follows.
    expect(patternScreen(/^a|b$/)).toEqual({ first: null, rest: null });
    expect(patternScreen(/^\s*(?:作者|文)\s*[:：]/).first!('作')).toBe(true);
    expect(patternScreen(/^\s*(?:作者|文)\s*[:：]/).first!('记')).toBe(false);
    expect(mayMatch(/(?<outlet>[\u4e00-\u9fa5]{2,10}?)(?<role>记者|通讯员)\s*摄$/, '新华社记者张三报道')).toBe(false);
    expect(mayMatch(/[（(]\s*记者\s*[）)]$/, '一句话（记者）')).toBe(true);
    expect(patternScreen(/x/g)).toEqual({ first: null, rest: null });
    // A pattern free to start anywhere is screened by the characters it needs, or by one of a choice's.
    expect(mayMatch(/^.{0,16}(?:欢迎关注|速关注|加关注).{0,20}$/, '今天的天气很好')).toBe(false);
    expect(mayMatch(/^.{0,16}(?:欢迎关注|速关注|加关注).{0,20}$/, '请大家速关注我们')).toBe(true);
    expect(mayMatch(/^(?:[^。]{0,20}[，,])?投资有风险[，,]/, '市场有风险，入市需谨慎')).toBe(false);
    // A choice before the end: the line must end in one of its alternatives' last characters.
    expect(mayMatch(/^[^。]{4,60}(?:>>|＞＞|》》)$/, '更多精彩内容请点击')).toBe(false);
    expect(mayMatch(/^[^。]{4,60}(?:>>|＞＞|》》)$/, '更多精彩内容请点击》》')).toBe(true);
  });

  test('one scan of a line serves every pattern: a character first needed after the scan, many lines in turn, more characters than bits', () => {
    // A line is scanned for the needed characters known then; a pattern made afterwards needs one
    // it was not scanned for (the answer kept for that line must not be reused).
    const line = '其后需要的字：鑫淼';
    expect(mayMatch(/^.{0,9}鑫/, line)).toBe(true);
    expect(mayMatch(/^.{0,9}淼/, line)).toBe(true);
    expect(mayMatch(/^.{0,9}淼/, '其后需要的字：鑫')).toBe(false);
    expect(mayMatch(/^.{0,9}鑫/, line)).toBe(true);
    // Several patterns and lines in turn, each needing two characters, answered from each line's own scan.
    const pairs = ['甲乙', '丙丁', '戊己', '庚辛'];
    const res = pairs.map(([a, b]) => new RegExp(`^.{0,6}${a}.{0,3}${b}`));
    for (const [i, p] of pairs.entries()) {
      for (const [k, re] of res.entries()) expect(mayMatch(re, `前${p}后`), `${re} on ${p}`).toBe(i === k);
      expect(mayMatch(res[i]!, `前${p![0]}后`)).toBe(false);
    }
    // More needed characters than there are bits: the rest are searched for, and still screen.
    const many = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + 0x1000 + i * 7));
    const wide = many.map((c) => new RegExp(`^.{0,8}${c}(?:x|y)$`));
    for (const [i, re] of wide.entries()) {
      expect(mayMatch(re, `一二${many[i]}x`), String(re)).toBe(true);
      expect(mayMatch(re, `一二${many[(i + 1) % many.length]}x`), String(re)).toBe(false);
    }
  });

  test('the wired readers answer as the tables do without screens', () => {
    for (const line of lines.slice(0, 4000)) {
      const t = line.trim();
      // A line read alone: an entry that only continues the line before it is not asked.
      const by = BYLINES.find((r) => !r.continues && !r.aboveCredit && r.pattern.test(t));
      expect(readByline(line)?.id ?? null, line).toBe(by?.id ?? null);
      const cls = BOILERPLATE.find((c) => c.scope !== 'inline' && c.patterns.some((p) => nonGlobal(p).test(t)));
      expect(boilerplateOf(line)?.id ?? null, line).toBe(cls?.id ?? null);
    }
  });
});
