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
  expect(parseSinaDate('Tue, 31 Feb 2021 07:57:27 GMT')).toBe(Number.isNaN(Date.parse('Tue, 31 Feb 2021 07:57:27 GMT')) ? null : parseSinaDate('Tue, 03 Mar 2021 07:57:27 GMT'));
});
