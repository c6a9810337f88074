import type { Article, ExtractOptions } from '../article';
import { ExtractError } from '../article';

/** Placeholder until the engine lands; the signature is the contract. */
export function extract(html: string, options: ExtractOptions = {}): Article {
  void options;
  if (!html.trim()) throw new ExtractError('empty', 'input is empty');
  throw new ExtractError('not-an-article', 'engine not implemented yet');
}
