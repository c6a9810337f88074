/**
 * A stand-in engine with known bugs, used only by harness.test.ts to prove the harness
 * catches each kind of failure (hang, foreign exception, stack overflow, broken contract).
 */
import { ExtractError, type Article, type ExtractOptions } from '../../../src/article';

function recurse(n: number): number {
  return n <= 0 ? 0 : 1 + recurse(n - 1);
}

export function extract(html: string, options: ExtractOptions = {}): Article {
  if (!html.trim()) throw new ExtractError('empty', 'input is empty');
  if (html.includes('HANG')) for (;;) void 0;
  if (html.includes('NOISY')) process.emitWarning('fake warning');
  if (html.includes('MASKED')) throw new ExtractError('unreadable', 'could not parse the page: x is not a function');
  if (html.includes('OVERFLOW')) throw new ExtractError('unreadable', 'could not parse the page: Maximum call stack size exceeded');
  if (html.includes('BOOM')) throw new TypeError('Cannot read properties of undefined (reading "boom")');
  if (html.includes('DEEP')) recurse(1e7);
  if (/<html/i.test(html) && !/<\/html/i.test(html)) throw new SyntaxError('fake bug: page without </html>');
  if (html.includes('ODDREASON')) throw new ExtractError('odd' as never, 'unknown reason');
  if (!html.includes('<p>')) throw new ExtractError('not-an-article', 'no paragraphs');
  // Tags stripped, a tag cut off by a truncation included (else its '<a href=…' would read as raw HTML).
  const text = html.includes('INVENT') ? 'text that is not in the page' : html.replace(/<[^>]*(?:>|$)/g, '').trim();
  return {
    url: options.url ?? null,
    docId: null,
    template: 'fragment',
    kind: 'text',
    title: '',
    originalTitle: null,
    publishedAt: html.includes('BADDATE') ? '2021-08-24 15:57' : null,
    source: null,
    authors: [],
    editor: null,
    keywords: [],
    stocks: [],
    leadImage: html.includes('BADSRC') ? 'javascript:alert(1)' : null,
    images: [],
    blocks: [{ type: 'paragraph', text }],
    text,
    markdown: html.includes('RAWMD') ? '<img src=x onerror=alert(1)>' : text,
    wordCount: text.length,
    readingMinutes: 1,
  };
}
