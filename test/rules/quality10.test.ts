/**
 * Misreads a reading of twelve real posts no rule was written from showed, each fixed by meaning, as
 * regressions (each failed before): a WeChat account's name printed alone over its credits block
 * (DT财经, then 作   者 | 董道力) named no source; the account's name printed before a 文 credit on one
 * line (财经十一人 文 | 刘建中 陈汐 柳书琪) named no author; a closing author's note with the desk
 * editor after it (作者为《财经》研究员和记者，编辑：李廷祯) named no source; a reporter line under the
 * outlet's short name (每经记者 张怀水) named the short form although the article prints the full one
 * (接受《每日经济新闻》记者采访). The attack on each new reading (plausible lines each must leave as
 * they were) is here too.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from '../../src/engine/extract';
import { renderHtml } from '../../src/render/html';
import { BYLINES, readByline } from '../../src/rules/bylines';
import { abbreviates, OUTLET_FULL_ENDING } from '../../src/rules/metadata';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';

const again = (a: ReturnType<typeof extract>) => extract(renderHtml(a));
const fixture = (name: string) => extract(readFileSync(new URL(`../../fixtures/seed-format/${name}`, import.meta.url), 'utf8'));
const MASTHEAD = BYLINES.find((r) => r.id === 'byline.masthead-account')!;
const WEN_BAR = BYLINES.find((r) => r.id === 'byline.wen-bar')!;
const AUTHOR_NOTE = BYLINES.find((r) => r.id === 'byline.author-note-outlet')!;

describe('an account’s name alone over its credits block (the masthead)', () => {
  it('the real post (DT财经, 2022-03-30) names the account and the writer, and keeps every credit line', () => {
    const a = fixture('2022-03-30_907d49eb.md');
    expect(a.source).toBe('DT财经');
    expect(a.authors).toEqual(['董道力']);
    expect(a.text.split('\n\n').slice(0, 4)).toEqual(['DT财经', '作 者 | 董道力', '编 辑 | 郑晓慧、唐也钦', '设 计 | 戚桐珲']);
    expect(again(a).source).toBe('DT财经');
    expect(again(a).authors).toEqual(['董道力']);
    expect(again(a).text).toBe(a.text);
  });
  it.each([
    [['DT财经', '作   者 | 董道力', '编   辑 | 郑晓慧、唐也钦'], 'DT财经', ['董道力']],
    [['36氪', '文 | 张三'], '36氪', ['张三']],
    [['财经十一人', '作者：张三'], '财经十一人', ['张三']],
  ] as const)('%j over the article names %s', (lines, source, authors) => {
    const a = extract(seedPost(ps(...lines, P1, P2, P3)));
    expect(a.source).toBe(source);
    expect(a.authors).toEqual(authors);
    expect(a.text.split('\n\n')[0]).toBe(lines[0]);
  });
  it('a 来源 line names the outlet before the masthead does', () => {
    const a = extract(seedPost(ps('DT财经', '作者 | 董道力', P1, P2, P3, '来源：第一财经')));
    expect(a.source).toBe('第一财经');
  });
  it('a closing author’s note naming the outlet wins over the masthead', () => {
    const a = extract(seedPost(ps('财经十一人', '文 | 张三', P1, P2, P3, '作者为《财经》记者')));
    expect(a.source).toBe('财经');
  });
});

describe('the account’s name before a 文 credit, and the desk editor after a closing author’s note', () => {
  // The real post: 2021十大收缩行业 (TIANLI0/RSSHUB-PAGE, 2021-12-05; read, not copied: 53,229 characters,
  // mostly its tables of stock codes), with its first and last lines as printed.
  const first = '财经十一人 文 | 刘建中 陈汐 柳书琪';
  const last = '作者为《财经》研究员和记者，编辑：李廷祯';
  it('the post’s first and last lines name the writers and the outlet, and stay as printed', () => {
    const a = extract(seedPost(ps(`<p>　　<strong>${first}</strong></p>`, P1, P2, P3, `<p>　　<strong>${last}</strong></p>`)));
    expect(a.authors).toEqual(['刘建中', '陈汐', '柳书琪']);
    expect(a.source).toBe('财经');
    expect(a.editor).toBe(null);
    const lines = a.text.split('\n\n');
    expect([lines[0], lines[lines.length - 1]]).toEqual([first, last]);
    expect(again(a).authors).toEqual(['刘建中', '陈汐', '柳书琪']);
    expect(again(a).source).toBe('财经');
  });
  it('without the closing note the account names the source', () => {
    const a = extract(seedPost(ps(first, P1, P2, P3)));
    expect(a.source).toBe('财经十一人');
    expect(a.authors).toEqual(['刘建中', '陈汐', '柳书琪']);
  });
  it('the closing note with its editor names the outlet, no author and no 责任编辑', () => {
    const a = extract(seedPost(ps(P1, P2, P3, last)));
    expect(a.source).toBe('财经');
    expect(a.authors).toEqual([]);
    expect(a.editor).toBe(null);
    expect(a.text.endsWith(last)).toBe(true);
  });
  it('readByline reads both lines', () => {
    expect(readByline(first)).toMatchObject({ id: 'byline.wen-bar', authors: ['刘建中', '陈汐', '柳书琪'], masthead: '财经十一人' });
    expect(readByline(last)).toMatchObject({ id: 'byline.author-note-outlet', outlet: '财经', authors: [] });
  });
});

describe('a reporter line under the outlet’s short name, the full name printed in the article', () => {
  it('the real post (每经记者 张怀水, 2022-02-15) names 每日经济新闻', () => {
    const a = fixture('2022-02-15_6c728912.md');
    expect(a.source).toBe('每日经济新闻');
    expect(a.authors).toEqual(['张怀水']);
    expect(a.text).toContain('每经记者 张怀水');
    expect(again(a).source).toBe('每日经济新闻');
  });
  it.each([
    ['每经记者 张三', '张三接受《每日经济新闻》记者采访时表示，经济运行总体平稳。', '每日经济新闻'],
    ['中证报记者 张三', '《中国证券报》记者从多家券商了解到，相关业务进展顺利。', '中国证券报'],
    // Without the full name printed, the short name's own full name (as 来源：每经 and 文丨每经 张三 read).
    ['每经记者 张三', P1, '每日经济新闻'],
    // A title the short form abbreviates that names no outlet (a column's, a book's) is not its name.
    ['每经记者 张三', '《每周经济评论》指出，经济运行总体平稳。', '每日经济新闻'],
    // A reporter line of an outlet with no known short form stays as printed.
    ['新京报记者 张三', P1, '新京报'],
  ])('%s, then %s: %s', (byline, lead, source) => {
    const a = extract(seedPost(ps(byline, lead, P1, P2, P3)));
    expect(a.source).toBe(source);
    expect(a.authors).toEqual(['张三']);
  });
  it('the outlet endings and abbreviation agree with the examples', () => {
    expect(['每日经济新闻', '中国证券报', '21世纪经济报道', '财经'].every((n) => OUTLET_FULL_ENDING.test(n))).toBe(true);
    expect(['每周经济评论', '中国证券市场年鉴', '鼓励外商投资产业目录（2020年版）'].some((n) => OUTLET_FULL_ENDING.test(n))).toBe(false);
    expect(abbreviates('每经', '每日经济新闻')).toBe(true);
  });
});

/**
 * The attack: plausible lines the new readings must leave as they were, and the entries' patterns
 * checked against them.
 */
describe('attack: short lines over a credit that are no masthead', () => {
  it.each(['独家', '深度', '专访', '观点', '导读', '编辑', '2022', '原创'])('%s over 作者 | 张三 names no source', (label) => {
    const a = extract(seedPost(ps(label, '作者 | 张三', P1, P2, P3)));
    expect(a.source).toBe('新浪财经');
    expect(a.authors).toEqual(['张三']);
    expect(a.text.split('\n\n')[0]).toBe(label);
  });
  it.each([
    // A short line that is no credit's neighbour: a heading over the lead, a section's first words.
    ['写在最后', P1, P2, P3],
    ['装修与园林', P1, P2, P3],
    ['DT财经', '编辑 | 郑晓慧', P1, P2, P3],
    ['DT财经', '设 计 | 戚桐珲', P1, P2, P3],
    [P1, P2, P3, 'DT财经', '作者 | 董道力'],
    [P1, P2, P3, P1, '年纪轻轻', '作者 | 董道力', P2, P3, P1],
  ])('%s … names no source', (...lines) => {
    const a = extract(seedPost(ps(...lines)));
    expect(a.source).toBe('新浪财经');
    for (const l of lines) expect(a.text.split('\n\n')).toContain(l);
  });
  it('a two-line 原标题 keeps its second line (no masthead read in it)', () => {
    const a = extract(seedPost(ps('原标题：PMI连续十四个月位于扩张区间——', '经济保持平稳恢复态势', P1, P2, P3)));
    expect(a.originalTitle).toBe('PMI连续十四个月位于扩张区间——经济保持平稳恢复态势');
    expect(a.source).toBe('新浪财经');
  });
  it.each(['图片 文 | 张三', '2021 文 | 张三', '本报 文 | 张三', '独家 文 | 张三'])('%s reads no masthead', (line) => {
    expect(readByline(line)?.masthead).toBeUndefined();
  });
  it.each([
    '作者为《财经》记者，编辑部将继续跟进此事。',
    '作者为《财经》记者，编辑：我们会继续关注此事。',
    '作者为《财经》记者，编辑：',
  ])('%s is no author’s note with an editor', (line) => {
    expect(AUTHOR_NOTE.pattern.test(line)).toBe(false);
  });
  it('the patterns refuse every noMatch example', () => {
    for (const r of [MASTHEAD, WEN_BAR, AUTHOR_NOTE]) for (const t of r.examples.noMatch) expect(r.pattern.test(t), `${r.id}: ${t}`).toBe(false);
  });
});
