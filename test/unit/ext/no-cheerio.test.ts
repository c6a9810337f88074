/**
 * The reader chunk leaves cheerio out (src/ext/engine-shims/no-cheerio.ts): the engine builds a
 * cheerio API only when a template reads `page.$`, and only the generic Readability fallback does,
 * which the extension leaves out too. Here the engine runs with both stand-ins, as the reader chunk
 * has them, over every fixture page and every synthetic e2e and hostile page: no page may reach the
 * missing cheerio, and every page a Sina template reads gives the same Article as the whole engine.
 */
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { extract } from '../../../src/engine/extract';
import { load as noCheerio } from '../../../src/ext/engine-shims/no-cheerio';
import { comparedPages, outcome } from '../../support/engine-cases';

type Extract = typeof extract;
let extractAsChunk: Extract;

beforeAll(async () => {
  vi.resetModules();
  vi.doMock('cheerio', () => import('../../../src/ext/engine-shims/no-cheerio'));
  vi.doMock('../../../src/templates/readability', () => import('../../../src/ext/engine-shims/no-readability'));
  extractAsChunk = (await import('../../../src/engine/extract')).extract;
  vi.doUnmock('cheerio');
  vi.doUnmock('../../../src/templates/readability');
  // Later files in the same worker must load the whole engine afresh.
  vi.resetModules();
});


const cases = comparedPages();

describe('the engine without cheerio, as the reader chunk has it', () => {
  test('the stand-in is in effect and says why', () => {
    expect(extractAsChunk).not.toBe(extract);
    expect(() => noCheerio()).toThrow(/Readability fallback/);
  });
  test.each(cases)('%s', (_id, html, url) => {
    // Throws (failing the test) if the page reached the missing cheerio.
    const chunk = outcome(extractAsChunk, html, url);
    const whole = outcome(extract, html, url);
    const read = (o: unknown) => (o as { template?: string }).template;
    if (read(whole) === 'readability') expect(chunk).toEqual({ error: 'not-an-article' });
    else expect(chunk).toEqual(whole);
  });
});
