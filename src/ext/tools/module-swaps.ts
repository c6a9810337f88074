/**
 * Build-time only: the modules the extension build swaps for browser stand-ins, as one table that
 * wxt.config.ts (the real build) and test/e2e/browser-breakdown.ts (the stage-by-stage measure,
 * bundled with esbuild) both read, so a measured bundle is the shipped one.
 *
 * Each swap: when `importer` imports `source`, the build takes `target` instead.
 */
import { fileURLToPath } from 'node:url';

export interface ModuleSwap {
  /** A short name (tests, messages). */
  id: string;
  /** The import specifier, exactly as written in the importing module. */
  source: string;
  /** Which importing modules the swap applies to (absolute paths). */
  importer: (path: string) => boolean;
  /** The absolute path of the stand-in. */
  target: string;
  why: string;
}

const file = (rel: string) => fileURLToPath(new URL(rel, import.meta.url));
const shim = (name: string) => file(`../engine-shims/${name}`);
const under = (re: RegExp) => (path: string) => re.test(path);

export const CHEERIO_DOM = shim('cheerio-dom.ts');

export const MODULE_SWAPS: readonly ModuleSwap[] = [
  {
    id: 'no-readability',
    source: './readability',
    importer: under(/[\\/]src[\\/]templates[\\/]index\.ts$/),
    target: shim('no-readability.ts'),
    why: 'the generic fallback is left out of the reader chunk (see src/ext/engine-shims/no-readability.ts)',
  },
  {
    id: 'no-seed',
    source: './seed',
    importer: under(/[\\/]src[\\/]templates[\\/]index\.ts$/),
    target: shim('no-seed.ts'),
    why: 'live pages have no front matter, so no YAML reader (see src/ext/engine-shims/no-seed.ts)',
  },
  {
    id: 'one-entities',
    source: 'entities/decode',
    importer: under(/[\\/]node_modules[\\/]htmlparser2[\\/]/),
    target: file('../../../node_modules/entities/lib/esm/decode.js'),
    why: "htmlparser2 brings its own copy of `entities` (v7); cheerio's serializer's (v4.5) has the same EntityDecoder API: one copy, not two",
  },
  {
    id: 'parse-dom',
    source: './parse',
    importer: under(/[\\/]src[\\/]engine[\\/]extract\.ts$/),
    target: shim('parse-dom.ts'),
    why: "the engine's parse stage is the browser's own parser (see src/ext/engine-shims/parse-dom.ts)",
  },
  {
    id: 'cheerio-dom',
    source: 'cheerio',
    importer: (path) => path !== CHEERIO_DOM,
    target: CHEERIO_DOM,
    why: "cheerio's load parses with the browser's own parser (see src/ext/engine-shims/cheerio-dom.ts)",
  },
  {
    id: 'htmlparser2-dom',
    source: 'htmlparser2',
    importer: under(/[\\/]node_modules[\\/]cheerio[\\/]/),
    target: shim('htmlparser2-dom.ts'),
    why: "cheerio's string parsing is the browser's too (see src/ext/engine-shims/htmlparser2-dom.ts)",
  },
];

/**
 * Swaps for the reader chunk alone (entrypoints/reader.ts), not for the other builds (popup,
 * library, the reader's second chunk), which need the real module. Where both tables name the same
 * import (cheerio from the engine), the reader chunk's swap wins.
 */
export const READER_CHUNK_SWAPS: readonly ModuleSwap[] = [
  {
    id: 'no-cheerio',
    source: 'cheerio',
    importer: under(/[\\/]src[\\/]engine[\\/]extract\.ts$/),
    target: shim('no-cheerio.ts'),
    why: "only the Readability fallback, left out of the extension, asks the engine for a cheerio API (see src/ext/engine-shims/no-cheerio.ts)",
  },
  {
    id: 'no-yaml',
    source: 'yaml',
    importer: under(/[\\/]src[\\/]render[\\/]markdown\.ts$/),
    target: shim('no-yaml.ts'),
    why: "the reader chunk writes Markdown without front matter; copies are written by its second chunk (see src/ext/engine-shims/no-yaml.ts)",
  },
];

/** The reader chunk's own stand-in for `source` imported from `importer` (see READER_CHUNK_SWAPS), or null. */
export function readerChunkSwapFor(source: string, importer: string | undefined): string | null {
  if (!importer) return null;
  for (const s of READER_CHUNK_SWAPS) if (s.source === source && s.importer(importer)) return s.target;
  return null;
}

/** The stand-in for `source` imported from `importer`, or null when the build keeps the module. */
export function swapFor(source: string, importer: string | undefined): string | null {
  if (!importer) return null;
  for (const s of MODULE_SWAPS) if (s.source === source && s.importer(importer)) return s.target;
  return null;
}
