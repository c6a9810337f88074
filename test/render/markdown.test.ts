/**
 * The Markdown renders to the text. Every fixture's Markdown and every adversarial string below is
 * read back with a real CommonMark parser (markdown-it, GFM tables on, raw HTML recognised) and must
 * give the Article's blocks in order, with the Article's text, and no raw HTML, code, list, rule or
 * other construct the page text did not ask for. Documented differences: the title is the `# heading`,
 * image captions are `*caption*` lines, table captions `**caption**` lines, videos `视频：[title](url)`
 * lines (none of them is part of `text`), and ragged table rows are padded to the widest row.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Block } from '../../src/article';
import { escapeInline, markdownUrl, renderMarkdown } from '../../src/render/markdown';
import { loadCorpus } from '../support/corpus';
import { fixtureArticle } from '../support/fixture-article';
import { SAMPLED } from '../support/sweep';
import { renderText } from '../../src/render/text';
import { article, expectedShapes, markdownProblems, md, readMarkdown, textOfShapes, textWithTrimmedRows } from './helpers';

/** Checks that `markdown` reads back as `a` (see the file comment); returns the reading for more checks. */
function expectRoundTrip(a: ReturnType<typeof article>, markdown = a.markdown, opts: { images?: boolean } = {}) {
  const reading = readMarkdown(markdown);
  const want = expectedShapes(a, opts);
  expect(reading.problems, markdown).toEqual([]);
  expect(reading.shapes, markdown).toEqual(want.shapes);
  expect(a.text).toBe(renderText(a.blocks));
  expect(textOfShapes(reading.shapes, want.textual)).toBe(textWithTrimmedRows(a.blocks));
  // Rendered to HTML, no tag appears that the renderer did not write itself.
  const tags = new Set([...md.render(markdown).matchAll(/<\/?([a-z0-9]+)/g)].map((m) => m[1]));
  for (const t of tags) expect(['h1', 'h2', 'p', 'br', 'a', 'img', 'em', 'strong', 'blockquote', 'table', 'thead', 'tbody', 'tr', 'th', 'td']).toContain(t);
  return reading;
}

describe('the issue\'s cases', () => {
  it.each([
    ['1. 加强监管', '1\\. 加强监管'],
    ['2021.', '2021\\.'],
    ['3)', '3\\)'],
    ['&copy; 新浪', '\\&copy; 新浪'],
  ])('paragraph %j is written %j and reads back as itself', (text, written) => {
    const a = article([{ type: 'paragraph', text }]);
    expect(a.markdown).toContain(`\n\n${written}\n`);
    expectRoundTrip(a);
  });

  it('a heading keeps its trailing #: C# 与 F #', () => {
    const a = article([{ type: 'heading', text: 'C# 与 F #' }]);
    expect(a.markdown).toContain('## C# 与 F \\#\n');
    expectRoundTrip(a);
  });

  it('a lone ~ or $ stays as written; pairs are escaped', () => {
    expect(escapeInline('20%~25%')).toBe('20%~25%');
    expect(escapeInline('6500~7000人次，1~2条')).toBe('6500\\~7000人次，1\\~2条');
    expect(escapeInline('$5')).toBe('$5');
    expect(escapeInline('$5 和 $6')).toBe('\\$5 和 \\$6');
    for (const text of ['营收增长20%~25%', '增长1~2倍，或3~4倍', '~~删除~~', '$x$ 与 $$y$$', '~~~\n代码']) expectRoundTrip(article([{ type: 'paragraph', text }]));
  });
});

/** Strings built to be read as Markdown syntax, each of which must come back as plain text. */
const ADVERSARIAL = [
  '1. 加强监管', '2021.', '3)', '10) 十', '123456789. 九位', '1234567890. 十位', '1.5亿元', '0. 零', '-1. 负',
  '# 标题', '###### 六', '####### 七', '#标签', 'C# 与 F #', '#', '##', '# ', 'a #', 'a \\#',
  '> 引用', '>>> 深', '- 列表', '-', '--', '---', '- - -', '-- -', '***', '* * *', '___', '_ _ _', '+ 加', '+', '+1%', '-3.5%', '* 星',
  '===', '=', '==> other.html <==', 'a\n===', 'a\n---', 'a\n- b', 'a\n1. b', 'a\n2) b', 'a\n# b', 'a\n> b', 'a\n```', 'a\n    b',
  '```', '```js', '~~~', '    缩进', '\t制表', '  两空格', '   三空格', '尾空格  ', '尾制表\t', 'a  \nb', 'a\n\nb', 'a\n\n\nb', 'a\n \nb',
  '<div>x</div>', '<script>alert(1)</script>', '<!-- 注释 -->', '<?php ?>', '<![CDATA[x]]>', '<a href="javascript:alert(1)">x</a>', '</p>', '<b>粗</b>',
  '<https://example.com>', '<mailto:a@b.c>', '<a@b.c>', 'http://www.sina.com.cn', 'www.sina.com.cn',
  '&copy;', '&amp;', '&#169;', '&#xA9;', '&#0;', '&nbsp;', '&notanentity;', 'S&P 500', 'AT&T', '&', '&&', '&#;',
  '*强调*', '**粗体**', '_下划_', '__粗__', 'snake_case_name', '2*3*4', 'a * b * c', '*', '**', '***a***', '_', '*a\nb*',
  '[链接](http://x.com)', '[ref]: http://x.com', '[x][y]', '![图](http://x.com/a.png)', '[', ']', '[]', '[a]', 'a]b[c', '!', '![',
  '`代码`', '``', '`', '```x```', 'a`b', '\\', '\\\\', 'a\\', '\\*', '\\#', '\\n', 'C:\\path\\file', 'a\\\nb', '结尾\\',
  '| a | b |', 'a | b', '|', '| --- |', 'a\n| --- |', '--- | ---', '---|---', 'a|b\n-|-',
  '~~删除~~', '~单~', '~', '20%~25%', '$x$', '$$', '$5 与 $6', '$', '[^1]', '[^1]: 注', ':smile:', '==高亮==', '^上^',
  '    ', 'a\n    ', 'x\n\t\ty', ' \n ', '\u3000全角缩进', '\u00a0不间断', '中文。\n1. 第二行', '结尾。\n-',
];

describe('adversarial strings read back as themselves', () => {
  it.each(ADVERSARIAL.map((s) => [s]))('paragraph %j', (s) => {
    expectRoundTrip(article([{ type: 'paragraph', text: s }]));
  });
  it.each(ADVERSARIAL.map((s) => [s]))('heading %j', (s) => {
    expectRoundTrip(article([{ type: 'paragraph', text: '前文' }, { type: 'heading', text: s }, { type: 'paragraph', text: '后文' }]));
  });
  it.each(ADVERSARIAL.map((s) => [s]))('quote %j', (s) => {
    expectRoundTrip(article([{ type: 'quote', text: s }, { type: 'paragraph', text: s }]));
  });
  it.each(ADVERSARIAL.map((s) => [s]))('title, caption, cell and link text %j', (s) => {
    const blocks: Block[] = [
      { type: 'image', src: 'https://n.sinaimg.cn/a.jpg', caption: s },
      { type: 'table', rows: [[s, 'b'], ['c', s]], caption: s },
      { type: 'paragraph', text: `前${s}后`, inlines: [{ text: '前' }, { text: s, href: 'https://finance.sina.com.cn/x.shtml' }, { text: '后' }] },
      { type: 'video', title: s, href: 'https://video.sina.com.cn/p/1.html', poster: null },
    ];
    expectRoundTrip(article(blocks, { title: s.trim() ? s : '标题' }));
  });

  it('all of them in one article', () => {
    const blocks: Block[] = ADVERSARIAL.flatMap((s): Block[] => [{ type: 'paragraph', text: s }, { type: 'heading', text: s }, { type: 'quote', text: s }]);
    expectRoundTrip(article(blocks));
  });

  /** A seeded random mix of syntax characters, CJK, digits, spaces and line breaks. */
  /**
   * MARKDOWN_CASES=50000 npx vitest run test/render/markdown.test.ts runs more; `npm run test:quick`
   * runs the first 250 of the same sequence (test/support/sweep.ts).
   */
  const cases = Number(process.env.MARKDOWN_CASES ?? (SAMPLED ? 250 : 1000));
  it(`${cases} random strings of Markdown-special characters`, () => {
    const alphabet = ['\\', '`', '*', '_', '[', ']', '(', ')', '<', '>', '#', '+', '-', '=', '.', '!', '|', '~', '$', '&', ';', '#', 'x', '1', '9', ' ', ' ', '\t', '\n', '中', '文', ':', '"', "'", '&copy;', '&#1;', 'http://a.b', '1.', '2)'];
    let seed = 20260514;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let n = 0; n < cases; n++) {
      let s = '';
      const len = 1 + Math.floor(rnd() * 12);
      for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      const kind = n % 3 === 0 ? 'paragraph' : n % 3 === 1 ? 'heading' : 'quote';
      const t = s.trim() ? s : 'x';
      expectRoundTrip(
        article(
          [
            { type: 'paragraph', text: '前' },
            { type: kind, text: s },
            { type: 'image', src: 'https://n.sinaimg.cn/a.jpg', caption: s },
            { type: 'table', rows: [[s, '1'], ['2', s]], caption: s },
            { type: kind, text: `甲${t}乙`, inlines: [{ text: '甲' }, { text: t, href: 'https://a.com/x' }, { text: '乙' }] },
            { type: 'paragraph', text: '后' },
          ],
          { title: t },
        ),
      );
    }
  });
});

describe('links, videos, tables and images', () => {
  it('inline links become [text](url), stock-free runs stay text', () => {
    const a = article([
      {
        type: 'paragraph',
        text: '据新华社报道，央行宣布降准。',
        inlines: [{ text: '据' }, { text: '新华社', href: 'https://www.news.cn/a.html' }, { text: '报道，央行宣布降准。' }],
      },
    ]);
    expect(a.markdown).toContain('据[新华社](https://www.news.cn/a.html)报道，央行宣布降准。');
    expectRoundTrip(a);
  });

  it('URLs are made safe: only http(s), spaces, brackets and parentheses encoded or escaped', () => {
    expect(markdownUrl('javascript:alert(1)')).toBeNull();
    expect(markdownUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(markdownUrl('vbscript:x')).toBeNull();
    expect(markdownUrl('/relative/path')).toBeNull();
    expect(markdownUrl('https://user:pw@sina.com.cn/')).toBeNull();
    expect(markdownUrl('https://a.com/x y(1)')).toBe('https://a.com/x%20y\\(1\\)');
    const hrefs = [
      'https://a.com/x y(1)',
      'https://a.com/a)b',
      'https://a.com/?q=[1]|^{2}`',
      'https://a.com/?a=1&copy;=2',
      'https://a.com/中文/路径?查询=值#片段',
      'https://a.com/%zz%41',
      'https://a.com/<script>',
      'https://a.com/"quoted"\'s',
      'https://a.com/back\\slash?x=\\y',
      'http://例子.测试/path',
      'https://a.com/*_~$',
    ];
    for (const href of hrefs) {
      expectRoundTrip(article([{ type: 'paragraph', text: '点这里看', inlines: [{ text: '点这里' }, { text: '看', href }] }]));
    }
  });

  it('a link that is not http(s) is plain text, never a link', () => {
    const a = article([
      { type: 'paragraph', text: '点击这里', inlines: [{ text: '点击' }, { text: '这里', href: 'javascript:alert(1)' }] },
      { type: 'video', title: '视频标题', href: 'data:text/html,x', poster: null },
    ]);
    expect(a.markdown).not.toMatch(/javascript|data:/);
    expectRoundTrip(a);
  });

  it('inline runs that do not join to the text are not trusted: the text wins', () => {
    const a = article([{ type: 'paragraph', text: '真正的文字', inlines: [{ text: '别的', href: 'https://a.com/' }] }]);
    expect(a.markdown).toContain('真正的文字');
    expect(a.markdown).not.toContain('a.com');
  });

  it('videos: 视频：[title](url), or the title alone; never part of the text', () => {
    const a = article([
      { type: 'paragraph', text: '正文' },
      { type: 'video', title: '发布会现场', href: 'https://video.sina.com.cn/p/finance/2021-08-24/detail-abc.d.html', poster: 'https://n.sinaimg.cn/p.jpg' },
      { type: 'video', title: '没有链接的视频', href: null, poster: null },
    ]);
    expect(a.markdown).toContain('视频：[发布会现场](https://video.sina.com.cn/p/finance/2021-08-24/detail-abc.d.html)');
    expect(a.markdown).toContain('\n\n视频：没有链接的视频\n');
    expect(a.text).toBe('正文');
    expectRoundTrip(a);
  });

  it('tables: caption line, header row, padded ragged rows; a pipe in a cell stays a pipe', () => {
    const a = article([{ type: 'table', caption: '表1：营收（亿元）', rows: [['季度', '营收'], ['Q1', '10|11', '备注'], ['Q2']] }]);
    expect(a.markdown).toContain('**表1：营收（亿元）**\n\n| 季度 | 营收 |  |\n| --- | --- | --- |\n| Q1 | 10\\|11 | 备注 |\n| Q2 |  |  |');
    expect(a.text).toBe('表1：营收（亿元）\n季度\t营收\nQ1\t10|11\t备注\nQ2');
    expectRoundTrip(a);
  });

  it('a table of 200,000 rows renders without a stack overflow', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [String(i), 'x']);
    const out = renderMarkdown(article([]), {});
    expect(out).toBeTruthy();
    const big = renderMarkdown({ ...article([]), blocks: [{ type: 'table', rows }] });
    expect(big.split('\n').length).toBeGreaterThan(200_000);
  });

  it("pictures on other hosts are not embedded (a viewer would load them): a 图片： link instead", () => {
    const a = article([
      { type: 'image', src: 'http://127.0.0.1:8080/admin/delete?id=1', caption: '内网' },
      { type: 'image', src: 'https://evil.example/t.gif', caption: '' },
      { type: 'image', src: 'http://n.sinaimg.cn/a.jpg', caption: '新浪' },
      { type: 'image', src: 'javascript:alert(1)', caption: '脚本' },
    ]);
    expect(a.markdown).toBe(
      '# 测试公司半年报营收增长\n\n图片：[内网](http://127.0.0.1:8080/admin/delete?id=1)\n\n图片：[https://evil.example/t.gif](https://evil.example/t.gif)\n\n' +
        '![新浪](https://n.sinaimg.cn/a.jpg)\n\n*新浪*\n\n*脚本*\n',
    );
    const r = readMarkdown(a.markdown);
    expect(r.problems).toEqual([]);
    expect(r.shapes.filter((x) => x.k === 'img')).toEqual([{ k: 'img', src: 'https://n.sinaimg.cn/a.jpg' }]);
  });

  it('images: picture and caption line; images: false leaves neither behind', () => {
    const a = article([
      { type: 'paragraph', text: '第一段' },
      { type: 'image', src: 'https://n.sinaimg.cn/a.jpg', caption: '图一：说明' },
      { type: 'image', src: 'https://n.sinaimg.cn/b.jpg', caption: '' },
      { type: 'paragraph', text: '第二段' },
    ]);
    expect(a.markdown).toContain('![图一：说明](https://n.sinaimg.cn/a.jpg)\n\n*图一：说明*');
    const without = renderMarkdown(a, { images: false });
    expect(without).toBe('# 测试公司半年报营收增长\n\n第一段\n\n第二段\n');
    expectRoundTrip(a, without, { images: false });
  });
});

describe('metadata: none, header, front matter', () => {
  const a = article([{ type: 'paragraph', text: '正文第一段。' }], {
    title: '标题: 带冒号 # 与 *星*',
    originalTitle: '原来的标题',
    source: '澎湃新闻',
    authors: ['陈月石', 'John Smith'],
    editor: '尹悦',
    docId: 'ikqcfncc4763514',
    stocks: [{ code: 'sh600519', name: '贵州茅台' }],
    keywords: ['金融科技'],
  });

  it("'none' is Article.markdown: # title, then the body", () => {
    expect(renderMarkdown(a)).toBe(a.markdown);
    expect(renderMarkdown(a, { metadata: 'none' })).toBe('# 标题: 带冒号 # 与 \\*星\\*\n\n正文第一段。\n');
  });

  it("'header': one line with source · time · URL under the title", () => {
    const out = renderMarkdown(a, { metadata: 'header' });
    expect(out).toBe(
      '# 标题: 带冒号 # 与 \\*星\\*\n\n澎湃新闻 · 2021-08-24 15:57 · <https://finance.sina.com.cn/stock/2021-08-24/doc-ikqcfncc4769311.shtml>\n\n正文第一段。\n',
    );
    const r = readMarkdown(out);
    expect(r.problems).toEqual([]);
    expect(r.shapes[1]).toEqual({
      k: 'p',
      text: '澎湃新闻 · 2021-08-24 15:57 · https://finance.sina.com.cn/stock/2021-08-24/doc-ikqcfncc4769311.shtml',
      links: [{ text: 'https://finance.sina.com.cn/stock/2021-08-24/doc-ikqcfncc4769311.shtml', href: 'https://finance.sina.com.cn/stock/2021-08-24/doc-ikqcfncc4769311.shtml' }],
    });
    // A header never starts a list or heading, whatever the source is called.
    const odd = renderMarkdown({ ...a, source: '1. #来源', url: null }, { metadata: 'header' });
    expect(readMarkdown(odd).shapes[1]).toEqual({ k: 'p', text: '1. #来源 · 2021-08-24 15:57', links: [] });
  });

  it("'front-matter': YAML with the Article's metadata that parses back to the same values", () => {
    const out = renderMarkdown(a, { metadata: 'front-matter' });
    const m = /^---\n([\s\S]*?)\n---\n\n# /.exec(out);
    expect(m).not.toBeNull();
    expect(parse(m![1]!)).toEqual({
      title: a.title,
      originalTitle: '原来的标题',
      source: '澎湃新闻',
      authors: ['陈月石', 'John Smith'],
      editor: '尹悦',
      publishedAt: '2021-08-24T15:57:27+08:00',
      url: a.url,
      docId: 'ikqcfncc4763514',
      stocks: [{ code: 'sh600519', name: '贵州茅台' }],
      keywords: ['金融科技'],
    });
    expectRoundTrip(a, out.slice(m![0].length - 2));
    // A YAML 1.1 reader (timestamps, yes/no) reads the same strings: the time is not turned into a Date.
    expect(parse(m![1]!, { version: '1.1' })).toEqual(parse(m![1]!));
    expect(m![1]).toContain('publishedAt: "2021-08-24T15:57:27+08:00"');
  });

  it.each([
    ['---'], ['...'], ['a: b'], ['- x'], ['#注释'], ['&anchor x'], ['*alias'], ['!tag x'], ['"引号"'], ["'单引号'"], ['true'], ['2021-08-24'],
    ['123'], ['null'], ['~'], ['yes'], ['off'], ['0x1F'], ['1_000'], ['{a: 1}'], ['[1, 2]'], ['a\n---\nb: c'], ['%YAML 1.2'], ['@at'], ['`tick`'], ['| 块'], ['> 折'], ['? 问'], ['\u0085NEL'],
  ])('front matter value %j stays a string and cannot end the block early', (v) => {
    const out = renderMarkdown({ ...a, title: v, source: v, authors: [v], editor: v, keywords: [v] }, { metadata: 'front-matter' });
    const m = /^---\n([\s\S]*?)\n---\n/.exec(out)!;
    const fm = parse(m[1]!) as Record<string, unknown>;
    expect(parse(m[1]!, { version: '1.1' })).toEqual(fm);
    const one = v.replace(/\u0085/g, '\n').replace(/\s+/g, ' ').trim();
    expect(fm.title).toBe(one);
    expect(fm.source).toBe(one);
    expect(fm.authors).toEqual([one]);
    expect(fm.keywords).toEqual([one]);
    expect(m[1]!.split('\n')).not.toContain('---');
  });
});

describe('every fixture: its Markdown reads back as its blocks and its text', () => {
  const corpus = loadCorpus();
  it.each(corpus.map((f) => [f.id, f] as const))('%s', (_id, f) => {
    const a = fixtureArticle(f);
    expectRoundTrip(a as ReturnType<typeof article>);
    expectRoundTrip(a as ReturnType<typeof article>, renderMarkdown(a, { images: false }), { images: false });
  });
});

describe('markdownProblems (for the fuzzers)', () => {
  it('is empty for a good rendering and names what is wrong in a bad one', () => {
    const a = article([{ type: 'paragraph', text: '1. 加强监管' }, { type: 'heading', text: 'C# 与 F #' }]);
    expect(markdownProblems(a)).toEqual([]);
    expect(markdownProblems({ ...a, markdown: '# 测试公司半年报营收增长\n\n\\1. 加强监管\n\n## C# 与 F #\n' })).toEqual([
      'block 1 reads {"k":"p","text":"\\\\1. 加强监管","links":[]}, expected {"k":"p","text":"1. 加强监管","links":[]}',
    ]);
    expect(markdownProblems({ ...a, markdown: '# 测试公司半年报营收增长\n\n2021.\n' })[0]).toMatch(/^block ordered_list_open/);
  });
});

describe('the shortcuts in the Markdown escaping write what the whole rule writes', () => {
  // The rule written out in full, as the renderer had it before its shortcuts (text without any
  // special character, one line, one plain run): every string must come out the same.
  const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;
  const twice = (s: string, c: string) => s.indexOf(c) >= 0 && s.indexOf(c, s.indexOf(c) + 1) >= 0;
  const fullInline = (s: string, context = s) => {
    let out = s.replace(/[\\`*_[\]<|]/g, (c) => `\\${c}`).replace(ENTITY, '\\&');
    if (twice(context, '~')) out = out.replace(/~/g, '\\~');
    if (twice(context, '$')) out = out.replace(/\$/g, '\\$');
    return out;
  };
  const wsRefs = (ws: string) => ws.replace(/ /g, '&#32;').replace(/\t/g, '&#9;');
  const fullLineStart = (line: string) => {
    if (!/^[ \t#>+=\-\d]|[ \t]$/.test(line)) return line;
    const l = line.replace(/^[ \t]+/, wsRefs).replace(/[ \t]+$/, wsRefs);
    if (/^[#>]/.test(l)) return `\\${l}`;
    if (/^[-+](?:[ \t]|$)/.test(l) || /^(?:-[ \t]*)+$/.test(l) || /^=+$/.test(l)) return `\\${l}`;
    const ol = /^(\d{1,9})[.)](?=[ \t]|$)/.exec(l);
    return ol ? `${ol[1]}\\${l.slice(ol[1]!.length)}` : l;
  };
  const alphabet = ['中', '文', 'a', '1', '12', ' ', '\t', '\n', '#', '>', '-', '+', '=', '.', ')', '~', '$', '&', '&amp;', '&#169;', '\\', '`', '*', '_', '[', ']', '<', '|', '。'];
  let seed = 11;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const strings = Array.from({ length: 3000 }, () => Array.from({ length: 1 + rnd(9) }, () => alphabet[rnd(alphabet.length)]).join(''));

  it('escapeInline', () => {
    for (const s of strings) expect(escapeInline(s), JSON.stringify(s)).toBe(fullInline(s));
  });

  it('a paragraph, one line or several', () => {
    for (const s of strings) {
      const text = s.trim();
      if (!text) continue;
      const want = `${fullInline(text).split('\n').map(fullLineStart).join('\\\n')}`;
      expect(renderMarkdown(article([{ type: 'paragraph', text }], { title: '' })), JSON.stringify(text)).toBe(`${want}\n`);
    }
  });
});
