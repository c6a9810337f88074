/**
 * Real pages of the families outside the news/finance headline templates (2005 table layout,
 * 2004 book chapters, the finance.sina.cn mobile page), each with one thing Sina prints there in
 * another year or channel: the 新浪声明 under a reposted article, the page-tool row inside the body,
 * a chapter pager, a filled mobile ad slot. What Sina prints goes; the article's sentences that use
 * the same words stay.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/cli/decode';
import { extract } from '../../src/engine/extract';

const PAGES = join(import.meta.dirname, '..', '..', 'fixtures', 'pages');
const page = (file: string) => decodeHtml(readFileSync(join(PAGES, file))).text;

/** The page with `html` inserted after the first occurrence of `after`. */
function withAfter(file: string, after: string, html: string): string {
  const p = page(file);
  const i = p.indexOf(after);
  expect(i, `${file} has ${after}`).toBeGreaterThan(-1);
  return p.slice(0, i + after.length) + html + p.slice(i + after.length);
}

const paragraphs = (html: string) => extract(html).text.split('\n\n');

describe('the 2005 house page (table layout)', () => {
  const FILE = 'bj-house_20050331_031868306.html';
  const END = '(信报记者 蔡雪婧)</p>';
  const base = paragraphs(page(FILE));

  it.each([
    '新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。',
    '新浪声明：新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。',
  ])('drops Sina’s statement under a reposted article: %s', (line) => {
    expect(paragraphs(withAfter(FILE, END, `\n<p>　　${line}</p>`))).toEqual(base);
  });

  it('drops the page-tool row when it sits inside the body', () => {
    const row = '<p>【<a href=http://comment.news.sina.com.cn/cgi-bin/comment/comment.cgi?channel=fdc&newsid=62-3-68306>评论</a>】【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:doPrint()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</p>';
    expect(paragraphs(withAfter(FILE, END, `\n${row}`))).toEqual(base);
  });

  it.each([
    '开发商在声明中称，此消息系误传，项目并不意味着保本保息，投资者据此操作，风险自担。',
    '新浪声明称，公司从未授权任何机构以新浪名义发售理财产品。',
    '【评论】楼市调控不能只靠限购',
  ])('keeps the article sentence %s', (line) => {
    expect(paragraphs(withAfter(FILE, END, `\n<p>　　${line}</p>`))).toEqual([...base, line]);
  });
});

describe('the 2004 book chapter (table layout)', () => {
  const FILE = 'book_20041013_114366.html';
  const PAGER = '<p><a href=40.shtml style=font-size:14px>[上一篇]</a>&nbsp&nbsp<a href=42.shtml style=font-size:14px>[下一篇]</a></p>';
  const base = paragraphs(page(FILE));

  it.each([
    '<p><a href=40.shtml>上一页</a> <a href=index.shtml>回目录</a> <a href=42.shtml>下一页</a></p>',
    '<p><a href=40.shtml>&lt;&lt;上一页</a> | <a href=index.shtml>目录</a> | <a href=42.shtml>下一页&gt;&gt;</a></p>',
    '<p>[<a href=40.shtml>上一章</a>] [<a href=42.shtml>下一章</a>]</p>',
  ])('drops the chapter pager %s', (pager) => {
    const p = page(FILE);
    expect(p).toContain(PAGER);
    expect(paragraphs(p.replace(PAGER, pager))).toEqual(base);
  });
});

describe('the finance.sina.cn mobile page', () => {
  const FILE = 'finance-m_20050826_ikknscsi2623250.html';
  const SLOT = '<div sax-type="proxy" class="j_native_opq240314 box" data-inserttype="0" style="margin:20px 0" data-id="201711dingdingeb"></div>';

  it('drops an ad slot the ad system filled, picture and words', () => {
    const p = page(FILE);
    expect(p).toContain(SLOT);
    const filled = SLOT.replace('></div>', '><a href="https://sax.sina.cn/click?x=1"><img src="https://d1.sina.com.cn/ad.jpg"><span class="ad_tit">炒股就用新浪财经APP，行情快人一步</span><span class="ad_tag">广告</span></a></div>');
    const a = extract(p.replace(SLOT, filled));
    const b = extract(p);
    expect(a.blocks).toEqual(b.blocks);
    expect(a.text).toBe(b.text);
  });
});

describe('the k.sina self-media page', () => {
  const FILE = 'k_20180928_b63e5bc502000bg5u.html';
  const END = '（中国南海新闻网 栾雨石）</font></p>';
  const base = paragraphs(page(FILE));

  it.each([
    '<div class="article-statement"><p>新浪号声明：本文由新浪号作者撰写并发布，观点仅代表作者本人，不代表新浪网立场。</p></div>',
    '<p><font>更多南海问题专业资讯与权威解读，尽在海外网—中国南海新闻网（www.nanhainet.cn）。</font></p>',
  ])('drops the platform’s or outlet’s line %s', (html) => {
    expect(paragraphs(withAfter(FILE, END, html))).toEqual(base);
  });

  it('keeps the article sentence that speaks of a statement', () => {
    const line = '新浪号声明发布后，多名作者表示将调整更新频率。';
    expect(paragraphs(withAfter(FILE, END, `<p><font>${line}</font></p>`))).toEqual([...base, line]);
  });
});

describe('a page no template knows (the Readability fallback)', () => {
  const body = [
    '今天人民币兑美元中间价报6.5693，创逾五年新低。市场对此并不意外，多数交易员认为这一水平符合预期。',
    '从一篮子货币的角度看，人民币汇率指数在过去三个月里基本保持稳定，这说明央行仍在管理汇率的波动幅度。',
    '我的判断是，年内人民币兑美元仍有小幅贬值压力，但不会出现去年8月那样的急跌，市场情绪也趋于平稳。',
  ];
  const html = (title: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body><div class="nav"><a href="/">首页</a></div>` +
    `<div class="main"><div class="content">${body.map((p) => `<p>${p}</p>`).join('')}</div></div></body></html>`;

  it.each([
    ['谈谈人民币汇率的下一步_张明_新浪博客', '谈谈人民币汇率的下一步'],
    ['人民币中间价创逾五年新低_新浪财经_新浪网', '人民币中间价创逾五年新低'],
    ['人民币中间价创逾五年新低', '人民币中间价创逾五年新低'],
  ])('reads the title of %s without Sina’s suffix', (title, want) => {
    const a = extract(html(title));
    expect(a.text.split('\n\n')).toEqual(body);
    expect(a.title).toBe(want);
  });
});

describe('the 财经头条 (t.cj.sina) self-media page', () => {
  const FILE = 't-cj_20180928_182322be600100i6z0.html';
  const LEAD = '<p><font>文/玉浊清</font></p>';

  it.each([
    ['作者：玉浊清　来源：洋子谈科技', ['玉浊清'], '洋子谈科技'],
    ['作者：玉浊清 来源：中国水利报', ['玉浊清'], '中国水利报'],
    // 文/X was read by the slash byline, which took 来源 for a second writer.
    ['文/玉浊清 来源：洋子谈科技', ['玉浊清'], '洋子谈科技'],
  ])('reads the writer and the outlet of the lead credit %s, which stays', (line, authors, source) => {
    const p = page(FILE);
    expect(p).toContain(LEAD);
    const a = extract(p.replace(LEAD, `<p><font>${line}</font></p>`));
    expect(a.authors).toEqual(authors);
    expect(a.source).toBe(source);
    expect(a.text.split('\n\n')[0]).toBe(line.replace('\u3000', ' '));
  });
});

describe('a 2019 sports body (#artibody fragment)', () => {
  const FILE = join('..', 'fragments', 'sina-body_2019_cs327259852_00.html');
  const END = '<p>　　（Emily）</p>';
  const base = paragraphs(page(FILE));

  it.each([
    '<p>　　<a href="http://video.sina.com.cn/p/sports/nba/v/2019-02-06/abc.html" target="_blank">点击观看比赛集锦</a></p>',
    '<p>　　<a href="http://sports.sina.com.cn/nba/live.html">【点击观看视频】</a></p>',
  ])('drops the click-through line %s', (html) => {
    const p = page(FILE);
    expect(p).toContain(END);
    expect(paragraphs(p.replace(END, `${html}\n${END}`))).toEqual(base);
  });

  it('keeps the sentence about clicks', () => {
    const line = '湖人队官方账号发布的赛后集锦，点击观看量在一小时内突破百万。';
    const p = page(FILE);
    const got = paragraphs(p.replace(END, `<p>　　${line}</p>\n${END}`));
    expect(got).toEqual([...base.slice(0, -1), line, base[base.length - 1]]);
  });
});

describe('the k.sina self-media page with web pictures', () => {
  const FILE = 'k_20180928_1894c3a9300100elpc.html';
  const NOTE = '<p><font>注：文章内容真实性已证实，图片来自网络，我爱趣头条！</font></p>';
  const base = paragraphs(page(FILE));

  it.each(['（图片来源于网络，如有侵权请联系删除）', '图片来源网络，侵删', '喜欢本文的朋友，请点击右上角关注作者，每天为您带来更多精彩内容！'])('drops the self-media closing line %s', (line) => {
    const p = page(FILE);
    expect(p).toContain(NOTE);
    expect(paragraphs(p.replace(NOTE, `<p><font>${line}</font></p>`))).toEqual(base);
  });

  it('keeps the sentence that reports where a picture came from', () => {
    const line = '警方称，涉事图片来源于网络，系他人伪造后发布。';
    expect(paragraphs(page(FILE).replace(NOTE, `<p><font>${line}</font></p>`))).toEqual([...base, line]);
  });
});
