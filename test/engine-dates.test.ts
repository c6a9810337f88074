/**
 * RFC-822 dates (every seed post's front matter) are computed from their fields; the answer is
 * what Date.parse gives, on every seed fixture's date and on dates around every field's limits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { parseSinaDate, rfc822Time } from '../src/engine/meta';
import { splitFrontMatter } from '../src/engine/parse';
import { frontMatterFields } from '../src/templates/seed';
import { FIXTURES } from './support/corpus';

test('every seed fixture date: computed from its fields, as Date.parse reads it', () => {
  let n = 0;
  for (const dir of ['seed-format', 'seed-audit']) {
    for (const f of readdirSync(join(FIXTURES, dir))) {
      const fm = splitFrontMatter(readFileSync(join(FIXTURES, dir, f), 'utf8')).frontMatter;
      const date = fm ? frontMatterFields(fm).date : undefined;
      if (!date) continue;
      n++;
      expect(rfc822Time(date), date).not.toBeNull();
      expect(rfc822Time(date), date).toBe(Date.parse(date));
    }
  }
  expect(n).toBeGreaterThan(150);
});

test('dates around the limits of every field: either computed as Date.parse reads them, or left to it', () => {
  const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun', 'Xyz'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Sep', 'Dec', 'Foo', 'Mai'];
  let computed = 0;
  for (const wd of days) {
    for (const d of ['0', '1', '9', '28', '29', '30', '31', '32']) {
      for (const mo of months) {
        for (const y of ['0099', '1969', '1970', '2000', '2020', '2021', '2024', '2100', '9999']) {
          for (const time of ['00:00', '23:59:59', '24:00', '12:60', '07:57:27', '12:00:60']) {
            for (const zone of ['GMT', '+0800', '-0530', '+2400', '+0060', '-0000']) {
              const s = `${wd}, ${d} ${mo} ${y} ${time} ${zone}`;
              const t = rfc822Time(s);
              if (t === null) continue;
              computed++;
              expect(t, s).toBe(Date.parse(s));
            }
          }
        }
      }
    }
  }
  expect(computed).toBeGreaterThan(1000);
  for (const wd of days.slice(0, 7)) expect(rfc822Time(`${wd}, 24 Aug 2021 07:57:27 GMT`)).toBe(Date.parse('Tue, 24 Aug 2021 07:57:27 GMT'));
  expect(rfc822Time('Xyz, 24 Aug 2021 07:57:27 GMT')).toBeNull();
  expect(parseSinaDate('Tue, 24 Aug 2021 07:57:27 GMT')).toBe('2021-08-24T15:57:27+08:00');
  // A day the month does not have names no time (Date.parse would roll it over to 3 March).
  expect(parseSinaDate('Tue, 31 Feb 2021 07:57:27 GMT')).toBeNull();
});

test('Beijing time by arithmetic equals what Date gives, from 1970 to 9999 and around every month, year and range end', async () => {
  const { toBeijing } = await import('../src/engine/meta');
  const byDate = (ms: number) => {
    const d = new Date(ms + 8 * 3600_000);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}+08:00`;
  };
  const edges: number[] = [];
  for (const y of [1970, 1971, 1999, 2000, 2001, 2020, 2021, 2024, 2100, 2400, 9999]) {
    for (let mo = 0; mo < 12; mo++) {
      const start = Date.UTC(y, mo, 1);
      for (const dt of [-8 * 3600_000 - 1, -8 * 3600_000, -1, 0, 1, 999, 1000, 86_399_999]) edges.push(start + dt);
    }
  }
  edges.push(-8 * 3600_000 - 1, -8 * 3600_000, 0, 253402300799999 - 8 * 3600_000, 253402300799999 - 8 * 3600_000 + 1, -1e12, 1e15, 8.64e15 - 8 * 3600_000);
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 20_000; i++) edges.push(Math.floor(rnd() * 253402300799999));
  for (const ms of edges) expect(toBeijing(ms), String(ms)).toBe(byDate(ms));
  // An RFC-822 date read first gives what the other shapes' order gave.
  expect(parseSinaDate('Sat, 29 Feb 2020 23:59:59 -0000')).toBe('2020-03-01T07:59:59+08:00');
  // (29 February of a common year: no time, not the 1 March Date.parse rolls it over to)
  expect(parseSinaDate('Fri, 29 Feb 2019 23:59:59 GMT')).toBeNull();
  expect(parseSinaDate('Date 2021年8月24日 10:30')).toBe('2021-08-24T10:30:00+08:00');
});
