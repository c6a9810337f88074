import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { copyPayload, displayTime, downloadName, downloadPayload, markdownFor, metaParts } from '../../../src/ext/format';
import { makeArticle } from './helpers';

const opts = { markdownImages: true, citationStyle: 'plain' as const };

describe('copy and download formats', () => {
  test('text, Markdown and citation payloads', () => {
    const a = makeArticle();
    expect(copyPayload(a, 'text', opts)).toBe(a.text);
    expect(copyPayload(a, 'markdown', opts)).toBe(a.markdown);
    const cite = copyPayload(a, 'citation', opts);
    expect(cite.startsWith(a.text)).toBe(true);
    expect(cite).toContain('《测试公司半年报营收增长》');
    expect(cite).toContain(a.url!);
    expect(copyPayload(a, 'citation', { ...opts, citationStyle: 'apa' })).toContain('(2021, August 24)');
  });

  test('Markdown without images drops image lines only', () => {
    const md = markdownFor(makeArticle(), false);
    expect(md).not.toContain('![');
    expect(md).toContain('## 小标题');
    expect(md).not.toMatch(/\n{3,}/);
  });

  test('meta line and time as the page wrote it (Beijing time)', () => {
    expect(displayTime('2021-08-24T15:57:27+08:00')).toBe('2021-08-24 15:57');
    expect(displayTime(null)).toBe('');
    expect(metaParts(makeArticle({ source: null, authors: [] }))).toEqual(['2021-08-24 15:57']);
  });

  test('download names are safe file names', () => {
    const a = makeArticle({ title: 'A/B:C*?"<>|\u0007 标题', docId: 'iabc' });
    expect(downloadName(a, 'md')).toBe('iabc-A B C 标题.md');
    expect(downloadName(makeArticle({ title: '', docId: null }), 'txt')).toBe('article.txt');
  });

  test('download bodies', () => {
    const a = makeArticle();
    expect(JSON.parse(downloadPayload(a, 'json', opts).body)).toEqual(a);
    expect(downloadPayload(a, 'md', opts).body.startsWith('# 测试公司半年报营收增长')).toBe(true);
    const md = downloadPayload(makeArticle({ markdown: '正文' }), 'md', opts).body;
    expect(md).toBe('# 测试公司半年报营收增长\n\n正文\n');
    const txt = downloadPayload(a, 'txt', opts);
    expect(txt.mime).toContain('text/plain');
    expect(txt.body).toContain(a.text);
    expect(txt.body.split('\n')[0]).toBe(a.title);
  });
});

describe('locales', () => {
  const root = new URL('../../../public/_locales/', import.meta.url);
  const load = (l: string) => JSON.parse(readFileSync(new URL(`${l}/messages.json`, root), 'utf8')) as Record<string, { message: string }>;

  test('zh_CN and en carry the same keys, all non-empty', () => {
    const zh = load('zh_CN');
    const en = load('en');
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const [k, v] of Object.entries({ ...zh, ...en })) expect(v.message.trim(), k).not.toBe('');
    expect(readdirSync(root).sort()).toEqual(['en', 'zh_CN']);
  });

  test('every string key used in the extension code exists', () => {
    const zh = load('zh_CN');
    const files = ['src/ext/popup.ts', 'src/ext/options.ts', 'src/render/reader-view.ts', 'entrypoints/background.ts', 'entrypoints/popup/main.ts', 'entrypoints/options/main.ts'];
    const used = new Set<string>();
    for (const f of files) {
      const src = readFileSync(new URL(`../../../${f}`, import.meta.url), 'utf8');
      for (const m of src.matchAll(/\bt(?:r)?\('([A-Za-z_]+)'/g)) used.add(m[1]!);
      for (const m of src.matchAll(/\{ key: '([A-Za-z_]+)'/g)) used.add(m[1]!);
      // Keys handed to helpers (labels, option lists) by naming convention.
      for (const m of src.matchAll(/'((?:opt|cite|format|width|theme|popup|reader)[A-Z]\w*)'/g)) used.add(m[1]!);
    }
    for (const k of ['readerEmpty_text', 'readerEmpty_video', 'readerEmpty_gallery', 'readerEmpty_notice']) used.add(k);
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter((k) => !(k in zh));
    expect(missing).toEqual([]);
  });

  test('store texts fit the limits (Chrome: description <= 132 characters)', () => {
    for (const l of ['zh_CN', 'en']) {
      const m = load(l);
      expect(m.extName!.message.length).toBeLessThanOrEqual(45);
      expect(m.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });
});
