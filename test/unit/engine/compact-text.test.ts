/**
 * compactText skips the NFKC call when no character of the text can change under it (nfkcCommon);
 * the answer must be what normalising first gives, for every character and next to combining marks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { neutralize } from '../../../src/render/safe';
import { compactText, nfkcCommon } from '../../../src/engine/text';
import { FIXTURES } from '../../support/corpus';

const reference = (s: string) => neutralize(s).replace(/[\u200b-\u200d\u2060\ufeff]/g, '').normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');

test('every BMP character alone, and before and after a combining mark and a Hangul vowel', () => {
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    for (const s of [ch, `${ch}\u0301`, `e${ch}\u0301`, `${ch}\u1161`, `\u1100${ch}`, `${ch}\u3099`]) {
      if (compactText(s) !== reference(s)) expect(compactText(s), `U+${c.toString(16)} in ${JSON.stringify(s)}`).toBe(reference(s));
    }
    // What nfkcCommon answers for is NFKC's answer, or a space where NFKC gives one.
    const mine = nfkcCommon(ch);
    if (mine !== null) expect(mine === ch.normalize('NFKC') || (/^[\u3000\u00a0]$/.test(mine) && ch.normalize('NFKC') === ' '), `U+${c.toString(16)}`).toBe(true);
  }
});

test('random strings over kept and changed characters, and every fixture paragraph', () => {
  const alphabet = ['a', 'Z', '1', ' ', '\u3000', '\u00a0', '中', '國', '，', '。', '“', '…', 'ｈ', '\u0301', '\u1161', '①', '²', '\u2028', '\u200b', '·', '—', '《', '\ufb01', 'é', '\t'];
  let seed = 7;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let i = 0; i < 20_000; i++) {
    let s = '';
    for (let k = rnd(12); k >= 0; k--) s += alphabet[rnd(alphabet.length)]!;
    expect(compactText(s), JSON.stringify(s)).toBe(reference(s));
  }
  let n = 0;
  for (const f of readdirSync(join(FIXTURES, 'seed-format'))) {
    for (const line of readFileSync(join(FIXTURES, 'seed-format', f), 'utf8').split(/<\/?p>|\n/)) {
      n++;
      expect(compactText(line)).toBe(reference(line));
    }
  }
  expect(n).toBeGreaterThan(1000);
  expect(nfkcCommon('　　新浪财经讯 8月24日，A股“三大指数”收涨！')).toBe('　　新浪财经讯 8月24日,A股“三大指数”收涨!');
  expect(nfkcCommon('ＡＢＣ，')).toBe('ABC,');
  expect(nfkcCommon('…')).toBe(null);
});
