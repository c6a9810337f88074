/**
 * Stock links and sources on real Sina text: a link on the start of an unlisted parent group's
 * name, a link that cuts a word, one index linked under both exchanges' codes, and an outlet in
 * book-title marks followed by its kind (《财经》杂志).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { OUTLET_TITLE_MARKS, outletInMarks } from '../../src/rules/metadata';
import { refusedInSentence, STOCK_LINK_GROUP_NAME, STOCK_LINK_SPLIT_WORD } from '../../src/rules/stocks';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';

/** A seed-format stock link as Sina writes it: the name in span#stock_CODE, an empty quote slot after. */
const link = (code: string, name: string) =>
  `<span id="stock_${code}"><a class="keyword" target="_blank" href="https://finance.sina.com.cn/realstock/company/${code}/nc.shtml">${name}</a></span><span id="quote_${code}"></span>`;
/** `text` with its first `name` linked to `code`, as a paragraph between P1 and P2-P3, and the CMS comment listing the code. */
const linked = (text: string, name: string, code: string) => {
  const at = text.indexOf(name);
  const p = `<p>　　${text.slice(0, at)}${link(code, name)}${text.slice(at + name.length)}</p>`;
  return extract(seedPost(ps(P1) + p + ps(P2, P3) + `<!-- news_keyword_pub,stock,${code} -->`), { trace: true });
};
const codes = (a: ReturnType<typeof extract>) => a.stocks.map((s) => s.code);

describe('a stock link on the start of a parent group’s name names no stock', () => {
  for (const r of [STOCK_LINK_GROUP_NAME, STOCK_LINK_SPLIT_WORD]) {
    for (const { text, link: name, code } of r.examples.match) it(`${r.id}: ${name} in ${text} is refused`, () => expect(refusedInSentence(text, name, code)?.id).toBe(r.id));
    for (const { text, link: name, code } of r.examples.noMatch) it(`${r.id}: ${name} in ${text} names the company`, () => expect(refusedInSentence(text, name, code)).toBeNull());
  }

  const refused: [string, string, string][] = [
    ['中国化学工程集团有限公司党委书记、董事长戴和根。', '中国化学', 'sh601117'],
    ['中国中车集团有限公司党委书记、董事长孙永才。', '中国中车', 'sh601766'],
    ['1月26日，在中国石油天然气集团公司青海油田公司，工作人员正在巡检。', '中国石油', 'sh601857'],
    ['中国石油天然气集团有限公司发布2021年社会责任报告。', '中国石油', 'sh601857'],
  ];
  for (const [text, name, code] of refused)
    it(`${name} linked in “${text}” gives no stock (nor does the CMS comment), the sentence stays, the trace says why`, () => {
      const a = linked(text, name, code);
      expect(codes(a)).toEqual([]);
      expect(a.text.split('\n\n')).toEqual([P1, text, P2, P3]);
      expect(a.trace!.some((t) => t.rule === STOCK_LINK_GROUP_NAME.id && t.action === 'skip' && t.value === code)).toBe(true);
    });

  const kept: [string, string, string][] = [
    ['中国中车（601766）股价上涨，成交额放大。', '中国中车', 'sh601766'],
    ['中国石油股价盘中一度涨停。', '中国石油', 'sh601857'],
    ['中国石油发布公告称，上半年净利润同比增长。', '中国石油', 'sh601857'],
    ['中国石油天然气股份有限公司发布2021年年度报告。', '中国石油', 'sh601857'],
    ['中国石油等央企集团加大了勘探开发投入。', '中国石油', 'sh601857'],
    ['中国中车集团化运营取得成效。', '中国中车', 'sh601766'],
  ];
  for (const [text, name, code] of kept)
    it(`${name} linked in “${text}” is the stock ${code}`, () => {
      const a = linked(text, name, code);
      expect(a.stocks).toEqual([{ code, name }]);
      expect(a.text.split('\n\n')).toEqual([P1, text, P2, P3]);
    });

  it('the parent group named once and the listed company named again: the company is the stock', () => {
    const p1 = `<p>　　${link('sh601766', '中国中车')}集团有限公司董事长孙永才出席。</p>`;
    const p2 = `<p>　　${link('sh601766', '中国中车')}发布公告称，签订重大合同。</p>`;
    const a = extract(seedPost(ps(P1) + p1 + p2 + ps(P2, P3) + '<!-- news_keyword_pub,stock,sh601766 -->'));
    expect(a.stocks).toEqual([{ code: 'sh601766', name: '中国中车' }]);
  });
});

describe('a stock link that cuts a word names no stock', () => {
  const refused: [string, string, string][] = [
    ['北京欢乐谷、珠海长隆海洋王国、中华恐龙园等。', '海洋王', 'sz002724'],
    ['创新文化发展工程、科普基础设施建设工程。', '新文化', 'sz300336'],
    ['数字人民币试点范围进一步扩大。', '数字人', 'bj835670'],
  ];
  for (const [text, name, code] of refused)
    it(`${name} linked in “${text}” gives no stock, the sentence stays`, () => {
      const a = linked(text, name, code);
      expect(codes(a)).toEqual([]);
      expect(a.text.split('\n\n')).toEqual([P1, text, P2, P3]);
    });
  const kept: [string, string, string][] = [
    ['海洋王（002724）发布公告。', '海洋王', 'sz002724'],
    ['海洋王国际化战略稳步推进。', '海洋王', 'sz002724'],
    ['海洋王照明科技股份有限公司发布年报。', '海洋王', 'sz002724'],
  ];
  for (const [text, name, code] of kept)
    it(`${name} linked in “${text}” is the stock ${code}`, () => {
      expect(linked(text, name, code).stocks).toEqual([{ code, name }]);
    });
});

describe('an index linked under either exchange’s code is no stock', () => {
  // Sina links an index as it links a stock (沪深300 as sh000300 or sz399300); an index is off the
  // exchanges' stock boards, so neither code is listed, whichever comes first, and the words stay.
  it('沪深300 as sh000300, then as sz399300: no entry, the sentences stay', () => {
    const p1 = `<p>　　${link('sh000300', '沪深300')}指数上涨0.52%。</p>`;
    const p2 = `<p>　　截至收盘，${link('sz399300', '沪深300')}报4,012.35点。</p>`;
    const a = extract(seedPost(ps(P1) + p1 + p2 + ps(P2, P3)));
    expect(a.stocks).toEqual([]);
    expect(a.text).toContain('沪深300指数上涨0.52%。');
    expect(a.text).toContain('截至收盘，沪深300报4,012.35点。');
  });
  it('上证指数 sh000001 and 深证成指 sz399001 are no stocks; a company linked beside them is', () => {
    const p1 = `<p>　　${link('sh000001', '上证指数')}、${link('sz399001', '深证成指')}双双收涨，${link('sz000001', '平安银行')}涨超3%。</p>`;
    expect(extract(seedPost(ps(P1) + p1 + ps(P2, P3))).stocks).toEqual([{ code: 'sz000001', name: '平安银行' }]);
  });
});

describe('an outlet in book-title marks with its kind after them', () => {
  for (const [raw, want] of OUTLET_TITLE_MARKS.examples) it(`${raw} -> ${want}`, () => expect(outletInMarks(raw)).toBe(want));
  /** The source a post with `line` first and then last gives. */
  const sources = (line: string) => [ps(line, P1, P2, P3), ps(P1, P2, P3, line)].map((b) => extract(seedPost(b)).source);
  for (const line of ['来源：《财经》杂志', '来源：《财经》', '来源：《财经》杂志社'])
    it(`${line} names 财经, as the closing 作者为《财经》记者 of the 《财经》 fixtures does`, () => expect(sources(line)).toEqual(['财经', '财经']));
  it('a closing note 作者为《财经》记者 and a 来源：《财经》杂志 line name the same outlet', () => {
    const a = extract(seedPost(ps('来源：《财经》杂志', P1, P2, P3, '作者为《财经》记者')));
    expect(a.source).toBe('财经');
  });
});
