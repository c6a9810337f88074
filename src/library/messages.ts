/**
 * Messages the background answers for the library, for contexts that cannot open the extension's
 * IndexedDB themselves (the content script's reader view). Extension pages call index.ts directly.
 */
import { canonicalUrl } from './entry';
import { library } from './index';
import { LibraryError, type Library, type LibraryErrorReason, type SaveStatus } from './store';
import { InvalidArticle, validateArticle } from './validate';

export type LibraryMessage =
  /** Save (or update) this Article, cleaned from the page at pageUrl. */
  | { type: 'sina-clean:library-save'; article: unknown; pageUrl?: string | null }
  /** Is this Article in the library? (for a 已保存 state on a 保存 button) */
  | { type: 'sina-clean:library-status'; article: unknown; pageUrl?: string | null };

export type LibraryReply =
  | { ok: true; saved: boolean; key?: string; status?: SaveStatus; savedAt?: string }
  | { ok: false; reason: LibraryErrorReason | 'invalid'; message: string };

const TYPES = new Set(['sina-clean:library-save', 'sina-clean:library-status']);

/** The message as a LibraryMessage, or null when it is not one. */
export function asLibraryMessage(msg: unknown): LibraryMessage | null {
  if (typeof msg !== 'object' || msg === null) return null;
  const m = msg as Record<string, unknown>;
  if (typeof m.type !== 'string' || !TYPES.has(m.type)) return null;
  const pageUrl = typeof m.pageUrl === 'string' ? m.pageUrl : null;
  return { type: m.type as LibraryMessage['type'], article: m.article, pageUrl };
}

/**
 * Answers a library message, or returns undefined for any other message (so other handlers get
 * it). The Article is validated as an import line is before anything is stored.
 */
export function handleLibraryMessage(
  msg: { type: string } & Record<string, unknown>,
  open: () => Promise<Library> = library,
): Promise<LibraryReply> | undefined {
  if (!TYPES.has(msg.type)) return undefined;
  return (async (): Promise<LibraryReply> => {
    let article;
    try {
      article = validateArticle(msg.article).article;
    } catch (e) {
      if (e instanceof InvalidArticle) return { ok: false, reason: 'invalid', message: `not an Article: ${e.message}` };
      throw e;
    }
    const pageUrl = typeof msg.pageUrl === 'string' && canonicalUrl(msg.pageUrl) ? msg.pageUrl : null;
    try {
      const lib = await open();
      if (msg.type === 'sina-clean:library-status') {
        const hit = await lib.find(article, pageUrl);
        return hit ? { ok: true, saved: true, key: hit.key, savedAt: hit.savedAt } : { ok: true, saved: false };
      }
      const r = await lib.save(article, pageUrl);
      const entry = await lib.get(r.key);
      return { ok: true, saved: true, key: r.key, status: r.status, savedAt: entry?.savedAt };
    } catch (e) {
      if (e instanceof LibraryError) return { ok: false, reason: e.reason, message: e.message };
      return { ok: false, reason: 'failed', message: String((e as Error)?.message ?? e) };
    }
  })();
}
