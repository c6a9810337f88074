/**
 * The misreads the last release left open, each on a small variant of a real page or post shape:
 * what must go, what must stay, and what the metadata must read.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';

const CHART = '<div class="img_wrapper"><img src="https://n.sinaimg.cn/spider20211127/525/w802h523/20211127/3962-b086c0c261a0326e76c9bef73862829b.png"><span class="img_descr"></span></div>';
const TABLE = '<table><tr><td>行业</td><td>利润增速</td></tr><tr><td>煤炭开采和洗选业</td><td>4.2倍</td></tr><tr><td>石油和天然气开采业</td><td>2.6倍</td></tr></table>';
const paras = (a: ReturnType<typeof extract>) => a.text.split('\n\n');

describe('line.figure-credit: a 来源 line right under a chart or table between the article’s lines credits the figure', () => {
  for (const [name, figure] of [['chart', CHART], ['table', TABLE]] as const)
    for (const credit of ['来源：国家统计局', '来源：Wind', '（来源：国家统计局网站）', '来源丨中国汽车工业协会', '来源：公司公告']) {
      it(`${credit} under a ${name} after the lead stays and is not the source`, () => {
        const a = extract(seedPost(ps(P1) + figure + ps(credit, P2, P3)));
        expect([a.source, paras(a).includes(credit)]).toEqual(['新浪财经', true]);
      });
    }
  it('the trace says the line is the figure’s credit', () => {
    const a = extract(seedPost(ps(P1, P2) + CHART + ps('来源：国家统计局', P3)), { trace: true });
    expect(a.trace!.some((t) => t.rule === 'line.figure-credit' && t.text === '来源：国家统计局')).toBe(true);
  });
  it('a 来源 line at the top under a lead picture is still the outlet', () => {
    const a = extract(seedPost(CHART + ps('来源：新华社', P1, P2, P3)));
    expect([a.source, paras(a).includes('来源：新华社')]).toEqual(['新华社', false]);
  });
  it('a 来源 line closing the article after a last picture is still the outlet', () => {
    const a = extract(seedPost(ps(P1, P2, P3) + CHART + ps('来源：中国证券报')));
    expect([a.source, paras(a).includes('来源：中国证券报')]).toEqual(['中国证券报', false]);
  });
  it('a 来源 line after a paragraph (no figure above it) at the bottom is still the outlet', () => {
    const a = extract(seedPost(ps(P1) + CHART + ps(P2, P3, '来源：经济日报')));
    expect(a.source).toBe('经济日报');
  });
});
