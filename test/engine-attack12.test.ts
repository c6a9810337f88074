/**
 * Variants of real whole pages the engine's templates read: the 2004-2006 table layout with the
 * outlet as a link or plain text (no red <font>), a video block whose caption already says 视频：,
 * and a quote chart whose link names a stock code but no stock name.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/engine/extract';
import { renderMarkdown } from '../src/render/markdown';
import { legacy, URL05 } from './support/legacy-2005';


describe('attack12: the 2004-2006 table layout with the outlet not in a red <font>', () => {
  it('the control: 《理财周刊》 in <font color=#A20010> is read (what the template knows)', () => {
    const a = extract(legacy('http://www.sina.net 2005年03月21日 11:21 <font color=#A20010> 《理财周刊》</font>'), { url: URL05 });
    expect(a.template).toBe('legacy-table');
    expect(a.source).toBe('理财周刊');
    expect(a.publishedAt).toBe('2005-03-21T11:21:00+08:00');
  });
  // Sina's 2004-2006 channels linked many outlets (新华网, 中国证券报…) from the date cell.
  it('the outlet as a link after the time: the source is the link text', () => {
    const a = extract(legacy('http://finance.sina.com.cn 2005年03月21日 11:21 <a href=http://www.lczk.com.cn target=_blank>理财周刊</a>'), { url: URL05 });
    expect(a.publishedAt).toBe('2005-03-21T11:21:00+08:00');
    expect(a.source).toBe('理财周刊');
  });
  it('the outlet as plain text after the time: the source is that text', () => {
    const a = extract(legacy('http://www.sina.net 2005年03月21日 11:21 理财周刊'), { url: URL05 });
    expect(a.publishedAt).toBe('2005-03-21T11:21:00+08:00');
    expect(a.source).toBe('理财周刊');
  });
  // The same cell with the time printed 2005-03-21 11:21: no time and no outlet are read at all.
  it('a date cell printed 2005-03-21 11:21: the time and the outlet are still read', () => {
    const a = extract(legacy('http://www.sina.net 2005-03-21 11:21 <font color=#A20010> 《理财周刊》</font>'), { url: URL05 });
    expect(a.publishedAt).toBe('2005-03-21T11:21:00+08:00');
    expect(a.source).toBe('理财周刊');
  });
});

/** The 2024 news template (fixtures/pages/news_20240510_inausehc2630922.html), reduced. */
function pc2017(body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>城市有轨电车之困_新浪新闻</title></head><body>
<h1 class="main-title">城市有轨电车之困：一边争相上马，一边接连叫停</h1>
<div class="date-source"><span class="date">2024年05月10日 00:26</span><a href="https://mp.weixin.qq.com/s?x=1" class="source">每日经济新闻</a></div>
<div class="article" id="article">${body}</div><!-- 正文 end --></body></html>`;
}
const P1 = '<p>　　近日，珠海市政府发布一则通知，准备拆除这条有轨电车，随即引来多方关注。</p>';
const P2 = '<p>　　其实，有轨电车的建设和运营困局，国内其他城市此前已暴露数次。</p>';
const URL24 = 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml';

describe('attack12: a video block whose caption already says 视频：', () => {
  it('Markdown shows 视频：珠海有轨电车停运现场 once, not 视频：视频：…', () => {
    const a = extract(pc2017(P1 + '<div class="video-2017" id="video_1"><div class="video-player" data-vid="123456"></div><p class="video-title">视频：珠海有轨电车停运现场</p></div>' + P2), { url: URL24 });
    const video = a.blocks.find((b) => b.type === 'video');
    expect(video).toBeDefined();
    expect(renderMarkdown(a)).not.toContain('视频：视频：');
  });
});

describe('attack12: a quote chart linked to a stock page inside the body', () => {
  // The 2012-2017 finance pages put an hq chart (image.sinajs.cn/newchart) linked to the stock's
  // realstock page at the top of the body; the chart goes, and a stock without its name is no entry.
  it('no stock entry with an empty name', () => {
    const a = extract(pc2017(P1 + '<div class="hqimg_wrapper"><a href="http://finance.sina.com.cn/realstock/company/sh601111/nc.shtml"><img src="http://image.sinajs.cn/newchart/min/n/sh601111.gif" alt="中国国航分时图"></a></div>' + P2), { url: URL24 });
    expect(a.images).toEqual([]);
    for (const s of a.stocks) expect(s.name).not.toBe('');
  });
});

describe('fix12: the date cell, the video title and the chart stock, each with what must stay', () => {
  it('a date cell with a page tool after the time gives no source (only a name is an outlet)', () => {
    const a = extract(legacy('http://www.sina.net 2005年03月21日 11:21 【发表评论】'), { url: URL05 });
    expect(a.publishedAt).toBe('2005-03-21T11:21:00+08:00');
    expect(a.source).toBeNull();
  });
  it('a video title that only mentions 视频 later keeps it; 视频: (ASCII colon) is the prefix too', () => {
    const titled = (t: string) => extract(pc2017(P1 + `<div class="video-2017"><div class="video-player" data-vid="1"></div><p class="video-title">${t}</p></div>` + P2), { url: URL24 });
    const v1 = titled('珠海有轨电车停运现场视频：市民乘坐最后一班').blocks.find((b) => b.type === 'video');
    expect(v1 && 'title' in v1 ? v1.title : null).toBe('珠海有轨电车停运现场视频：市民乘坐最后一班');
    const v2 = titled('视频: 珠海有轨电车停运现场').blocks.find((b) => b.type === 'video');
    expect(v2 && 'title' in v2 ? v2.title : null).toBe('珠海有轨电车停运现场');
  });
  it('the chart’s alt names the stock (中国国航分时图 gives 中国国航); a chart with no alt gives no entry', () => {
    const chart = (alt: string) => `<div class="hqimg_wrapper"><a href="http://finance.sina.com.cn/realstock/company/sh601111/nc.shtml"><img src="http://image.sinajs.cn/newchart/min/n/sh601111.gif" alt="${alt}"></a></div>`;
    expect(extract(pc2017(P1 + chart('中国国航分时图') + P2), { url: URL24 }).stocks).toEqual([{ code: 'sh601111', name: '中国国航' }]);
    expect(extract(pc2017(P1 + chart('') + P2), { url: URL24 }).stocks).toEqual([]);
  });
  it('a text link to the same quote page still gives the name it shows', () => {
    const a = extract(pc2017(P1.replace('珠海市政府', '<a href="http://finance.sina.com.cn/realstock/company/sh601111/nc.shtml">中国国航</a>') + P2), { url: URL24 });
    expect(a.stocks).toEqual([{ code: 'sh601111', name: '中国国航' }]);
  });
});
