import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  copyOptionsOf,
  copyPayload,
  displayTime,
  downloadName,
  downloadPayload,
  markdownFor,
  metaParts,
  videoCopy,
  type CopyOptions,
} from '../../../src/ext/format';
import { CITATION_STYLES as SETTINGS_CITATION_STYLES, DEFAULT_SETTINGS } from '../../../src/ext/settings';
import { CITATION_STYLES, formatCitation } from '../../../src/render/citation';
import { renderMarkdown } from '../../../src/render/markdown';
import { renderCopyText } from '../../../src/render/text';
import { makeArticle } from './helpers';

const opts: CopyOptions = {
  markdownImages: true,
  markdownMeta: 'none',
  textTitleLine: false,
  citationStyle: 'plain',
  citationTemplate: DEFAULT_SETTINGS.citationTemplate,
  accessed: new Date(2026, 10, 26, 9, 30),
};
const lines = (s: string) => s.split('\n');

describe('copy and download formats (the options a user sets, routed to the renderers)', () => {
  test('text, Markdown and citation payloads', () => {
    const a = makeArticle();
    expect(copyPayload(a, 'text', opts)).toBe(a.text);
    expect(copyPayload(a, 'markdown', opts)).toBe(markdownFor(a, opts));
    expect(lines(copyPayload(a, 'markdown', opts))[0]).toBe('# 测试公司半年报营收增长');
    const cite = copyPayload(a, 'citation', opts);
    expect(cite.startsWith(`${a.text}\n\n`)).toBe(true);
    expect(cite).toContain('测试公司半年报营收增长');
    expect(cite).toContain(a.url!);
    expect(copyPayload(a, 'citation', { ...opts, citationStyle: 'apa' })).toContain('(2021, August 24)');
  });

  test('Markdown metadata: a header line under the title, a front matter, or nothing', () => {
    const a = makeArticle();
    const header = lines(markdownFor(a, { ...opts, markdownMeta: 'header' }));
    expect(header[0]).toBe('# 测试公司半年报营收增长');
    expect(header[2]).toContain('新京报');
    expect(header[2]).toContain('2021-08-24 15:57');
    expect(header[2]).toContain(a.url!);
    const fm = markdownFor(a, { ...opts, markdownMeta: 'front-matter' });
    const front = fm.slice(0, fm.indexOf('\n---', 3) + 4);
    expect(front.startsWith('---\n')).toBe(true);
    for (const v of ['测试公司半年报营收增长', '新京报', '2021-08-24T15:57:27+08:00', a.url!]) expect(front).toContain(v);
    const none = markdownFor(a, opts);
    expect(none).not.toContain('新京报');
    expect(none).not.toMatch(/^---/);
  });

  test('Markdown without images leaves no picture and no orphan caption', () => {
    const md = markdownFor(makeArticle(), { ...opts, markdownImages: false });
    expect(md).not.toContain('![');
    expect(md).not.toContain('图一');
    expect(md).toContain('## 小标题');
    expect(md).not.toMatch(/\n{3,}/);
  });

  test('text copy can open with the title and a source · time line', () => {
    const a = makeArticle();
    expect(lines(copyPayload(a, 'text', { ...opts, textTitleLine: true })).slice(0, 4)).toEqual([
      a.title,
      '新京报 · 2021-08-24 15:57',
      '',
      '第一段正文。',
    ]);
  });

  test('a custom citation template is filled, with the access date; unknown placeholders stay as typed', () => {
    const a = makeArticle();
    const cite = copyPayload(a, 'citation', { ...opts, citationStyle: 'custom', citationTemplate: '{source}：《{title}》，{date} {time}，{url}（{accessed} 引用）{nope}' });
    expect(lines(cite).at(-1)).toBe(`新京报：《测试公司半年报营收增长》，2021-08-24 15:57，${a.url}（2026-11-26 引用）{nope}`);
  });

  test('the settings give the copy options, the access date is the day of copying', () => {
    const now = new Date();
    expect(copyOptionsOf({ ...DEFAULT_SETTINGS, markdownMeta: 'front-matter', textTitleLine: true }, now)).toEqual({
      markdownImages: true,
      markdownMeta: 'front-matter',
      textTitleLine: true,
      citationStyle: 'plain',
      citationTemplate: DEFAULT_SETTINGS.citationTemplate,
      accessed: now,
    });
  });

  test('a video article copies as its title, the video link and the page link', () => {
    const a = makeArticle({ blocks: [{ type: 'video', title: '发布会', href: 'https://video.sina.com.cn/p/x.html', poster: null }], text: '' });
    expect(videoCopy(a)).toBe(`测试公司半年报营收增长\n视频：发布会 https://video.sina.com.cn/p/x.html\n${a.url}`);
  });

  test('meta line and time as the page wrote it (Beijing time)', () => {
    expect(displayTime('2021-08-24T15:57:27+08:00')).toBe('2021-08-24 15:57');
    expect(displayTime(null)).toBe('');
    expect(metaParts(makeArticle({ source: null, authors: [] }))).toEqual(['2021-08-24 15:57']);
  });

  test('every format is the renderers\' own: no rule of theirs written again here', () => {
    const a = makeArticle();
    const accessed = opts.accessed!;
    for (const metadata of ['none', 'header', 'front-matter'] as const) {
      for (const images of [true, false]) {
        expect(markdownFor(a, { markdownImages: images, markdownMeta: metadata })).toBe(renderMarkdown(a, { images, metadata }).trimEnd());
      }
    }
    for (const titleLine of [true, false]) expect(copyPayload(a, 'text', { ...opts, textTitleLine: titleLine })).toBe(renderCopyText(a, { titleLine }));
    for (const style of CITATION_STYLES) {
      const template = '{authors}：{title}（{source}，{date}）{accessed}';
      expect(lines(copyPayload(a, 'citation', { ...opts, citationStyle: style, citationTemplate: template })).at(-1)).toBe(
        formatCitation(a, style, { template, accessed }),
      );
    }
    // The settings offer exactly the renderers' citation styles.
    expect([...SETTINGS_CITATION_STYLES].sort()).toEqual([...CITATION_STYLES].sort());
  });

  test('page text in the copied header and title lines is escaped and neutralised like the body', () => {
    // A source with Markdown syntax stays text in the header line (it was written raw before).
    const a = makeArticle({ source: '财经*周刊*_[内参]_' });
    const header = lines(markdownFor(a, { ...opts, markdownMeta: 'header' }))[2]!;
    expect(header.startsWith('财经\\*周刊\\*\\_\\[内参\\]\\_ · 2021-08-24 15:57')).toBe(true);
    // A bidi override or an escape character from the page never reaches the clipboard (it did in the title line).
    const b = makeArticle({ title: '标题\u202e反转\u001b[31m', source: '新京报\u0007' });
    const text = copyPayload(b, 'text', { ...opts, textTitleLine: true });
    expect(lines(text).slice(0, 2)).toEqual(['标题反转[31m', '新京报 · 2021-08-24 15:57']);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u202a-\u202e]/);
  });

  test('download names are safe file names', () => {
    const a = makeArticle({ title: 'A/B:C*?"<>|\u0007\u202e 标题', docId: 'iabc' });
    expect(downloadName(a, 'md')).toBe('iabc-A B C 标题.md');
    expect(downloadName(makeArticle({ title: '', docId: null }), 'txt')).toBe('article.txt');
  });

  test('download bodies', () => {
    const a = makeArticle();
    expect(JSON.parse(downloadPayload(a, 'json', opts).body)).toEqual(a);
    expect(downloadPayload(a, 'md', opts).body.startsWith('# 测试公司半年报营收增长')).toBe(true);
    expect(downloadPayload(a, 'md', opts).body.endsWith('\n')).toBe(true);
    const txt = downloadPayload(a, 'txt', opts);
    expect(txt.mime).toContain('text/plain');
    expect(txt.body).toContain(a.text);
    expect(lines(txt.body)[0]).toBe(a.title);
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
    const files = [
      'src/ext/popup.ts', 'src/ext/options.ts', 'src/ext/content.ts', 'src/ext/messages.ts', 'src/ext/reader/view.ts',
      'entrypoints/background.ts', 'entrypoints/popup/main.ts', 'entrypoints/options/main.ts',
      'src/ext/library-client.ts', 'src/library/page.ts', 'entrypoints/library/main.ts',
    ];
    const used = new Set<string>();
    for (const f of files) {
      const src = readFileSync(new URL(`../../../${f}`, import.meta.url), 'utf8');
      for (const m of src.matchAll(/\bt(?:r)?\('([A-Za-z_]+)'/g)) used.add(m[1]!);
      for (const m of src.matchAll(/\{ key: '([A-Za-z_]+)'/g)) used.add(m[1]!);
      // select(testid, labelKey, …) and checkbox(testid, labelKey, …)
      for (const m of src.matchAll(/(?:select|checkbox)\('[\w-]+', '(\w+)'/g)) used.add(m[1]!);
      // Keys handed to helpers (labels, option lists) by naming convention.
      for (const m of src.matchAll(/'((?:opt|cite|format|width|theme|popup|reader|speak|fail|badge|actionTitle|lib|saved)[A-Z]\w*)'/g)) used.add(m[1]!);
    }
    // Keys built from a value: per article kind, per Markdown metadata choice, per citation style.
    for (const kind of ['text', 'video', 'gallery', 'notice']) for (const p of ['readerEmpty_', 'popupKind_', 'popupKindShort_']) used.add(p + kind);
    for (const m of ['header', 'front_matter', 'none']) used.add(`mdMeta_${m}`);
    for (const c of ['plain', 'gb7714', 'apa', 'custom']) used.add(`cite_${c}`);
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
