/**
 * The library's IndexedDB layout, as a list of migrations: migration i brings the database from
 * version i to i + 1, so the database's version is `MIGRATIONS.length`. A browser that has an
 * older version runs the missing steps, in order, inside the one upgrade transaction: either all
 * of them apply or none does.
 *
 * Stores:
 * - `entries`: the saved articles (`LibraryEntry`, key path `key`), with an index on the canonical
 *   URL (`url`) so an article saved without a docId is found again.
 * - `summaries`: one `EntrySummary` per entry (same key), what the list and the search load. It is
 *   derived data: a later version that changes `summarize()` rebuilds it with `rebuildSummaries`.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import { summarize, type EntrySummary, type LibraryEntry } from './entry';

export const DB_NAME = 'sina-clean-library';

export interface LibrarySchema extends DBSchema {
  entries: { key: string; value: LibraryEntry; indexes: { url: string } };
  summaries: { key: string; value: EntrySummary };
}

/** The database and its upgrade transaction, untyped: an old version may lack today's stores. */
export type UpgradeDb = IDBPDatabase<unknown>;
export type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
export type Migration = (db: UpgradeDb, tx: UpgradeTx) => void | Promise<void>;

/** Recomputes every summary from its entry (for migrations that change what a summary holds). */
export async function rebuildSummaries(_db: UpgradeDb, tx: UpgradeTx): Promise<void> {
  const summaries = tx.objectStore('summaries');
  await summaries.clear();
  let cursor = await tx.objectStore('entries').openCursor();
  while (cursor) {
    await summaries.put(summarize(cursor.value as LibraryEntry));
    cursor = await cursor.continue();
  }
}

export const MIGRATIONS: readonly Migration[] = [
  // 0 -> 1: entries (with the canonical-URL index) and their summaries.
  (db) => {
    const entries = db.createObjectStore('entries', { keyPath: 'key' });
    entries.createIndex('url', 'url');
    db.createObjectStore('summaries', { keyPath: 'key' });
  },
];

export const DB_VERSION = MIGRATIONS.length;
