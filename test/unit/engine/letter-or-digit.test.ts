/**
 * The blocks stage's look for a letter or a digit (hasLetterOrDigit: a few ranges first, the
 * Unicode property pattern only for the rest) answers what /[\p{L}\p{N}]/u answers.
 */
import { expect, test } from 'vitest';
import { hasLetterOrDigit } from '../../../src/engine/blocks';

const PATTERN = /[\p{L}\p{N}]/u;

test('every code unit alone, astral letters and digits, and punctuation-only paragraphs', () => {
  const wrong: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const s = String.fromCharCode(c);
    if (hasLetterOrDigit(s) !== PATTERN.test(s)) wrong.push(c.toString(16));
  }
  expect(wrong).toEqual([]);
  for (const s of ['𠀀', '𝟘', '😀', '……', '：', '▷▶', '——“”', '', '  ', '（）3', '！！ａ', 'ー', 'ヶ', '\u9fa6', '\u9fff', '\u4dff']) expect(hasLetterOrDigit(s), s).toBe(PATTERN.test(s));
});
