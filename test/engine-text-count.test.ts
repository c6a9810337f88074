/**
 * The blocks stage counts a text's visible characters without copying it: the count is what
 * removing whitespace and zero-width characters with a regular expression leaves, for every
 * UTF-16 code unit.
 */
import { expect, test } from 'vitest';
import { nonSpace } from '../src/engine/blocks';

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
