/**
 * The bound on the extension's copy of the browser's tree (src/ext/engine-shims/cheerio-dom.ts):
 * a page of 50,000 nodes parsed by jsdom's DOMParser (several seconds on a loaded two-core
 * machine), so it runs in `npm test` and CI, not in `npm run test:quick`. The other bounds of the
 * copy are in cheerio-dom.test.ts.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import { load, MAX_NODES } from '../../../src/ext/engine-shims/cheerio-dom';

beforeAll(() => {
  (globalThis as { DOMParser?: unknown }).DOMParser = new JSDOM('').window.DOMParser;
});

describe('the copy from the browser tree is bounded', () => {
  test('a page with more nodes than the bound is refused as too large', () => {
    expect(() => load(`<body><p>${'字<br>'.repeat(MAX_NODES / 2 + 1)}</p></body>`)).toThrow(
      expect.objectContaining({ name: 'ExtractError', reason: 'too-large' }),
    );
  });
});
