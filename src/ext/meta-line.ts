/**
 * The reader's meta line (time, source, reporters). Its own module, apart from the copy formats
 * (./format.ts), so that the reader chunk's first screen does not bring the renderers and their
 * YAML writer with it (they are in the reader's second chunk, src/ext/reader/extras.ts).
 */
import type { Article } from '../article';
import { displayTime } from '../render/safe';

/** Time, source and reporters, in that order, skipping what the page did not say (the reader's meta line). */
export function metaParts(article: Article): string[] {
  const parts: string[] = [];
  const time = displayTime(article.publishedAt);
  if (time) parts.push(time);
  if (article.source) parts.push(article.source);
  if (article.authors.length) parts.push(article.authors.join('、'));
  return parts;
}
