/**
 * Batch mechanics through `main` on this thread with injected streams and a stand-in engine:
 * output naming, no-clobber and --force, atomic writes, failure reporting, interruption.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/cli/batch';
import { EXIT } from '../../src/cli/main';
import { fakeExtract, FIXTURES, leftovers, runMain, tempDir, putFile } from './helpers';
import { SYNTHETIC_TITLE } from './make-synthetic';

let dir: string;
let cleanup: () => void;
beforeEach(() => {
  ({ dir, cleanup } = tempDir());
});
afterEach(() => cleanup());

const put = (rel: string, content: string | Buffer): string => putFile(dir, rel, content);

describe('writeFileAtomic', () => {
  it('writes, refuses to replace without overwrite, replaces with it, and leaves no temporary file', () => {
    expect(writeFileAtomic(dir, 'a.json', 'one', false)).toBe('written');
    expect(writeFileAtomic(dir, 'a.json', 'two', false)).toBe('exists');
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('one');
    expect(writeFileAtomic(dir, 'a.json', 'three', true)).toBe('written');
    expect(readFileSync(path.join(dir, 'a.json'), 'utf8')).toBe('three');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('a failed write throws and leaves nothing behind', () => {
    mkdirSync(path.join(dir, 'a.json'));
    expect(() => writeFileAtomic(dir, 'a.json', 'x', true)).toThrow();
    expect(readdirSync(dir)).toEqual(['a.json']);
  });
});

describe('--out', () => {
  it('names files by docId, else by file stem; a clash gets -2 and is listed as renamed, never skipped', async () => {
    put('in/a/x.html', '<doc>first x</doc>');
    put('in/b/x.html', '<doc>second x</doc>');
    put('in/c/one.html', '<doc id="doc-1">article one</doc>');
    put('in/c/one-again.html', '<doc id="doc-1">article one, again</doc>');
    const out = path.join(dir, 'out');
    const r = await runMain([path.join(dir, 'in'), '-o', out, '-f', 'json'], { extract: fakeExtract });
    expect(r.code).toBe(EXIT.ok);
    expect(readdirSync(out).sort()).toEqual(['doc-1-2.json', 'doc-1.json', 'x-2.json', 'x.json']);
    expect(JSON.parse(readFileSync(path.join(out, 'x.json'), 'utf8')).text).toBe('first x');
    expect(JSON.parse(readFileSync(path.join(out, 'x-2.json'), 'utf8')).text).toBe('second x');
    // Input order: c/one-again.html sorts before c/one.html, so it keeps the docId's name.
    expect(JSON.parse(readFileSync(path.join(out, 'doc-1.json'), 'utf8')).text).toBe('article one, again');
    expect(JSON.parse(readFileSync(path.join(out, 'doc-1-2.json'), 'utf8')).text).toBe('article one');
    expect(r.stderr).toMatch(/^sina-clean: done 4, failed 0, skipped 0, renamed 2 /);
    expect(r.stderr).toContain(
      `renamed   ${path.join(dir, 'in/b/x.html')}: written as ${path.join(out, 'x-2.json')}: x.json is taken by ${path.join(dir, 'in/a/x.html')}\n`,
    );
    expect(r.stderr).toContain(
      `renamed   ${path.join(dir, 'in/c/one.html')}: written as ${path.join(out, 'doc-1-2.json')}: doc-1.json is taken by ${path.join(dir, 'in/c/one-again.html')} (same docId; --dedupe keeps one)`,
    );
    expect(r.stdout).toBe('');
  });

  it('a page whose og:url claims another page\'s docId cannot hide or replace that page (first come keeps the name)', async () => {
    // Regression: the genuine page used to be reported as "skipped … same article" and never written.
    put('in/1-forged.html', '<doc id="ikqcfncc4763514">an unrelated page claiming the docId</doc>');
    put('in/2-genuine.html', '<doc id="ikqcfncc4763514">the genuine article</doc>');
    const out = path.join(dir, 'out');
    const r = await runMain([path.join(dir, 'in'), '-o', out, '-f', 'text'], { extract: fakeExtract });
    expect(r.code).toBe(EXIT.ok);
    expect(readFileSync(path.join(out, 'ikqcfncc4763514.txt'), 'utf8')).toBe('an unrelated page claiming the docId\n');
    expect(readFileSync(path.join(out, 'ikqcfncc4763514-2.txt'), 'utf8')).toBe('the genuine article\n');
    expect(r.stderr).toMatch(/done 2, failed 0, skipped 0, renamed 1/);
    expect(r.stderr).not.toContain('skipped   ');
  });

  it('names compare without case, as on macOS and Windows', async () => {
    put('in/1.html', '<doc id="AbC">upper</doc>');
    put('in/2.html', '<doc id="abc">lower</doc>');
    const out = path.join(dir, 'out');
    const r = await runMain([path.join(dir, 'in'), '-o', out, '-f', 'text'], { extract: fakeExtract });
    expect(r.code).toBe(EXIT.ok);
    expect(readdirSync(out).sort()).toEqual(['AbC.txt', 'abc-2.txt']);
  });

  it('never overwrites silently: the error names the file; --force replaces; --skip-existing skips', async () => {
    put('in/p.html', '<doc id="p">new text</doc>');
    const out = path.join(dir, 'out');
    const existing = put('out/p.md', 'precious');

    const refused = await runMain([path.join(dir, 'in'), '-o', out, '-f', 'markdown'], { extract: fakeExtract });
    expect(refused.code).toBe(EXIT.someFailed);
    expect(refused.stderr).toContain(`failed    ${path.join(dir, 'in/p.html')}: output exists (${existing} already exists (use --force to overwrite))`);
    expect(readFileSync(existing, 'utf8')).toBe('precious');

    // --skip-existing skips only a file that already holds this input's output (a finished
    // earlier run); a file with other content is another article's and still fails.
    const different = await runMain([path.join(dir, 'in'), '-o', out, '-f', 'markdown', '--skip-existing'], {
      extract: fakeExtract,
    });
    expect(different.code).toBe(EXIT.someFailed);
    expect(different.stderr).toContain(`output exists (${existing} already exists with other content (use --force to overwrite))`);
    expect(readFileSync(existing, 'utf8')).toBe('precious');

    writeFileSync(existing, '# new text\n');
    const skipped = await runMain([path.join(dir, 'in'), '-o', out, '-f', 'markdown', '--skip-existing'], {
      extract: fakeExtract,
    });
    expect(skipped.code).toBe(EXIT.ok);
    expect(skipped.stderr).toMatch(/done 0, failed 0, skipped 1/);
    expect(skipped.stderr).toContain(`skipped   ${path.join(dir, 'in/p.html')}: ${existing} already exists\n`);
    writeFileSync(existing, 'precious');

    const forced = await runMain([path.join(dir, 'in'), '-o', out, '-f', 'markdown', '--force'], { extract: fakeExtract });
    expect(forced.code).toBe(EXIT.ok);
    expect(readFileSync(existing, 'utf8')).toBe('# new text\n');
    expect(leftovers(out)).toEqual([]);
  });

  it('a single input with --out still reports; the output directory is created', async () => {
    const file = put('one.txt', '<doc>x</doc>');
    const out = path.join(dir, 'deep/new/out');
    const r = await runMain([file, '--out', out, '-f', 'text'], { extract: fakeExtract });
    expect(r.code).toBe(0);
    expect(readFileSync(path.join(out, 'one.txt'), 'utf8')).toBe('x\n');
    expect(r.stderr).toMatch(/done 1, failed 0, skipped 0/);
  });
});

describe('failures', () => {
  it('keeps going past bad inputs and lists every failure with its file and reason', async () => {
    const good1 = put('in/1-good.html', '<doc id="g1">good one</doc>');
    const notArticle = put('in/2-plain.html', '<p>hello</p>');
    const empty = put('in/3-empty.html', '');
    const blank = put('in/4-blank.htm', ' \n\t \n');
    const binary = put('in/5-image.html', Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(100)]));
    put('in/6-ignored.png', 'not walked');
    put('in/.hidden/7.html', '<doc>hidden</doc>');
    const good2 = put('in/sub/8-good.shtml', '<doc id="g2">good two</doc>');
    const missing = path.join(dir, 'nope.html');
    const emptyDir = path.join(dir, 'empty-dir');
    mkdirSync(emptyDir);

    const r = await runMain([path.join(dir, 'in'), missing, emptyDir, 'ftp://example.com/x', '-f', 'jsonl'], {
      extract: fakeExtract,
    });
    expect(r.code).toBe(EXIT.someFailed);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((a) => a.docId)).toEqual(['g1', 'g2']);
    expect(r.stderr).toMatch(/^sina-clean: done 2, failed 7, skipped 0 /);
    for (const expected of [
      `${notArticle}: not an article (no <doc> element)`,
      `${empty}: empty (no bytes)`,
      `${blank}: empty (only white space)`,
      `${binary}: unreadable (binary data, not a text page)`,
      `${missing}: not found (no such file or directory)`,
      `${emptyDir}: nothing to read (no .html/.htm/.shtml/.md/.txt page or post in this directory)`,
      'ftp://example.com/x: bad input (only http and https URLs can be fetched)',
    ]) {
      expect(r.stderr).toContain(`  failed    ${expected}`);
    }
    expect(r.stderr).not.toContain('6-ignored');
    expect(r.stderr).not.toContain('hidden');
    expect(good1 && good2).toBeTruthy();
  });

  it('a file given twice is processed once and counted as skipped', async () => {
    const f = put('a.html', '<doc>a</doc>');
    const r = await runMain([f, f, '-f', 'jsonl'], { extract: fakeExtract });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`skipped   ${f}: given more than once`);
  });

  it('a single failing input prints one line naming it, exit 1', async () => {
    const f = put('bad.html', '<p>no</p>');
    const r = await runMain([f], { extract: fakeExtract });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`sina-clean: ${f}: not an article (no <doc> element)\n`);
  });
});

describe('stdout framing', () => {
  it('json: an object for one input, an array in input order for several', async () => {
    const a = put('a.html', '<doc id="a">A</doc>');
    const b = put('b.html', '<doc id="b">B</doc>');
    const one = await runMain([a, '-f', 'json'], { extract: fakeExtract });
    expect(JSON.parse(one.stdout).docId).toBe('a');
    const two = await runMain([b, a, '-f', 'json'], { extract: fakeExtract });
    expect(JSON.parse(two.stdout).map((x: { docId: string }) => x.docId)).toEqual(['b', 'a']);
    const none = await runMain([path.join(dir, 'missing-1'), path.join(dir, 'missing-2'), '-f', 'json'], {
      extract: fakeExtract,
    });
    expect(JSON.parse(none.stdout)).toEqual([]);
  });

  it('text and markdown: a header before each document when there are several', async () => {
    const a = put('a.html', '<doc>A text</doc>');
    const b = put('b.html', '<doc>B text</doc>');
    const r = await runMain([a, b, '-f', 'text'], { extract: fakeExtract });
    expect(r.stdout).toBe(`==> ${a} <==\nA text\n\n==> ${b} <==\nB text\n`);
    const single = await runMain([a, '-f', 'markdown'], { extract: fakeExtract });
    expect(single.stdout).toBe('# A text\n');
  });
});

describe('html', () => {
  it('is a standalone page of escaped text: markup inside the article stays text', async () => {
    const f = put('x.html', '<doc id="h1">a &lt;script&gt;alert(1)&lt;/script&gt; b</doc>');
    const r = await runMain([f, '-f', 'html'], {
      extract: (html, opts) => ({
        ...fakeExtract(html, opts),
        title: '<img src=x onerror=alert(1)>',
        blocks: [
          { type: 'paragraph', text: '<script>window.pwned = 1</script>' },
          { type: 'image', src: 'javascript:alert(1)', caption: '"><b>' },
        ],
      }),
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(r.stdout).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;');
    expect(r.stdout).toContain('<h1>&lt;img src=x onerror=alert(1)&gt;</h1>');
    expect(r.stdout).not.toContain('<script');
    expect(r.stdout).not.toContain('javascript:');
    expect(r.stdout).not.toContain('"><b>');
  });
});

describe('stdin and --url', () => {
  it('reads stdin when no input is given and stdin is not a terminal, passing --url to the engine', async () => {
    let seen: string | undefined;
    const r = await runMain(['-f', 'jsonl', '--url', 'https://finance.sina.com.cn/x/doc-abc.shtml'], {
      stdinBytes: Buffer.from('<doc>from stdin</doc>'),
      extract: (html, opts) => {
        seen = opts?.url;
        return fakeExtract(html, opts);
      },
    });
    expect(r.code).toBe(0);
    expect(seen).toBe('https://finance.sina.com.cn/x/doc-abc.shtml');
    expect(JSON.parse(r.stdout).text).toBe('from stdin');
  });

  it('decodes GB bytes on stdin with the real engine', async () => {
    const bytes = readFileSync(path.join(FIXTURES, 'synthetic/synthetic-gbk-declared-utf8.html'));
    const r = await runMain(['-', '-f', 'json'], { stdinBytes: bytes, extract: undefined });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).title).toBe(SYNTHETIC_TITLE);
    expect(r.stderr).toContain('sina-clean: note: stdin: declared UTF-8 (meta) but the bytes are not valid UTF-8');
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['--format', 'xml', 'a.html']],
    [['--no-such-option']],
    [['--jobs', '0', 'a.html']],
    [['--timeout', '-1', 'a.html']],
    [['--force', 'a.html']],
    [['--force', '--skip-existing', '-o', 'out', 'a.html']],
    [['--url', 'ftp://x', 'a.html']],
    [['--url', 'https://finance.sina.com.cn/', 'a.html', 'b.html']],
  ])('%j', async (argv) => {
    const r = await runMain(argv);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toMatch(/sina-clean --help/);
    expect(r.stdout).toBe('');
  });

  it('no input while stdin is a terminal', async () => {
    const r = await runMain([], { stdinIsTTY: true });
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain('no input');
  });

  it('--out naming an existing file', async () => {
    const f = put('file', 'x');
    const r = await runMain(['a.html', '-o', f]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain(`${f} exists and is not a directory`);
  });

  it('--out that cannot be created', async () => {
    const f = put('file', 'x');
    const r = await runMain(['a.html', '-o', path.join(f, 'sub')]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain(`cannot create ${path.join(f, 'sub')}:`);
  });

  it('--help documents every option and the exit codes, exit 0', async () => {
    const r = await runMain(['--help']);
    expect(r.code).toBe(EXIT.ok);
    for (const flag of ['--format', '--out', '--force', '--skip-existing', '--jobs', '--url', '--timeout', '--max-size', '--quiet', '--no-progress', '--version']) {
      expect(r.stdout).toContain(flag);
    }
    expect(r.stdout).toMatch(/Exit codes:\n\s+0 .*\n\s+1 .*\n\s+2 .*\n\s+130 /);
    for (const reason of ['not an article', 'unreadable', 'empty', 'fetch failed']) expect(r.stdout).toContain(reason);
  });
});

describe('progress', () => {
  it('a terminal gets a live line that is cleared before the summary; a pipe gets only the summary', async () => {
    for (let i = 0; i < 3; i++) put(`in/${i}.html`, `<doc id="d${i}">t${i}</doc>`);
    const tty = await runMain([path.join(dir, 'in'), '-f', 'jsonl'], { extract: fakeExtract, stderrIsTTY: true });
    expect(tty.stderr).toMatch(/^\r\x1b\[Kdone 0, failed 0, skipped 0 · /);
    expect(tty.stderr).toMatch(/\r\x1b\[Ksina-clean: done 3, failed 0, skipped 0 /);
    const pipe = await runMain([path.join(dir, 'in'), '-f', 'jsonl'], { extract: fakeExtract, stderrIsTTY: false });
    expect(pipe.stderr).toMatch(/^sina-clean: done 3, failed 0, skipped 0 \([\d.]+ s\)\n {2}templates fragment 3\n {2}sources {3}\(no source\) 3\n$/);
    const quiet = await runMain([path.join(dir, 'in'), '-f', 'jsonl', '-q'], { extract: fakeExtract, stderrIsTTY: true });
    expect(quiet.stderr).toBe('');
  });
});

describe('interruption', () => {
  it('an abort mid-batch stops it: exit 130, summary says so, finished files complete, no temporary files', async () => {
    const n = 40;
    for (let i = 0; i < n; i++) put(`in/${String(i).padStart(3, '0')}.html`, `<doc id="d${i}">text ${i}</doc>`);
    const out = path.join(dir, 'out');
    const controller = new AbortController();
    let calls = 0;
    const r = await runMain([path.join(dir, 'in'), '-o', out, '-f', 'json', '-j', '2'], {
      signal: controller.signal,
      extract: (html, opts) => {
        if (++calls === 10) controller.abort('SIGINT');
        return fakeExtract(html, opts);
      },
    });
    expect(r.code).toBe(EXIT.interrupted);
    expect(r.stderr).toMatch(/^sina-clean: interrupted: done \d+, failed 0, skipped 0/);
    const files = readdirSync(out);
    expect(files.length).toBeGreaterThan(0);
    expect(files.length).toBeLessThan(n);
    expect(leftovers(out)).toEqual([]);
    for (const f of files) expect(JSON.parse(readFileSync(path.join(out, f), 'utf8')).docId).toBe(f.replace('.json', ''));
  });
});
