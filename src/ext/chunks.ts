/**
 * Where the build puts the reader's chunks, loaded on demand (as `runtime.getURL` takes them), and
 * the names they have in the content script's scope when injected as scripts (Firefox). One small
 * module, so the content script, the background and the build read the same names.
 */

/** The engine and the reader view (entrypoints/reader.ts). */
export const READER_CHUNK_PATH = '/reader.js';
export const READER_GLOBAL = '__sinaCleanReader';
/** The reader's second chunk (entrypoints/reader-extras.ts: the copy formats), loaded on the first copy. */
export const READER_EXTRAS_PATH = '/reader-extras.js';
export const READER_EXTRAS_GLOBAL = '__sinaCleanReaderExtras';
