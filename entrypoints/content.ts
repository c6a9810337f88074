import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { writeClipboard } from '../src/ext/clipboard';
import { createContentController, READER_CHUNK_PATH, READER_EXTRAS_GLOBAL, READER_EXTRAS_PATH, READER_GLOBAL } from '../src/ext/content';
import { t } from '../src/ext/i18n';
import { asContentMessage, listen } from '../src/ext/messages';
import { loadSettings, saveSettings, watchSettings } from '../src/ext/settings-lite';
import { CONTENT_MATCHES } from '../src/ext/urls';
import type { ReaderChunk, ReaderExtras } from '../src/ext/reader/types';

/** A chunk of the reader, loaded on demand: imported (Chrome) or injected by the background (Firefox). */
function loadChunk<T>(path: string, global: string, part: 'reader' | 'extras'): () => Promise<T> {
  if (!import.meta.env.FIREFOX) return async () => ((await import(/* @vite-ignore */ browser.runtime.getURL(path as '/reader.js'))) as { default: T }).default;
  const scope = globalThis as unknown as Record<string, T | undefined>;
  return async () => {
    if (!scope[global]) await browser.runtime.sendMessage(part === 'reader' ? { type: 'sina-clean:load-reader' } : { type: 'sina-clean:load-reader', part });
    const chunk = scope[global];
    if (!chunk) throw new Error('the reader could not be loaded');
    return chunk;
  };
}

export default defineContentScript({
  matches: [...CONTENT_MATCHES],
  runAt: 'document_idle',
  main() {
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const controller = createContentController({
      doc: document,
      url: location.href,
      // async: after an extension reload the API throws synchronously; this turns it into a rejection.
      send: async (msg) => browser.runtime.sendMessage(msg),
      // The engine and the reader view, loaded only when asked for (and the copy formats, on the
      // first copy): Chrome imports the module; Firefox has the background inject it into this
      // content script's scope.
      loadReader: loadChunk<ReaderChunk>(READER_CHUNK_PATH, READER_GLOBAL, 'reader'),
      loadExtras: loadChunk<ReaderExtras>(READER_EXTRAS_PATH, READER_EXTRAS_GLOBAL, 'extras'),
      loadSettings,
      saveSettings,
      tr: t,
      writeClipboard: (text, container) => writeClipboard(text, document, container),
      prefersDark: () => dark.matches,
      print: () => window.print(),
    });
    listen(browser.runtime.onMessage, asContentMessage, (msg) => controller.handle(msg));
    if (!controller.candidate) return;
    watchSettings((s) => controller.applySettings(s));
    dark.addEventListener('change', () => controller.refresh());
    void controller.start().catch(() => undefined);
  },
});
