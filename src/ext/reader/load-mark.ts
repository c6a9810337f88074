/**
 * The reader chunk's first module (entrypoints/reader.ts imports it before anything else): when
 * the chunk began evaluating its modules, so the chunk can say what its top-level code cost
 * (rule tables and the libraries' set-up), apart from fetching and compiling it.
 */
export const CHUNK_START = performance.now();
