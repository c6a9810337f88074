/**
 * The reader chunk copies a live page's parts straight into the engine's domhandler nodes
 * (pageTree) instead of serialising them (pageDigest), parsing that with DOMParser and copying the
 * parsed document. For every fixture page, every synthetic e2e page and every hostile page, the
 * tree must be the one the serialise → DOMParser → copy path builds (here jsdom's DOMParser, which
 * parses as a browser's does, scripting off), and the engine's Article from it (extractTree) must
 * be the Article of the digest's HTML (extract), or the same error.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { JSDOM } from 'jsdom';
import render from 'dom-serializer';
import type { AnyNode, Document as DomhandlerDocument } from 'domhandler';
import { extract, extractTree } from '../../../src/engine/extract';
import { ExtractError } from '../../../src/article';
import { pageDigest, pageTree } from '../../../src/ext/reader/digest';
import { parseWithBrowser } from '../../../src/ext/engine-shims/cheerio-dom';
import { loadCorpus, readFixture } from '../../support/corpus';
import { LIMITS } from '../../../src/engine/limits';
import { allPages } from '../../e2e/harness/catalog';
import { pageText } from '../../e2e/harness/expected';

beforeAll(() => {
  (globalThis as { DOMParser?: unknown }).DOMParser = new JSDOM('').window.DOMParser;
});

function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (e) {
    if (e instanceof ExtractError) return { error: e.reason };
    throw e;
  }
}

/** Every node's type, name, attributes and data, in document order (what the engine can see). */
function canonical(doc: DomhandlerDocument): string {
  const out: string[] = [];
  const stack: Array<[AnyNode, number]> = doc.children.map((c) => [c, 0] as [AnyNode, number]).reverse();
  while (stack.length) {
    const [n, depth] = stack.pop()!;
    const pad = ' '.repeat(depth);
    if (n.type === 'tag' || n.type === 'script' || n.type === 'style') {
      out.push(`${pad}<${n.name} ${JSON.stringify(n.attribs)}>`);
      for (let i = n.children.length - 1; i >= 0; i--) stack.push([n.children[i]!, depth + 1]);
    } else if (n.type === 'root') {
      out.push(`${pad}#document`);
      for (let i = n.children.length - 1; i >= 0; i--) stack.push([n.children[i]!, depth + 1]);
    } else if ('data' in n) out.push(`${pad}${n.type} ${JSON.stringify(n.data)}`);
    else out.push(`${pad}${n.type}`);
  }
  return out.join('\n');
}

const fixturePages = loadCorpus().filter((f) => f.folder === 'pages' || (f.folder === 'synthetic' && f.url));
const cases: Array<[string, string, string]> = [
  ...fixturePages.map((f) => [f.id, readFixture(f), f.url ?? 'https://finance.sina.com.cn/'] as [string, string, string]),
  ...allPages()
    .filter((p) => p.kind !== 'fixture')
    .map((p) => [p.name, pageText(p), p.url] as [string, string, string]),
];

describe('pageTree: the live page copied as the tree the digest parses to', () => {
  test.each(cases)('%s', (_name, html, url) => {
    const doc = new JSDOM(html).window.document;
    const viaHtml = outcome(() => parseWithBrowser(pageDigest(doc).html));
    const direct = outcome(() => pageTree(doc));
    if ('error' in (viaHtml as object)) {
      expect(direct).toEqual(viaHtml);
      return;
    }
    const { tree, kind } = direct as ReturnType<typeof pageTree>;
    expect(kind).toBe(pageDigest(doc).kind);
    expect(canonical(tree)).toBe(canonical(viaHtml as DomhandlerDocument));
    expect(render(tree)).toBe(render(viaHtml as DomhandlerDocument));
    expect(outcome(() => extractTree(pageTree(doc).tree, { url }))).toEqual(outcome(() => extract(pageDigest(doc).html, { url })));
  });

  test('the copy counts characters (text, comments, attribute values) against the engine\u2019s input limit, as guard counts the HTML', () => {
    // A lower limit for the test (the real one is 64 Mi characters).
    const limits = LIMITS as { maxInputChars: number };
    const saved = limits.maxInputChars;
    limits.maxInputChars = 10_000;
    try {
      const page = (inside: string) =>
        new JSDOM(`<title>t</title><h1 class="main-title">标题</h1><div class="article" id="artibody"><p>第一段。</p>${inside}</div>`).window.document;
      for (const inside of [`<p>${'字'.repeat(12_000)}</p>`, `<!--${'c'.repeat(12_000)}-->`, `<p title="${'a'.repeat(12_000)}">x</p>`]) {
        const doc = page(inside);
        expect(() => pageTree(doc)).toThrow(expect.objectContaining({ name: 'ExtractError', reason: 'too-large' }));
        expect(outcome(() => extract(pageDigest(doc).html, { url: 'https://finance.sina.com.cn/' }))).toEqual({ error: 'too-large' });
      }
      expect(pageTree(page(`<p>${'字'.repeat(5_000)}</p>`)).kind).toBe('parts');
    } finally {
      limits.maxInputChars = saved;
    }
  });

  test('the cases include whole-document pages and pages read by parts', () => {
    const kinds = new Set(cases.map(([, html]) => pageTree(new JSDOM(html).window.document).kind));
    expect([...kinds].sort()).toEqual(['parts', 'whole']);
  });
});
