/**
 * Rules 28: misreads the last release left, each fixed by what Sina means.
 * - Body: a numbering with no words on its own line (<strong>2、</strong>) numbers the block after it.
 * - Sources: a 来源 line naming the maker of a figure's numbers (来源：中证指数有限公司) credits data.
 * - Hidden text: the items of a grid's trailing zero rows, logical margins and insets, a clip further up.
 * - Body: a centred deck of two lines that are one sentence is one paragraph.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { BARE_NUMBERING, CENTRED_DECK, centredDeck } from '../../src/rules/lines';
import { DATA_MAKER, isOutlet } from '../../src/rules/metadata';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';
import { atEachPlace, H, notShown, shown, V } from '../support/placed';

const IMG = '<p><img src="https://n.sinaimg.cn/finance/a.jpg"></p>';
const HEAD = '稳增长政策持续发力';
/** The body as [type, text] pairs (a picture as its address). */
const shape = (body: string) => extract(seedPost(body)).blocks.map((b) => [b.type, 'text' in b ? b.text : 'src' in b ? b.src : b.type]);

describe('rules28: a numbering with no words', () => {
  for (const ex of BARE_NUMBERING.examples.match) it(`${ex} is a bare numbering`, () => expect(BARE_NUMBERING.pattern.exec(ex)?.groups?.number).toBe(ex));
  for (const ex of BARE_NUMBERING.examples.noMatch) it(`${ex} is no bare numbering`, () => expect(BARE_NUMBERING.pattern.test(ex)).toBe(false));
  for (const ex of BARE_NUMBERING.creditExamples.match) it(`${ex} is a credit line no number joins`, () => expect(BARE_NUMBERING.credit.test(ex)).toBe(true));
  for (const ex of BARE_NUMBERING.creditExamples.noMatch) it(`${ex} is a sentence a number may head`, () => expect(BARE_NUMBERING.credit.test(ex)).toBe(false));
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
    // Position decides: a maker's bare 来源 line at the top of the body heads the maker's own text
    // (来源：上交所 over the exchange's release) and names the outlet; a labelled data credit stays printed.
    if (line.startsWith('来源：')) it(`${line} first heads the maker's own text and names the outlet`, () => expect(read(ps(line, P1, P2, P3))).toEqual({ source: line.slice(3), lines: [P1, P2, P3] }));
    else it(`${line} first stays printed`, () => expect(read(ps(line, P1, P2, P3))).toEqual({ source: '新浪财经', lines: [line, P1, P2, P3] }));
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

describe('rules28: hidden text, a grid of some zero rows', () => {
  const grid = (rows: string, items: string, more = '') => `<div style="display:grid;grid-template-rows:${rows};overflow:hidden${more}">${items}</div>`;
  const both = (a: ReturnType<typeof extract>) => {
    shown(a);
    notShown(a);
  };
  // The last rows are zero: what they hold overflows the grid's bottom, which clips it.
  atEachPlace('rows auto 0: the second item is cut', grid('auto 0', `<p>${V}</p><p>${H}</p>`), both);
  atEachPlace('rows 100px 0px 0px: the second and third are cut', grid('100px 0px 0px', `<p>${V}</p><p>${H}</p><p>${H}</p>`), both);
  atEachPlace('rows auto repeat(2,0): the last two are cut', grid('auto repeat(2,0)', `<p>${V}</p><p>${H}</p><p>${H}</p>`), both);
  // A zero row with a row below it that has a height: its item overflows into that row, and shows.
  atEachPlace('rows 0 auto: the first item overflows into the second row and shows', grid('0 auto', `<p>${V}</p><p>${V}</p>`), shown);
  // An item past the explicit rows gets an auto row: the zero row before it is no longer the last.
  atEachPlace('rows auto 0 with three items: the third gets an auto row, the second shows', grid('auto 0', `<p>${V}</p><p>${V}</p><p>${V}</p>`), (a) => expect(a.text.split(V).length - 1).toBe(3));
  atEachPlace('rows auto 0 with grid-auto-rows:0: the third is cut too', grid('auto 0', `<p>${V}</p><p>${H}</p><p>${H}</p>`, ';grid-auto-rows:0'), both);
  // An item placed in a row by grid-row.
  atEachPlace('grid-row:2 of rows auto 0 is cut', grid('auto 0', `<p style="grid-row:2">${H}</p><p style="grid-row:1">${V}</p>`), both);
  atEachPlace('a lone item at grid-row:2 of rows auto 0 is cut', grid('auto 0', `<p style="grid-row:2">${H}</p>`), notShown);
  atEachPlace('grid-row:1 of rows auto 0 shows', grid('auto 0', `<p style="grid-row:1">${V}</p>`), shown);
  // Two columns: four items fill two rows, the second of them zero.
  atEachPlace('two columns, rows auto 0: the second row\'s items are cut', grid('auto 0', `<p>${V}</p><p>${V}</p><p>${H}</p><p>${H}</p>`, ';grid-template-columns:1fr 1fr'), both);
  // The items flow into columns: each column fills the rows in turn.
  atEachPlace('grid-auto-flow:column, rows auto 0: every second item is cut', grid('auto 0', `<p>${V}</p><p>${H}</p><p>${V}</p><p>${H}</p>`, ';grid-auto-flow:column'), both);
  // What gives the zero rows room shows them.
  atEachPlace('rows auto 0 with height:300px shows', grid('auto 0', `<p>${V}</p><p>${V}</p>`, ';height:300px'), (a) => expect(a.text.split(V).length - 1).toBe(2));
  atEachPlace('rows auto 0 with a row gap shows', grid('auto 0', `<p>${V}</p><p>${V}</p>`, ';row-gap:40px'), (a) => expect(a.text.split(V).length - 1).toBe(2));
  atEachPlace('rows auto 0 with padding-bottom shows', grid('auto 0', `<p>${V}</p><p>${V}</p>`, ';padding-bottom:40px'), (a) => expect(a.text.split(V).length - 1).toBe(2));
  atEachPlace('rows auto 0, overflow visible, shows', `<div style="display:grid;grid-template-rows:auto 0"><p>${V}</p><p>${V}</p></div>`, (a) => expect(a.text.split(V).length - 1).toBe(2));
  atEachPlace('an item pulled up by a negative margin shows', grid('auto 0', `<p>${V}</p><p style="margin-top:-40px">${V}</p>`), (a) => expect(a.text.split(V).length - 1).toBe(2));
  atEachPlace('an item at grid-row:span 2 is not read (shows)', grid('auto 0', `<p>${V}</p><p style="grid-row:span 2">${V}</p>`), (a) => expect(a.text.split(V).length - 1).toBe(2));
});

describe('rules28: hidden text, logical margins and insets (a left-to-right page)', () => {
  atEachPlace('margin-inline-start:-9999px hides', `<div style="margin-inline-start:-9999px"><p>${H}</p></div>`, notShown);
  atEachPlace('margin-block-start:-9999px hides', `<div style="margin-block-start:-9999px"><p>${H}</p></div>`, notShown);
  atEachPlace('margin-inline:-9999px 0 hides', `<div style="margin-inline:-9999px 0"><p>${H}</p></div>`, notShown);
  // As margin-right does: the box stays where it is.
  atEachPlace('margin-inline-end:-9999px shows', `<div style="margin-inline-end:-9999px"><p>${V}</p></div>`, shown);
  atEachPlace('position:absolute;inset-inline-start:-9999px hides', `<p style="position:absolute;inset-inline-start:-9999px">${H}</p>`, notShown);
  atEachPlace('position:absolute;inset-block-start:-9999px hides', `<p style="position:absolute;inset-block-start:-9999px">${H}</p>`, notShown);
  atEachPlace('position:absolute;inset:-9999px auto auto -9999px hides', `<p style="position:absolute;inset:-9999px auto auto -9999px">${H}</p>`, notShown);
  atEachPlace('inset-inline-start on a static box shows', `<p style="inset-inline-start:-9999px">${V}</p>`, shown);
  // The later declaration wins, as between a longhand and its shorthand.
  atEachPlace('margin-inline-start:-9999px;margin-left:0 shows', `<div style="margin-inline-start:-9999px;margin-left:0"><p>${V}</p></div>`, shown);
  atEachPlace('margin-left:0;margin-inline-start:-9999px hides', `<div style="margin-left:0;margin-inline-start:-9999px"><p>${H}</p></div>`, notShown);
  atEachPlace('margin-left:-9999px;margin:0;margin-left:-9999px hides', `<div style="margin-left:-9999px;margin:0;margin-left:-9999px"><p>${H}</p></div>`, notShown);
  atEachPlace('margin-inline-start:2em shows', `<div style="margin-inline-start:2em"><p>${V}</p></div>`, shown);
});

describe('rules28: hidden text, a clip further up than the containing block', () => {
  const clip = (outer: string, inner: string, box: string, text: string, after = '') => `<div style="${outer}"><div style="${inner}"><p style="position:absolute;${box}">${text}</p></div>${after}</div>`;
  atEachPlace('right:100% of a block that fills a clipping parent is cut', clip('overflow:hidden', 'position:relative', 'right:100%', H), notShown);
  atEachPlace('left:100% of a block that fills a clipping parent is cut', clip('overflow:hidden', 'position:relative', 'left:100%', H), notShown);
  atEachPlace('top:100% of the last block of a clipping parent is cut', clip('overflow:hidden', 'position:relative', 'top:100%', H), notShown);
  atEachPlace('bottom:100% of the first block of a clipping parent is cut', clip('overflow:hidden', 'position:relative', 'bottom:100%', H), notShown);
  atEachPlace('a plain block between them changes nothing', `<div style="overflow:hidden"><div><div style="position:relative"><p style="position:absolute;right:100%">${H}</p></div></div></div>`, notShown);
  atEachPlace('overflow-x:hidden two levels up cuts right:100%', `<div style="overflow-x:hidden;overflow-y:visible"><div><div style="position:relative"><p style="position:absolute;right:100%">${H}</p></div></div></div>`, notShown);
  // Guards: where the containing block does not reach the clip's edge, the box may sit inside it.
  atEachPlace('the clipping parent\'s padding gives room: shows', clip('overflow:hidden;padding-left:300px', 'position:relative', 'right:100%', V), shown);
  atEachPlace('a narrower containing block (width:200px) with left:100%: shows', clip('overflow:hidden', 'position:relative;width:200px', 'left:100%', V), shown);
  atEachPlace('a containing block set in by a margin: shows', clip('overflow:hidden', 'position:relative;margin-left:40px', 'right:100%', V), shown);
  atEachPlace('a centred containing block (margin:0 auto): shows', clip('overflow:hidden', 'position:relative;width:300px;margin:0 auto', 'right:100%', V), shown);
  atEachPlace('top:100% with a block after the containing block: shows', clip('overflow:hidden', 'position:relative', 'top:100%', V, '<p>下面还有一段文字。</p>'), shown);
  atEachPlace('a clip on the other axis only: shows', clip('overflow:visible clip', 'position:relative', 'right:100%', V), shown);
  atEachPlace('no clip up the chain: shows', clip('margin:0', 'position:relative', 'right:100%', V), shown);
  atEachPlace('a relative block moved by its own offset: shows', clip('overflow:hidden', 'position:relative;left:300px', 'right:100%', V), shown);
});

describe('rules28: a centred deck that is one sentence over two lines', () => {
  const c = (t: string) => `<p cms-style="font-L align-Center">　　${t}</p>`;
  for (const [a, b] of CENTRED_DECK.examples.match) it(`${a} / ${b} is one sentence`, () => expect(centredDeck(a, b)).toBe(true));
  for (const [a, b] of CENTRED_DECK.examples.noMatch) it(`${a} / ${b} is two lines`, () => expect(centredDeck(a, b)).toBe(false));
  const A = '如何处理和职场的关系，';
  const B = '将成为00后们面临的第一个考验。';
  it('two centred lines, the first going on into the second, are one paragraph', () => expect(shape(ps(c(A), c(B), P1, P2))).toEqual([['paragraph', `${A}${B}`], ['paragraph', P1], ['paragraph', P2]]));
  // A first line ending in a word is no tell (a label, 专家观点, or a slogan ends so): the two lines stay.
  it('a first line with no mark at its end stays its own line', () => expect(shape(ps(c('如何处理和职场的关系'), c(B), P1, P2)).slice(0, 2)).toEqual([['paragraph', '如何处理和职场的关系'], ['paragraph', B]]));
  it('text-align:center reads the same', () => expect(shape(ps(`<p style="text-align:center">${A}</p>`, `<p style="text-align:center">${B}</p>`, P1))[0]).toEqual(['paragraph', `${A}${B}`]));
  it('cleaning its own output changes nothing', () => {
    const once = extract(seedPost(ps(c(A), c(B), P1, P2)));
    expect(extract(seedPost(ps(...once.blocks.map((b) => (b as { text: string }).text)))).blocks).toEqual(once.blocks);
  });
  // Guards: what is not one sentence split over two centred lines stays line by line.
  it('a first line that ends a sentence stays its own', () => expect(shape(ps(c('职场是00后面临的第一个考验。'), c(B), P1)).slice(0, 2)).toEqual([['paragraph', '职场是00后面临的第一个考验。'], ['paragraph', B]]));
  it('a second line that does not end the sentence stays its own (a list, a credit)', () => expect(shape(ps(c('主办单位：国家统计局'), c('协办单位：中国信息报社'), P1)).slice(0, 2)).toEqual([['paragraph', '主办单位：国家统计局'], ['paragraph', '协办单位：中国信息报社']]));
  it('three centred lines (a poem, a list) stay line by line', () => expect(shape(ps(c('春眠不觉晓，'), c('处处闻啼鸟。'), c('夜来风雨声，'), c('花落知多少。'), P1)).length).toBe(5));
  it('lines not centred stay two paragraphs', () => expect(shape(ps(A, B, P1)).slice(0, 2)).toEqual([['paragraph', A], ['paragraph', B]]));
  it('a centred line under a picture (its caption) is not joined', () => {
    const s = shape(ps(IMG, c('图为中山大学2022届毕业典礼现场，'), c(B), P1));
    expect(s.some((x) => x[1] === `图为中山大学2022届毕业典礼现场，${B}`)).toBe(false);
  });
  it('a second line that opens a numbered section stays its own', () => expect(shape(ps(c('本文要点'), c('一、职场是第一个考验。'), P1)).slice(0, 2)).toEqual([['paragraph', '本文要点'], ['paragraph', '一、职场是第一个考验。']]));
  it('two long centred lines stay (no deck is that long)', () => {
    const long = '据国家统计局2010年的人口普查数据显示，出生于2000年-2009年的人口为1.47亿，';
    expect(shape(ps(c(long), c(B), P1)).slice(0, 2)).toEqual([['paragraph', long], ['paragraph', B]]);
  });
});
