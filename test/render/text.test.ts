/**
 * Text output and terminal safety: what renderText, renderCopyText and every other renderer write
 * carries no control, escape or bidi-override character from the page, whatever the Article holds.
 */
import { describe, expect, it } from 'vitest';
import type { Article, Block } from '../../src/article';
import { formatCitation } from '../../src/render/citation';
import { renderHtml } from '../../src/render/html';
import { renderMarkdown } from '../../src/render/markdown';
import { isNeutral, neutralize, safeHttpUrl } from '../../src/render/safe';
import { blockText, renderCopyText, renderText } from '../../src/render/text';
import { article } from './helpers';

/** Anything a terminal or a bidi-aware viewer would act on. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Terminal escapes (clear screen, window title, hyperlink, 8-bit CSI), bidi overrides, odd breaks. */
const NASTY = [
  '\u001b[2J\u001b[H清屏',
  '\u001b]0;窗口标题\u0007',
  '\u001b]8;;https://evil.example\u001b\\链接\u001b]8;;\u001b\\',
  '\u009b31m红色',
  '\u0007响铃\u0008退格\u0000空',
  'abc\u202eexe.txt',
  '\u2066隔离\u2069\u202a嵌入\u202c\u202d覆盖\u202c',
  '行一\r\n行二\r行三\u2028行四\u2029行五\u0085行六\u000b行七\u000c行八',
  '孤立代理\ud800尾',
  '\udfff开头',
  '\u007f删除',
];

describe('neutralize', () => {
  it('removes control, escape and bidi-override characters and unifies line breaks', () => {
    expect(neutralize('\u001b[2J\u001b[H清屏')).toBe('[2J[H清屏');
    expect(neutralize('\u001b]0;窗口标题\u0007')).toBe(']0;窗口标题');
    expect(neutralize('\u009b31m红色')).toBe('31m红色');
    expect(neutralize('abc\u202eexe.txt')).toBe('abcexe.txt');
    expect(neutralize('行一\r\n行二\r行三\u2028行四\u2029行五\u0085行六\u000b行七\u000c行八')).toBe('行一\n行二\n行三\n行四\n行五\n行六\n行七\n行八');
    expect(neutralize('孤立代理\ud800尾')).toBe('孤立代理\ufffd尾');
    for (const s of NASTY) expect(neutralize(s)).not.toMatch(UNSAFE);
  });

  it('keeps tabs, line feeds, every script, emoji, ZWJ/ZWNJ and LRM/RLM marks', () => {
    const keep = '制表\t换行\n中文 English العربية עברית 😀 👨‍👩‍👧 a\u200cb \u200e\u200f \u3000全角';
    expect(neutralize(keep)).toBe(keep);
    expect(isNeutral(keep)).toBe(true);
  });

  it('safeHttpUrl: http(s) only, normalised, no credentials', () => {
    expect(safeHttpUrl('https://finance.sina.com.cn/a b')).toBe('https://finance.sina.com.cn/a%20b');
    expect(safeHttpUrl('HTTP://FINANCE.SINA.COM.CN')).toBe('http://finance.sina.com.cn/');
    for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'java\u0000script:x', 'data:,x', 'file:///etc/passwd', '//a.com/', '/x', '', null, undefined, 'https://u:p@a.com/'])
      expect(safeHttpUrl(bad)).toBeNull();
  });
});

describe('renderText', () => {
  it('joins paragraphs, subheadings, quotes and tables with one blank line; no image, no video', () => {
    const blocks: Block[] = [
      { type: 'paragraph', text: '第一段' },
      { type: 'image', src: 'https://n.sinaimg.cn/a.jpg', caption: '图' },
      { type: 'heading', text: '小标题' },
      { type: 'video', title: '视频标题', href: null, poster: null },
      { type: 'quote', text: '引语' },
      { type: 'table', rows: [['a', 'b'], ['c', 'd']], caption: '表1' },
      { type: 'paragraph', text: '   ' },
      { type: 'table', rows: [] },
    ];
    expect(renderText(blocks)).toBe('第一段\n\n小标题\n\n引语\n\n表1\na\tb\nc\td');
  });

  it('a table cell is one line; the table caption its first line', () => {
    expect(blockText({ type: 'table', rows: [['多\n行', ' 空格 '], ['a\tb']], caption: ' 标题\n二 ' })).toBe('标题 二\n多 行\t空格\na b');
  });

  it('carries no control, escape or bidi character from any block', () => {
    const text = renderText(NASTY.flatMap((s): Block[] => [{ type: 'paragraph', text: s }, { type: 'table', rows: [[s]], caption: s }]));
    expect(text).not.toMatch(UNSAFE);
    expect(text).toContain('清屏');
    expect(text).toContain('abcexe.txt');
  });

  it('a paragraph of 600,000 lines renders without a stack overflow', () => {
    const big = '字\n'.repeat(600_000);
    expect(renderText([{ type: 'paragraph', text: big }]).length).toBe(big.length - 1);
    expect(renderMarkdown(article([{ type: 'paragraph', text: big }])).length).toBeGreaterThan(big.length);
  });
});

describe('renderCopyText', () => {
  const a = article([{ type: 'paragraph', text: '第一段' }, { type: 'paragraph', text: '第二段' }], { title: '标题', source: '澎湃新闻' });

  it('the text alone by default', () => {
    expect(renderCopyText(a)).toBe('第一段\n\n第二段');
    expect(renderCopyText(a, { titleLine: false })).toBe('第一段\n\n第二段');
  });

  it('with titleLine: the title and a "source · time" line, then the text', () => {
    expect(renderCopyText(a, { titleLine: true })).toBe('标题\n澎湃新闻 · 2021-08-24 15:57\n\n第一段\n\n第二段');
    expect(renderCopyText({ ...a, source: null }, { titleLine: true })).toBe('标题\n2021-08-24 15:57\n\n第一段\n\n第二段');
    expect(renderCopyText({ ...a, source: null, publishedAt: null }, { titleLine: true })).toBe('标题\n\n第一段\n\n第二段');
    // A video-only article has no text: the title line alone, no trailing blank lines.
    expect(renderCopyText({ ...a, text: '' }, { titleLine: true })).toBe('标题\n澎湃新闻 · 2021-08-24 15:57');
    expect(renderCopyText({ ...a, text: '' })).toBe('');
  });
});

describe('every renderer, every option: no unsafe character from the page', () => {
  const s = NASTY.join(' ');
  const a: Article = article(
    [
      { type: 'paragraph', text: s, inlines: [{ text: s, href: 'https://finance.sina.com.cn/\u202e' }] },
      { type: 'heading', text: s },
      { type: 'quote', text: s },
      { type: 'image', src: 'https://n.sinaimg.cn/a.jpg', caption: s },
      { type: 'table', rows: [[s, s]], caption: s },
      { type: 'video', title: s, href: 'https://video.sina.com.cn/\u0007', poster: null },
    ],
    { title: s, source: s, authors: [s], editor: s, originalTitle: s, keywords: [s], stocks: [{ code: s, name: s }], docId: s },
  );

  it.each([
    ['text', () => renderText(a.blocks)],
    ['Article.text', () => a.text],
    ['copy text', () => renderCopyText(a, { titleLine: true })],
    ['markdown', () => renderMarkdown(a)],
    ['markdown header', () => renderMarkdown(a, { metadata: 'header' })],
    ['markdown front matter', () => renderMarkdown(a, { metadata: 'front-matter', images: false })],
    ['html', () => renderHtml(a)],
    ['plain citation', () => formatCitation(a, 'plain')],
    ['gb7714', () => formatCitation(a, 'gb7714')],
    ['apa', () => formatCitation(a, 'apa', { markup: 'markdown' })],
    ['apa html', () => formatCitation(a, 'apa', { markup: 'html' })],
    ['custom', () => formatCitation(a, 'custom', { template: '{title}\u001b{source}{authors}' })],
  ])('%s', (_name, render) => {
    const out = render();
    expect(out).not.toMatch(UNSAFE);
    expect(out).toContain('清屏');
  });
});
