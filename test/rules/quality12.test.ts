/**
 * Misreads a third reading of twelve real posts no rule was written from showed, each fixed by
 * meaning, as regressions (each failed before): an interview numbered by its questions (一、…？ to
 * 七、…？) read its short questions as section heads and its long ones (which give the background
 * before asking) as paragraphs; 动力源 (a listed company, 600405) linked inside the planning
 * documents' phrase 新动力源 was listed as a stock. The lines each must leave as they were are here too.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extract } from '../../src/engine/extract';
import { renderHtml } from '../../src/render/html';
import { NUMBERED_QUESTION_HEAD } from '../../src/rules/lines';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';

const again = (a: ReturnType<typeof extract>) => extract(renderHtml(a));
const fixture = (name: string) => extract(readFileSync(new URL(`../../fixtures/seed-format/${name}`, import.meta.url), 'utf8'));
const bold = (t: string) => `<p>　　<strong>${t}</strong></p>`;
const typeOf = (a: ReturnType<typeof extract>, text: string) => a.blocks.find((b) => 'text' in b && b.text === text)?.type;

/** A market keyword as Sina's CMS wraps it: the span naming the code, the link, the live-quote slot. */
const keyword = (code: string, name: string) =>
  `<span id="stock_${code}"><a href="https://finance.sina.com.cn/realstock/company/${code}/nc.shtml" class="keyword" target="_blank" data-sudaclick="content_marketkeywords_p">${name}</a></span><span id="quote_${code}"></span>`;

const LONG_Q = '三、10月初，美国贸易代表戴琪就拜登政府对华贸易政策发表演讲，提到中美脱钩不现实，认为重新挂钩是一种遥远的可能。但她也提到要和盟友一起应对中国“非市场行为”。您如何评价？';
const SHORT_Q = '一、美国打了20年阿富汗战争最终不得不仓促撤出，人们从中可以到什么启示？';

describe('a numbered bold question heads its section however long', () => {
  it('the real post (外交部网站, 2021-10-13): all seven numbered questions are section heads, the 追问 lines paragraphs', () => {
    const a = fixture('2021-10-13_0cf093a7.md');
    const heads = a.blocks.filter((b) => b.type === 'heading').map((b) => ('text' in b ? b.text.slice(0, 2) : ''));
    expect(heads).toEqual(['一、', '二、', '三、', '四、', '五、', '六、', '七、']);
    expect(typeOf(a, '追问：美国在阿富汗政策最大的教训是什么？您认为美国会汲取教训吗？')).toBe('paragraph');
    expect(a.source).toBe('外交部网站');
    expect(a.stocks).toEqual([]);
    expect(again(a).blocks.filter((b) => b.type === 'heading').length).toBe(7);
    expect(again(a).text).toBe(a.text);
  });
  it('a long numbered question beside a short one: both heads', () => {
    const a = extract(seedPost(ps(P1, bold(SHORT_Q), P2, bold(LONG_Q), P3)));
    expect(typeOf(a, SHORT_Q)).toBe('heading');
    expect(typeOf(a, LONG_Q)).toBe('heading');
  });
  it.each([
    // A long bold numbered line that states, not asks: emphasis, a paragraph.
    '三、10月初，美国贸易代表戴琪就拜登政府对华贸易政策发表演讲，提到中美脱钩不现实，认为重新挂钩是一种遥远的可能，但也提到要和盟友一起应对。',
    // A long bold question with no section number: a paragraph, as before.
    '10月初，美国贸易代表戴琪就拜登政府对华贸易政策发表演讲，提到中美脱钩不现实，认为重新挂钩是一种遥远的可能。但她也提到要和盟友一起应对中国“非市场行为”。您如何评价？',
    // A labelled question of the exchange stays a paragraph however it is numbered.
    '问：10月初，美国贸易代表戴琪就拜登政府对华贸易政策发表演讲，提到中美脱钩不现实，认为重新挂钩是一种遥远的可能。但她也提到要和盟友一起应对中国“非市场行为”。您如何评价？',
    // Past the bound: a numbered paragraph of argument that happens to end in a question.
    `三、${'中美是不可分割的利益共同体，经贸合作可以说是“连筋带骨”，任何打击都会“伤筋动骨”。'.repeat(3)}您如何评价？`,
  ])('stays a paragraph: %s', (line) => {
    const a = extract(seedPost(ps(P1, bold(line), P2, P3)));
    expect(typeOf(a, line)).toBe('paragraph');
  });
  it('the bound is a question’s length, not a paragraph’s', () => {
    expect(NUMBERED_QUESTION_HEAD.maxChars).toBeLessThanOrEqual(120);
    expect(LONG_Q.length).toBeLessThanOrEqual(NUMBERED_QUESTION_HEAD.maxChars);
  });
});

describe('动力源 (600405) linked inside the phrase 新动力源 names no stock', () => {
  it('the phrase: no stock, the words stay', () => {
    const body = `<p>　　一是有利于推动沿海6市经济发展质量变革、效率变革、动力变革，培育和形成区域经济发展新${keyword('sh600405', '动力源')}；二是有利于引领带动辽宁和东北地区产业转型升级。</p>`;
    const a = extract(seedPost(ps(P1, body, P2) + '<!-- news_keyword_pub,stock,sh600405 -->'));
    expect(a.stocks).toEqual([]);
    expect(a.text).toContain('培育和形成区域经济发展新动力源；');
  });
  it('the company: its code or its papers after the name keep the stock', () => {
    const body = `<p>　　${keyword('sh600405', '动力源')}（600405）发布公告称，公司拟向特定对象发行股票。</p>`;
    const a = extract(seedPost(ps(P1, body, P2) + '<!-- news_keyword_pub,stock,sh600405 -->'));
    expect(a.stocks).toEqual([{ code: 'sh600405', name: '动力源' }]);
  });
});
