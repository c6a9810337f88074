/**
 * Attack on this round's rules (promo.sina-app-call, promo.scan-follow, wechat.closing,
 * wechat.recommended, source.short-form, 曾/于/向 after a role): article sentences a new rule takes,
 * outlets that share characters in order but are other outlets, ordinary words taken for names.
 * Each case is a reduced 2024 news.sina.com.cn page (fixtures/pages/news_20240510_inausehc2630922.html).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import type { Article } from '../../src/article';

const P1 = '近日，珠海市政府发布一则通知，准备拆除这条有轨电车，随即引来多方关注。';
const P2 = '其实，有轨电车的建设和运营困局，国内其他城市此前已暴露数次。';
const p = (t: string) => `<p cms-style="font-L">　　${t}</p>`;
const texts = (a: Article) => a.blocks.flatMap((b) => ('text' in b ? [b.text] : []));
const URL24 = 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml';

function page(paras: readonly string[], header = '每日经济新闻'): Article {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>城市有轨电车之困_新浪新闻</title>
<meta property="article:published_time" content="2024-05-10T05:54:20+08:00"><meta name="mediaid" content="${header}"></head><body>
<h1 class="main-title">城市有轨电车之困：一边争相上马，一边接连叫停</h1>
<div class="date-source"><span class="date">2024年05月10日 00:26</span><a href="https://mp.weixin.qq.com/s?x=1" class="source" rel="nofollow">${header}</a></div>
<div class="article-content-left"><div class="article" id="article">${paras.map(p).join('')}
<p class="show_author">责任编辑：刘德宾 </p></div>
<!-- 正文 end --></div></body></html>`;
  return extract(html, { url: URL24 });
}

describe('attack13: story sentences about the app, scanning and WeChat stay', () => {
  // A survey run in the app is news about its readers; the sentence is no call to download.
  const SURVEY = '登录新浪财经APP参与调查的投资者中，超过六成看好后市。';
  it('promo.sina-app-call: a survey sentence opening the article stays', () => {
    expect(texts(page([SURVEY, P1, P2]))).toEqual([SURVEY, P1, P2]);
  });
  it('promo.sina-app-call: the same survey sentence closing the article stays', () => {
    expect(texts(page([P1, P2, SURVEY]))).toEqual([P1, P2, SURVEY]);
  });
  it('promo.sina-app-call: 打开新浪财经APP，查看行情成了他每天早上的第一件事。 (a habit, told) stays', () => {
    const s = '打开新浪财经APP，查看行情成了他每天早上的第一件事。';
    expect(texts(page([P1, P2, s]))).toEqual([P1, P2, s]);
  });
  // A fraud warning: finance news tells readers how the scam starts.
  it('promo.scan-follow: a scam story’s closing sentence (扫码关注“牛股内参”公众号，获取所谓内幕消息的投资者最终血本无归。) stays', () => {
    const s = '扫码关注“牛股内参”公众号，获取所谓内幕消息的投资者最终血本无归。';
    expect(texts(page([P1, P2, s]))).toEqual([P1, P2, s]);
  });
  it('promo.scan-follow: 扫一扫关注“XX理财”微信号，获取“稳赚不赔”的荐股信息，是骗局的第一步！ stays', () => {
    const s = '扫一扫关注“XX理财”微信号，获取“稳赚不赔”的荐股信息，是骗局的第一步！';
    expect(texts(page([P1, P2, s]))).toEqual([P1, P2, s]);
  });
  it('wechat.closing: a sentence explaining what 点个“在看” does stays', () => {
    const s = '用户点个“在看”，文章就会出现在好友的“看一看”里。';
    expect(texts(page([P1, P2, s]))).toEqual([P1, P2, s]);
  });
});

describe('attack13: wechat.recommended takes the article’s own last paragraphs', () => {
  it('a 精彩回顾 section of an event report: its sentences ending in ！ and ？ stay', () => {
    const paras = [P1, P2, '精彩回顾', '开幕式上，主办方回顾了三十年来的发展历程！', '谁会是下一个赢家？'];
    expect(texts(page(paras))).toEqual(paras);
  });
  it('a headline-like last paragraph with no 。 under 历史文章 (a section on the company’s history) stays', () => {
    const paras = [P1, P2, '历史文章', '珠海有轨电车拆除的背后，是一座城市十年的交通选择'];
    expect(texts(page(paras)).slice(-1)).toEqual(paras.slice(-1));
  });
});

describe('attack13: source.short-form takes another outlet whose name holds the byline’s characters in order', () => {
  // 中国网 (china.com.cn) and 中国新闻网 (chinanews.com) / 中国经济网 (ce.cn) / 中国青年网 (youth.cn) are different outlets.
  it.each([
    ['中国网', '中国新闻网'],
    ['中国网', '中国经济网'],
    ['中国网', '中国青年网'],
    ['中证网', '中国证券网'], // 中证网 is 中国证券报's site; 中国证券网 is 上海证券报's
    ['人民网', '人民日报海外网'],
  ])('%s记者 under a header %s keeps the byline’s outlet', (byline, header) => {
    const a = page([`${byline}记者 王晓明`, P1, P2], header);
    expect(a.source).toBe(byline);
  });
});

describe('attack13: 曾, 于 and 向 as ordinary words after 记者 are no names', () => {
  // A bold sub-heading of an investigation: the reporter once went undercover.
  it.each(['本报记者曾暗访', '每经记者 曾一度', '本报记者曾到访'])('%s gives no author', (line) => {
    expect(page([line, P1, P2]).authors).toEqual([]);
  });
});
