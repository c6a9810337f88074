/**
 * The background's answers to the library messages (src/library/protocol.ts), for contexts that
 * cannot open the extension's IndexedDB themselves (the reader in a page's content script).
 * Extension pages call index.ts directly.
 */
import { assertNever } from '../ext/messages';
import { canonicalUrl } from './entry';
import { library } from './index';
import type { LibraryMessage, LibraryReply } from './protocol';
import { LibraryError, type Library } from './store';
import { InvalidArticle, validateArticle } from './validate';

export { asLibraryMessage, type LibraryMessage, type LibraryReply } from './protocol';

/** Answers a library message. A saved Article is validated as an import line is before anything is stored. */
export async function handleLibraryMessage(msg: LibraryMessage, open: () => Promise<Library> = library): Promise<LibraryReply> {
  const pageUrl = msg.pageUrl && canonicalUrl(msg.pageUrl) ? msg.pageUrl : null;
  try {
    switch (msg.type) {
      case 'sina-clean:library-status': {
        if (!msg.ref) return { ok: false, reason: 'invalid', message: 'not an Article reference (docId, url, title, publishedAt)' };
        const hit = await (await open()).find(msg.ref, pageUrl);
        return hit ? { ok: true, saved: true, key: hit.key, savedAt: hit.savedAt } : { ok: true, saved: false };
      }
      case 'sina-clean:library-save': {
        let article;
        try {
          article = validateArticle(msg.article).article;
        } catch (e) {
          if (e instanceof InvalidArticle) return { ok: false, reason: 'invalid', message: `not an Article: ${e.message}` };
          throw e;
        }
        const lib = await open();
        const r = await lib.save(article, pageUrl);
        const entry = await lib.get(r.key);
        return { ok: true, saved: true, key: r.key, status: r.status, savedAt: entry?.savedAt };
      }
      default:
        return assertNever(msg);
    }
  } catch (e) {
    if (e instanceof LibraryError) return { ok: false, reason: e.reason, message: e.message };
    return { ok: false, reason: 'failed', message: String((e as Error)?.message ?? e) };
  }
}
