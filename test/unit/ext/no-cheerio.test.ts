/**
 * The reader chunk leaves cheerio out (src/ext/engine-shims/no-cheerio.ts): the engine builds a
 * cheerio API only when a template reads `page.$`, and only the generic Readability fallback does,
 * which the extension leaves out too. Here the engine runs with both stand-ins, as the reader chunk
 * has them, over every fixture page and every synthetic e2e and hostile page: no page may reach the
 * missing cheerio, and every page a Sina template reads gives the same Article as the whole engine.
 */
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { extract } from '../../../src/engine/extract';
import type { ExtractError } from '../../../src/article';
import { load as noCheerio } from '../../../src/ext/engine-shims/no-cheerio';
import { loadCorpus, readFixture } from '../../support/corpus';
import { allPages } from '../../e2e/harness/catalog';
import { pageText } from '../../e2e/harness/expected';
import { fixtureKind, sweep } from '../../support/sweep';

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

function outcome(run: Extract, html: string, url: string | undefined): unknown {
  try {
    return run(html, { url });
  } catch (e) {
    // By name: the engine loaded with the stand-ins has its own ExtractError class.
    if (e instanceof Error && e.name === 'ExtractError') return { error: (e as ExtractError).reason };
    throw e;
  }
}

const cases: Array<[string, string, string | undefined]> = [
  ...sweep(loadCorpus(), fixtureKind).map((f) => [f.id, readFixture(f), f.url] as [string, string, string | undefined]),
  ...allPages()
    .filter((p) => p.kind !== 'fixture')
    .map((p) => [p.name, pageText(p), p.url] as [string, string, string | undefined]),
];

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
