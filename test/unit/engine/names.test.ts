/**
 * The shared tag and attribute names (src/engine/names.ts): always the name as the builder read it
 * before (ASCII letters in lower case), whatever the cache holds, and null for a name it does not share.
 */
import { describe, expect, it } from 'vitest';
import { sharedName } from '../../../src/engine/names';
import { mulberry32 } from '../../fuzz/lib/prng';

const read = (s: string) => sharedName(` ${s} `, 1, s.length + 1);

describe('sharedName', () => {
  it('reads a name in lower case, the same string every time', () => {
    expect(read('DIV')).toBe('div');
    expect(read('data-Src')).toBe('data-src');
    expect(read('xml:lang')).toBe('xml:lang');
    expect(read('a_b.c-1')).toBe('a_b.c-1');
    expect(read('Class')).toBe(read('class'));
  });

  it('names an inherited property would have are names like any other', () => {
    for (const n of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
      expect(read(n)).toBe(n.toLowerCase());
      expect(read(n)).toBe(n.toLowerCase());
    }
    expect(read('__PROTO__')).toBe('__proto__');
  });

  it('shares no name with another character, an empty one or a long one', () => {
    for (const n of ['', 'a b', 'a=b', 'é', 'ǅ', 'a"', "a'", '<a', 'a/', 'K\u212a', 'x'.repeat(33)]) expect(read(n)).toBeNull();
    expect(read('x'.repeat(32))).toBe('x'.repeat(32));
  });

  it('random names, many more than the cache holds: always the name itself', () => {
    const rng = mulberry32(77);
    const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:_.-';
    const pool = Array.from({ length: 6000 }, () => Array.from({ length: rng.range(1, 12) }, () => chars[rng.int(chars.length)]).join(''));
    for (let k = 0; k < 30_000; k++) {
      const n = rng.pick(pool);
      expect(read(n)).toBe(n.toLowerCase());
    }
  });
});
