/**
 * The cases issue 8 lists for the rule tables, each through extract() on a small page written
 * here: metadata as the page shows it (time, source, authors, editor, title, lead image), lines
 * that stay or go, links that are Sina's furniture, and re-extracting the tool's own HTML. Each
 * failed on the engine before the tables were wired into it.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article';
import { extract } from '../../src/engine/extract';
import { renderHtml } from '../../src/render/html';

const P1 = '国家统计局今天发布的数据显示，今年前三季度国内生产总值同比增长，经济运行总体平稳，发展质量稳步提升。';
const P2 = '从环比看，三季度国内生产总值增长较快，主要指标保持在合理区间，就业形势总体稳定，物价温和上涨。';
const P3 = '分产业看，第一产业增加值增长，第二产业增加值增长，第三产业增加值增长，服务业对经济增长的贡献继续提高。';
const P4 = '分地区看，东部地区经济保持较快增长，中西部地区增速快于全国，东北地区经济企稳回升的态势更加明显。';
const P5 = '消费对经济增长的拉动作用增强，社会消费品零售总额增长，网上零售额增长，实物商品网上零售额占比提高。';
const P6 = '投资结构继续优化，高技术产业投资增长较快，制造业投资增速回升，基础设施投资保持稳定增长的势头。';
const P7 = '对外贸易稳中向好，货物进出口总额增长，出口增长，进口增长，贸易结构持续优化，民营企业进出口占比上升。';
const URL = 'https://finance.sina.com.cn/roll/2021-10-18/doc-ikqcfncc4763514.shtml';

const ps = (...lines: string[]) => lines.map((l) => `<p>　　${l}</p>`).join('');

/** A PC 2017+ page: header time and label, optional meta tags, the body. */
function pcPage(body: string, opts: { date?: string; label?: string; meta?: Record<string, string> } = {}): string {
  const metas = Object.entries(opts.meta ?? {})
    .map(([k, v]) => `<meta ${k.includes(':') && !k.startsWith('weibo') ? 'property' : 'name'}="${k}" content="${v}">`)
    .join('');
  return `<html><head><title>前三季度经济运行总体平稳_新浪财经_新浪网</title>${metas}</head><body><h1 class="main-title">前三季度经济运行总体平稳</h1>
<div class="date-source">${opts.date ? `<span class="date">${opts.date}</span>` : ''}<span class="source">${opts.label ?? ''}</span></div>
<div id="artibody">${body}</div><!-- 正文 end --></body></html>`;
}

/** A seed-format post: front matter (title, date, author, headimg) and an #artibody body. */
function seedPost(body: string, fm: { title?: string; headimg?: string } = {}): string {
  return `---\ntitle: '${fm.title ?? '前三季度经济运行总体平稳'}'\nheadimg: '${fm.headimg ?? ''}'\nauthor: 新浪财经\ndate: Mon, 18 Oct 2021 02:00:00 GMT\n---\n\n<div id="artibody">${body}</div>\n`;
}

const again = (a: Article) => extract(renderHtml(a), { url: a.url ?? undefined });

describe('publishedAt is the time the page prints', () => {
  it('a later edit in article:published_time does not replace the printed time', () => {
    const a = extract(pcPage(ps(P1, P2), { date: '2018年09月28日 10:30', meta: { 'article:published_time': '2018-09-28T10:37:09+08:00' } }), { url: URL });
    expect(a.publishedAt).toBe('2018-09-28T10:30:00+08:00');
  });
  it('the meta tag gives the seconds when it names the same minute', () => {
    const a = extract(pcPage(ps(P1, P2), { date: '2016年05月25日 10:10', meta: { 'article:published_time': '2016-05-25T10:10:19+08:00' } }), { url: URL });
    expect(a.publishedAt).toBe('2016-05-25T10:10:19+08:00');
  });
  it('the meta tag alone when the page prints no time', () => {
    const a = extract(pcPage(ps(P1, P2), { meta: { 'article:published_time': '2016-05-25T10:10:19+08:00' } }), { url: URL });
    expect(a.publishedAt).toBe('2016-05-25T10:10:19+08:00');
  });
  it('a CMS stamp comment is not a printed time (2005 table pages)', () => {
    const html = `<!--[111,3,244339] published at 2005-03-21 11:21:30 from #150 by 666-->
<html><body><table><tr><th class=f24>四年前中500万现穷困潦倒</th></tr><tr><td>2005年03月21日 11:21 <font>《理财周刊》</font></td></tr></table><font id="zoom">${ps(P1, P2)}</font></body></html>`;
    const a = extract(html);
    expect(a.publishedAt).toBe('2005-03-21T11:21:00+08:00');
    expect(a.source).toBe('理财周刊');
  });
});

describe('source is the outlet the article names', () => {
  it('a 来源 line at the edge over a portal label (新浪新闻综合)', () => {
    expect(extract(pcPage(ps(P1, P2, P3, P4, '来源：光明日报'), { label: '新浪新闻综合' }), { url: URL }).source).toBe('光明日报');
  });
  it('文：《X》 over the header label', () => {
    expect(extract(pcPage(ps('文：《财经》记者 张三 李四', P1, P2), { label: '新浪财经' }), { url: URL }).source).toBe('财经');
  });
  it('the dispatch over the header label', () => {
    const a = extract(pcPage(ps(`中新社曼谷9月11日电 （记者 王国安）${P1}`, P2), { label: '中国新闻网' }), { url: URL });
    expect([a.source, a.authors]).toEqual(['中新社', ['王国安']]);
  });
  it('never 本报, 本刊 or 本台', () => {
    const a = extract(pcPage(ps('本报记者 杜丽娟 北京报道', P1, P2), { label: '本报' }), { url: URL });
    expect(a.source).toBeNull();
    expect(a.authors).toEqual(['杜丽娟']);
  });
  it('never a Sina platform label; the self-media account instead', () => {
    expect(extract(pcPage(ps(P1, P2), { label: '新浪看点', meta: { 'article:author': '刘文谈谈时尚' } }), { url: URL }).source).toBe('刘文谈谈时尚');
  });
  it('never a 来源 line hidden in an article_adlist comment', () => {
    const a = extract(seedPost(`${ps(P1, P2)}<!--article_adlist[<p>来源：中国新闻网</p>]article_adlist-->`));
    expect(a.source).toBe('新浪财经');
  });
  it('a seed post that names no outlet: the front matter’s author', () => {
    expect(extract(seedPost(ps(P1, P2))).source).toBe('新浪财经');
  });
  it('a 来源 line naming a person is no source, and stays text', () => {
    const a = extract(pcPage(ps(P1, P2, P3, '来源: 尹娟'), { label: '理财周刊' }), { url: URL });
    expect(a.source).toBe('理财周刊');
    expect(a.text).toContain('来源: 尹娟');
  });
});

describe('lines: what stays and what goes', () => {
  it('a 来源 sentence in mid-article stays text', () => {
    const a = extract(pcPage(ps(P1, P2, P3, '来源：国家统计局，数据截至2021年底', P4, P5, P6, P7), { label: '新浪财经' }), { url: URL });
    expect(a.text).toContain('来源：国家统计局，数据截至2021年底');
    expect(a.source).toBe('新浪财经');
  });
  it('a 来源 credit line in mid-article stays text and names no source', () => {
    const a = extract(pcPage(ps(P1, P2, P3, P4, '来源：中国国防报', P5, P6, P7), { label: '海外网' }), { url: URL });
    expect(a.text).toContain('来源：中国国防报');
    expect(a.source).toBe('海外网');
  });
  it('standalone bylines and credit lines stay in the text and give authors', () => {
    const a = extract(pcPage(ps('（记者 张三）', P1, P2, '文/李四'), { label: '新浪财经' }), { url: URL });
    expect(a.text).toContain('（记者 张三）');
    expect(a.text).toContain('文/李四');
    expect(a.authors).toEqual(['张三', '李四']);
  });
  it('文：, 原创： and 编译 credits give their writer', () => {
    expect(extract(pcPage(ps('原创：李小晓', P1, P2)), { url: URL }).authors).toEqual(['李小晓']);
    expect(extract(pcPage(ps(P1, P2, '编译：王五')), { url: URL }).authors).toEqual(['王五']);
  });
  it('新京报讯（记者 张和平） gives 张和平, never 张平', () => {
    expect(extract(pcPage(ps(`新京报讯（记者 张和平）${P1}`, P2)), { url: URL }).authors).toEqual(['张和平']);
  });
  it('责任编辑 without work codes or trailing credits', () => {
    expect(extract(pcPage(ps(P1, P2, '责任编辑：张三 SF014 AB123')), { url: URL }).editor).toBe('张三');
    expect(extract(pcPage(ps(P1, P2, '责任编辑：徐芸茜 主编：公培佳')), { url: URL }).editor).toBe('徐芸茜');
  });
  it('原标题 with its 来源 on the same line gives both', () => {
    const a = extract(seedPost(ps('原标题：视频｜哪些省份的人在吃喝上花了最多的钱 来源：中国经营网', P1, P2)));
    expect([a.originalTitle, a.source]).toEqual(['视频｜哪些省份的人在吃喝上花了最多的钱', '中国经营网']);
    expect(a.text).not.toContain('原标题');
  });
  it('a related-news lead-in and its titles go; a self-media disclaimer and a follow-us line go', () => {
    const a = extract(
      pcPage(ps(P1, P2, P3, '欢迎关注中国新闻周刊视频号', '[相关新闻]', '英国再次放风闯南海 背后有何意图？', '特别声明：以上文章内容仅代表作者本人观点，不代表新浪看点观点或立场。')),
      { url: URL },
    );
    expect(a.text).toBe([P1, P2, P3].join('\n\n'));
  });
  it('live quote numbers after a stock name go, the sentence stays', () => {
    const a = extract(pcPage(ps(`贵州茅台（1790.00，-12.30，-0.68%）盘中走低，${P1}`, P2)), { url: URL });
    expect(a.text.startsWith(`贵州茅台盘中走低，${P1}`)).toBe(true);
  });
});

describe('titles and pictures', () => {
  it('a seed title whose quotes the generator flattened is the body’s headline', () => {
    const a = extract(seedPost(ps('“复方脑残片”“二货救心丸”…… 查处！', P1, P2), { title: '_复方脑残片__二货救心丸_…… 查处！' }));
    expect(a.title).toBe('“复方脑残片”“二货救心丸”…… 查处！');
    expect(a.text.startsWith(P1)).toBe(true);
  });
  it('the picture of a dropped promo box is never the lead image, even as the front matter’s headimg', () => {
    const qr = 'https://n.sinaimg.cn/finance/520/w260h260/20220118/ede9-896b9581818d05cba2d799af96e7e82e.png';
    const a = extract(seedPost(`${ps(P1, P2)}<!-- 开户二维码 start --><div class="app-kaihu-qr"><span>集虎卡，开鸿运！</span><img src="${qr}"></div><!-- 开户二维码 end -->`, { headimg: qr }));
    expect(a.leadImage).toBeNull();
  });
  it('a cover picture’s credit is neither the caption of the picture before it nor text', () => {
    const a = extract(seedPost(`${ps(P1, P2)}<p><img src="https://n.sinaimg.cn/finance/a.jpg"></p>${ps('封面图片来源：每经记者 张建 摄 资料图')}`));
    expect(a.images).toEqual([{ src: 'https://n.sinaimg.cn/finance/a.jpg', caption: '' }]);
    expect(a.text).toBe(`${P1}\n\n${P2}`);
  });
  it('Sina’s default share picture is never the lead image', () => {
    const a = extract(pcPage(ps(P1, P2), { meta: { 'og:image': 'http://n.sinaimg.cn/default/transform/116/w550h366/20180326/YkRn-fysqfnf9556477.png' } }), { url: URL });
    expect(a.leadImage).toBeNull();
  });
});

describe('links', () => {
  it('Sina’s Weibo card on a name is no link; the article’s own link stays', () => {
    const a = extract(
      pcPage(`<p>　　<a class="wt_article_link" href="http://weibo.com/imf?zw=finance">IMF</a>第一副总裁称，${P1}</p><p>　　详见<a href="https://news.sina.com.cn/c/2018-09-28/doc-ifxeuwwr9076960.shtml">另一篇报道</a>，${P2}</p>`),
      { url: URL },
    );
    expect(a.blocks[0]).toEqual({ type: 'paragraph', text: `IMF第一副总裁称，${P1}` });
    expect(a.blocks[1]).toMatchObject({ inlines: [{ text: '详见' }, { text: '另一篇报道', href: 'https://news.sina.com.cn/c/2018-09-28/doc-ifxeuwwr9076960.shtml' }, { text: `，${P2}` }] });
  });
});

describe('re-extracting the tool’s own HTML gives the same metadata', () => {
  it.each([
    ['ETtoday/文', pcPage(ps(P1, `${P2}ETtoday/文`), { label: '新浪娱乐' })],
    ['（John Smith/文）', pcPage(ps(P1, P2, '（John Smith/文）'), { label: '新浪娱乐' })],
    ['责任编辑：张三 SF014 AB123', pcPage(ps(P1, P2, '责任编辑：张三 SF014 AB123'), { label: '新浪财经' })],
    ['来源 line over a dispatch', seedPost(ps('来源：上海证券报', `上证报中国证券网讯（记者 陈芳）${P1}`, P2))],
  ])('%s', (_name, html) => {
    const a = extract(html, { url: URL });
    const b = again(a);
    expect([b.source, b.authors, b.editor]).toEqual([a.source, a.authors, a.editor]);
  });
  it('ETtoday/文 is an outlet credit, not an author; （John Smith/文） is an author', () => {
    expect(extract(pcPage(ps(P1, `${P2}ETtoday/文`)), { url: URL }).authors).toEqual([]);
    expect(extract(pcPage(ps(P1, P2, '（John Smith/文）')), { url: URL }).authors).toEqual(['John Smith']);
  });
});
