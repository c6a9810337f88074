/**
 * runBatch on real worker threads, loaded from source through tsx (the benchmark's path): input
 * order, and workers replaced on heap growth. Slow to start (each worker compiles the engine),
 * so it runs in `npm test` but not in `npm run test:quick`.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/batch';
import { FIXTURES } from './helpers';
import { SYNTHETIC } from './make-synthetic';

describe('runBatch on worker threads from source (the benchmark path)', () => {
  it('processes the synthetic fixtures with two workers, results in input order', async () => {
    const seen: string[] = [];
    const inputs = Object.keys(SYNTHETIC).map((f) => path.join(FIXTURES, 'synthetic', f));
    const summary = await runBatch({
      inputs,
      jobs: 2,
      stdout: null,
      stderr: null,
      onResult: (e) => seen.push(e.label),
    });
    expect(summary).toMatchObject({ done: 7, failed: 0, skipped: 0, interrupted: false, recycled: 0 });
    expect(seen).toEqual(inputs);
  }, 60_000);

  it('replaces a worker whose heap has grown past the limit, not after a number of pages', async () => {
    const inputs = Object.keys(SYNTHETIC)
      .slice(0, 3)
      .map((f) => path.join(FIXTURES, 'synthetic', f));
    // Any heap is over 1 MB: every page is done by a fresh worker, and all still succeed.
    const tiny = await runBatch({ inputs, jobs: 1, stdout: null, stderr: null, recycleHeapMb: 1 });
    expect(tiny).toMatchObject({ done: 3, failed: 0, recycled: 3 });
  }, 60_000);
});
