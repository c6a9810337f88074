/**
 * Attack on this round's engine changes: the 2005 date cell read from 2005-03-21 11:21 and the
 * outlet after it, stock.chart-alt naming a stock from a chart's alt, RFC-822 dates converted by
 * arithmetic, and the seed front matter read by character codes (compared with the YAML library).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/engine/extract';
import { parseSinaDate } from '../src/engine/meta';
import { frontMatterFields, readPart, yamlFields } from '../src/templates/seed';
import { legacy, URL05 } from './support/legacy-2005';


describe('attack13: the 2005 date cell’s text after the time is not always an outlet', () => {
  // Page tools and links printed after the time without brackets (the fix12 guard has 【发表评论】 only).
  it.each(['发表评论', '打印本页', '网友评论', '进入论坛'])('2005-03-21 11:21 %s gives no source', (tool) => {
    const a = extract(legacy(`http://finance.sina.com.cn 2005-03-21 11:21 ${tool}`), { url: URL05 });
    expect(a.publishedAt).toBe('2005-03-21T11:21:00+08:00');
    expect(a.source).toBeNull();
  });
});

describe('attack13: a date cell that names no real time gives none (never an invalid ISO string)', () => {
  it.each(['2005-02-29 11:21', '2005-13-21 11:21', '2005-03-21 25:21'])('%s', (cell) => {
    const a = extract(legacy(`http://finance.sina.com.cn ${cell} 新华网`), { url: URL05 });
    expect(a.publishedAt).toBeNull();
  });
  it('the leap day 2004-02-29 11:21 stays (control)', () => {
    expect(parseSinaDate('2004-02-29 11:21')).toBe('2004-02-29T11:21:00+08:00');
  });
});

describe('attack13: an RFC-822 date with a day the month does not have', () => {
  // rfc822Time refuses it, and Date.parse then rolls it over to a day the post never printed.
  it.each(['Tue, 29 Feb 2022 10:00:00 GMT', 'Sat, 31 Sep 2022 02:00:00 GMT'])('%s gives null, not the next month', (s) => {
    expect(parseSinaDate(s)).toBeNull();
  });
});

const P1 = '<p>　　近日，珠海市政府发布一则通知，准备拆除这条有轨电车，随即引来多方关注。</p>';
const P2 = '<p>　　其实，有轨电车的建设和运营困局，国内其他城市此前已暴露数次。</p>';
const URL24 = 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml';
function pc2017(body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>城市有轨电车之困_新浪新闻</title>
<meta property="article:published_time" content="2024-05-10T05:54:20+08:00"></head><body>
<h1 class="main-title">城市有轨电车之困：一边争相上马，一边接连叫停</h1>
<div class="date-source"><span class="date">2024年05月10日 00:26</span><a href="https://mp.weixin.qq.com/s?x=1" class="source" rel="nofollow">每日经济新闻</a></div>
<div class="article-content-left"><div class="article" id="article">${body}
<p class="show_author">责任编辑：刘德宾 </p></div></div></body></html>`;
}

describe('attack13: stock.chart-alt reads a chart’s generic alt as a stock name', () => {
  const chart = (alt: string) => `<div class="hqimg_wrapper"><a href="http://finance.sina.com.cn/realstock/company/sh601111/nc.shtml"><img src="http://image.sinajs.cn/newchart/min/n/sh601111.gif" alt="${alt}"></a></div>`;
  it.each(['今日走势图', '近一年走势图', '个股分时图', '该股日K线图', '点击查看走势图'])('alt %s names no stock', (alt) => {
    const a = extract(pc2017(P1 + chart(alt) + P2), { url: URL24 });
    expect(a.stocks).toEqual([]);
  });
});

describe('attack13: the front matter read by character codes against the YAML library', () => {
  // JS trimEnd drops U+3000 and U+FEFF, YAML does not: the key is read as an empty list key where YAML
  // reads a plain scalar continued on the next line.
  it('title: U+3000 then an indented “ - …” line', () => {
    const fm = 'title: \u3000\n  - 珠海有轨电车\ndate: Sat, 17 Sep 2022 02:00:00 GMT';
    expect(frontMatterFields(fm)).toEqual(yamlFields(readPart(fm)));
  });
});
