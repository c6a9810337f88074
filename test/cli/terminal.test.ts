/**
 * What reaches the terminal: escapes and bidi controls from input neutralised, and a progress
 * line measured in display columns.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExtractError } from '../../src/article';
import { runBatch } from '../../src/cli/batch';
import { displayWidth, safeLine, safeText, truncateToWidth, usableColumns } from '../../src/cli/terminal';
import { article, fakeExtract, runMain, tempDir } from './helpers';

const ESC = '\u001b';
const BEL = '\u0007';

/** Nothing a terminal would act on: no C0 control but line feed, no DEL/C1, no bidi control. */
function inert(s: string): boolean {
  return !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(s);
}

describe('safeLine / safeText', () => {
  it('shows escapes, bells, C1 controls and bidi overrides as visible text', () => {
    expect(safeLine(`a${ESC}]0;pwned${BEL}b`)).toBe('a\\x1b]0;pwned\\x07b');
    expect(safeLine(`${ESC}[2J`)).toBe('\\x1b[2J');
    expect(safeLine('\u009b31m')).toBe('\\x9b31m');
    expect(safeLine('abc\u202edcba')).toBe('abc\\u202edcba');
    expect(safeLine('line\nbreak\r')).toBe('line\\x0abreak\\x0d');
    expect(safeLine('新浪财经 · ok')).toBe('新浪财经 · ok');
  });

  it('a document keeps its line feeds and tabs', () => {
    expect(safeText(`p1\n\n\tp2${ESC}[31m\u2067`)).toBe('p1\n\n\tp2\\x1b[31m\\u2067');
  });
});

describe('display width', () => {
  it('counts East Asian wide characters as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('新浪财经')).toBe(8);
    expect(displayWidth('ｆｕｌｌ')).toBe(8);
  });

  it('truncateToWidth cuts by columns, never inside a character, and marks the cut', () => {
    const s = `done 3 · 保存的页面/${'新浪财经'.repeat(20)}.html`;
    for (const cols of [10, 11, 40, 79]) {
      const cut = truncateToWidth(s, cols);
      expect(displayWidth(cut), String(cols)).toBeLessThanOrEqual(cols);
      expect(displayWidth(cut), String(cols)).toBeGreaterThanOrEqual(cols - 1);
      expect(cut.endsWith('…')).toBe(true);
    }
    expect(truncateToWidth('short', 80)).toBe('short');
  });

  it('a 0-column or unknown terminal gets 80 columns, not a lone ellipsis', () => {
    expect(usableColumns(0)).toBe(79);
    expect(usableColumns(undefined)).toBe(79);
    expect(usableColumns(120)).toBe(119);
  });
});

describe('the progress line', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  async function progressLines(columns: number | undefined, files: string[], extract = fakeExtract): Promise<string[]> {
    const stderr = Object.assign(new PassThrough(), { columns });
    let err = '';
    stderr.on('data', (d: Buffer) => (err += d.toString('utf8')));
    await runBatch({
      inputs: files,
      stdout: null,
      stderr,
      progress: true,
      progressIntervalMs: 0,
      inProcess: true,
      extract,
    });
    // Each redraw is "\r\x1b[K" + the line; the summary follows the last clear.
    return err
      .split('\r\u001b[K')
      .slice(1, -1)
      .filter((l) => l !== '');
  }

  it('is cut by display width: a line of Chinese file names never wraps at 80 columns', async () => {
    const sub = path.join(dir, '新浪财经保存的页面'.repeat(3));
    mkdirSync(sub);
    const files: string[] = [];
    for (let i = 0; i < 3; i++) {
      const f = path.join(sub, `第${i}篇文章：上海金融局局长着手开展资本市场的金融科技创新监管试点.html`);
      writeFileSync(f, `<doc id="d${i}">t${i}</doc>`);
      files.push(f);
    }
    const lines = await progressLines(80, files);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.length).toBeLessThan(80); // the old cut: characters, not columns
      expect(displayWidth(line), line).toBeLessThanOrEqual(79);
      expect(line).not.toContain('\n');
    }
  });

  it('on a 0-column pty the line still says something', async () => {
    const f = path.join(dir, 'a.html');
    writeFileSync(f, '<doc id="a">a</doc>');
    const g = path.join(dir, 'b.html');
    writeFileSync(g, '<doc id="b">b</doc>');
    const lines = await progressLines(0, [f, g]);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^done \d+, failed \d+, skipped \d+ · /);
  });

  it('titles and file names in it are neutralised', async () => {
    const f = path.join(dir, `evil${ESC}]0;owned${BEL}.html`);
    writeFileSync(f, 'x');
    const g = path.join(dir, 'g.html');
    writeFileSync(g, 'y');
    const lines = await progressLines(200, [f, g], () => article({ title: `标题${ESC}[2J\u202e反转`, text: 't' }));
    expect(lines.some((l) => l.includes('evil\\x1b]0;owned\\x07.html'))).toBe(true);
    expect(lines.some((l) => l.includes('标题\\x1b[2J\\u202e反转'))).toBe(true);
    for (const l of lines) expect(inert(l), l).toBe(true);
  });
});

describe('everything printed from input is neutralised', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('file names, engine messages and decode notes in the summary and in single-input errors', async () => {
    const evil = path.join(dir, `a${ESC}[2J${BEL}\u202e.html`);
    writeFileSync(evil, 'x');
    const ok = path.join(dir, 'b.html');
    writeFileSync(ok, '<doc>b</doc>');
    const extract = (html: string) => {
      if (html === 'x') throw new ExtractError('not-an-article', `bad ${ESC}]8;;http://evil${BEL}link`);
      return fakeExtract(html);
    };
    const batch = await runMain([evil, ok, '-f', 'jsonl'], { extract });
    expect(inert(batch.stderr), batch.stderr).toBe(true);
    expect(batch.stderr).toContain('a\\x1b[2J\\x07\\u202e.html: not an article (bad \\x1b]8;;http://evil\\x07link)');
    const single = await runMain([evil], { extract });
    expect(inert(single.stderr)).toBe(true);
    const missing = await runMain([path.join(dir, `gone${ESC}c`)]);
    expect(inert(missing.stderr)).toBe(true);
    expect(missing.stderr).toContain('gone\\x1bc: not found');
  });

  it('usage errors quote the argument safely', async () => {
    const r = await runMain([`--${ESC}[31mbad`]);
    expect(r.code).toBe(2);
    expect(inert(r.stderr)).toBe(true);
    const v = await runMain(['--jobs', `1${ESC}c`, 'a.html']);
    expect(inert(v.stderr)).toBe(true);
  });

  it('text output to a terminal is neutralised; to a pipe or a file it is the article as extracted', async () => {
    const f = path.join(dir, 'a.html');
    writeFileSync(f, 'x');
    const extract = () => article({ text: `正文${ESC}]0;title${BEL}\n\n第二段`, markdown: `# t\n\n正文${ESC}[2J` });
    const tty = await runMain([f, '-f', 'text'], { extract, stdoutIsTTY: true });
    expect(tty.stdout).toBe('正文\\x1b]0;title\\x07\n\n第二段\n');
    const pipe = await runMain([f, '-f', 'text'], { extract, stdoutIsTTY: false });
    expect(pipe.stdout).toBe(`正文${ESC}]0;title${BEL}\n\n第二段\n`);
  });
});
