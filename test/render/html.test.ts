/**
 * renderHtml: a standalone document that reaches out to nothing. Parsed back with cheerio (parse5, the
 * browsers' algorithm), hostile Articles give no script, handler, frame, form or non-http(s) URL; the
 * only pictures are Sina's, over https, and the CSP says the same.
 */
import { createHash } from 'node:crypto';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article';
import { extract } from '../../src/engine/extract';
import { CSP, renderHtml, sinaPicture, STYLE, STYLE_HASH } from '../../src/render/html';
import { isSinaHost } from '../../src/rules/hosts';
import { idempotencyDiff, inventedText } from '../../src/verify';
import { article } from './helpers';

const EVIL = '"><script>alert(1)</script><img src=x onerror=alert(2)>';

/** An Article whose every string and URL is an attack. */
function hostile(): Article {
  return article(
    [
      { type: 'paragraph', text: EVIL },
      {
        type: 'paragraph',
        text: '点击这里看那里再看别处',
        inlines: [
          { text: '点击' },
          { text: '这里', href: 'javascript:alert(1)' },
          { text: '看' },
          { text: '那里', href: 'data:text/html,<script>alert(1)</script>' },
          { text: '再看' },
          { text: '别处', href: 'https://example.com/" onmouseover="alert(1)' },
        ],
      },
      { type: 'heading', text: '</h2><iframe src="https://evil.example/">' },
      { type: 'quote', text: '<form action="https://evil.example/"><input></form>' },
      { type: 'image', src: 'http://127.0.0.1:8080/admin/delete?id=1', caption: '内网地址' },
      { type: 'image', src: 'https://evil.example/track.gif', caption: '追踪像素' },
      { type: 'image', src: 'data:image/svg+xml,<svg onload=alert(1)>', caption: 'SVG' },
      { type: 'image', src: 'javascript:alert(1)', caption: '' },
      { type: 'image', src: 'http://n.sinaimg.cn/finance/a.jpg', caption: '新浪图片（http）' },
      { type: 'image', src: 'https://n.sinaimg.cn.evil.example/a.jpg', caption: '冒充的主机' },
      { type: 'table', caption: '<caption>x</caption>', rows: [['<td onclick=alert(1)>', '"\'&']] },
      { type: 'video', title: '<b>视频</b>', href: 'javascript:alert(1)', poster: 'http://127.0.0.1/p.jpg' },
      { type: 'video', title: '正常视频', href: 'https://video.sina.com.cn/p/1.html', poster: 'javascript:x' },
    ],
    {
      title: `标题${EVIL}`,
      url: 'javascript:alert(document.cookie)',
      source: EVIL,
      authors: [EVIL],
      editor: '</p><script>x</script>',
      keywords: ['"onload="x'],
      stocks: [{ code: 'sh600519"><script>', name: '贵州茅台' }],
      leadImage: 'https://evil.example/lead.jpg',
      originalTitle: '原标题"><script>',
    },
  );
}

/** Every URL-valued attribute in the document. */
function urls($: ReturnType<typeof load>): string[] {
  const out: string[] = [];
  $('*').each((_, el) => {
    for (const [name, value] of Object.entries((el as { attribs?: Record<string, string> }).attribs ?? {})) {
      if (/^(href|src|action|formaction|poster|data|background|srcset|data-poster|data-src)$/i.test(name)) out.push(value);
      if (name === 'content' && /^[a-z][a-z0-9+.-]*:/i.test(value) && !/;/.test(value)) out.push(value);
    }
  });
  return out;
}

describe('renderHtml reaches out to nothing', () => {
  const html = renderHtml(hostile());
  const $ = load(html);

  it('has no script, frame, plugin, form, base or link element and no event handler', () => {
    expect($('script, iframe, frame, object, embed, form, input, base, link, svg, math, template').length).toBe(0);
    $('*').each((_, el) => {
      for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) expect(name).not.toMatch(/^on/i);
    });
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/javascript:|data:|vbscript:/i);
  });

  it('writes only http(s) URLs', () => {
    const all = urls($);
    expect(all.length).toBe(6); // the Sina picture, three foreign pictures' data-src and the two http(s) links
    for (const u of all) expect(u).toMatch(/^https?:\/\//);
  });

  it('loads pictures only from Sina hosts over https (http upgraded); others are inert placeholders', () => {
    const srcs = $('img[src]').map((_, el) => $(el).attr('src')).get();
    expect(srcs).toEqual(['https://n.sinaimg.cn/finance/a.jpg']);
    for (const s of srcs) expect(isSinaHost(new URL(s).hostname)).toBe(true);
    // Other hosts: an <img> without src (nothing to load) that keeps the address for re-extraction.
    const inert = $('figure.sc-remote-image img');
    expect(inert.map((_, el) => $(el).attr('data-src')).get()).toEqual([
      'http://127.0.0.1:8080/admin/delete?id=1',
      'https://evil.example/track.gif',
      'https://n.sinaimg.cn.evil.example/a.jpg',
    ]);
    inert.each((_, el) => {
      expect($(el).attr('src')).toBeUndefined();
      expect($(el).attr('alt')).toBe('［外站图片，未载入］');
    });
    expect($('figure.sc-remote-image a').length).toBe(0);
    expect($('figure.sc-remote-image figcaption').map((_, el) => $(el).text()).get()).toEqual(['内网地址', '追踪像素', '冒充的主机']);
    // Pictures without an http(s) address are gone, caption and all; the lead image is Sina's or none.
    expect(html).not.toContain('SVG');
    expect(html).not.toContain('evil.example/lead.jpg');
    expect($('meta[property="og:image"]').length).toBe(0);
  });

  it('with remoteImages, the placeholders are links the reader may open, and still load nothing', () => {
    const $r = load(renderHtml(hostile(), { remoteImages: true }));
    expect($r('img[src]').length).toBe(1);
    const links = $r('figure.sc-remote-image a')
      .map((_, el) => [[$r(el).attr('href'), $r(el).attr('rel'), $r(el).find('img').attr('src') ?? null]])
      .get();
    expect(links).toEqual([
      ['http://127.0.0.1:8080/admin/delete?id=1', 'noopener noreferrer', null],
      ['https://evil.example/track.gif', 'noopener noreferrer', null],
      ['https://n.sinaimg.cn.evil.example/a.jpg', 'noopener noreferrer', null],
    ]);
  });

  it('links: http(s) only, rel="noopener noreferrer", opening in a new tab', () => {
    const a = $('a');
    expect(a.length).toBe(2);
    a.each((_, el) => {
      expect($(el).attr('rel')).toBe('noopener noreferrer');
      expect($(el).attr('target')).toBe('_blank');
    });
    expect(a.map((_, el) => $(el).attr('href')).get()).toEqual([
      'https://example.com/%22%20onmouseover=%22alert(1)',
      'https://video.sina.com.cn/p/1.html',
    ]);
    // The text of every link that was not http(s) is still there, as text.
    expect($('#artibody p').eq(1).text()).toBe('点击这里看那里再看别处');
  });

  it('page strings are text, never markup', () => {
    expect($('#artibody p').first().text()).toBe(EVIL);
    expect($('h1').text()).toBe(`标题${EVIL}`);
    expect($('title').text()).toBe(`标题${EVIL}`);
    expect($('meta[name="article:author"]').attr('content')).toBe(EVIL);
    expect($('table caption').text()).toBe('<caption>x</caption>');
    expect($('td').first().text()).toBe('<td onclick=alert(1)>');
    expect($('.article-editor').text()).toBe('责任编辑：</p><script>x</script>');
  });

  it('a CSP meta comes right after the charset and forbids scripts, frames, forms and other loads', () => {
    const metas = $('head meta');
    expect(metas.eq(0).attr('charset')).toBe('utf-8');
    expect(metas.eq(1).attr('http-equiv')).toBe('Content-Security-Policy');
    const policy = metas.eq(1).attr('content')!;
    expect(policy).toBe(CSP);
    const d = Object.fromEntries(policy.split(';').map((p) => p.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]));
    expect(d['default-src']).toEqual(["'none'"]);
    expect(d['script-src']).toEqual(["'none'"]);
    expect(d['frame-src']).toEqual(["'none'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['form-action']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'none'"]);
    for (const s of d['img-src']!) expect(s).toMatch(/^https:\/\/(\*\.)?[a-z.]+$/);
    expect(d['img-src']).toContain('https://*.sinaimg.cn');
    expect(d['style-src']).toEqual([`'${STYLE_HASH}'`]);
    expect(Object.keys(d).some((k) => /connect|font|media|worker|manifest/.test(k))).toBe(false);
  });

  it("the style sheet's hash is the one the CSP allows", () => {
    expect(`sha256-${createHash('sha256').update(STYLE, 'utf8').digest('base64')}`).toBe(STYLE_HASH);
    expect($('style').text()).toBe(STYLE);
  });

  it('sinaPicture: Sina hosts only, https', () => {
    expect(sinaPicture('http://n.sinaimg.cn/a.jpg')).toBe('https://n.sinaimg.cn/a.jpg');
    expect(sinaPicture('https://i0.sinaimg.cn/a.jpg')).toBe('https://i0.sinaimg.cn/a.jpg');
    expect(sinaPicture('https://image2.sina.com.cn/a.jpg')).toBe('https://image2.sina.com.cn/a.jpg');
    expect(sinaPicture('https://sinaimg.cn.evil.example/a.jpg')).toBeNull();
    expect(sinaPicture('https://evilsinaimg.cn/a.jpg')).toBeNull();
    expect(sinaPicture('https://user:pw@n.sinaimg.cn/a.jpg')).toBeNull();
    expect(sinaPicture('//n.sinaimg.cn/a.jpg')).toBeNull();
    expect(sinaPicture('ftp://n.sinaimg.cn/a.jpg')).toBeNull();
  });
});

describe('the round-trip contract', () => {
  const a = article(
    [
      { type: 'paragraph', text: '据新华社报道，央行降准。', inlines: [{ text: '据' }, { text: '新华社', href: 'https://www.news.cn/a.html' }, { text: '报道，央行降准。' }] },
      { type: 'table', caption: '表1 营收', rows: [['季度', '营收'], ['Q1', '10']] },
      { type: 'video', title: '发布会', href: 'https://video.sina.com.cn/p/1.html', poster: 'https://n.sinaimg.cn/p.jpg' },
      { type: 'video', title: '无链接', href: null, poster: null },
    ],
    { originalTitle: '原来的标题', authors: ['张三', '李四'], stocks: [{ code: 'sh600519', name: '贵州茅台' }] },
  );
  const $ = load(renderHtml(a));

  it('inline links are <a href> inside the <p>', () => {
    expect($('#artibody > p').first().html()).toBe(
      '据<a href="https://www.news.cn/a.html" rel="noopener noreferrer" target="_blank">新华社</a>报道，央行降准。',
    );
  });

  it('runs are trimmed like the text; runs that do not join to the text are not trusted', () => {
    const h = renderHtml(
      article([
        { type: 'paragraph', text: '新华社', inlines: [{ text: ' ' }, { text: ' 新华社 ', href: 'https://www.news.cn/' }, { text: '\u3000' }] },
        { type: 'paragraph', text: '真正的文字', inlines: [{ text: '别的', href: 'https://a.com/' }] },
      ]),
    );
    const $h = load(h);
    expect($h('#artibody > p').eq(0).html()).toBe('<a href="https://www.news.cn/" rel="noopener noreferrer" target="_blank">新华社</a>');
    expect($h('#artibody > p').eq(1).html()).toBe('真正的文字');
  });

  it('a video is <p class="sc-video">视频：<a>title</a></p>, without <a> when it has no link', () => {
    const v = $('p.sc-video');
    expect(v.length).toBe(2);
    expect(v.eq(0).text()).toBe('视频：发布会');
    expect(v.eq(0).find('a').attr('href')).toBe('https://video.sina.com.cn/p/1.html');
    expect(v.eq(0).attr('data-poster')).toBe('https://n.sinaimg.cn/p.jpg');
    expect(v.eq(1).text()).toBe('视频：无链接');
    expect(v.eq(1).find('a').length).toBe(0);
  });

  it('a table caption is <caption>; the original title a meta, not a visible 原标题 line', () => {
    expect($('table > caption').text()).toBe('表1 营收');
    expect($('meta[name="sina-clean:original-title"]').attr('content')).toBe('原来的标题');
    expect($('body').text()).not.toContain('原标题');
    expect($('meta[name="sina-clean:author"]').map((_, el) => $(el).attr('content')).get()).toEqual(['张三', '李四']);
    expect($('meta[name="sina-clean:stock"]').attr('content')).toBe('sh600519 贵州茅台');
    expect($('p.article-editor').text()).toBe('责任编辑：王五');
  });

  it("another host's picture survives extraction of the HTML (read from data-src), loaded or not", () => {
    const withRemote = article(
      [
        { type: 'paragraph', text: '第一段正文，足够长的一段文字。' },
        { type: 'image', src: 'https://img.example.com/a.jpg', caption: '外站图片' },
        { type: 'paragraph', text: '第二段正文。' },
      ],
      { url: 'https://k.sina.com.cn/article_6598441619_1894c3a9300100elpc.html' },
    );
    for (const remoteImages of [false, true]) {
      const again = extract(renderHtml(withRemote, { remoteImages }), { url: withRemote.url! });
      expect(again.blocks).toEqual(withRemote.blocks);
    }
  });

  // Fuzzer finds (seed 20261122, cases 361 and 383): a control character in page text made the
  // Article hold what its own HTML cannot carry back, and the page text compare miss the paragraph.
  it.each([
    ['<p>\u001f慰', 'https://news.sina.com.cn/s/2018-09-28/doc-ihkmwytp6984677.shtml'],
    ['<p>昂\u0003雷', undefined],
    ['<p>标题\u202e反转\u001b[2J文字</p>', undefined],
  ])('control characters in the page: neutralised in the Article, idempotent, nothing invented (%j)', (page, url) => {
    const a = extract(page, { url });
    expect(JSON.stringify(a.blocks)).not.toMatch(/\\u00[01]|\u202e/);
    expect(idempotencyDiff(a)).toEqual([]);
    expect(inventedText(page, a)).toEqual([]);
  });

  it('the original title survives extraction of the HTML (as meta, not as text)', () => {
    const plain = article([{ type: 'paragraph', text: '第一段正文，足够长的一段文字。' }, { type: 'paragraph', text: '第二段正文。' }], {
      originalTitle: '原来的标题',
    });
    const again = extract(renderHtml(plain), { url: plain.url! });
    expect(again.originalTitle).toBe('原来的标题');
    expect(again.text).toBe(plain.text);
    expect(again.text).not.toContain('原标题');
  });
});
