/** Stand-in invariant checks for harness.test.ts (the real ones live in src/verify.ts). */
import type { Article } from '../../../src/article';

export function inventedText(html: string, article: Article): string[] {
  return article.text && !html.includes(article.text) ? [article.text] : [];
}

export function idempotencyDiff(article: Article): string[] {
  return article.text.includes('FLIP') ? ['text'] : [];
}
