/**
 * Attack 21: the rules since 726ddeb on visibility (strip: font-size:0, collapsed boxes, opacity,
 * clips, off-page boxes), block.interview-question, block.two-line-subhead, block.coloured-subhead
 * and byline.bare-name-first, against shapes pages16.test.ts does not try. The "passing" groups
 * pass; the groups that failed as of ae12c62 (named for what they now check) were fixed after it.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';
import { atEachPlace, H, notShown, shape, shown, V } from '../support/placed';


describe('attack21: visibility keeps what a browser draws (passing)', () => {
  for (const [name, html] of [
    ['a font shorthand sizing the child of a font-size:0 box', `<div style="font-size:0"><span style="font:16px/1.5 'Microsoft YaHei'">${V}</span></div>`],
    ['a font shorthand with a weight', `<div style="font-size:0"><span style="font: bold 16px 微软雅黑">${V}</span></div>`],
    ['an upper-case unit (14PX)', `<div style="font-size:0"><span style="font-size: 14PX">${V}</span></div>`],
    ['a rem size', `<div style="font-size:0"><span style="font-size:1rem">${V}</span></div>`],
    ['height:0 with overflow:visible', `<div style="height:0;overflow:visible"><p>${V}</p></div>`],
    ['opacity:0.01', `<p style="opacity:0.01">${V}</p>`],
    ['left:-100px (partly on the page)', `<p style="position:absolute;left:-100px">${V}</p>`],
    ['clip:auto', `<p style="position:absolute;clip:auto">${V}</p>`],
    ['clip on a box that is not positioned', `<p style="clip:rect(0 0 0 0)">${V}</p>`],
    ['a later height:auto', `<div style="height:0;height:auto;overflow:hidden"><p>${V}</p></div>`],
    ['a later left:0', `<p style="position:absolute;left:-9999px;left:0">${V}</p>`],
    ['the caption outside an opacity:0 !important picture wrapper', `<div style="opacity: 0 !important"><img src="https://n.sinaimg.cn/a.jpg"></div><p>${V}</p>`],
  ] as const)
    atEachPlace(name, html, shown);
});

describe('attack21: visibility hides what a browser does not draw (passing)', () => {
  for (const [name, html] of [
    ['a child opacity:1 under opacity:0', `<div style="opacity:0"><p style="opacity:1">${H}</p></div>`],
    ['font-size:0px', `<span style="font-size:0px">${H}</span>`],
    ['font-size:0pt', `<span style="font-size:0pt">${H}</span>`],
    ['font-size:0em', `<span style="font-size:0em">${H}</span>`],
    ['an em child of font-size:0', `<div style="font-size:0"><span style="font-size:1.2em">${H}</span></div>`],
    ['line-height:0;height:0;overflow:hidden', `<div style="line-height:0;height:0;overflow:hidden"><p>${H}</p></div>`],
    ['upper-case HEIGHT:0;OVERFLOW:HIDDEN', `<div STYLE="HEIGHT:0;OVERFLOW:HIDDEN"><p>${H}</p></div>`],
    ['a style with comments', `<div style="height:/*x*/0;overflow:/* y */hidden"><p>${H}</p></div>`],
    ['a style with odd spacing', `<div style="  height :  0  ;  overflow :   hidden  "><p>${H}</p></div>`],
    ['opacity:0%', `<p style="opacity:0%">${H}</p>`],
    ['clip:rect(1px,1px,1px,1px)', `<p style="position:absolute;clip:rect(1px,1px,1px,1px)">${H}</p>`],
    ['font-size:0 !important over a later size', `<div style="font-size:0 !important;font-size:16px"><span>${H}</span></div>`],
  ] as const)
    atEachPlace(name, html, notShown);
});

describe('attack21: a box with a height of its own is not collapsed', () => {
  // min-height wins over height:0, and overflow:hidden clips at the padding edge: the aspect-ratio
  // wrapper (height:0; padding-bottom:56.25%) of a picture or a video shows all of it.
  atEachPlace('min-height:40px over height:0', `<div style="height:0;min-height:40px;overflow:hidden"><p>${V}</p></div>`, shown);
  atEachPlace('a padding-bottom aspect box', `<div style="height:0;padding-bottom:56%;overflow:hidden"><p>${V}</p></div>`, shown);
  atEachPlace(
    'a picture in a padding-bottom aspect box',
    '<div style="height:0;padding-bottom:56.25%;overflow:hidden;position:relative"><img src="https://n.sinaimg.cn/a.jpg" style="position:absolute;top:0;left:0;width:100%"></div>',
    (a) => expect(a.images.map((i) => i.src)).toEqual(['https://n.sinaimg.cn/a.jpg']),
  );
});

describe('attack21: a size set by a function under font-size:0 shows', () => {
  atEachPlace('calc(14px + 2px)', `<div style="font-size:0"><span style="font-size: calc(14px + 2px)">${V}</span></div>`, shown);
  atEachPlace('clamp(14px, 2vw, 18px)', `<div style="font-size:0"><span style="font-size: clamp(14px, 2vw, 18px)">${V}</span></div>`, shown);
});

describe('attack21: text moved or cut off the page another way is hidden', () => {
  for (const [name, html] of [
    ['transform:translateX(-9999px)', `<p style="transform:translateX(-9999px)">${H}</p>`],
    ['position:relative;left:-9999px', `<p style="position:relative;left:-9999px">${H}</p>`],
    ['text-indent:-9999px with overflow:hidden', `<p style="text-indent:-9999px;overflow:hidden;white-space:nowrap">${H}</p>`],
    ['content-visibility:hidden', `<div style="content-visibility:hidden"><p>${H}</p></div>`],
  ] as const)
    atEachPlace(name, html, notShown);
});

const B = (t: string) => `<p><strong>${t}</strong></p>`;
const C = (t: string) => `<p style="text-align:center"><strong>${t}</strong></p>`;
const K = (t: string) => `<p><span style="color:#c00000">${t}</span></p>`;

describe('attack21: block.interview-question in real interviews and speeches (passing)', () => {
  it('a speech’s rhetorical bold questions, no labels, stay headings', () => {
    const a = extract(seedPost(ps(P1, B('为什么要坚持高质量发展？'), P2, B('怎样推动高质量发展？'), P3, B('高质量发展的目标是什么？'), P1)));
    expect(a.blocks.filter((b) => b.type === 'heading').length).toBe(3);
  });
  it('an interview’s numbered section heads without a question mark stay headings', () => {
    const a = extract(seedPost(ps(B('一、宏观经济'), '问：您怎么看今年的经济？', `答：总体平稳，${P1}`, B('二、资本市场'), '问：明年呢？', `答：继续发力，${P3}`)));
    expect(shape(a).filter((s) => s.startsWith('heading'))).toEqual(['heading:一、宏观经济', 'heading:二、资本市场']);
  });
});

describe('attack21: block.interview-question: a section head stays a heading', () => {
  it('an interview’s numbered section heads that ask stay headings (一、…？ 二、…？)', () => {
    const a = extract(seedPost(ps(B('一、如何看待当前经济形势？'), '问：您怎么看今年的经济？', `答：总体平稳，${P1}`, P2, B('二、明年政策会怎么走？'), '问：明年呢？', `答：继续发力，${P3}`)));
    expect(shape(a).filter((s) => s.startsWith('heading'))).toEqual(['heading:一、如何看待当前经济形势？', 'heading:二、明年政策会怎么走？']);
  });
  it('a quarter’s data line (Q3：营收…) does not make an article an interview', () => {
    const a = extract(seedPost(ps(P1, 'Q3：公司营收同比增长20%，净利润同比增长15%。', B('业绩为何大幅增长？'), P2, B('下半年还能持续吗？'), P3)));
    expect(shape(a).filter((s) => s.startsWith('heading'))).toEqual(['heading:业绩为何大幅增长？', 'heading:下半年还能持续吗？']);
  });
  it('a roundup’s questions, each answered by several institutions, are its section heads', () => {
    const a = extract(seedPost(ps(P1, B('后市怎么看？'), `中金公司：市场仍处于震荡阶段，${P2}`, `中信证券：看好消费板块，${P3}`, B('哪些板块值得关注？'), `中金公司：关注新能源，${P2}`, `中信证券：关注券商，${P3}`)));
    expect(shape(a).filter((s) => s.startsWith('heading'))).toEqual(['heading:后市怎么看？', 'heading:哪些板块值得关注？']);
  });
});

describe('attack21: block.two-line-subhead (passing)', () => {
  it('a two-line subhead last in the post is one heading', () => {
    const a = extract(seedPost(ps(P1, P2, P3, C('营收和净利增幅'), C('创历史同期最高水平'))));
    expect(shape(a).at(-1)).toBe('heading:营收和净利增幅 创历史同期最高水平');
  });
  it('two centred bold questions stay two headings', () => {
    const a = extract(seedPost(ps(P1, C('经济还会好吗？'), C('政策还会加码吗'), P2, P3)));
    expect(shape(a).filter((s) => s.startsWith('heading')).length).toBe(2);
  });
});

describe('attack21: block.two-line-subhead does not join two lines that are not one subhead', () => {
  for (const [first, second] of [
    ['图1：近五年公司营业收入', '数据来源：Wind'],
    ['图1：近五年营业收入', '表1：主要财务指标'],
    ['营收和净利增幅', '文/张三'],
    ['专题报道', '2021年8月30日'],
  ] as const)
    for (const at of [0, 1, 3])
      it(`${first} / ${second} at ${at}`, () => {
        const lines = [P1, P2, P3];
        lines.splice(at, 0, C(first), C(second));
        const a = extract(seedPost(ps(...lines)));
        expect(shape(a).some((s) => s.includes(`${first} ${second}`))).toBe(false);
      });
  it('a centred caption under a picture is not the first line of the subhead after it', () => {
    const a = extract(seedPost(ps(P1, '<p><img src="https://n.sinaimg.cn/a.jpg"></p>', C('公司生产车间'), C('营收和净利增幅创新高'), P2, P3)));
    expect(shape(a)).toContain('heading:营收和净利增幅创新高');
  });
});

describe('attack21: block.coloured-subhead (passing)', () => {
  for (const line of ['风险提示：市场有风险，投资需谨慎', '责任编辑 张三', '他说：“稳中求进。”', '未完待续……'])
    atEachPlace(line, K(line), (a) => expect(a.blocks.some((b) => b.type === 'heading')).toBe(false));
});

describe('attack21: block.coloured-subhead: a sentence, a note or a credit is no subhead', () => {
  // Mid-post only: the rule reads a line between two paragraphs.
  for (const line of ['“我们不会退出中国市场。”', '（本文作者系某研究院院长）', '数据来源 Wind 东方财富', '来源 券商中国', '2021年8月30日 星期一'])
    it(line, () => {
      const a = extract(seedPost(ps(P1, K(line), P2, P3)));
      expect(shape(a)).toContain(`paragraph:${line}`);
    });
});

describe('attack21: byline.bare-name-first (passing)', () => {
  it('a bold name first that the credit does not name stays as it was', () => {
    const a = extract(seedPost(ps(B('李四'), P1, `李四表示，${P2}`, P3, '文/张三')));
    expect(shape(a)[0]).toBe('heading:李四');
  });
  it('the credited writer’s bold name first is a paragraph', () => {
    const a = extract(seedPost(ps(B('李四'), P1, `李四表示，${P2}`, P3, '（作者：李四）')));
    expect([shape(a)[0], a.authors]).toEqual(['paragraph:李四', ['李四']]);
  });
});
