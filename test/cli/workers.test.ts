/**
 * runBatch on real worker threads, loaded from source through tsx (the benchmark's path): input
 * order, and workers replaced on heap growth. Slow to start (each worker compiles the engine),
 * so it runs in `npm test` but not in `npm run test:quick`.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
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

  describe('an input that runs a worker out of its heap limit', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sc-heap-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    // About 4 MB of paragraphs: its tree does not fit in a 96 MB heap (a worker's engine fits).
    const para = '<p>　　上海市地方金融监管局表示，数字人民币试点范围继续扩大，银行网点已完成改造。</p>\n';
    const big = `<!DOCTYPE html><html><head><title>大页_新浪财经_新浪网</title></head><body><div class="article" id="artibody">${para.repeat(100_000)}</div></body></html>`;
    const bigFile = path.join(dir, 'big.html');
    writeFileSync(bigFile, big);
    const small = Object.keys(SYNTHETIC).map((f) => path.join(FIXTURES, 'synthetic', f));

    it('is run again on a fresh large-heap worker and succeeds; the pages around it keep their capped workers', async () => {
      const done: string[] = [];
      const summary = await runBatch({
        inputs: [small[0]!, bigFile, small[1]!],
        jobs: 1,
        stdout: null,
        stderr: null,
        workerHeapMb: 96,
        onResult: (e) => {
          if (e.status === 'done') done.push(e.label);
        },
      });
      expect(summary).toMatchObject({ done: 3, failed: 0, retried: 1, recycled: 0 });
      expect(done).toEqual([small[0], bigFile, small[1]]);
    }, 120_000);

    it('read from standard input, is sent again whole (copied to the worker, not transferred)', async () => {
      const out: string[] = [];
      const summary = await runBatch({
        inputs: ['-'],
        stdin: Readable.from([Buffer.from(big)]),
        jobs: 1,
        inProcess: false,
        stdout: new Writable({
          write(chunk: Buffer, _enc, cb) {
            out.push(chunk.toString('utf8'));
            cb();
          },
        }),
        stderr: null,
        workerHeapMb: 96,
      });
      expect(summary).toMatchObject({ done: 1, failed: 0, retried: 1 });
      expect(out.join('')).toContain('数字人民币试点范围继续扩大');
    }, 120_000);
  });
});

