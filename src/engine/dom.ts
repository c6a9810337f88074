import { select } from 'cheerio-select';
import type { Element } from 'domhandler';

/**
 * Descendants of `root` matching `selector`, in document order. Cheerio's `$(root).find()` starts
 * from every child of `root` and de-duplicates the results pairwise, which is quadratic in the
 * number of children (seconds on a 20,000-paragraph body); selecting from the one root is linear.
 */
export function selectIn(root: Element, selector: string): Element[] {
  return select(selector, root) as Element[];
}
