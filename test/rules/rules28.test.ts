/**
 * Rules 28: misreads the last release left, each fixed by what Sina means.
 * - Body: a numbering with no words on its own line (<strong>2、</strong>) numbers the block after it.
 * - Sources: a 来源 line naming the maker of a figure's numbers (来源：中证指数有限公司) credits data.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { BARE_NUMBERING } from '../../src/rules/lines';
import { DATA_MAKER, isOutlet } from '../../src/rules/metadata';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';

const IMG = '<p><img src="https://n.sinaimg.cn/finance/a.jpg"></p>';
const HEAD = '稳增长政策持续发力';
/** The body as [type, text] pairs (a picture as its address). */
const shape = (body: string) => extract(seedPost(body)).blocks.map((b) => [b.type, 'text' in b ? b.text : 'src' in b ? b.src : b.type]);

describe('rules28: a numbering with no words', () => {
  for (const ex of BARE_NUMBERING.examples.match) it(`${ex} is a bare numbering`, () => expect(BARE_NUMBERING.pattern.exec(ex)?.groups?.number).toBe(ex));
  for (const ex of BARE_NUMBERING.examples.noMatch) it(`${ex} is no bare numbering`, () => expect(BARE_NUMBERING.pattern.test(ex)).toBe(false));
  it('<strong>2、</strong> before a bold head heads the section with it', () =>
    expect(shape(ps(P1, '<p><strong>2、</strong></p>', `<p><strong>${HEAD}</strong></p>`, P2))).toEqual([['paragraph', P1], ['heading', `2、${HEAD}`], ['paragraph', P2]]));
  it('<strong>2、</strong> before a paragraph opens the paragraph', () =>
    expect(shape(ps(P1, '<p><strong>2、</strong></p>', P2, P3))).toEqual([['paragraph', P1], ['paragraph', `2、${P2}`], ['paragraph', P3]]));
  it('<strong>（二）</strong> alone before a paragraph', () => expect(shape(ps(P1, '<p><strong>（二）</strong></p>', P2))[1]).toEqual(['paragraph', `（二）${P2}`]));
  it('二、 alone (not bold) before a paragraph', () => expect(shape(ps(P1, '二、', P2))[1]).toEqual(['paragraph', `二、${P2}`]));
  it('二、 before an <h2> head', () => expect(shape(ps(P1, '<p><strong>二、</strong>　</p>', `<h2>${HEAD}</h2>`, P2))[1]).toEqual(['heading', `二、${HEAD}`]));
  it('01 alone keeps a space before its head', () => expect(shape(ps(P1, '<p><strong>01</strong></p>', `<p><strong>${HEAD}</strong></p>`, P2))[1]).toEqual(['heading', `01 ${HEAD}`]));
  it('a number before a link keeps the link', () => {
    const a = extract(seedPost(ps(P1, '二、', '<p>据<a href="https://www.stats.gov.cn/">国家统计局</a>发布的数据，三季度经济运行平稳，主要指标保持在合理区间。</p>', P2)));
    expect(a.blocks[1]).toEqual({ type: 'paragraph', text: '二、据国家统计局发布的数据，三季度经济运行平稳，主要指标保持在合理区间。', inlines: [{ text: '二、据' }, { text: '国家统计局', href: 'https://www.stats.gov.cn/' }, { text: '发布的数据，三季度经济运行平稳，主要指标保持在合理区间。' }] });
  });
  it('never across a picture: the number stays, as a paragraph', () =>
    expect(shape(ps(P1, '<p><strong>二、</strong></p>', IMG, P2))).toEqual([['paragraph', P1], ['paragraph', '二、'], ['image', 'https://n.sinaimg.cn/finance/a.jpg'], ['paragraph', P2]]));
  it('a number last in the article stays, as a paragraph', () => expect(shape(ps(P1, P2, '<p><strong>3、</strong></p>')).at(-1)).toEqual(['paragraph', '3、']));
  it('two bare numbers in a row: the second numbers the paragraph, the first stays', () =>
    expect(shape(ps(P1, '<p><strong>1、</strong></p>', '<p><strong>2、</strong></p>', P2)).slice(1)).toEqual([['paragraph', '1、'], ['paragraph', `2、${P2}`]]));
  it('a numbered head with words stays as printed', () => expect(shape(ps(P1, `<p><strong>二、${HEAD}</strong></p>`, P2))[1]).toEqual(['heading', `二、${HEAD}`]));
  it('a bold numbered question still heads its section', () =>
    expect(shape(ps(P1, '<p><strong>一、</strong></p>', '<p><strong>如何看待当前经济形势？</strong></p>', '答：三季度经济运行总体平稳，主要指标保持在合理区间。', P2))[1]).toEqual(['heading', '一、如何看待当前经济形势？']));
  it('cleaning its own output changes nothing', () => {
    const once = extract(seedPost(ps(P1, '<p><strong>2、</strong></p>', `<p><strong>${HEAD}</strong></p>`, P2, '二、', P3)));
    const again = extract(seedPost(ps(...once.blocks.map((b) => (b.type === 'heading' ? `<p><strong>${b.text}</strong></p>` : (b as { text: string }).text)))));
    expect(again.blocks).toEqual(once.blocks);
  });
});

describe('rules28: a data source is no outlet', () => {
  const TABLE = '<table><tr><td>指数</td><td>涨幅</td></tr><tr><td>沪深300</td><td>1.2%</td></tr></table>';
  const CHART = '<p><img src="https://n.sinaimg.cn/finance/chart.png"></p>';
  const read = (body: string) => {
    const a = extract(seedPost(body));
    return { source: a.source, lines: a.text.split('\n\n') };
  };
  for (const ex of DATA_MAKER.examples.match) it(`${ex} makes data`, () => expect([DATA_MAKER.pattern.test(ex), isOutlet(ex, 'line')]).toEqual([true, false]));
  for (const ex of DATA_MAKER.examples.noMatch) it(`${ex} is no data maker`, () => expect(DATA_MAKER.pattern.test(ex)).toBe(false));
  const data = ['来源：中证指数有限公司', '来源：Wind', '来源：国家统计局', '来源：上海证券交易所', '数据来源：中证指数有限公司', '资料来源：Wind', '图表来源：国家统计局'];
  for (const line of data) {
    it(`${line} at the end stays printed; the source is the masthead's`, () => {
      const r = read(ps(P1, P2, P3, line));
      expect([r.source, r.lines.at(-1)]).toEqual(['新浪财经', line]);
    });
    it(`${line} under a closing table stays printed; the source is the masthead's`, () => {
      const r = read(ps(P1, P2, P3, TABLE, line));
      expect([r.source, r.lines.at(-1)]).toEqual(['新浪财经', line]);
    });
    it(`${line} under a closing chart stays printed; the source is the masthead's`, () => {
      const r = read(ps(P1, P2, P3, CHART, line));
      expect([r.source, r.lines.at(-1)]).toEqual(['新浪财经', line]);
    });
    it(`${line} first stays printed`, () => expect(read(ps(line, P1, P2, P3))).toEqual({ source: '新浪财经', lines: [line, P1, P2, P3] }));
  }
  // Outlets' credits stay read, at the top, at the end, and after a closing picture.
  for (const [line, outlet] of [['来源：中国证券报', '中国证券报'], ['来源：券商中国', '券商中国'], ['来源：国家统计局网站', '国家统计局网站'], ['来源：证券时报', '证券时报']]) {
    it(`${line} first names the outlet and leaves the body`, () => expect(read(ps(line!, P1, P2, P3))).toEqual({ source: outlet, lines: [P1, P2, P3] }));
    it(`${line} last names the outlet`, () => expect(read(ps(P1, P2, P3, line!)).source).toBe(outlet));
    it(`${line} after a closing picture names the outlet`, () => expect(read(ps(P1, P2, P3, CHART, line!)).source).toBe(outlet));
  }
  it('an outlet\'s 来源 line after a data credit still names the outlet', () => {
    const r = read(ps(P1, P2, TABLE, '来源：Wind', P3, '来源：中国证券报'));
    expect([r.source, r.lines.includes('来源：Wind')]).toEqual(['中国证券报', true]);
  });
  it('a page header naming 国家统计局 stays the source (only a 来源 line is read so)', () => expect(isOutlet('国家统计局')).toBe(true));
});
