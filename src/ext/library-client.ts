/**
 * 文库 as the 保存 buttons see it. The reader in a page reaches the library only through the
 * background's typed library messages (`libraryViaBackground`); extension pages call the library
 * module directly (src/library/client.ts). Both give the same `LibraryClient`.
 *
 * In the always-injected content script's import graph: no storage code here, only messages.
 */
import type { Article } from '../article';
import { articleRef, isSavedReply, saveOutcomeOf, type SaveOutcome } from '../library/protocol';
import { articleData, type BackgroundMessage } from './messages';

export type { SaveOutcome } from '../library/protocol';

export interface LibraryClient {
  /** True when the library has this article (same docId, else same canonical URL). */
  status(article: Article, pageUrl: string | null): Promise<boolean>;
  /** Saves the article, or updates the entry the library has for it; never a second entry. */
  save(article: Article, pageUrl: string | null): Promise<SaveOutcome>;
}

/** The library through the background (for the content script's reader). */
export function libraryViaBackground(send: (msg: BackgroundMessage) => Promise<unknown>): LibraryClient {
  return {
    async status(article, pageUrl) {
      // Only what finds the entry: the whole Article (its Markdown written out, copied into a
      // message, validated) is for saving.
      return isSavedReply(await send({ type: 'sina-clean:library-status', ref: articleRef(article), pageUrl }).catch(() => null));
    },
    async save(article, pageUrl) {
      let reply: unknown;
      try {
        reply = await send({ type: 'sina-clean:library-save', article: articleData(article), pageUrl });
      } catch (e) {
        return { ok: false, reason: 'failed', message: String((e as Error)?.message ?? e) };
      }
      return saveOutcomeOf(reply);
    },
  };
}

/** The i18n key (and substitutions) that tells the user how a save went. */
export function saveMessage(o: SaveOutcome): [key: string, ...subs: string[]] {
  if (o.ok) return [o.status === 'added' ? 'savedAdded' : o.status === 'updated' ? 'savedUpdated' : 'savedUnchanged'];
  return o.reason === 'quota' ? ['libQuota'] : ['saveFailed', o.message];
}
