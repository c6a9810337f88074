/**
 * The library's messages as the extension's typed message unions carry them: what the reader in a
 * page sends the background (a content script cannot open the extension's IndexedDB), and the
 * background's answers. Types and a parser only, with no imports that carry code: the always-injected
 * content script's message parser (src/ext/messages.ts) uses this file.
 */
import type { LibraryErrorReason, SaveStatus } from './store';

export type LibraryMessage =
  /** Save (or update) this Article, cleaned from the page at pageUrl. → LibraryReply */
  | { type: 'sina-clean:library-save'; article: unknown; pageUrl: string | null }
  /**
   * Is the Article `ref` names in the library? (the 已保存 state of a 保存 button) → LibraryReply.
   * Only what finds an entry travels, not the Article: null when what arrived was malformed.
   */
  | { type: 'sina-clean:library-status'; ref: ArticleRef | null; pageUrl: string | null };

/** What the library finds an Article by (its entry key, else its canonical URL). */
export interface ArticleRef {
  docId: string | null;
  url: string | null;
  title: string;
  publishedAt: string | null;
}

/** The fields of an Article that find it in the library. */
export const articleRef = (a: ArticleRef): ArticleRef => ({ docId: a.docId, url: a.url, title: a.title, publishedAt: a.publishedAt });

/** The ref as it arrived, or null when a field has the wrong type. */
export function asArticleRef(x: unknown): ArticleRef | null {
  if (typeof x !== 'object' || x === null) return null;
  const r = x as Record<string, unknown>;
  const strOrNull = (v: unknown) => v === null || typeof v === 'string';
  if (!strOrNull(r.docId) || !strOrNull(r.url) || typeof r.title !== 'string' || !strOrNull(r.publishedAt)) return null;
  return articleRef(r as unknown as ArticleRef);
}

export type LibraryReply =
  | { ok: true; saved: boolean; key?: string; status?: SaveStatus; savedAt?: string }
  | { ok: false; reason: LibraryErrorReason | 'invalid'; message: string };

export const LIBRARY_MESSAGE_TYPES: readonly LibraryMessage['type'][] = ['sina-clean:library-save', 'sina-clean:library-status'];

/** The message as a LibraryMessage, or null when it is not one. The Article is checked by the handler. */
export function asLibraryMessage(msg: unknown): LibraryMessage | null {
  if (typeof msg !== 'object' || msg === null) return null;
  const m = msg as Record<string, unknown>;
  const type = LIBRARY_MESSAGE_TYPES.find((t) => t === m.type);
  if (!type) return null;
  const pageUrl = typeof m.pageUrl === 'string' ? m.pageUrl : null;
  return type === 'sina-clean:library-status' ? { type, ref: asArticleRef(m.ref), pageUrl } : { type, article: m.article, pageUrl };
}

/** What a 保存 button reports: how the library took the article, or why it did not. */
export type SaveOutcome =
  | { ok: true; status: SaveStatus }
  /** 'quota': the browser's storage is full and nothing was saved. */
  | { ok: false; reason: 'quota' | 'failed'; message: string };

/** A library-save reply (or no reply at all) as a SaveOutcome. */
export function saveOutcomeOf(reply: unknown): SaveOutcome {
  const r = reply as Partial<Record<string, unknown>> | null | undefined;
  if (r?.ok === true && r.saved === true && (r.status === 'added' || r.status === 'updated' || r.status === 'unchanged')) {
    return { ok: true, status: r.status };
  }
  const message = typeof r?.message === 'string' ? r.message : 'no answer from the extension';
  return { ok: false, reason: r?.reason === 'quota' ? 'quota' : 'failed', message };
}

/** True when a library-status reply says the article is saved. */
export const isSavedReply = (reply: unknown): boolean => {
  const r = reply as { ok?: unknown; saved?: unknown } | null | undefined;
  return r?.ok === true && r.saved === true;
};
