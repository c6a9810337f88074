/**
 * The extension build swaps the engine's parse stage (parse5) and cheerio's `load` for ones that
 * parse with the browser's own DOMParser (src/ext/engine-shims/parse-dom.ts, cheerio-dom.ts). Here
 * DOMParser is jsdom's (parse5 with scripting off, as a browser's DOMParser): the engine must give
 * the same Article through the swap as without it, for every fixture and every synthetic e2e and
 * hostile page. The e2e corpus test checks the real browsers' parsers against the goldens. A jsdom
 * parse per page is most of the cost: `npm run test:quick` reads one fixture of each folder and
 * template (test/support/sweep.ts).
 */
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { JSDOM } from 'jsdom';
import { extract } from '../../../src/engine/extract';
import { comparedPages, outcome } from '../../support/engine-cases';

type Extract = typeof extract;
let extractViaDom: Extract;

const PARSE = '../../../src/engine/parse';
/** The parse stage the extension build uses (parse-dom.ts), once the test's swap is in place. */
let parseViaDom: ((html: string, ctx: unknown) => unknown) | null = null;
let domParses = 0;

beforeAll(async () => {
  (globalThis as { DOMParser?: unknown }).DOMParser = new JSDOM('').window.DOMParser;
  vi.resetModules();
  // As wxt.config.ts swaps them: cheerio's load, and the engine's parse stage (its front-matter split stays).
  vi.doMock('cheerio', () => import('../../../src/ext/engine-shims/cheerio-dom'));
  vi.doMock(PARSE, async () => ({
    ...(await vi.importActual<Record<string, unknown>>(PARSE)),
    parseHtml: (html: string, ctx: unknown) => {
      domParses++;
      return parseViaDom!(html, ctx);
    },
  }));
  parseViaDom = (await import('../../../src/ext/engine-shims/parse-dom')).parseHtml as never;
  extractViaDom = (await import('../../../src/engine/extract')).extract;
  vi.doUnmock('cheerio');
  vi.doUnmock(PARSE);
  // The engine loaded above keeps the extension's parse stage: later files in the same worker
  // (the quick config shares one) must load the engine afresh, not reuse this one.
  vi.resetModules();
});


const cases = comparedPages();

describe('engine through the DOMParser-backed load gives the same Article', () => {
  test('the swap is in effect: a different module instance, whose pages are parsed by the DOMParser', () => {
    expect(extractViaDom).not.toBe(extract);
    const before = domParses;
    const spy = vi.spyOn(globalThis.DOMParser.prototype, 'parseFromString');
    try {
      expect(extractViaDom(cases[0]![1], { url: cases[0]![2] }).title).toBeTruthy();
      expect(domParses).toBe(before + 1);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
  });
  test.each(cases)('%s', (_id, html, url) => {
    expect(outcome(extractViaDom, html, url)).toEqual(outcome(extract, html, url));
  });
  test('noscript holds its source as text (scripting on); template content is a root node: as cheerio has them', async () => {
    const { load } = await import('../../../src/ext/engine-shims/cheerio-dom');
    const { load: real } = await vi.importActual<typeof import('cheerio')>('cheerio');
    const html = '<body><noscript><img src="a.png"><p>x</p></noscript><template><p>t</p></template></body>';
    for (const $ of [load(html), real(html)]) {
      expect($('noscript img').length).toBe(0);
      expect($('noscript').text()).toBe('<img src="a.png"><p>x</p>');
      expect($('template p').length).toBe(0);
      expect(($('template')[0] as unknown as { children: { type: string }[] }).children.map((c) => c.type)).toEqual(['root']);
    }
  });
});

describe('the copy from the browser tree is bounded', () => {
  test('an element with more attributes than any article has is refused as too complex, at once', async () => {
    const { load, MAX_ATTRIBUTES } = await import('../../../src/ext/engine-shims/cheerio-dom');
    const attrs = Array.from({ length: MAX_ATTRIBUTES + 1 }, (_, i) => `a${i}="1"`).join(' ');
    expect(() => load(`<body><p ${attrs}>x</p></body>`)).toThrow(expect.objectContaining({ name: 'ExtractError', reason: 'too-complex' }));
    const ok = Array.from({ length: 50 }, (_, i) => `a${i}="1"`).join(' ');
    expect(load(`<body><p ${ok}>x</p></body>`)('p').attr('a49')).toBe('1');
  });

  // A page with more nodes than the bound: cheerio-dom.slow.test.ts (a 50,000-node jsdom parse).

  test('past the deadline the copy stops with a timeout, and the deadline does not outlive the call', async () => {
    const { load, withDeadline } = await import('../../../src/ext/engine-shims/cheerio-dom');
    const html = `<body>${'<p>段落</p>'.repeat(5_000)}</body>`;
    expect(() => withDeadline(-1, () => load(html))).toThrow(expect.objectContaining({ name: 'ExtractError', reason: 'timeout' }));
    expect(load(html)('p').length).toBe(5_000);
  });
});

describe('the copy reads each element’s attributes as the attribute list gives them', () => {
  /** name → value as the attribute list reads them (the last of a name wins). */
  const byList = (el: Element) => {
    const out: Record<string, string> = {};
    for (const a of Array.from(el.attributes)) out[a.name] = a.value;
    return out;
  };

  test('names, values, order, and the spots where names alone would mislead: upper case set by a script, one name twice', async () => {
    const { fromBrowserDocument } = await import('../../../src/ext/engine-shims/cheerio-dom');
    const doc = new JSDOM('<!doctype html><body><p id="a" class="x y" data-n="1" title="t &amp; u" hidden>1</p><p id="b">2</p><p id="c">3</p><p id="d" foo="lower">4</p><svg id="e" viewBox="0 0 1 1"><a xlink:href="#z"></a></svg></body>').window.document;
    const b = doc.getElementById('b')!;
    b.setAttributeNS(null, 'DATA-UP', 'upper'); // only a script can make an upper-case name on an HTML element
    const c = doc.getElementById('c')!;
    c.setAttributeNS('urn:one', 'dup', 'first');
    c.setAttributeNS('urn:two', 'dup', 'second'); // two attributes named dup
    doc.getElementById('d')!.setAttributeNS(null, 'FOO', 'upper'); // getAttribute('FOO') would read foo
    const tree = fromBrowserDocument(doc);
    const copied = new Map<string, Record<string, string>>();
    const stack: unknown[] = [tree];
    while (stack.length) {
      const n = stack.pop() as { attribs?: Record<string, string>; children?: unknown[] };
      if (n.attribs?.id) copied.set(n.attribs.id, { ...n.attribs });
      if (n.children) stack.push(...n.children);
    }
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      const want = byList(doc.getElementById(id)!);
      expect(copied.get(id), id).toEqual(want);
      expect(Object.keys(copied.get(id)!), id).toEqual(Object.keys(want));
    }
    expect(copied.get('b')!['DATA-UP']).toBe('upper');
    expect(copied.get('c')!.dup).toBe('second');
    expect(copied.get('d')).toEqual({ id: 'd', foo: 'lower', FOO: 'upper' });
  });
});
