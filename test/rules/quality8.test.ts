/**
 * Misreads a reading of ten real posts no rule was written from showed, each fixed by meaning, as
 * regressions (each failed before): a 原标题 label printed twice (the reprinting desk's and the
 * original outlet's own: 原标题：原标题《X》). The attack on the new reading (plausible lines it must
 * leave as they were) is here too.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { renderHtml } from '../../src/render/html';
import { LINES } from '../../src/rules/lines';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';

const again = (a: ReturnType<typeof extract>) => extract(renderHtml(a));

describe('a 原标题 label printed twice is one label', () => {
  it.each([
    ['原标题：原标题《中国证券业协会召开2022年第三季度证券基金行业首席经济学家例会》', '中国证券业协会召开2022年第三季度证券基金行业首席经济学家例会'],
    ['原标题：原标题：央行开展5000亿元MLF操作', '央行开展5000亿元MLF操作'],
    ['原标题：原标题 《一季度GDP同比增长4.8%》', '一季度GDP同比增长4.8%'],
  ])('%s gives the title without the second label and its marks', (line, title) => {
    const a = extract(seedPost(ps(line, '来源：中国证券业协会', P1, P2, P3)));
    expect(a.originalTitle).toBe(title);
    expect(a.source).toBe('中国证券业协会');
    expect(a.text).not.toContain('原标题');
    expect(again(a).originalTitle).toBe(title);
  });
  it('the real post (中证协, 2022-09-15) reads its original title so', () => {
    const kaiti = (t: string) => `<p cms-style="font-L">　　<span style="font-family: KaiTi_GB2312, KaiTi;">${t}</span></p>`;
    const a = extract(seedPost(kaiti('原标题：原标题《中国证券业协会召开2022年第三季度证券基金行业首席经济学家例会》') + kaiti('来源：中国证券业协会') + ps(P1, P2, P3)));
    expect(a.source).toBe('中国证券业协会');
    expect(a.originalTitle).toBe('中国证券业协会召开2022年第三季度证券基金行业首席经济学家例会');
  });
});

/**
 * The attack: plausible lines the two new readings must leave as they were. Each is checked against
 * the entry's pattern (no match, or for 原标题 the whole rest read as the title) and through
 * extract() first in a post, where its words must stay as printed.
 */
const ORIGINAL = LINES.find((r) => r.id === 'line.original-title')!;

describe('attack: 原标题 lines whose title is printed as it is', () => {
  it.each([
    ['原标题：原标题与新标题之争', '原标题与新标题之争'],
    ['原标题：原标题党为何屡禁不止', '原标题党为何屡禁不止'],
    ['原标题：《流浪地球2》票房破40亿元', '《流浪地球2》票房破40亿元'],
    ['原标题：《政府工作报告》', '《政府工作报告》'],
    ['原标题：《证券法》修订草案三审', '《证券法》修订草案三审'],
    ['原标题：原标题《X》与内容不符 读者质疑', '原标题《X》与内容不符 读者质疑'],
    ['原标题：原标题《A》和《B》之争', '原标题《A》和《B》之争'],
    ['原标题：“原标题”背后的故事', '“原标题”背后的故事'],
    ['原标题：原标题改了三次', '原标题改了三次'],
    ['原标题：原标题与正文 谁更重要', '原标题与正文 谁更重要'],
    ['原标题：《人民日报》评论：稳字当头', '《人民日报》评论：稳字当头'],
    ['原标题：《经济半小时》 关注春耕', '《经济半小时》 关注春耕'],
  ])('%s', (line, title) => {
    expect(line.match(ORIGINAL.pattern)?.groups?.title).toBe(title);
    const a = extract(seedPost(ps(line, P1, P2, P3)));
    expect(a.originalTitle).toBe(title);
  });
});
