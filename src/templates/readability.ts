import { Readability } from '@mozilla/readability';
import { load } from 'cheerio';
import { parseHTML } from 'linkedom';
import type { Template } from './types';
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
  extract: ({ cleanedHtml, url }) => {
    // linkedom builds no document element for a bare fragment; give it the page around it.
    const { document } = parseHTML(/<html[\s>]/i.test(cleanedHtml) ? cleanedHtml : `<!DOCTYPE html><html><head></head><body>${cleanedHtml}</body></html>`);
    if (!document.documentElement) return { body: null };
    if (url) {
      try {
        const base = document.createElement('base');
        base.setAttribute('href', url);
        document.head?.appendChild(base);
      } catch {
        /* a document without a head: relative URLs stay relative */
      }
    }
    const result = new Readability(document as unknown as Document, { charThreshold: CHAR_THRESHOLD }).parse();
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
