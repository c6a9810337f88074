/**
 * Issue 8's structural cases and issue 9's small ones, each on a small page written here: what the
 * page shows is in the Article (paragraphs in divs, forms, figures, picture wrappers, after a stray
 * </div>, a table's caption, a picture in a heading, links, videos), and what it does not show is
 * not (hidden elements, zero-width characters, page chrome an unclosed wrapper pulled in, a player's
 * own UI text, a hidden comment's credit).
 */
import { describe, expect, it, vi } from 'vitest';
import type { Article, Block } from '../src/article';
import { ExtractError } from '../src/article';
import { extract } from '../src/engine/extract';
import { LIMITS } from '../src/engine/limits';
import { normalizeRuns, normalizeText } from '../src/engine/text';
import { renderHtml } from '../src/render/html';
import { hiddenTextShown, idempotencyDiff, inventedText } from '../src/verify';

const URL = 'https://finance.sina.com.cn/roll/2021-08-24/doc-ikqcfncc4763514.shtml';
const P1 = '上海市地方金融监管局局长解冬在市政府新闻发布会上介绍了金融科技中心的建设情况。';
const P2 = '她表示，要结合重点工作，强化金融科技和城市数字化转型的结合，更好地推动行业发展。';
const P3 = '数据显示，前三季度社会消费品零售总额同比增长，市场预期保持稳定，投资者信心有所恢复。';

/** A PC 2017+ page around `body` (the container and what Sina puts after it). */
function page(body: string, after = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>测试标题_新浪财经_新浪网</title></head><body>
<div class="main-content"><h1 class="main-title">测试标题</h1>
<div class="date-source"><span class="date">2021年08月24日 15:57</span><a class="source" href="https://www.thepaper.cn/">澎湃新闻</a></div>
<div class="article-content-left">
<div class="article" id="artibody">${body}</div>${after}
</div>
<!-- 正文 end -->
<div class="side-chrome"><p>热门推荐：另一篇文章的标题在这里出现</p></div>
</div></body></html>`;
}

const texts = (a: Article) => a.blocks.flatMap((b) => ('text' in b ? [b.text] : []));
const ok = (html: string, a: Article) => {
  expect(inventedText(html, a)).toEqual([]);
  expect(hiddenTextShown(html, a)).toEqual([]);
  expect(idempotencyDiff(a)).toEqual([]);
};

describe('nothing hidden is text', () => {
  it.each([
    ['display:none', '<p style="display:none">这一段隐藏起来的文字不能出现。</p>'],
    ['DISPLAY: NONE !important', '<p style="color:red; DISPLAY: NONE !important">这一段隐藏起来的文字不能出现。</p>'],
    ['visibility:hidden', '<p><span style="visibility: hidden">这一段隐藏起来的文字不能出现。</span></p>'],
    ['the hidden attribute', '<div hidden><p>这一段隐藏起来的文字不能出现。</p></div>'],
  ])('%s', (_name, hidden) => {
    const html = page(`<p>${P1}</p>${hidden}<p>${P2}</p>`);
    const a = extract(html, { url: URL });
    expect(a.text).toBe(`${P1}\n\n${P2}`);
    ok(html, a);
  });

  it('a credit in a hidden article_adlist comment is never the source', () => {
    // A bare body: no template names an outlet, so nothing else would win over the comment.
    const a = extract(`<div id="artibody"><p>${P1}</p><!--article_adlist[<p>来源：隐藏的媒体名</p>]article_adlist--><p>${P2}</p></div>`, { url: URL });
    expect(a.source).toBeNull();
  });
});

describe('zero-width characters are removed, never turned into spaces', () => {
  it.each(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'])('U+%s', (zw) => {
    const a = extract(page(`<p>中${zw}国人民银行${zw}${zw}发布了${zw} 消息。${P1}</p>`), { url: URL });
    expect(a.text).toBe(`中国人民银行发布了 消息。${P1}`);
  });
});

describe('parse first: markup is read as a browser reads it', () => {
  it('a commented-out <script> before a real script does not swallow the page', () => {
    const html = page(`<p>${P1}</p><!-- <script> --><script>var a = "<p>不是正文</p>";</script><p>${P2}</p><p>${P3}</p>`);
    const a = extract(html, { url: URL });
    expect(texts(a)).toEqual([P1, P2, P3]);
    ok(html, a);
  });

  it('a marker region cut across elements removes whole nodes and rejoins the sentence', () => {
    const html = page(`<p>获得了5<!--NEWSZW_HZH_BEGIN--><span>广告一</span></p><div>广告二</div><p><b>广告三</b><!--NEWSZW_HZH_END-->00万元的大奖。</p><p>${P1}</p>`);
    const a = extract(html, { url: URL });
    expect(texts(a)).toEqual(['获得了500万元的大奖。', P1]);
    expect(a.text).not.toMatch(/广告/);
  });
});

describe('body collection walks the whole container', () => {
  it('text in <div>s', () => {
    const html = page(`<div>${P1}</div><div><div>${P2}</div></div>`);
    expect(texts(extract(html, { url: URL }))).toEqual([P1, P2]);
  });

  it('paragraphs in a <form> (only the controls go)', () => {
    const html = page(`<p>${P1}</p><form action="/x"><p>${P2}</p><input value="输入框里的字"><button>提交按钮</button><select><option>选项</option></select></form><p>${P3}</p>`);
    const a = extract(html, { url: URL });
    expect(texts(a)).toEqual([P1, P2, P3]);
    ok(html, a);
  });

  it('a <figure> with a paragraph and a <figcaption>', () => {
    const html = page(`<p>${P1}</p><figure><img src="https://n.sinaimg.cn/finance/a.jpg"><p>${P2}</p><figcaption>图为发布会现场</figcaption></figure><p>${P3}</p>`);
    const a = extract(html, { url: URL });
    expect(a.blocks).toEqual([
      { type: 'paragraph', text: P1 },
      { type: 'image', src: 'https://n.sinaimg.cn/finance/a.jpg', caption: '图为发布会现场' },
      { type: 'paragraph', text: P2 },
      { type: 'paragraph', text: P3 },
    ]);
    ok(html, a);
  });

  it('a real paragraph typed inside an .img_wrapper', () => {
    const html = page(`<div class="img_wrapper"><img src="https://n.sinaimg.cn/finance/a.jpg"><span class="img_descr">图为发布会现场</span><p>${P1}</p></div><p>${P2}</p>`);
    const a = extract(html, { url: URL });
    expect(texts(a)).toEqual([P1, P2]);
    expect(a.images).toEqual([{ src: 'https://n.sinaimg.cn/finance/a.jpg', caption: '图为发布会现场' }]);
  });

  it('an unclosed .img_wrapper: every paragraph after it, and no page chrome', () => {
    // The wrapper's missing </div> makes the container's own </div> close it; the container then
    // runs on past the page's "正文 end" comment into the chrome.
    const html = page(`<p>${P1}</p><div class="img_wrapper"><img src="https://n.sinaimg.cn/finance/a.jpg"><span class="img_descr">图为发布会现场</span><p>${P2}</p><p>${P3}</p>`);
    const a = extract(html, { url: URL });
    expect(texts(a)).toEqual([P1, P2, P3]);
    expect(a.text).not.toContain('热门推荐');
    ok(html, a);
  });

  it('a stray </div>: the paragraphs, divs and pictures after it up to the end of the body', () => {
    const html = page(`<p>${P1}</p></div><div>${P2}</div><div class="img_wrapper"><img src="https://n.sinaimg.cn/finance/b.jpg"><span class="img_descr">第二张图</span></div><p>${P3}</p>`);
    const a = extract(html, { url: URL });
    expect(texts(a)).toEqual([P1, P2, P3]);
    expect(a.images.map((i) => i.caption)).toEqual(['第二张图']);
    expect(a.text).not.toContain('热门推荐');
    ok(html, a);
  });

  it('a data table keeps its <caption>', () => {
    const html = page(`<p>${P1}</p><table><caption>表1：营业收入</caption><tr><td>年份</td><td>营收</td></tr><tr><td>2021</td><td>10亿元</td></tr></table>`);
    const a = extract(html, { url: URL });
    expect(a.blocks[1]).toEqual({ type: 'table', caption: '表1：营业收入', rows: [['年份', '营收'], ['2021', '10亿元']] });
    ok(html, a);
  });

  it('a layout table’s caption is a paragraph', () => {
    const a = extract(page(`<table><caption>版面表格的标题文字</caption><tr><td>${P1}</td></tr></table>`), { url: URL });
    expect(texts(a)).toEqual(['版面表格的标题文字', P1]);
  });

  it('a picture inside an <h2>: the picture, then the heading', () => {
    const html = page(`<p>${P1}</p><h2><img src="https://n.sinaimg.cn/finance/h.jpg">一、小标题</h2><p>${P2}</p>`);
    const a = extract(html, { url: URL });
    expect(a.blocks).toEqual([
      { type: 'paragraph', text: P1 },
      { type: 'image', src: 'https://n.sinaimg.cn/finance/h.jpg', caption: '' },
      { type: 'heading', text: '一、小标题' },
      { type: 'paragraph', text: P2 },
    ]);
  });
});

describe('links', () => {
  const html = page(
    `<p>据<a href="/roll/2021-08-24/doc-other.shtml">新华社报道</a>，<span id="stock_sh600519"><a href="https://finance.sina.com.cn/realstock/company/sh600519/nc.shtml">贵州茅台</a></span>公告称，` +
      `张一山<a href="https://weibo.com/u/1">[微博]</a>表示<a href="javascript:alert(1)">点这里</a>没有问题。</p>`,
  );
  const a = extract(html, { url: URL });

  it('an http(s) link is an inline with an absolute href; stock links, labels and javascript: are plain', () => {
    expect(a.blocks[0]).toEqual({
      type: 'paragraph',
      text: '据新华社报道，贵州茅台公告称，张一山表示点这里没有问题。',
      inlines: [
        { text: '据' },
        { text: '新华社报道', href: 'https://finance.sina.com.cn/roll/2021-08-24/doc-other.shtml' },
        { text: '，贵州茅台公告称，张一山表示点这里没有问题。' },
      ],
    });
    expect(a.stocks).toEqual([{ code: 'sh600519', name: '贵州茅台' }]);
  });

  it('round-trips through the tool’s own HTML', () => {
    ok(html, a);
    expect(renderHtml(a)).toMatch(/<a href="https:\/\/finance\.sina\.com\.cn\/roll\/2021-08-24\/doc-other\.shtml"[^>]*>新华社报道<\/a>/);
  });

  it('inline texts always join to the paragraph, whitespace folded across runs', () => {
    const runs = [{ text: '  中国\n' }, { text: '\n人民 ', href: 'https://a.cn/' }, { text: ' 银行\u200b  ' }, { text: '', href: 'https://b.cn/' }];
    const n = normalizeRuns(runs);
    expect(n.text).toBe(normalizeText(runs.map((r) => r.text).join('')));
    expect(n.inlines).toEqual([{ text: '中国' }, { text: '人民 ', href: 'https://a.cn/' }, { text: '银行' }]);
  });
});

describe('videos', () => {
  const player =
    `<div class="artical-player-wrap" style="display:block;"><div id="J_Article_Player">视频加载中，请稍候...</div>` +
    `<label style="display:none;"><input type="checkbox">自动播放</label><a class="prev">向前</a><a class="next">向后</a>` +
    `<div style="display:none;"><div class="a-p-s-item" title-data="一起来体验：数字人民币咋花？"><img src="https://p1.ivideo.sina.com.cn/video/383_400_300.jpg" alt="一起来体验：数字人民币咋花？"></div></div></div>`;
  const list =
    `<!--video-list--><div class="video-2017" id="videoList0"></div><script>SINA_TEXT_PAGE_INFO['videoDatas0'] = [{ pic: '//n.sinaimg.cn/front/p.jpg', ` +
    `title: '新浪独家对话完整版', url: 'http://video.sina.com.cn/p/ent/doc/200468899624.html' }];</script><!--/video-list-->`;
  const html = page(`<p>${P1}</p>${player}<p>${P2}</p>${list}<p>${P3}</p><video src="https://v.example.com/a.mp4" poster="https://n.sinaimg.cn/v.jpg" title="现场视频"></video>`);
  const a = extract(html, { url: URL });

  it('every player is a video block with the title, link and picture the page gives', () => {
    expect(a.blocks.filter((b) => b.type === 'video')).toEqual([
      { type: 'video', title: '一起来体验：数字人民币咋花？', href: null, poster: 'https://p1.ivideo.sina.com.cn/video/383_400_300.jpg' },
      { type: 'video', title: '新浪独家对话完整版', href: 'https://video.sina.com.cn/p/ent/doc/200468899624.html', poster: 'https://n.sinaimg.cn/front/p.jpg' },
      { type: 'video', title: '现场视频', href: 'https://v.example.com/a.mp4', poster: 'https://n.sinaimg.cn/v.jpg' },
    ]);
    expect(texts(a)).toEqual([P1, P2, P3]);
  });

  it("a player's script title shows its character references as characters, as the player inserts it", () => {
    const escaped =
      `<!--video-list--><div class="video-2017" id="videoList0"></div><script>SINA_TEXT_PAGE_INFO['videoDatas0'] = [{ pic: '//n.sinaimg.cn/front/p.jpg', ` +
      `title: '&quot;降准&quot;&amp;降息 &#20013;&#x56fd; &#0;', url: 'http://video.sina.com.cn/p/ent/doc/200468899624.html?a=1&amp;b=2' }];</script><!--/video-list-->`;
    const v = extract(page(`<p>${P1}</p>${escaped}<p>${P2}</p>`), { url: URL }).blocks.filter((b) => b.type === 'video');
    expect(v).toEqual([{ type: 'video', title: '"降准"&降息 中国 \ufffd', href: 'https://video.sina.com.cn/p/ent/doc/200468899624.html?a=1&b=2', poster: 'https://n.sinaimg.cn/front/p.jpg' }]);
  });

  it('none of the player’s UI text reaches any output', () => {
    for (const ui of ['视频加载中', '自动播放', '向前', '向后']) {
      expect(a.text).not.toContain(ui);
      expect(a.markdown).not.toContain(ui);
      expect(renderHtml(a)).not.toContain(ui);
    }
  });

  it('videos are not text and not words, and round-trip through .sc-video', () => {
    expect(a.text).toBe([P1, P2, P3].join('\n\n'));
    expect(idempotencyDiff(a)).toEqual([]);
    expect(inventedText(html, a)).toEqual([]);
  });

  it('a k.sina player takes its title and page from the configuration script after it', () => {
    const k = extract(page(`<div class="Video_Cont" id="Video_Cont"></div><script>var $SCOPE = {}; $SCOPE['video'] = { video_id: 264405298, url: 'http://k.sina.com.cn/article_1_m1.html?from=travel', title: "监控拍下的画面" };</script>`), { url: URL });
    expect(k.blocks).toEqual([{ type: 'video', title: '监控拍下的画面', href: 'https://k.sina.com.cn/article_1_m1.html?from=travel', poster: null }]);
    expect(k.kind).toBe('video');
  });

  it('a body of only a player is a video article', () => {
    const v = extract(page(player), { url: URL });
    expect(v.kind).toBe('video');
    expect(v.text).toBe('');
  });
});

describe('the URL and the front matter', () => {
  it('Article.url is http(s) or null', () => {
    expect(extract(page(`<p>${P1}</p>`), { url: 'javascript:alert(1)' }).url).toBeNull();
    const og = page(`<p>${P1}</p>`).replace('<head>', '<head><meta property="og:url" content="javascript:alert(document.cookie)">');
    expect(extract(og).url).toBeNull();
    expect(extract(page(`<p>${P1}</p>`), { url: URL }).url).toBe(URL);
  });

  it('a YAML alias in a front matter keeps the plain title and date', () => {
    const post = `---\ntitle: 上海金融局局长：着手开展试点\nanchor: &x 一个值\ncopy: *x\nlist: [a, *x]\ndate: Tue, 24 Aug 2021 07:57:27 GMT\n---\n<div><p>${P1}</p></div>`;
    const a = extract(post);
    expect(a.title).toBe('上海金融局局长：着手开展试点');
    expect(a.publishedAt).toBe('2021-08-24T15:57:27+08:00');
    expect(a.text).toBe(P1);
  });
});

describe('bounds', () => {
  const reason = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return e instanceof ExtractError ? `${e.reason}: ${e.message}` : `other: ${String(e)}`;
    }
    return 'none';
  };

  it('input over the size limit: too-large, naming the limit', () => {
    expect(reason(() => extract('<p>x</p>'.padEnd(LIMITS.maxInputChars + 1, ' ')))).toMatch(/^too-large: .*64 MiB/);
  });

  it('a budget spent: timeout, naming the budget', async () => {
    // The engine's own parse stage: under the quick config, test files share loaded modules, and a
    // file that swapped in the extension's parse stage (test/unit/ext/cheerio-dom.test.ts) may have
    // left its copy of the engine in the module cache; its parser names no budget.
    vi.resetModules();
    const engine = await import('../src/engine/extract');
    const big = page(Array.from({ length: 20_000 }, (_, i) => `<p>第${i}段。${P1}</p>`).join(''));
    let got = 'none';
    try {
      engine.extract(big, { budgetMs: 1 });
    } catch (e) {
      const x = e as { name?: string; reason?: string; message?: string };
      got = x.name === 'ExtractError' ? `${x.reason}: ${x.message}` : `other: ${String(e)}`;
    }
    expect(got).toMatch(/^timeout: .*1 ms/);
  });
});

describe('trace', () => {
  const html = page(
    `<p>　　原标题：原来的标题</p><p>${P1}</p><p style="display:none">隐藏</p><div class="appendQr_wrap">二维码</div>` +
      `<p>获得了5<!--NEWSZW_HZH_BEGIN--><span>广告</span><!--NEWSZW_HZH_END-->00万元的大奖。</p>` +
      `<p>海量资讯、精准解读，尽在新浪财经APP</p><img src="https://n.sinaimg.cn/blank.gif"><p class="article-editor">责任编辑：张三</p>`,
  );

  it('without trace: no trace key at all', () => {
    expect('trace' in extract(html, { url: URL })).toBe(false);
  });

  it('with trace: every removal and metadata choice, with the rule id and reason, by stage', () => {
    const t = extract(html, { url: URL, trace: true }).trace!;
    const rules = t.map((e) => `${e.stage}:${e.rule}:${e.action}`);
    for (const want of [
      'strip:hidden.display:remove',
      'strip:region.pipAd:remove',
      'template:template.pc-2017:choose',
      'clean:promo.sina-app:remove',
      'clean:drop.editorLine:remove',
      'blocks:image.spacer:remove',
      'lines:promo.sina-app:remove',
      'lines:line.original-title:move',
      'metadata:meta.title.template:choose',
      'metadata:meta.source.header:choose',
      'metadata:meta.editor.box:choose',
    ]) {
      expect(rules).toContain(want);
    }
    const order = ['guard', 'parse', 'strip', 'template', 'clean', 'blocks', 'lines', 'metadata'];
    const stages = t.map((e) => order.indexOf(e.stage));
    expect(stages).toEqual([...stages].sort((x, y) => x - y));
    for (const e of t) {
      expect(e.reason.length).toBeGreaterThan(3);
      if (e.text !== undefined) expect(e.text.length).toBeLessThanOrEqual(120);
    }
    expect(t.find((e) => e.rule === 'meta.editor.box')).toMatchObject({ field: 'editor', value: '张三' });
  });
});

describe('block shapes', () => {
  it('inlines only when a run carries a link', () => {
    const a = extract(page(`<p>${P1}<b>加粗</b></p>`), { url: URL });
    expect(a.blocks[0]).toEqual({ type: 'paragraph', text: `${P1}加粗` } satisfies Block);
  });
});

describe('a stray </div> on a page without an end marker (k.sina, t.cj)', () => {
  it('paragraphs, editor divs and picture wrappers right after the body come back; the page’s own divs do not', () => {
    const html = `<html><head><title>标题_新浪网</title></head><body><h1 class="main-title">标题</h1><div class="date-source"><span class="date">2018年09月28日 06:20</span></div>
<div class="article-wrap"><div id="artibody"><p>${P1}</p></div><div>${P2}</div><div class="img_wrapper"><img src="https://n.sinaimg.cn/k/a.jpg"><span class="img_descr">图</span></div><p>${P3}</p></div>
<div class="article-bottom-related"><p>相关阅读：另一篇文章的标题在这里</p></div></body></html>`;
    const a = extract(html, { url: 'http://k.sina.com.cn/article_6598441619_1894c3a9300100elpc.html' });
    expect(texts(a)).toEqual([P1, P2, P3]);
    expect(a.images).toHaveLength(1);
  });
});
