/**
 * Attacks on this release's rule changes, each a tiny post a reader of the page would judge:
 * byline.closing-glued-reporter (…下降趋势。 华商报记者 李程), stock.link.credit-line (来源：…、新华网)
 * and stock.link.longer-name on 中国电影 (票房/春节档/市场/产业). The blocks marked "fails" are
 * misreadings found on real article language, meant to fail until the rules read them; the guard
 * blocks pin what the rules read right and must keep.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';

const paras = (a: ReturnType<typeof extract>) => a.text.split('\n\n');
/** The line as the article's last paragraph. */
const closing = (line: string) => {
  const a = extract(seedPost(ps(P1, P2, P3, line)));
  return { source: a.source, authors: a.authors, last: paras(a).at(-1) };
};
/** A market keyword as Sina's CMS wraps it: the span naming the code, the link, the live-quote slot. */
const keyword = (code: string, name: string) =>
  `<span id="stock_${code}"><a href="https://finance.sina.com.cn/realstock/company/${code}/nc.shtml" class="keyword" target="_blank" data-sudaclick="content_marketkeywords_p">${name}</a></span><span id="quote_${code}"></span>`;
const CODES: Record<string, string> = {
  新华网: 'sh603888',
  人民网: 'sh603000',
  东方财富: 'sz300059',
  同花顺: 'sz300033',
  中国电影: 'sh600977',
  贵州茅台: 'sh600519',
  宁德时代: 'sz300750',
};
/** The stocks a post lists when `head`, the linked `name` and `tail` make its third paragraph. */
const stocksOf = (head: string, name: string, tail: string) =>
  extract(seedPost(ps(P1, P2, `${head}${keyword(CODES[name] ?? '', name)}${tail}`, P3))).stocks.map((s) => s.code);

describe('fails: a closing glued credit read where the words are no credit of the article', () => {
  it.each([
    // The reader sees thanks to another paper's reporter, not who wrote the piece: got source 感谢华商报, author 李程.
    '该项目已于近日开工。 感谢华商报记者 李程',
    // A picture's credit with 摄 glued to the name (李程摄): the photographer, not the article's reporter; got author 李程摄.
    '工人在检查输气管道。 华商报记者 李程摄',
    // 电视台 is no outlet's name (which station?): got source 电视台.
    '该项目已于近日开工。 电视台记者 李程',
  ])('names nothing and stays as printed: %s', (line) => {
    expect(closing(line)).toEqual({ source: '新浪财经', authors: [], last: line });
  });
});

describe('fails: a closing glued credit of another common shape is not read', () => {
  it('文/图 after the names (the reporter wrote and shot it): 华商报 and 李程; got nothing', () => {
    const line = '该项目已于近日开工。 华商报记者 李程 文/图';
    expect(closing(line)).toEqual({ source: '华商报', authors: ['李程'], last: line });
  });
});

describe('guard: the closing glued credit leaves what is no credit and reads what is', () => {
  it.each([
    // A reporter named inside the sentence that goes on.
    '这一数据引发关注。 新华社记者注意到，多地已出台稳楼市措施。',
    // Attribution to another outlet's reporter.
    '该项目已于近日开工。 据华商报记者 李程',
    // Picture credits: 记者 with no outlet and 摄 glued, an outlet's with /摄.
    '工人在检查输气管道。 记者 李程摄',
    '工人在检查输气管道。 华商报记者 李程/摄',
    // 记者节 (Journalists' Day), not a reporter.
    '活动现场气氛热烈。 华商报记者节',
  ])('names nothing and stays as printed: %s', (line) => {
    expect(closing(line)).toEqual({ source: '新浪财经', authors: [], last: line });
  });
  it.each([
    // After a closing quote, the credit is the article's.
    ['他说：“这是大势所趋。” 华商报记者 李程', '华商报', ['李程']],
    ['该项目已于近日开工。 华商报记者 李程 实习生 王芳', '华商报', ['李程', '王芳']],
    ['目前，网友纷纷点赞。 本报见习记者 李程', '新浪财经', ['李程']],
  ])('%s', (line, source, authors) => {
    expect(closing(line)).toEqual({ source, authors, last: line });
  });
});

describe('guard: the closing glued credit of words and pictures, and the editor after it', () => {
  const edited = (line: string) => {
    const a = extract(seedPost(ps(P1, P2, P3, line)));
    return { source: a.source, authors: a.authors, editor: a.editor, last: paras(a).at(-1) };
  };
  it.each([
    // The reporters wrote and shot it, however the credit is printed.
    ['该项目已于近日开工。 华商报记者 李程 王芳 图/文', ['李程', '王芳']],
    ['该项目已于近日开工。 华商报记者 李程 文图', ['李程']],
  ])('%s', (line, authors) => {
    expect(closing(line)).toEqual({ source: '华商报', authors, last: line });
  });
  it('an editor credited after the reporter is the page’s editor, not a writer', () => {
    const line = '该项目已于近日开工。 华商报记者 李程 文/图 编辑 王五';
    expect(edited(line)).toEqual({ source: '华商报', authors: ['李程'], editor: '王五', last: line });
  });
  it.each([
    // A phrase: a reprint's origin, a preposition; a kind of outlet with no name.
    '该项目已于近日开工。 转自华商报记者 李程',
    '该项目已于近日开工。 报社记者 李程',
  ])('names nothing and stays as printed: %s', (line) => {
    expect(closing(line)).toEqual({ source: '新浪财经', authors: [], last: line });
  });
});

describe('fails: a credit line of another shape still lists the outlet or data provider as a stock', () => {
  it.each([
    // The figures' provider, then the date the figures stand at: a credit, not the broker.
    ['数据来源：', '东方财富', 'Choice，截至2022年3月15日'],
    ['数据来源：', '同花顺', 'iFinD（截至3月15日）'],
    // Provider then the chart maker, on one line.
    ['数据来源：', '东方财富', 'Choice数据 制图：张三'],
    // Picture credits of other shapes.
    ['图源：', '新华网', ''],
    ['图/', '新华网', ''],
    ['（图片来自', '人民网', '）'],
    // 来源于 with no colon.
    ['数据来源于', '东方财富', 'Choice'],
  ])('%s%s%s lists no stock', (head, name, tail) => {
    expect(stocksOf(head, name, tail)).toEqual([]);
  });
});

describe('fails: a credit to the company’s own papers is read as a credit line and the company is dropped', () => {
  it.each([
    ['来源：', '贵州茅台', '财务报表'],
    ['数据来源：', '贵州茅台', '业绩快报'],
    ['来源：', '宁德时代', '投资者关系活动记录表'],
    ['资料来源：', '贵州茅台', '官方微博'],
  ])('%s%s%s names the company (its own figures, as 资料来源：贵州茅台公司公告 does)', (head, name, tail) => {
    expect(stocksOf(head, name, tail)).toEqual([CODES[name]]);
  });
});

describe('guard: credit lines the rule reads right', () => {
  it.each([
    ['（来源：', '新华网', '）'],
    ['来源丨', '人民网', ''],
    ['来源 | ', '人民网', ''],
    ['数据来源：', '同花顺', 'iFinD'],
    ['资料来源：', '东方财富', 'Choice数据'],
    ['数据来源：Wind、', '东方财富', 'Choice'],
    ['来源：', '新华网', '客户端'],
  ])('%s%s%s lists no stock', (head, name, tail) => {
    expect(stocksOf(head, name, tail)).toEqual([]);
  });
  it.each([
    ['资料来源：', '贵州茅台', '公司公告'],
    // The line goes on into a sentence on the company.
    ['来源：', '东方财富', '，东方财富2021年营收大增'],
    ['来源：新华网。', '东方财富', '2021年净利润同比增长。'],
  ])('%s%s%s names the company', (head, name, tail) => {
    expect(stocksOf(head, name, tail)).toEqual([CODES[name]]);
  });
});

describe('fails: 中国电影 on Chinese cinema, not the distributor, in phrases the list lacks', () => {
  it.each([
    ['', '总票房突破500亿元。'],
    ['今年', '年度票房有望创新高。'],
    ['', '行业加速复苏。'],
    // The Golden Rooster award and the directors' guild.
    ['第34届', '金鸡奖颁奖典礼在厦门举行。'],
    ['', '导演协会发布声明。'],
  ])('%s中国电影%s lists no stock', (head, tail) => {
    expect(stocksOf(head, '中国电影', tail)).toEqual([]);
  });
});

describe('fails: 中国电影 said of the company before a listed word is dropped', () => {
  it.each([
    // A share that ranks first in the industry is the company's, per its announcement.
    ['公司公告显示，', '市场份额连续多年位居行业第一。'],
    // The company as distributor of the season's films.
    ['', '国庆档主发影片《长津湖》票房领先。'],
    ['', '春节档主控发行影片数量居首。'],
    // The company's own chain of businesses.
    ['', '产业链布局完整，覆盖制片、发行、放映全环节。'],
  ])('%s中国电影%s names the company', (head, tail) => {
    expect(stocksOf(head, '中国电影', tail)).toEqual(['sh600977']);
  });
});

describe('guard: 中国电影 as the industry', () => {
  it.each([
    ['影视板块中，', '产业链个股集体上涨。'],
    ['虎年', '春节档票房已超60亿元。'],
  ])('%s中国电影%s lists no stock', (head, tail) => {
    expect(stocksOf(head, '中国电影', tail)).toEqual([]);
  });
});
