/**
 * Help and messages follow the locale; one error prefix; the help tells the truth about reasons,
 * limits and exit codes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { detectLang, LISTED_REASONS, messages } from '../../src/cli/i18n';
import { EXIT } from '../../src/cli/main';
import { fakeExtract, runMain, tempDir } from './helpers';

const ZH = { LANG: 'zh_CN.UTF-8' };
const EN = { LANG: 'en_US.UTF-8' };

describe('detectLang', () => {
  it.each([
    [{}, 'en'],
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_TW.Big5' }, 'zh'],
    [{ LANG: 'C.UTF-8' }, 'en'],
    [{ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh'],
    [{ LC_ALL: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en'],
    [{ LC_ALL: 'zh_CN.UTF-8', LANG: 'C' }, 'zh'],
    [{ LC_ALL: '', LANG: 'zh_SG.UTF-8' }, 'zh'],
  ])('%j -> %s', (env, want) => {
    expect(detectLang(env)).toBe(want);
  });

  it('the Chinese table has every message of the English one', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(messages('zh'))).toEqual(keys(messages('en')));
    for (const k of ['reason', 'reasonHelp', 'stage', 'action', 'tag', 'fileKind', 'extraCount'] as const) {
      expect(keys(messages('zh')[k]), k).toEqual(keys(messages('en')[k]));
    }
  });
});

describe('--help', () => {
  it('in Chinese under a zh locale: says what the tool is for, every option described in Chinese', async () => {
    const r = await runMain(['--help'], { env: ZH });
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain('新浪财经文章净化');
    expect(r.stdout).toMatch(/^用法：/);
    expect(r.stdout).toContain('选项：');
    expect(r.stdout).toContain('退出码：');
    expect(r.stdout).not.toContain('display help for command');
    expect(r.stdout).not.toContain('output the version number');
    expect(r.stdout).not.toContain('(default:');
    for (const line of r.stdout.split('\n').filter((l) => /^\s+-/.test(l))) expect(line, line).toMatch(/\p{Script=Han}/u);
  });

  it('in English otherwise, with the same purpose line', async () => {
    const r = await runMain(['--help'], { env: EN });
    expect(r.stdout).toMatch(/^Usage: sina-clean/);
    expect(r.stdout).toContain('新浪财经文章净化');
    expect(r.stdout).toContain('Exit codes:');
  });

  it('lists every failure reason the tool can report, in both languages', async () => {
    for (const env of [EN, ZH]) {
      const r = await runMain(['--help'], { env });
      const t = messages(env === ZH ? 'zh' : 'en');
      for (const reason of LISTED_REASONS) expect(r.stdout, reason).toContain(`    ${t.reason[reason]} `);
      for (const name of ['read failed', 'crashed', 'bad input', 'too complex', 'timed out', 'too large', 'special file']) {
        if (env === EN) expect(r.stdout).toContain(name);
      }
    }
  });

  it('documents every option', async () => {
    const r = await runMain(['--help'], { env: EN });
    for (const flag of ['--format', '--out', '--force', '--skip-existing', '--since', '--until', '--dedupe', '--explain', '--jobs', '--url', '--timeout', '--max-size', '--quiet', '--no-progress', '--version', '--help']) {
      expect(r.stdout).toContain(flag);
    }
  });
});

describe('one error prefix, in the user language', () => {
  it.each([
    [['--bogus'], "sina-clean: unknown option '--bogus'", "sina-clean: 未知选项 '--bogus'"],
    [['--forc', 'a.html'], '(did you mean --force?)', '（是不是 --force？）'],
    [['--jobs', '0', 'a.html'], "sina-clean: option '-j, --jobs <n>': '0' is not valid: expected a whole number ≥ 1", '应为 ≥ 1 的整数'],
    [['--format', 'pdf', 'a.html'], "'pdf' is not valid: expected one of markdown, text, json, jsonl, html", '应为 markdown, text, json, jsonl, html 之一'],
    [['--since', '2021-02-30', 'a.html'], "'2021-02-30' is not valid", '无效'],
    [['--out'], "sina-clean: option '-o, --out <dir>' needs a value", '需要一个值'],
    [['--force', 'a.html'], 'sina-clean: --force and --skip-existing only apply with --out', '只能与 --out 一起使用'],
  ])('%j', async (argv, en, zh) => {
    const e = await runMain(argv, { env: EN });
    expect(e.code).toBe(EXIT.usage);
    expect(e.stderr).toContain(en);
    expect(e.stderr).not.toMatch(/^error:/m);
    expect(e.stderr).toContain('(run sina-clean --help for usage)');
    const z = await runMain(argv, { env: ZH });
    expect(z.code).toBe(EXIT.usage);
    expect(z.stderr).toContain(zh);
    expect(z.stderr).toMatch(/^sina-clean: /);
    expect(z.stderr).toContain('（运行 sina-clean --help 查看用法）');
  });
});

describe('batch messages in Chinese', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('summary, reasons and counts', async () => {
    mkdirSync(path.join(dir, 'in'));
    writeFileSync(path.join(dir, 'in/a.html'), '<doc id="a">正文</doc>');
    writeFileSync(path.join(dir, 'in/b.html'), '<p>不是</p>');
    writeFileSync(path.join(dir, 'in/c.html'), '');
    const r = await runMain([path.join(dir, 'in'), '-f', 'jsonl'], { env: ZH, extract: fakeExtract });
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.stderr).toMatch(/^sina-clean: 完成 1，失败 2，跳过 0（[\d.]+ 秒）\n/);
    expect(r.stderr).toContain(`  失败 ${path.join(dir, 'in/b.html')}：不是文章（no <doc> element）`);
    expect(r.stderr).toContain(`  失败 ${path.join(dir, 'in/c.html')}：空内容（没有字节）`);
    expect(r.stderr).toContain('  模板 fragment 1');
    expect(r.stderr).toContain('  来源 （无来源） 1');
  });
});
