/**
 * Metadata reads the last release left: a stock named only by its printed code, a byline name cut
 * by the bar, 《》 around a 来源 outlet, a place as a byline's only name, quote numbers after an
 * unlinked name or an index, an interview's outlet labels, a video label in the title, the mobile
 * header's other time forms. Each group failed before its fix.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { INTERVIEW_OUTLET, interviewOutlet, outletInMarks, OUTLET_TITLE_MARKS, TITLE_VIDEO_LABEL, withoutVideoLabel } from '../../src/rules/metadata';
import { printedStocks, STOCK_PRINTED_CODE } from '../../src/rules/stocks';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';

describe('stock.printed-code: a name followed by a stock code in brackets', () => {
  for (const { text, code, name, more } of STOCK_PRINTED_CODE.examples.match) {
    it(text, () => expect(printedStocks(text)).toEqual([{ code, name }, ...(more ?? [])]));
  }
  for (const text of STOCK_PRINTED_CODE.examples.noMatch) {
    it(`not: ${text}`, () => expect(printedStocks(text)).toEqual([]));
  }
  it('adds the stock to an article that prints only the code', () => {
    const a = extract(seedPost(ps(P1, '航天板块走强，航天电子(600879.SH)盘中涨停，中国卫星（600118）跟涨。', P2, P3)));
    expect(a.stocks).toEqual([
      { code: 'sh600879', name: '航天电子' },
      { code: 'sh600118', name: '中国卫星' },
    ]);
  });
  it('a linked stock keeps its link name and comes first; the same code printed again adds nothing', () => {
    const link = '<a href="https://finance.sina.com.cn/realstock/company/sh600879/nc.shtml">航天电子</a>';
    const a = extract(seedPost(ps(P1, `${link}今日涨停。腾讯控股（00700.HK）与航天电子（600879）`, P2, P3)));
    expect(a.stocks).toEqual([
      { code: 'sh600879', name: '航天电子' },
      { code: 'hk00700', name: '腾讯控股' },
    ]);
  });
  it('a live quote in the brackets goes and the stock is still named', () => {
    const a = extract(seedPost(ps(P1, '航天板块中，中国卫星（600118.SH 25.31 +2.01%）盘中涨停。', P2, P3)));
    expect(a.stocks).toEqual([{ code: 'sh600118', name: '中国卫星' }]);
    expect(a.text).toContain('中国卫星（600118.SH）盘中涨停。');
  });
  it('a table of codes and numbers names no stock', () => {
    const table = '<table><tr><td>600879</td><td>25.31</td></tr><tr><td>航天电子（600879）</td><td>2.01%</td></tr></table>';
    const a = extract(seedPost(ps(P1, P2, table, P3)));
    expect(a.stocks).toEqual([]);
  });
  // Attack: bracketed numbers and abbreviations in story sentences that name no stock.
  for (const text of [
  '公司注册资本（600000元）已全部实缴。',
  '合同编号（600123）已在附件中列明。',
  '邮政编码（300001）',
  '报名人数（300120）创历史新高。',
  '营收（600000，同比增长5%）',
  '上证指数（000001）收涨0.52%。',
  '今日上证指数（000001.SH）收涨。',
  '沪深300（000300）成分股调整。',
  '创业板指（399006）下跌1.2%。',
  '中证500（000905.SH）',
  '第（600001）号文件',
  '人工智能（AI）、物联网（IoT）与首次公开募股（IPO）',
  '美联储（Fed）宣布加息。',
  '国内生产总值（GDP）增长5.2%。',
  '该项目（编号：600879）已完工。',
  '2021年（600519）',
  '会议时间（2021.06.30）',
  '客服电话（95555）',
  '截至9月末（余额600000）',
  '公司代码（000001）',
  '价格（00500）',
  '（600879）',
  '房价（300000）',
  '全市常住人口（0.12亿）',
  '基金代码（161725）',
  ])
    it(`no stock: ${text}`, () => expect(printedStocks(text)).toEqual([]));
  for (const [text, code, name] of [
    ['宁德时代（300750.SZ）', 'sz300750', '宁德时代'],
    ['比亚迪股份（01211.HK）', 'hk01211', '比亚迪股份'],
    ['阿里巴巴-SW（09988.HK）', 'hk09988', '阿里巴巴-SW'],
    ['京东（JD.O）', 'usJD', '京东'],
    ['蔚来（NIO.N）', 'usNIO', '蔚来'],
    ['小米集团-W（01810）', 'hk01810', '小米集团-W'],
    ['贵州茅台(600519)', 'sh600519', '贵州茅台'],
    ['万科A（000002）', 'sz000002', '万科A'],
    ['TCL科技（000100）', 'sz000100', 'TCL科技'],
    ['公司（股票代码：600879）', 'sh600879', ''],
  ] as const)
    it(`${text} names ${code}`, () => expect(printedStocks(text)).toEqual([{ code, name }]));
  // A dual listing in one bracket names both of the company's listings (attack20), not the first alone.
  it('中芯国际（688981.SH；00981.HK） names sh688981 and hk00981', () =>
    expect(printedStocks('中芯国际（688981.SH；00981.HK）')).toEqual([
      { code: 'sh688981', name: '中芯国际' },
      { code: 'hk00981', name: '中芯国际' },
    ]));
  it('--explain names the rule', () => {
    const a = extract(seedPost(ps(P1, '苹果(AAPL.O)市值再创新高。', P2, P3)), { trace: true });
    expect(a.trace!.some((t) => t.rule === 'stock.printed-code' && t.text === '苹果 usAAPL')).toBe(true);
  });
});

/** The source, authors and editor a line gives, first and then last in a seed post, and whether it stays as printed. */
function readsAt(line: string): { source: string | null; authors: string[]; editor: string | null; kept: boolean }[] {
  return [ps(line, P1, P2, P3), ps(P1, P2, P3, line)].map((body) => {
    const a = extract(seedPost(body));
    return { source: a.source, authors: a.authors, editor: a.editor, kept: a.text.split('\n\n').includes(line) };
  });
}

describe('a credit whose names the bar cuts gives no author, not half a name', () => {
  for (const line of ['来源丨证券时报 作者丨欧阳丨明 编辑丨张华', '来源：证券时报 作者：欧阳丨明 编辑：张华', '来源丨证券时报 作者｜欧阳｜明 编辑丨张华']) {
    it(line, () => {
      for (const r of readsAt(line)) expect(r).toEqual({ source: '证券时报', authors: [], editor: '张华', kept: true });
    });
  }
  for (const line of ['作者丨欧阳丨明', '文丨欧阳丨明', '作者丨欧阳丨明 编辑丨李四']) {
    it(`${line} (a byline alone)`, () => {
      for (const r of readsAt(line)) expect(r.authors).toEqual([]);
    });
  }
  it('a whole name after the bar is read (来源丨证券时报 作者丨欧阳明 编辑丨张华)', () => {
    for (const r of readsAt('来源丨证券时报 作者丨欧阳明 编辑丨张华')) expect(r).toEqual({ source: '证券时报', authors: ['欧阳明'], editor: '张华', kept: true });
  });
  it('names listed with 、 or a space after the bar are read (作者丨张三、李四)', () => {
    for (const r of readsAt('来源丨证券时报 作者丨张三、李四 编辑丨王五')) expect(r.authors).toEqual(['张三', '李四']);
    for (const r of readsAt('来源丨证券时报 作者丨张三 李四 编辑丨王五')) expect(r.authors).toEqual(['张三', '李四']);
  });
});

describe('source.title-marks: the outlet inside book-title marks', () => {
  for (const [raw, want] of OUTLET_TITLE_MARKS.examples) it(`${raw} -> ${want}`, () => expect(outletInMarks(raw)).toBe(want));
  for (const raw of OUTLET_TITLE_MARKS.documents) it(`${raw}: a document, no outlet`, () => expect(OUTLET_TITLE_MARKS.document.test(raw)).toBe(true));
  for (const [raw] of OUTLET_TITLE_MARKS.examples) it(`${raw}: no document`, () => expect(OUTLET_TITLE_MARKS.document.test(raw)).toBe(false));
  for (const [line, kept] of [['来源：《国际融资》', false], ['来源：《国际融资》 编辑：王五', true], ['来源丨《国际融资》 编辑丨王五', true]] as const) {
    it(line, () => {
      for (const r of readsAt(line)) expect([r.source, r.kept]).toEqual(['国际融资', kept]);
    });
  }
  it('a 来源 list names its first outlet without the marks (来源：《国际融资》、证券时报)', () => {
    for (const r of readsAt('来源：《国际融资》、证券时报')) expect(r.source).toBe('国际融资');
  });
  it('《财经》杂志 names the publication 财经 (its kind after the marks), as the closing 作者为《财经》记者 does', () => {
    for (const r of readsAt('来源：《财经》杂志')) expect(r.source).toBe('财经');
  });
  it('--explain says the marks went', () => {
    const a = extract(seedPost(ps(P1, P2, P3, '来源：《国际融资》')), { trace: true });
    expect(a.trace!.find((t) => t.rule === 'source.title-marks')).toMatchObject({ text: '《国际融资》', value: '国际融资' });
  });
});

describe('a place is never a name: a byline whose only name is a listed place names no reporter', () => {
  for (const line of ['记者 北京 报道', '本报记者 上海 报道', '（本报记者 上海 报道）', '新浪财经记者 深圳 报道', '中国证券报记者 北京', '记者 北京 上海报道', '作者：上海']) {
    it(line, () => {
      for (const r of readsAt(line)) expect([r.authors, r.kept]).toEqual([[], true]);
    });
  }
  // Names shaped like places but not listed (a surname and a given name) stay reporters.
  for (const [line, authors] of [
    ['记者 金华 报道', ['金华']],
    ['记者 张江 报道', ['张江']],
    ['记者 张北京 报道', ['张北京']],
    ['本报记者 张三 上海报道', ['张三']],
    ['记者 张三 北京 报道', ['张三']],
    ['本报记者 王五 发自北京', ['王五']],
  ] as const) {
    it(`${line} names ${authors.join('、')}`, () => {
      for (const r of readsAt(line)) expect(r.authors).toEqual(authors);
    });
  }
  // Decided from real forms: a byline with several datelines prints each reporter's place after his
  // name (经济观察报记者 张三 北京 李四 上海报道), so a listed place between two names is where the
  // first reported from, not a third reporter (attack18 had this skipped, asking for 宁波 as a name).
  it('记者 张三 宁波 李四 报道 names 张三 and 李四 (宁波 is where 张三 reported from)', () => {
    expect(readsAt('记者 张三 宁波 李四 报道')[0]!.authors).toEqual(['张三', '李四']);
    expect(readsAt('记者 张三 北京 李四 上海报道')[0]!.authors).toEqual(['张三', '李四']);
  });
});

describe('quote.live-named: an index quote with a price grouped by thousands', () => {
  const middle = (line: string) => extract(seedPost(ps(P1, line, P2, P3))).text.split('\n\n')[1];
  for (const [line, want] of [
    ['沪指收涨（上证指数 3,021.45 +0.52%）。', '沪指收涨（上证指数）。'],
    ['深市走弱（深证成指 10,234.56 -0.32%）。', '深市走弱（深证成指）。'],
    ['港股反弹（恒生指数 17,234.56 +1.02%）。', '港股反弹（恒生指数）。'],
    ['美股科技股走强（纳斯达克指数 15,234.56 ＋1.02％）。', '美股科技股走强（纳斯达克指数）。'],
    ['大盘蓝筹领涨（沪深300 3,834.12 +0.30%）。', '大盘蓝筹领涨（沪深300）。'],
    ['创业板走弱（创业板指 2012.35 -1.21%）。', '创业板走弱（创业板指）。'],
    ['航天板块（中国卫星 25.31 +2.01%）走强。', '航天板块（中国卫星）走强。'],
    ['白酒股走强（贵州茅台 1,790.00 -0.68%）。', '白酒股走强（贵州茅台）。'],
  ] as const)
    it(line, () => expect(middle(line)).toBe(want));
  // Attack: the article's own numbers, with units, periods, metrics or more decimals, stay as printed.
  for (const line of [
    '上证指数收报3,021.45点，上涨0.52%。',
    '沪指收涨（上证指数 3,021.45点 +0.52%）。',
    '沪指报收3,021.45点（+0.52%）。',
    '全年营收（3,021.45亿元 +0.52%）创新高。',
    '营收（2022年 1,234.56亿元 +12.01%）',
    '全国人口（2020年 14.12亿 +0.53%）',
    '公司市值（1,234.56亿元）位居行业首位。',
    '两市成交额（1,234.56亿元，+2.01%）继续放大。',
    '人民币中间价（6.4512 -0.12%）小幅走弱。',
    '出口增速（同比 1,234.56 +3.21%）超出市场预期。',
    '营收增速回升（上年同期 3,021.45 -0.52%）。',
    '两项指标分别回落（市盈率 12.35 -3.21%）。',
    '（截至9月末，余额1,234.56万亿元，同比增长2.01%）',
    '上证指数全天成交3,021.45亿元，较前一日增加0.52%。',
    '（2,021 12.35%）',
    '指数编制方法（2021年修订）已公布。',
    '恒生指数（HSI）今年以来下跌12.35%。',
    '沪深300指数（000300）年内涨幅为3.21%。',
    '该指数基点为1,000.00点，涨跌幅限制为10.00%。',
    '（上证指数、深证成指、创业板指）三大指数集体收涨。',
  ])
    it(`stays: ${line}`, () => expect(middle(line)).toBe(line));
});

describe('source.interviewer: an interview whose questions one outlet labels', () => {
  for (const [want, ...lines] of INTERVIEW_OUTLET.examples.match) it(`${want}: ${lines[0]}`, () => expect(interviewOutlet(lines)).toBe(want));
  for (const lines of INTERVIEW_OUTLET.examples.noMatch) it(`none: ${lines.join(' / ')}`, () => expect(interviewOutlet(lines)).toBe(null));
  const QA = ['观察者网：您如何看待今年的经济形势？', '张三：总体平稳，但外需仍有压力。', '观察者网：明年的政策重点会在哪里？', '张三：稳增长，扩内需。'];
  it('a seed post that prints no source: the outlet that asked', () => {
    const a = extract(seedPost(ps(P1, ...QA, P2, P3)), { trace: true });
    expect(a.source).toBe('观察者网');
    expect(a.trace!.find((t) => t.field === 'source' && t.action === 'choose')?.rule).toBe('meta.source.interviewer');
    for (const q of QA) expect(a.text.split('\n\n')).toContain(q);
  });
  it('a printed 来源 wins over the labels', () => {
    expect(extract(seedPost(ps(P1, ...QA, P2, P3, '来源：中国经营报'))).source).toBe('中国经营报');
  });
  it('a printed byline wins over the labels', () => {
    expect(extract(seedPost(ps('新京报记者 李四', P1, ...QA, P2, P3))).source).toBe('新京报');
  });
  it('one labelled question is one sentence, not an interview', () => {
    expect(extract(seedPost(ps(P1, QA[0]!, QA[1]!, P2, P3))).source).toBe('新浪财经');
  });
  it('记者：…？ names no outlet', () => {
    expect(extract(seedPost(ps(P1, '记者：您如何看待今年的经济形势？', QA[1]!, '记者：明年呢？', QA[3]!, P2, P3))).source).toBe('新浪财经');
  });
});

describe('source.interviewer attack: articles whose lines open with an outlet and a colon name no source by it', () => {
  const A = '张三：总体平稳，但外需仍有压力。';
  for (const lines of [
    ['新京报：楼市还会热吗？', A],
    ['新京报：楼市还会热吗？', '人民日报：稳字当头？', A, '新京报：降息何时到来？', '人民日报：怎么稳？'],
    ['新京报：楼市还会热吗？', '新京报：降息何时到来？'],
    ['新京报：楼市还会热吗？', A, '新京报：以上为第一部分。'],
    ['记者：楼市还会热吗？', A, '记者：降息何时到来？'],
    ['问：楼市还会热吗？', '答：不会。', '问：降息何时到来？'],
    ['主持人：楼市还会热吗？', A, '主持人：降息何时到来？'],
    ['本报：楼市还会热吗？', A, '本报：降息何时到来？'],
    ['该报：楼市还会热吗？', A, '该报：降息何时到来？'],
    ['Q：楼市还会热吗？', A, 'Q：降息何时到来？'],
    ['观众：楼市还会热吗？', A, '观众：降息何时到来？'],
    ['网友：楼市还会热吗？', A, '网友：降息何时到来？'],
    ['投资者：公司有回购计划吗？', '董秘：暂无。', '投资者：何时分红？'],
    ['中国：我们反对单边主义。', '美国：是吗？'],
    ['国家统计局：前三季度GDP同比增长4.9%。', A, '国家统计局：四季度会更好吗？'],
    ['新华社：谁在推高房价？', '人民网：谁在推高房价？', A],
    ['张三：楼市还会热吗？', '李四：不会。', '张三：为什么？'],
    ['观察者网：', A, '观察者网：'],
    ['观察者网报道称，楼市还会热吗？', A, '观察者网援引消息称，降息何时到来？'],
    ['据新京报：楼市还会热吗？', A],
  ])
    it(lines.join(' / '), () => expect(interviewOutlet(lines)).toBe(null));
});

describe('title.video-label: the video label set apart in a title is not its words', () => {
  for (const [raw, want] of TITLE_VIDEO_LABEL.examples) it(`${raw} -> ${want}`, () => expect(withoutVideoLabel(raw)).toBe(want));
  const page = (h1: string) =>
    `<html><head><title>x_新浪财经_新浪网</title></head><body><h1 class="main-title">${h1}</h1><div class="date-source"><span class="date">2021年10月18日 10:00</span><span class="source">新京报</span></div><div id="artibody">${ps(P1, P2, P3)}</div></body></html>`;
  for (const [h1, want] of [
    ['<em>视频</em>｜央行宣布降准0.5个百分点', '央行宣布降准0.5个百分点'],
    ['【视频】央行宣布降准0.5个百分点', '央行宣布降准0.5个百分点'],
    ['<span class="tag">视频</span>央行宣布降准', '央行宣布降准'],
    ['央行宣布降准（视频）', '央行宣布降准'],
    ['<em>视频</em>', '视频'],
    ['<span>视频</span>带货能走多远', '视频带货能走多远'],
    ['短视频｜平台治理再升级', '短视频｜平台治理再升级'],
  ] as const) {
    it(`${h1} -> ${want}`, () => {
      const a = extract(page(h1), { trace: true });
      expect(a.title).toBe(want);
    });
  }
});

describe('the mobile header time: a relative form never overrides the absolute time, nor invents a date', () => {
  // A variant of the real mobile page (fixtures/pages/news-m_20190911_iicezzrq5132048.html): its
  // header's time replaced with the relative forms sina.cn also prints.
  const real = readFileSync(join(__dirname, '../../fixtures/pages/news-m_20190911_iicezzrq5132048.html'), 'utf8');
  const header = /<span class="weibo_time_day">09月11日<\/span>\s*17:00/;
  it('the real header is the one replaced', () => expect(header.test(real)).toBe(true));
  for (const printed of ['<span class="weibo_time_day">今天</span> 18:32', '<span class="weibo_time_day">昨天</span> 18:32', '3小时前', '刚刚', '18:32', '<span class="weibo_time_day">前天</span> 08:05']) {
    it(`${printed}: the meta tag's time`, () => {
      expect(extract(real.replace(header, printed), { url: 'https://news.sina.cn/x.d.html' }).publishedAt).toBe('2019-09-11T17:00:50+08:00');
    });
    it(`${printed} and no meta tag: no time rather than an invented date`, () => {
      const page = real.replace(header, printed).replace(/<meta property="article:published_time"[^>]*>/, '');
      const t = extract(page, { url: 'https://news.sina.cn/x.d.html' }).publishedAt;
      expect(t === null || !/T18:32|T08:05/.test(t)).toBe(true);
    });
  }
  it('an absolute header time still wins over the meta tag (09月11日 16:58)', () => {
    expect(extract(real.replace(header, '<span class="weibo_time_day">09月11日</span> 16:58'), { url: 'https://news.sina.cn/x.d.html' }).publishedAt).toBe('2019-09-11T16:58:00+08:00');
  });
});
