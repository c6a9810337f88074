/**
 * The reader chunk's copy of the UI strings keeps only the messages the reader's code names
 * (src/ext/tools/reader-strings.ts). On the chunk's real module graph (bundled as the build bundles
 * it), every `_locales` key any of its modules names must be kept, with its message unchanged; the
 * pages' own strings go.
 */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { isNamed, LOCALE_TABLE, namedKeys, READER_FREE, readerStrings } from '../../../src/ext/tools/reader-strings';
import { moduleSwaps, readerChunkSwaps } from '../../e2e/harness/bundle';

const ROOT = new URL('../../../', import.meta.url).pathname;
const table = (loc: string) => readFileSync(`${ROOT}public/_locales/${loc}/messages.json`, 'utf8');

describe('the reader chunk carries the UI strings its code names', () => {
  test('every key a module of the reader chunk names is kept, message unchanged; the pages’ own strings go', async () => {
    const r = await build({
      entryPoints: [`${ROOT}entrypoints/reader.ts`],
      absWorkingDir: ROOT,
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      logLevel: 'silent',
      plugins: [readerChunkSwaps(), moduleSwaps()],
    });
    const inputs = Object.keys(r.metafile.inputs).filter((f) => /^(?:src|entrypoints)\/.*\.ts$/.test(f));
    expect(inputs).toContain('src/ext/reader/view.ts');
    expect(inputs.filter((f) => READER_FREE.test(f))).toEqual([]);
    expect(inputs.filter((f) => LOCALE_TABLE.test(`/${f}`))).toEqual([]);
    const named = namedKeys(inputs);
    const kept = namedKeys();
    for (const loc of ['zh_CN', 'en']) {
      const whole = JSON.parse(table(loc)) as Record<string, { message: string }>;
      const filtered = JSON.parse(readerStrings(table(loc))) as Record<string, { message: string }>;
      const needed = Object.keys(whole).filter((k) => isNamed(named, k));
      expect(needed.length).toBeGreaterThan(30);
      for (const k of needed) expect(filtered[k], `${loc} ${k}`).toEqual({ message: whole[k]!.message });
      for (const k of Object.keys(filtered)) expect(isNamed(kept, k)).toBe(true);
      // A key built in a template literal (view.ts: `readerEmpty_${article.kind}`): every key so started.
      expect(Object.keys(filtered).filter((k) => k.startsWith('readerEmpty_')).sort()).toEqual(Object.keys(whole).filter((k) => k.startsWith('readerEmpty_')).sort());
      expect(Object.keys(whole).filter((k) => k.startsWith('readerEmpty_')).length).toBeGreaterThan(0);
      // The popup's, options' and 文库 pages' strings are most of the table: left out.
      expect(Object.keys(filtered).length).toBeLessThan(Object.keys(whole).length / 2);
      expect(filtered.popupCleanFailed).toBeUndefined();
    }
  });
  test('the filter applies to the locale tables only', () => {
    expect(LOCALE_TABLE.test(`${ROOT}public/_locales/zh_CN/messages.json`)).toBe(true);
    expect(LOCALE_TABLE.test(`${ROOT}src/ext/strings.ts`)).toBe(false);
    expect(readerStrings('{"a":{"message":"甲","description":"d"},"b":{"message":"乙"}}', new Set(['a']))).toBe('{"a":{"message":"甲"}}');
    expect(readerStrings('{"x_a":{"message":"1"},"x":{"message":"2"},"y_a":{"message":"3"}}', new Set(['x_*']))).toBe('{"x_a":{"message":"1"}}');
  });
});
