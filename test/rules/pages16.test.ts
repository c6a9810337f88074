/**
 * Body structure: what a browser shows of a post's lines (hidden text never reaches the Article,
 * visible text is never lost) and how a line is set (heading or paragraph), each on a small
 * variant of a real post's shape.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { boxHiddenBy, ownFontSize } from '../../src/engine/visibility';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';

const paras = (a: ReturnType<typeof extract>) => a.text.split('\n\n');
const PIC = 'https://n.sinaimg.cn/spider20211127/525/w802h523/20211127/3962-b086c0c261a0326e76c9bef73862829b.png';
const LINE = '这一句是读者看不见的隐藏文字，不应进入正文。';
const SHOWN = '这一句是读者看得见的正文，必须保留下来。';

/** The post with `html` between its first and second paragraphs. */
const around = (html: string) => extract(seedPost(ps(P1) + html + ps(P2, P3)));

describe('hidden text: a box a browser draws nothing of is no text', () => {
  const hidden: [string, string][] = [
    ['font-size:0', `<p style="font-size:0">${LINE}</p>`],
    ['font-size:0 on a paragraph, the text in a plain span', `<p style="font-size:0px"><span>${LINE}</span></p>`],
    ['font-size:0 on a span inside a paragraph', `<p>${P2.slice(0, 0)}<span style="font-size:0">${LINE}</span></p>`],
    ['font-size:0 with a relative size inside (1.2em of nothing)', `<div style="font-size:0"><p style="font-size:1.2em">${LINE}</p></div>`],
    ['font-size:0 with a percentage inside', `<div style="font-size: 0pt"><span style="font-size:120%">${LINE}</span></div>`],
    ['the font shorthand at size 0 (font:0/0 a)', `<div style="font:0/0 a">${LINE}</div>`],
    ['height:0 with overflow:hidden', `<div style="height:0;overflow:hidden"><p>${LINE}</p></div>`],
    ['height:1px with overflow:hidden', `<div style="height:1px; overflow: hidden;"><p>${LINE}</p></div>`],
    ['max-height:0 with overflow-y:hidden', `<div style="max-height:0px;overflow-y:hidden"><p>${LINE}</p></div>`],
    ['width:0 with overflow:hidden', `<div style="width:0;overflow:hidden"><p>${LINE}</p></div>`],
    ['opacity:0', `<p style="opacity:0">${LINE}</p>`],
    ['opacity:0 with an opaque child (opacity multiplies)', `<div style="opacity:0"><p style="opacity:1">${LINE}</p></div>`],
    ['filter:opacity(0)', `<p style="filter:opacity(0)">${LINE}</p>`],
    ['position:absolute; left:-9999px', `<p style="position:absolute;left:-9999px">${LINE}</p>`],
    ['position:fixed; top:-10000px', `<p style="position:fixed; top:-10000px">${LINE}</p>`],
    ['the screen-reader-only box (1px, clip:rect(0 0 0 0))', `<span style="position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0)">${LINE}</span>`],
    ['clip:rect(0,0,0,0) on an absolute box', `<span style="position:absolute;clip:rect(0,0,0,0)">${LINE}</span>`],
    ['clip-path:inset(50%)', `<p style="clip-path:inset(50%)">${LINE}</p>`],
    ['clip-path:circle(0)', `<p style="clip-path:circle(0)">${LINE}</p>`],
    ['transform:scale(0)', `<p style="transform:scale(0)">${LINE}</p>`],
    ['visibility:hidden with a visible child: the rest stays hidden', `<div style="visibility:hidden"><p style="visibility:visible">${SHOWN}</p><p>${LINE}</p></div>`],
  ];
  for (const [name, html] of hidden)
    it(`${name}: its text is not in the Article, the post's paragraphs are`, () => {
      const a = around(html);
      expect([a.text.includes(LINE), a.text.includes(P1), a.text.includes(P2), a.text.includes(P3)]).toEqual([false, true, true, true]);
      expect(a.markdown.includes(LINE)).toBe(false);
    });

  const shown: [string, string][] = [
    ['font-size:0 with a child that sets its own size (px)', `<p style="font-size:0"><span style="font-size:16px">${SHOWN}</span></p>`],
    ['font-size:0 with a child that sets a rem size', `<div style="font-size:0"><p style="font-size:1rem">${SHOWN}</p></div>`],
    ['font-size:0 with a child that sets a keyword size', `<div style="font-size:0"><p style="font-size:medium">${SHOWN}</p></div>`],
    // The page's stylesheet sizes the body's paragraphs (Sina's article CSS): a paragraph or a classed element inside may show.
    ['font-size:0 on a div, a paragraph inside (the stylesheet may size it)', `<div style="font-size:0px"><p>${SHOWN}</p></div>`],
    ['font-size:0 on a div, a classed span inside', `<div style="font-size:0"><span class="txt">${SHOWN}</span></div>`],
    ['font-size:0 then a later font-size in the same style', `<p style="font-size:0;font-size:15px">${SHOWN}</p>`],
    ['height:0 without overflow:hidden (the text overflows and shows)', `<div style="height:0"><p>${SHOWN}</p></div>`],
    ['height:0 with overflow:visible', `<div style="height:0;overflow:visible"><p>${SHOWN}</p></div>`],
    ['height:20px with overflow:hidden (a small box shows its first line)', `<div style="height:20px;overflow:hidden"><p>${SHOWN}</p></div>`],
    ['line-height:0 (the line overlaps, it is not hidden)', `<p style="line-height:0">${SHOWN}</p>`],
    ['opacity:0.5', `<p style="opacity:0.5">${SHOWN}</p>`],
    ['opacity:1', `<p style="opacity:1">${SHOWN}</p>`],
    ['position:relative; left:-20px', `<p style="position:relative;left:-20px">${SHOWN}</p>`],
    ['left:-9999px without a position (no effect on a static box)', `<p style="left:-9999px">${SHOWN}</p>`],
    ['text-indent:2em', `<p style="text-indent:2em">${SHOWN}</p>`],
    ['clip:rect(0 0 0 0) on a static box (clip needs a positioned box)', `<p style="clip:rect(0 0 0 0)">${SHOWN}</p>`],
    ['transform:scale(1.5)', `<p style="transform:scale(1.5)">${SHOWN}</p>`],
    ['font-size:14px', `<p style="font-size:14px">${SHOWN}</p>`],
    ['margin-left:-2em', `<p style="margin-left:-2em">${SHOWN}</p>`],
  ];
  for (const [name, html] of shown)
    it(`${name}: its text stays`, () => {
      expect(paras(around(html))).toEqual([P1, SHOWN, P2, P3]);
    });

  it('a picture inside a font-size:0 box stays (pictures have no font size)', () => {
    const a = around(`<p style="font-size:0"><img src="${PIC}"> </p>`);
    expect(a.blocks.filter((b) => b.type === 'image').length).toBe(1);
  });

  it('font-size:0: only the child with its own size shows, the rest of the line goes', () => {
    const a = around(`<p style="font-size:0px"><span style="font-size:16px">${SHOWN}</span>${LINE}</p>`);
    expect(paras(a)).toEqual([P1, SHOWN, P2, P3]);
  });

  it('--explain names the rule that took the text out', () => {
    const a = extract(seedPost(ps(P1) + `<p style="font-size:0">${LINE}</p><div style="height:0;overflow:hidden"><p>${LINE}</p></div><p style="opacity:0">${LINE}</p>` + ps(P2)), { trace: true });
    const rules = a.trace!.filter((t) => t.stage === 'strip' && t.rule.startsWith('hidden.')).map((t) => t.rule);
    expect(rules).toEqual(['hidden.font-size', 'hidden.collapsed', 'hidden.opacity']);
  });
});

describe('a folded body (height:0 and overflow:hidden, opened by a 展开全文 control) is the article', () => {
  // A fold a reader opens: the collapsed box, then the control the page prints (fold.expand-control).
  for (const control of ['展开全文', '展开阅读全文', '点击展开全文 ∨', '<a href="javascript:;">展开全文</a><i>﹀</i>', '展开剩余85%'])
    it(`the text under the fold stays when ${control} follows it; the control goes`, () => {
      const a = around(`<div class="fold" style="height:0;overflow:hidden"><p>${SHOWN}</p></div><div class="look-more">${control}</div>`);
      expect(paras(a)).toEqual([P1, SHOWN, P2, P3]);
    });
  it('the control may close the fold’s wrapper: it follows the collapsed box a level up', () => {
    const a = around(`<section><div style="max-height:0;overflow:hidden"><p>${SHOWN}</p></div></section><p class="unfold">展开全文</p>`);
    expect(paras(a)).toEqual([P1, SHOWN, P2, P3]);
  });
  it('a collapsed box with no control after it is hidden (nothing opens it)', () => {
    expect(paras(around(`<div style="height:0;overflow:hidden"><p>${LINE}</p></div>`))).toEqual([P1, P2, P3]);
  });
  it('a collapsed box followed by a sentence that mentions 展开全文 is not a fold', () => {
    const sentence = '委员会随后对报告展开全文审议，并提出了修改意见。';
    expect(paras(around(`<div style="height:0;overflow:hidden"><p>${LINE}</p></div>${ps(sentence)}`))).toEqual([P1, sentence, P2, P3]);
  });
  it('a box hidden otherwise (opacity:0) before a 展开全文 control is still hidden', () => {
    expect(paras(around(`<div style="opacity:0"><p>${LINE}</p></div><div>展开全文</div>`))).toEqual([P1, P2, P3]);
  });
});

describe('the style reads', () => {
  it('boxHiddenBy', () => {
    expect(['opacity:0', 'opacity: 0.0', 'height:0;overflow:hidden', 'overflow:hidden;max-height:0', 'position:absolute;left:-9999px', 'clip-path: inset(50%)', 'transform: scale(0)'].map(boxHiddenBy)).toEqual(['opacity', 'opacity', 'collapsed', 'collapsed', 'offscreen', 'clip', 'scale']);
    expect(['opacity:0.01', 'height:0', 'height:0;overflow:visible', 'height:0;overflow:hidden;height:auto', 'left:-9999px', 'position:absolute;left:-10px', 'clip-path:inset(10%)', 'transform:scale(0.5)', 'color:red'].map(boxHiddenBy)).toEqual(Array(9).fill(null));
  });
  it('ownFontSize', () => {
    expect(['font-size:0', 'font-size:0px', 'font-size:0em', 'font: 0/0 a', 'font-size:14px', 'font-size:1rem', 'font-size:small', 'font-size:1.2em', 'font-size:120%', 'font-size:smaller', 'font-weight:bold', undefined].map(ownFontSize)).toEqual(['zero', 'zero', 'zero', 'zero', 'shown', 'shown', 'shown', 'relative', 'relative', 'relative', null, null]);
  });
});
