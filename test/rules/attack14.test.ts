/**
 * Attack 14, the last on the final main: article sentences that mention 声明, 尽在, 点击观看, 图片来源,
 * 关注/转发, 上一页, 作者…来源… put first and last in a seed-format post (test/support/seed-post.ts):
 * each stays as printed and names no source, author or editor. Plus one real seed-format post
 * (hajeekn/RSSHUB-PAGE 1b4d951b…, 10月煤炭行业利润增逾4倍！…, 2021-11-27) reduced: a 来源 line directly
 * under a chart, after the lead, credits the chart and is not the outlet.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { P1, P2, P3, ps, seedPost, untouchedFirstAndLast } from '../support/seed-post';

const STORY = [
  // disclaimer.sina-statement: the company Sina's own statement reported as news
  '新浪声明：公司与合作媒体的版权协议仍然有效，此前网传合作终止的消息不实。',
  '新浪网登载此文出于传递更多信息之目的的说法，被原告律师在庭审中反复引用。',
  // disclaimer.platform-named: a platform's announcement quoted in a story about it
  '百家号声明：平台将对未经授权转载他人作品的账号予以封禁，目前已处理违规账号两千余个。',
  '头条号声明：对搬运和洗稿等侵犯原创版权的行为，平台一经核实将永久封禁相关账号。',
  // promo.outlet-more
  '更多细节，尽在双方签署的合作协议之中。',
  '更多优质农产品，尽在本届进博会食品及农产品展区。',
  // promo.click-watch
  '点击观看人数最多的仍是这场新品发布会的直播',
  '点击进入专题页面的用户中，一半以上最终观看了完整版视频',
  // disclaimer.image-web
  '文中图片来源于网络的说法并不成立，照片均由记者在现场拍摄。',
  '图片来源：受访者供图，记者已核实照片拍摄时间。',
  // promo.follow-author
  '觉得不对劲，就转发给了派出所民警，民警随即展开调查。',
  '喜欢这家老字号的市民，就转发了店铺搬迁的消息，希望更多人知道。',
  // nav.chapter-pager / tools.legacy-page
  '上一页还写着公司全年盈利，下一页就变成了巨额亏损。',
  '【评论】【打印】等按钮被移到了页面底部，读者反映找不到。',
  // byline.author-then-source
  '作者张三在书中写道，来源：公开数据的说法并不严谨。',
  '作者与来源之间的关系，是这起著作权纠纷的核心。',
];

describe('attack14: story sentences first and last stay and name nobody', () => {
  for (const line of STORY) it(line, () => untouchedFirstAndLast(line));
});

describe('attack14: a credit of the text and pictures (文/图 来源：X) names no writer', () => {
  it('文/图 来源：公司公告 gives no author 来源 or 公司公告 (byline.slash-role-first)', () => {
    const a = extract(seedPost(ps('文/图 来源：公司公告', P1, P2, P3)));
    expect(a.authors).toEqual([]);
  });
});

describe('attack14: a 来源 line under a chart after the lead (real post 10月煤炭行业利润…)', () => {
  const chart =
    '<div class="img_wrapper"><img id="0" src="https://n.sinaimg.cn/spider20211127/525/w802h523/20211127/3962-b086c0c261a0326e76c9bef73862829b.png"><span class="img_descr"></span></div>';
  const body = ps(P1, P2) + chart + ps('来源：国家统计局', P3);
  it('is the chart credit: stays in the body and is not the source', () => {
    const a = extract(seedPost(body));
    expect([a.source, a.text.split('\n\n').includes('来源：国家统计局')]).toEqual(['新浪财经', true]);
  });
});
