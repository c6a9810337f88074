/**
 * The reader chunk: the engine and the reader view, loaded into the article's tab only when the
 * user asks for the article. Chrome: an ES module (`export default`, added by wxt.config.ts) the
 * content script imports. Firefox: a script the background injects with tabs.executeScript (Firefox
 * keeps its compiled code between pages; an import is compiled anew each time), which leaves the
 * chunk in the content script's own scope as READER_GLOBAL.
 */
// First: marks when the chunk's modules began evaluating.
import { CHUNK_START } from '../src/ext/reader/load-mark';
// Second: the rule tables' screens, worked out by the build, before any table module is evaluated.
import '../src/ext/reader/prime-screens';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { READER_GLOBAL } from '../src/ext/chunks';
import { openSession } from '../src/ext/reader/session';
import type { ReaderChunk } from '../src/ext/reader/types';

export default defineUnlistedScript({
  globalName: READER_GLOBAL,
  main: (): ReaderChunk => {
    const evalMs = performance.now() - CHUNK_START;
    return { openSession: (host) => openSession(host, undefined, evalMs) };
  },
});
