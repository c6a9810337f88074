/**
 * Metadata misreads on real Sina text: stock links the keyword linker puts on a longer name's start
 * or on an ordinary phrase, a measure's printed value taken for a quote, WeChat-style credit lines
 * on one line, made-up printed codes, and a feed author that names a person.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { FEED_PERSON } from '../../src/rules/metadata';
import { MAX_PRINTED_STOCKS, printedStocks, refusedInSentence, STOCK_LINK_COMMON_PHRASE, STOCK_LINK_LONGER_NAME } from '../../src/rules/stocks';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';

/** A seed-format stock link as Sina writes it: the name in span#stock_CODE, an empty quote slot after. */
const link = (code: string, name: string) =>
  `<span id="stock_${code}"><a class="keyword" target="_blank" href="https://finance.sina.com.cn/realstock/company/${code}/nc.shtml">${name}</a></span><span id="quote_${code}"></span>`;
/** `text` with its first `name` linked to `code`, as a paragraph between P1 and P2-P3, and the CMS comment listing the code. */
const linked = (text: string, name: string, code: string) => {
  const at = text.indexOf(name);
  const p = `<p>　　${text.slice(0, at)}${link(code, name)}${text.slice(at + name.length)}</p>`;
  return extract(seedPost(ps(P1) + p + ps(P2, P3) + `<!-- news_keyword_pub,stock,${code} -->`));
};
const codes = (a: ReturnType<typeof extract>) => a.stocks.map((s) => s.code);

describe('stock links the keyword linker puts where no company is meant', () => {
  for (const r of [STOCK_LINK_LONGER_NAME, STOCK_LINK_COMMON_PHRASE]) {
    for (const { text, link: name, code } of r.examples.match) it(`${r.id}: ${name} in ${text} is refused`, () => expect(refusedInSentence(text, name, code)?.id).toBe(r.id));
    for (const { text, link: name, code } of r.examples.noMatch) it(`${r.id}: ${name} in ${text} names the company`, () => expect(refusedInSentence(text, name, code)).toBeNull());
  }

  const refused: [string, string, string][] = [
    ['中国银行保险监督管理委员会近日发布通知，要求银行加强风险管理。', '中国银行', 'sh601988'],
    ['中国银行业协会发布的报告显示，银行业资产质量总体稳定。', '中国银行', 'sh601988'],
    ['中国银行间市场交易商协会公告称，将进一步完善债券发行规则。', '中国银行', 'sh601988'],
    ['推动线上线下融合发展，促进消费回升。', '线上线下', 'sz300959'],
    ['要让老百姓手里有更多的钱可以去消费。', '老百姓', 'sh603883'],
    ['国务院日前批复同意在鄂尔多斯市、扬州市等27个城市设立跨境电商综合试验区。', '鄂尔多斯', 'sh600295'],
  ];
  for (const [text, name, code] of refused)
    it(`${name} linked in “${text}” gives no stock (nor does the CMS comment listing the same link), the sentence stays`, () => {
      const a = linked(text, name, code);
      expect(codes(a)).toEqual([]);
      expect(a.text.split('\n\n')).toEqual([P1, text, P2, P3]);
    });

  const kept: [string, string, string][] = [
    ['中国银行（601988）股价上涨，成交额放大。', '中国银行', 'sh601988'],
    ['中国银行发布公告称，将下调存量首套住房贷款利率。', '中国银行', 'sh601988'],
    ['中国银行保险业务收入增长较快。', '中国银行', 'sh601988'],
    ['中国银行业绩稳健增长，净息差企稳。', '中国银行', 'sh601988'],
    ['线上线下（300959）今日发布公告称，拟投资建设新项目。', '线上线下', 'sz300959'],
    ['线上线下股价大涨，盘中一度涨停。', '线上线下', 'sz300959'],
    ['概念股线上线下早盘冲高。', '线上线下', 'sz300959'],
    ['太平洋证券则表示，由于计提资产减值，上半年净利润下降。', '太平洋', 'sh601099'],
  ];
  for (const [text, name, code] of kept)
    it(`${name} linked in “${text}” is the stock ${code}`, () => {
      const a = linked(text, name, code);
      expect(a.stocks).toEqual([{ code, name }]);
      expect(a.text.split('\n\n')).toEqual([P1, text, P2, P3]);
    });

  it('a code one link refuses and another names is the stock (中国银行业协会 …, then 中国银行发布公告)', () => {
    const p1 = `<p>　　${link('sh601988', '中国银行')}业协会发布报告。</p>`;
    const p2 = `<p>　　${link('sh601988', '中国银行')}发布公告称，将下调贷款利率。</p>`;
    const a = extract(seedPost(ps(P1) + p1 + p2 + ps(P2, P3) + '<!-- news_keyword_pub,stock,sh601988 -->'));
    expect(a.stocks).toEqual([{ code: 'sh601988', name: '中国银行' }]);
  });

  it('the live quote Sina fills in after the name is not the words after it (中国银行[3.05 +0.33%]保险监督管理委员会)', () => {
    const p = `<p>　　<span id="stock_sh601988"><a href="https://finance.sina.com.cn/realstock/company/sh601988/nc.shtml">中国银行</a></span><span id="quote_sh601988">（3.05 +0.33%）</span>保险监督管理委员会近日发布通知。</p>`;
    const a = extract(seedPost(ps(P1) + p + ps(P2, P3)));
    expect([codes(a), a.text.split('\n\n')[1]]).toEqual([[], '中国银行保险监督管理委员会近日发布通知。']);
  });

  it('a code the CMS comment lists with no link in the body stays (nothing says the linker erred)', () => {
    const a = extract(seedPost(ps(P1, P2, P3) + '<!-- news_keyword_pub,stock,sz300959 -->'));
    expect(codes(a)).toEqual(['sz300959']);
  });

  it('the trace names the rule that refused the link, with the words beside it', () => {
    const at = '推动线上线下融合发展。';
    const a = extract(seedPost(ps(P1) + `<p>　　推动${link('sz300959', '线上线下')}融合发展。</p>` + ps(P2, P3)), { trace: true });
    const t = a.trace!.find((e) => e.rule === STOCK_LINK_COMMON_PHRASE.id);
    expect([t?.action, t?.value, t?.text]).toEqual(['skip', 'sz300959', at.replace('线上线下', '[线上线下]')]);
  });
});

describe("a measure's printed value is the writer's, a live quote's numbers are the page's", () => {
  const kept = [
    '全国居民消费价格指数（CPI 2.10 +0.10%）同比上涨。',
    '工业生产者出厂价格（PPI 13.50 -0.20%）涨幅回落。',
    '制造业景气回升（财新PMI 50.60 +0.40%）。',
    '国内生产总值（GDP 27.02 +4.90%）稳步增长。',
    '货币供应保持合理增长（M2 238.29 +8.30%）。',
    '贷款市场报价利率下调（5年期LPR 4.45 -0.15%）。',
    '资金面保持平稳（DR007 2.10 +0.05%）。',
    '两市成交额（成交额 1,234.56 +2.01%）较上日放量。',
  ];
  for (const line of kept)
    it(`${line} stays whole`, () => {
      expect(extract(seedPost(ps(P1, line, P2, P3))).text.split('\n\n')).toEqual([P1, line, P2, P3]);
    });
  const quotes: [string, string][] = [
    ['苹果（AAPL 189.30 +1.2%）股价上涨。', '苹果（AAPL）股价上涨。'],
    ['上证指数（上证指数 3,021.45 +0.52%）收涨。', '上证指数收涨。'],
    ['航天板块中，中国卫星（中国卫星 25.31 +2.01%）盘中涨停。', '航天板块中，中国卫星盘中涨停。'],
  ];
  for (const [line, shown] of quotes)
    it(`${line} loses the quote's numbers`, () => {
      expect(extract(seedPost(ps(P1, line, P2, P3))).text.split('\n\n')).toEqual([P1, shown, P2, P3]);
    });
});

describe('WeChat house-style credits on one line, parted by the bar', () => {
  /** The post with `line` first, without the 责任编辑 a seed post closes with, so a credited editor shows. */
  const first = (line: string) => extract(seedPost(ps(line, P1, P2, P3)));
  const fields = (a: ReturnType<typeof extract>) => [a.source, a.authors, a.editor];

  it('来源丨证券时报 作者丨张三丨编辑丨李四: source, author and editor, and the line leaves the body', () => {
    const a = first('来源丨证券时报 作者丨张三丨编辑丨李四');
    expect(fields(a)).toEqual(['证券时报', ['张三'], '李四']);
    expect(a.text.split('\n\n')).toEqual([P1, P2, P3]);
  });
  it('来源丨证券时报 作者丨张三 编辑丨李四 (a space before the editor) credits the same people', () => {
    expect(fields(first('来源丨证券时报 作者丨张三 编辑丨李四')).slice(1)).toEqual([['张三'], '李四']);
  });
  for (const line of ['作者丨张三 编辑丨李四', '文丨张三 编辑丨李四', '作者丨张三丨编辑丨李四'])
    it(`${line}: the writer is the author, the editor the editor, and the byline stays as printed`, () => {
      const a = first(line);
      expect(fields(a)).toEqual(['新浪财经', ['张三'], '李四']);
      expect(a.text.split('\n\n')).toEqual([line, P1, P2, P3]);
    });
  it('a 责任编辑 line names the page editor before a credit line does', () => {
    const a = extract(seedPost(ps('作者丨张三 编辑丨李四', P1, P2, P3, '责任编辑：王五')));
    expect(fields(a)).toEqual(['新浪财经', ['张三'], '王五']);
  });
  it('作者丨欧阳丨明 (a name split by bars) names no author', () => {
    const a = first('作者丨欧阳丨明');
    expect(a.authors).toEqual([]);
    expect(a.text.split('\n\n')).toEqual(['作者丨欧阳丨明', P1, P2, P3]);
  });
  for (const line of ['他说：作者丨张三的观点值得商榷，编辑丨李四也这样认为。', '这本书的作者丨编辑是同一个人，他在序言里说明了原因。'])
    it(`a sentence with the bar stays and credits no one: ${line}`, () => {
      for (const a of [extract(seedPost(ps(line, P1, P2, P3))), extract(seedPost(ps(P1, P2, P3, line)))]) {
        expect(fields(a)).toEqual(['新浪财经', [], null]);
        expect(a.text.split('\n\n')).toContain(line);
      }
    });
});

describe('printed codes: only codes a board issues, and a bounded number per article', () => {
  /** `n` lines each naming a company (华一科技, 华丁科技…) by a six-digit Shanghai code. */
  const roundup = (n: number) => Array.from({ length: n }, (_, i) => `华${String.fromCharCode(0x4e00 + i)}科技（${600000 + i * 7}）今日上涨。`);

  it(`400 lines of printed codes give at most ${MAX_PRINTED_STOCKS} stocks, the first ones, and every line stays`, () => {
    const lines = roundup(400);
    const a = extract(seedPost(ps(...lines)));
    expect(a.stocks.length).toBe(MAX_PRINTED_STOCKS);
    expect(a.stocks[0]).toEqual({ code: 'sh600000', name: '华一科技' });
    expect(a.text.split('\n\n')).toEqual(lines);
  });
  it('a roundup of 60 printed codes gives all 60', () => {
    expect(extract(seedPost(ps(...roundup(60)))).stocks.length).toBe(60);
  });
  it('the same code printed again does not count twice toward the bound', () => {
    const lines = [...roundup(MAX_PRINTED_STOCKS), '华一科技（600000）再度涨停。'];
    expect(extract(seedPost(ps(...lines))).stocks.length).toBe(MAX_PRINTED_STOCKS);
  });
  const none = ['某公司（000000）', '某公司（000000.SZ）', '测试股份（300000）', '测试科技（688000.SH）', '测试股份（002000.SZ）', '测试股份（999999.SH）', '测试股份（SZ000000）'];
  for (const text of none) it(`${text} names no stock (no board issues the code)`, () => expect(printedStocks(text)).toEqual([]));
  const real: [string, string][] = [['浦发银行（600000）', 'sh600000'], ['平安银行（000001.SZ）', 'sz000001'], ['新和成（002001）', 'sz002001'], ['特锐德（300001）', 'sz300001'], ['华兴源创（688001.SH）', 'sh688001'], ['劲仔食品（003000）', 'sz003000']];
  for (const [text, code] of real) it(`${text} is the stock ${code} (a board's real code)`, () => expect(printedStocks(text).map((s) => s.code)).toEqual([code]));
});

describe("a seed post's front-matter author that names a person is no source", () => {
  /** The post with its front matter's author set to `author`, and the body's own lines `lines`. */
  const post = (author: string, ...lines: string[]) => extract(seedPost(ps(...lines)).replace('author: 新浪财经', `author: ${author}`));

  for (const v of FEED_PERSON.examples.match) it(`${FEED_PERSON.id}: ${v} is a person's name`, () => expect(FEED_PERSON.pattern.test(v)).toBe(true));
  for (const v of FEED_PERSON.examples.noMatch) it(`${FEED_PERSON.id}: ${v} is no person's name`, () => expect(FEED_PERSON.pattern.test(v)).toBe(false));

  for (const author of ['张三', '王小明', '欧阳娜娜'])
    it(`author: ${author} gives no source and no author, and the trace says why`, () => {
      const a = extract(seedPost(ps(P1, P2, P3)).replace('author: 新浪财经', `author: ${author}`), { trace: true });
      expect([a.source, a.authors]).toEqual([null, []]);
      expect(a.trace!.some((e) => e.rule === FEED_PERSON.id && e.action === 'skip' && e.text === author)).toBe(true);
    });
  for (const author of ['新浪财经', '中国证券报', '经济日报', '财联社'])
    it(`author: ${author} is the source when the article names none`, () => {
      expect(post(author, P1, P2, P3).source).toBe(author);
    });
  it("the article's own 来源 line names the source whatever the front matter says", () => {
    expect(post('张三', '来源：证券时报', P1, P2, P3).source).toBe('证券时报');
  });
  it("the body's byline still names its writer when the front matter names a person", () => {
    const a = post('张三', '记者 李四', P1, P2, P3);
    expect([a.source, a.authors]).toEqual([null, ['李四']]);
  });
});
