/**
 * The blocks stage counts a text's visible characters without copying it: the count is what
 * removing whitespace and zero-width characters with a regular expression leaves, for every
 * UTF-16 code unit.
 */
import { expect, test } from 'vitest';
import { nonSpace } from '../src/engine/blocks';
import { countWords, firstShownChar, isJsSpace, normalizeText } from '../src/engine/text';
import { neutralize } from '../src/render/safe';

const byRegex = (s: string) => s.replace(/[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]+/g, '').length;

test('nonSpace agrees with the regular expression on every code unit', () => {
  const differ: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const s = String.fromCharCode(c);
    if (nonSpace(s) !== byRegex(s)) differ.push(c.toString(16));
  }
  expect(differ).toEqual([]);
});

test('nonSpace on mixed text', () => {
  for (const s of ['', ' ', '新华社 北京\u3000电', '\u200b\u200c\u200d\u2060\ufeff', 'a\tb\nc\r\n', '😀 x', '\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f']) {
    expect(nonSpace(s), JSON.stringify(s)).toBe(byRegex(s));
  }
});

test('nonSpace stops counting at its cap', () => {
  for (const s of ['', '新华社 北京\u3000电', 'a b c d e f', ' \u200b '.repeat(5) + 'xyz']) {
    for (const max of [0, 1, 2, 5, 100]) expect(nonSpace(s, max), `${JSON.stringify(s)} ${max}`).toBe(Math.min(max, byRegex(s)));
  }
});

/** normalizeText's whole rule, without its shortcut for texts that hold nothing it changes. */
const CJK = '\\u2e80-\\u2fff\\u3001-\\u303f\\u3040-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const fullNormalize = (s: string) =>
  neutralize(s)
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(new RegExp(`([${CJK}])[ \\t\\r\\u3000]*\\n\\s*(?=[${CJK}])`, 'g'), '$1')
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();

test('normalizeText gives its whole rule on every code unit, alone and between words', () => {
  const differ: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    for (const s of [ch, `中${ch}文`, `a${ch}${ch}b`, `\u3000\u3000${ch}中文\n`, ` 中${ch}`, `${ch} 中 `]) if (normalizeText(s) !== fullNormalize(s)) differ.push(c.toString(16));
  }
  expect(differ).toEqual([]);
  for (const s of ['新华社北京3月22日电', ' 前后 ', '中\n文', '\ud83d\ude00', 'x\u202ey', 'a\r\nb', '\u2028']) expect(normalizeText(s), JSON.stringify(s)).toBe(fullNormalize(s));
});

test('countWords: every code unit counts as the rule says, alone and between letters and ideographs', () => {
  // The rule written out plainly: ideographs one each, runs of Latin letters and digits one each,
  // joined by an apostrophe, a point or a hyphen between two of them.
  const cjk = (c: number) => (c >= 0x2e80 && c <= 0x2fff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
  const latin = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
  const plain = (t: string) => {
    let n = 0;
    let w = false;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (cjk(c)) {
        n++;
        w = false;
      } else if (latin(c)) {
        if (!w) n++;
        w = true;
      } else if (!(w && [0x27, 0x2019, 0x2e, 0x2d].includes(c) && i + 1 < t.length && latin(t.charCodeAt(i + 1)))) w = false;
    }
    return n;
  };
  const differ: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    for (const t of [ch, `a${ch}b`, `中${ch}文`, `${ch}${ch}x`]) if (countWords(t) !== plain(t)) differ.push(c.toString(16));
  }
  expect(differ).toEqual([]);
});

test('isJsSpace is \\s, and firstShownChar the first character \\S finds, on every code unit', () => {
  const differ: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    if (isJsSpace(c) !== /\s/.test(ch)) differ.push(c.toString(16));
    for (const s of [ch, ` ${ch}`, `\u3000\n${ch}x`]) if (firstShownChar(s) !== (/\S/.exec(s)?.[0] ?? null)) differ.push(`${c.toString(16)} in ${JSON.stringify(s)}`);
  }
  expect(differ).toEqual([]);
  expect(firstShownChar('')).toBe(null);
  expect(firstShownChar(' \t\u3000')).toBe(null);
});
