/**
 * Variants of real whole pages (fixtures/pages/**) the way Sina's pages differ across years and
 * channels: app promos in new wordings and containers, an outlet's follow-us line, a lead byline
 * that abbreviates the outlet the header names. Each case keeps only the variant's essential HTML.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import type { Article } from '../../src/article';
import { readFileSync } from 'node:fs';
import { APP_PICTURE, appPicture } from '../../src/rules/images';
import { abbreviates, OUTLET_SHORT_FORM } from '../../src/rules/metadata';
import { chartStockName, STOCK_CHART_ALT } from '../../src/rules/stocks';

const P1 = '近日，珠海市政府发布一则通知，准备拆除这条有轨电车，随即引来多方关注。';
const P2 = '其实，有轨电车的建设和运营困局，国内其他城市此前已暴露数次。';
const P3 = '2023年，全国城轨交通平均客运强度为0.55万人次/公里·日。协会公布的数据显示，现代有轨电车远在平均水平以下。';
const p = (t: string) => `<p cms-style="font-L">　　${t}</p>`;
const texts = (a: Article) => a.blocks.flatMap((b) => ('text' in b ? [b.text] : []));

/** The 2024 news.sina.com.cn template (fixtures/pages/news_20240510_inausehc2630922.html), reduced. */
function pc2017(body: string, lead = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>城市有轨电车之困_新浪新闻</title>
<meta property="article:published_time" content="2024-05-10T05:54:20+08:00"><meta name="mediaid" content="每日经济新闻"></head><body>
<h1 class="main-title">城市有轨电车之困：一边争相上马，一边接连叫停</h1>
<div class="date-source"><span class="date">2024年05月10日 00:26</span><a href="https://mp.weixin.qq.com/s?x=1" class="source" rel="nofollow">每日经济新闻</a></div>
<div class="article-content-left"><div class="article" id="article">${lead}${body}
<!--article_adlist[<p cms-style="font-L legend"></p>]article_adlist-->
<p class="show_author">责任编辑：刘德宾 </p></div>
<!-- 正文 end --></div></body></html>`;
}

/** The 2012-2017 finance.sina.com.cn template (fixtures/pages/finance_20160525_ifxsktkp9337164.html), reduced. */
function pc2012(body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>人民币中间价创逾五年新低_新浪财经_新浪网</title>
<meta property="article:published_time" content="2016-05-25T10:10:19+08:00"></head><body>
<h1 id="artibodyTitle">人民币中间价创逾五年新低 做市商称符合预期</h1>
<span class="time-source">2016年05月25日10:10 <span><a href="http://www.yicai.com/" target="_blank">第一财经</a></span></span>
<div class="article article_16" id="artibody">${body}<!-- news_keyword_pub,stock, -->
<div data-sudaclick="suda_1028_guba"><p>进入<a href="http://guba.sina.com.cn" target="_blank">【新浪财经股吧】</a>讨论</p></div></div>
<p class="article-editor">责任编辑：支全明 SF099</p></body></html>`;
}

describe('attack12: Sina app promos in wordings and containers no fixture shows', () => {
  // A 2024 news page whose app box under the body has a new class and a QR picture: Sina reworded
  // the box over the years (海量资讯、精准解读，尽在新浪财经APP is one wording of it).
  it('an app-download box with a QR image and two promo lines under a 2024 body', () => {
    const html = pc2017(p(P1) + p(P2) + p(P3) +
      '<div class="app-download-box"><img src="https://n.sinaimg.cn/finance/app/qrcode_sfapp.png" alt="新浪财经APP二维码">' +
      '<p>扫描二维码下载新浪财经客户端</p><p>7×24小时全球财经资讯，尽在新浪财经APP</p></div>');
    const a = extract(html, { url: 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml' });
    expect(texts(a)).toEqual([P1, P2, P3]);
  });

  it('打开新浪财经APP，查看更多精彩内容 in a new promo container under the body', () => {
    const html = pc2017(p(P1) + p(P2) + p(P3) + '<div class="sf-app-guide"><p>打开新浪财经APP，查看更多精彩内容</p></div>');
    const a = extract(html, { url: 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml' });
    expect(texts(a)).toEqual([P1, P2, P3]);
  });

  it('the article’s own sentence about the app stays (guard for the two cases above)', () => {
    const story = '新浪财经APP的调查显示，超过六成受访者认为有轨电车客流不足。';
    const a = extract(pc2017(p(P1) + p(story) + p(P3)), { url: 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml' });
    expect(texts(a)).toEqual([P1, story, P3]);
  });

  // A 2016 finance page whose body ends with a client-download line (新浪财经客户端 is the app's
  // other name on 2012-2017 pages) before the keyword marker and the stock-forum link.
  it('下载新浪财经客户端，第一时间获取… at the end of a 2016 #artibody', () => {
    const html = pc2012(p('新浪财经讯 5月25日上午消息，中间价大幅调降至2011年3月以来最弱水平。') + p(P2) + p('下载新浪财经客户端，第一时间获取7×24小时全球财经资讯。'));
    const a = extract(html, { url: 'http://finance.sina.com.cn/money/forex/hbfx/2016-05-25/doc-ifxsktkp9337164.shtml' });
    expect(texts(a)).toEqual(['新浪财经讯 5月25日上午消息，中间价大幅调降至2011年3月以来最弱水平。', P2]);
  });
});

describe('attack12: an outlet’s own follow-us line at the end of the body', () => {
  // 每日经济新闻 and other outlets close their reprinted stories with a scan-to-follow line that
  // names no 二维码 (the QR picture was not carried over).
  it('扫码关注每日经济新闻公众号，获取更多资讯。 goes; 乘客扫码乘车… stays', () => {
    const story = '乘客扫码乘车后，车票收入仍不足以覆盖运营成本。';
    const html = pc2017(p(P1) + p(story) + p(P3) + p('扫码关注每日经济新闻公众号，获取更多资讯。'));
    const a = extract(html, { url: 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml' });
    expect(texts(a)).toEqual([P1, story, P3]);
  });
});

describe('attack12: a lead byline that abbreviates the outlet the header names', () => {
  // 每日经济新闻 stories open with 每经记者 NAME 每经编辑 NAME; the header shows the outlet in full.
  it('每经记者 李娜 每经编辑 张益铭 under a header source 每日经济新闻: the source stays 每日经济新闻', () => {
    const html = pc2017(p(P1) + p(P2) + p(P3), p('每经记者 李娜 每经编辑 张益铭'));
    const a = extract(html, { url: 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml' });
    expect(a.source).toBe('每日经济新闻');
    expect(a.authors).toEqual(['李娜']);
    expect(a.editor).toBe('刘德宾');
  });
});

describe('attack12: a sina.cn page’s open-the-app line inside the article section', () => {
  // news.sina.cn (fixtures/pages/news-m_20190911_iicezzrq5132048.html): a call to open the app
  // placed after the last paragraph of section.art_content.
  it('打开新浪新闻，阅读全文 is no paragraph', () => {
    const last = '声明表示，泰方相信香港特区政府有能力通过和平方式缓解局势，实现香港特区永续繁荣。（完）';
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>泰国外交部：香港特别行政区事务纯属中国内政</title>
<meta property="article:published_time" content="2019-09-11 17:00:50"><meta name="mediaid" content="中国新闻网"></head><body><article>
<h1 class="art_tit_h1">泰国外交部：香港特别行政区事务纯属中国内政</h1>
<section class="art_pic_card art_content">
<p class="art_p">中新社曼谷9月11日电 （记者 王国安）泰国外交部11日发表关于香港局势的声明说，香港特别行政区事务纯属中国内政。</p>
<p class="art_p">泰国外交部当天在其网站发布的声明表示，泰方正密切关注香港特别行政区的局势。</p>
<p class="art_p">${last}</p>
<aside class="look_more"><a class="look_more_a" href="javascript:;">打开新浪新闻，阅读全文</a></aside>
</section></article></body></html>`;
    const a = extract(html, { url: 'https://news.sina.cn/gj/2019-09-11/detail-iicezzrq5132048.d.html' });
    expect(a.template).toBe('mobile');
    expect(texts(a).at(-1)).toBe(last);
    expect(a.text).not.toContain('打开新浪新闻');
  });
});

describe('attack12: an app banner picture and a lead app slogan', () => {
  // A banner picture under the body, linked to the app's landing page (comfinanceweb.shtml) and
  // named 新浪财经APP in its alt: a promo like the QR box, not a picture of the article.
  it('an <a> to the app landing page around a banner picture is no image of the article', () => {
    const html = pc2017(p(P1) + p(P2) + p(P3) +
      '<p><a href="https://finance.sina.com.cn/mobile/comfinanceweb.shtml" target="_blank"><img src="//n.sinaimg.cn/finance/cece9e13/20191031/sfapp_banner.png" alt="新浪财经APP"></a></p>');
    const a = extract(html, { url: 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml' });
    expect(texts(a)).toEqual([P1, P2, P3]);
    expect(a.images).toEqual([]);
    expect(a.leadImage).toBeNull();
  });

  // A bracketed slogan boxed above the first paragraph, the way 炒股就看金麒麟分析师研报 is.
  it('【看行情，上新浪财经APP】 before the first paragraph', () => {
    const a = extract(pc2017(p(P1) + p(P2) + p(P3), p('【看行情，上新浪财经APP】')), { url: 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml' });
    expect(texts(a)).toEqual([P1, P2, P3]);
  });
});

describe('attack12: a WeChat account’s closing furniture on a reprint', () => {
  // The 2024 page's header links its source to mp.weixin.qq.com: reprints of WeChat articles carry
  // the account's end mark, a 往期推荐 list and a 点个“在看” call under the report.
  it('— END —, 往期推荐 with a title under it, and 点个“在看”，分享给更多人 go', () => {
    const html = pc2017(p(P1) + p(P2) + p(P3) + p('— END —') + p('往期推荐') + p('地铁建设为何“踩刹车”？') + p('点个“在看”，分享给更多人'));
    const a = extract(html, { url: 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml' });
    expect(texts(a)).toEqual([P1, P2, P3]);
  });
});

describe('fix12: stock.chart-alt examples', () => {
  for (const ex of STOCK_CHART_ALT.examples.match) {
    it(`${ex.text} names ${ex.name}`, () => expect(chartStockName(ex.text)).toBe(ex.name));
  }
  for (const text of STOCK_CHART_ALT.examples.noMatch) {
    it(`not ${text}`, () => expect(chartStockName(text)).toBe(''));
  }
});

describe('fix12: image.appBanner examples', () => {
  for (const href of APP_PICTURE.examples.link) it(`a picture linked to ${href} is the app's`, () => expect(appPicture('', href)).toBe(true));
  for (const href of APP_PICTURE.examples.noLink) it(`a picture linked to ${href} is not`, () => expect(appPicture('', href)).toBe(false));
  for (const alt of APP_PICTURE.examples.alt) it(`alt ${alt} is the app's`, () => expect(appPicture(alt, '')).toBe(true));
  for (const alt of APP_PICTURE.examples.noAlt) it(`alt ${alt} is not`, () => expect(appPicture(alt, '')).toBe(false));

  it('a screenshot of the app the article shows (alt 新浪财经APP截图) stays a picture', () => {
    const html = pc2017(p(P1) + '<p><img src="//n.sinaimg.cn/news/transform/20240510/shot.jpg" alt="新浪财经APP截图"></p>' + p(P2) + p(P3));
    const a = extract(html, { url: 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml' });
    expect(a.images.map((i) => i.src)).toEqual(['https://n.sinaimg.cn/news/transform/20240510/shot.jpg']);
  });
});

describe('fix12: the rule-table fixture of app calls and WeChat closing lines', () => {
  it('synthetic-app-wechat.html reads as its two paragraphs', () => {
    const html = readFileSync(new URL('../../fixtures/synthetic/synthetic-app-wechat.html', import.meta.url), 'utf8');
    const a = extract(html, { url: 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml' });
    expect(texts(a)).toEqual([P1, P2]);
  });

  it('a short closing paragraph of the article stays after a 往期推荐 that is not at the end', () => {
    const own = '有轨电车的前景如何，仍有待观察。';
    const a = extract(pc2017(p(P1) + p('往期推荐') + p(P2) + p(P3) + p(own)), { url: 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml' });
    expect(texts(a)).toEqual([P1, '往期推荐', P2, P3, own]);
  });
});

describe('fix12: source.short-form', () => {
  for (const [short, full] of OUTLET_SHORT_FORM.examples.match) it(`${short} abbreviates ${full}`, () => expect(abbreviates(short, full)).toBe(true));
  for (const [short, full] of OUTLET_SHORT_FORM.examples.noMatch) it(`${short} does not abbreviate ${full}`, () => expect(abbreviates(short, full)).toBe(false));

  it('a byline naming a different outlet than the header keeps its own (新京报记者 under 北京青年报)', () => {
    const html = pc2017(p(P1) + p(P2) + p(P3), p('新京报记者 李娜')).replace('>每日经济新闻</a>', '>北京青年报</a>');
    const a = extract(html, { url: 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml' });
    expect(a.source).toBe('新京报');
  });
  it('中证报记者 under a header 中国证券报: the source is 中国证券报', () => {
    const html = pc2017(p(P1) + p(P2) + p(P3), p('中证报记者 王兰')).replace('>每日经济新闻</a>', '>中国证券报</a>');
    const a = extract(html, { url: 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml' });
    expect(a.source).toBe('中国证券报');
  });
});

describe('fix12: a dispatch keeps the name the wire gives itself', () => {
  it('中新网北京9月28日电（记者 李金磊） under a header 中国新闻网: the source is 中新网', () => {
    const html = pc2017(p('中新网北京9月28日电（记者 李金磊）记者从文化和旅游部获悉，35人被纳入旅游“黑名单”。') + p(P2) + p(P3)).replace('>每日经济新闻</a>', '>中国新闻网</a>');
    const a = extract(html, { url: 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml' });
    expect(a.source).toBe('中新网');
  });
});
