/**
 * Output names that are safe on every system, and stdout framing that article text cannot forge.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/main';
import { escapeHeaderLines } from '../../src/cli/format';
import { NameRegistry, safeStem } from '../../src/cli/names';
import { article, fakeExtract, runMain, tempDir } from './helpers';

describe('safeStem', () => {
  it.each([
    ['CON', '_CON'],
    ['con', '_con'],
    ['nul', '_nul'],
    ['NUL.tar', '_NUL.tar'],
    ['aux ', '_aux'],
    ['com1', '_com1'],
    ['LPT9', '_LPT9'],
    ['com¹', '_com¹'],
    ['conin$', '_conin$'],
    ['console', 'console'],
    ['-rf', '_rf'],
    ['--help', '_-help'],
    ['.hidden', '_hidden'],
    ['..', 'article'],
    ['name...', 'name'],
    ['name. . ', 'name'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j'],
    ['tab\there\nnewline', 'tab_here_newline'],
    ['esc\u001b]0;title\u0007', 'esc_]0;title_'],
    ['report\u202egpj.exe', 'report_gpj.exe'],
    ['iso\u2066late\u2069', 'iso_late_'],
    ['zero\u200bwidth', 'zero_width'],
    ['', 'article'],
    ['   ', 'article'],
    ['ikqcfncc4763514', 'ikqcfncc4763514'],
    ['上海金融局', '上海金融局'],
  ])('%j -> %j', (raw, want) => {
    expect(safeStem(raw)).toBe(want);
  });

  it('is NFC and at most 150 UTF-8 bytes, cut between characters', () => {
    expect(safeStem('e\u0301')).toBe('\u00e9');
    const long = safeStem('财'.repeat(100));
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(150);
    expect(long).toBe('财'.repeat(50));
    expect(safeStem(`${'a'.repeat(149)}.  x`).endsWith('.')).toBe(false);
  });
});

describe('NameRegistry', () => {
  it('first come keeps the name; later ones get -2, -3, skipping names others hold', () => {
    const names = new NameRegistry();
    expect(names.claim('x', 'a', null)).toEqual({ stem: 'x', renamed: null });
    expect(names.claim('x-2', 'b', null)).toEqual({ stem: 'x-2', renamed: null });
    expect(names.claim('x', 'c', null)).toEqual({ stem: 'x-3', renamed: { wanted: 'x', by: 'a', sameDoc: false } });
    expect(names.claim('X', 'd', 'doc')).toEqual({ stem: 'X-4', renamed: { wanted: 'X', by: 'a', sameDoc: false } });
    expect(names.claim('doc', 'e', 'doc').renamed).toBeNull();
    expect(names.claim('doc', 'f', 'doc').renamed).toEqual({ wanted: 'doc', by: 'e', sameDoc: true });
  });
});

describe('--out names from hostile docIds and file names', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('CON, nul, a leading dash and U+202E never reach the file system as they are', async () => {
    const inputs = ['CON', 'nul', '-rf', 'x\u202egpj.exe', '..'].map((id, i) => {
      const file = path.join(dir, `in-${i}.html`);
      return { file, id };
    });
    for (const { file, id } of inputs) writeFileSync(file, `<doc id="${id}">text of ${id}</doc>`);
    const out = path.join(dir, 'out');
    const r = await runMain([...inputs.map((i) => i.file), '-o', out, '-f', 'text'], { extract: fakeExtract });
    expect(r.code).toBe(EXIT.ok);
    expect(readdirSync(out).sort()).toEqual(['_CON.txt', '_nul.txt', '_rf.txt', 'article.txt', 'x_gpj.exe.txt']);
    expect(readFileSync(path.join(out, '_rf.txt'), 'utf8')).toBe('text of -rf\n');
  });
});

describe('multi-document stdout cannot be forged by article text', () => {
  it('escapeHeaderLines adds one backslash to lines that could read as a header, and only to those', () => {
    expect(escapeHeaderLines('a\n==> other.html <==\nb')).toBe('a\n\\==> other.html <==\nb');
    expect(escapeHeaderLines('\\==> x <==')).toBe('\\\\==> x <==');
    expect(escapeHeaderLines('x ==> y <==\n => z')).toBe('x ==> y <==\n => z');
  });

  it('a paragraph "==> other.html <==" in text and Markdown output stays inside its document', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const a = path.join(dir, 'a.html');
      const b = path.join(dir, 'b.html');
      writeFileSync(a, '<doc>x</doc>');
      writeFileSync(b, '<doc>y</doc>');
      const forged = (html: string) =>
        html.includes('x')
          ? article({ text: 'first\n\n==> other.html <==\n\nforged', markdown: '# A\n\n==> other.html <==\n\nforged' })
          : article({ text: 'second', markdown: '# B\n\nsecond' });
      for (const format of ['text', 'markdown']) {
        const r = await runMain([a, b, '-f', format], { extract: forged });
        expect(r.code).toBe(EXIT.ok);
        const headers = r.stdout.split('\n').filter((l) => l.startsWith('==> '));
        expect(headers, format).toEqual([`==> ${a} <==`, `==> ${b} <==`]);
        expect(r.stdout).toContain('\n\\==> other.html <==\n');
      }
    } finally {
      cleanup();
    }
  });

  it('a file name with a line break cannot start a header line of its own', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const evil = path.join(dir, 'a <==\n==> b.html');
      const plain = path.join(dir, 'c.html');
      writeFileSync(evil, '<doc>x</doc>');
      writeFileSync(plain, '<doc>y</doc>');
      const r = await runMain([evil, plain, '-f', 'text'], { extract: fakeExtract });
      const headers = r.stdout.split('\n').filter((l) => l.startsWith('==> '));
      expect(headers).toEqual([`==> ${dir}/a <==\\x0a==> b.html <==`, `==> ${plain} <==`]);
    } finally {
      cleanup();
    }
  });
});
