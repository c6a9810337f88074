/**
 * Misreads a reading of eleven real posts no rule was written from showed, each fixed by meaning, as
 * regressions (each failed before): a 来源 label whose mark is a slash, the channel after the outlet
 * and its reporter in brackets (来源/经济日报微信（记者熊丽）) named no source; a byline marked with a
 * bullet (● 本报记者 倪铭娅) gave no author; an outlet's name alone under the 原标题 (金融时报, the
 * reprint's masthead credit) named no source; a 原标题 printed on two lines (原标题：X——, then Y) kept
 * its second part as the article's first line. The attack on each new reading (plausible lines each
 * must leave as they were) is here too.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from '../../src/engine/extract';
import { renderHtml } from '../../src/render/html';
import { LINES } from '../../src/rules/lines';
import { BYLINES, readByline } from '../../src/rules/bylines';
import { P1, P2, P3, ps, seedPost, untouchedFirstAndLast } from '../support/seed-post';

const again = (a: ReturnType<typeof extract>) => extract(renderHtml(a));
const fixture = (name: string) => extract(readFileSync(new URL(`../../fixtures/seed-format/${name}`, import.meta.url), 'utf8'));

describe('a 来源 label with a slash, a channel after the outlet, its reporter in brackets', () => {
  it('the real post (经济日报微信, 2021-12-09) names the outlet and the reporter', () => {
    const a = fixture('2021-12-09_47877669.md');
    expect(a.source).toBe('经济日报');
    expect(a.authors).toEqual(['熊丽']);
    expect(a.text).not.toContain('来源/');
    expect(again(a).source).toBe('经济日报');
    expect(again(a).authors).toEqual(['熊丽']);
  });
  it.each([
    ['来源/经济日报微信（记者熊丽）', '经济日报', ['熊丽']],
    ['来源/新华社', '新华社', []],
    ['来源／人民日报', '人民日报', []],
    ['来源：人民日报微信公众号', '人民日报', []],
    ['来源：经济日报（记者 熊丽）', '经济日报', ['熊丽']],
    ['来源：经济日报（记者熊丽、王五）', '经济日报', ['熊丽', '王五']],
  ] as const)('%s closing a post gives %s', (line, source, authors) => {
    const a = extract(seedPost(ps(P1, P2, P3, line)));
    expect(a.source).toBe(source);
    expect(a.authors).toEqual(authors);
    expect(a.text).not.toContain(line);
  });
});

describe('a byline marked with a bullet', () => {
  it('the real post (中国证券报, 2022-01-01) names its reporter and keeps the line', () => {
    const a = fixture('2022-01-01_93fff2c8.md');
    expect(a.authors).toEqual(['倪铭娅']);
    expect(a.source).toBe('新浪财经');
    expect(a.text.split('\n\n')[0]).toBe('● 本报记者 倪铭娅');
    expect(again(a).authors).toEqual(['倪铭娅']);
  });
  it.each([
    ['● 本报记者 倪铭娅', ['倪铭娅'], '新浪财经'],
    ['■本报记者 张三 李四', ['张三', '李四'], '新浪财经'],
    ['◎ 证券日报记者 包兴安', ['包兴安'], '证券日报'],
    ['● 记者 高健', ['高健'], '新浪财经'],
  ] as const)('%s opening a post gives %j', (line, authors, source) => {
    const a = extract(seedPost(ps(line, P1, P2, P3)));
    expect(a.authors).toEqual(authors);
    expect(a.source).toBe(source);
    expect(a.text.split('\n\n')[0]).toBe(line);
  });
});

describe('an outlet’s name alone among the first lines (the masthead credit)', () => {
  it('the real post (金融时报, 2021-12-27) names the outlet and keeps the line', () => {
    const a = fixture('2021-12-27_c4ec8e6a.md');
    expect(a.source).toBe('金融时报');
    expect(a.authors).toEqual([]);
    expect(a.text.split('\n\n')[0]).toBe('金融时报');
    expect(again(a).source).toBe('金融时报');
  });
  it.each(['金融时报', '经济日报', '新华社', '中国证券报', '券商中国'])('%s under a 原标题 names the source', (name) => {
    const a = extract(seedPost(ps('原标题：LPR调降，释放了什么信号？', name, P1, P2, P3)));
    expect(a.source).toBe(name);
    expect(a.text.split('\n\n')[0]).toBe(name);
  });
  it('an outlet’s name alone in mid-article names no source', () => {
    const a = extract(seedPost(ps(P1, P2, P3, P1, '新华社', P2, P3, P1, P2)));
    expect(a.source).toBe('新浪财经');
  });
});

describe('a 原标题 printed on two lines', () => {
  it('the real post (2021-05-02) joins the two parts and moves both out', () => {
    const a = fixture('2021-05-02_1bb733f3.md');
    expect(a.originalTitle).toBe('PMI连续十四个月位于扩张区间——经济保持平稳恢复态势');
    expect(a.text.startsWith('4月30日')).toBe(true);
    expect(again(a).originalTitle).toBe('PMI连续十四个月位于扩张区间——经济保持平稳恢复态势');
    expect(again(a).text).toBe(a.text);
  });
  it.each([
    ['原标题：PMI连续十四个月位于扩张区间——', '经济保持平稳恢复态势', 'PMI连续十四个月位于扩张区间——经济保持平稳恢复态势'],
    ['原标题：开局之年看变化：', '“十四五”开局之年的中国经济', '开局之年看变化：“十四五”开局之年的中国经济'],
    ['原标题：一季度经济数据出炉—', '开局良好', '一季度经济数据出炉—开局良好'],
  ])('%s then %s', (first, second, title) => {
    const a = extract(seedPost(ps(first, second, P1, P2, P3)));
    expect(a.originalTitle).toBe(title);
    expect(a.text.split('\n\n')[0]).toBe(P1);
  });
});

/**
 * The attack: plausible lines the three new readings must leave as they were, first and last in a
 * post (untouchedFirstAndLast: they stay as printed and name no source, author or editor), and
 * checked against the entries' patterns.
 */
const SOURCE = LINES.find((r) => r.id === 'line.source')!;
const MASTHEAD = BYLINES.find((r) => r.id === 'byline.masthead-outlet')!;

describe('attack: lines with 来源 and a slash, 微信 or brackets that name no source', () => {
  it.each([
    '来源/去向都要登记清楚。',
    '来源/去向',
    '来源/用途',
    '来源/构成',
    '来源/占比',
    '来源/渠道',
    '来源/微信',
    '来源：微信',
    '来源/去向不明的资金要追查。',
    '资金来源/用途表',
    '收入来源/支出结构',
    '数据来源/口径说明见附表',
    '来源/方式/金额',
    '来源/据报道',
    '来源/资料图',
    '来源/视觉中国',
    '来源/受访者供图',
    '来源/国家统计局，数据截至2021年底',
    '来源/新华社记者张三摄',
    '来源/自筹资金',
  ])('%s', (line) => {
    untouchedFirstAndLast(line);
  });
  it.each([
    // A bracket after the outlet that is no reporter's byline: the outlet still, and no author.
    ['来源：经济日报（记者节特刊）', '经济日报'],
    ['来源：经济日报（记者会实录）', '经济日报'],
    ['来源：新华社（记者站供稿）', '新华社'],
    ['来源：新华社（记者证查询）', '新华社'],
    ['来源：新华社（记者们的现场）', '新华社'],
    ['来源：经济日报（记者招待会）', '经济日报'],
    // 微信 inside an outlet's name, not after it, is the name's.
    ['来源：腾讯微信团队', '腾讯微信团队'],
  ])('%s closing a post names %s and no author', (line, source) => {
    const a = extract(seedPost(ps(P1, P2, P3, line)));
    expect(a.source).toBe(source);
    expect(a.authors).toEqual([]);
  });
  it('the slash pairs read as no 来源 line at all', () => {
    for (const t of ['来源/去向', '来源/用途', '来源/构成', '来源/占比', '来源/微信']) expect(SOURCE.pattern.test(t), t).toBe(false);
  });
});

describe('attack: lines opening with a bullet that are no byline', () => {
  it.each([
    '● 本报记者近日走访了多家银行网点。',
    '● 记者从国家统计局获悉，全年粮食产量再创新高。',
    '■ 记者了解到，多地已出台措施。',
    '● 新华社记者注意到，多地出台了稳增长措施。',
    '● 记者手记',
    '● 记者观察：楼市回暖了吗',
    '● 本报评论员文章',
    '▲ 图为记者在现场采访',
    '● 稳增长政策持续发力',
    '■ 制造业PMI重回扩张区间',
    '◆ 业内人士：预计明年降准仍有空间',
    '● 中国证券报记者获悉，多家券商已完成测试。',
    '● 记者：请问通讯员：现场情况如何？',
    '● 记者张三说，事故已造成3人受伤。',
    '● 本报记者曾暗访',
    '◎ 记者 曾多次 报道',
    '● 本报讯',
    '● 人民日报评论员文章',
    '● 新华社记者近日采访了多位专家。',
    '• 记者会将于明日召开',
  ])('%s', (line) => {
    untouchedFirstAndLast(line);
  });
});

describe('attack: short lines among the first that are no outlet’s masthead', () => {
  it.each([
    '半年报',
    '2021年年报',
    '一季度财报',
    '券商研报',
    '互联网',
    '工业互联网',
    '国家电网',
    '国际新闻',
    '财经早报',
    '社会新闻',
    '要闻',
    '快报',
    '新闻',
    '出版社',
    '旅行社',
    '农民专业合作社',
    '人民日报社',
    '本报',
    '政府工作报告',
    '天气预报',
    '据金融时报',
    '新华社电',
  ])('%s', (line) => {
    untouchedFirstAndLast(line);
    expect(MASTHEAD.pattern.test(line), line).toBe(false);
  });
  it('a sentence naming an outlet is no masthead', () => {
    for (const t of ['金融时报报道，央行将继续实施稳健的货币政策。', '来源：金融时报', '中国证券报记者', '人民日报评论员']) {
      expect(readByline(t)?.id === 'byline.masthead-outlet', t).toBe(false);
    }
  });
});

describe('attack: lines after a 原标题 that are no second part of it', () => {
  // After a 原标题 that runs on (a dash or a colon): bylines, credits, sentences, a numbered subhead.
  it.each([
    '记者 张三',
    '本报记者 张三 李四',
    '● 本报记者 倪铭娅',
    '新华社记者魏玉坤、董雪',
    '文/李四',
    '编辑：王五',
    '一、政策背景',
    '澎湃新闻记者 朱奕奕',
    '图片来源：视觉中国',
    '（记者 张三）',
    P1,
    '日前，国务院常务会议部署稳增长措施。',
    '4月30日，国家统计局发布数据',
    '稳增长，政策加力',
    '导读：一季度经济开局良好',
    '作者丨陈植',
    '金融时报',
    '这是一个超过三十个字而且没有任何标点符号的很长很长很长的句子它不会是标题的后半部分',
  ])('%s after 原标题：X—— stays as printed', (line) => {
    // A picture's credit stays over its picture (alone, it goes: line.picture-credit-alone).
    const picture = line.startsWith('图片来源') ? ['<p><img src="https://n.sinaimg.cn/finance/a.jpg"></p>'] : [];
    const a = extract(seedPost(ps('原标题：PMI连续十四个月位于扩张区间——', line, ...picture, P1, P2, P3)));
    expect(a.originalTitle).toBe('PMI连续十四个月位于扩张区间——');
    expect(a.text.split('\n\n')[0]).toBe(line);
  });
  it('a 来源 line after 原标题：X—— names the source and is no part of the title', () => {
    const a = extract(seedPost(ps('原标题：PMI连续十四个月位于扩张区间——', '来源：经济日报', P1, P2, P3)));
    expect(a.originalTitle).toBe('PMI连续十四个月位于扩张区间——');
    expect(a.source).toBe('经济日报');
  });
  // A 原标题 that does not run on: the short line after it is the article's.
  it.each([
    ['原标题：PMI连续十四个月位于扩张区间', '经济保持平稳恢复态势'],
    ['原标题：PMI连续十四个月位于扩张区间！', '经济保持平稳恢复态势'],
    ['原标题：一季度经济数据出炉', '开局良好'],
    ['原标题：“十四五”开局之年', '稳增长是首要任务'],
  ])('%s then %s: two lines', (first, second) => {
    const a = extract(seedPost(ps(first, second, P1, P2, P3)));
    expect(a.originalTitle).toBe(first.replace('原标题：', ''));
    expect(a.text.split('\n\n')[0]).toBe(second);
  });
});
