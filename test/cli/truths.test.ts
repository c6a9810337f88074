/**
 * The command does what its help says: exit codes, limits of 0, capped lists, what a directory
 * walk reads, special files, and a standard input that never ends.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_LINES_SHOWN, runBatch } from '../../src/cli/batch';
import { EXIT } from '../../src/cli/main';
import { fakeExtract, FIXTURES, runMain, tempDir, putFile } from './helpers';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const put = (rel: string, content: string | Buffer): string => putFile(dir, rel, content);

describe('exit codes as the help says', () => {
  it('an empty directory alone is nothing to read: exit 2', async () => {
    const empty = path.join(dir, 'empty');
    mkdirSync(empty);
    const r = await runMain([empty, '-f', 'jsonl'], { extract: fakeExtract });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain(`${empty}: nothing to read (no .html/.htm/.shtml/.md/.txt page or post in this directory)`);
  });

  it('a directory that holds only ignored files is nothing to read either: exit 2', async () => {
    put('notes/README.md', '# Notes\n\nNothing to clean here.\n');
    const r = await runMain([path.join(dir, 'notes'), '-f', 'jsonl'], { extract: fakeExtract });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/done 0, failed 0, skipped 0, ignored 1/);
  });

  it('an empty directory beside real inputs is a failure of its own: exit 1', async () => {
    const good = put('a.html', '<doc>a</doc>');
    const empty = path.join(dir, 'empty');
    mkdirSync(empty);
    const r = await runMain([good, empty, '-f', 'jsonl'], { extract: fakeExtract });
    expect(r.code).toBe(EXIT.someFailed);
  });
});

describe('limits of 0 mean no limit, for both', () => {
  it('--max-size 0 reads a file --max-size 0.001 refuses', async () => {
    const f = put('a.html', `<doc id="big">${'x'.repeat(5000)}</doc>`);
    const capped = await runMain([f, '--max-size', '0.001'], { extract: fakeExtract });
    expect(capped.code).toBe(EXIT.someFailed);
    expect(capped.stderr).toContain('too large');
    const unlimited = await runMain([f, '--max-size', '0', '-f', 'json'], { extract: fakeExtract });
    expect(unlimited.code).toBe(EXIT.ok);
    expect(JSON.parse(unlimited.stdout).docId).toBe('big');
  });

  it('--timeout 0 gives the engine no budget at all; a positive one is passed to the engine', async () => {
    const f = put('a.html', '<doc>a</doc>');
    const budgets: (number | undefined)[] = [];
    const extract = (html: string, opts?: { budgetMs?: number }) => {
      budgets.push(opts?.budgetMs);
      return fakeExtract(html);
    };
    await runMain([f, '--timeout', '0'], { extract });
    await runMain([f, '--timeout', '2'], { extract });
    expect(budgets[0]).toBe(Number.POSITIVE_INFINITY);
    expect(budgets[1]).toBeGreaterThan(1000);
    expect(budgets[1]).toBeLessThanOrEqual(2000);
  });
});

describe('capped lists', () => {
  it(`skipped lines stop after ${MAX_LINES_SHOWN}, with a count of the rest`, async () => {
    const f = put('a.html', '<doc>a</doc>');
    const r = await runMain([...Array.from({ length: 60 }, () => f), '-f', 'jsonl'], { extract: fakeExtract });
    expect(r.code).toBe(EXIT.ok);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('  skipped'));
    expect(lines).toHaveLength(MAX_LINES_SHOWN + 1);
    expect(lines.at(-1)).toBe(`  skipped   … and ${59 - MAX_LINES_SHOWN} more`);
    expect(r.stderr).toMatch(/skipped 59/);
  });

  it('the summary a batch keeps is bounded: counts of everything, the first lines of each kind', async () => {
    for (let i = 0; i < 60; i++) put(`in/${String(i).padStart(2, '0')}.html`, '<doc id="same">x</doc>');
    const s = await runBatch({ inputs: [path.join(dir, 'in')], outDir: path.join(dir, 'out'), format: 'text', stdout: null, stderr: null, inProcess: true, extract: fakeExtract });
    expect(s.done).toBe(60);
    expect(s.renamed).toBe(59);
    expect(s.renames).toHaveLength(MAX_LINES_SHOWN);
  });

  it('a batch holds no finished article: memory after 300 large outputs is what it was before', async () => {
    // Regression: every wait raced one long-lived "aborted" promise, which kept each race's
    // result (the rendered article) alive to the end of the batch: about 20 KB per input.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    for (let i = 0; i < 300; i++) put(`big/${String(i).padStart(3, '0')}.html`, `<doc id="d${i}">${i}</doc>`);
    const big = (html: string) => {
      const a = fakeExtract(html);
      return { ...a, text: `${a.text} ${'长'.repeat(100_000)}` };
    };
    gc();
    const before = process.memoryUsage().heapUsed;
    let after = 0;
    await runBatch({
      inputs: [path.join(dir, 'big')],
      format: 'text',
      stdout: null,
      stderr: null,
      inProcess: true,
      extract: big,
      onResult: (e) => {
        if (e.label.endsWith('299.html')) {
          gc();
          after = process.memoryUsage().heapUsed;
        }
      },
    });
    // 300 × 200 KB would be 60 MB if they were kept.
    expect(after - before).toBeLessThan(15 * 1048576);
  });

  it('failures are all listed', async () => {
    const files = Array.from({ length: 30 }, (_, i) => put(`bad-${String(i).padStart(2, '0')}.html`, '<p>no</p>'));
    const r = await runMain([...files, '-f', 'jsonl'], { extract: fakeExtract });
    expect(r.stderr.split('\n').filter((l) => l.startsWith('  failed'))).toHaveLength(30);
  });
});

describe('what a directory walk reads', () => {
  it("this tool's goldens and prose are ignored when walked; named explicitly, such a file still fails clearly", async () => {
    const golden = readFileSync(path.join(FIXTURES, 'expected/seed-format/2022-07-17_f89500c5.md'));
    put('saved/expected/page.md', golden);
    put('saved/README.md', '# My saved pages\n\nSee the `<text id=URL>` wrapper note.\n');
    put('saved/notes.txt', 'plain notes\n');
    put('saved/page.html', '<doc id="p">page</doc>');
    put('saved/post.md', '---\ntitle: x\n---\n<doc id="q">post</doc>');
    put('saved/fragment.txt', '  <doc id="r">fragment</doc>');
    const r = await runMain([path.join(dir, 'saved'), '-f', 'jsonl'], { extract: fakeExtract });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).docId)).toEqual(['r', 'p', 'q']);
    expect(r.stderr).toMatch(/^sina-clean: done 3, failed 0, skipped 0, ignored 3 /);
    // One line per reason, naming the first file in walk order (upper case sorts first).
    expect(r.stderr).toContain(
      `ignored   ${path.join(dir, 'saved/README.md')} and 2 more: neither a page nor a post (no front matter and no HTML)\n`,
    );
    const named = await runMain([path.join(dir, 'saved/README.md')], { extract: fakeExtract });
    expect(named.code).toBe(EXIT.someFailed);
    expect(named.stderr).toBe(`sina-clean: ${path.join(dir, 'saved/README.md')}: not an article (no <doc> element)\n`);
  });

  it('an --out folder inside the walked folder is not read: the run never cleans its own output', async () => {
    put('saved/a.html', '<doc id="a">a</doc>');
    put('saved/b.html', '<doc id="b">b</doc>');
    const out = path.join(dir, 'saved/out');
    const first = await runMain([path.join(dir, 'saved'), '-o', out, '-f', 'html'], { extract: fakeExtract });
    expect(first.code).toBe(EXIT.ok);
    const again = await runMain([path.join(dir, 'saved'), '-o', out, '-f', 'html', '--skip-existing'], { extract: fakeExtract });
    expect(again.code).toBe(EXIT.ok);
    expect(again.stderr).toMatch(/^sina-clean: done 0, failed 0, skipped 2 /);
  });

  it('the repository fixtures folder is a clean batch with the real engine', async () => {
    const r = await runMain([FIXTURES, '-f', 'jsonl', '-q']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ok);
  }, 60_000);
});

describe('special files', () => {
  it('a FIFO named explicitly is refused at once (never opened); walked, it is ignored', async () => {
    const fifo = path.join(dir, 'in/pipe.html');
    mkdirSync(path.dirname(fifo));
    execFileSync('mkfifo', [fifo]);
    put('in/a.html', '<doc>a</doc>');
    const named = await runMain([fifo], { extract: fakeExtract });
    expect(named.code).toBe(EXIT.someFailed);
    expect(named.stderr).toBe(
      `sina-clean: ${fifo}: special file (a FIFO, not a regular file (use - to read a pipe on standard input))\n`,
    );
    const walked = await runMain([path.join(dir, 'in'), '-f', 'jsonl'], { extract: fakeExtract });
    expect(walked.code).toBe(EXIT.ok);
    expect(walked.stderr).toContain(`ignored   ${fifo}: a FIFO, not a regular file`);
  });

  it('a character device is refused', async () => {
    const r = await runMain(['/dev/zero'], { extract: fakeExtract });
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.stderr).toContain('/dev/zero: special file (a character device');
  });
});

describe('standard input', () => {
  it('a stdin that never ends fails as timed out within --timeout', async () => {
    const stdin = new PassThrough();
    stdin.write('<doc>never ends');
    const started = Date.now();
    const r = await runMain(['-', '--timeout', '0.3'], { stdin, stdinIsTTY: false, extract: fakeExtract });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.stderr).toBe('sina-clean: stdin: timed out (standard input did not end within 0.3 s)\n');
    expect(stdin.destroyed).toBe(true);
  });

  it('an abort stops a stdin read at once', async () => {
    const stdin = new PassThrough();
    const controller = new AbortController();
    setTimeout(() => controller.abort('SIGTERM'), 100);
    const r = await runMain(['-', '--timeout', '0'], { stdin, stdinIsTTY: false, extract: fakeExtract, signal: controller.signal });
    expect(r.code).toBe(EXIT.terminated);
  });

  it('stdin over --max-size is refused while reading', async () => {
    const stdin = new PassThrough();
    stdin.end(Buffer.alloc(4096, 0x61));
    const r = await runMain(['-', '--max-size', '0.001'], { stdin, stdinIsTTY: false, extract: fakeExtract });
    expect(r.stderr).toBe('sina-clean: stdin: too large (over the 1 KB limit)\n');
  });
});
