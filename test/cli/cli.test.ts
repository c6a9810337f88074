/**
 * The built command (`node bin/sina-clean.mjs`, bundled by `npm run build:cli`) where the behaviour
 * is about processes: exit codes, worker threads, signals, FIFOs, a standard input that never ends,
 * a closed stdout, and resuming a stopped batch. Everything else runs in-process (real-engine.test.ts).
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article';
import { FIXTURES, leftovers, REPO, tempDir, jsonl } from './helpers';

const BIN = path.join(REPO, 'bin/sina-clean.mjs');

interface Ran {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

type Child = ReturnType<typeof spawn>;

/**
 * Spawn the CLI (English messages unless `env` says otherwise); `whileRunning` may act on the
 * child (send a signal). `stdin: 'open'` leaves standard input open and never written.
 */
function cli(
  args: string[],
  opts: { input?: Buffer; stdin?: 'open'; env?: Record<string, string>; whileRunning?: (child: Child) => void } = {},
): Promise<Ran> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...opts.env };
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'], env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: Date.now() - started,
      }),
    );
    if (opts.input) child.stdin.end(opts.input);
    else if (opts.stdin !== 'open') child.stdin.end();
    opts.whileRunning?.(child);
  });
}

/** Send `signal` once `dir` holds at least `count` files. */
function signalAfter(dir: string, count: number, signal: NodeJS.Signals, sent: { at: number | null }) {
  return (child: Child): void => {
    const poll = setInterval(() => {
      let n = 0;
      try {
        // Finished outputs only: a file being written is a temporary one, which the signal removes.
        n = readdirSync(dir).length - leftovers(dir).length;
      } catch {
        /* not created yet */
      }
      if (n >= count && sent.at === null) {
        sent.at = n;
        clearInterval(poll);
        child.kill(signal);
      }
    }, 5);
    child.on('close', () => clearInterval(poll));
  };
}

/**
 * Call `then` once the child has started and is idle (blocked on a read): its CPU time (Linux:
 * /proc/PID/stat) has not moved for 300 ms. A test of what the signal handlers do then never
 * races the process's start-up, when Node's own handlers would end it by the signal.
 */
function whenIdle(child: Child, then: () => void): void {
  let last = -1;
  let still = 0;
  const poll = setInterval(() => {
    let cpu = -1;
    try {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      cpu = Number(fields[11]) + Number(fields[12]);
    } catch {
      /* not started yet, or gone */
    }
    still = cpu > 0 && cpu === last ? still + 1 : 0;
    last = cpu;
    if (still >= 6) {
      clearInterval(poll);
      then();
    }
  }, 50);
  child.on('close', () => clearInterval(poll));
}

let tmp: ReturnType<typeof tempDir>;

// dist/ is built from the current source once before the suite (test/support/build-cli.ts).
beforeAll(() => {
  tmp = tempDir();
});
afterAll(() => tmp.cleanup());

describe('the sina-clean command', () => {
  it('--version; a usage error exits 2 with the one prefix, in the locale\'s language', async () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const v = await cli(['--version']);
    expect(v).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const r = await cli(['--format', 'pdf', 'x.html'], { env: { LANG: 'zh_CN.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "sina-clean: 选项 '-f, --format <format>'：'pdf' 无效：应为 markdown, text, json, jsonl, html 之一\n（运行 sina-clean --help 查看用法）\n",
    );
  });

  it('stdout order is input order whatever the number of workers', async () => {
    const dir = path.join(FIXTURES, 'pages');
    const [one, two] = await Promise.all([cli(['-f', 'jsonl', '-j', '1', dir]), cli(['-f', 'jsonl', '-j', '2', dir])]);
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
    expect((JSON.parse(r.stdout) as Article).title).toMatch(/合成测试/);
  });
});

describe('nothing can hold the process', () => {
  it('a FIFO without a writer is refused at once and the process exits (it used to hang past --timeout and SIGTERM)', async () => {
    const fifo = path.join(tmp.dir, 'no-writer.html');
    execFileSync('mkfifo', [fifo]);
    const r = await cli(['--timeout', '5', fifo]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`sina-clean: ${fifo}: special file (a FIFO, not a regular file (use - to read a pipe on standard input))\n`);
    expect(r.ms).toBeLessThan(4000);
  });

  it('a standard input that never ends fails as timed out, and the process exits', async () => {
    const r = await cli(['-', '--timeout', '0.5'], { stdin: 'open' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('sina-clean: stdin: timed out (standard input did not end within 0.5 s)\n');
    expect(r.ms).toBeLessThan(4500);
  });

  it('SIGTERM stops a read of standard input that has no time limit', async () => {
    let sentAt = 0;
    const r = await cli(['-', '--timeout', '0'], {
      stdin: 'open',
      whileRunning: (child) =>
        whenIdle(child, () => {
          sentAt = Date.now();
          child.kill('SIGTERM');
        }),
    });
    expect(r.code).toBe(143);
    expect(Date.now() - sentAt).toBeLessThan(3000);
  });

  it('--timeout stops an input that takes too long and names it', async () => {
    const file = path.join(FIXTURES, 'pages/news_20240510_inausehc2630922.html');
    const r = await cli(['--timeout', '0.001', file, '-f', 'jsonl']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^sina-clean: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: timed out \\(`));
  });
});

describe('extreme input', () => {
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

describe('signals and resuming', () => {
  /** 300 copies of a fragment (no docId, so each keeps its own file name). */
  const n = 300;
  const manyInputs = (): string => {
    const dir = path.join(tmp.dir, 'many');
    if (existsSync(dir)) return dir;
    mkdirSync(dir, { recursive: true });
    const source = path.join(FIXTURES, 'fragments/sina-body_2019_cs327259852_00.html');
    for (let i = 0; i < n; i++) copyFileSync(source, path.join(dir, `p${String(i).padStart(4, '0')}.html`));
    return dir;
  };

  it('SIGINT stops a batch: exit 130, summary printed, no partial or temporary file in --out', async () => {
    const dir = manyInputs();
    const out = path.join(tmp.dir, 'many-out');
    const sent = { at: null as number | null };
    const r = await cli([dir, '-o', out, '-f', 'json', '-j', '2'], { whileRunning: signalAfter(out, 5, 'SIGINT', sent) });
    expect(sent.at).not.toBeNull();
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

  it('SIGTERM stops it the same way with exit 143; a second signal ends it at once', async () => {
    const dir = manyInputs();
    const out = path.join(tmp.dir, 'term-out');
    const sent = { at: null as number | null };
    const r = await cli([dir, '-o', out, '-f', 'jsonl', '-j', '2'], { whileRunning: signalAfter(out, 2, 'SIGTERM', sent) });
    expect(sent.at).not.toBeNull();
    expect(r.code).toBe(143);
    expect(r.stderr).toMatch(/sina-clean: interrupted: /);
    expect(leftovers(out)).toEqual([]);

    // Two SIGINTs in a row while standard input blocks: the second one ends the process by the signal.
    let sentAt = 0;
    const twice = await cli(['-', '--timeout', '0'], {
      stdin: 'open',
      whileRunning: (child) =>
        whenIdle(child, () => {
          sentAt = Date.now();
          child.kill('SIGINT');
          child.kill('SIGINT');
        }),
    });
    expect(twice.code === 130 || twice.signal === 'SIGINT').toBe(true);
    expect(Date.now() - sentAt).toBeLessThan(3000);
  }, 120_000);

  it('a stopped batch resumed with --skip-existing gives exactly the files of an uninterrupted run', async () => {
    // The corpus three times over under distinct names: docIds repeat, so later copies are
    // renamed -2, -3 — names a resumed run must hand out exactly as the first run did.
    const archive = path.join(tmp.dir, 'archive');
    for (const folder of ['pages', 'seed-format', 'fragments']) {
      for (const f of readdirSync(path.join(FIXTURES, folder)).sort()) {
        if (!/\.(html|md|txt)$/.test(f)) continue;
        for (let copy = 0; copy < 3; copy++) {
          const to = path.join(archive, `copy${copy}`, folder);
          mkdirSync(to, { recursive: true });
          copyFileSync(path.join(FIXTURES, folder, f), path.join(to, f));
        }
      }
    }
    const full = path.join(tmp.dir, 'archive-full');
    const resumed = path.join(tmp.dir, 'archive-resumed');
    const whole = await cli([archive, '-o', full, '-f', 'json', '-q']);
    expect(whole.code).toBe(0);
    const expected = readdirSync(full).sort();
    expect(expected.length).toBeGreaterThan(150);
    expect(expected.filter((f) => /-3\.json$/.test(f)).length).toBeGreaterThan(20);

    const sent = { at: null as number | null };
    const stopped = await cli([archive, '-o', resumed, '-f', 'json', '-j', '2'], {
      whileRunning: signalAfter(resumed, Math.floor(expected.length / 3), 'SIGINT', sent),
    });
    expect(stopped.code).toBe(130);
    const partial = readdirSync(resumed);
    expect(partial.length).toBeLessThan(expected.length);
    expect(leftovers(resumed)).toEqual([]);

    const again = await cli([archive, '-o', resumed, '-f', 'json', '--skip-existing']);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(new RegExp(`done ${expected.length - partial.length}, failed 0, skipped ${partial.length}`));
    expect(readdirSync(resumed).sort()).toEqual(expected);
    for (const f of expected) expect(readFileSync(path.join(resumed, f), 'utf8'), f).toBe(readFileSync(path.join(full, f), 'utf8'));
  }, 180_000);
});
