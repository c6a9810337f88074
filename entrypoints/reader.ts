/**
 * The reader chunk: the engine and the reader view, built as an ES module (`export default`, see
 * wxt.config.ts) that the content script imports only when the user asks for the article.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readerChunk } from '../src/ext/reader/session';

export default defineUnlistedScript(() => readerChunk);
