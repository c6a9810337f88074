/**
 * Attacks on the lead's reporter mention and on names runs inside a block of credits.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';

const P1 = '国家统计局今天发布的数据显示，今年前三季度国内生产总值同比增长，经济运行总体平稳，发展质量稳步提升。';
const P2 = '从环比看，三季度国内生产总值增长较快，主要指标保持在合理区间，就业形势总体稳定，物价温和上涨。';
const ps = (...lines: string[]) => lines.map((l) => `<p>　　${l}</p>`).join('');
/** A later line printing the outlet again: the lead's mention names the source only then (mentionedOutlet). */
const told = (outlet: string) => `工作人员告诉${outlet}记者，相关情况正在核实。`;

function seedPost(body: string, title = '前三季度经济运行总体平稳'): string {
  return `---\ntitle: '${title}'\ncategories: \n - 金融\n - 新浪财经\nauthor: 新浪财经\ncomments: false\ndate: Mon, 30 Aug 2021 12:45:44 GMT\n---\n\n<div>${body}</div>\n`;
}

describe("the lead's reporter mention", () => {
  it('names no outlet glued to a time, date, sequence or linking word, nor a former reporter', () => {
    const rest = '多家门店仍在违规销售相关产品。';
    for (const lead of [
      '11月20日新京报记者调查发现，',
      '12月9日澎湃新闻记者从法院获悉，',
      '近期澎湃新闻记者走访发现，',
      '最近红星新闻记者走访发现，',
      '今年以来第一财经记者梳理发现，',
      '去年新京报记者调查发现，',
      '上周澎湃新闻记者走访发现，',
      '连日来红星新闻记者走访发现，',
      '此次澎湃新闻记者走访发现，',
      '为此新京报记者调查发现，',
      '就此澎湃新闻记者求证发现，',
      '后来新京报记者调查发现，',
      '前新京报记者张三调查发现，',
      '原澎湃新闻记者李四走访发现，',
      '同为新京报记者的王五调查发现，',
      '而澎湃新闻记者走访发现，',
      '但新京报记者调查发现，',
      '不过红星新闻记者走访发现，',
      '另外新京报记者调查发现，',
      '通过新京报记者调查发现，',
      '其中新京报记者调查发现，',
      '就连新京报记者也发现，',
      '于是澎湃新闻记者走访发现，',
      '截至发稿新京报记者调查发现，',
      '网友爆料后新京报记者调查发现，',
      '多日来澎湃新闻记者走访发现，',
    ]) {
      expect([lead, extract(seedPost(ps(lead + rest, P1, P2))).source]).toEqual([lead, '新浪财经']);
    }
  });
  it('still names the outlet after a date with a comma, and an outlet that opens with 前', () => {
    expect(extract(seedPost(ps('12月9日，澎湃新闻记者从法院获悉，该院一审宣判一起污染环境案。', P1, P2, told('澎湃新闻')))).source).toBe('澎湃新闻');
    expect(extract(seedPost(ps('前瞻网记者梳理发现，今年以来已有20余家房企出现债务违约。', P1, P2, told('前瞻网')))).source).toBe('前瞻网');
    for (const outlet of ['都市快报', '未来网', '环球时报', '华夏时报', '时代周报', '中国证券报']) {
      expect(extract(seedPost(ps(`${outlet}记者走访发现，多家门店仍在违规销售相关产品。`, P1, P2, told(outlet)))).source).toBe(outlet);
    }
  });
});

describe('a names run inside a block of credits', () => {
  it('is not read from a line opening with a credit’s role (the role is no person, the people are no writers)', () => {
    for (const credit of ['视频 李四 张三', '制作 李四 张三', '插图 李四', '拍摄 李四 张三', '审稿 李四 张三', '终审 李四', '图文 李四 张三', '数据 李四 张三', '导演 李四 张三', '主持人 李四', '插画 李四 张三', '漫画 李四 张三', '视觉设计 李四', '特约编辑 李四 张三']) {
      const a = extract(seedPost(ps(P1, P2, '撰文 | 王五 赵六', credit, '编辑：陈七')));
      expect([credit, a.authors]).toEqual([credit, ['王五', '赵六']]);
      expect(a.text).toContain(credit);
    }
  });
  it('still runs on over a line of names alone', () => {
    expect(extract(seedPost(ps(P1, P2, '记者 | 王五 赵六', '钱十 吴一', '摄影 | 孙八', '编辑：陈七'))).authors).toEqual(['王五', '赵六', '钱十', '吴一']);
  });
});

describe('outlets whose name opens with a preposition’s character', () => {
  it('经济日报, 经济观察报, 经济参考报 and 和讯网 are named; 经/和 before an outlet still refuse it', () => {
    const rest = '多家门店仍在违规销售相关产品。';
    for (const [lead, source] of [
      ['经济日报记者从国家统计局获悉，', '经济日报'],
      ['经济观察报记者调查发现，', '经济观察报'],
      ['经济参考报记者调查发现，', '经济参考报'],
      ['和讯网记者注意到，', '和讯网'],
      ['经新京报记者调查发现，', '新浪财经'],
      ['和新京报记者一起走访发现，', '新浪财经'],
    ]) {
      expect([lead, extract(seedPost(ps(lead! + rest, P1, P2, told(source === '新浪财经' ? '新京报' : source!)))).source]).toEqual([lead, source]);
    }
  });
});

describe('a 来源 line crediting a photographer', () => {
  it('names no author (张三摄 is no name) and stays as printed', () => {
    for (const line of ['来源：新华社记者张三摄', '来源：新华社记者 张三 摄']) {
      const a = extract(seedPost(ps(P1, P2, line)));
      expect([line, a.authors]).toEqual([line, []]);
      expect(a.text).toContain(line);
    }
  });
});

describe('a 来源 line naming the outlet, a space and its reporters', () => {
  it('names the outlet and the reporters (it named no source before)', () => {
    for (const [line, source, authors] of [
      ['来源：新华社 记者张三', '新华社', ['张三']],
      ['来源：新华社记者张三 李四', '新华社', ['张三', '李四']],
      ['来源：央视新闻客户端 记者 张三 王五', '央视新闻客户端', ['张三', '王五']],
    ] as const) {
      const a = extract(seedPost(ps(P1, P2, line)));
      expect([line, a.source, a.authors]).toEqual([line, source, authors]);
    }
  });
  it('a dateline after the reporter (北京报道) keeps the line as printed', () => {
    const a = extract(seedPost(ps(P1, P2, '来源：新华社记者张三 北京报道')));
    expect(a.text).toContain('来源：新华社记者张三 北京报道');
  });
});

describe('a names run inside a block of credits, more labels and places', () => {
  it('is not read from a label line (鸣谢, 指导, 顾问, 图片来源, 支持单位…) nor from dateline places', () => {
    for (const credit of ['图片来源 视觉中国', '北京 上海', '鸣谢 王五 赵六', '指导 王五 赵六', '顾问 王五 赵六', '特别感谢 王五', '联合出品 王五', '支持单位 王五']) {
      const a = extract(seedPost(ps(P1, P2, '作者 | 张三 李四', credit, '编辑 | 周九')));
      expect([credit, a.authors]).toEqual([credit, ['张三', '李四']]);
      expect(a.text).toContain(credit);
    }
  });
});

describe('a relayed report before the mention', () => {
  it('据报道，X记者调查发现 names no outlet; 据悉 is no relay', () => {
    for (const lead of ['据报道，新京报记者调查发现，多家门店仍在违规销售相关产品。', '另据媒体报道，澎湃新闻记者走访发现，多家门店仍在违规销售相关产品。']) {
      expect([lead, extract(seedPost(ps(lead, P1, P2, told('新京报'), told('澎湃新闻')))).source]).toEqual([lead, '新浪财经']);
    }
    expect(extract(seedPost(ps('据悉，新京报记者走访发现，多家门店仍在违规销售相关产品。', P1, P2, told('新京报')))).source).toBe('新京报');
  });
});
