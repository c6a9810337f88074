/**
 * An attack on this round's new and changed rules: plausible article lines each rule must not
 * touch, checked through the rule's pattern and through extract() as the first line of a post
 * (where the lead rules apply). A names run is checked right after a byline naming two people and
 * before the article's text (where a heading sits). Every list has at least 20 lines; lines that
 * first broke a rule made it narrower (a count word or a past role before 记者, 记者手记, 来源：受访者供图,
 * a two-word heading after a byline).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { BOILERPLATE } from '../../src/rules/boilerplate';
import { BYLINES, CREDIT_LINE } from '../../src/rules/bylines';
import { ELLIPSIS_PARAGRAPH, LINES } from '../../src/rules/lines';
import { restoreAsciiQuotes } from '../../src/rules/metadata';

const P1 = '国家统计局今天发布的数据显示，今年前三季度国内生产总值同比增长，经济运行总体平稳，发展质量稳步提升。';
const P2 = '从环比看，三季度国内生产总值增长较快，主要指标保持在合理区间，就业形势总体稳定，物价温和上涨。';
const P3 = '分产业看，第一产业增加值增长，第二产业增加值增长，第三产业增加值增长，服务业对经济增长的贡献继续提高。';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const ps = (...lines: string[]) => lines.map((l) => `<p>　　${esc(l)}</p>`).join('');
const seedPost = (body: string, title = '前三季度经济运行总体平稳') => `---\ntitle: '${title}'\nauthor: 新浪财经\ndate: Mon, 18 Oct 2021 02:00:00 GMT\n---\n\n<div>${body}</div>\n`;
const compact = (s: string) => s.replace(/\s+/g, '');
const byline = (id: string) => BYLINES.find((r) => r.id === id)!.pattern;

/** The line stays in the text and gives no outlet and no author (beside the byline's own). */
function untouched(lines: string[], line: string, authors: string[] = []) {
  const a = extract(seedPost(ps(...lines)), { trace: true });
  expect(compact(a.text), line).toContain(compact(line));
  expect([a.source, a.authors], line).toEqual(['新浪财经', authors]);
  return a;
}

describe('byline.names-continued reads no heading after a byline', () => {
  const keep = [
    '新年 新气象',
    '疫情 之下',
    '稳增长 促改革 调结构',
    '核心 提示',
    '数据 来源',
    '一图 读懂',
    '专家 观点',
    '记者 手记',
    '编者 按',
    '政策 解读',
    '图为 会场',
    '延伸 阅读',
    '背景 链接',
    '相关 新闻',
    '现场 直击',
    '市场 反应',
    '北京 上海 广州',
    '短评 观点',
    '第一 部分',
    '王五、赵六',
  ];
  it('has 20 lines', () => expect(keep.length).toBeGreaterThanOrEqual(20));
  it.each(keep)('%s after 记者 张三 李四, before the article', (s) => {
    const a = untouched(['记者 张三 李四', s, P1, P2, P3], s, ['张三', '李四']);
    expect(a.trace!.some((t) => t.rule === 'byline.names-continued')).toBe(false);
  });
});

describe('byline.lead-reporter-mention names no outlet from a reporter someone spoke to or a relayed report', () => {
  const keep = [
    '南京海关发言人对21世纪经济报道记者表示，其突破口在于省市重点项目。',
    '李宇嘉接受第一财经记者采访时表示，楼市政策仍有调整空间。',
    '他告诉澎湃新闻记者，目前调查仍在进行中，尚未发现异常。',
    '据红星新闻记者了解，涉事企业已被责令停业整改。',
    '据新华社记者报道，当地已启动应急响应。',
    '大连官方回应极目新闻称，网络传言不实。',
    '一名CNN记者发现，现场已经拉起了警戒线。',
    '有网友发现，该企业的官网已无法打开。',
    '中国基金报记者：在基金行业之中，你认为有哪些优势？',
    '新华社记者问：这次调查发现了哪些问题？',
    '这位资深记者对21世纪经济报道表示，行业仍在洗牌。',
    '多名记者在现场发现，排队的市民超过百人。',
    '记者从国家统计局获悉，前三季度经济运行总体平稳。',
    '该公司向证券时报记者表示，相关情况正在核实。',
    '央视记者在现场看到，救援工作仍在进行。',
    '受访者向新京报记者透露，涉事门店已关闭。',
    '路透社报道称，记者调查发现多家工厂停产。',
    '美联社的记者发现，当地的物价大幅上涨。',
    '本报记者调查发现，多家门店已暂停营业。',
    '在接受每日经济新闻记者采访时，他表示将继续增持。',
  ];
  it('has 20 lines', () => expect(keep.length).toBeGreaterThanOrEqual(20));
  // (本报记者调查发现… has the shape, but 本报 names no outlet: the check is through extract().)
  it.each(keep)('%s', (s) => {
    untouched([s, P1, P2, P3], s);
  });
});

describe('byline.bracket-wen-outlet takes no bracketed column name or writerless credit', () => {
  const keep = [
    '【文化观察】一座城市的记忆如何留存？专家认为城市更新要留住烟火气。',
    '【文/图 新华社】近日，多地迎来降雪，交通部门提醒注意出行安全。',
    '【文旅部：暂停跨省团队游】记者从文化和旅游部获悉，相关政策已调整。',
    '【文章摘要】本文讨论了货币政策的传导机制和效果评估。',
    '【文字实录】主持人：欢迎各位来到今天的直播间。',
    '【文末福利】关注公众号即可领取资料包。',
    '【作者按】本文写于2021年底，部分数据已更新。',
    '【文/本报评论员】稳增长需要各方共同发力。',
    '【文件】关于进一步做好稳就业工作的通知全文如下。',
    '【文明实践】志愿者走进社区开展义诊活动。',
    '[文/图]多地迎来降雪，交通部门提醒注意出行安全。',
    '【文 | 编辑部】年终特稿：这一年我们经历了什么。',
    '【作者简介】张三，经济学博士，研究方向为宏观经济。',
    '【撰文/编辑】本期内容由编辑部集体完成。',
    '【文/ 佚名】此文流传甚广，作者已不可考。',
    '【作者：多位专家】联合署名文章认为，楼市仍需稳字当头。',
    '【文汇报讯】上海今天发布新一轮稳经济措施。',
    '【文创产品】故宫文创去年销售额超过15亿元。',
    '【文/图/视频】记者带你探访冬奥村。',
    '【文/本报记者】全文约三千字，阅读需要五分钟。',
  ];
  it('has 20 lines', () => expect(keep.length).toBeGreaterThanOrEqual(20));
  it.each(keep)('%s', (s) => {
    expect(byline('byline.bracket-wen-outlet').test(s)).toBe(false);
    untouched([s, P1, P2, P3], s);
  });
});

describe('promo.research-links leaves sentences about research reports', () => {
  const cls = BOILERPLATE.find((c) => c.id === 'promo.research-links')!;
  const keep = [
    '券商发布的投资研报显示，行业景气度有望持续回升。',
    '投资研报的质量参差不齐，投资者需要独立判断。',
    '据投资研报统计，今年以来共有120家公司获得机构首次覆盖。',
    '多家机构在投资研报中上调了该公司的盈利预测。',
    '投资研报指出，新能源车渗透率将继续提升。',
    '一份投资研报认为，明年A股盈利增速将放缓。',
    '研报称，公司二季度业绩超出市场预期。',
    '分析师在研报中表示，行业集中度将进一步提高。',
    '这份投资研报发布后，公司股价应声上涨。',
    '投资研报数量同比增长两成，覆盖行业更加广泛。',
    '该机构投资研报的准确率受到市场质疑。',
    '记者查阅多份投资研报发现，各家观点分歧较大。',
    '投资研报中的目标价仅供参考。',
    '监管部门加强了对投资研报发布的管理。',
    '投资研报行业迎来新规，分析师执业更加规范。',
    '有投资者表示，投资研报是其决策的重要参考。',
    '本周共有35份投资研报涉及消费板块。',
    '投资研报显示，机构普遍看好四季度的消费复苏。',
    '第三方平台汇总的投资研报超过两万份。',
    '投资研报是否可信，关键看分析师的独立性。',
  ];
  it('has 20 lines', () => expect(keep.length).toBeGreaterThanOrEqual(20));
  it.each(keep)('%s', (s) => {
    expect(cls.patterns.some((p) => p.test(s))).toBe(false);
    untouched([s, P1, P2, P3], s);
    untouched([P1, P2, P3, s], s);
  });
});

describe('line.source (several sources) and line.picture-credit leave data-source sentences as text', () => {
  const source = LINES.find((r) => r.id === 'line.source')!.pattern;
  const keep = [
    '来源、去向都要登记清楚。',
    '来源：国家统计局、海关总署，数据截至2021年底',
    '数据来源：Wind、同花顺，截至3月11日',
    '资金来源、用途都要说明。',
    '来源不明的资金将被冻结。',
    '收入来源、支出结构都发生了变化。',
    '来源：国家统计局，数据截至2021年底',
    '来源地、目的地均已公布。',
    '来源广泛、品类丰富的商品受到欢迎。',
    '来源于民间、扎根于民间的艺术形式。',
    '（来源：国家统计局、海关总署）',
    '来源渠道、供货周期均不稳定。',
    '资料来源：公司公告、中信证券研究部',
    '来源于公司年报、季报的数据显示，利润增长。',
    '文章来源于网络，如有侵权请联系删除。',
    '来源区域、流向区域都已标注。',
    '来源国、原产地规则各不相同。',
    '来源单位、联系人姓名、电话都需填写。',
  ];
  it('has 18+ lines, plus two picture credits below', () => expect(keep.length).toBeGreaterThanOrEqual(18));
  it.each(keep)('%s', (s) => {
    expect(source.test(s)).toBe(false);
    untouched([P1, P2, P3, s], s);
  });
  // Over its picture (alone, a picture's credit goes: line.picture-credit-alone).
  it.each(['图片来源：视觉中国、东方IC', '来源：受访者供图'])('%s is a picture credit: no source, it stays', (s) => {
    const a = extract(seedPost(`${ps(P1, P2, P3, s)}<p><img src="https://n.sinaimg.cn/finance/a.jpg"></p>`));
    expect([compact(a.text).includes(compact(s)), a.source, a.authors]).toEqual([true, '新浪财经', []]);
  });
});

describe('byline.outlet-reporter reads no clause before 记者 as an outlet', () => {
  const keep = [
    '文中提到的新华社记者张三',
    '负责此事的新华社记者张三',
    '接受新华社记者张三',
    '告诉澎湃新闻记者 李四',
    '曾任人民日报记者 王五',
    '据新华社记者 王五',
    '作为新京报记者 赵六',
    '采访过他的央视记者 李四',
    '他的妻子是新华社记者 王五',
    '这位自称人民日报记者 李四',
    '图中的新华社记者张三',
    '当年的中新社记者 刘洋',
    '他曾经是南方周末记者 李四',
    '派驻当地的新华社记者 王五',
    '其中一位新华社记者 张三',
    '首位进入现场的央视记者 李四',
    '多家媒体记者 张三 李四',
    '一名人民日报记者 王五',
    '两位新华社记者 张三 李四',
    '此前接受过新华社记者 王五',
  ];
  it('has 20 lines', () => expect(keep.length).toBeGreaterThanOrEqual(20));
  it.each(keep)('%s', (s) => {
    expect(byline('byline.outlet-reporter').test(s)).toBe(false);
    const a = extract(seedPost(ps(s, P1, P2, P3)));
    expect(a.source, s).toBe('新浪财经');
  });
});

describe('block.ellipsis keeps only ellipsis marks', () => {
  const keep = [
    '……他说。',
    '——',
    '▷',
    '《》',
    '……等等',
    '。',
    '..',
    '…………他停顿了一下',
    '·',
    '**',
    '※※※',
    '——完——',
    '（完）',
    '【完】',
    '~~',
    '———',
    '- - -',
    '●',
    '★★★',
    '＊＊＊',
  ];
  it('has 20 lines', () => expect(keep.length).toBeGreaterThanOrEqual(20));
  it.each(keep)('%s is no ellipsis paragraph', (s) => {
    expect(ELLIPSIS_PARAGRAPH.pattern.test(s)).toBe(false);
    const a = extract(seedPost(ps(P1, s, P2, P3)), { trace: true });
    expect(a.trace!.some((t) => t.rule === 'block.ellipsis')).toBe(false);
  });
});

describe('meta.title.ascii-quotes changes only balanced quotes in a Chinese seed title', () => {
  it.each([
    '\'100种方法刑事你\'的女书记登门道歉',
    'Apple \'Think Different\' 广告重播',
    '他说\'不要走 标题只有一个引号',
    '“十四五”规划纲要发布',
    '报告称\'AI+\'将成新引擎',
    '\'双减\'后的暑假',
    '标题里的\'引号\'和\'另一对\'',
    'iPhone 14 \'Pro\' review',
    '\'A\'股开门红',
    '引号\'内\'容',
  ])('%s', (t) => {
    const out = restoreAsciiQuotes(t);
    const n = (t.match(/"/g) ?? []).length;
    if (!n || n % 2 || !/[\u4e00-\u9fa5]/.test(t)) expect(out).toBe(t);
    else expect(out.replace(/[“”]/g, '"')).toBe(t);
  });
});

describe('CREDIT_LINE (a credit block\'s next line) is no sentence', () => {
  it.each(['编辑 | 曹 杨', '校对：王五', '来源：经济日报', '设计/李四'])('%s is a credit line', (s) => expect(CREDIT_LINE.test(s)).toBe(true));
  it.each(['编辑部收到了大量读者来信。', '设计师王五表示，新品将于下月上市。', '来源不明的资金将被冻结。', '图为会场。', '监制这部纪录片花了三年时间。'])('%s is not', (s) => expect(CREDIT_LINE.test(s)).toBe(false));
});
