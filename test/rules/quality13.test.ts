/**
 * What a fourth reading of twelve real posts no rule was written from showed, as regressions (the
 * first block failed before): a site's dispatch with its reporters in brackets (中国网财经8月22日讯（记者
 * 王金瑞）) read the site's channel as the dispatch's place and gave 中国网, where the same dispatch with
 * no brackets (中国网财经5月18日讯) gives 中国网财经: the channel printed after the site's name is part of
 * the outlet's name. The other blocks pin what the reading found right: US quote links listed as US
 * stocks with the words kept, hidden article_adlist credits never shown, a table's 注： rows kept in
 * the table, a numbered Q&A's questions as heads, and the lines each must leave as they were.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from '../../src/engine/extract';
import { renderHtml } from '../../src/render/html';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';

const again = (a: ReturnType<typeof extract>) => extract(renderHtml(a));
const fixture = (path: string) => extract(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'));
const paras = (a: ReturnType<typeof extract>) => a.text.split('\n\n');
const read = (line: string) => {
  const a = extract(seedPost(ps(line, P1, P2, P3)));
  return { source: a.source, authors: a.authors, first: paras(a)[0] };
};

/** A market keyword as Sina's CMS wraps it: the span naming the code, the link, the live-quote slot. */
const keyword = (code: string, name: string) =>
  `<span id="stock_${code}"><a href="https://finance.sina.com.cn/realstock/company/${code}/nc.shtml" class="keyword" target="_blank" data-sudaclick="content_marketkeywords_p">${name}</a></span><span id="quote_${code}"></span>`;
/** A US quote link as Sina's CMS wraps it. */
const usKeyword = (ticker: string, name: string) =>
  `<span id="usstock_${ticker}"><a href="https://stock.finance.sina.com.cn/usstock/quotes/${ticker}.html" class="keyword" target="_blank" data-sudaclick="content_marketkeywords_p">${name}</a></span><span id="quote_${ticker}"></span>`;

describe('a site’s channel in a dispatch with bracketed reporters is part of the outlet', () => {
  const LPR = '今日，央行授权全国银行间同业拆借中心公布，2022年8月22日贷款市场报价利率（LPR）为：1年期LPR为3.65%。';
  it('中国网财经8月22日讯（记者 王金瑞） gives 中国网财经 and the reporter, the line kept as printed', () => {
    const line = `中国网财经8月22日讯（记者 王金瑞）${LPR}`;
    expect(read(line)).toEqual({ source: '中国网财经', authors: ['王金瑞'], first: line });
  });
  it('the same dispatch without brackets already gave 中国网财经', () => {
    expect(read(`中国网财经8月22日讯 ${LPR}`).source).toBe('中国网财经');
  });
  it('the real post (2021-12-09, seed-audit): 中国网财经12月9日讯（记者 李春晖）', () => {
    const a = fixture('seed-audit/2021-12-09_b53ba6eb.md');
    expect(a.source).toBe('中国网财经');
    expect(a.authors).toEqual(['李春晖']);
    expect(paras(a)[0]?.startsWith('中国网财经12月9日讯（记者 李春晖）中共中央政治局12月6日召开会议')).toBe(true);
    expect(again(a).text).toBe(a.text);
  });
  it.each([
    // A place after the site's name stays the dispatch's place.
    ['中国网北京8月22日讯（记者 王金瑞）今日，央行公布贷款市场报价利率。', '中国网', ['王金瑞']],
    ['中新社曼谷9月11日电 （记者 王国安）泰国外交部11日发表关于香港局势的声明。', '中新社', ['王国安']],
    ['财联社北京9月17日讯（记者 张晓翀）近日发改委等部委通知，同意启动建设国家算力枢纽节点。', '财联社', ['张晓翀']],
    // Another channel of a site, with brackets too.
    ['中国网科技3月22日讯（记者 王五）据交通运输部网站消息，全国网约车监管信息交互平台发布2月行业运行情况。', '中国网科技', ['王五']],
    ['新京报讯（记者 张和平）北京市住建委昨日通报，因违规发布网络房源信息，18家中介机构被查处。', '新京报', ['张和平']],
  ])('%s', (line, source, authors) => {
    expect(read(line)).toEqual({ source, authors, first: line });
  });
});

describe('US quote links name US stocks, the words kept', () => {
  it('the real post (2022-01-04, 彭博亿万富翁指数): seven US stocks in the order named, English names kept', () => {
    const a = fixture('seed-format/2022-01-04_79f7b49b.md');
    expect(a.stocks).toEqual([
      { code: 'usTSLA', name: '特斯拉' },
      { code: 'usAMZN', name: '亚马逊' },
      { code: 'usMSFT', name: '微软' },
      { code: 'usGOOG', name: '谷歌' },
      { code: 'usFB', name: '脸谱网' },
      { code: 'usORCL', name: '甲骨文' },
      { code: 'usNU', name: 'Nubank' },
    ]);
    expect(a.text).toContain('特斯拉公司首席执行官马斯克（Elon Musk）');
    expect(a.text).toContain('金融初创公司Nubank首席执行官贝莱斯（David Velez）');
    expect(a.blocks.filter((b) => b.type === 'heading').map((b) => ('text' in b ? b.text : ''))).toEqual(['IPO造富', '拜登推行富人税却屡受阻']);
    expect(a.text).not.toContain('理财券');
    expect(a.source).toBe('新浪财经');
    expect(again(a).text).toBe(a.text);
  });
  it('a US link and an A-share link in one sentence: both listed', () => {
    const a = extract(seedPost(ps(P1, `${usKeyword('TSLA', '特斯拉')}与${keyword('sz300750', '宁德时代')}签订供货协议。`, P2, P3)));
    expect(a.stocks).toEqual([
      { code: 'usTSLA', name: '特斯拉' },
      { code: 'sz300750', name: '宁德时代' },
    ]);
    expect(paras(a)[1]).toBe('特斯拉与宁德时代签订供货协议。');
  });
});

describe('what the reading found right stays right', () => {
  it('hidden article_adlist credits and promos never show (校对, 纠错, 责任编辑 in brackets, 延伸阅读)', () => {
    const hidden =
      '<!--article_adlist[<p cms-style="font-L align-Center"><font cms-style="font-L strong-Bold align-Center">校对|</font>段炼</p><p cms-style="font-L legend">每日经济新闻综合金融时报、经济日报、中国人民银行官网等</p>]article_adlist-->' +
      '<!--article_adlist[<p cms-style="font-L "><font cms-style="font-L align-right">【纠错】</font></p><p cms-style="font-L"><font cms-style="font-L align-right">【责任编辑:李志强】 </font></p>]article_adlist-->' +
      '<!--article_adlist[<p cms-style="font-L">策划制作：办公厅</p><p cms-style="font-L"><font cms-style="font-L strong-Bold">延伸阅读</font></p>]article_adlist-->';
    const a = extract(seedPost(ps(P1, P2, P3) + hidden));
    expect(paras(a)).toEqual([P1, P2, P3]);
    expect(a.source).toBe('新浪财经');
    expect(a.editor).toBe(null);
  });
  it('a table’s 注： rows stay in the table, the caption above it stays', () => {
    const cell = (t: string) => `<td cms-style="td"><p></p><p cms-style="font-L isIntable ">${t}</p><p cms-style="font-L"></p></td>`;
    const table =
      '<table class="tb01" border="1"><tbody>' +
      `<tr cms-style="tr">${cell('年份')}${cell('1季度')}${cell('2季度')}</tr>` +
      `<tr cms-style="tr">${cell('2021')}${cell('18.3')}${cell('7.9')}</tr>` +
      '<tr cms-style="tr"><td colspan="3" cms-style="td"><p></p><p cms-style="font-L isIntable ">注：同比增长速度为与上年同期对比的增长速度。</p><p cms-style="font-L"></p></td></tr>' +
      '</tbody></table>';
    const a = extract(seedPost(ps(P1, '<p cms-style="font-L align-Center">　　<font cms-style="font-L strong-Bold align-Center">表2 GDP同比增长速度</font></p>', table, P2)));
    const t = a.blocks.find((b) => b.type === 'table');
    expect(t && 'rows' in t ? t.rows.map((r) => r[0]) : []).toEqual(['年份', '2021', '注：同比增长速度为与上年同期对比的增长速度。']);
    expect(paras(a)).toContain('表2 GDP同比增长速度');
    expect(paras(a)).toContain(P2);
  });
  it.each([
    // A numbered bold question of a Q&A: a section head.
    ['<p cms-style="font-L">　　<font cms-style="font-L strong-Bold">5、配合疫情防控，劳动者无法正常上班的，工资待遇怎么办？</font></p>', 'heading'],
    // A number alone on its line (the plan's section numbers, 1 to 8): a paragraph as printed.
    ['1', 'paragraph'],
    // A plain short line ending in ！ that names a new rule: a paragraph as printed.
    ['11项行政许可事项实行全程电子化审批！', 'paragraph'],
  ])('%s is a %s', (line, type) => {
    const a = extract(seedPost(ps(P1, line, P2, P3)));
    const text = line.replace(/<[^>]+>/g, '').replace(/^　　/, '');
    expect(a.blocks.find((b) => 'text' in b && b.text === text)?.type).toBe(type);
  });
  it.each([
    // An interview given to an outlet is no byline of it (接受第一财经记者采访, 向第一财经记者表示).
    '接受第一财经记者采访的业内人士认为，上半年央行仍有可能再度实施降准、降息。',
    // A credit of a reporter naming no outlet.
    '记者 | 查沁君',
  ])('names no outlet: %s', (line) => {
    expect(read(line).source).toBe('新浪财经');
  });
});
