/**
 * Reader chunk only (entrypoints/reader.ts): stands in for cheerio where the engine imports it
 * (src/engine/extract.ts). The engine builds a cheerio API over the page only when a template
 * asks for `page.$`, and only the generic Readability fallback does, which the extension leaves
 * out (no-readability.ts); every Sina template walks the page through the engine's own index. So
 * the chunk the reader's first click loads and compiles carries none of cheerio's modules (about a
 * sixth of its code). A template that asked would get this error, which the reader reports as a
 * failed extraction; the unit tests check that no shipped template asks.
 */
import type { CheerioAPI } from 'cheerio';

export type { CheerioAPI, Cheerio } from 'cheerio';

export function load(): CheerioAPI {
  throw new Error("the reader chunk has no cheerio: only the generic Readability fallback asks for it, and the extension leaves that out");
}
