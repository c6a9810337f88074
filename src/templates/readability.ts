import { Readability } from '@mozilla/readability';
import { load } from 'cheerio';
import { parseHTML } from 'linkedom';
import type { Document as DomDocument, Element, ParentNode } from 'domhandler';
import type { Template } from './types';
import type { Ctx } from '../engine/context';
import { LIMITS } from '../engine/limits';
import { normalizeText } from '../engine/text';
import { cleanDocumentTitle } from '../engine/meta';

/**
 * Chinese text is dense: 500 characters (Readability's default, tuned for English) is a long
 * article in Chinese, so short Sina notices would be rejected. 100 keeps real bodies and still
 * refuses navigation pages.
 */
const CHAR_THRESHOLD = 100;

/** Elements in the stripped page and how deep it nests (one iterative walk). */
function shape(doc: DomDocument, ctx: Ctx): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [ParentNode, number][] = [[doc, 0]];
  while (stack.length) {
    ctx.deadline.tick();
    const [n, d] = stack.pop()!;
    for (const c of n.children) {
      if (c.type !== 'tag') continue;
      elements++;
      if (d + 1 > depth) depth = d + 1;
      stack.push([c as Element, d + 1]);
    }
  }
  return { elements, depth };
}

/**
 * A pessimistic estimate of Readability's time on linkedom for a page of this shape, from
 * test/extreme/measure.ts-style runs on a loaded 2-core machine: about 0.4 ms per element plus
 * 3 µs per element per level of nesting.
 */
/** How many times its estimated time the fallback must find left in the budget. */
export const READABILITY_MARGIN = 3;

export function estimateMs(elements: number, depth: number): number {
  return elements * 0.4 + elements * depth * 0.003;
}

/**
 * Anything no Sina rule knows: @mozilla/readability on a linkedom DOM (pure JS, small and fast,
 * and the same in Node and in the extension). We do not gate on isProbablyReaderable (it rejects
 * many Chinese pages), and Readability's byline is ignored when it is the 责任编辑 line.
 */
export const readability: Template = {
  id: 'readability',
  describe: 'any other page (Readability fallback)',
  matches: () => true,
  extract: ({ $: $page, doc, url, ctx }) => {
    // Readability cannot be interrupted, so it only gets pages it reads within a fraction of the
    // time budget: its scoring walks up and down the tree for each candidate, so its cost grows
    // with elements × depth. The tree it gets is the stripped page (no scripts, no hidden elements).
    const { elements, depth } = shape(doc, ctx);
    const cap = LIMITS.readability;
    if (elements > cap.maxElements || elements * depth > cap.maxElementsTimesDepth) return { body: null };
    // Three times the estimate must fit: on a loaded machine the one call ran four to six times
    // longer than estimated (5.5 s on a 3 s budget), and nothing can stop it once it runs.
    if (READABILITY_MARGIN * estimateMs(elements, depth) > ctx.deadline.remaining()) return { body: null };
    // Our tree always has a head and a body (the parser makes them); linkedom reads them back.
    const head = $page('head').first().html() ?? '';
    const body = $page('body').first().html() ?? '';
    if (head.length + body.length > cap.maxChars) return { body: null };
    ctx.deadline.check();
    const { document } = parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
    if (!document.documentElement || !document.body) return { body: null };
    if (url) {
      try {
        const base = document.createElement('base');
        base.setAttribute('href', url);
        document.head?.appendChild(base);
      } catch {
        /* a document without a head: relative URLs stay relative */
      }
    }
    let result: ReturnType<Readability['parse']>;
    try {
      result = new Readability(document as unknown as Document, { charThreshold: CHAR_THRESHOLD }).parse();
    } catch {
      // Readability assumes a well-formed document (text inside <body>); on a tree it cannot walk it
      // found no article, and neither do we.
      return { body: null };
    }
    ctx.deadline.check();
    if (!result?.content) return { body: null };
    const $ = load(result.content);
    const byline = normalizeText(result.byline ?? '');
    const isEditor = /责任编辑/.test(byline);
    return {
      $,
      body: $('body').get(0) ?? null,
      // Readability's title is the <title> (or a headline it prefers): without Sina's channel suffix (TITLE_SUFFIX).
      title: cleanDocumentTitle(result.title),
      editor: isEditor ? byline : undefined,
      source: normalizeText(result.siteName ?? '') || null,
      publishedAt: undefined,
    };
  },
};
