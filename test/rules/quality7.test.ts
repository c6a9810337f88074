/**
 * Misreads a reading of ten real posts no rule was written from showed, each fixed by meaning, as
 * regressions (each failed before): a dated 讯 dispatch, a reporter whose surname is also a common
 * word (曾, 于, 向), an outlet whose name does not end the way outlet names end (券商中国, 总台央视),
 * and a person first in a 来源 list.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { renderHtml } from '../../src/render/html';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';

const meta = (a: ReturnType<typeof extract>) => ({ source: a.source, authors: a.authors });
const again = (a: ReturnType<typeof extract>) => extract(renderHtml(a));

describe('a dated 讯 dispatch (财联社9月17日讯（记者 曾楚楚 李子健）)', () => {
  it('names the outlet and the reporters, and the line stays', () => {
    const a = extract(seedPost(ps(`财联社9月17日讯（记者 曾楚楚 李子健）${P1}`, P2, P3)));
    expect(meta(a)).toEqual({ source: '财联社', authors: ['曾楚楚', '李子健'] });
    expect(a.text.startsWith('财联社9月17日讯（记者 曾楚楚 李子健）')).toBe(true);
    expect(meta(again(a))).toEqual(meta(a));
  });
  it('with a place before the date', () => {
    const a = extract(seedPost(ps(`财联社北京9月17日讯（记者 张晓翀）${P1}`, P2, P3)));
    expect(meta(a)).toEqual({ source: '财联社', authors: ['张晓翀'] });
  });
  it('without reporters, the outlet', () => {
    const a = extract(seedPost(ps(`财联社9月17日讯，${P1}`, P2, P3)));
    expect(a.source).toBe('财联社');
  });
});

describe('a reporter whose surname is also a word (曾, 于, 向)', () => {
  it.each([
    ['记者 | 曾仰琳', ['曾仰琳']],
    ['记者：于佳欣', ['于佳欣']],
    ['记者 向家莹 王五', ['向家莹', '王五']],
  ])('%s names the reporter', (line, authors) => {
    const a = extract(seedPost(ps(line, P1, P2, P3)));
    expect(a.authors).toEqual(authors);
    expect(a.text.split('\n\n')[0]).toBe(line);
  });
  it('新华社记者于佳欣 北京报道', () => {
    const a = extract(seedPost(ps('新华社记者于佳欣 北京报道', P1, P2, P3)));
    expect(meta(a)).toEqual({ source: '新华社', authors: ['于佳欣'] });
  });
  it.each([
    '记者曾多次前往当地调查',
    '记者于12日从市场监管总局获悉',
    '记者向有关部门求证',
    '记者曾在现场看到',
    '记者于近日走访了多家门店',
  ])('the word, not a name, in a sentence: %s gives no author', (line) => {
    const a = extract(seedPost(ps(line, P1, P2, P3)));
    expect(a.authors).toEqual([]);
    expect(a.text.split('\n\n')[0]).toBe(line);
  });
});

describe('an outlet named as its name is printed, not by its ending', () => {
  it('券商中国记者… in the lead, printed again after 向, is the source', () => {
    const a = extract(seedPost(ps(`11月13日，北交所进行了正式开市前的最后一次通关测试。券商中国记者从多家参与通关测试的券商了解到，本次通关测试目前一切正常。`, P1, `数家参与测试的券商人士向券商中国记者表示，通关测试一切正常。`, P3)));
    expect(a.source).toBe('券商中国');
  });
  it('券商中国 printed only as someone’s interviewer is no source', () => {
    const a = extract(seedPost(ps(P1, P2, `南方一家拟在创业板上市的企业负责人告诉券商中国记者，“公司正在积极准备三季报。”`, P3)));
    expect(a.source).toBe('新浪财经');
  });
  it('（总台央视记者 张歆 关红妍） closing the article: 总台央视 is the outlet as printed', () => {
    const a = extract(seedPost(ps(P1, P2, P3, '（总台央视记者 张歆 关红妍）')));
    expect(meta(a)).toEqual({ source: '总台央视', authors: ['张歆', '关红妍'] });
    expect(meta(again(a))).toEqual(meta(a));
  });
  it('（总台记者 何伟奇 赵菁）: 总台 alone names the group of broadcasters, no outlet', () => {
    const a = extract(seedPost(ps(P1, P2, P3, '（总台记者 何伟奇 赵菁）')));
    expect(meta(a)).toEqual({ source: '新浪财经', authors: ['何伟奇', '赵菁'] });
  });
});

describe('a person first in a 来源 list (来源：李大霄、新浪财经)', () => {
  it('is no source when the article prints the name as a person (首席经济学家李大霄)', () => {
    const a = extract(seedPost(ps('来源：李大霄、新浪财经', P1, '英大证券首席经济学家李大霄表示，市场情绪有所修复。', P3)), { trace: true });
    expect(a.source).not.toBe('李大霄');
  });
  it('an account first in a list (来源 齐鲁观、青记) is still the source', () => {
    const a = extract(seedPost(ps('来源 齐鲁观、青记', P1, P2, P3)));
    expect(a.source).toBe('齐鲁观');
  });
});

describe('--explain says why a person first in a 来源 list is no source', () => {
  it('the trace names the list rule, skipped, with the reason', () => {
    const a = extract(seedPost(ps('来源：李大霄、新浪财经', P1, '英大证券首席经济学家李大霄认为，市场情绪有所修复。', P3)), { trace: true });
    const t = a.trace!.find((x) => x.rule === 'source.list-of-outlets');
    expect([t?.action, t?.value, /as a person/.test(t?.reason ?? '')]).toEqual(['skip', null, true]);
  });
});

describe('--explain says what 来源 line editor credit was refused, and why', () => {
  it.each(['金十数据', '综合', '王五等人'])('编辑：%s: skipped, named, with the reason; no editor', (name) => {
    const a = extract(seedPost(ps(P1, P2, P3, `来源：新京报 编辑：${name}`)), { trace: true });
    expect(a.editor).toBeNull();
    const t = a.trace!.find((x) => x.rule === 'line.source-credits.editor');
    expect([t?.action, t?.field, t?.reason.includes(`编辑：${name}`)]).toEqual(['skip', 'editor', true]);
  });
  it('a person credited is still the editor, with no skip', () => {
    const a = extract(seedPost(ps(P1, P2, P3, '来源：新京报 编辑：王五')), { trace: true });
    expect(a.editor).toBe('王五');
    expect(a.trace!.some((x) => x.rule === 'line.source-credits.editor' && x.action === 'skip')).toBe(false);
  });
});

describe('the invariant check knows the title drops private-use characters (title.privateUse)', () => {
  it('a private-use character inside the page title is no invented title', async () => {
    const { inventedText } = await import('../../src/verify');
    const html = '<html><head><title>投\ue004身外交</title></head><body><div id="artibody"><p>外交部发言人今天主持例行记者会，回答了记者提问。</p></div></body></html>';
    const a = extract(html);
    expect(a.title).toBe('投身外交');
    expect(inventedText(html, a)).toEqual([]);
  });
});
