/** looksBinary by searches gives what the loop over the first 8,192 characters gave. */
import { expect, test } from 'vitest';
import { looksBinary } from '../../../src/engine/guard';

function byLoop(s: string): boolean {
  const n = Math.min(s.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return true;
    if (c === 0xfffd) bad++;
  }
  return n > 64 && bad / n > 0.1;
}

test('NUL and U+FFFD at the edges of the 8,192 characters read, and around the 10 % and 64-character lines', () => {
  const cases: string[] = [];
  for (const len of [0, 1, 10, 64, 65, 100, 8191, 8192, 8193, 20_000]) {
    const base = 'a中'.repeat(len).slice(0, len);
    cases.push(base);
    for (const at of [0, 1, len - 1, 8190, 8191, 8192, 8193, len]) {
      if (at < 0 || at > len) continue;
      cases.push(base.slice(0, at) + '\0' + base.slice(at + 1));
    }
    for (const share of [0.05, 0.1, 0.1001, 0.11, 0.5]) {
      const k = Math.round(len * share);
      cases.push('\ufffd'.repeat(k) + base.slice(k));
      cases.push(base.slice(0, len - k) + '\ufffd'.repeat(k));
      // Replacement characters past the part read do not count.
      cases.push(base + '\ufffd'.repeat(k * 3));
    }
  }
  let seed = 3;
  const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
  for (let i = 0; i < 300; i++) {
    const len = rnd(9000);
    let s = '';
    for (let k = 0; k < len; k++) s += rnd(8) === 0 ? '\ufffd' : rnd(5000) === 0 ? '\0' : 'x';
    cases.push(s);
  }
  let yes = 0;
  for (const s of cases) {
    expect(looksBinary(s), `${s.length} characters`).toBe(byLoop(s));
    if (byLoop(s)) yes++;
  }
  expect(yes).toBeGreaterThan(50);
  expect(yes).toBeLessThan(cases.length - 50);
});
