/**
 * An attack on this round's rule changes: article lines the rules must read, and lines they must
 * leave alone, through the whole engine (seed-format posts).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';

const P1 = '国家统计局今天发布数据显示，前三季度国内生产总值同比增长百分之五点二，经济运行总体回升向好。';
const P2 = '从环比看，三季度国内生产总值增长较快，主要指标保持在合理区间，就业形势总体稳定，物价温和上涨。';
const ps = (...lines: string[]) => lines.map((l) => `<p>　　${l}</p>`).join('');

function seedPost(body: string, title = '前三季度经济运行总体回升向好'): string {
  return `---\ntitle: '${title}'\ncategories: \n - 金融\n - 新浪财经\nauthor: 新浪财经\ncomments: false\ndate: Mon, 30 Aug 2021 12:45:44 GMT\n---\n\n<div>${body}</div>\n`;
}

describe('a 来源 line naming the outlet’s reporters and crediting an editor, a picture or a proofreader', () => {
  const cases: [string, string, string[]][] = [
    ['来源：新华社记者张三 编辑：王五', '新华社', ['张三']],
    ['来源：新华社记者张三、王五 编辑：赵六', '新华社', ['张三', '王五']],
    ['来源：中国证券报记者 张三 王五 校对：李四', '中国证券报', ['张三', '王五']],
    ['来源：人民日报记者张三 图片：新华社', '人民日报', ['张三']],
  ];
  for (const where of ['top', 'bottom'] as const) {
    it.each(cases)(`${where}: %s stays as printed (the credit is not lost) and is read`, (line, outlet, authors) => {
      const body = where === 'top' ? ps(line, P1, P2) : ps(P1, P2, line);
      const a = extract(seedPost(body));
      expect(a.text).toContain(line);
      expect(a.source).toBe(outlet);
      expect(a.authors).toEqual(authors);
    });
  }
  it('a 来源 line with the reporters alone still moves into the metadata', () => {
    const a = extract(seedPost(ps(P1, P2, '来源：新华社记者张三、王五')));
    expect(a.text).not.toContain('来源');
    expect([a.source, a.authors]).toEqual(['新华社', ['张三', '王五']]);
  });
  it('a reporter’s dateline or a second source is not read as a reporter’s name', () => {
    for (const line of ['来源：新华社记者张三 北京报道 编辑：王五', '来源：新华社记者张三、人民日报 编辑：王五']) {
      const a = extract(seedPost(ps(P1, P2, line)));
      expect(a.text).toContain(line);
      expect(a.authors).not.toContain('北京报道');
      expect(a.authors).not.toContain('人民日报');
    }
  });
});
