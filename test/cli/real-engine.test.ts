/**
 * The command's main path with the real engine, on this thread (no process, no worker start-up):
 * charsets of real and synthetic pages, --out cycles, URL inputs against a local server, and bad
 * files. What needs a real process (signals, exit, FIFOs, worker threads) is in cli.test.ts.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article';
import { FIXTURES, leftovers, runMain, tempDir, jsonl } from './helpers';
import { SYNTHETIC, SYNTHETIC_PARAGRAPHS, SYNTHETIC_TITLE } from './make-synthetic';

/** `main` in-process with the real engine. */
const run = (argv: string[], io: Parameters<typeof runMain>[1] = {}) => runMain(argv, { extract: undefined, ...io });

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

describe('charsets', () => {
  it('the five GB18030 fixture pages: titles decoded, nothing replaced', async () => {
    const files = readdirSync(path.join(FIXTURES, 'pages'))
      .filter((f) => /^(ent_2009|bj-house|book_2004|chanye-finance)/.test(f))
      .sort();
    expect(files).toHaveLength(5);
    const r = await run(['-f', 'jsonl', ...files.map((f) => path.join(FIXTURES, 'pages', f))]);
    expect(r.code).toBe(0);
    const articles = jsonl(r.stdout);
    expect(articles).toHaveLength(5);
    for (const [i, a] of articles.entries()) {
      expect(a.title, files[i]).toMatch(/\p{Script=Han}{2,}/u);
      expect(JSON.stringify(a), files[i]).not.toContain('\ufffd');
      const page = iconv.decode(readFileSync(path.join(FIXTURES, 'pages', files[i]!)), 'gb18030');
      expect(page, files[i]).toContain(a.title);
    }
    expect(articles.find((a) => a.title.startsWith('爱戴'))?.title).toBe('爱戴掀起红盖头 庆东南劲爆音乐颁奖七周年(图)');
  });

  it('the synthetic charset pages all give the same article; wrong declarations are noted', async () => {
    const names = Object.keys(SYNTHETIC).sort();
    const r = await run(['-f', 'jsonl', ...names.map((n) => path.join(FIXTURES, 'synthetic', n))]);
    expect(r.code).toBe(0);
    const articles = jsonl(r.stdout);
    expect(articles).toHaveLength(names.length);
    for (const [i, a] of articles.entries()) {
      expect(a.title, names[i]).toBe(SYNTHETIC_TITLE);
      for (const p of SYNTHETIC_PARAGRAPHS) expect(a.text, names[i]).toContain(p);
    }
    // The record wrapper names the page's URL, which gives the article its docId.
    expect(articles[names.indexOf('synthetic-gbk-wrapper.html')]!.docId).toBe('ikqcfncc4687342');
    expect(r.stderr).toContain(`note      ${path.join(FIXTURES, 'synthetic', 'synthetic-gbk-declared-utf8.html')}: declared UTF-8 (meta)`);
    expect(r.stderr).toContain('synthetic-utf8-declared-gb2312.html: declared GBK (meta) but the bytes are valid UTF-8');
  });

  it('decode notes follow the locale', async () => {
    const r = await run(['-', '-f', 'json'], {
      stdinBytes: readFileSync(path.join(FIXTURES, 'synthetic/synthetic-gbk-declared-utf8.html')),
      env: { LANG: 'zh_CN.UTF-8' },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('sina-clean: 提示：stdin：声明为 UTF-8（meta），但字节不是有效的 UTF-8；按 gb18030 解码\n');
  });

  it('a UTF-16LE page declared by its <meta> but without BOM gives its article', async () => {
    const page = readFileSync(path.join(FIXTURES, 'synthetic/synthetic-utf8-bom-meta-gb2312.html'), 'utf8')
      .replace(/^\ufeff/, '')
      .replace('charset=gb2312', 'charset=utf-16le');
    const file = path.join(tmp.dir, 'utf16le.html');
    writeFileSync(file, Buffer.from(page, 'utf16le'));
    const r = await run([file, '-f', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as Article;
    expect(a.title).toBe(SYNTHETIC_TITLE);
    for (const p of SYNTHETIC_PARAGRAPHS) expect(a.text).toContain(p);
  });
});

describe('--out', () => {
  it('one file per input, a second run refuses to overwrite, --force does', async () => {
    const out = path.join(tmp.dir, 'out-pages');
    const dir = path.join(FIXTURES, 'synthetic');
    const input = readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => path.join(dir, f));
    const first = await run([...input, '-o', out, '-f', 'markdown']);
    expect(first.code).toBe(0);
    const written = readdirSync(out).sort();
    expect(written.length).toBe(input.length);
    expect(written).toContain('ikqcfncc4687342.md');
    expect(written).toContain('synthetic-gbk-bom.md');
    const target = path.join(out, 'synthetic-gbk-bom.md');
    writeFileSync(target, 'edited by hand');
    const second = await run([...input, '-o', out, '-f', 'markdown']);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`${target} already exists (use --force to overwrite)`);
    expect(readFileSync(target, 'utf8')).toBe('edited by hand');
    const forced = await run([...input, '-o', out, '-f', 'markdown', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain(SYNTHETIC_PARAGRAPHS[0]);
    expect(leftovers(out)).toEqual([]);
  });
});

describe('URL inputs (local server)', () => {
  let server: Server;
  let base: string;
  const page = readFileSync(path.join(FIXTURES, 'synthetic/synthetic-gbk-undeclared.html'));

  beforeAll(async () => {
    server = createServer((req, res) => {
      switch (req.url) {
        case '/roll/doc-gbk.shtml':
          res.writeHead(200, { 'content-type': 'text/html; charset=GBK' });
          return res.end(page);
        case '/moved':
          res.writeHead(302, { location: '/roll/doc-gbk.shtml' });
          return res.end();
        case '/image.png':
          res.writeHead(200, { 'content-type': 'image/png' });
          return res.end(Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(256)]));
        case '/evil':
          // A status text that would set the window title and clear the screen if printed raw
          // (Node's server refuses to send it, so the response is written to the socket directly).
          req.socket.end('HTTP/1.1 500 \u001b]0;pwned\u0007\u001b[2JOops\r\nContent-Length: 0\r\nConnection: close\r\n\r\n', 'latin1');
          return;
        default:
          res.writeHead(404, { 'content-type': 'text/plain' });
          return res.end('not here');
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('fetches, follows redirects, decodes by the HTTP charset, and reports fetch failures by URL', async () => {
    // A port that was just free: nothing listens there.
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const deadUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/`;
    await new Promise<void>((r) => closed.close(() => r()));
    const urls = [`${base}/roll/doc-gbk.shtml`, `${base}/moved`, `${base}/missing`, `${base}/image.png`, deadUrl, `${base}/evil`];
    const r = await run(['-f', 'jsonl', ...urls]);
    expect(r.code).toBe(1);
    const articles = jsonl(r.stdout);
    expect(articles.map((a) => a.title)).toEqual([SYNTHETIC_TITLE, SYNTHETIC_TITLE]);
    for (const a of articles) expect(a.text).toContain(SYNTHETIC_PARAGRAPHS[2]);
    expect(articles[1]!.url ?? '').toContain('/roll/doc-gbk.shtml');
    expect(r.stderr).toMatch(/done 2, failed 4, skipped 0/);
    expect(r.stderr).toContain(`failed    ${base}/missing: fetch failed (HTTP 404 Not Found)`);
    expect(r.stderr).toContain(`failed    ${base}/image.png: unreadable (binary data, not a text page)`);
    expect(r.stderr).toContain(`failed    ${deadUrl}: fetch failed (ECONNREFUSED)`);
    expect(r.stderr).toContain(`failed    ${base}/evil: fetch failed (HTTP 500 \\x1b]0;pwned\\x07\\x1b[2JOops)`);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).not.toContain('\u0007');
  });
});

describe('bad input', () => {
  it('empty, binary and wrongly declared files each end with a result or a named error', async () => {
    const dir = path.join(tmp.dir, 'odd');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a-empty.html'), '');
    writeFileSync(path.join(dir, 'b-binary.html'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    copyFileSync(path.join(FIXTURES, 'synthetic/synthetic-gbk-declared-utf8.html'), path.join(dir, 'c-wrong-charset.html'));
    const r = await run(['-f', 'jsonl', dir]);
    expect(r.code).toBe(1);
    expect(jsonl(r.stdout).map((a) => a.title)).toEqual([SYNTHETIC_TITLE]);
    expect(r.stderr).toContain(`${path.join(dir, 'a-empty.html')}: empty`);
    expect(r.stderr).toContain(`${path.join(dir, 'b-binary.html')}: unreadable (binary data`);
  });

  it('--max-size refuses a file over the limit', async () => {
    const file = path.join(FIXTURES, 'pages/news_20240510_inausehc2630922.html');
    const r = await run(['--max-size', '0.01', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/: too large \(\d+(\.\d)? KB is over the 10\.2 KB limit\)\n$/);
    expect(r.stderr.startsWith(`sina-clean: ${file}: `)).toBe(true);
  });
});
