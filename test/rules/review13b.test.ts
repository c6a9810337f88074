/**
 * A credit line refuses a stock link only on an outlet or a data provider it credits (新华网,
 * 东方财富Choice); a company credited for its own picture or figures (图片来源：比亚迪, 数据来源：贵州茅台)
 * is the company the article speaks of. 中国电影 followed by the industry's words (票房, 行业) is still
 * the company where the same clause goes on to a company's words (分账收入, 净利润, 行业龙头).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { refusedInSentence, STOCK_LINK_CREDIT_LINE, STOCK_LINK_LONGER_NAME } from '../../src/rules/stocks';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';

/** A market keyword as Sina's CMS wraps it: the span naming the code, the link, the live-quote slot. */
const keyword = (code: string, name: string) =>
  `<span id="stock_${code}"><a href="https://finance.sina.com.cn/realstock/company/${code}/nc.shtml" class="keyword" target="_blank" data-sudaclick="content_marketkeywords_p">${name}</a></span><span id="quote_${code}"></span>`;

describe('credit line and 中国电影', () => {
  it.each([
    ['图片来源：', '比亚迪', ''],
    ['图/', '比亚迪', '官方'],
    ['数据来源：', '贵州茅台', ''],
    ['资料来源：', '贵州茅台', '，截至2022年3月15日'],
    ['（图片来源：', '比亚迪', '）'],
  ])('a company credited for its own picture or figures (%s%s%s) is no outlet: the rule keeps it', (head, name, tail) => {
    expect(refusedInSentence(`${head}${name}${tail}`, name)).toBeNull();
  });

  it.each([
    ['图片来源：', 'sz002594', '比亚迪', ''],
    ['图/', 'sz002594', '比亚迪', '官方'],
    ['数据来源：', 'sh600519', '贵州茅台', ''],
    ['资料来源：', 'sh600519', '贵州茅台', '，截至2022年3月15日'],
  ])('in a page, %s%s%s under a picture lists the company', (head, code, name, tail) => {
    const a = extract(seedPost(ps(P1, `${head}${keyword(code, name)}${tail}`, P2, P3)));
    expect(a.stocks).toEqual([{ code, name }]);
  });

  it.each([
    ['来源：', '新华网', ''],
    ['图片来源：', '人民网', ''],
    ['数据来源：', '东方财富', 'Choice'],
    ['数据来源：', '同花顺', 'iFinD'],
    ['图/', '新华网', ''],
  ])('an outlet or data provider a credit lists (%s%s%s) is still refused', (head, name, tail) => {
    expect(refusedInSentence(`${head}${name}${tail}`, name)?.id).toBe(STOCK_LINK_CREDIT_LINE.id);
  });

  it.each([
    '中国电影票房分账收入同比增长30%，净利润大增。',
    '作为中国电影行业龙头，公司发行能力居首。',
    '中国电影票房分账收入居行业首位。',
    '中国电影行业第一的发行能力不减。',
    '中国电影产业链营收同比增长。',
  ])('%s names the company (a company word later in the clause)', (text) => {
    expect(refusedInSentence(text, '中国电影')).toBeNull();
  });

  it.each([
    '截至大年初六，中国电影票房已超60亿元。',
    '中国电影家协会发布声明。',
    '中国电影票房排行榜前十名中，国产片占据七席。',
    '中国电影票房收入创下历史新高。',
    '中国电影市场规模已居全球第一。',
    '中国电影行业第一次出现全年票房下滑。',
  ])('%s is the industry still', (text) => {
    expect(refusedInSentence(text, '中国电影')?.id).toBe(STOCK_LINK_LONGER_NAME.id);
  });

  it('in a page: 中国电影票房分账收入 lists the distributor, 中国电影票房已超 does not', () => {
    const company = extract(seedPost(ps(P1, `${keyword('sh600977', '中国电影')}票房分账收入同比增长30%，净利润大增。`, P2, P3)));
    expect(company.stocks).toEqual([{ code: 'sh600977', name: '中国电影' }]);
    const industry = extract(seedPost(ps(P1, `截至大年初六，${keyword('sh600977', '中国电影')}票房已超60亿元。`, P2, P3)));
    expect(industry.stocks).toEqual([]);
  });
});

describe('a long credit line', () => {
  // A 数据来源 line listing many providers and outlets (past 60 characters from its label): every
  // outlet it lists is credited, the last as the first; the line is read back 400 characters.
  it('twelve linked outlets among other names: none is a stock', () => {
    const names = Array.from({ length: 6 }, () => `${keyword('sh603888', '新华网')}、中国证券报、证券时报、${keyword('sh603000', '人民网')}、上海证券报`).join('、');
    const a = extract(seedPost(ps(P1, P2, `数据来源：${names}`, P3)));
    expect(a.stocks).toEqual([]);
  });
  it('the same names in a sentence that is no credit stay stocks', () => {
    const names = Array.from({ length: 6 }, () => `${keyword('sh603888', '新华网')}、中国证券报、证券时报、${keyword('sh603000', '人民网')}、上海证券报`).join('、');
    const a = extract(seedPost(ps(P1, P2, `传媒板块走强，${names}等个股涨幅居前。`, P3)));
    expect(a.stocks.map((s) => s.code).sort()).toEqual(['sh603000', 'sh603888']);
  });
});
