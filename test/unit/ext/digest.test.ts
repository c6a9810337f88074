/**
 * The reader chunk gives the engine only the parts of a page its templates read (the digest). For
 * every fixture page, every synthetic e2e page and every hostile page, extracting the digest must
 * give exactly the Article the whole page (as the browser holds it) gives, or the same error; and
 * for the fixture pages that is the Article of the saved file. A jsdom document per page is most of
 * the cost: `npm run test:quick` reads one fixture page of each template (test/support/sweep.ts).
 */
import { describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { extract } from '../../../src/engine/extract';
import { ExtractError } from '../../../src/article';
import { doctypeOf, pageDigest } from '../../../src/ext/reader/digest';
import { pageFamily } from '../../../src/ext/page-parts';
import { loadCorpus, readFixture } from '../../support/corpus';
import { fixtureKind, sweep } from '../../support/sweep';
import { allPages, type ServedPage } from '../../e2e/harness/catalog';
import { pageText } from '../../e2e/harness/expected';

function outcome(html: string, url: string): unknown {
  try {
    return extract(html, { url });
  } catch (e) {
    if (e instanceof ExtractError) return { error: e.reason };
    throw e;
  }
}

/**
 * One jsdom window whose DOMParser parses every page. `new JSDOM(html)` builds the same tree (jsdom
 * parses with scripting off either way, `<noscript>` content as elements), but as a browsing context:
 * every `<iframe>` of the page gets a window of its own (a Sina page has up to a dozen), which cost
 * three times the parse and play no part in the digest.
 */
const parser = new new JSDOM('').window.DOMParser();

/**
 * A page as the browser holds it. jsdom's parse is most of these tests' cost, so whether the page
 * has a body marker is noted while its document is at hand, for the marker test below (which parses
 * the page itself when run alone).
 */
const hasBodyMarker = new Map<string, boolean>();
function browserDocument(html: string): Document {
  const doc = parser.parseFromString(html, 'text/html');
  hasBodyMarker.set(html, Boolean(pageFamily(doc)));
  return doc;
}

const allFixturePages = loadCorpus().filter((f) => f.folder === 'pages' || (f.folder === 'synthetic' && f.url));
const fixturePages = sweep(allFixturePages, fixtureKind);
const served: ServedPage[] = allPages().filter((p) => p.kind !== 'fixture');

describe('digest: the engine reads the same article from the parts as from the whole page', () => {
  const cases: Array<[string, string, string]> = [
    ...fixturePages.map((f) => [f.id, readFixture(f), f.url ?? 'https://finance.sina.com.cn/'] as [string, string, string]),
    ...served.map((p) => [p.name, pageText(p), p.url] as [string, string, string]),
  ];
  test.each(cases)('%s', (name, html, url) => {
    const doc = browserDocument(html);
    const live = doctypeOf(doc) + doc.documentElement.outerHTML;
    const whole = outcome(live, url);
    expect(outcome(pageDigest(doc).html, url), 'digest vs the whole DOM').toEqual(whole);
    if (!name.startsWith('synthetic-')) expect(whole, 'the DOM vs the saved file').toEqual(outcome(html, url));
  });

  test('2017+ pages shrink to a fraction of the page; table layouts are read whole', () => {
    const big = allFixturePages.find((f) => f.id.includes('news_20240510_inausehc2630922'))!;
    const html = readFixture(big);
    const d = pageDigest(browserDocument(html));
    expect(d.kind).toBe('parts');
    expect(d.html.length).toBeLessThan(html.length / 4);
    const legacy = allFixturePages.find((f) => f.id.includes('chanye-finance'))!;
    expect(pageDigest(browserDocument(readFixture(legacy))).kind).toBe('whole');
  });

  test('every fixture page has a body marker (the cheap check on page load)', () => {
    const missing = fixturePages
      .filter((f) => f.folder === 'pages')
      .filter((f) => {
        const html = readFixture(f);
        return !(hasBodyMarker.get(html) ?? Boolean(pageFamily(browserDocument(html))));
      })
      .map((f) => f.id);
    expect(missing).toEqual([]);
  });
});
