/**
 * Attack 23: four misreads of the engine's visibility and printed-code readers. A box whose display
 * ignores height (inline) or grows to its content (a table cell or row) is no collapsed box; boxes
 * moved off the page and back by a descendant leave the descendant's text on the page; a zero-high
 * box that clips on one axis (overflow-x:hidden makes overflow-y auto) shows nothing; and a bracket
 * of several codes on one market is no dual listing of the company named before it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { printedStocks } from '../../src/rules/stocks';
import { P1, P2, ps, seedPost } from '../support/seed-post';
import { atEachPlace, H, notShown, shown, V, type Article } from '../support/placed';
import { cpuTimed } from '../support/cpu-time';

/** Visible text anywhere in the article's text (a table cell is not a paragraph of its own). */
const inText = (a: Article) => expect(a.text).toContain(V);

describe('attack23: height and overflow do not collapse an inline box or a table cell (shown)', () => {
  for (const [name, html] of [
    ['a div displayed inline', `<div style="display:inline;height:0;overflow:hidden">${V}</div>`],
    ['a p displayed inline with max-height:0', `<p style="display:inline;max-height:0;overflow:hidden">${V}</p>`],
    ['a span displayed inline', `<span style="display:inline;height:0;overflow:hidden">${V}</span>`],
    ['an em', `<em style="height:0;overflow:hidden">${V}</em>`],
    ['a div displayed as a table cell', `<div style="display:table"><div style="display:table-cell;height:0;overflow:hidden">${V}</div></div>`],
  ] as const)
    atEachPlace(name, html, shown);
  for (const [name, html] of [
    ['a td', `<table><tr><td style="height:0;overflow:hidden">${V}</td></tr></table>`],
    ['a th', `<table><tr><th style="height:0;overflow:hidden">${V}</th></tr></table>`],
    ['a tr', `<table><tr style="height:0;overflow:hidden"><td>${V}</td></tr></table>`],
    ['a div displayed as a table row', `<div style="display:table"><div style="display:table-row;height:0;overflow:hidden"><div style="display:table-cell">${V}</div></div></div>`],
  ] as const)
    atEachPlace(name, html, inText);
});

describe('attack23: a box that honours its height still collapses (hidden)', () => {
  for (const [name, html] of [
    ['a span displayed inline-block', `<span style="display:inline-block;height:0;overflow:hidden">${H}</span>`],
    ['a div displayed inline-block', `<div style="display:inline-block;height:0;overflow:hidden">${H}</div>`],
    ['a span displayed block', `<span style="display:block;height:0;overflow:hidden">${H}</span>`],
    ['a td displayed block', `<table><tr><td style="display:block;height:0;overflow:hidden">${H}</td></tr></table>`],
    ['a div displayed flex', `<div style="display:flex;height:0;overflow:hidden"><p>${H}</p></div>`],
    ['a floated span', `<span style="float:left;height:0;overflow:hidden">${H}</span>`],
    ['a plain div', `<div style="height:0;overflow:hidden"><p>${H}</p></div>`],
  ] as const)
    atEachPlace(name, html, notShown);
});

describe('attack23: offsets that cancel out along the ancestors leave the text on the page (shown)', () => {
  for (const [name, html] of [
    ['translateX(-5000px) then translateX(5000px)', `<div style="transform:translateX(-5000px)"><div style="transform:translateX(5000px)"><p>${V}</p></div></div>`],
    ['translateX(-9999px) then translateX(9999px)', `<div style="transform:translateX(-9999px)"><div style="transform:translateX(9999px)"><p>${V}</p></div></div>`],
    ['left:-5000px then left:5000px (positioned)', `<div style="position:relative;left:-5000px"><p style="position:absolute;left:5000px">${V}</p></div>`],
    ['absolute left:-5000px then relative left:5000px', `<div style="position:absolute;left:-5000px"><p style="position:relative;left:5000px">${V}</p></div>`],
    ['margin-left:-5000px then margin-left:5000px', `<div style="margin-left:-5000px"><p style="margin-left:5000px">${V}</p></div>`],
    ['translateY(-5000px) then top:5000px', `<div style="transform:translateY(-5000px)"><p style="position:relative;top:5000px">${V}</p></div>`],
    ['two small offsets (-400px and -400px)', `<div style="margin-left:-400px"><p style="margin-left:-400px">${V}</p></div>`],
  ] as const)
    atEachPlace(name, html, shown);
  atEachPlace('the child moved back shows, its sibling left off the page does not', `<div style="transform:translateX(-5000px)"><p style="transform:translateX(5000px)">${V}</p><p>${H}</p></div>`, (a) => {
    shown(a);
    notShown(a);
  });
});

describe('attack23: offsets that do not cancel out keep the text off the page (hidden)', () => {
  for (const [name, html] of [
    ['moved back only part of the way', `<div style="transform:translateX(-5000px)"><p style="transform:translateX(2000px)">${H}</p></div>`],
    ['moved back on the other axis', `<div style="transform:translateY(-5000px)"><p style="transform:translateX(5000px)">${H}</p></div>`],
    ['an absolute child at its place in a box off the page', `<div style="position:absolute;left:-9999px"><p style="position:absolute;left:0">${H}</p></div>`],
    ['an absolute child without offsets', `<div style="position:absolute;left:-9999px"><p style="position:absolute">${H}</p></div>`],
    ['moved back, then off again', `<div style="transform:translateX(-5000px)"><div style="transform:translateX(5000px)"><p style="margin-left:-5000px">${H}</p></div></div>`],
    ['two offsets adding up (-600px and -600px)', `<div style="margin-left:-600px"><p style="margin-left:-600px">${H}</p></div>`],
    ['a child moved back inside a scale(0) box', `<div style="position:absolute;left:-5000px;transform:scale(0)"><p style="position:relative;left:5000px">${H}</p></div>`],
    ['a child moved back by a percentage (its own size)', `<div style="transform:translateX(-5000px)"><p style="transform:translateX(100%)">${H}</p></div>`],
  ] as const)
    atEachPlace(name, html, notShown);
});

describe('attack23: a zero-high box that clips on either axis shows nothing (hidden)', () => {
  for (const [name, html] of [
    ['height:0;overflow-x:hidden', `<div style="height:0;overflow-x:hidden"><p>${H}</p></div>`],
    ['height:0;overflow-x:hidden;overflow-y:visible', `<div style="height:0;overflow-x:hidden;overflow-y:visible"><p>${H}</p></div>`],
    ['height:0;overflow:hidden visible', `<div style="height:0;overflow:hidden visible"><p>${H}</p></div>`],
    ['height:0;overflow:auto', `<div style="height:0;overflow:auto"><p>${H}</p></div>`],
    ['height:0;overflow:scroll', `<div style="height:0;overflow:scroll"><p>${H}</p></div>`],
    ['height:0;overflow-x:scroll', `<div style="height:0;overflow-x:scroll"><p>${H}</p></div>`],
    ['max-height:0;overflow-x:auto', `<div style="max-height:0;overflow-x:auto"><p>${H}</p></div>`],
    ['width:0;overflow-y:hidden', `<div style="width:0;overflow-y:hidden"><p>${H}</p></div>`],
  ] as const)
    atEachPlace(name, html, notShown);
});

describe('attack23: a zero-high box that does not clip vertically, or that the page sizes, shows (shown)', () => {
  for (const [name, html] of [
    ['height:0;overflow-x:clip (clip does not force the other axis)', `<div style="height:0;overflow-x:clip"><p>${V}</p></div>`],
    ['height:0;overflow:clip visible', `<div style="height:0;overflow:clip visible"><p>${V}</p></div>`],
    ['height:0;overflow:visible', `<div style="height:0;overflow:visible"><p>${V}</p></div>`],
    ['height:0;overflow-x:hidden;min-height:40px', `<div style="height:0;overflow-x:hidden;min-height:40px"><p>${V}</p></div>`],
    ['height:0;overflow-x:hidden;padding-bottom:56.25%', `<div style="height:0;overflow-x:hidden;padding-bottom:56.25%"><p>${V}</p></div>`],
    ['a span with height:0;overflow-x:hidden', `<span style="height:0;overflow-x:hidden">${V}</span>`],
    ['a td with height:0;overflow:auto', `<table><tr><td style="height:0;overflow:auto"><p>${V}</p></td></tr></table>`],
  ] as const)
    atEachPlace(name, html, (a) => expect(a.text).toContain(V));
  it('a fold opened by 展开全文 (height:0;overflow-x:hidden)', () => {
    const a = extract(seedPost(ps(P1, `<div style="height:0;overflow-x:hidden"><p>${V}</p></div>`, '<p class="unfold">展开全文</p>', P2)));
    expect(a.text).toContain(V);
  });
});

describe('attack23: stock.printed-code: several codes on one market in one bracket are no dual listing', () => {
  for (const [text, want] of [
    ['国有大行（601398.SH、601939.SH、601288.SH）加大了信贷投放力度。', [['sh601398', ''], ['sh601939', ''], ['sh601288', '']]],
    ['招商银行（600036.SH、601318.SH）', [['sh600036', ''], ['sh601318', '']]],
    ['两家银行（600036.SH、000001.SZ）', [['sh600036', ''], ['sz000001', '']]],
    ['港股科技股（00700.HK、03690.HK）走强。', [['hk00700', ''], ['hk03690', '']]],
    ['中概股（BABA.N、JD.O）盘前上涨。', [['usBABA', ''], ['usJD', '']]],
    // A dual listing and a third code on a market already named: no one company's listings.
    ['中国平安（601318.SH、02318.HK、600036.SH）', [['sh601318', ''], ['hk02318', ''], ['sh600036', '']]],
  ] as const)
    it(text, () => expect(printedStocks(text).map((s) => [s.code, s.name])).toEqual(want));
  it('the article names no stock after the group’s words', () => {
    const a = extract(seedPost(ps(P1, '国有大行（601398.SH、601939.SH、601288.SH）加大了信贷投放力度。', '招商银行（600036.SH、601318.SH）发布公告。', P2)));
    expect(a.stocks.map((s) => s.name)).not.toContain('国有大行');
    expect(a.stocks).not.toContainEqual(expect.objectContaining({ code: 'sh601318', name: '招商银行' }));
    expect(a.stocks.map((s) => s.code)).toEqual(expect.arrayContaining(['sh601398', 'sh601939', 'sh601288', 'sh600036', 'sh601318']));
  });
});

describe('attack23: stock.printed-code: a dual listing names one company on different markets (passing)', () => {
  for (const [text, want] of [
    ['中国平安（601318.SH、02318.HK）发布年报。', [['sh601318', '中国平安'], ['hk02318', '中国平安']]],
    ['比亚迪（002594.SZ/01211.HK）', [['sz002594', '比亚迪'], ['hk01211', '比亚迪']]],
    ['中芯国际（688981.SH；00981.HK）', [['sh688981', '中芯国际'], ['hk00981', '中芯国际']]],
    ['百度（BIDU.O、09888.HK）', [['usBIDU', '百度'], ['hk09888', '百度']]],
    ['中国石油（601857.SH、00857.HK、PTR.N）', [['sh601857', '中国石油'], ['hk00857', '中国石油'], ['usPTR', '中国石油']]],
    ['航天电子（600879.SH）今日涨停。', [['sh600879', '航天电子']]],
  ] as const)
    it(text, () => expect(printedStocks(text).map((s) => [s.code, s.name])).toEqual(want));
});

describe('attack23: offsets summed over hostile nesting finish fast (passing)', () => {
  /** CPU time: a bound on the work, not on a loaded machine's wall clock. */
  const timed = (body: string): [Article, number] => cpuTimed(() => extract(seedPost(body)));
  // 200 levels: past the tree's depth cap (limits.ts domDepth, as a browser's parser) elements are
  // attached at the cap, no longer inside the boxes that move them.
  it('200 boxes moved off and back in turn: the text on the page stays, the text off it goes', () => {
    let html = '';
    for (let i = 0; i < 200; i++) html += `<div style="transform:translateX(${i % 2 ? 5000 : -5000}px)">${i % 2 ? `<p>第${i}段${V}</p>` : `<p>第${i}段${H}</p>`}`;
    html += '</div>'.repeat(200);
    const [a, ms] = timed(ps(P1, html, P2));
    expect(a.text).toContain(`第199段${V}`);
    expect(a.text).toContain(`第1段${V}`);
    expect(a.text).not.toContain(H);
    expect(ms).toBeLessThan(3000);
  });
  it('5,000 paragraphs in a box off the page, the last moved back', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `<p>第${i}段${H}</p>`).join('');
    const [a, ms] = timed(ps(P1, `<div style="position:absolute;left:-9999px">${lines}<p style="position:relative;left:9999px">${V}</p></div>`, P2));
    expect(a.text).toContain(V);
    expect(a.text).not.toContain(H);
    expect(ms).toBeLessThan(3000);
  });
});
