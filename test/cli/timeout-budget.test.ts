/**
 * --timeout names the budget the user set. The engine is given what is left of the input's time
 * once the file is read (755 ms of a 1 s --timeout, say) and its error names that budget; the
 * failure the user sees must name the --timeout they gave (and may add what was left).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../src/article';
import { runJob } from '../../src/cli/job';

const dir = mkdtempSync(path.join(tmpdir(), 'sc-timeout-'));
const file = path.join(dir, 'page.html');
writeFileSync(file, '<html><body><div id="artibody"><p>正文第一段，足够长的一句话用来测试超时的提示。</p></div></body></html>');

/** An engine that runs out of the budget it is given, as extract() does, naming that budget. */
const slow = (_html: string, options?: { budgetMs?: number }) => {
  throw new ExtractError('timeout', `the page took longer than the ${options?.budgetMs} ms time budget to extract`);
};

const job = (timeoutMs: number, lang: 'en' | 'zh' = 'en') =>
  runJob({ index: 0, input: { kind: 'file', path: file, label: file }, format: 'json', maxBytes: 1 << 20, fetchTimeoutMs: 1000, timeoutMs, lang }, slow as never);

describe('--timeout names the budget the user set', () => {
  it('the engine’s timeout is reported with the --timeout given, not only what was left', async () => {
    const r = await job(1000);
    expect(r.status).toBe('failed');
    if (r.status !== 'failed') return;
    expect(r.reason).toBe('timeout');
    expect(r.message).toMatch(/--timeout 1 s/);
    // What was left is at most the budget given, and is named as what was left.
    const left = Number(r.message.match(/the (\d+) ms that were left/)?.[1]);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(1000);
    expect(r.message).not.toMatch(/^the page took longer/);
  });
  it('in Chinese too', async () => {
    const r = await job(2500, 'zh');
    expect(r.status === 'failed' && r.message).toMatch(/--timeout 2\.5 秒/);
  });
  it('without --timeout the engine’s own message stands', async () => {
    const r = await job(0);
    expect(r.status === 'failed' && r.message).toMatch(/Infinity ms time budget|time budget/);
  });
});
