/**
 * `--explain`: the engine's trace, in order, readable, localised, and safe for the terminal.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExtractOptions, TraceEntry } from '../../src/article';
import { renderExplain } from '../../src/cli/explain';
import { EXIT } from '../../src/cli/main';
import { article, runMain, tempDir } from './helpers';

const TRACE: TraceEntry[] = [
  { stage: 'strip', rule: 'drop.appendQr', action: 'remove', reason: 'QR box promoting the app', text: '海量资讯、精准解读，尽在新浪财经APP' },
  { stage: 'lines', rule: 'line.editor', action: 'move', reason: 'the editor line is metadata', text: '责任编辑：尹悦', field: 'editor', value: '尹悦' },
  { stage: 'metadata', rule: 'meta.publishedAt.shown', action: 'choose', reason: 'the time printed on the page', field: 'publishedAt', value: '2021-08-24T15:57:00+08:00' },
  { stage: 'clean', rule: 'promo.evil', action: 'remove', reason: 'escape \u001b[2J in a reason', text: 'text \u202e with an override' },
];

let seen: ExtractOptions | undefined;
function tracingExtract(_html: string, options?: ExtractOptions) {
  seen = options;
  return article({ template: 'pc-2017', title: 't', text: 'x', ...(options?.trace ? { trace: TRACE } : {}) });
}

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('--explain FILE', () => {
  it('asks the engine for a trace and prints every step in order with rule, action, reason and text', async () => {
    const f = path.join(dir, 'page.html');
    writeFileSync(f, '<p>x</p>');
    const r = await runMain(['--explain', f], { extract: tracingExtract, env: { LANG: 'en_US.UTF-8' } });
    expect(r.code).toBe(EXIT.ok);
    expect(seen?.trace).toBe(true);
    expect(r.stdout).toBe(
      [
        `${f}: template pc-2017, 4 steps in page order`,
        '',
        '  1. remove  strip     drop.appendQr',
        '     why:  QR box promoting the app',
        '     text: “海量资讯、精准解读，尽在新浪财经APP”',
        '  2. move    lines     line.editor',
        '     why:  the editor line is metadata',
        '     text: “责任编辑：尹悦”',
        '     set:  editor = 尹悦',
        '  3. choose  metadata  meta.publishedAt.shown',
        '     why:  the time printed on the page',
        '     set:  publishedAt = 2021-08-24T15:57:00+08:00',
        '  4. remove  clean     promo.evil',
        '     why:  escape \\x1b[2J in a reason',
        '     text: “text \\u202e with an override”',
        '',
      ].join('\n'),
    );
  });

  it('labels in Chinese under a zh locale', async () => {
    const f = path.join(dir, 'page.html');
    writeFileSync(f, '<p>x</p>');
    const r = await runMain(['--explain', f], { extract: tracingExtract, env: { LANG: 'zh_CN.UTF-8' } });
    expect(r.stdout).toContain('：模板 pc-2017，按页面顺序共 4 步');
    expect(r.stdout).toContain('  1. 删除  预清理  drop.appendQr\n');
    expect(r.stdout).toContain('     原因：QR box promoting the app\n');
    expect(r.stdout).toContain('     取值：publishedAt = 2021-08-24T15:57:00+08:00\n');
  });

  it('says so when the engine recorded nothing', () => {
    expect(renderExplain(article({ template: 'fragment' }), 'a.html', 'en')).toBe(
      'a.html: template fragment, 0 steps in page order\n  the engine recorded no steps for this input\n',
    );
  });

  it('a failure is reported like any other', async () => {
    const f = path.join(dir, 'empty.html');
    writeFileSync(f, '');
    const r = await runMain(['--explain', f], { extract: tracingExtract });
    expect(r.code).toBe(EXIT.someFailed);
    expect(r.stderr).toBe(`sina-clean: ${f}: empty (no bytes)\n`);
  });

  it.each([[['--explain', 'a.html', 'b.html']], [['--explain', 'a.html', '-o', 'out']]])('takes exactly one input: %j', async (argv) => {
    const r = await runMain(argv);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toContain('--explain takes exactly one input');
  });
});
