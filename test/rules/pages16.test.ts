/**
 * Body structure: what a browser shows of a post's lines (hidden text never reaches the Article,
 * visible text is never lost) and how a line is set (heading or paragraph), each on a small
 * variant of a real post's shape.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { boxHiddenBy, ownFontSize } from '../../src/engine/visibility';
import { hasHue } from '../../src/engine/blocks';
import { BARE_NAME_FIRST, COLOURED_SUBHEAD, INTERVIEW_QUESTION, SPEAKER_LABEL, TWO_LINE_SUBHEAD } from '../../src/rules/lines';
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

describe('text-indent moves the first line off the page, not the lines after it', () => {
  it('a box with text-indent:-9999px goes, its inline picture with it', () => {
    const a = around(`<p style="text-indent:-9999px;overflow:hidden">${LINE}<img src="${PIC}"></p>`);
    expect([paras(a), a.blocks.filter((b) => b.type === 'image').length]).toEqual([[P1, P2, P3], 0]);
  });
  it('a paragraph inside that sets its own indent (text-indent:2em) shows', () => {
    expect(paras(around(`<div style="text-indent:-9999px"><p style="text-indent:2em">${SHOWN}</p></div>`))).toEqual([P1, SHOWN, P2, P3]);
  });
  it('a line after a <br> shows (the box is kept)', () => {
    expect(paras(around(`<p style="text-indent:-9999px">${SHOWN}<br>${SHOWN}</p>`)).join('\n')).toContain(SHOWN);
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
  it('boxHiddenBy: a box with a height of its own, and boxes moved off the page another way', () => {
    expect(['height:0;min-height:40px;overflow:hidden', 'height:0;padding-bottom:56.25%;overflow:hidden;position:relative', 'height:0;padding:0 0 75%;overflow:hidden', 'width:0;min-width:300px;overflow:hidden', 'position:relative;left:-20px', 'transform:translateX(-100px)', 'transform:translate(-50%, -50%)', 'text-indent:2em', 'text-indent:-2em', 'text-indent:-100%', 'margin-left:-100%', 'content-visibility:auto'].map(boxHiddenBy)).toEqual(Array(12).fill(null));
    expect(['height:0;padding-top:20px;overflow:hidden', 'height:0;min-height:0;overflow:hidden', 'transform:translateX(-9999px)', 'transform: translate(-9999px, 0)', 'transform:translate3d(0,-9999px,0)', 'translate:-9999px', 'position:relative;left:-9999px', 'margin-left:-9999px', 'text-indent:-9999px;overflow:hidden', 'content-visibility:hidden'].map(boxHiddenBy)).toEqual(['collapsed', 'collapsed', 'offscreen', 'offscreen', 'offscreen', 'offscreen', 'offscreen', 'offscreen', 'indent', 'content']);
  });
  it('ownFontSize: a size set by a function', () => {
    expect(['font-size:calc(14px + 2px)', 'font-size:clamp(14px, 2vw, 18px)', 'font-size:max(1em, 12px)', 'font-size:calc(1rem + 0.5vw)', 'font-size:var(--text-size)', 'font-size:calc(1.2em)', 'font-size:calc(100% + 0em)', 'font-size:calc(0px)'].map(ownFontSize)).toEqual(['shown', 'shown', 'shown', 'shown', 'shown', 'relative', 'relative', 'zero']);
  });
  it('ownFontSize', () => {
    expect(['font-size:0', 'font-size:0px', 'font-size:0em', 'font: 0/0 a', 'font-size:14px', 'font-size:1rem', 'font-size:small', 'font-size:1.2em', 'font-size:120%', 'font-size:smaller', 'font-weight:bold', undefined].map(ownFontSize)).toEqual(['zero', 'zero', 'zero', 'zero', 'shown', 'shown', 'shown', 'relative', 'relative', 'relative', null, null]);
  });
});

describe('block.interview-question: an interview’s bold question is a paragraph of the exchange, its answer its own paragraph', () => {
  const b = (t: string) => `<p><strong>${t}</strong></p>`;
  const types = (a: ReturnType<typeof extract>) => a.blocks.map((x) => `${x.type}:${'text' in x ? x.text : ''}`);
  const ANSWER = '吴先生：2006年我大学毕业，先后在浙江杭州和广东工作，当时月收入仅800元，日子过得比较拮据。';
  for (const q of ['问：今年经济增长目标为何定在6%以上？', '问：请介绍一下今年的工作重点', 'Q：您如何看待今年的行情？', 'Q2：明年的配置思路是什么？', '记者：这一政策对房价会有什么影响？', '主持人：您怎么看？', '澎湃新闻：最初为何会想到开一家免费馒头店呢？', '《财经》：你们的资金来自哪里？', '中国基金报记者：明年的配置思路是什么？'])
    it(`<strong>${q}</strong> is a paragraph; the answer after it stays its own paragraph`, () => {
      const a = extract(seedPost(ps(P1) + b(q) + ps(ANSWER, P2)));
      expect(types(a)).toEqual([`paragraph:${P1}`, `paragraph:${q}`, `paragraph:${ANSWER}`, `paragraph:${P2}`]);
      expect(a.markdown).toContain(`\n\n${q}\n\n${ANSWER}\n\n`);
      expect(a.markdown).not.toContain(`## ${q}`);
    });
  it('<b>记者：…？</b> (b, not strong) is a paragraph', () => {
    const a = extract(seedPost(ps(P1) + '<p><b>记者：这一政策对房价会有什么影响？</b></p>' + ps('答：短期影响有限。', P2)));
    expect(a.blocks[1]).toEqual({ type: 'paragraph', text: '记者：这一政策对房价会有什么影响？' });
  });
  it('a bold question and its answer split by <br> in one paragraph are two paragraphs', () => {
    const a = extract(seedPost(ps(P1) + '<p><strong>问：为什么扩散在长距离上很慢？</strong><br>答：扩散时间与距离的平方成正比。</p>' + ps(P2)));
    expect(types(a)).toEqual([`paragraph:${P1}`, 'paragraph:问：为什么扩散在长距离上很慢？', 'paragraph:答：扩散时间与距离的平方成正比。', `paragraph:${P2}`]);
  });
  it('unlabelled bold questions answered by 答： are paragraphs', () => {
    const a = extract(seedPost(ps(P1) + b('明年的配置思路是什么？') + ps('答：以稳为主，兼顾成长。') + b('如何看待消费板块？') + ps('答：长期看好。', P2)));
    expect(a.blocks.filter((x) => x.type === 'heading')).toEqual([]);
  });
  it('unlabelled bold questions each answered by the same speaker are paragraphs; the section heading above them stays', () => {
    const a = extract(seedPost(ps(P1) + b('对话“永恒阳光馒头店”老板') + b('最初为何会想到开一家免费馒头店呢？') + ps(ANSWER) + b('开店的成本每月大约是多少？') + ps('吴先生：每月店租最开始是三千，后来房东知道我是在免费送馒头，就少了五百。', P2)));
    expect(a.blocks.filter((x) => x.type === 'heading').map((x) => (x as { text: string }).text)).toEqual(['对话“永恒阳光馒头店”老板']);
  });
  it('in an interview with labelled questions, an unlabelled bold question is a paragraph too', () => {
    const a = extract(seedPost(ps(P1) + b('澎湃新闻：最初为何会想到开一家免费馒头店呢？') + ps(ANSWER) + b('那么未来呢？') + ps('未来可能会继续做公益。', P2)));
    expect(a.blocks.filter((x) => x.type === 'heading')).toEqual([]);
  });
  it('--explain names the rule', () => {
    const a = extract(seedPost(ps(P1) + b('问：今年经济增长目标为何定在6%以上？') + ps(P2)), { trace: true });
    expect(a.trace!.some((t) => t.rule === 'block.interview-question' && t.text === '问：今年经济增长目标为何定在6%以上？')).toBe(true);
  });

  // What must stay a heading: question-headings of a speech or an analysis, topic labels, sections.
  const headings = [
    '四季度会如何？',
    '考验民族很重要的一个时点到了，能不能咬得住？',
    '楼市：还会继续上涨吗？',
    '年报：业绩还能增长吗？',
    '互联网：还有哪些机会？',
    '问责机制如何落地？',
    '大城市人口增长为何放缓？',
    '对话“永恒阳光馒头店”老板',
    '专访：中国经济的韧性从何而来',
    '一、政策背景',
    'Q&A',
  ];
  for (const h of headings)
    it(`${h} (bold, alone, no interview around it) stays a heading`, () => {
      const a = extract(seedPost(ps(P1) + b(h) + ps(P2, P3)));
      expect(a.blocks[1]).toEqual({ type: 'heading', text: h });
    });
  it('question-headings each followed by a different institution’s view stay headings (not one speaker answering)', () => {
    const a = extract(seedPost(ps(P1) + b('四季度会如何？') + ps('中金公司：预计四季度经济增速小幅回落。') + b('明年怎么看？') + ps('中信证券：明年经济有望企稳回升。', P2)));
    expect(a.blocks.filter((x) => x.type === 'heading').length).toBe(2);
  });
  it('a question-heading followed by a line with a time (10:30) is no interview', () => {
    const a = extract(seedPost(ps(P1) + b('四季度会如何？') + ps('10:30，会议正式开始。') + b('明年怎么看？') + ps('10:30，会议正式开始。', P2)));
    expect(a.blocks.filter((x) => x.type === 'heading').length).toBe(2);
  });
});

describe('the interview rules’ examples', () => {
  for (const r of [INTERVIEW_QUESTION, SPEAKER_LABEL, TWO_LINE_SUBHEAD]) {
    for (const ex of r.examples.match) it(`${r.id} matches ${ex}`, () => expect(r.pattern.test(ex)).toBe(true));
    for (const ex of r.examples.noMatch) it(`${r.id} does not match ${ex}`, () => expect(r.pattern.test(ex)).toBe(false));
  }
});

describe('block.two-line-subhead: a subhead the page sets on two centred bold lines is one heading', () => {
  const cms = (t: string) => `<p cms-style="font-L align-Center">　　<font cms-style="font-L strong-Bold align-Center">${t}</font></p>`;
  const styled = (t: string) => `<p style="text-align: center;"><strong>${t}</strong></p>`;
  const headings = (a: ReturnType<typeof extract>) => a.blocks.filter((x) => x.type === 'heading').map((x) => (x as { text: string }).text);
  for (const [name, html] of [
    ['Sina CMS align-Center, two <p>', cms('营收和净利增幅') + cms('创历史同期最高水平')],
    ['text-align:center, two <p>', styled('营收和净利增幅') + styled('创历史同期最高水平')],
    ['align="center", two <p>', '<p align="center"><b>营收和净利增幅</b></p><p align="center"><b>创历史同期最高水平</b></p>'],
    ['<center>, one line split by <br>', '<center><strong>营收和净利增幅<br>创历史同期最高水平</strong></center>'],
    ['text-align:center, one <p> split by <br>', '<p style="text-align:center"><strong>营收和净利增幅</strong><br><strong>创历史同期最高水平</strong></p>'],
  ] as const)
    it(`${name}: one heading, the lines joined by a space`, () => {
      const a = extract(seedPost(ps(P1) + html + ps(P2)));
      expect(a.blocks).toEqual([{ type: 'paragraph', text: P1 }, { type: 'heading', text: '营收和净利增幅 创历史同期最高水平' }, { type: 'paragraph', text: P2 }]);
      expect(a.markdown).toContain('\n\n## 营收和净利增幅 创历史同期最高水平\n\n');
    });
  it('a first line ending in ， (emphasis alone) goes on in the second: one heading', () => {
    const a = extract(seedPost(ps(P1) + cms('2021年物价总体稳定在合理区间，') + cms('离不开政策支持') + ps(P2)));
    expect(a.blocks).toEqual([{ type: 'paragraph', text: P1 }, { type: 'heading', text: '2021年物价总体稳定在合理区间，离不开政策支持' }, { type: 'paragraph', text: P2 }]);
  });
  it('a centred bold line ending in ， before a paragraph stays a paragraph', () => {
    const a = extract(seedPost(ps(P1) + cms('2021年物价总体稳定在合理区间，') + ps(P2)));
    expect(a.blocks.map((x) => x.type)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
  it('no space after a line ending in 、', () => {
    expect(headings(extract(seedPost(ps(P1) + cms('春节期间市场供应充足、') + cms('物价平稳有保障') + ps(P2))))).toEqual(['春节期间市场供应充足、物价平稳有保障']);
  });
  it('--explain names the rule', () => {
    const a = extract(seedPost(ps(P1) + cms('八大行业业绩翻番') + cms('交通运输成黑马') + ps(P2)), { trace: true });
    expect(a.trace!.some((t) => t.rule === 'block.two-line-subhead' && t.text === '八大行业业绩翻番 交通运输成黑马')).toBe(true);
  });
  const apart: [string, string, string[]][] = [
    ['two bold lines not centred', '<p><strong>营收和净利增幅</strong></p><p><strong>创历史同期最高水平</strong></p>', ['营收和净利增幅', '创历史同期最高水平']],
    ['one centred, one not', cms('营收和净利增幅') + '<p><strong>创历史同期最高水平</strong></p>', ['营收和净利增幅', '创历史同期最高水平']],
    ['a paragraph between them', cms('营收和净利增幅') + ps(P3) + cms('创历史同期最高水平'), ['营收和净利增幅', '创历史同期最高水平']],
    ['the second opens a numbered section', cms('第一部分') + cms('一、政策背景'), ['第一部分', '一、政策背景']],
    ['the first asks a question', cms('四季度会如何？') + cms('多家机构给出预测'), ['四季度会如何？', '多家机构给出预测']],
    ['the two are longer than a subhead', cms('上半年A股公司累计实现总营收三十点五五万亿元同比增长二成六') + cms('累计实现净利润二点七六万亿元同比增长四成以上'), ['上半年A股公司累计实现总营收三十点五五万亿元同比增长二成六', '累计实现净利润二点七六万亿元同比增长四成以上']],
    ['an h2 then a centred bold line', '<h2 style="text-align:center">营收和净利增幅</h2>' + cms('创历史同期最高水平'), ['营收和净利增幅', '创历史同期最高水平']],
  ];
  for (const [name, html, want] of apart)
    it(`${name}: two headings`, () => {
      expect(headings(extract(seedPost(ps(P1) + html + ps(P2))))).toEqual(want);
    });
  it('three centred bold lines: no pair is joined, each stays its own', () => {
    expect(headings(extract(seedPost(ps(P1) + cms('营收和净利增幅') + cms('创历史同期最高水平') + cms('八大行业业绩翻番') + ps(P2))))).toEqual(['营收和净利增幅', '创历史同期最高水平', '八大行业业绩翻番']);
  });
  it('a centred bold sentence is emphasis, not a subhead line', () => {
    const a = extract(seedPost(ps(P1) + cms('营收和净利增幅双双创历史同期最高水平。') + cms('交通运输成黑马') + ps(P2)));
    expect(a.blocks.map((x) => x.type)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph']);
  });
});

describe('block.coloured-subhead: a short line set in a colour alone between paragraphs is a subhead', () => {
  const P4 = '分地区看，东部地区经济保持较快增长，中西部地区增速快于全国，东北地区经济企稳回升的态势更加明显。';
  const types = (a: ReturnType<typeof extract>) => a.blocks.map((x) => x.type);
  for (const [name, line] of [
    ['rgb() in a span (WeChat reprints)', '<p><span style="color: rgb(0, 112, 192);">券商板块估值处于历史低位</span></p>'],
    ['a hex colour', '<p><span style="color:#c00000">三大因素支撑后市</span></p>'],
    ['a short hex colour on the paragraph', '<p style="color:#f00">三大因素支撑后市</p>'],
    ['<font color>', '<p><font color="#0070c0">三大因素支撑后市</font></p>'],
    ['a named colour', '<p><span style="color: red">三大因素支撑后市</span></p>'],
    ['a question', '<p><span style="color: rgb(0, 112, 192);">明年的配置思路是什么？</span></p>'],
    ['a numbered section', '<p><span style="color: rgb(0, 112, 192);">01 行业景气度回升</span></p>'],
  ] as const)
    it(`${name}: a heading; markdown ## and --explain name it`, () => {
      const a = extract(seedPost(ps(P1) + line + ps(P2, P3)), { trace: true });
      expect(types(a)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
      expect(a.markdown).toMatch(/\n\n## \S/);
      expect(a.trace!.some((t) => t.rule === 'block.coloured-subhead')).toBe(true);
    });
  it('colour and bold: a heading (as before)', () => {
    expect(types(extract(seedPost(ps(P1) + '<p><span style="color: rgb(0, 112, 192);"><strong>券商板块估值处于历史低位</strong></span></p>' + ps(P2, P3))))).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
  });
  it('after a picture, before a paragraph: a heading', () => {
    expect(types(extract(seedPost(ps(P1) + `<p><img src="${PIC}"></p>` + '<p><span style="color:#c00000">三大因素支撑后市</span></p>' + ps(P2, P3))))).toEqual(['paragraph', 'image', 'heading', 'paragraph', 'paragraph']);
  });
  const stays: [string, string][] = [
    ['a coloured phrase inside a paragraph', `<p>${P4.slice(0, 20)}<span style="color:#c00000">三大因素支撑后市</span>${P4.slice(20)}</p>`],
    ['a coloured number', '<p><span style="color:red">+2.35%</span></p>'],
    ['a coloured one-word line', '<p><span style="color:red">重磅</span></p>'],
    ['a grey note (a hue-less colour)', '<p><span style="color:#888888">以上数据截至昨日收盘</span></p>'],
    ['a black line', '<p><span style="color: rgb(0, 0, 0);">券商板块估值处于历史低位</span></p>'],
    ['a coloured sentence', '<p><span style="color: rgb(0, 112, 192);">后面的课程会重点讨论怎么改善身体健康。</span></p>'],
    ['a coloured exclamation', '<p><span style="color:red">机会来了！</span></p>'],
    ['a coloured label line', '<p><span style="color:#c00000">市场观点：短期震荡为主</span></p>'],
    ['a coloured long line', `<p><span style="color:#c00000">${P4.slice(0, 35)}</span></p>`],
    ['a line half coloured', '<p><span style="color:#c00000">三大因素</span>支撑后市</p>'],
  ];
  for (const [name, line] of stays)
    it(`${name}: stays a paragraph`, () => {
      expect(types(extract(seedPost(ps(P1) + line + ps(P2, P3))))).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    });
  it('a coloured phrase in a paragraph keeps the paragraph whole', () => {
    const a = extract(seedPost(ps(P1) + `<p>${P4.slice(0, 20)}<span style="color:#c00000">三大因素支撑后市</span>${P4.slice(20)}</p>` + ps(P2)));
    expect(a.blocks[1]).toEqual({ type: 'paragraph', text: `${P4.slice(0, 20)}三大因素支撑后市${P4.slice(20)}` });
  });
  it('two coloured lines in a row stay paragraphs (a coloured passage, not a subhead)', () => {
    expect(types(extract(seedPost(ps(P1) + '<p><span style="color:red">三大因素支撑后市</span></p><p><span style="color:red">券商板块估值处于历史低位</span></p>' + ps(P2))))).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });
  it('a coloured line in a list of short lines stays a paragraph', () => {
    expect(types(extract(seedPost(ps(P1, '1-7月累计', '收入137716亿元') + '<p><span style="color:red">同比增长百分之二十</span></p>' + ps('全国政府性基金预算', P2))))).toEqual(Array(6).fill('paragraph'));
  });
  it('a coloured first or last line stays a paragraph (not between paragraphs)', () => {
    expect(types(extract(seedPost('<p><span style="color:red">三大因素支撑后市</span></p>' + ps(P1, P2))))[0]).toBe('paragraph');
    expect(types(extract(seedPost(ps(P1, P2) + '<p><span style="color:red">三大因素支撑后市</span></p>'))).at(-1)).toBe('paragraph');
  });
  for (const ex of COLOURED_SUBHEAD.examples.match) it(`the shape of a subhead: ${ex}`, () => expect(COLOURED_SUBHEAD.pattern.test(ex)).toBe(true));
  for (const ex of COLOURED_SUBHEAD.examples.noMatch) it(`not the shape of a subhead: ${ex}`, () => expect(COLOURED_SUBHEAD.pattern.test(ex)).toBe(false));
  it('hasHue', () => {
    expect(['red', '#c00000', '#f00', 'rgb(0, 112, 192)', 'rgba(192,0,0,1)', 'black', '#888', '#333333', 'rgb(0, 0, 0)', 'gray', 'inherit'].map(hasHue)).toEqual([true, true, true, true, true, false, false, false, false, false, false]);
  });
});

describe('the coloured-subhead fixture', () => {
  it(`${COLOURED_SUBHEAD.fixture}: its two colour-only subheads are headings, its paragraphs paragraphs`, () => {
    const html = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', COLOURED_SUBHEAD.fixture), 'utf8');
    const a = extract(html);
    expect(a.blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph', 'heading', 'paragraph']);
    expect(a.blocks.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text)).toEqual(['员工持股计划资金大增', '洛阳钼业只为高管“开放”']);
  });
});

describe('byline.bare-name-first: the writer’s bare name alone above the lead is the byline', () => {
  const CREDIT = '（作者：张小明）';
  const first = (body: string) => extract(seedPost(body), { trace: true });
  for (const [name, line] of [['plain', '<p>　　张小明</p>'], ['bold', '<p><strong>张小明</strong></p>'], ['spaced', '<p>　　张 小 明</p>']] as const)
    it(`${name}: a paragraph that stays in the text, --explain names it a byline; the authors come from the credit`, () => {
      const a = first(line + ps(P1, P2, CREDIT));
      expect(a.blocks[0]!.type).toBe('paragraph');
      expect(a.authors).toEqual(['张小明']);
      expect(a.trace!.some((t) => t.rule === 'byline.bare-name-first')).toBe(true);
    });
  it(`the fixture ${BARE_NAME_FIRST.fixture}: the bold name is no heading`, () => {
    const a = extract(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', BARE_NAME_FIRST.fixture), 'utf8'));
    expect([a.blocks[0], a.authors]).toEqual([{ type: 'paragraph', text: '周潇枭' }, ['周潇枭']]);
  });
  const untouched: [string, string][] = [
    ['another person’s name', '<p><strong>李四</strong></p>'],
    ['a one-word heading', '<p><strong>导读</strong></p>'],
    ['a short word', '<p>　　前言</p>'],
  ];
  for (const [name, line] of untouched)
    it(`${name} first: left as it was (never dropped, no byline)`, () => {
      const a = first(line + ps(P1, P2, CREDIT));
      const before = extract(seedPost(line + ps(P1, P2)));
      expect(a.blocks[0]).toEqual(before.blocks[0]);
      expect(a.trace!.some((t) => t.rule === 'byline.bare-name-first')).toBe(false);
    });
  it('a bare name with no credit naming it stays as it was (no author invented)', () => {
    const a = first('<p><strong>张小明</strong></p>' + ps(P1, P2));
    expect([a.authors, a.text.split('\n\n')[0]]).toEqual([[], '张小明']);
  });
  for (const ex of BARE_NAME_FIRST.examples.match) it(`a name's shape: ${ex}`, () => expect(BARE_NAME_FIRST.pattern.test(ex)).toBe(true));
  for (const ex of BARE_NAME_FIRST.examples.noMatch) it(`not a name's shape: ${ex}`, () => expect(BARE_NAME_FIRST.pattern.test(ex)).toBe(false));
});
