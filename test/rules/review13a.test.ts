/**
 * The closing glued reporter credit (…下降趋势。 华商报记者 李程) is the credit of the article only
 * where it closes the article's last text paragraph, alone among the closing paragraphs, and names
 * people: a paragraph ending so higher up, a roundup of several papers' items each closing with its
 * paper's reporter, and words after 记者 that read as no person's name are the article's words.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';

const read = (...lines: string[]) => {
  const a = extract(seedPost(ps(...lines)));
  return { source: a.source, authors: a.authors, paras: a.text.split('\n\n') };
};
const NONE = { source: '新浪财经', authors: [] as string[] };

describe('closing credit', () => {
  it('is not read from the first of three paragraphs', () => {
    const line = '房地产市场购买力和预期出现下降趋势。 华商报记者 李程';
    const r = read(line, P2, P3);
    expect({ source: r.source, authors: r.authors }).toEqual(NONE);
    expect(r.paras).toContain(line);
  });

  it('is not read from the second-to-last paragraph, an article paragraph after it', () => {
    const line = '房地产市场购买力和预期出现下降趋势。 华商报记者 李程';
    const r = read(P1, P2, P3, P1, line, '业内人士认为，后续走势仍需观察政策落地的节奏与力度。');
    expect({ source: r.source, authors: r.authors }).toEqual(NONE);
  });

  it('is not read when several closing paragraphs end with other papers\' reporters (a roundup)', () => {
    const r = read(P1, P2, P3, '甲地项目开工。 河北日报记者 张三', '乙地项目竣工。 陕西日报记者 李四', '丙地项目签约。 湖北日报记者 王五');
    expect({ source: r.source, authors: r.authors }).toEqual(NONE);
  });

  it.each([
    '项目已开工。 华商报记者 赶赴现场',
    '项目已开工。 华商报记者 正在跟进',
    '项目已开工。 华商报记者 李程 李程的',
  ])('reads no name where the words after 记者 are no person\'s name: %s', (line) => {
    const r = read(P1, P2, P3, line);
    expect({ source: r.source, authors: r.authors }).toEqual(NONE);
    expect(r.paras.at(-1)).toBe(line);
  });

  it.each([
    ['房地产市场购买力和预期出现下降趋势。 华商报记者 李程', '华商报', ['李程']],
    ['当天共有12家企业现场签约。 河北日报记者 张三 李四', '河北日报', ['张三', '李四']],
    ['市场监管部门对此将严肃处理。 华商报首席记者 王五 实习生 赵六', '华商报', ['王五', '赵六']],
    ['当天共有12家企业现场签约。 经济日报记者 欧阳明', '经济日报', ['欧阳明']],
    ['他说：“这是大势所趋。” 华商报记者 李程', '华商报', ['李程']],
  ] as const)('still reads the credit closing the last paragraph: %s', (line, source, authors) => {
    const r = read(P1, P2, P3, line);
    expect({ source: r.source, authors: r.authors }).toEqual({ source, authors });
  });
});

describe('closing credit: end credits below the last paragraph', () => {
  it('reads the credit of the last text paragraph above an editor\'s credit line', () => {
    const a = extract(seedPost(ps(P1, P2, P3, '该项目已于近日开工。 华商报记者 李程', '编辑 王五')));
    expect({ source: a.source, authors: a.authors }).toEqual({ source: '华商报', authors: ['李程'] });
  });
});

describe('closing credit: --explain', () => {
  it('says why a roundup\'s last credit is not read', () => {
    const a = extract(seedPost(ps(P1, P2, P3, '甲地项目开工。 河北日报记者 张三', '乙地项目竣工。 湖北日报记者 王五')), { trace: true });
    const skip = a.trace!.find((e) => e.rule === 'byline.closing-glued-reporter' && e.action === 'skip');
    expect(skip?.reason).toContain('another of the article\'s last paragraphs closes so too');
    expect(a.authors).toEqual([]);
  });
});
