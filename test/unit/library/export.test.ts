import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { formatCitation } from '../../../src/render/citation';
import { renderMarkdown } from '../../../src/render/markdown';
import { citationList, markdownFile, markdownFileNames, markdownZip, safeName } from '../../../src/library/export';
import { article } from './helpers';

const saved = { savedAt: '2026-01-02T03:04:05.000Z', updatedAt: '2026-01-03T03:04:05.000Z' };

function frontMatter(md: string): { meta: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(md);
  if (!m) throw new Error(`no front matter in ${md.slice(0, 80)}`);
  return { meta: parse(m[1]!) as Record<string, unknown>, body: m[2]! };
}

describe('Markdown files', () => {
  test('front matter with the metadata under the Article field names, then the article as the CLI renders it', () => {
    const a = article({ originalTitle: '原题', keywords: ['白酒'] });
    const { meta, body } = frontMatter(markdownFile({ article: a, ...saved }));
    expect(meta).toEqual({
      title: a.title,
      originalTitle: '原题',
      publishedAt: a.publishedAt,
      source: '新京报',
      authors: ['张三', '李四'],
      editor: '王五',
      stocks: [{ code: 'sh600519', name: '贵州茅台' }],
      keywords: ['白酒'],
      url: a.url,
      docId: a.docId,
      savedAt: saved.savedAt,
    });
    expect(body).toBe(renderMarkdown(a));
  });

  test('fields the page did not give are left out, not written empty', () => {
    const a = article({ source: null, authors: [], editor: null, stocks: [], keywords: [], url: null, docId: null, publishedAt: null });
    expect(Object.keys(frontMatter(markdownFile({ article: a, ...saved })).meta)).toEqual(['title', 'savedAt']);
  });

  test('text that looks like YAML or Markdown stays text (imported content is untrusted)', () => {
    const a = article({
      title: '---\ntitle: 伪造\n--- <script>',
      source: "!!js/function 'x'",
      blocks: [{ type: 'paragraph', text: '# 不是标题 <img src=x onerror=alert(1)>' }],
    });
    const md = markdownFile({ article: a, ...saved });
    const { meta, body } = frontMatter(md);
    expect(meta.title).toBe(a.title);
    expect(meta.source).toBe(a.source);
    // `\<` is enough: without an unescaped `<` no HTML tag can start (CommonMark 6.6).
    expect(body).toContain('\\# 不是标题 \\<img src=x onerror=alert(1)>');
    expect(body).not.toMatch(/(^|[^\\])<img/);
    expect(body).not.toMatch(/^# 不是标题/m);
  });

  test('file names: date and title, safe on every system, unique within the zip', () => {
    const names = markdownFileNames([
      article({ title: 'A/B:C*?"<>|\u0007 标题' }),
      article({ title: 'A/B:C*?"<>|\u0007 标题', docId: 'ixyz' }),
      article({ title: 'A/B:C*?"<>|\u0007 标题', docId: null }),
      article({ title: '../../etc/passwd', publishedAt: null }),
      article({ title: '' }),
    ]);
    expect(names).toEqual([
      '2021-08-24-A B C 标题.md',
      '2021-08-24-A B C 标题-ixyz.md',
      '2021-08-24-A B C 标题-2.md',
      'undated-etc passwd.md',
      '2021-08-24-article.md',
    ]);
    for (const n of names) expect(n).not.toMatch(/[/\\]|\.\./);
    expect(safeName('x'.repeat(100)).length).toBe(60);
  });

  test('the zip holds one Markdown file per entry, readable back', () => {
    const entries = [article({ docId: 'i1', title: '第一篇' }), article({ docId: 'i2', title: '第二篇', publishedAt: '2022-01-01T08:00:00+08:00' })].map(
      (a) => ({ article: a, ...saved }),
    );
    const files = unzipSync(markdownZip(entries));
    expect(Object.keys(files).sort()).toEqual(['2021-08-24-第一篇.md', '2022-01-01-第二篇.md']);
    expect(strFromU8(files['2021-08-24-第一篇.md']!)).toBe(markdownFile(entries[0]!));
  });
});

describe('citation list', () => {
  test('one citation per line in the given order, in the chosen style; GB/T 7714 numbered', () => {
    const a = article({ docId: 'i1', title: '第一篇' });
    const b = article({ docId: 'i2', title: '第二篇' });
    expect(citationList([a, b], 'plain')).toBe(`${formatCitation(a, 'plain')}\n${formatCitation(b, 'plain')}\n`);
    const gb = citationList([a, b], 'gb7714').split('\n');
    expect(gb[0]).toBe(`[1] ${formatCitation(a, 'gb7714')}`);
    expect(gb[1]).toBe(`[2] ${formatCitation(b, 'gb7714')}`);
    expect(citationList([a], 'apa')).toContain('(2021, August 24)');
  });
});
