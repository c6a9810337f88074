/**
 * An attack on the rules changed in this round: plausible article lines each rule must not touch.
 * Each line is put first and last in a small seed post (where 来源 and byline rules apply) and must
 * stay in the text as printed, giving no source and no author; each is also checked on the rule's
 * own pattern.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { BYLINES } from '../../src/rules/bylines';
import { LINES } from '../../src/rules/lines';

const P1 = '国家统计局今天发布的数据显示，今年前三季度国内生产总值同比增长，经济运行总体平稳，发展质量稳步提升。';
const P2 = '从环比看，三季度国内生产总值增长较快，主要指标保持在合理区间，就业形势总体稳定，物价温和上涨。';
const P3 = '分产业看，第一产业增加值增长，第二产业增加值增长，第三产业增加值增长，服务业对经济增长的贡献继续提高。';
const ps = (...lines: string[]) => lines.map((l) => `<p>　　${l}</p>`).join('');
const seedPost = (body: string) =>
  `---\ntitle: '前三季度经济运行总体平稳'\ncategories: \n - 金融\n - 新浪财经\nauthor: 新浪财经\ncomments: false\ndate: Mon, 30 Aug 2021 12:45:44 GMT\n---\n\n<div>${body}</div>\n`;
const pattern = (table: readonly { id: string; pattern: RegExp }[], id: string) => table.find((r) => r.id === id)!.pattern;

function untouched(line: string) {
  // A picture's credit stays over its picture (alone, it goes: line.picture-credit-alone).
  const picture = /^图片来源/.test(line) ? ['<img src="https://n.sinaimg.cn/finance/a.jpg">'] : [];
  for (const body of [ps(line, ...picture, P1, P2, P3), ps(P1, P2, P3, line, ...picture)]) {
    const a = extract(seedPost(body));
    expect([a.source, a.authors, a.text.split('\n\n').includes(line)]).toEqual(['新浪财经', [], true]);
  }
}

describe('line.source-credits takes no sentence and no picture credit', () => {
  const keep = [
    '数据来源：Wind，编辑：王五整理。',
    '来源：国家统计局，编辑：王五',
    '来源、去向都要登记清楚，编辑：王五负责复核。',
    '资金来源：自有资金 编辑：不适用',
    '收入来源：工资性收入 编辑：略',
    '他说，新闻来源：必须核实 编辑：必须把关。',
    '来源：视觉中国 编辑：王五',
    '来源：受访者供图 编辑：王五',
    '来源：图虫创意 图片：王五',
    '来源：东方IC 摄影：王五',
    '来源：编辑部',
    '来源：本报编辑部 校对：王五',
    '来源：记者 编辑：王五',
    '来源：据报道 编辑：王五',
    '图片来源：新华社 编辑：王五',
    '文章来源于网络，编辑：王五',
    '来源：新华社 编辑王五',
    '来源：作者供图 编辑：王五',
    '来源：网友供图 摄影：李四',
    '来源：资料图 编辑：王五',
    '消息来源：知情人士 编辑：王五',
  ];
  it.each(keep)('does not read %s', (line) => {
    expect(pattern(LINES, 'line.source-credits').test(line)).toBe(false);
    untouched(line);
  });
  // A list of sources with credits after it is line.source-several's, as the list without credits
  // (来源：国家统计局、海关总署) and one source with them (来源：国家统计局 编辑：王五) are read: the first
  // names the source and the line stays (attack16: 来源：新华社、人民日报 编辑：王五). A statistics
  // office first in the list makes data, not the article (source.data-maker): the masthead's outlet stands.
  it('does not read 来源：国家统计局、海关总署 编辑：王五 (line.source-several reads it as its list)', () => {
    const line = '来源：国家统计局、海关总署 编辑：王五';
    expect(pattern(LINES, 'line.source-credits').test(line)).toBe(false);
    const a = extract(seedPost(ps(P1, P2, P3, line)));
    expect([a.source, a.text.split('\n\n').includes(line)]).toEqual(['新浪财经', true]);
  });
  it('来源：经济日报、海关总署 编辑：王五 names its first outlet and stays', () => {
    const line = '来源：经济日报、海关总署 编辑：王五';
    const a = extract(seedPost(ps(P1, P2, P3, line)));
    expect([a.source, a.text.split('\n\n').includes(line)]).toEqual(['经济日报', true]);
  });
});

describe('line.source reads reporters parted by 、 but no other source or sentence as a reporter', () => {
  const keep = [
    '来源：新华社记者张三、人民日报',
    '来源：新华社记者张三、新华网',
    '来源：新华社记者张三、央视新闻',
    '来源：新华社记者张三、中国日报社',
    '来源：新华社记者张三、光明网',
    '来源：新华社记者张三、中央电视台',
    '来源：新华社记者张三、人民网等',
  ];
  it.each(keep)('%s keeps the other source and reads only 张三', (line) => {
    const a = extract(seedPost(ps(P1, P2, P3, line)));
    expect([a.source, a.authors, a.text.split('\n\n').includes(line)]).toEqual(['新华社', ['张三'], true]);
  });
  const sentences = [
    '来源：新华社记者张三、李四等人的报道，本文有删节。',
    '记者张三、李四来源：新华社',
    '来源于新华社记者张三、李四的采访。',
    '据来源：新华社记者张三、李四报道，情况属实。',
    '来源：新华社记者张三、李四摄',
    '来源：新华社记者 张三、李四 摄',
    '资料来源：新华社记者张三、李四整理',
    '来源：新华社记者张三、李四、王五、赵六、孙七、周八、吴九',
    '新华社记者张三、李四的报道来源：现场采访',
    '来源是新华社记者张三、李四',
    '来源：新华社记者张三、李四北京报道',
    '来源：新华社记者张三、李四 北京报道 2021年',
    '来源：新华社记者张三、李四（实习）、王五',
    '来源：新华社记者张三、李四；编辑：王五',
    '来源：新华社记者张三、李四。',
    '来源：新华社记者张三、李四，有删节',
    '来源：新华社记者张三、李四及其他媒体',
    '来源：新华社记者的报道、李四的文章',
    '其中来源：新华社记者张三、李四',
    '来源：新华社记者张三、“李四”',
  ];
  it.each(sentences)('line.source does not take %s', (line) => {
    expect(pattern(LINES, 'line.source').test(line)).toBe(false);
  });
});

describe('byline.bracket-wen-outlet with an editor credit takes no column or headline', () => {
  const keep = [
    '【文/图 新华社 编辑/张三】近日，多地迎来降雪。',
    '【文化观察 编辑/张三】一座城市的记忆如何留存？',
    '【文/观察者网 编辑/张三】3月15日，数据出炉。',
    '【文旅部：暂停跨省团队游 编辑/张三】记者从文化和旅游部获悉，',
    '【编辑/张三】3月15日，数据出炉。',
    '【编辑推荐】3月15日，数据出炉。',
    '【文/编辑部】3月15日，数据出炉。',
    '【文字实录 编辑/张三】以下为发布会实录。',
    '【文末福利 编辑/张三】扫码领取。',
    '【文件 编辑/张三】关于印发通知的通知。',
    '【文/观察者网】3月15日，数据出炉。',
    '【文/ 编辑/张三】3月15日，数据出炉。',
    '【文明城市 编辑/张三】创建工作全面展开。',
    '【文/观察者网 编辑/张三 校对/李四】3月15日，数据出炉。',
    '【文化 编辑/张三 李四】活动举行。',
    '【文/观察者网记者 编辑/张三】3月15日，数据出炉。',
    '【文/图 观察者网 编辑/张三】3月15日，数据出炉。',
    '【文章来源 编辑/张三】3月15日，数据出炉。',
    '【文/新华社 图/王五】3月15日，数据出炉。',
    '【文学 编辑/张三】新书出版。',
  ];
  it.each(keep)('reads no writer from %s', (lead) => {
    const a = extract(seedPost(ps(lead, P1, P2)));
    expect(a.authors).toEqual([]);
    expect(a.text.split('\n\n')[0]).toBe(lead);
  });
});

describe('byline.names-continued with SURNAME_START: headings and other lines between a byline and a credit', () => {
  const lines = [
    '政策 解读', '新年 新气象', '市场 观察', '行业 动态', '专家 解读', '投资 策略', '风险 提示', '热点 追踪', '一周 回顾', '延伸 阅读',
    '深度 调查', '现场 直击', '特别 策划', '焦点 访谈', '财经 早报', '每日 一题', '视点 聚焦', '要闻 速览', '图说 经济', '核心 提示',
    '独家 专访', '开篇 导读',
  ];
  it.each(lines)('%s is read by no byline entry there and gives no author', (line) => {
    expect(pattern(BYLINES, 'byline.names-continued').test(line)).toBe(false);
    const a = extract(seedPost(ps('新京报记者 张三 李四', line, '编辑 王五', P1, P2)));
    expect(a.authors).toEqual(['张三', '李四']);
  });
});

describe('a foreign country before an outlet: what the prefix must not take', () => {
  const sources: [string, string][] = [
    ['来源：日本经济新闻社', '日本经济新闻社'],
    ['来源：法国新闻社', '法国新闻社'],
    ['来源：德国新闻社', '德国新闻社'],
    ['来源：俄罗斯卫星通讯社', '俄罗斯卫星通讯社'],
    ['来源：韩国联合通讯社', '韩国联合通讯社'],
    ['来源：美国有线电视新闻网', '美国有线电视新闻网'],
    ['来源：美国之音', '美国之音'],
    ['来源：中国新闻社', '中国新闻社'],
    ['来源：中国日报', '中国日报'],
    ['来源：美国侨报', '美国侨报'],
    ['来源：日本经济新闻', '日本经济新闻'],
    ['来源：英国广播公司', '英国广播公司'],
    ['来源：香港经济日报', '香港经济日报'],
    ['来源：印度时报', '印度时报'],
    ['来源：美国商会', '美国商会'],
    ['来源：日本贸易振兴机构', '日本贸易振兴机构'],
    ['来源：美国中文网', '美国中文网'],
    ['来源：英国卫报', '英国卫报'],
    ['来源：日本朝日新闻', '日本朝日新闻'],
    ['来源：德国之声', '德国之声'],
  ];
  it.each(sources)('%s gives %s', (line, source) => {
    expect(extract(seedPost(ps(P1, P2, line))).source).toBe(source);
  });
});
