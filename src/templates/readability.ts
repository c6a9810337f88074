import { Readability } from '@mozilla/readability';
import { load } from 'cheerio';
import { parseHTML } from 'linkedom';
import type { Template } from './types';
import { LIMITS } from '../engine/limits';
import { normalizeText } from '../engine/text';

/**
 * Chinese text is dense: 500 characters (Readability's default, tuned for English) is a long
 * article in Chinese, so short Sina notices would be rejected. 100 keeps real bodies and still
 * refuses navigation pages.
 */
const CHAR_THRESHOLD = 100;

/**
 * Anything no Sina rule knows: @mozilla/readability on a linkedom DOM (pure JS, small and fast,
 * and the same in Node and in the extension). We do not gate on isProbablyReaderable (it rejects
 * many Chinese pages), and Readability's byline is ignored when it is the 责任编辑 line.
 */
export const readability: Template = {
  id: 'readability',
  describe: 'any other page (Readability fallback)',
  matches: () => true,
  extract: ({ $: $page, scan, url, ctx }) => {
    // Readability cannot be interrupted, so it only gets pages within what it handles in a fraction
    // of the time budget: its scoring walks up and down the tree for every candidate. The tree it
    // gets is the stripped page (no scripts, no hidden elements), nested at most LIMITS.domDepth deep.
    if (scan.elements > LIMITS.readability.maxElements) return { body: null };
    const cleanedHtml = $page.html();
    if (cleanedHtml.length > LIMITS.readability.maxChars) return { body: null };
    ctx.deadline.check();
    // linkedom builds no <html> for a bare fragment and no <body> for some broken pages, and
    // Readability needs both; give such a page the document around it.
    let { document } = parseHTML(cleanedHtml);
    if (!document.documentElement || !document.body) {
      const inner = cleanedHtml.replace(/<\/?(?:html|body)\b[^>]*>/gi, '');
      ({ document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${inner}</body></html>`));
    }
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
      title: normalizeText(result.title ?? '') || null,
      editor: isEditor ? byline : undefined,
      source: normalizeText(result.siteName ?? '') || null,
      publishedAt: undefined,
    };
  },
};
