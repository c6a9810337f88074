/**
 * The built command (`node bin/sina-clean.mjs`, bundled by `npm run build:cli`) as a user runs
 * it: real engine, worker threads, signals, a local HTTP server for URL inputs.
 */
import { execSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article';
import { FIXTURES, leftovers, REPO, tempDir } from './helpers';
import { SYNTHETIC, SYNTHETIC_PARAGRAPHS, SYNTHETIC_TITLE } from './make-synthetic';

const BIN = path.join(REPO, 'bin/sina-clean.mjs');

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Spawn the CLI; `whileRunning` may act on the child (send a signal) before it exits. */
function cli(
  args: string[],
  opts: { input?: Buffer; whileRunning?: (child: ReturnType<typeof spawn>) => void } = {},
): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    if (opts.input) child.stdin.end(opts.input);
    else child.stdin.end();
    opts.whileRunning?.(child);
  });
}

const jsonl = (s: string): Article[] =>
  s
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Article);

let tmp: ReturnType<typeof tempDir>;

beforeAll(() => {
  // Tests run against the current source, built exactly as postinstall builds it.
  execSync('npm run -s build:cli', { cwd: REPO, stdio: 'pipe' });
  tmp = tempDir();
}, 60_000);
afterAll(() => tmp.cleanup());

describe('the sina-clean command', () => {
  it('--version and --help', async () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const v = await cli(['--version']);
    expect(v).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const h = await cli(['--help']);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Usage: sina-clean [options] [inputs...]');
    expect(h.stdout).toContain('Exit codes:');
  });

  it('a usage error exits 2', async () => {
    const r = await cli(['--format', 'pdf', 'x.html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("argument 'pdf' is invalid");
  });

  it('the five GB18030 fixture pages: titles decoded, nothing replaced', async () => {
    const files = readdirSync(path.join(FIXTURES, 'pages'))
      .filter((f) => /^(ent_2009|bj-house|book_2004|chanye-finance)/.test(f))
      .sort();
    expect(files).toHaveLength(5);
    const r = await cli(['-f', 'jsonl', ...files.map((f) => path.join(FIXTURES, 'pages', f))]);
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
    const r = await cli(['-f', 'jsonl', ...names.map((n) => path.join(FIXTURES, 'synthetic', n))]);
    expect(r.code).toBe(0);
    const articles = jsonl(r.stdout);
    expect(articles).toHaveLength(names.length);
    for (const [i, a] of articles.entries()) {
      expect(a.title, names[i]).toBe(SYNTHETIC_TITLE);
      for (const p of SYNTHETIC_PARAGRAPHS) expect(a.text, names[i]).toContain(p);
    }
    // The record wrapper names the page's URL, which gives the article its docId.
    expect(articles[names.indexOf('synthetic-gbk-wrapper.html')]!.docId).toBe('ikqcfncc4687342');
    expect(r.stderr).toContain('note     fixtures/synthetic/synthetic-gbk-declared-utf8.html: declared UTF-8 (meta)'.replace('fixtures/synthetic', path.join(FIXTURES, 'synthetic')));
    expect(r.stderr).toContain('synthetic-utf8-declared-gb2312.html: declared GBK (meta) but the bytes are valid UTF-8');
  });

  it('stdout order is input order whatever the number of workers', async () => {
    const dir = path.join(FIXTURES, 'pages');
    const one = await cli(['-f', 'jsonl', '-j', '1', dir]);
    const two = await cli(['-f', 'jsonl', '-j', '2', dir]);
    expect(one.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
    const articles = jsonl(one.stdout);
    expect(articles).toHaveLength(files.length);
    // Each line is the page of the same position: its docId (when it has one) is in the file name.
    for (const [i, a] of articles.entries()) if (a.docId) expect(files[i]).toContain(a.docId);
  });

  it('stops quietly when the reader of stdout goes away (| head)', async () => {
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, '-f', 'jsonl', '-j', '1', path.join(FIXTURES, 'pages')], {
        cwd: REPO,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(r.stderr).not.toContain('EPIPE');
    expect(r.code).toBe(0);
  });

  it('reads stdin (-)', async () => {
    const bytes = readFileSync(path.join(FIXTURES, 'synthetic/synthetic-gbk-bom.html'));
    const r = await cli(['-', '-f', 'json'], { input: bytes });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Article).title).toBe(SYNTHETIC_TITLE);
  });

  it('--out: one file per input, a second run refuses to overwrite, --force does', async () => {
    const out = path.join(tmp.dir, 'out-pages');
    // The folder's pages (its README.md is prose, not an article, and would fail on purpose).
    const dir = path.join(FIXTURES, 'synthetic');
    const input = readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => path.join(dir, f));
    const first = await cli([...input, '-o', out, '-f', 'markdown']);
    expect(first.code).toBe(0);
    const written = readdirSync(out).sort();
    expect(written.length).toBeGreaterThanOrEqual(7);
    expect(written).toContain('ikqcfncc4687342.md');
    expect(written).toContain('synthetic-gbk-bom.md');
    const target = path.join(out, 'synthetic-gbk-bom.md');
    writeFileSync(target, 'edited by hand');
    const second = await cli([...input, '-o', out, '-f', 'markdown']);
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`${target} already exists (use --force to overwrite)`);
    expect(readFileSync(target, 'utf8')).toBe('edited by hand');
    const forced = await cli([...input, '-o', out, '-f', 'markdown', '--force']);
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
    const urls = [`${base}/roll/doc-gbk.shtml`, `${base}/moved`, `${base}/missing`, `${base}/image.png`, deadUrl];
    const r = await cli(['-f', 'jsonl', ...urls]);
    expect(r.code).toBe(1);
    const articles = jsonl(r.stdout);
    expect(articles.map((a) => a.title)).toEqual([SYNTHETIC_TITLE, SYNTHETIC_TITLE]);
    for (const a of articles) expect(a.text).toContain(SYNTHETIC_PARAGRAPHS[2]);
    expect(r.stderr).toMatch(/done 2, failed 3, skipped 0/);
    expect(r.stderr).toContain(`failed    ${base}/missing: fetch failed (HTTP 404 Not Found)`);
    expect(r.stderr).toContain(`failed    ${base}/image.png: unreadable (binary data, not a text page)`);
    expect(r.stderr).toContain(`failed    ${deadUrl}: fetch failed (ECONNREFUSED)`);
  });

  it('the engine gets the final URL after a redirect', async () => {
    const r = await cli(['-f', 'json', `${base}/moved`]);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.stdout) as Article;
    expect(a.url ?? '').toContain('/roll/doc-gbk.shtml');
  });
});

describe('bad and extreme input', () => {
  it('empty, binary and wrongly declared files each end with a result or a named error', async () => {
    const dir = path.join(tmp.dir, 'odd');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'a-empty.html'), '');
    writeFileSync(path.join(dir, 'b-binary.html'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    copyFileSync(path.join(FIXTURES, 'synthetic/synthetic-gbk-declared-utf8.html'), path.join(dir, 'c-wrong-charset.html'));
    const r = await cli(['-f', 'jsonl', dir]);
    expect(r.code).toBe(1);
    expect(jsonl(r.stdout).map((a) => a.title)).toEqual([SYNTHETIC_TITLE]);
    expect(r.stderr).toContain(`${path.join(dir, 'a-empty.html')}: empty`);
    expect(r.stderr).toContain(`${path.join(dir, 'b-binary.html')}: unreadable (binary data`);
  });

  it('--timeout stops an input that takes too long and names it', async () => {
    const file = path.join(FIXTURES, 'pages/news_20240510_inausehc2630922.html');
    const r = await cli(['--timeout', '0.001', file, '-f', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`sina-clean: ${file}: timed out (no result within 0.001 s)\n`);
  });

  it('--max-size refuses a file over the limit', async () => {
    const file = path.join(FIXTURES, 'pages/news_20240510_inausehc2630922.html');
    const r = await cli(['--max-size', '0.01', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/: too large \(\d+(\.\d)? KB is over the 10\.2 KB limit\)\n$/);
    expect(r.stderr.startsWith(`sina-clean: ${file}: `)).toBe(true);
  });

  it(
    'a 20 MB page and a page of 100,000 paragraphs: an article that lost nothing, or a specific error',
    async () => {
      const { bigPage, manyParagraphs, paragraphText } = await import('../extreme/generators');
      const dir = path.join(tmp.dir, 'extreme');
      mkdirSync(dir, { recursive: true });
      const big = bigPage(20).html;
      writeFileSync(path.join(dir, 'big.html'), big);
      writeFileSync(path.join(dir, 'many.html'), manyParagraphs(100_000).html);
      expect(Buffer.byteLength(big)).toBeGreaterThanOrEqual(20 * 1024 * 1024);
      // The CLI's own per-input bound; a page that needs longer fails as "timed out".
      const r = await cli(['-f', 'jsonl', '-j', '2', '--timeout', '60', dir]);
      const articles = jsonl(r.stdout);
      // Specific reasons only: a crash or an unexplained failure is a bug.
      const failures = r.stderr.split('\n').filter((l) => l.startsWith('  failed'));
      for (const f of failures) expect(f).toMatch(/: (timed out|too large) \(/);
      expect(articles.length + failures.length).toBe(2);
      expect(r.code).toBe(failures.length ? 1 : 0);
      for (const a of articles) {
        const paragraphs = a.blocks.filter((b) => b.type === 'paragraph');
        if (paragraphs.length >= 100_000) {
          expect(paragraphs.at(-1)).toEqual({ type: 'paragraph', text: paragraphText(99_999) });
        } else {
          expect(paragraphs.length).toBe((big.match(/<p[ >]/g) ?? []).length - 1); // minus 责任编辑
        }
      }
    },
    180_000,
  );
});

describe('SIGINT', () => {
  const n = 600;
  /** 600 copies of a fragment (no docId, so each keeps its own file name). */
  const manyInputs = (): string => {
    const dir = path.join(tmp.dir, 'many');
    if (existsSync(dir)) return dir;
    mkdirSync(dir, { recursive: true });
    const source = path.join(FIXTURES, 'fragments/sina-body_2019_cs327259852_00.html');
    for (let i = 0; i < n; i++) copyFileSync(source, path.join(dir, `p${String(i).padStart(4, '0')}.html`));
    return dir;
  };

  it('stops a batch: exit 130, summary printed, no partial or temporary file in --out', async () => {
    const dir = manyInputs();
    const out = path.join(tmp.dir, 'many-out');

    let sent = false;
    const r = await cli([dir, '-o', out, '-f', 'json', '-j', '2'], {
      whileRunning: (child) => {
        const poll = setInterval(() => {
          let count = 0;
          try {
            count = readdirSync(out).length;
          } catch {
            /* not created yet */
          }
          if (count >= 5 && !sent) {
            sent = true;
            clearInterval(poll);
            child.kill('SIGINT');
          }
        }, 10);
        child.on('close', () => clearInterval(poll));
      },
    });
    expect(sent).toBe(true);
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/sina-clean: interrupted: done \d+, failed 0, skipped 0/);
    const files = readdirSync(out);
    expect(leftovers(out)).toEqual([]);
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(files.length).toBeLessThan(n);
    const expected = readFileSync(path.join(out, files[0]!), 'utf8');
    expect((JSON.parse(expected) as Article).blocks.length).toBeGreaterThan(0);
    for (const f of files) expect(readFileSync(path.join(out, f), 'utf8'), f).toBe(expected);
    const done = Number(r.stderr.match(/done (\d+)/)![1]);
    expect(done).toBe(files.length);
  }, 120_000);

  it('SIGTERM stops it the same way with exit 143', async () => {
    const dir = manyInputs();
    const out = path.join(tmp.dir, 'term-out');
    let sent = false;
    const r = await cli([dir, '-o', out, '-f', 'jsonl', '-j', '2'], {
      whileRunning: (child) => {
        const poll = setInterval(() => {
          let count = 0;
          try {
            count = readdirSync(out).length;
          } catch {
            /* not created yet */
          }
          if (count >= 2 && !sent) {
            sent = true;
            clearInterval(poll);
            child.kill('SIGTERM');
          }
        }, 10);
        child.on('close', () => clearInterval(poll));
      },
    });
    expect(sent).toBe(true);
    expect(r.code).toBe(143);
    expect(r.stderr).toMatch(/sina-clean: interrupted: /);
    expect(leftovers(out)).toEqual([]);
  }, 120_000);
});
