/**
 * The reader's second chunk: the copy formats (src/ext/reader/extras.ts), loaded on the first copy
 * rather than with the reader (entrypoints/reader.ts), so the first screen evaluates none of it.
 * Loaded as the reader chunk is: Chrome imports it as an ES module; in Firefox the background
 * injects it into the content script's scope, where it is READER_EXTRAS_GLOBAL.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { READER_EXTRAS_GLOBAL } from '../src/ext/chunks';
import { READER_EXTRAS } from '../src/ext/reader/extras';
import type { ReaderExtras } from '../src/ext/reader/types';

export default defineUnlistedScript({
  globalName: READER_EXTRAS_GLOBAL,
  main: (): ReaderExtras => READER_EXTRAS,
});
