/**
 * An input that runs a worker out of its heap limit, retried on a large-heap worker, inside a batch
 * with two workers, --dedupe and an output folder: each retried result is written once, under its
 * own input, and the batch ends.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/cli/batch';
import { FIXTURES } from './helpers';
import { SYNTHETIC } from './make-synthetic';

describe('retried inputs in a batch with --dedupe, -j 2 and an output folder', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'sc-retry-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const para = '<p>　　上海市地方金融监管局表示，数字人民币试点范围继续扩大，银行网点已完成改造。</p>\n';
  const page = (id: string) =>
    `<!DOCTYPE html><html><head><title>大页_新浪财经_新浪网</title><link rel="canonical" href="https://finance.sina.com.cn/roll/2021-09-05/doc-${id}.shtml"></head><body><div class="article" id="artibody">${para.repeat(100_000)}</div></body></html>`;
  const a = path.join(dir, 'a.html');
  const b = path.join(dir, 'b.html');
  writeFileSync(a, page('ikqciyzm1234567'));
  writeFileSync(b, page('ikqciyzm1234567'));
  const small = path.join(FIXTURES, 'synthetic', Object.keys(SYNTHETIC)[0]!);

  it('writes one file per document, merges the copy, and reports each input once', async () => {
    const out = path.join(dir, 'out');
    const seen: string[] = [];
    const summary = await runBatch({
      inputs: [a, small, b],
      jobs: 2,
      outDir: out,
      dedupe: true,
      stdout: null,
      stderr: null,
      workerHeapMb: 96,
      onResult: (e) => seen.push(`${e.status} ${path.basename(e.label)}`),
    });
    expect(summary).toMatchObject({ done: 2, failed: 0, retried: 2 });
    expect(seen).toEqual(['done a.html', `done ${path.basename(small)}`, 'merged b.html']);
    expect(readdirSync(out)).toHaveLength(2);
  }, 180_000);
});
