/**
 * A 来源 line naming several sources: the first is the source, and the line stays as printed (the
 * field holds one outlet; the others must not vanish from the Article).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';

const P1 = '国家统计局今天发布的数据显示，今年前三季度国内生产总值同比增长，经济运行总体平稳，发展质量稳步提升。';
const P2 = '从环比看，三季度国内生产总值增长较快，主要指标保持在合理区间，就业形势总体稳定，物价温和上涨。';
const P3 = '专家认为，四季度经济有望延续恢复态势，但仍需关注外部环境变化和国内需求收缩带来的压力。';
const P4 = '分行业看，高技术制造业增加值增长较快，服务业生产指数稳步回升，消费市场总体保持恢复态势。';
const post = (...lines: string[]) =>
  `---\ntitle: '前三季度经济运行总体平稳'\ncategories: \n - 金融\n - 新浪财经\nauthor: 新浪财经\ncomments: false\ndate: Mon, 30 Aug 2021 12:45:44 GMT\n---\n\n<div>${lines.map((l) => `<p>　　${l}</p>`).join('')}</div>\n`;

describe('a 来源 line naming several sources', () => {
  it('gives the first as the source and stays in the text', () => {
    for (const [line, first] of [
      ['来源|九派新闻、新华每日电讯', '九派新闻'],
      ['来源：中华人民共和国公安部网站、新华网', '中华人民共和国公安部网站'],
      ['来源：新华社记者张三、人民日报', '新华社'],
    ] as const) {
      const a = extract(post(P1, P2, line));
      expect([line, a.source, a.text.includes(line)]).toEqual([line, first, true]);
    }
  });
  it('names no source in mid-article, where a 来源 line is a sentence', () => {
    const a = extract(post(P1, P2, P3, P4, '来源：九派新闻、新华每日电讯', P1 + P2, P3 + P4, P2 + P3, P4 + P1));
    expect(a.source).toBe('新浪财经');
    expect(a.text).toContain('来源：九派新闻、新华每日电讯');
  });
  it('still moves a 来源 line naming one source out of the text', () => {
    const a = extract(post(P1, P2, '来源：九派新闻'));
    expect(a.source).toBe('九派新闻');
    expect(a.text).not.toContain('来源');
  });
  it('reads the reporter of a 来源 line that also names other sources, and loses none of them', () => {
    const a = extract(post(P1, P2, '来源：新华社记者张三、人民日报'));
    expect([a.source, a.authors, a.text.includes('人民日报')]).toEqual(['新华社', ['张三'], true]);
  });
  it('reads every reporter of a 来源 line naming one outlet and its reporters parted by 、 (王五 is a reporter, not a second source)', () => {
    const a = extract(post(P1, P2, '来源：新华社记者张三、王五'));
    expect([a.source, a.authors]).toEqual(['新华社', ['张三', '王五']]);
  });
});
