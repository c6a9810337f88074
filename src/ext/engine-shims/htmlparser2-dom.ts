/**
 * Extension builds only (swapped in for `htmlparser2` where cheerio imports it, see wxt.config.ts):
 * cheerio's string parsing with the browser's own HTML parser, as the rest of the extension's
 * engine parses (src/ext/engine-shims/browser-tree.ts). The engine hands cheerio trees, never
 * strings, so this is a fallback for cheerio's string paths; what it saves is htmlparser2's
 * tokenizer and parser and the entity-decoding tables they bring, dead code in the reader chunk
 * (the chunk copies the live page's tree and never tokenises HTML).
 *
 * `ElementType` is the node-type enum cheerio compares against (htmlparser2 re-exports it).
 */
import * as ElementType from 'domelementtype';
import type { Document } from 'domhandler';
import { parseFragmentWithBrowser, parseWithBrowser } from './browser-tree';

export { ElementType };

/** A document (cheerio's `isDocument`), else a fragment's nodes under a root, as the browser parses them. */
export function parseDocument(data: string, _options?: unknown, isDocument?: boolean): Document {
  return isDocument === true ? parseWithBrowser(data) : parseFragmentWithBrowser(data);
}
