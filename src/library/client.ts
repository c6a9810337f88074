/**
 * 文库 for extension pages (the popup), which open the extension's IndexedDB themselves: the same
 * `LibraryClient` the reader in a page gets through the background.
 */
import type { LibraryClient } from '../ext/library-client';
import { library } from './index';
import { LibraryError, type Library } from './store';

export function libraryClient(open: () => Promise<Library> = library): LibraryClient {
  return {
    async status(article, pageUrl) {
      try {
        return !!(await (await open()).find(article, pageUrl));
      } catch {
        return false;
      }
    },
    async save(article, pageUrl) {
      try {
        const r = await (await open()).save(article, pageUrl);
        return { ok: true, status: r.status };
      } catch (e) {
        if (e instanceof LibraryError && e.reason === 'quota') return { ok: false, reason: 'quota', message: e.message };
        return { ok: false, reason: 'failed', message: String((e as Error)?.message ?? e) };
      }
    },
  };
}
