/**
 * Attack 24: misreads of the readers that just landed. The groups marked "(failing)" fail on the
 * code they were written against; the groups marked "(passing)" are shapes that were right and guard
 * the fixes.
 * - Visibility: a box a flex or grid container lays out is blockified (an inline span or a table cell
 *   there honours height:0 and clips); right and bottom move a positioned box as left and top do, and
 *   a negative margin-top moves a box off the top of the page; an absolutely or fixed positioned
 *   child is placed against its containing block, not against a static box moved off the page.
 * - byline.masthead-account / wen-bar: a date, an issue number, a column's or a label's name above a
 *   writer's credit is no account's masthead and names no source.
 * - source.short-form: a byline's outlet that is already a full name (新京报, 证券时报, 第一财经) is
 *   no short form of a longer title that opens with it (《新京报书评周刊》, 《证券时报网》).
 * - stock.printed-code: two codes on different markets are no dual listing when the words before
 *   them name a group or two companies (科技巨头, 腾讯和阿里巴巴); a conjunction opens no name
 *   (these two misreads are older than the one-market rule); an A and a B share of one company trade
 *   on one exchange (张裕A, 张裕B), which the one-market rule now reads as two companies.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { printedStocks } from '../../src/rules/stocks';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';
import { atEachPlace, H, notShown, shown, V } from '../support/placed';

describe('attack24: a box a flex or grid container lays out is blockified and collapses (failing)', () => {
  // The reader sees nothing: a child of a flex or grid container is a block-level item whatever its
  // display says (CSS Display 3, blockification), so height:0 applies and overflow:hidden clips it.
  // The engine reads the span or em as inline (height ignored) and shows the hidden text.
  for (const [name, html] of [
    ['a span in a flex container', `<div style="display:flex"><span style="height:0;overflow:hidden">${H}</span></div>`],
    ['a span in a grid container', `<div style="display:grid"><span style="height:0;overflow:hidden">${H}</span></div>`],
    ['a span in an inline-flex container', `<div style="display:inline-flex"><span style="height:0;overflow:hidden">${H}</span></div>`],
    ['an em with max-height:0 in a flex paragraph', `<p style="display:flex"><em style="max-height:0;overflow:hidden">${H}</em></p>`],
    // A table cell outside a table row, as a flex item, is blockified too: no longer a cell that grows.
    ['a div displayed as a table cell in a flex container', `<div style="display:flex"><div style="display:table-cell;height:0;overflow:hidden">${H}</div></div>`],
  ] as const)
    atEachPlace(name, html, notShown);
});

describe('attack24: inline boxes and cells that are not flex items still show (passing)', () => {
  for (const [name, html] of [
    ['a span inside a block flex item', `<div style="display:flex"><div><span style="height:0;overflow:hidden">${V}</span></div></div>`],
    ['a plain span as a flex item', `<div style="display:flex"><span>${V}</span></div>`],
  ] as const)
    atEachPlace(name, html, shown);
  // The table is the flex item; its cell is still a cell, which grows to its content.
  atEachPlace('a td in a table inside a flex container', `<div style="display:flex"><table><tr><td style="height:0;overflow:hidden">${V}</td></tr></table></div>`, (a) => expect(a.text).toContain(V));
});

describe('attack24: right, bottom and margin-top move a box off the page as left and top do (failing)', () => {
  // position:relative;right:9999px moves the box 9999px to the left, off the page; an absolute box
  // with right:9999px ends 9999px left of its containing block; bottom:9999px moves a relative box up
  // off the page; a margin-top of -9999px pulls the box above the page's top. The reader sees none.
  for (const [name, html] of [
    ['position:relative;right:9999px', `<p style="position:relative;right:9999px">${H}</p>`],
    ['position:relative;right:9999px on the parent', `<div style="position:relative;right:9999px"><p>${H}</p></div>`],
    ['position:absolute;right:9999px', `<p style="position:absolute;right:9999px">${H}</p>`],
    ['position:relative;bottom:9999px', `<p style="position:relative;bottom:9999px">${H}</p>`],
    ['margin-top:-9999px', `<div style="margin-top:-9999px"><p>${H}</p></div>`],
    // top on a static box does nothing: the margin keeps the box off the page.
    ['margin-top:-9999px, then top:9999px on a static child', `<div style="margin-top:-9999px"><p style="top:9999px">${H}</p></div>`],
  ] as const)
    atEachPlace(name, html, notShown);
});

describe('attack24: offsets on a static box are ignored, offsets that cancel show (passing)', () => {
  for (const [name, html] of [
    ['left:-9999px on a static paragraph', `<p style="left:-9999px">${V}</p>`],
    ['top:-9999px on a static paragraph', `<p style="top:-9999px">${V}</p>`],
    ['right:9999px on a static paragraph', `<p style="right:9999px">${V}</p>`],
    ['relative right:9999px, then relative left:9999px', `<div style="position:relative;right:9999px"><p style="position:relative;left:9999px">${V}</p></div>`],
    ['an absolute child moved back inside a relative box, in a static box moved off', `<div style="margin-left:-9999px"><div style="position:relative"><p style="position:absolute;left:9999px">${V}</p></div></div>`],
  ] as const)
    atEachPlace(name, html, shown);
  for (const [name, html] of [
    ['margin-left:-9999px, then left:9999px on a static child', `<div style="margin-left:-9999px"><p style="left:9999px">${H}</p></div>`],
    ['absolute left:-9999px, then left:9999px on a static child', `<div style="position:absolute;left:-9999px"><p style="left:9999px">${H}</p></div>`],
  ] as const)
    atEachPlace(name, html, notShown);
});

describe('attack24: a positioned child is placed against its containing block (failing)', () => {
  // No ancestor is positioned: the absolute child's containing block is the page itself, so left:0
  // puts it on the page, whatever margin moved its static parent. The engine adds the parent's margin.
  atEachPlace('an absolute child at left:0 in a static box moved off by its margin', `<div style="margin-left:-9999px"><p style="position:absolute;left:0">${V}</p></div>`, shown);
  // A fixed child is placed against the viewport (no transformed ancestor): on the page.
  atEachPlace('a fixed child at left:0;top:0 in an absolute box off the page', `<div style="position:absolute;left:-9999px"><p style="position:fixed;left:0;top:0">${V}</p></div>`, shown);
  // calc(9999px) is 9999px: the child is moved back exactly as with left:9999px (which shows).
  atEachPlace('a child moved back by left:calc(9999px)', `<div style="position:relative;left:-9999px"><p style="position:relative;left:calc(9999px)">${V}</p></div>`, shown);
});

describe('attack24: a date, an issue number or a column label over a credit is no masthead (failing)', () => {
  // The reader sees a date (3月30日), a label (导语, 编者按), an issue number (第128期) or a column's label (封面故事: the
  // cover story; 特别策划: a special feature; 本期: this issue; 图片来源: where the pictures come from)
  // above the writer's credit: none names the account that posted the article, so the source stays
  // the feed's (新浪财经); the line stays as printed and the writer is read.
  for (const [lines, author] of [
    [['3月30日', '作   者 | 董道力'], '董道力'],
    [['2022年3月30日', '作者 | 张三'], '张三'],
    // 导语 (the lead's label) and 编者按 (the editor's note) open the article's front matter as 导读 does.
    [['导语', '作者 | 张三'], '张三'],
    [['编者按', '作者 | 张三'], '张三'],
    [['第128期', '作   者 | 董道力'], '董道力'],
    [['封面故事', '作者 | 张三'], '张三'],
    [['特别策划', '文 | 张三'], '张三'],
    [['封面故事 文 | 张三 李四'], '张三'],
    [['本期 文 | 张三'], '张三'],
    [['图片来源 文 | 张三'], '张三'],
  ] as const)
    it(lines.join(' / '), () => {
      const a = extract(seedPost(ps(...lines, P1, P2, P3)));
      expect(a.source).toBe('新浪财经');
      expect(a.authors).toContain(author);
      expect(a.text.split('\n\n')[0]).toBe(lines[0].replace(/ {3}/g, ' '));
    });
});

describe('attack24: an account’s name over its credits still names the source (passing)', () => {
  for (const [lines, source] of [
    [['DT财经', '作   者 | 董道力'], 'DT财经'],
    [['财经十一人 文 | 刘建中 陈汐 柳书琪'], '财经十一人'],
    [['36氪', '作者 | 张三'], '36氪'],
  ] as const)
    it(lines.join(' / '), () => expect(extract(seedPost(ps(...lines, P1, P2, P3))).source).toBe(source));
  it('the headline printed again over the credit names no source', () => {
    const a = extract(seedPost(ps('前三季度经济运行总体平稳', '作者 | 张三', P1, P2, P3)));
    expect([a.source, a.authors]).toEqual(['新浪财经', ['张三']]);
  });
});

describe('attack24: a full outlet name is no short form of a longer title opening with it (failing)', () => {
  // 新京报 is the paper's full name; 《新京报书评周刊》 is its book-review supplement, a title the
  // article cites. 证券时报 is the paper; 《证券时报网》 its website. 第一财经 names itself so;
  // 《第一财经日报》 is its daily paper. The reporter's outlet is the one the byline prints.
  for (const [byline, cite, source] of [
    ['新京报记者 张三', '据《新京报书评周刊》报道，该书首印十万册，上市一周即告售罄。', '新京报'],
    ['证券时报记者 张三', '据《证券时报网》此前报道，该公司去年营收同比增长两成。', '证券时报'],
    // Medium: 第一财经 and its daily are one group, but the byline names the group, not the paper.
    ['第一财经记者 张三', '据《第一财经日报》此前报道，该公司去年营收同比增长两成。', '第一财经'],
  ] as const)
    it(`${byline} + ${cite.slice(0, 12)}…`, () => {
      const a = extract(seedPost(ps(byline, P1, cite, P2)));
      expect(a.source).toBe(source);
      expect(a.authors).toEqual(['张三']);
    });
});

describe('attack24: a short form takes the full name printed in the article (passing)', () => {
  for (const [byline, cite, source] of [
    ['每经记者 张三', '《每日经济新闻》记者注意到，该公司去年营收同比增长两成。', '每日经济新闻'],
    ['经济日报记者 张三', '据《经济日报》报道，该公司去年营收同比增长两成。', '经济日报'],
    ['人民日报记者 张三', '《人民日报海外版》此前报道了这一消息。', '人民日报'],
    ['中新经纬记者 张三', '《中国新闻周刊》此前报道了这一消息。', '中新经纬'],
    ['上证报记者 张三', '据《上海证券报》报道，该公司去年营收同比增长两成。', '上海证券报'],
  ] as const)
    it(`${byline} + ${cite.slice(0, 12)}…`, () => expect(extract(seedPost(ps(byline, P1, cite, P2))).source).toBe(source));
});

describe('attack24: stock.printed-code: codes on different markets after a group or two names (failing)', () => {
  const names = (text: string) => printedStocks(text).map((s) => [s.code, s.name]);
  // 科技巨头 (tech giants) is a group: 00700.HK is 腾讯, BABA.N is 阿里巴巴, two companies. The
  // engine names both codes 科技巨头 (a dual listing, since the markets differ).
  it('科技巨头（00700.HK、BABA.N）股价走强。', () => expect(names('科技巨头（00700.HK、BABA.N）股价走强。')).toEqual([['hk00700', ''], ['usBABA', '']]));
  // Two companies joined by 和: neither code is named 腾讯和阿里巴巴.
  it('腾讯和阿里巴巴（00700.HK、BABA.N）', () => {
    for (const [, name] of names('腾讯和阿里巴巴（00700.HK、BABA.N）')) expect(name).not.toBe('腾讯和阿里巴巴');
  });
  // A conjunction before the company opens no name: the reader sees 比亚迪 and 腾讯.
  it('宁德时代（300750.SZ）与比亚迪（002594.SZ、01211.HK）', () =>
    expect(names('宁德时代（300750.SZ）与比亚迪（002594.SZ、01211.HK）')).toEqual([['sz300750', '宁德时代'], ['sz002594', '比亚迪'], ['hk01211', '比亚迪']]));
  it('阿里巴巴（09988.HK、BABA.N）和腾讯（00700.HK）', () =>
    expect(names('阿里巴巴（09988.HK、BABA.N）和腾讯（00700.HK）')).toEqual([['hk09988', '阿里巴巴'], ['usBABA', '阿里巴巴'], ['hk00700', '腾讯']]));
  it('the article names no stock 与比亚迪', () => {
    const a = extract(seedPost(ps(P1, '宁德时代（300750.SZ）与比亚迪（002594.SZ、01211.HK）发布公告。', P2)));
    expect(a.stocks.map((s) => s.name)).not.toContain('与比亚迪');
  });
  // Medium: an A share and a B share of one company trade on one exchange (张裕A 000869, 张裕B
  // 200869): the bracket is one company's listings, the name is the company's.
  it('张裕（000869.SZ、200869.SZ）', () => expect(names('张裕（000869.SZ、200869.SZ）')).toEqual([['sz000869', '张裕'], ['sz200869', '张裕']]));
});

describe('attack24: stock.printed-code: one company’s listings and groups on one market (passing)', () => {
  for (const [text, want] of [
    ['中国石油（601857.SH、00857.HK）和中国石化（600028.SH、00386.HK）', [['sh601857', '中国石油'], ['hk00857', '中国石油'], ['sh600028', '中国石化'], ['hk00386', '中国石化']]],
    ['中国神华(601088.SH/01088.HK)', [['sh601088', '中国神华'], ['hk01088', '中国神华']]],
    ['白酒龙头（600519.SH、000858.SZ）', [['sh600519', ''], ['sz000858', '']]],
    ['美团和小米（03690.HK、01810.HK）', [['hk03690', ''], ['hk01810', '']]],
    ['新能源车企（NIO.N、09866.HK、LI.O）', [['usNIO', ''], ['hk09866', ''], ['usLI', '']]],
  ] as const)
    it(text, () => expect(printedStocks(text).map((s) => [s.code, s.name])).toEqual(want));
});
