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

describe('the lead’s reporter mention: what counts as the outlet printed again (mentionedOutlet)', () => {
  // A feature story narrates the same scene twice: the clause, not a name, is what is printed again.
  const repeated: [string, string][] = [
    ['他带着新京报记者走访发现，这里的问题依然存在。', '随后，他带着新京报记者来到了后山的排污口。'],
    ['村民陪同新京报记者走访发现，河道里仍有垃圾。', '第二天，村民陪同新京报记者再次来到河边。'],
    ['工作人员带领澎湃新闻记者走访发现，仓库已经清空。', '工作人员带领澎湃新闻记者进入厂区时，机器仍在运转。'],
  ];
  it.each(repeated)('%s … the clause printed again is no outlet', (lead, later) => {
    const a = extract(seedPost(ps(lead, P2, later)));
    expect(['新京报', '澎湃新闻', '新浪财经']).toContain(a.source);
  });
  it('a longer name ending with the mention (北京青年报 for 青年报) is not its second printing', () => {
    const a = extract(seedPost(ps('青年报记者走访发现，这里的问题依然存在。', P2, '北京青年报此前曾报道过此事。')));
    expect(a.source).not.toBe('青年报');
  });
  // What must still confirm the outlet: real shapes of a second printing.
  const confirms: [string, string][] = [
    ['工作人员告诉新京报记者，整改仍在进行。', '新京报'],
    ['专家在接受新京报记者采访时表示，整改仍在进行。', '新京报'],
    ['当地官方回应新京报称，网络传言不实。', '新京报'],
    ['据新京报此前报道，该企业曾多次被处罚。', '新京报'],
    ['新京报此前曾报道过此事。', '新京报'],
    ['图/新京报记者 王五 摄', '新京报'],
  ];
  it.each(confirms)('another line %s confirms the outlet', (later, outlet) => {
    const a = extract(seedPost(ps(`${outlet}记者走访发现，这里的问题依然存在。`, P2, later)));
    expect(a.source).toBe(outlet);
  });
  it('a country before the outlet in the other line (美国彭博社援引…) confirms it', () => {
    const a = extract(seedPost(ps('美国彭博社记者调查发现，多家对冲基金已撤出。', P2, '美国彭博社援引知情人士称，交易仍在进行。')));
    expect(a.source).toBe('彭博社');
  });
});

describe('a country before a name: an outlet loses it, a government body’s paper keeps it', () => {
  const keeps = ['美国商务部公报', '英国央行季报', '日本财务省月报', '美国劳工部周报', '德国联邦统计局快报'];
  it.each(keeps)('来源：%s names the source as printed', (name) => {
    expect(extract(seedPost(ps(P1, P2, `来源：${name}`))).source).toBe(name);
  });
  const drops: [string, string][] = [
    ['美国彭博社', '彭博社'],
    ['英国金融时报', '金融时报'],
    ['美国华尔街日报', '华尔街日报'],
    ['新加坡联合早报', '联合早报'],
  ];
  it.each(drops)('来源：%s names %s', (printed, outlet) => {
    expect(extract(seedPost(ps(P1, P2, `来源：${printed}`))).source).toBe(outlet);
  });
});

describe('a desk editor credited after the reporters on the byline line (real: 2021-03-22 每经 post)', () => {
  const cases: [string, string[]][] = [
    ['每经记者 王海慜 陈晨    每经编辑 何剑岭', ['王海慜', '陈晨']],
    ['每经记者 王海慜 每经编辑 何剑岭', ['王海慜']],
    ['记者 张三 校对 李四', ['张三']],
  ];
  it.each(cases)('%s: the editor is no author', (line, authors) => {
    const a = extract(seedPost(ps(line, P1, P2)));
    expect(a.authors).toEqual(authors);
  });
  const writers: [string, string[]][] = [
    ['中国基金报记者 方丽  张燕北 曹雯璟', ['方丽', '张燕北', '曹雯璟']],
    ['澎湃新闻记者 吕新文 实习生 傅夕恒', ['吕新文', '傅夕恒']],
  ];
  it.each(writers)('%s: every writer is still an author', (line, authors) => {
    expect(extract(seedPost(ps(line, P1, P2))).authors).toEqual(authors);
  });
});

describe('an outlet’s own credit line confirms a lead mention', () => {
  it.each(['新京报记者 王五 摄', '（新京报记者 王五 张三）', '新京报记者 王五'])('%s', (later) => {
    const a = extract(seedPost(ps('新京报记者走访发现，这里的问题依然存在。', P2, later)));
    expect(a.source).toBe('新京报');
  });
  it('but not the same clause narrated again with a name after the reporter', () => {
    const a = extract(seedPost(ps('他带着新京报记者走访发现，这里的问题依然存在。', P2, '随后，他带着新京报记者张三来到了后山的排污口。')));
    expect(['新京报', '新浪财经']).toContain(a.source);
  });
});

describe('the paper itself as the compiler (本报综合) is never the source', () => {
  it.each(['来源：本报综合', '来源：本台综合', '来源：本刊编译 编辑：王五'])('%s stays as printed and names no source', (line) => {
    const a = extract(seedPost(ps(P1, P2, line)));
    expect(a.source).toBe('新浪财经');
    expect(a.text).toContain(line);
  });
});

describe('a photographer’s credit in a 来源 line with an editor credit', () => {
  it.each(['来源：新华社记者张三摄 编辑：赵六', '来源：新华社记者张三、王五摄 编辑：赵六'])('%s: 摄 is no part of a name', (line) => {
    const a = extract(seedPost(ps(P1, P2, line)));
    expect(a.text).toContain(line);
    expect(a.authors.some((n) => n.endsWith('摄'))).toBe(false);
  });
});
