/**
 * An attack on the rules this round added or widened: plausible article lines each must not touch,
 * checked through extract() at the top and the bottom of a small seed post (where lead, byline,
 * closing-credit and 来源 rules apply): the line stays in the text as printed and gives no source,
 * no author and no editor. Then the readings each rule must keep.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { BYLINES } from '../../src/rules/bylines';
import { listNamesOutlets, OUTLET_NAME } from '../../src/rules/metadata';
import { P1, P2, P3, ps, seedPost, untouchedFirstAndLast as untouched } from '../support/seed-post';

const pattern = (id: string) => BYLINES.find((r) => r.id === id)!.pattern;

describe('a dated 讯 dispatch takes no sentence that has a date and 讯 in it', () => {
  const keep = [
    '电视台9月17日讯问了涉事员工，目前调查仍在进行。',
    '报社9月17日讯问了相关负责人，对方未予回应。',
    '据财联社9月17日讯，工信部组织召开锂资源产业发展座谈会。',
    '据新华社9月17日讯，国务院常务会议部署稳经济措施。',
    '警方9月17日讯问了犯罪嫌疑人，嫌疑人对犯罪事实供认不讳。',
    '检察院9月17日讯问了涉案人员。',
    '该报9月17日讯，当地出台了新的楼市调控政策。',
    '本报9月17日讯 当地出台了新的楼市调控政策。',
    '财联社记者9月17日讯问了多家券商。',
    '新华网9月17日讯息显示，多地出台稳楼市政策。',
    '电视台9月17日讯号中断了近一个小时。',
    '科大讯飞9月17日发布公告称，公司业绩稳步增长。',
    '腾讯9月17日讯，公司将回购股份。',
    '9月17日讯，工信部召开锂资源产业发展座谈会。',
    '财联社在9月17日讯中称，碳酸锂价格重返前高。',
    '此前财联社9月17日讯（记者 曾楚楚）的报道引发关注。',
    '参考财联社9月17日讯，碳酸锂价格继续上涨。',
    '截至9月17日讯飞公司股价上涨3%。',
    '公安局9月17日讯问了当事人。',
    '该台9月17日讯（记者 张三）报道了此事。',
    '法院9月17日讯问被告人后当庭宣判。',
    '一名记者9月17日讯问现场工作人员。',
  ];
  it.each(keep)('does not read %s', (line) => untouched(line));
  it.each([
    ['财联社9月17日讯（记者 曾楚楚 李子健）美国《通胀削减法案》在资本市场风波未平。', '财联社'],
    ['证券时报网9月17日讯，碳酸锂价格重返50万元/吨。', '证券时报网'],
    ['中新社北京9月17日电（记者 张三）国务院常务会议部署稳经济措施。', '中新社'],
  ])('still reads %s', (line, outlet) => {
    const a = extract(seedPost(ps(line, P1, P2, P3)));
    expect(a.source).toBe(outlet);
  });
});

describe('曾, 于, 向 after a role open a name only when a name shape ends the field', () => {
  const keep = [
    '记者曾多次前往当地调查',
    '记者曾经在现场看到',
    '记者曾表示',
    '记者曾说',
    '记者曾任',
    '作者曾任某报记者',
    '记者曾在现场',
    '记者曾是',
    '记者于今日获悉',
    '记者于近日',
    '记者于现场',
    '记者于此',
    '记者于12日从市场监管总局获悉',
    '记者于当天下午赶到现场',
    '记者向其求证',
    '记者向您报道',
    '记者向有关部门求证',
    '记者向本报反映',
    '记者向记者提问',
    '记者向该公司核实',
    '通讯员于近日走访',
    '作者曾获得多项奖项',
    '记者曾 去过',
  ];
  it.each(keep)('does not read %s', (line) => untouched(line));
  it.each([
    ['记者 曾仰琳', ['曾仰琳']],
    ['记者：于佳欣 王五', ['于佳欣', '王五']],
    ['记者 向家莹', ['向家莹']],
    ['记者 曾珂', ['曾珂']],
    ['记者 于洋 编辑：王五', ['于洋']],
    ['记者 曾 珂', ['曾珂']],
  ])('still reads %s', (line, authors) => {
    const a = extract(seedPost(ps(line, P1, P2, P3)));
    expect(a.authors).toEqual(authors);
  });
  it('the role-first pattern itself refuses 记者曾表示 and takes 记者 曾仰琳', () => {
    expect(pattern('byline.role-first').test('记者曾表示')).toBe(false);
    expect(pattern('byline.role-first').exec('记者 曾仰琳')?.groups?.names).toBe('曾仰琳');
  });
});

describe('NAMED_OUTLETS: 券商中国 and 总台央视 are outlets only as names, never inside other words', () => {
  const keep = [
    '券商中国区负责人表示，公司将继续加大投入。',
    '多家外资券商中国区业务负责人发现，市场情绪正在修复。',
    '某外资券商中国研究团队梳理发现，今年以来北向资金持续流入。',
    '他告诉券商中国记者，公司正在积极准备三季报。',
    '接受券商中国记者采访时，他表示市场仍有机会。',
    '此前券商中国记者调查发现，多家门店仍在违规经营。',
    '一名券商中国记者走访发现，现场秩序井然。',
    '总台央视新闻频道9月17日播出了相关报道。',
    '据总台央视报道，多地出台稳楼市政策。',
    '总台央视记者问：这次调查发现了哪些问题？',
    '（总台记者 何伟奇）',
    '（央视总台的记者正在现场）',
    '券商中国证券业协会发布了最新数据。',
    '外资券商中国子公司获批开业。',
    '总台央视的报道引发了广泛关注。',
    '来自总台央视的记者在现场看到，救援仍在进行。',
    '总台央视财经评论员认为，市场情绪有所修复。',
    '券商中国记者问：北交所的定位是什么？',
    '据券商中国记者了解，涉事企业已被责令整改。',
    '昨日券商中国记者走访发现，多家营业部客流回升。',
    '有自称总台央视记者的男子暗访发现，该企业长期违规排放。',
  ];
  it.each(keep)('does not read %s', (line) => {
    for (const body of [ps(line, P1, P2, P3), ps(P1, P2, P3, line)]) {
      const a = extract(seedPost(body));
      expect([a.source, a.text.split('\n\n').includes(line)]).toEqual(['新浪财经', true]);
    }
  });
  it.each(['总台央视', '券商中国'])('%s alone is an outlet name for a closing credit', (v) => expect(OUTLET_NAME.pattern.test(v)).toBe(true));
  it.each(['总台', '央视总台记者', '券商中国区', '中国'])('%s is not', (v) => expect(OUTLET_NAME.pattern.test(v)).toBe(false));
});

describe('a 来源 list’s first item is a person only when it opens with a surname and the text prints it as one', () => {
  const others = (s: string) => [P1, s, P3];
  const stillOutlets: [string, string, string][] = [
    ['齐鲁观', '青记', '齐鲁观察认为，市场情绪有所修复。'],
    ['侠客岛', '人民日报海外版', '侠客岛认为，市场情绪有所修复。'],
    ['牛弹琴', '新华社', '牛弹琴表示，这是一次重要会议。'],
    ['齐鲁观', '新华社、人民网', '齐鲁观的文章认为，市场情绪有所修复。'],
    ['胡说财', '九派新闻', '胡说财经认为，市场情绪有所修复。'],
    ['齐鲁观', '青记', '齐鲁观，是山东的一个公众号。'],
    ['齐鲁观', '青记', '据齐鲁观报道，当地出台了新政策。'],
    ['齐鲁观', '青记', '齐鲁观日前发文称，当地出台了新政策。'],
    ['齐鲁观', '青记', '齐鲁观点评说，当地出台了新政策。'],
    ['齐鲁观', '青记', P2],
    ['王小明', '青记', '王小明的朋友表示，此事属实。'],
    ['李大霄', '新浪财经', '李大霄的文章在网上流传。'],
    ['李大霄', '新浪财经', '多位分析师赞同李大霄。'],
    ['李大霄', '新浪财经', '“李大霄行情”再次被提起。'],
    ['李大霄', '新浪财经', '李大霄指数上涨1%。'],
    ['黄河财', '九派新闻', '黄河财经称，当地出台了新政策。'],
    ['张家港', '新华社', '张家港表示欢迎外资企业。'],
    ['周末画', '新华社', '周末画报认为，消费正在复苏。'],
    ['高铁网', '新华社', '高铁网称，列车已恢复运行。'],
    ['秦朔朋', '新华社', '秦朔朋友圈认为，消费正在复苏。'],
  ];
  it.each(stillOutlets)('%s、%s with “%s”: the text changes nothing (no title, no person-only word)', (first, more, line) => {
    expect(listNamesOutlets(first, more, others(line))).toBe(listNamesOutlets(first, more));
  });
  it('the trade, asserted: a bare verb of speech is no evidence, so 李大霄表示 alone leaves the list as it was', () => {
    expect(listNamesOutlets('李大霄', '新浪财经', others('李大霄表示，市场情绪有所修复。'))).toBe(true);
  });
  it.each([
    ['李大霄', '新浪财经', '英大证券首席经济学家李大霄表示，市场情绪有所修复。'],
    ['李大霄', '新浪财经', '李大霄先生认为，市场情绪有所修复。'],
    ['王小明', '青记', '王小明系某大学教授。'],
  ])('%s、%s with “%s”: a person, no outlet', (first, more, line) => expect(listNamesOutlets(first, more, others(line))).toBe(false));
});
