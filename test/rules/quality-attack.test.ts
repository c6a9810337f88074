/**
 * An attack on the rules added after reading archive posts no rule was written from: for each new
 * or changed rule, plausible article sentences (and lines) it must not touch. Each is checked
 * against the rule's pattern and through extract(), placed where the rule applies (the first or the
 * last line of a post): the line stays in the text as printed and the metadata is the feed's.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { BOILERPLATE } from '../../src/rules/boilerplate';
import { BYLINES } from '../../src/rules/bylines';
import { LINES } from '../../src/rules/lines';

const P1 = '国家统计局今天发布的数据显示，今年前三季度国内生产总值同比增长，经济运行总体平稳，发展质量稳步提升。';
const P2 = '从环比看，三季度国内生产总值增长较快，主要指标保持在合理区间，就业形势总体稳定，物价温和上涨。';
const P3 = '分产业看，第一产业增加值增长，第二产业增加值增长，第三产业增加值增长，服务业对经济增长的贡献继续提高。';

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const ps = (...lines: string[]) => lines.map((l) => `<p>　　${esc(l)}</p>`).join('');
const seedPost = (body: string) => `---\ntitle: '前三季度经济运行总体平稳'\nauthor: 新浪财经\ndate: Mon, 18 Oct 2021 02:00:00 GMT\n---\n\n<div>${body}</div>\n`;
const pattern = (id: string) => [...LINES, ...BYLINES].find((r) => r.id === id)!.pattern;

/** The line, as the first and as the last line of a post, stays as printed and names nothing. */
function untouched(line: string) {
  for (const body of [ps(line, P1, P2, P3), ps(P1, P2, P3, line)]) {
    const a = extract(seedPost(body));
    expect(a.text.split('\n\n'), line).toContain(line);
    expect([a.source, a.authors], line).toEqual(['新浪财经', []]);
  }
}

const INVESTMENT = BOILERPLATE.find((c) => c.id === 'disclaimer.investment-risk')!;

describe('disclaimer.investment-risk leaves sentences that report a notice', () => {
  const keep = [
    '专家表示，该声明不构成投资建议，投资者仍需自行判断。',
    '证监会提醒，任何荐股软件的宣传都不构成投资建议。',
    '律师指出，博主在视频末尾标注“不构成投资建议”，并不能免除其法律责任。',
    '该基金经理在路演中反复强调，个人观点不构成投资建议。',
    '多位分析师认为，上述研报观点不构成投资建议，市场仍需观察政策落地情况。',
    '记者注意到，这些网红财经博主大多会在视频结尾加上一句“以上不构成投资建议”。',
    '公司回复称，董秘的互动回答不构成投资建议，也不构成业绩承诺。',
    '业内人士称，这类声明不构成投资建议的表述早已成为行业惯例。',
    '交易所在问询函中要求公司说明，相关宣传是否构成投资建议。',
    '他告诉记者，自己当初正是据此操作，才损失了近一半本金。',
    '投资者据此操作后亏损，能否向平台索赔？律师给出了答案。',
    '据此，法院认定该平台的推荐行为构成投资建议，判决其承担赔偿责任。',
    '网友调侃称，“不构成投资建议”已经成了最常见的免责台词。',
    '监管人士提醒，投资有风险，但风险并不意味着可以放任违规荐股。',
    '报告强调，市场波动加大，投资者需理性看待短期涨跌。',
    '该人士说，社交平台上流传的所谓内幕消息不构成投资建议，更不能作为买卖依据。',
    '对此，上述券商人士表示，研究报告仅供参考的说法并不能成为误导投资者的理由。',
    '在直播间里，主播一边喊单一边强调“仅供参考，不构成投资建议”。',
    '分析人士认为，这份声明不构成投资建议，但对市场情绪影响不小。',
    '多家机构在声明中表示，上述内容不构成投资建议，已向监管部门报备。',
  ];
  it.each(keep)('keeps %s', (s) => {
    expect(INVESTMENT.patterns.some((p) => p.test(s))).toBe(false);
    untouched(s);
  });
});

describe('line.picture-credit takes no source line and no byline', () => {
  it.each([
    ['来源：经济日报', '经济日报'],
    ['来源：新华社', '新华社'],
    ['来源：中国新闻网', '中国新闻网'],
    ['文章来源：证券时报', '证券时报'],
    ['来源丨经济日报（ID：jjrbwx）', '经济日报'],
    ['来源：全景网', '全景网'],
    ['来源：央视新闻客户端', '央视新闻客户端'],
  ])('%s still names the source', (line, source) => {
    expect(pattern('line.picture-credit').test(line)).toBe(false);
    expect(extract(seedPost(ps(P1, P2, P3, line))).source).toBe(source);
  });
  const keep = [
    '视觉中国发布公告称，公司已对网站图片版权问题进行整改。',
    '图片来源于网络的说法并不能免除侵权责任。',
    '图为2021年11月10日拍摄的上海外滩。',
    '图表来源于国家统计局公布的数据，记者整理。',
    '东方IC的摄影师当天也在现场。',
    '这张图片来自一位网友的朋友圈。',
    '来源于视觉中国的图片已被撤下。',
    '图虫创意平台上，相关图片的下载量明显增加。',
    '图解：一张图读懂2022年政府工作报告',
    '图片里的老人今年已经92岁。',
    '据视觉中国报道，该公司股价当日大涨。',
    '截至发稿，视觉中国股价报收12.35元。',
    '图片新闻：北京冬奥会倒计时100天',
    '图说：这是中国第一台自主研发的盾构机。',
    '来源于网络的图片未经核实，请谨慎转发。',
    '他从Getty Images购买了这张照片的使用权。',
    '视觉中国回应称，相关图片已获得授权。',
    '图书来源：国家图书馆馆藏',
    '图片中显示，事故现场已被警方封锁。',
    '来源：视觉中国集团2021年年度报告',
  ];
  it.each(keep)('does not take %s', (s) => {
    expect(pattern('line.picture-credit').test(s)).toBe(false);
  });
});

describe('byline.dispatch-bullet-reporter reads only a dispatch and its reporter', () => {
  const keep = [
    '长江商报消息 ●记者从武汉市统计局获悉，前三季度全市地区生产总值同比增长。',
    '长江商报消息 近日，在第九届中国公益慈善项目交流展示会上，中国慈善联合会发布了报告。',
    '●长江商报公益记者 李璟',
    '长江商报记者 李璟 实习生 王晨 ●武汉报道',
    '新华社消息 ●北京时间今晨，神舟十三号载人飞船成功发射。',
    '本报讯 ●记者近日走访了多家商场。',
    '央视新闻消息 ●记者今天从国家统计局了解到，10月份CPI同比上涨1.5%。',
    '●一季度全市新增就业12.3万人',
    '●记者 李璟',
    '长江商报消息 ●首席记者从省发改委获悉，全省重大项目开工率达到85%。',
    '长江商报消息 ●长江商报记者调查发现，多家门店已停止营业。',
    '消息人士 ●李璟',
    '●长江商报消息：武汉地铁5号线今日开通',
    '湖北日报讯 ●据统计，全省粮食产量再创新高。',
    '长江商报消息 ●公益记者走访了多个受助家庭。',
    '● 长江商报公益记者 李璟 通讯员 王芳',
    '长江商报消息●',
    '长江商报消息 ● 记者：您怎么看待今年的慈善捐赠数据？',
    '武汉晚报讯 ●近日，武汉市发布了新的人才政策。',
    '楚天都市报讯 ●记者昨日获悉，武汉至十堰高铁今年开通。',
  ];
  it.each(keep)('does not read %s', (s) => {
    expect(pattern('byline.dispatch-bullet-reporter').test(s)).toBe(false);
  });
});

describe('line.produced-by names an outlet only', () => {
  const keep = [
    '中国电影集团出品',
    '华谊兄弟出品',
    '该片由光线传媒出品，票房已突破10亿元。',
    '本片由北京文化与博纳影业联合出品',
    '精品出品',
    '出品',
    '腾讯视频出品',
    '小米出品，必属精品',
    '网易严选出品',
    '这是一部由湖南卫视出品的综艺节目。',
    '故宫文创出品',
    '这部纪录片由央视出品。',
    '字节跳动出品',
    '出品人：张三',
    '出品方表示，电影将于国庆档上映。',
    '阿里影业联合出品',
    '由上海电影集团出品的动画片广受好评',
    '出品公司已向法院提起诉讼',
    '芒果TV出品',
    '新片由万达影视出品并发行',
  ];
  it.each(keep)('does not take %s', (s) => {
    expect(pattern('line.produced-by').test(s)).toBe(false);
    untouched(s);
  });
});

describe('byline.wen-outlet-name and 资深记者 take no sentence', () => {
  const keep = [
    '文化强国网络安全',
    '►文旅部发布报告称',
    '►文化和旅游部发布通知',
    '文旅融合新闻发布会',
    '►文物保护工作取得新进展',
    '►文件显示，该项目总投资12亿元',
    '►文章认为，房地产市场仍处在调整期',
    '►文艺晚会今晚播出',
    '文 | 观察者网记者在现场看到，不少市民排队购买',
    '►文/图 资料',
    '资深记者出身的他，后来转行做了投资人。',
    '作为一名资深记者，他见证了中国资本市场三十年的变迁。',
    '这位资深记者对21世纪经济报道表示，行业仍在洗牌。',
    '►文明城市创建工作全面展开',
    '►文昌航天发射场今日再迎发射任务',
    '文化和旅游部新闻发言人',
  ];
  it.each(keep)('does not read %s', (s) => {
    expect(pattern('byline.wen-outlet-name').test(s)).toBe(false);
    untouched(s);
  });
  // The outlet's own reporter found something (a sentence, no byline): no author, and the outlet is
  // the source only when the sentence opens the article (byline.lead-reporter-mention), never the
  // graded role glued to it (澎湃新闻资深).
  it.each([
    ['澎湃新闻资深记者走访发现，多家门店已贴出停业告示。', '澎湃新闻'],
    ['新京报资深记者注意到，多家银行下调了存款利率。', '新京报'],
  ])('reads no author from %s; first the source is %s, last the feed', (s, outlet) => {
    expect(pattern('byline.wen-outlet-name').test(s)).toBe(false);
    // The article prints the outlet again (a lead mention is trusted only then: mentionedOutlet).
    const again2 = `工作人员告诉${outlet}记者，相关情况正在核实。`;
    const first = extract(seedPost(ps(s, P1, P2, P3, again2)));
    expect([first.source, first.authors]).toEqual([outlet, []]);
    const last = extract(seedPost(ps(P1, P2, P3, s)));
    expect([last.source, last.authors]).toEqual(['新浪财经', []]);
    expect(last.text.split('\n\n')).toContain(s);
  });
  // Reporter lines other rules read (文汇报记者张三 is 文汇报's reporter): only this rule must not take them.
  it.each(['文汇报记者张三', '文中提到的新华社记者张三'])('is not the rule that reads %s', (s) => {
    expect(pattern('byline.wen-outlet-name').test(s)).toBe(false);
  });
});
