import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { entryKey } from '../../../src/library/entry';
import { parseJsonl, toJsonl } from '../../../src/library/jsonl';
import { validateArticle } from '../../../src/library/validate';
import { FIXTURES, runMain } from '../../cli/helpers';
import { article, closeAll, freshLibrary } from './helpers';

afterEach(() => closeAll());

/** Three fixture articles: a 2018 news page and two seed posts that name stocks. */
const CLI_FIXTURES = [
  'pages/news_20180928_ifxeuwwr9250746.html',
  'seed-format/2021-12-07_21a66c3e.md',
  'seed-format/003_07cd1c0da9230a0d.txt',
].map((f) => path.join(FIXTURES, f));

describe('CLI JSON Lines round trip', () => {
  test('sina-clean -f jsonl → import → export gives the CLI output byte for byte; importing it again changes nothing', async () => {
    const cli = await runMain(['-f', 'jsonl', ...CLI_FIXTURES]);
    expect(cli.code).toBe(0);
    expect(cli.stdout.split('\n').filter(Boolean)).toHaveLength(3);

    const parsed = parseJsonl(cli.stdout);
    expect(parsed.problems).toEqual([]);
    expect(parsed.dropped).toEqual([]);
    expect(parsed.articles.map((a) => a.line)).toEqual([1, 2, 3]);

    const lib = await freshLibrary();
    const { counts } = await lib.saveMany(parsed.articles.map(({ article: a }) => ({ article: a, pageUrl: a.url })));
    expect(counts).toEqual({ added: 3, updated: 0, unchanged: 0 });

    const keys = parsed.articles.map(({ article: a }) => entryKey(a, a.url));
    expect(new Set(keys).size).toBe(3);
    const exported = toJsonl((await lib.getMany(keys)).map((e) => e.article));
    expect(exported).toBe(cli.stdout);

    const again = await lib.saveMany(parseJsonl(exported).articles.map(({ article: a }) => ({ article: a, pageUrl: a.url })));
    expect(again.counts).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await lib.count()).toBe(3);
  });
});

describe('every reviewed golden Article (what the engine writes) is accepted as it is', () => {
  const root = path.join(FIXTURES, 'expected');
  const files = readdirSync(root).flatMap((d) => readdirSync(path.join(root, d)).filter((f) => f.endsWith('.json')).map((f) => path.join(root, d, f)));
  test.each(files.map((f) => [path.relative(root, f), f]))('%s', (_name, file) => {
    // A golden keeps its Markdown beside it, in the .md file.
    const golden = { ...JSON.parse(readFileSync(file, 'utf8')), markdown: readFileSync(file.replace(/\.json$/, '.md'), 'utf8') };
    const v = validateArticle(golden);
    expect(v.dropped).toEqual([]);
    expect(JSON.stringify(v.article)).toBe(JSON.stringify(golden));
  });
});

describe('reading JSON Lines', () => {
  const good = article();
  const line = (o: unknown) => JSON.stringify(o);

  test('bad lines are reported with their line numbers and skipped; good ones kept (BOM, CRLF, blank lines)', () => {
    const file =
      '\ufeff' +
      [
        line(good), // 1
        '{not json', // 2
        '[]', // 3
        line({ title: 'x' }), // 4
        line({ ...good, docId: 'i5', url: 'javascript:alert(1)' }), // 5
        '', // 6
        `{"evil":"<script>alert(1)</script>","__proto__":{"polluted":true},${line({ ...good, docId: 'i7' }).slice(1)}`, // 7
        line({ ...good, docId: 'i8', publishedAt: 'yesterday' }), // 8
        line({ ...good, docId: 'i9', blocks: [{ type: 'script', text: 'alert(1)' }] }), // 9
        line({ ...good, docId: 'i10', wordCount: -1 }), // 10
        line({ ...good, docId: 'i11', blocks: [{ type: 'paragraph', text: 'a', inlines: [{ text: 'a', href: 'data:text/html,x' }] }] }), // 11
        '   ', // 12
      ].join('\r\n') +
      '\r\n';
    const r = parseJsonl(file);
    expect(r.lines).toBe(10);
    expect(r.articles.map((a) => a.line)).toEqual([1, 7]);
    expect(r.problems.map((p) => [p.line, p.reason])).toEqual([
      [2, 'json'],
      [3, 'not-article'],
      [4, 'not-article'],
      [5, 'not-article'],
      [8, 'not-article'],
      [9, 'not-article'],
      [10, 'not-article'],
      [11, 'not-article'],
    ]);
    const detail = Object.fromEntries(r.problems.map((p) => [p.line, p.detail]));
    expect(detail[3]).toBe('expected an object');
    expect(detail[4]).toBe('missing field "url"');
    expect(detail[5]).toBe('url: only http(s) URLs are allowed');
    expect(detail[8]).toMatch(/^publishedAt: expected an ISO 8601 time/);
    expect(detail[9]).toMatch(/^blocks\[0\]\.type: expected one of paragraph, heading, quote, image, table, video/);
    expect(detail[10]).toMatch(/^wordCount: /);
    expect(detail[11]).toBe('blocks[0].inlines[0].href: only http(s) URLs are allowed');
    // Unknown fields are named and not stored; nothing reaches a prototype.
    expect(r.dropped).toEqual([
      { field: 'evil', lines: [7] },
      { field: '__proto__', lines: [7] },
    ]);
    const seven = r.articles[1]!.article as unknown as Record<string, unknown>;
    expect(Object.keys(seven)).toEqual(Object.keys(good));
    expect(Object.getPrototypeOf(seven)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(seven)).toBe(line({ ...good, docId: 'i7' }));
  });

  test('an over-long line is refused without parsing it', async () => {
    const { MAX_LINE_CHARS } = await import('../../../src/library/jsonl');
    const r = parseJsonl(`${line(good)}\n"${'x'.repeat(MAX_LINE_CHARS)}"\n`);
    expect(r.articles).toHaveLength(1);
    expect(r.problems).toEqual([{ line: 2, reason: 'too-long', detail: expect.stringMatching(/characters/) }]);
  });

  test('the validated Article keeps the input key order (an exact round trip) and the optional fields it had', () => {
    const { title, ...rest } = good;
    const reordered = { title, ...rest };
    const v = validateArticle(JSON.parse(line(reordered)));
    expect(JSON.stringify(v.article)).toBe(line(reordered));
    const withNew = {
      ...good,
      blocks: [
        { type: 'paragraph', text: '见链接', inlines: [{ text: '见' }, { text: '链接', href: 'https://finance.sina.com.cn/' }] },
        { type: 'table', rows: [['a', 'b']], caption: '表' },
        { type: 'video', title: '视频', href: null, poster: null },
      ],
      trace: [{ stage: 'strip', rule: 'drop.appendQr', action: 'remove', reason: 'QR box', text: '扫码' }],
    };
    expect(validateArticle(JSON.parse(line(withNew))).article).toEqual(withNew);
  });

  test('picture and video addresses must be http(s) URLs (what the engine writes), so no export carries another scheme', () => {
    const bad = [
      { ...good, leadImage: 'javascript:alert(1)' },
      { ...good, images: [{ src: 'data:image/svg+xml,<svg onload=alert(1)>', caption: '' }] },
      { ...good, blocks: [{ type: 'image', src: 'javascript:alert(1)', caption: 'x' }] },
      { ...good, blocks: [{ type: 'video', title: 'v', href: 'vbscript:x', poster: null }] },
      { ...good, blocks: [{ type: 'video', title: 'v', href: null, poster: 'file:///etc/passwd' }] },
      { ...good, images: [{ src: null, caption: '' }] },
    ];
    const r = parseJsonl(toJsonl(bad as never[]));
    expect(r.articles).toEqual([]);
    expect(r.problems.map((p) => p.detail)).toEqual([
      'leadImage: only http(s) URLs are allowed',
      'images[0].src: only http(s) URLs are allowed',
      'blocks[0].src: only http(s) URLs are allowed',
      'blocks[0].href: only http(s) URLs are allowed',
      'blocks[0].poster: only http(s) URLs are allowed',
      'images[0].src: expected a URL',
    ]);
  });

  test('an article needs a title or some text', () => {
    expect(() => validateArticle({ ...good, title: ' ', text: '' })).toThrow(/neither a title nor any text/);
  });

  test('toJsonl writes one JSON object per line, each ended by a newline', () => {
    expect(toJsonl([good, good])).toBe(`${line(good)}\n${line(good)}\n`);
    expect(toJsonl([])).toBe('');
  });
});

describe('merging an import by docId', () => {
  test('added, updated and unchanged counted; a docId twice in one file is one entry, the later line winning', async () => {
    const lib = await freshLibrary();
    await lib.saveMany([{ article: article({ docId: 'i1' }) }, { article: article({ docId: 'i2' }) }]);
    const file = toJsonl([
      article({ docId: 'i1' }),
      article({ docId: 'i2', title: '改过的标题' }),
      article({ docId: 'i3' }),
      article({ docId: 'i3', title: '同一篇的新版本' }),
    ]);
    const { counts } = await lib.saveMany(parseJsonl(file).articles.map(({ article: a }) => ({ article: a, pageUrl: a.url })));
    expect(counts).toEqual({ added: 1, updated: 2, unchanged: 1 });
    expect(await lib.count()).toBe(3);
    expect((await lib.get('doc:i3'))!.article.title).toBe('同一篇的新版本');
    expect((await lib.get('doc:i2'))!.article.title).toBe('改过的标题');
  });
});
