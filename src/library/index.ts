/**
 * 我的文库: the library's public entry points. Extension contexts that can reach the extension's
 * IndexedDB (background, popup, options, the library page) call these directly; the content script
 * sends the messages in messages.ts to the background instead.
 */
import type { Article } from '../article';
import { openLibrary, type Library, type SaveResult } from './store';
import type { LibraryEntry } from './entry';

export type { LibraryEntry, EntrySummary } from './entry';
export { entryKey, canonicalUrl } from './entry';
export { Library, LibraryError, openLibrary, type SaveResult, type SaveStatus, type Usage } from './store';
export { libraryPagePath } from './path';

let shared: Promise<Library> | null = null;

/** The library of this extension (one connection per page or worker, opened on first use). */
export function library(): Promise<Library> {
  if (!shared) {
    const opening = openLibrary();
    shared = opening;
    // A failed open is tried again next time (e.g. after the user freed space).
    opening.catch(() => {
      if (shared === opening) shared = null;
    });
  }
  return shared;
}

/**
 * Saves an Article from the page at `pageUrl`: added, or updated when the library has it already
 * (same docId, else same canonical URL). Rejects with LibraryError ('quota' when the browser's
 * storage is full; nothing is then saved).
 */
export async function saveArticle(article: Article, pageUrl: string | null = null): Promise<SaveResult> {
  return (await library()).save(article, pageUrl);
}

/** The saved entry for this article, if the library has it. */
export async function savedEntry(article: Article, pageUrl: string | null = null): Promise<LibraryEntry | undefined> {
  return (await library()).find(article, pageUrl);
}
