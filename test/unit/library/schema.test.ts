import { openDB } from 'idb';
import { afterEach, describe, expect, test } from 'vitest';
import { summarize, type LibraryEntry } from '../../../src/library/entry';
import { DB_VERSION, MIGRATIONS, rebuildSummaries, type Migration } from '../../../src/library/schema';
import { LibraryError } from '../../../src/library/store';
import { article, closeAll, freshLibrary, uniqueName } from './helpers';

afterEach(() => closeAll());

async function rawVersionAndStores(name: string): Promise<{ version: number; stores: string[]; indexes: string[] }> {
  const db = await openDB(name);
  const stores = [...db.objectStoreNames];
  const indexes = stores.includes('entries') ? [...db.transaction('entries').store.indexNames] : [];
  const out = { version: db.version, stores, indexes };
  db.close();
  return out;
}

describe('schema', () => {
  test('a new library is at the current version with its stores and the URL index', async () => {
    const name = uniqueName();
    (await freshLibrary(undefined, name)).close();
    expect(await rawVersionAndStores(name)).toEqual({ version: DB_VERSION, stores: ['entries', 'summaries'], indexes: ['url'] });
    expect(DB_VERSION).toBe(MIGRATIONS.length);
  });

  test('upgrade: a later version that rebuilds the summaries keeps every entry and derives every summary again', async () => {
    const name = uniqueName();
    const v1 = await freshLibrary(undefined, name);
    await v1.saveMany([article({ docId: 'i1' }), article({ docId: 'i2', title: '第二篇' }), article({ docId: null, url: null, title: '种子' })].map((a) => ({ article: a })));
    const entriesBefore = await v1.getMany(['doc:i1', 'doc:i2', 't:2021-08-24T15:57:27+08:00|种子']);
    v1.close();
    // What an older derivation would have left: one summary missing, one stale.
    const raw = await openDB(name, DB_VERSION);
    await raw.delete('summaries', 'doc:i1');
    await raw.put('summaries', { ...summarize(entriesBefore[1]!), hay: 'stale', title: 'stale' });
    raw.close();

    const upgraded = await freshLibrary([...MIGRATIONS, rebuildSummaries], name);
    expect((await rawVersionAndStores(name)).version).toBe(DB_VERSION + 1);
    const entriesAfter = await upgraded.getMany(entriesBefore.map((e) => e.key));
    expect(entriesAfter).toEqual(entriesBefore);
    const summaries = await upgraded.summaries();
    expect(summaries.sort((a, b) => a.key.localeCompare(b.key))).toEqual(
      entriesBefore.map((e: LibraryEntry) => summarize(e)).sort((a, b) => a.key.localeCompare(b.key)),
    );
  });

  test.each([
    ['throws at once', ((db) => {
      db.createObjectStore('half-made');
      throw new Error('step failed');
    }) as Migration],
    ['fails after awaiting a request', (async (db, tx) => {
      db.createObjectStore('half-made');
      await tx.objectStore('entries').count();
      throw new Error('step failed later');
    }) as Migration],
  ])('a failed upgrade step (%s) leaves the library at its old version, data intact', async (_label, bad) => {
    const name = uniqueName();
    const v1 = await freshLibrary(undefined, name);
    await v1.save(article());
    v1.close();
    const err = await freshLibrary([...MIGRATIONS, bad], name).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibraryError);
    expect((err as LibraryError).reason).toBe('upgrade');
    expect((err as LibraryError).message).toMatch(/step failed/);
    expect(await rawVersionAndStores(name)).toEqual({ version: DB_VERSION, stores: ['entries', 'summaries'], indexes: ['url'] });
    const again = await freshLibrary(undefined, name);
    expect((await again.get('doc:ikqcfncc4769311'))!.article).toEqual(article());
  });

  test('a library written by a newer version is refused with a clear error, not opened or changed', async () => {
    const name = uniqueName();
    const newer = await freshLibrary([...MIGRATIONS, () => undefined], name);
    await newer.save(article());
    newer.close();
    const err = await freshLibrary(undefined, name).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'LibraryError', reason: 'version' });
    expect((err as Error).message).toMatch(/newer version/);
    expect((await rawVersionAndStores(name)).version).toBe(DB_VERSION + 1);
  });

  test('an open page does not block an upgrade: it lets go, and its next call says the library is newer', async () => {
    const name = uniqueName();
    const oldPage = await freshLibrary(undefined, name);
    await oldPage.save(article());
    const newPage = await freshLibrary([...MIGRATIONS, rebuildSummaries], name);
    expect(await newPage.count()).toBe(1);
    await expect(oldPage.count()).rejects.toMatchObject({ reason: 'version' });
  });
});
