/**
 * Attack 29: where this release's rules misread real article language. Each case says what the
 * reader of the page sees. Failing tests are meant to fail until the rule is fixed; guards pin
 * what must stay.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';
import { atEachPlace, V } from '../support/placed';

const shape = (body: string) => extract(seedPost(body)).blocks.map((b) => [b.type, 'text' in b ? b.text : 'src' in b ? b.src : b.type]);
const read = (body: string) => {
  const a = extract(seedPost(body));
  return { source: a.source, lines: a.text.split('\n\n'), authors: a.authors, editor: a.editor };
};
const TABLE = '<table><tr><td>指数</td><td>涨幅</td></tr><tr><td>沪深300</td><td>1.2%</td></tr></table>';
const count = (a: ReturnType<typeof extract>) => a.text.split(V).length - 1;

describe('attack29: a bare numbering', () => {
  // A reader sees the list's circled number ① over its item: it numbers the item as 1、 does.
  it('① alone numbers the paragraph after it', () => expect(shape(ps(P1, '<p><strong>①</strong></p>', P2))[1]).toEqual(['paragraph', `①${P2}`]));
  // 1） is as common a numbering on Sina as 1、.
  it('1） alone numbers the paragraph after it', () => expect(shape(ps(P1, '<p><strong>1）</strong></p>', P2))[1]).toEqual(['paragraph', `1）${P2}`]));
  // PART 01 / NO.1 decorative section numbers set apart over a bold head.
  it('PART 01 alone heads the section with the head after it', () =>
    expect(shape(ps(P1, '<p><strong>PART 01</strong></p>', '<p><strong>稳增长政策持续发力</strong></p>', P2))[1]).toEqual(['heading', 'PART 01 稳增长政策持续发力']));
  // A stray number before the editor's line is no part of the editor's name: the editor is read.
  it('a stray 3、 before the editor line leaves the editor read', () => expect(read(ps(P1, P2, P3, '<p><strong>3、</strong></p>', '责任编辑：张恒星')).editor).toBe('张恒星'));
  // A stray number before a 来源 line at the end: the outlet is still read.
  it('a stray 3、 before the outlet\'s 来源 line leaves the outlet read', () => expect(read(ps(P1, P2, P3, '<p><strong>3、</strong></p>', '来源：中国证券报')).source).toBe('中国证券报'));
  // A list number 3. over a paragraph that opens with a figure: joined, 3. + 5% reads as the figure 3.5%.
  it('3. alone before a paragraph opening with 5% never makes 3.5%', () => {
    const t = read(ps(P1, '<p><strong>3.</strong></p>', '5%左右的增速目标符合预期，也与潜在增长率基本匹配。', P2)).lines.join('\n');
    expect([t.includes('3.5%'), t.includes('5%左右的增速目标符合预期')]).toEqual([false, true]);
  });
  // Guard: the editor's line alone at the end is read.
  it('guard: the editor line alone is read', () => expect(read(ps(P1, P2, P3, '责任编辑：张恒星')).editor).toBe('张恒星'));
  // A reader sees 第一 as an interview's one-word answer, not a numbering of the question after it.
  it('第一。 answering a question stays its own line', () =>
    expect(shape(ps('问：您觉得企业最看重什么？', '答：第一。', P2)).map((x) => x[1])).toEqual(['问：您觉得企业最看重什么？', '答：第一。', P2]));
  // A number alone before a table (the table's caption number) stays where printed.
  it('（一） before a table stays as printed', () => expect(shape(ps(P1, '<p><strong>（一）</strong></p>', TABLE, P2))[1]).toEqual(['paragraph', '（一）']));
  // Guard: the number keeps with the list item joined, no text lost.
  it('guard: 2、 alone then a sentence keeps every character', () => expect(read(ps(P1, '2、', P2)).lines.join('')).toContain(`2、${P2}`));
});

describe('attack29: a data maker is no outlet', () => {
  // Sina's tables print the vendor in capitals as often as not: 数据来源：WIND.
  for (const line of ['来源：WIND', '来源：wind', '数据来源：WIND', '来源：Wind、东方财富Choice', '来源：中国指数研究院', '来源：海关总署', '来源：iFind']) {
    it(`${line} under a closing table is a data credit; the source is the masthead's`, () => {
      const r = read(ps(P1, P2, P3, TABLE, line));
      expect([r.source, r.lines.at(-1)]).toEqual(['新浪财经', line]);
    });
  }
  // A reposted news piece of Bloomberg News: 来源：彭博 first names the outlet, as 来源：彭博社 does.
  it('来源：彭博 first over a news piece names the outlet', () => expect(read(ps('来源：彭博', '彭博援引知情人士报道，该公司正考虑在香港进行二次上市，最快可能于年内完成。', P2)).source).toBe('彭博'));
  // A research institute's commentary reposted whole: 来源：易居研究院 at the top names who wrote it.
  it('来源：易居研究院 first over its own commentary names the outlet', () =>
    expect(read(ps('来源：易居研究院', '易居研究院智库中心研究总监严跃进认为，10月份房地产市场整体仍处于筑底阶段，政策效应正在逐步显现。', P2)).source).toBe('易居研究院'));
  // A release of the exchange reposted whole (来源：上交所 at the top, the exchange speaking).
  it('来源：上交所 first over the exchange\'s own release names the outlet', () =>
    expect(read(ps('来源：上交所', '为进一步规范上市公司股份回购行为，上交所今日发布修订后的《上市公司自律监管指引第7号——回购股份》，自发布之日起施行。', P2)).source).toBe('上交所'));
  // Guard: a maker's 来源 line at the top but under a table credits the table, not the article.
  it('guard: 来源：Wind under a table that opens the body stays printed', () => {
    const r = read(ps(TABLE, '来源：Wind', P1, P2));
    expect([r.source, r.lines.includes('来源：Wind')]).toEqual(['新浪财经', true]);
  });
  // Guard: a figure's credit in the middle of the article is kept printed.
  it('guard: 数据来源：国家统计局 under a mid table stays printed', () => expect(read(ps(P1, TABLE, '数据来源：国家统计局', P2, P3)).lines).toContain('数据来源：国家统计局'));
  // Guard: 上海证券报 is a newspaper, never an exchange.
  it('guard: 来源：上海证券报 last names the outlet', () => expect(read(ps(P1, P2, P3, '来源：上海证券报')).source).toBe('上海证券报'));
  it('guard: 来源：深圳特区报 last names the outlet', () => expect(read(ps(P1, P2, P3, '来源：深圳特区报')).source).toBe('深圳特区报'));
});

describe('attack29: a centred deck', () => {
  const c = (t: string) => `<p cms-style="font-L align-Center">　　${t}</p>`;
  // A reader sees a short centred title over a centred sentence: two lines, not one run-on sentence.
  it('a centred label over a centred sentence stays two lines', () =>
    expect(shape(ps(c('专家观点'), c('降准将释放长期资金约5000亿元。'), P1)).slice(0, 2)).toEqual([['paragraph', '专家观点'], ['paragraph', '降准将释放长期资金约5000亿元。']]));
  it('a centred 编者按 over its sentence stays two lines', () =>
    expect(shape(ps(c('编者按'), c('今年是改革开放45周年。'), P1)).slice(0, 2)).toEqual([['paragraph', '编者按'], ['paragraph', '今年是改革开放45周年。']]));
  // Two lines of verse, centred: the reader sees a couplet, one line each.
  it('a centred couplet stays two lines', () =>
    expect(shape(ps(P1, c('海内存知己，'), c('天涯若比邻。'), P2)).slice(1, 3)).toEqual([['paragraph', '海内存知己，'], ['paragraph', '天涯若比邻。']]));
  // Two slogans, each its own line.
  it('two centred slogans stay two lines', () =>
    expect(shape(ps(P1, c('绿水青山就是金山银山'), c('共建美丽中国！'), P2)).slice(1, 3)).toEqual([['paragraph', '绿水青山就是金山银山'], ['paragraph', '共建美丽中国！']]));
  // A chart's centred title over its centred note.
  it('a centred chart title over its centred note stays two lines', () =>
    expect(shape(ps(P1, c('2023年前三季度主要经济指标'), c('注：数据为初步核算数。'), P2)).slice(1, 3)).toEqual([['paragraph', '2023年前三季度主要经济指标'], ['paragraph', '注：数据为初步核算数。']]));
  // Guard: the rule's own case still joins.
  it('guard: the deck joins', () => expect(shape(ps(c('如何处理和职场的关系，'), c('将成为00后们面临的第一个考验。'), P1))[0]).toEqual(['paragraph', '如何处理和职场的关系，将成为00后们面临的第一个考验。']));
});

describe('attack29: hidden text', () => {
  const grid = (rows: string, more = '') => `<div style="display:grid;grid-template-rows:${rows};overflow:hidden${more}"><p>${V}</p><p>${V}</p></div>`;
  const both = (a: ReturnType<typeof extract>) => expect(count(a)).toBe(2);
  // A visible box set in by a logical margin: the reader sees it.
  atEachPlace('margin-inline-start:10px shows', `<div style="margin-inline-start:10px"><p>${V}</p></div>`, (a) => expect(count(a)).toBe(1));
  atEachPlace('margin-block-start:-10px shows', `<div style="margin-block-start:-10px"><p>${V}</p></div>`, (a) => expect(count(a)).toBe(1));
  // A last row with a size: both show.
  atEachPlace('rows auto 40px shows', grid('auto 40px'), both);
  // 0fr rows still grow to an item's min-content (the item does not clip itself): shown.
  atEachPlace('rows auto 0fr shows', grid('auto 0fr'), both);
  // A percentage row of a grid with no height is auto: shown.
  atEachPlace('rows auto 0% shows', grid('auto 0%'), both);
  // minmax(0, auto) is sized by its content.
  atEachPlace('rows auto minmax(0,auto) shows', grid('auto minmax(0,auto)'), both);
  // A min-height gives the zero row room below the first.
  atEachPlace('rows auto 0 with min-height:300px shows', grid('auto 0', ';min-height:300px'), both);
  // Padding on the grid as a shorthand gives room at the bottom.
  atEachPlace('rows auto 0 with padding:0 0 60px shows', grid('auto 0', ';padding:0 0 60px'), both);
  // A containing block in a second table cell does not reach the clip's left edge: right:100% lands in the first cell.
  atEachPlace('right:100% from a second table cell shows', `<div style="overflow:hidden"><table><tr><td>左栏说明文字</td><td style="position:relative"><span style="position:absolute;right:100%">${V}</span>右栏</td></tr></table></div>`, (a) => expect(count(a)).toBe(1));
  // A flex row: a sidebar before the containing block leaves room on its left.
  atEachPlace('right:100% beside a flex sidebar shows', `<div style="overflow:hidden;display:flex"><div style="width:200px">侧栏</div><div style="position:relative"><p style="position:absolute;right:100%">${V}</p></div></div>`, (a) => expect(count(a)).toBe(1));
  // top:100% of a containing block in a clip with bottom padding: room below.
  atEachPlace('top:100% with the clip\'s padding-bottom shows', `<div style="overflow:hidden;padding-bottom:80px"><div style="position:relative"><p style="position:absolute;top:100%">${V}</p></div></div>`, (a) => expect(count(a)).toBe(1));
});

describe('attack29: a channel before a dated dispatch', () => {
  // 中国网财经 with a place: the outlet is the channel's, the place 北京.
  it('中国网财经北京8月22日讯（记者 王金瑞） names 中国网财经', () => {
    const r = read(ps('中国网财经北京8月22日讯（记者 王金瑞）今日，央行授权全国银行间同业拆借中心公布贷款市场报价利率。', P2, P3));
    expect([r.source, r.authors]).toEqual(['中国网财经', ['王金瑞']]);
  });
  // 央广网北京8月22日消息（记者 X）: a dated 消息 with bracketed reporters.
  it('央广网北京8月22日消息（记者 王晶） names 央广网 and the reporter', () => {
    const r = read(ps('央广网北京8月22日消息（记者 王晶）据中国之声《新闻和报纸摘要》报道，今年以来，我国经济运行持续恢复向好。', P2, P3));
    expect([r.source, r.authors]).toEqual(['央广网', ['王晶']]);
  });
  // A place that begins with a channel word's character but is a place (新闻 is no place; 教育 neither): 中国网教育.
  it('guard: 中国网财经8月22日讯（记者 王金瑞） names 中国网财经', () => {
    const r = read(ps('中国网财经8月22日讯（记者 王金瑞）今日，央行授权全国银行间同业拆借中心公布贷款市场报价利率。', P2, P3));
    expect([r.source, r.authors]).toEqual(['中国网财经', ['王金瑞']]);
  });
  it('guard: 中国网科技8月22日讯（记者 李杨） names 中国网科技', () => {
    const r = read(ps('中国网科技8月22日讯（记者 李杨）今日，多家手机厂商发布新品，市场竞争进一步加剧。', P2, P3));
    expect([r.source, r.authors]).toEqual(['中国网科技', ['李杨']]);
  });
});

describe('review', () => {
  const seen = (a: ReturnType<typeof extract>, s: string) => a.text.includes(s);
  const A = '甲这是一段读者看得见的正文，记者在现场看到企业订单明显增加。';
  const B = '乙这是一段读者看得见的正文，市场人士认为政策效果正在显现。';
  const both = (a: ReturnType<typeof extract>) => expect([seen(a, A), seen(a, B)]).toEqual([true, true]);
  // order:-1 moves 乙 into the first (auto) row: the browser shows 乙 and cuts 甲, never 乙.
  atEachPlace('an item moved first by order is not cut', `<div style="display:grid;grid-template-rows:auto 0;overflow:hidden"><p>${A}</p><p style="order:-1">${B}</p></div>`, (a) => expect(seen(a, B)).toBe(true));
  // An item spanning both columns takes the first row alone: the next two share the zero row, the last gets an implicit auto row, and shows.
  const C = '丙这是一段读者看得见的正文，分析师预计下半年需求将继续回暖。';
  atEachPlace('an item spanning columns moves the last into a row that shows', `<div style="display:grid;grid-template-columns:1fr 1fr;grid-template-rows:auto 0;overflow:hidden"><div style="grid-column:1 / 3">${P3}</div><p>${A}</p><p>${B}</p><p>${C}</p></div>`, (a) => expect(seen(a, C)).toBe(true));
  atEachPlace('grid-column-start/-end place the item', `<div style="display:grid;grid-template-columns:1fr 1fr;grid-template-rows:auto 0;overflow:hidden"><div style="grid-column-start:1;grid-column-end:3">${P3}</div><p>${A}</p><p>${B}</p><p>${C}</p></div>`, (a) => expect(seen(a, C)).toBe(true));
  // A flex parent stretches the grid to its own height: the zero row sits far above the grid's bottom edge.
  atEachPlace('a grid stretched by a flex parent shows its rows', `<div style="display:flex;height:900px"><div style="display:grid;grid-template-rows:20px 0;overflow:hidden"><p>${A}</p><p>${B}</p></div></div>`, both);
  atEachPlace('a grid sized by top and bottom shows its rows', `<div style="position:relative;height:900px"><div style="display:grid;position:absolute;top:0;bottom:0;grid-template-rows:20px 0;overflow:hidden"><p>${A}</p><p>${B}</p></div></div>`, both);
  atEachPlace('a grid with an aspect-ratio shows its rows', `<div style="display:grid;aspect-ratio:1;grid-template-rows:20px 0;overflow:hidden"><p>${A}</p><p>${B}</p></div>`, both);
  // Guard: a grid whose last row is zero and nothing else sizes it still cuts that row's item.
  atEachPlace('guard: rows auto 0 cut the second item', `<div style="display:grid;grid-template-rows:auto 0;overflow:hidden"><p>${A}</p><p>${B}</p></div>`, (a) => expect([seen(a, A), seen(a, B)]).toEqual([true, false]));
  // overflow does nothing on an inline box: a span or a link clips nothing.
  const beside = (open: string, close: string) => `${open}<div style="position:relative"><p style="position:absolute;left:100%;top:0">${A}</p></div>${close}`;
  atEachPlace('an inline span with overflow:hidden clips nothing', beside('<span style="overflow:hidden">', '</span>'), (a) => expect(seen(a, A)).toBe(true));
  atEachPlace('a link with overflow:hidden clips nothing', beside('<a style="overflow:hidden">', '</a>'), (a) => expect(seen(a, A)).toBe(true));
  // Right to left, the block's right:100% side is where the text starts: not read, it shows.
  atEachPlace('direction:rtl on the chain shows', `<div style="overflow:hidden;direction:rtl"><div><div style="position:relative"><p style="position:absolute;right:100%;top:0">${A}</p></div></div></div>`, (a) => expect(seen(a, A)).toBe(true));
  // The containing block's own border on that side is inside the clip: a box just past it may show in it.
  atEachPlace('the containing block\'s own left border keeps room', `<div style="overflow:hidden"><div style="position:relative;border-left:40px solid #eee"><p style="position:absolute;right:100%;top:0">${A}</p></div></div>`, (a) => expect(seen(a, A)).toBe(true));
  // Guard: a block box with overflow:hidden still cuts what is set wholly beside it.
  atEachPlace('guard: a div with overflow:hidden cuts left:100%', beside('<div style="overflow:hidden"><div>', '</div></div>'), (a) => expect(seen(a, A)).toBe(false));
  // A number never joins a reporter's line: the byline is read, the author kept.
  it('01 over 本报记者 张三 北京报道 leaves the reporter read', () => expect(read(ps('<p><strong>01</strong></p>', '本报记者 张三 北京报道', P1, P2)).authors).toEqual(['张三']));
  it('① over 特约记者 李四 leaves the reporter read', () => expect(read(ps('<p><strong>①</strong></p>', '特约记者 李四', P1, P2)).authors).toEqual(['李四']));
  // Guard: a number still numbers the paragraph opening with 记者从… (a sentence, no byline).
  it('guard: 2、 over 记者从国家统计局获悉… joins', () => expect(shape(ps(P1, '<p><strong>2、</strong></p>', '记者从国家统计局获悉，10月份CPI同比上涨0.1%。', P2))[1]![1]).toBe('2、记者从国家统计局获悉，10月份CPI同比上涨0.1%。'));
});
