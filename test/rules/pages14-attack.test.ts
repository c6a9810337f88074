/**
 * An attack on this round's new rules (fold.expand-control, quote.live-named, promo.stock-forum-named,
 * byline.correspondent, line.figure-credit): article sentences that use the same words, put first and
 * last in a seed-format post and in its middle. Each stays as printed and names no source, author or editor.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { P1, P2, P3, ps, seedPost, untouchedFirstAndLast } from '../support/seed-post';

const STORY = [
  // fold.expand-control
  '展开全文阅读需要登录，这一设置让不少老年读者望而却步。',
  '查看全部评论的入口被移到了页面底部。',
  '阅读全文后，读者会发现报告的结论与摘要并不一致。',
  '全文展开后共有一万两千字，分为五个章节。',
  '“展开全文”按钮的点击率仅为百分之三，该平台的数据显示。',
  // quote.live-named
  '贵州茅台（600519.SH）收于1790.00元，跌幅0.68%。',
  '宁德时代(300750.SZ)市值一度突破1.5万亿元，涨幅达2.01%。',
  '（数据截至11月26日收盘 25.31元，涨幅2.01%）',
  '两市成交额（沪市 4125.31亿元 +2.01%）继续放大。',
  '中国卫星（600118）的股价在过去一个月内上涨了25.31%。',
  '工商银行（601398.SH，4.63元，+0.22%）的股息率仍居银行股前列。',
  // promo.stock-forum-named
  '进入股吧讨论区的新用户，需要先完成实名认证。',
  '不少投资者进入【工商银行吧】后发现，讨论已经持续了三天。',
  '他们进入酒吧讨论球赛，直到凌晨才散去。',
  '散户进入贵州茅台股吧讨论的热情明显下降。',
  // byline.correspondent
  '本报通讯员从现场发回的照片显示，道路已经恢复通行。',
  '通讯员李四告诉记者，救援工作仍在进行中。',
  '记者从通讯员处获悉，该企业已于上月停产整顿。',
  '该县有通讯员120名，覆盖所有乡镇。',
  '通讯员制度在基层宣传工作中发挥着重要作用。',
  // line.figure-credit (a 来源 sentence is no 来源 line)
  '来源于国家统计局的数据显示，10月份工业企业利润继续增长。',
  '来源：国家统计局的数据显示，10月份工业企业利润继续增长。',
  '数据来源包括国家统计局、海关总署和中国人民银行。',
];

describe('pages14 attack: story sentences first and last stay and name nobody', () => {
  for (const line of STORY) it(line, () => untouchedFirstAndLast(line));
});

describe('pages14 attack: story sentences in the middle of a post stay', () => {
  for (const line of STORY)
    it(line, () => {
      const a = extract(seedPost(ps(P1, P2, line, P3)));
      expect(a.text.split('\n\n')).toEqual([P1, P2, line, P3]);
    });
});

describe('pages14 attack: a 来源 line under a picture that is the article’s own credit line stays the outlet', () => {
  const pic = '<div class="img_wrapper"><img src="https://n.sinaimg.cn/finance/crawl/131/w550h381/20220121/84fc-d95598c0e4164be3cb44559bdf0f34c8.jpg"><span class="img_descr"></span></div>';
  it('picture first, 来源 line, then the article', () => expect(extract(seedPost(pic + ps('来源：经济日报', P1, P2, P3))).source).toBe('经济日报'));
  it('the article, a last picture, 来源 line', () => expect(extract(seedPost(ps(P1, P2, P3) + pic + ps('来源：经济日报'))).source).toBe('经济日报'));
  it('a picture with its caption in the body and a 来源 line below the next paragraph stays the outlet', () => {
    expect(extract(seedPost(ps(P1) + pic + ps(P2, P3, '来源：经济日报'))).source).toBe('经济日报');
  });
});
