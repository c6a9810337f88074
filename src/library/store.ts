/**
 * The library's storage: saved articles in the extension's IndexedDB (through `idb`), one entry per
 * article, every write in one transaction (a batch is saved whole or not at all), quota errors
 * reported as such.
 */
import { openDB, type IDBPDatabase } from 'idb';
import type { Article } from '../article';
import { canonicalUrl, entryKey, summarize, type EntrySummary, type LibraryEntry } from './entry';
import { DB_NAME, MIGRATIONS, type LibrarySchema, type Migration, type UpgradeDb, type UpgradeTx } from './schema';

export type LibraryErrorReason =
  /** The browser's storage quota is reached; nothing of the write was kept. */
  | 'quota'
  /** The database on disk is newer than this version of the extension. */
  | 'version'
  /** A schema upgrade failed; the database was left as it was. */
  | 'upgrade'
  /** IndexedDB is not available here (a private window in some browsers, or disabled). */
  | 'unavailable'
  | 'failed';

export class LibraryError extends Error {
  constructor(
    public readonly reason: LibraryErrorReason,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LibraryError';
  }
}

export type SaveStatus = 'added' | 'updated' | 'unchanged';

export interface SaveResult {
  key: string;
  status: SaveStatus;
}

export interface SaveCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export interface Usage {
  entries: number;
  /** Bytes the extension's storage uses, from `navigator.storage.estimate()`, when the browser says. */
  usage: number | null;
  /** Bytes it may use, from the same estimate. */
  quota: number | null;
}

/** Name of the BroadcastChannel on which a library posts `{ type: 'changed' }` after each write. */
export const CHANGE_CHANNEL = 'sina-clean-library';

export interface OpenOptions {
  name?: string;
  /** Tests only: another migration list (the version is its length). */
  migrations?: readonly Migration[];
}

function isQuotaError(e: unknown): boolean {
  const err = e as { name?: string; code?: number; message?: string } | null;
  return (
    !!err &&
    (err.name === 'QuotaExceededError' ||
      err.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
      err.code === 22 ||
      /quota/i.test(err.message ?? ''))
  );
}

function describe(e: unknown): string {
  const err = e as { name?: string; message?: string } | null;
  return [err?.name, err?.message].filter(Boolean).join(': ') || String(e);
}

/** Maps a failed write to a LibraryError that says what happened to the data. */
function writeError(e: unknown, what: string): LibraryError {
  if (e instanceof LibraryError) return e;
  if (isQuotaError(e)) {
    return new LibraryError('quota', `storage quota reached while saving ${what}; nothing of it was saved (${describe(e)})`, { cause: e });
  }
  return new LibraryError('failed', `saving ${what} failed; nothing of it was saved (${describe(e)})`, { cause: e });
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface SaveItem {
  article: Article;
  pageUrl?: string | null;
}

export class Library {
  private db: IDBPDatabase<LibrarySchema> | null;
  private channel: BroadcastChannel | null = null;

  constructor(
    db: IDBPDatabase<LibrarySchema>,
    private readonly reopen: () => Promise<IDBPDatabase<LibrarySchema>>,
  ) {
    this.db = db;
  }

  /** Called when another page needs a newer schema (or the browser closed the connection). */
  detach(): void {
    this.db?.close();
    this.db = null;
  }

  private async conn(): Promise<IDBPDatabase<LibrarySchema>> {
    if (!this.db) this.db = await this.reopen();
    return this.db;
  }

  private changed(): void {
    try {
      if (!this.channel && typeof BroadcastChannel === 'function') {
        this.channel = new BroadcastChannel(CHANGE_CHANNEL);
        // Node (tests, bench): do not keep the process alive for it.
        (this.channel as { unref?: () => void }).unref?.();
      }
      this.channel?.postMessage({ type: 'changed' });
    } catch {
      /* another page only misses a refresh */
    }
  }

  /**
   * Saves articles in one transaction: an article already in the library (same docId, else same
   * canonical URL) is updated in place (its first save time kept), an identical one left alone.
   * On any failure, quota included, the transaction is aborted and nothing of the batch is kept.
   */
  async saveMany(items: readonly SaveItem[], now: Date = new Date()): Promise<{ counts: SaveCounts; results: SaveResult[] }> {
    const db = await this.conn();
    const counts: SaveCounts = { added: 0, updated: 0, unchanged: 0 };
    const results: SaveResult[] = [];
    if (!items.length) return { counts, results };
    const at = now.toISOString();
    const what = items.length === 1 ? 'the article' : `${items.length} articles`;
    let tx;
    try {
      tx = db.transaction(['entries', 'summaries'], 'readwrite');
    } catch (e) {
      throw writeError(e, what);
    }
    const done = tx.done;
    done.catch(() => undefined);
    try {
      const entries = tx.objectStore('entries');
      const summaries = tx.objectStore('summaries');
      for (const { article, pageUrl = null } of items) {
        let key = entryKey(article, pageUrl);
        const url = canonicalUrl(article.url) ?? canonicalUrl(pageUrl);
        let existing = await entries.get(key);
        if (!existing && url) {
          // The same page saved before under another key: once without a docId, or now without one.
          const other = await entries.index('url').get(url);
          if (other && (!other.article.docId || !article.docId)) {
            existing = other;
            if (article.docId && !other.article.docId) {
              await entries.delete(other.key);
              await summaries.delete(other.key);
            } else key = other.key;
          }
        }
        const page = pageUrl ?? existing?.pageUrl ?? article.url;
        if (existing && existing.key === key && sameJson(existing.article, article) && existing.pageUrl === page) {
          counts.unchanged += 1;
          results.push({ key, status: 'unchanged' });
          continue;
        }
        const entry: LibraryEntry = {
          key,
          article,
          pageUrl: page,
          url,
          savedAt: existing?.savedAt ?? at,
          updatedAt: at,
        };
        await entries.put(entry);
        await summaries.put(summarize(entry));
        const status: SaveStatus = existing ? 'updated' : 'added';
        counts[status] += 1;
        results.push({ key, status });
      }
      await done;
    } catch (e) {
      try {
        tx.abort();
      } catch {
        /* already finished or aborting */
      }
      throw writeError(e, what);
    }
    if (counts.added || counts.updated) this.changed();
    return { counts, results };
  }

  async save(article: Article, pageUrl: string | null = null, now?: Date): Promise<SaveResult> {
    const { results } = await this.saveMany([{ article, pageUrl }], now);
    return results[0]!;
  }

  async get(key: string): Promise<LibraryEntry | undefined> {
    return (await this.conn()).get('entries', key);
  }

  /** The entry an article would be saved as (same docId, else same canonical URL), if any. */
  async find(article: Pick<Article, 'docId' | 'url' | 'title' | 'publishedAt'>, pageUrl?: string | null): Promise<LibraryEntry | undefined> {
    const db = await this.conn();
    const hit = await db.get('entries', entryKey(article, pageUrl));
    if (hit) return hit;
    const url = canonicalUrl(article.url) ?? canonicalUrl(pageUrl);
    if (!url) return undefined;
    const other = await db.getFromIndex('entries', 'url', url);
    return other && (!other.article.docId || !article.docId) ? other : undefined;
  }

  /** Entries for these keys, in this order (missing keys left out), read in one transaction. */
  async getMany(keys: readonly string[]): Promise<LibraryEntry[]> {
    const tx = (await this.conn()).transaction('entries');
    const got = await Promise.all(keys.map((k) => tx.store.get(k)));
    await tx.done;
    return got.filter((e): e is LibraryEntry => !!e);
  }

  async summaries(): Promise<EntrySummary[]> {
    return (await this.conn()).getAll('summaries');
  }

  async count(): Promise<number> {
    return (await this.conn()).count('entries');
  }

  /** Deletes these entries in one transaction; returns how many existed. */
  async delete(keys: readonly string[]): Promise<number> {
    const tx = (await this.conn()).transaction(['entries', 'summaries'], 'readwrite');
    const entries = tx.objectStore('entries');
    const summaries = tx.objectStore('summaries');
    let n = 0;
    for (const key of keys) {
      if ((await entries.getKey(key)) === undefined) continue;
      n += 1;
      await entries.delete(key);
      await summaries.delete(key);
    }
    await tx.done;
    if (n) this.changed();
    return n;
  }

  async usage(): Promise<Usage> {
    const entries = await this.count();
    let usage: number | null = null;
    let quota: number | null = null;
    try {
      const est = await globalThis.navigator?.storage?.estimate?.();
      usage = typeof est?.usage === 'number' ? est.usage : null;
      quota = typeof est?.quota === 'number' ? est.quota : null;
    } catch {
      /* not available here */
    }
    return { entries, usage, quota };
  }

  close(): void {
    this.detach();
    this.channel?.close();
    this.channel = null;
  }
}

async function connect(name: string, migrations: readonly Migration[], lib: () => Library | null): Promise<IDBPDatabase<LibrarySchema>> {
  if (typeof indexedDB === 'undefined') throw new LibraryError('unavailable', 'IndexedDB is not available in this context');
  const version = migrations.length;
  let failure: unknown = null;
  try {
    return await openDB<LibrarySchema>(name, version, {
      upgrade(db, oldVersion, _newVersion, tx) {
        // Its failure is reported through the open request; this keeps it from going unhandled.
        tx.done.catch(() => undefined);
        const run = async () => {
          for (let v = oldVersion; v < version; v++) {
            await migrations[v]!(db as unknown as UpgradeDb, tx as unknown as UpgradeTx);
          }
        };
        // A failed step aborts the upgrade transaction: the database stays at its old version, intact.
        run().catch((e: unknown) => {
          failure = e;
          try {
            tx.abort();
          } catch {
            /* already aborting */
          }
        });
      },
      // Another page wants a newer schema: let it upgrade, reconnect on our next call.
      blocking() {
        lib()?.detach();
      },
      terminated() {
        lib()?.detach();
      },
    });
  } catch (e) {
    if (failure) throw new LibraryError('upgrade', `upgrading the library to version ${version} failed; it was left as it was (${describe(failure)})`, { cause: failure });
    if ((e as { name?: string })?.name === 'VersionError') {
      throw new LibraryError('version', `the library was written by a newer version of the extension (this one reads version ${version})`, { cause: e });
    }
    if (isQuotaError(e)) throw new LibraryError('quota', `storage quota reached while opening the library (${describe(e)})`, { cause: e });
    throw new LibraryError('unavailable', `the library could not be opened (${describe(e)})`, { cause: e });
  }
}

export async function openLibrary(options: OpenOptions = {}): Promise<Library> {
  const name = options.name ?? DB_NAME;
  const migrations = options.migrations ?? MIGRATIONS;
  let lib: Library | null = null;
  const db = await connect(name, migrations, () => lib);
  lib = new Library(db, () => connect(name, migrations, () => lib));
  return lib;
}
