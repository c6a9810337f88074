/**
 * In the extension build, cheerio's imports of htmlparser2 get src/ext/engine-shims/htmlparser2-dom.ts
 * (wxt.config.ts): the node-type enum cheerio compares against, and its string parsing done by the
 * browser's DOMParser (here jsdom's). Fragments keep their nodes in order without the html, head
 * and body elements a document parse adds; documents are parsed whole, as cheerio-dom's load does.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import render from 'dom-serializer';
import * as htmlparser2 from 'htmlparser2';
import { fileURLToPath } from 'node:url';
import { swapFor } from '../../../src/ext/tools/module-swaps';
import { ElementType, parseDocument } from '../../../src/ext/engine-shims/htmlparser2-dom';

beforeAll(() => {
  (globalThis as { DOMParser?: unknown }).DOMParser = new JSDOM('').window.DOMParser;
});

describe('htmlparser2 for cheerio, with the browser’s parser', () => {
  test('ElementType is htmlparser2’s', () => {
    expect({ ...ElementType }).toEqual({ ...htmlparser2.ElementType });
  });

  test('a fragment: its nodes in order, no html/head/body around them', () => {
    const html = '<!--a--><title>t</title><p>x<b>y</b></p>tail<!--z-->';
    const root = parseDocument(html, {}, false);
    expect(root.type).toBe('root');
    expect(render(root)).toBe(html);
    expect(render(root)).toBe(render(htmlparser2.parseDocument(html)));
  });

  test('a fragment is repaired as a browser repairs it (not as htmlparser2 does)', () => {
    expect(render(parseDocument('<p>a<p>b', {}, false))).toBe('<p>a</p><p>b</p>');
    expect(render(parseDocument('<b>1<i>2</b>3</i>', {}, false))).toBe('<b>1<i>2</i></b><i>3</i>');
  });

  test('a document is parsed whole', () => {
    const root = parseDocument('<title>t</title><p>x', {}, true);
    expect(render(root)).toBe('<html><head><title>t</title></head><body><p>x</p></body></html>');
  });

  test('the build swaps it in for cheerio’s imports only (the engine’s own scan keeps htmlparser2)', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url)).replace(/[\\/]$/, '');
    const shim = `${root}/src/ext/engine-shims/htmlparser2-dom.ts`;
    expect(swapFor('htmlparser2', `${root}/node_modules/cheerio/dist/browser/load-parse.js`)).toBe(shim);
    expect(swapFor('htmlparser2', `${root}/src/engine/scan.ts`)).toBeNull();
  });
});
