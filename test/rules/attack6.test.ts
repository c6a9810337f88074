/**
 * The lead's reporter mention must name an outlet, never the words before it: a verb phrase
 * glued to the outlet (他带着新京报记者走访发现) is a person bringing the reporter along. The outlet
 * is trusted only when another line of the article prints it as it is (mentionedOutlet).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { mentionedOutlet } from '../../src/rules/bylines';

const P2 = '从环比看，三季度国内生产总值增长较快，主要指标保持在合理区间，就业形势总体稳定，物价温和上涨。';
const ps = (...lines: string[]) => lines.map((l) => `<p>　　${l}</p>`).join('');

function seedPost(body: string, title = '村里的问题依然存在'): string {
  return `---\ntitle: '${title}'\ncategories: \n - 金融\n - 新浪财经\nauthor: 新浪财经\ncomments: false\ndate: Mon, 30 Aug 2021 12:45:44 GMT\n---\n\n<div>${body}</div>\n`;
}

describe('a reporter mention after a verb phrase', () => {
  const leads: [string, string][] = [
    ['他带着新京报记者走访发现，这里的问题依然存在。', '新京报'],
    ['村民领着澎湃新闻记者走访发现，这里的问题依然存在。', '澎湃新闻'],
    ['他陪同新京报记者走访发现，这里的问题依然存在。', '新京报'],
  ];
  for (const [lead, outlet] of leads) {
    it(`never reads the words before the outlet into its name: ${lead}`, () => {
      const a = extract(seedPost(ps(lead, P2)));
      expect([outlet, '新浪财经']).toContain(a.source);
    });
    it(`nor when the article prints the outlet again: ${lead}`, () => {
      const a = extract(seedPost(ps(lead, P2, `村干部告诉${outlet}记者，整改仍在进行。`)));
      expect([outlet, '新浪财经']).toContain(a.source);
    });
  }
  it('the same with the phrase repeated 5,000 times in one lead', () => {
    const a = extract(seedPost(ps('他带着新京报记者走访发现，'.repeat(5000) + '这里的问题依然存在。', P2)));
    expect(['新京报', '新浪财经']).toContain(a.source);
  });
});

describe('the outlet must be printed again (the trade: a miss, never a misread)', () => {
  const again = '工作人员告诉新京报记者，整改仍在进行。';
  it('a single clean mention printed nowhere else gives the feed, and --explain says why', () => {
    const a = extract(seedPost(ps('新京报记者走访发现，这里的问题依然存在。', P2)), { trace: true });
    expect(a.source).toBe('新浪财经');
    expect(a.trace!.some((t) => t.rule === 'byline.lead-reporter-mention' && t.action === 'skip' && /no other line/.test(t.reason))).toBe(true);
  });
  it('the same mention with the outlet printed in another line names it', () => {
    expect(extract(seedPost(ps('新京报记者走访发现，这里的问题依然存在。', P2, again))).source).toBe('新京报');
  });
  it('a mention repeated inside the same lead is no second printing', () => {
    expect(extract(seedPost(ps('新京报记者走访发现，新京报记者还注意到，这里的问题依然存在。', P2))).source).toBe('新浪财经');
  });
  // Subjects and verbs glued before the outlet: an open class, closed by the check, not by a word list.
  const glued = [
    '他带着新京报', '村民陪同新京报', '工作人员带领澎湃新闻', '志愿者领着红星新闻', '店主拉着极目新闻', '老人邀请新京报',
    '司机载着澎湃新闻', '业主联系新京报', '他们叫上红星新闻', '记者站安排新京报', '律师陪着第一财经', '家属找到新京报',
    '市民跟随澎湃新闻', '向导引导极目新闻', '保安拦住新京报', '网友私信新京报', '她求助新京报', '当地人指引澎湃新闻',
    '民警护送新京报', '厂方邀约第一财经', '乡亲们簇拥着新京报', '校方允许新京报',
  ];
  it.each(glued)('%s记者走访发现… never becomes the source, whatever else the article prints', (g) => {
    const outlet = g.match(/(新京报|澎湃新闻|红星新闻|极目新闻|第一财经)$/)![1]!;
    const a = extract(seedPost(ps(`${g}记者走访发现，这里的问题依然存在。`, P2, `工作人员告诉${outlet}记者，整改仍在进行。`)));
    expect(a.source).not.toBe(g);
    expect([outlet, '新浪财经']).toContain(a.source);
  });
  it('an ending of the candidate is not tried (青年报 ends 北京青年报 and 中国青年报)', () => {
    expect(mentionedOutlet('北京青年报', ['专家告诉中国青年报记者，情况属实。'])).toBeNull();
    expect(mentionedOutlet('北京青年报', ['专家告诉北京青年报记者，情况属实。'])).toBe('北京青年报');
    expect(mentionedOutlet('', ['任何一行'])).toBeNull();
  });
});
