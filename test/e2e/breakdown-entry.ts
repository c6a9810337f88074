/**
 * The extension's extraction path, stage by stage, for test/e2e/browser-breakdown.ts: the same
 * modules the reader chunk bundles (the build's shims applied by the breakdown's esbuild plugins),
 * run in the order src/engine/extract.ts runs them, each timed: first the previous path's own steps
 * (digest as HTML, DOMParser, copy, scan), then the copy of the live page (pageTree) and the
 * engine's stages over it, both whole paths end to end, and the reader view (build, swap in, focus,
 * which lays out the page and the reader).
 */
import '../../src/ext/reader/prime-screens';
import { load } from 'cheerio';
import { pageDigest, pageTree } from '../../src/ext/reader/digest';
import { fromBrowserDocument } from '../../src/ext/engine-shims/cheerio-dom';
import { extract, extractTree } from '../../src/engine/extract';
import { makeCtx } from '../../src/engine/context';
import { guard } from '../../src/engine/guard';
import { scan } from '../../src/engine/scan';
import { splitFrontMatter } from '../../src/engine/front-matter';
import { strip } from '../../src/engine/strip';
import { PageIndex, textContent } from '../../src/engine/select';
import { TEMPLATES, type PageInput } from '../../src/templates';
import { readMetaTags, cleanDocumentTitle } from '../../src/engine/meta';
import { readBodyFacts, resolveMetadata } from '../../src/engine/metadata';
import { cleanBody } from '../../src/engine/clean';
import { BlockBuilder } from '../../src/engine/blocks';
import { sortLines } from '../../src/engine/lines';
import { renderText } from '../../src/render/text';
import { renderMarkdown } from '../../src/render/markdown';
import { PAGE_WIDE_READS } from '../../src/rules/page-families';
import { createReaderView, readerSettingsOf } from '../../src/ext/reader/view';
import { swapIn, swapOut } from '../../src/ext/page-swap';
import { DEFAULT_SETTINGS } from '../../src/ext/settings';
import { BODY_MARKERS } from '../../src/ext/page-parts';

/**
 * Runs the engine on two small documents made from the page (its digest with the body cut to its
 * first, then its last, `keep` children): every function and regular expression the page needs is
 * then compiled, and what the page costs after this is the engine's work without first-run costs.
 */
function prime(url: string, keep = 3): number {
  const t = performance.now();
  const html = pageDigest(document).html;
  for (const end of [false, true]) {
    const small = new DOMParser().parseFromString(html, 'text/html');
    const body = small.querySelector(BODY_MARKERS);
    if (body) {
      const kids = Array.from(body.children);
      const drop = end ? kids.slice(0, -keep) : kids.slice(keep);
      for (const k of drop) k.remove();
    }
    extractTree(fromBrowserDocument(small), { url });
  }
  return performance.now() - t;
}
(globalThis as { __scPrime?: unknown }).__scPrime = prime;

function breakdown(url: string): Record<string, number> {
  const t: Record<string, number> = {};
  let last = performance.now();
  const lap = (k: string) => {
    const n = performance.now();
    t[k] = (t[k] ?? 0) + n - last;
    last = n;
  };
  const start = last;
  const { html } = pageDigest(document);
  lap('digest');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  lap('domparser');
  fromBrowserDocument(parsed);
  lap('copy');
  const ctx = makeCtx({});
  const input = guard(html);
  const { frontMatter, body: markup } = splitFrontMatter(input);
  const scanned = scan(markup, ctx);
  lap('scan');
  const doc = pageTree(document).tree;
  lap('pageTree');
  const { comments } = strip(doc, ctx);
  lap('strip');
  const $page = load(doc);
  const index = new PageIndex(doc, ctx.deadline);
  lap('index');
  const page: PageInput = { $: $page, doc, index, url, frontMatter, comments, scan: scanned, ctx };
  const template = TEMPLATES.find((x) => x.matches(page))!;
  const r = template.extract(page);
  lap('template');
  const meta = readMetaTags(index);
  const facts = readBodyFacts(index, index, r.body!, comments, template, ctx);
  lap('facts');
  const { droppedImages } = cleanBody(r.body!, { ends: r.bodyEnd ?? [], comments, base: url }, ctx);
  lap('clean');
  const built = new BlockBuilder(url, ctx).build(r.body!);
  lap('blocks');
  const headline = r.title || meta.title || cleanDocumentTitle(textContent(index.first(PAGE_WIDE_READS.title)));
  const { blocks, fields } = sortLines(built, headline, ctx);
  lap('lines');
  resolveMetadata({ $page: index, template, result: r, meta, fields, facts, blocks, droppedImages, base: url }, ctx);
  lap('metadata');
  const text = renderText(blocks);
  renderMarkdown({ title: 'x', blocks } as never);
  void text;
  lap('render');
  t.newPathSum = last - start - t.digest! - t.domparser! - t.copy! - t.scan!;
  const e0 = performance.now();
  extract(pageDigest(document).html, { url });
  t.oldPath = performance.now() - e0;
  const e1 = performance.now();
  const article = extractTree(pageTree(document).tree, { url });
  t.newPath = performance.now() - e1;
  // The reader: build, swap in, focus, then the layout the first frame does (forced here).
  last = performance.now();
  const v = createReaderView(document, article, { settings: readerSettingsOf(DEFAULT_SETTINGS), speech: null });
  lap('view');
  const swap = swapIn(document, v.host);
  lap('swapIn');
  v.focus();
  lap('focus');
  void (v.root.querySelector('article') as HTMLElement).offsetHeight;
  lap('layout');
  swapOut(document, swap);
  void document.body.offsetHeight;
  last = performance.now();
  return t;
}

(globalThis as { __scBreakdown?: unknown }).__scBreakdown = breakdown;
