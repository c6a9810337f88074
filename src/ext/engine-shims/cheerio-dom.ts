/**
 * Extension builds only (swapped in for `cheerio` by the build, see wxt.config.ts): the engine's
 * `load()` with the browser's own HTML parser instead of parse5 (the copy into domhandler nodes is
 * src/ext/engine-shims/browser-tree.ts). The browser parses natively, and the extension carries
 * no parse5 (about a third of the reader chunk's size once). The engine code is unchanged.
 */
import { load as loadSlim } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import { parseWithBrowser } from './browser-tree';

export type { CheerioAPI, Cheerio } from 'cheerio/slim';
export * from './browser-tree';

type Loaded = ReturnType<typeof loadSlim>;

/** cheerio's `load`, parsing strings with the browser's DOMParser. */
export function load(content: string | AnyNode | AnyNode[], options?: Parameters<typeof loadSlim>[1], isDocument = true): Loaded {
  if (typeof content !== 'string') return loadSlim(content, options, isDocument);
  if (!isDocument) return loadSlim(content, options, false);
  return loadSlim(parseWithBrowser(content), options, true);
}
