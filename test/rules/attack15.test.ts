/**
 * Attack 15: story sentences that still trip the narrowed boilerplate rules of 5d967aa when put last
 * in a seed-format post (test/support/seed-post.ts). Each should stay as printed.
 */
import { describe, it } from 'vitest';
import { untouchedFirstAndLast } from '../support/seed-post';

const STORY = [
  // disclaimer.sina-statement: the trigger words (传递更多信息 / 证实其描述) inside a news statement
  '新浪声明：公司对此事不予置评，此前传递更多信息的请求已被拒绝。',
  '新浪声明：该文章未证实其描述的事件，公司已向法院提起诉讼，要求对方赔礼道歉。',
  // disclaimer.platform-named: 仅代表 / 不代表 in a platform's announcement reported as news
  '百家号声明：平台不代表任何第三方收集用户信息，已对冒充平台工作人员的诈骗团伙报警。',
  '头条号声明：涉事作者仅代表其个人接受采访，平台已暂停其账号的收益功能。',
  '网易号声明：旗下账号不代表网易公司参与任何商业合作，相关合同均属无效。',
  // promo.click-watch: a caption-like sentence ending on 回放 / 直播
  '点击观看的网友多数选择了回放',
  '点击进入的用户大多冲着这场直播',
  // promo.follow-author: 点赞 / 转发到朋友圈 / 转发给朋友 in a story
  '觉得委屈，就转发到朋友圈诉苦，结果被公司以泄露商业秘密为由辞退。',
  '喜欢他的网友，点赞超过十万次。',
  '觉得这段视频有趣，转发给朋友后竟被法院判赔五万元。',
];

describe('attack15: story sentences stay', () => {
  for (const line of STORY) it(line, () => untouchedFirstAndLast(line));
});
