/**
 * The rule tables' screens the build works out (src/ext/tools/screen-data.ts) are the ones the
 * code derives at run time, and with them the reader chunk reads no pattern source.
 */
import { describe, expect, test, vi } from 'vitest';
import { screenDataModule, tableScreens } from '../../../src/ext/tools/screen-data';
import { derivedPatterns, describe as describeScreen, screenKey, type ScreenData } from '../../../src/rules/screen';
import { TABLE_EXAMPLES as EXAMPLES, TABLE_PATTERNS } from '../../support/table-patterns';

type ScreenModule = typeof import('../../../src/rules/screen');

/** The data exactly as the build writes it into the chunk (its module evaluated). */
function built(): Record<string, ScreenData | null> {
  const code = screenDataModule().replace('export const SCREEN_DATA =', 'return');
  return new Function(code)() as Record<string, ScreenData | null>;
}


describe('rule-table screens worked out at build time', () => {
  test('each is what the code derives from the pattern at run time, and no two patterns share a key', () => {
    const data = built();
    const patterns = derivedPatterns();
    expect(Object.keys(data).length).toBeGreaterThan(50);
    expect(new Set(patterns.map(screenKey)).size).toBe(new Set(patterns.map((re) => `${re.flags}/${re.source}`)).size);
    for (const re of patterns) expect(data[screenKey(re)], String(re)).toEqual(describeScreen(re));
    expect(Object.keys(data).sort()).toEqual(Object.keys(tableScreens()).sort());
  });

  test('primed with them, the tables read no pattern source, and every table pattern answers every example as without them', async () => {
    const data = built();
    vi.resetModules();
    const primed = (await import('../../../src/rules/screen')) as ScreenModule;
    primed.primeScreens(data);
    // The modules that set up their tables' screens when evaluated, as the reader chunk evaluates them.
    await import('../../../src/engine/lines');
    expect(primed.derivedPatterns()).toEqual([]);
    const fresh = (vi.resetModules(), (await import('../../../src/rules/screen')) as ScreenModule);
    const copies = (re: RegExp) => [new RegExp(re.source, re.flags), new RegExp(re.source, re.flags)] as const;
    let differ = 0;
    let compared = 0;
    // (Patterns no table screens, such as inline classes and run items, have no built screen.)
    const screened = TABLE_PATTERNS.filter((re) => data[screenKey(re)] !== undefined);
    expect(screened.length).toBeGreaterThan(50);
    for (const re of screened) {
      const [a, b] = copies(re);
      for (const line of EXAMPLES) {
        const t = line.trim();
        if (primed.mayMatch(a, t) !== fresh.mayMatch(b, t)) differ++;
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10_000);
    expect(differ).toBe(0);
    // The screens still turn lines away (the data is not empty in effect).
    expect(screened.some((re) => EXAMPLES.some((l) => !primed.mayMatch(new RegExp(re.source, re.flags), l.trim())))).toBe(true);
  });
});
