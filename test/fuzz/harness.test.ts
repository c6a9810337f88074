/**
 * The fuzz harness's own tests: it must catch every kind of engine failure (so a green fuzz run
 * means something), bound hangs, minimize, and replay deterministically.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCase, sweepSize } from './lib/cases';
import { loadCorpus } from './lib/corpus';
import { minimize } from './lib/minimize';
import { MUTATIONS } from './lib/mutations';
import { EngineRunner } from './lib/pool';
import { caseSeed, mulberry32 } from './lib/prng';

const fake = {
  engine: new URL('./lib/fake-engine.ts', import.meta.url).href,
  verify: new URL('./lib/fake-verify.ts', import.meta.url).href,
};

describe('fuzz harness', () => {
  let runner: EngineRunner;
  beforeAll(() => {
    runner = new EngineRunner(fake);
  });
  afterAll(async () => {
    await runner.close();
  });

  it('passes a good result and a specific ExtractError', async () => {
    expect((await runner.run({ type: 'html', html: '<p>你好</p>' }, 5000)).outcome).toEqual({
      status: 'article',
      template: 'fragment',
      kind: 'text',
      blocks: 1,
      title: '',
      paragraphs: 1,
      textLength: 2,
      first: '你好',
      last: '你好',
    });
    expect((await runner.run({ type: 'html', html: '  ' }, 5000)).outcome).toMatchObject({ status: 'extract-error', reason: 'empty' });
  });

  it.each([
    ['<p>BOOM</p>', 'threw', /^TypeError: Cannot read/],
    ['<p>DEEP</p>', 'threw', /^RangeError: Maximum call stack/],
    ['<p>ODDREASON</p>', 'bad-error-reason', /odd/],
    ['<p>BADSRC</p>', 'contract', /leadImage javascript:/],
    ['<p>BADDATE</p>', 'contract', /publishedAt/],
    ['<p>RAWMD</p>', 'contract', /markdown raw html <img/],
    ['<p>INVENT</p>', 'invented', /not in the page/],
    ['<p>FLIP</p>', 'not-idempotent', /text/],
    ['<p>MASKED</p>', 'masked-exception', /wraps an internal exception: x is not a function/],
    // The engine walks iteratively and bounds depth: running out of stack is a bug, not a limit.
    ['<p>OVERFLOW</p>', 'masked-exception', /wraps an internal exception: Maximum call stack/],
    ['<p>NOISY</p>', 'engine-output', /process.emitWarning: fake warning/],
  ])('reports %s as %s', async (html, kind, detail) => {
    const { outcome } = await runner.run({ type: 'html', html }, 5000);
    expect(outcome).toMatchObject({ status: 'fail', kind });
    expect(outcome.status === 'fail' && outcome.detail).toMatch(detail);
  });

  it('bounds a hanging case, replaces the worker and carries on', async () => {
    const t0 = performance.now();
    const { outcome } = await runner.run({ type: 'html', html: '<p>HANG</p>' }, 1500);
    expect(outcome).toMatchObject({ status: 'fail', kind: 'timeout' });
    expect(performance.now() - t0).toBeLessThan(1500 + 2000);
    expect(runner.restarts).toBeGreaterThanOrEqual(1);
    expect((await runner.run({ type: 'html', html: '<p>ok</p>' }, 5000)).outcome.status).toBe('article');
  });

  it('minimizes a failing page to the part that triggers the failure', async () => {
    const page = `<html><body>${'<div><p>段落</p></div>'.repeat(200)}<p>xx BOOM yy</p>${'<span>尾</span>'.repeat(100)}</body></html>`;
    const stillFails = async (s: string): Promise<boolean> => {
      const { outcome } = await runner.run({ type: 'html', html: s }, 5000);
      return outcome.status === 'fail' && outcome.kind === 'threw';
    };
    const m = await minimize(page, stillFails, 20_000);
    expect(m.input).toBe('BOOM');
    expect(m.complete).toBe(true);
  });
});

describe('contract checks', () => {
  it('flags raw HTML tags in Markdown but not escaped ones', async () => {
    const { rawHtmlTag } = await import('./lib/check');
    expect(rawHtmlTag('# \\<img src=x onerror=alert(1)>')).toBe(-1);
    expect(rawHtmlTag('text \\<script>')).toBe(-1);
    expect(rawHtmlTag('# <img src=x>')).toBe(2);
    expect(rawHtmlTag('a \\\\<script>')).toBe(4);
    expect(rawHtmlTag('1 < 2 and <p> is fine')).toBe(-1);
  });
});

describe('fuzz cases', () => {
  const corpus = loadCorpus();

  it('loads every fixture of pages/, seed-format/ and fragments/, GB18030 pages decoded', () => {
    const dirs = ['pages', 'seed-format', 'fragments'];
    const expected = dirs.flatMap((d) =>
      readdirSync(join('fixtures', d)).filter((f) => f !== 'MANIFEST.tsv' && !f.endsWith('.json')).map((f) => `${d}/${f}`),
    );
    expect(corpus.map((f) => f.name).sort()).toEqual(expected.sort());
    const gb = corpus.find((f) => f.name === 'pages/book_20041013_114366.html');
    expect(gb?.html).toContain('投身外交');
    expect(corpus.every((f) => !f.html.includes('\uFFFD'))).toBe(true);
  });

  it('replays a case identically from (seed, index) alone', () => {
    for (const index of [0, 7, sweepSize(corpus) + 3, 99_999]) {
      const a = generateCase(12345, index, corpus);
      const b = generateCase(12345, index, corpus);
      expect(b).toEqual(a);
    }
    expect(generateCase(1, 5000, corpus).html).not.toBe(generateCase(2, 5000, corpus).html);
  });

  it('sweeps every mutation over every fixture first', () => {
    const seen = new Set<string>();
    for (let i = 0; i < sweepSize(corpus); i++) {
      const c = generateCase(1, i, corpus);
      seen.add(`${c.fixture} ${c.mutations[0]?.split('(')[0]}`);
    }
    expect(seen.size).toBe(corpus.length * MUTATIONS.length);
  });

  it.each(MUTATIONS.map((m) => [m.name]))('%s changes most fixtures', (name) => {
    const m = MUTATIONS.find((x) => x.name === name)!;
    let changed = 0;
    for (const [i, f] of corpus.entries()) {
      const rng = mulberry32(caseSeed(42, i));
      if (m.apply(f.html, { rng, donors: [corpus[0]!.html] }).html !== f.html) changed++;
    }
    expect(changed).toBeGreaterThanOrEqual(Math.ceil(corpus.length / 2));
  });

  it('nests 10,000 levels around the body', () => {
    const m = MUTATIONS.find((x) => x.name === 'deepNest')!;
    const page = corpus.find((f) => f.name.startsWith('pages/news_'))!;
    let found = false;
    for (let s = 0; s < 50 && !found; s++) {
      const r = m.apply(page.html, { rng: mulberry32(s), donors: [] });
      if (!r.label.includes('x10000,closed,body')) continue;
      found = true;
      const body = r.html.slice(r.html.search(/<body\b/i));
      expect((body.match(/<(div|span|font|p|section|b|a|li|td|blockquote)>/g) ?? []).length).toBeGreaterThanOrEqual(10_000);
    }
    expect(found).toBe(true);
  });
});

describe('fuzz failure files', () => {
  it('writes the minimized input and metadata for replay', async () => {
    const { runFuzz } = await import('./lib/fuzz');
    const dir = mkdtempSync(join(tmpdir(), 'sina-fuzz-'));
    try {
      // The first cases truncate fixtures; the fake engine throws on a page without </html>.
      const report = await runFuzz({
        seed: 7,
        cases: 40,
        timeoutMs: 5000,
        minimizeMs: 5000,
        maxWritten: 2,
        failuresDir: dir,
        runner: { ...fake, verify: null },
      });
      expect(Object.values(report.counts).reduce((a, b) => a + b, 0)).toBe(40);
      expect(report.failures.length).toBeGreaterThan(5);
      expect(report.failures[0]).toMatchObject({ seed: 7, kind: 'threw', detail: expect.stringMatching(/^SyntaxError: fake bug/) });
      expect(report.failures[0]?.mutations[0]).toMatch(/^truncate\(\d+\)$/);
      // One file per failure group, at most maxWritten; which groups the 40 cases reach depends on the
      // corpus, but the truncation group (minimised to "<html") is always among them.
      const written = readdirSync(dir).filter((f) => f.endsWith('.json'));
      expect(written.length).toBeGreaterThanOrEqual(1);
      expect(written.length).toBeLessThanOrEqual(2);
      const minimized = written.map((f) => readFileSync(join(dir, f.replace(/\.json$/, '.min.html')), 'utf8').toLowerCase());
      expect(minimized).toContain('<html');
      for (const f of written) {
        const meta = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { replay: string; mutations: string[] };
        expect(meta.replay).toMatch(/^FUZZ_SEED=7 FUZZ_CASE=\d+ npm run fuzz$/);
        expect(meta.mutations.length).toBeGreaterThan(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
