/**
 * The reader chunk: the engine and the reader view, loaded into the article's tab only when the
 * user asks for the article. Chrome: an ES module (`export default`, added by wxt.config.ts) the
 * content script imports. Firefox: a script the background injects with tabs.executeScript (Firefox
 * keeps its compiled code between pages; an import is compiled anew each time), which leaves the
 * chunk in the content script's own scope as READER_GLOBAL.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { READER_GLOBAL } from '../src/ext/content';
import { readerChunk } from '../src/ext/reader/session';

export default defineUnlistedScript({
  globalName: READER_GLOBAL,
  main: () => readerChunk,
});
