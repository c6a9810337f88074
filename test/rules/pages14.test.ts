/**
 * The misreads the last release left open, each on a small variant of a real page or post shape:
 * what must go, what must stay, and what the metadata must read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/cli/decode';
import { extract } from '../../src/engine/extract';
import { CORRESPONDENT, readByline } from '../../src/rules/bylines';
import { MOBILE_HEADER_TIME, TITLE_BADGE } from '../../src/rules/metadata';
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
  // Credit and editor lines below the 来源 line close the post: they are none of the article's lines.
  for (const below of [['编辑：王五'], ['编辑丨王五', '校对丨李四'], ['责任编辑：王五']])
    it(`a 来源 line after a last picture, then ${below.join(' ')}, is still the outlet`, () => {
      const a = extract(seedPost(ps(P1, P2, P3) + CHART + ps('来源：中国证券报', ...below)));
      expect(a.source).toBe('中国证券报');
    });
  it('a 来源 line under a chart with an editor line and more text below is still the figure’s credit', () => {
    const a = extract(seedPost(ps(P1) + CHART + ps('来源：国家统计局', '编辑：王五', P2, P3)));
    expect([a.source, paras(a).includes('来源：国家统计局')]).toEqual(['新浪财经', true]);
  });
  it('a 来源 line after a paragraph (no figure above it) at the bottom is still the outlet', () => {
    const a = extract(seedPost(ps(P1) + CHART + ps(P2, P3, '来源：经济日报')));
    expect(a.source).toBe('经济日报');
  });
});

describe('quote.live-named: live quote numbers printed in the brackets after a stock name go, the name and code stay', () => {
  const link = (code: string, name: string) => `<span id="stock_${code}"><a class="keyword" href="https://finance.sina.com.cn/realstock/company/${code}/nc.shtml">${name}</a></span>`;
  it('（中国卫星 25.31 +2.01%） after the linked name goes whole; the name feeds stocks', () => {
    const a = extract(seedPost(ps(P1, `11月26日，航天板块午后走强，${link('sh600118', '中国卫星')}（中国卫星 25.31 +2.01%）涨幅居前。`, P2)));
    expect([paras(a)[1], a.stocks]).toEqual(['11月26日，航天板块午后走强，中国卫星涨幅居前。', [{ code: 'sh600118', name: '中国卫星' }]]);
  });
  it('中国卫星(600118.SH 25.31 2.01%) keeps the name and the code', () => {
    const a = extract(seedPost(ps(P1, `${link('sh600118', '中国卫星')}(600118.SH 25.31 2.01%)盘中涨停。`, P2)));
    expect([paras(a)[1], a.stocks]).toEqual(['中国卫星(600118.SH)盘中涨停。', [{ code: 'sh600118', name: '中国卫星' }]]);
  });
  for (const [line, kept] of [
    ['高速公路板块（山东高速 7.12 +1.02%）午后走强。', '高速公路板块（山东高速）午后走强。'],
    ['期货公司股（中国中期 12.35 -3.21%）领跌。', '期货公司股（中国中期）领跌。'],
  ] as const)
    it(`a stock whose name ends like a metric’s word goes: ${line}`, () => expect(paras(extract(seedPost(ps(P1, line, P2))))[1]).toBe(kept));
  it('a bracket naming another stock keeps that name: 航天板块（中国卫星 25.31 +2.01%）', () => {
    const a = extract(seedPost(ps(P1, '航天板块（中国卫星 25.31 +2.01%）午后走强。', P2)));
    expect(paras(a)[1]).toBe('航天板块（中国卫星）午后走强。');
  });
  for (const s of [
    '公司前三季度实现营收25.31亿元，同比增长2.01%。',
    '截至9月末（余额 25.31 万亿元），同比增长2.01%。',
    '（上年同期为 25.31，增长 2.01%）',
    '全年GDP（2021年 8.10 2.01%）增速位居主要经济体前列。',
    '中国卫星（600118.SH）今日涨停，股价报25.31元，涨幅2.01%。',
    '两只基金（A类 1.025 +0.31，C类 1.018 +0.30）净值小幅上涨。',
  ])
    it(`keeps ${s}`, () => expect(paras(extract(seedPost(ps(P1, s, P2))))[1]).toBe(s));
});

/** The real mobile page (news.sina.cn, 2019) the fold variants are made from. */
const MOBILE = decodeHtml(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'pages', 'news-m_20190911_iicezzrq5132048.html'))).text;
const FOLD_AT = '<div sax-type="proxy" class="j_native_hij190912 box"';
const LAST = '（完）</p>';

describe('fold.expand-control: a folded mobile body loses the control and keeps the text under the fold', () => {
  const base = paras(extract(MOBILE));
  it('the unfolded page is the base', () => expect(base.at(-1)).toMatch(/（完）$/));
  for (const control of ['展开全文', '展开阅读全文 ∨', '点击展开全文', '展开全文﹀']) {
    it(`${control} at the fold, the rest folded by a class and max-height`, () => {
      const html = MOBILE.replace('<section class="art_pic_card art_content">', '<section class="art_pic_card art_content j_art_fold" style="max-height:520px;overflow:hidden">')
        .replace(FOLD_AT, `<div class="look_more j_look_more"><a class="look_more_a" href="javascript:;">${control}<span class="icon_down"></span></a></div><div class="art_fold_rest hide_more">${FOLD_AT}`)
        .replace(LAST, `${LAST}</div>`);
      expect(paras(extract(html))).toEqual(base);
    });
  }
  it('the control printed as the body’s last paragraph goes', () => {
    expect(paras(extract(MOBILE.replace(LAST, `${LAST}<p class="art_p"><a href="javascript:;">点击展开全文</a></p>`)))).toEqual(base);
  });
  it('a sentence about unfolding the full text stays', () => {
    const line = '读者点击展开全文后，才能看到这段关于赔偿标准的表述。';
    expect(paras(extract(MOBILE.replace(LAST, `${LAST}<p class="art_p">${line}</p>`)))).toEqual([...base, line]);
  });
});

describe('promo.stock-forum-named: the link line into a stock’s forum goes', () => {
  for (const line of ['进入【工商银行吧】讨论', '进入[贵州茅台吧]讨论', '点击进入【宁德时代吧】参与讨论', '进入招商银行股吧讨论'])
    for (const at of ['last', 'middle'] as const)
      it(`${line} (${at})`, () => {
        const body = at === 'last' ? ps(P1, P2, P3, line) : ps(P1, P2, line, P3);
        expect(paras(extract(seedPost(body)))).toEqual([P1, P2, P3]);
      });
  it('a sentence about entering a forum to discuss stays', () => {
    const line = '投资者可以进入工商银行吧讨论相关问题，但须遵守社区规则。';
    expect(paras(extract(seedPost(ps(P1, P2, P3, line))))).toEqual([P1, P2, P3, line]);
  });
});

describe('byline.correspondent: 通讯员 are named in the byline, not the article’s reporters', () => {
  for (const [line, refused] of CORRESPONDENT.examples.match)
    it(`${line}: refuses ${refused.join('、')}`, () => {
      const r = readByline(line)!;
      expect([r.correspondents, r.authors.some((a) => refused.includes(a))]).toEqual([refused, false]);
    });
  for (const line of CORRESPONDENT.examples.noMatch) it(`${line}: refuses nobody`, () => expect(readByline(line)?.correspondents).toBeUndefined());
  for (const [line, authors, source] of [
    ['记者 张三 通讯员 李四', ['张三'], '新浪财经'],
    ['新京报讯（记者 张三 通讯员 李四）', ['张三'], '新京报'],
    ['长江日报记者张三 通讯员李四 王五', ['张三'], '长江日报'],
    ['（记者 张三 实习生 王五 通讯员 李四）', ['张三', '王五'], '新浪财经'],
    ['通讯员 李四', [], '新浪财经'],
    ['记者 张三 报道', ['张三'], '新浪财经'],
  ] as const)
    it(`${line} opening a post gives ${authors.join('、') || 'no author'}; the line stays`, () => {
      const a = extract(seedPost(ps(line, P1, P2, P3)), { trace: true });
      expect([a.authors, a.source, paras(a)[0]]).toEqual([authors, source, line]);
    });
  it('--explain says whom it refused', () => {
    const a = extract(seedPost(ps('本报记者 张三 通讯员 李四 王五', P1, P2, P3)), { trace: true });
    expect(a.trace!.find((t) => t.rule === 'byline.correspondent')).toMatchObject({ action: 'skip', text: '李四、王五', field: 'authors' });
  });
  it('the real post’s lines (极目新闻记者 李博 / 通讯员 徐枫) give 李博 only', () => {
    const a = extract(seedPost(ps('极目新闻记者 李博', '通讯员 徐枫', P1, P2, P3)));
    expect(a.authors).toEqual(['李博']);
  });
});

const PC = decodeHtml(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'pages', 'news_20180928_ifxeuwwr9050078.html'))).text;
const PC_H1 = '<h1 class="main-title">农业农村部副部长:三聚氰胺事件别好了伤疤忘了疼</h1>';
const PC_TITLE = '农业农村部副部长:三聚氰胺事件别好了伤疤忘了疼';
const M_H1 = '<h1 class="art_tit_h1">泰国外交部：香港特别行政区事务纯属中国内政</h1>';
const M_TITLE = '泰国外交部：香港特别行政区事务纯属中国内政';

describe('title.badge: a badge styled inside the h1 is not part of the title', () => {
  it('the real pages have the headlines the variants start from', () => {
    expect([PC.includes(PC_H1), MOBILE.includes(M_H1)]).toEqual([true, true]);
  });
  for (const ex of TITLE_BADGE.examples.match) it(`the pattern takes ${ex}`, () => expect(TITLE_BADGE.pattern.test(ex)).toBe(true));
  for (const ex of TITLE_BADGE.examples.noMatch) it(`the pattern leaves ${ex}`, () => expect(TITLE_BADGE.pattern.test(ex)).toBe(false));
  for (const ex of TITLE_BADGE.examples.joins.after) it(`the title goes on from a first word with ${ex}`, () => expect(TITLE_BADGE.joins.after.test(ex)).toBe(true));
  for (const ex of TITLE_BADGE.examples.joins.before) it(`the title goes on into a last word from ${ex}`, () => expect(TITLE_BADGE.joins.before.test(ex)).toBe(true));
  for (const ex of TITLE_BADGE.examples.joins.apart) it(`a badge is set apart from ${ex}`, () => expect([TITLE_BADGE.joins.after.test(ex), TITLE_BADGE.joins.before.test(ex)]).toEqual([false, false]));
  for (const ex of TITLE_BADGE.examples.apart.name) it(`the class ${ex} sets a label apart`, () => expect(TITLE_BADGE.apart.name.test(ex)).toBe(true));
  for (const ex of TITLE_BADGE.examples.apart.style) it(`the style ${ex} sets a label apart`, () => expect(TITLE_BADGE.apart.style.test(ex)).toBe(true));
  for (const ex of TITLE_BADGE.examples.apart.neither) it(`${ex} does not set a label apart`, () => expect([TITLE_BADGE.apart.name.test(ex), TITLE_BADGE.apart.style.test(ex)]).toEqual([false, false]));
  for (const [h1, title] of TITLE_BADGE.examples.glued) it(`a label word glued to the title stays: ${title}`, () => expect(extract(PC.replace(PC_H1, `<h1 class="main-title">${h1}</h1>`)).title).toBe(title));
  for (const badge of ['<span class="tag-original" style="color:#fff;background:#e4393c">原创</span>', '<span class="art_tag">独家</span> ', '<em class="title-badge">重磅</em>', '<i class="icon-exclusive">【独家】</i>', '<span>【独家】</span>', '<b>快讯</b> ']) {
    it(`pc-2017: ${badge} before the headline`, () => {
      const a = extract(PC.replace(PC_H1, PC_H1.replace('<h1 class="main-title">', `<h1 class="main-title">${badge}`)), { trace: true });
      expect([a.title, a.trace!.some((t) => t.rule === 'title.badge')]).toEqual([PC_TITLE, true]);
    });
    it(`mobile: ${badge} before the headline`, () => {
      expect(extract(MOBILE.replace(M_H1, M_H1.replace('<h1 class="art_tit_h1">', `<h1 class="art_tit_h1">${badge}`))).title).toBe(M_TITLE);
    });
  }
  it('two badges, one at each end, inside the headline’s link go', () => {
    const h1 = `<h1 class="main-title"><a href="https://finance.sina.com.cn/"><span class="tag">独家</span>${PC_TITLE}<span class="tag">视频</span></a></h1>`;
    expect(extract(PC.replace(PC_H1, h1)).title).toBe(PC_TITLE);
  });
  it('a badge after the headline goes too', () => {
    expect(extract(PC.replace(PC_H1, PC_H1.replace('</h1>', '<span class="tag">首发</span></h1>'))).title).toBe(PC_TITLE);
  });
  for (const [h1, title] of [
    ['<h1 class="main-title">独家专访：农业农村部副部长谈食品安全</h1>', '独家专访：农业农村部副部长谈食品安全'],
    ['<h1 class="main-title"><span class="red">重磅！</span>央行宣布全面降准</h1>', '重磅！央行宣布全面降准'],
    ['<h1 class="main-title">重磅：央行宣布全面降准</h1>', '重磅：央行宣布全面降准'],
    ['<h1 class="main-title"><span>独家</span></h1>', '独家'],
    ['<h1 class="main-title">央行宣布全面降准<span>最新</span>消息</h1>', '央行宣布全面降准最新消息'],
    ['<h1 class="main-title"><b>央行</b>宣布全面降准</h1>', '央行宣布全面降准'],
    ['<h1 class="main-title">原创药企业迎来<span>新</span></h1>', '原创药企业迎来新'],
    ['<h1 class="main-title">央行宣布全面降准｜<span>视频</span></h1>', '央行宣布全面降准｜视频'],
    ['<h1 class="main-title"><a href="https://finance.sina.com.cn/"><em>突发</em>：央行宣布全面降准</a></h1>', '突发：央行宣布全面降准'],
  ] as const)
    it(`keeps the title's own words: ${title}`, () => expect(extract(PC.replace(PC_H1, h1)).title).toBe(title));
});

describe('meta.publishedAt.mobile-header: a mobile page’s header time wins over a meta tag naming another minute', () => {
  const HEADER = '<span class="weibo_time_day">09月11日</span>\n\t\t\t\t\t\t17:00';
  const META = 'content="2019-09-11 17:00:50"';
  const at = (html: string) => extract(html).publishedAt;
  it('the real page prints the header time the variants change', () => expect([MOBILE.includes(HEADER), MOBILE.includes(META)]).toEqual([true, true]));
  for (const { text, groups } of MOBILE_HEADER_TIME.examples.match) it(`reads ${text}`, () => expect({ ...MOBILE_HEADER_TIME.pattern.exec(text)!.groups }).toEqual({ year: undefined, ...groups }));
  for (const text of MOBILE_HEADER_TIME.examples.noMatch) it(`reads no time in ${text}`, () => expect(MOBILE_HEADER_TIME.pattern.test(text)).toBe(false));
  it('the same minute keeps the meta tag’s seconds (the real page)', () => expect(at(MOBILE)).toBe('2019-09-11T17:00:50+08:00'));
  it('another minute of the same day: the header’s', () => expect(at(MOBILE.replace(HEADER, HEADER.replace('17:00', '18:32')))).toBe('2019-09-11T18:32:00+08:00'));
  it('another day with the year printed: the header’s', () => expect(at(MOBILE.replace(HEADER, '<span class="weibo_time_day">2019.09.10</span>23:05'))).toBe('2019-09-10T23:05:00+08:00'));
  it('a header without the year at the year’s end, a meta time in the new year: the year before', () => {
    expect(at(MOBILE.replace(HEADER, '<span class="weibo_time_day">12月31日</span> 23:05').replace(META, 'content="2020-01-01 08:00:00"'))).toBe('2019-12-31T23:05:00+08:00');
  });
  it('a header that prints no date (昨天 18:32) leaves the meta time', () => expect(at(MOBILE.replace(HEADER, '<span class="weibo_time_day">昨天</span> 18:32'))).toBe('2019-09-11T17:00:50+08:00'));
  it('a header without the year and no meta time gives no invented year', () => {
    expect(at(MOBILE.replace(HEADER, HEADER.replace('17:00', '18:32')).replace(/<meta property="article:published_time"[^>]*>/, ''))).toBeNull();
  });
});

describe('wechat.recommended: list titles ending in ？/！ go under 往期推荐/往期回顾, an article’s own closing questions stay', () => {
  const LIST = ['地铁建设为何“踩刹车”？', '重磅！央行宣布全面降准', '这家银行暴雷！', '楼市拐点来了吗？'];
  for (const heading of ['往期推荐', '往期回顾：', '【往期精选】'])
    it(`${heading} and titles ending in ？ and ！ go`, () => {
      expect(paras(extract(seedPost(ps(P1, P2, P3, heading, ...LIST))))).toEqual([P1, P2, P3]);
    });
  it('titles led by an arrow go', () => {
    expect(paras(extract(seedPost(ps(P1, P2, P3, '往期推荐', ...LIST.map((t) => `▶ ${t}`)))))).toEqual([P1, P2, P3]);
  });
  for (const closing of [['经济能否企稳回升？', '下半年政策如何发力？'], ['这一天，终于来了！'], ['楼市拐点来了吗？']])
    it(`an article closing with ${closing.join(' ')} keeps it (no list heading)`, () => {
      expect(paras(extract(seedPost(ps(P1, P2, P3, ...closing))))).toEqual([P1, P2, P3, ...closing]);
    });
  it('the article’s closing question above the list heading stays', () => {
    expect(paras(extract(seedPost(ps(P1, P2, P3, '经济能否企稳回升？', '往期推荐', ...LIST))))).toEqual([P1, P2, P3, '经济能否企稳回升？']);
  });
  it('a paragraph after the titles ends the list and stays', () => {
    const after = '新规落地后，开发商普遍放缓了拿地节奏，市场观望情绪浓厚。';
    expect(paras(extract(seedPost(ps(P1, P2, '往期推荐', LIST[0]!, after))))).toEqual([P1, P2, after]);
  });
});
