/**
 * Rules that act: every rule of src/rules/ either fires on a fixture (its id is in the trace of
 * some fixture's extraction, or of the tool's own HTML of it), or is exercised through extract()
 * by the example-based tests below (each example of the line, byline, boilerplate, link and
 * picture tables, placed where its rule applies in a small page), or is listed in STAYS with why
 * it is kept although no fixture shows it acting. The report of rules no fixture triggers is
 * printed (`npx vitest run test/rules/coverage.test.ts`).
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article';
import { extract } from '../../src/engine/extract';
import { renderHtml } from '../../src/render/html';
import { BOILERPLATE } from '../../src/rules/boilerplate';
import { BYLINES } from '../../src/rules/bylines';
import { CAPTION_HINT, JUNK_IMAGES } from '../../src/rules/images';
import { ALL_RULES } from '../../src/rules/index';
import { LINES } from '../../src/rules/lines';
import { LINK_FURNITURE, LINK_LABELS } from '../../src/rules/links';
import type { Where } from '../../src/rules/types';
import { loadAuditDocs } from '../support/corpus';

/** Rules no fixture shows acting, kept on purpose, and why. */
const STAYS: Readonly<Record<string, string>> = {
  'host.sina': 'the https upgrade of Sina’s hosts acts on every URL (engine/url.ts) and is not traced; tested in test/rules/hosts.test.ts',
  'stock.link.fund': 'fund quote links (/fund/quotes/000198/): no fixture mentions a fund; tested by its examples in tables.test.ts',
  'meta.editor.template': 'only the Readability fallback names an editor (its byline, when that is a 责任编辑 line); no fixture falls back to Readability with one',
  'image.appBanner': 'an app banner or QR picture in the body: the app boxes of the fixtures go whole by their selectors before pictures are read; tested in test/rules/attack12.test.ts (banner linked to the landing page) and by its examples there',
  'stock.chart-alt': 'a quote chart linked to a stock page whose alt names the stock (中国国航分时图): no fixture has one with an alt; tested in test/engine-attack12.test.ts and by its examples in test/rules/attack12.test.ts',
  'line.headline-variant': 'the first line of a reprint printing the headline otherwise (the real post 围剿炒房客！102份深圳炒房材料曝光…, not a fixture): tested by its examples and through extract() in test/rules/rules26.test.ts',
  'line.picture-credit-alone': 'a picture credit with no picture beside it: no fixture has one; tested in test/rules/rules26.test.ts (and line.picture-credit\'s examples keep their picture in this file)',
  'line.figure-credit': 'a 来源 line right under a chart or table between the article’s lines (the real post 10月煤炭行业利润增逾4倍, not a fixture): tested in test/rules/pages14.test.ts and attack14.test.ts',
  'byline.credit-line-shape': 'a test, not a trace: whether a credit line below a closing chart (编辑：王五) closes the post or is the article’s own sentence (编辑：我们会继续关注此事。); tested by its examples in test/rules/tables.test.ts and in attack18.test.ts',
  'title.badge': 'a badge styled inside the headline (<span>原创</span>): no fixture page has one; tested on variants of the real pc-2017 and mobile pages in test/rules/pages14.test.ts',
  'block.bare-numbering': 'a numbering with no words on its own line (<strong>2、</strong>) before the block it numbers: no fixture prints one; tested through extract() and by its examples in test/rules/rules28.test.ts',
  'block.centred-deck': 'a centred deck of two lines that are one sentence (the real post 00后“整顿职场”，在整顿什么？, not a fixture): tested through extract() and by its examples in test/rules/rules28.test.ts',
  'source.data-maker': 'a 来源 line naming the maker of a figure\'s numbers (来源：中证指数有限公司, 来源：Wind): no fixture prints one bare (the fixtures label theirs 数据来源/资料来源); tested through extract() and by its examples in test/rules/rules28.test.ts',
  'drop.wxSharePicture': 'the hidden WeChat share picture: the strip stage already takes it out (inline display:none) on the three mobile fixtures; kept for pages that hide it by a class',
};

const docs = loadAuditDocs();

/** Long article sentences that no rule takes: the article's own lines around an example. */
const OWN = [
  '国家统计局今天发布的数据显示，今年前三季度国内生产总值同比增长，经济运行总体平稳，发展质量稳步提升。',
  '从环比看，三季度国内生产总值增长较快，主要指标保持在合理区间，就业形势总体稳定，物价温和上涨。',
  '分产业看，第一产业增加值增长，第二产业增加值增长，第三产业增加值增长，服务业对经济增长的贡献继续提高。',
  '分地区看，东部地区经济保持较快增长，中西部地区增速快于全国，东北地区经济企稳回升的态势更加明显。',
  '消费对经济增长的拉动作用增强，社会消费品零售总额增长，网上零售额增长，实物商品网上零售额占比提高。',
  '投资结构继续优化，高技术产业投资增长较快，制造业投资增速回升，基础设施投资保持稳定增长的势头。',
  '对外贸易稳中向好，货物进出口总额增长，出口增长，进口增长，贸易结构持续优化，民营企业进出口占比上升。',
  '居民收入继续增长，全国居民人均可支配收入实际增长，城乡居民收入差距继续缩小，居民消费支出稳步回升。',
];

const p = (t: string) => `<p>${t.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`;

/** A body with the lines placed where `where` applies: the first line, the last, or the middle (no edge). */
function bodyWith(lines: string[], where: Where): string {
  const own = OWN.map(p);
  const mine = lines.map(p);
  const parts = where === 'lead' ? [...mine, ...own] : where === 'anywhere' ? [...own.slice(0, 4), ...mine, ...own.slice(4)] : [...own, ...mine];
  return `<div id="artibody">${parts.join('')}</div>`;
}

const own = OWN.map(p).join('');
const pc2017 = (label: string) =>
  `<html><head><title>前三季度经济运行总体平稳_新浪财经_新浪网</title></head><body><h1 class="main-title">前三季度经济运行总体平稳</h1><div class="date-source"><span class="date">2021年10月18日 10:00</span><span class="source">${label}</span></div><div id="artibody">${own}</div></body></html>`;

/** Metadata choices and refusals no fixture shows, each through a small page: [page, field, value]. */
const CHOICES: Readonly<Record<string, readonly [string, 'title' | 'source' | 'editor', string | null]>> = {
  'source.not-an-outlet': [pc2017('本报'), 'source', null],
  'meta.title.og': [`<html><head><meta property="og:title" content="前三季度经济运行总体平稳"></head><body><div id="artibody">${own}</div></body></html>`, 'title', '前三季度经济运行总体平稳'],
  'meta.title.document': [`<html><head><title>前三季度经济运行总体平稳_新浪财经_新浪网</title></head><body><div id="artibody">${own}</div></body></html>`, 'title', '前三季度经济运行总体平稳'],
  'meta.source.wen-outlet': [bodyWith(['文：《财经》记者 张三 李四'], 'edge'), 'source', '财经'],
  'meta.source.compiled': [bodyWith(['每日经济新闻综合自京东官方微信号、微信公众号TencentGlobal、公开资料'], 'tail'), 'source', '每日经济新闻'],
  'line.source-credits.editor': [bodyWith(['来源：新京报 编辑：王五 校对：赵六'], 'tail'), 'editor', '王五'],
  'source.list-of-outlets': [bodyWith(['来源 齐鲁观、青记'], 'tail'), 'source', '齐鲁观'],
  'source.title-marks': [bodyWith(['来源：《国际融资》'], 'tail'), 'source', '国际融资'],
  'title.video-label': [pc2017('新京报').replace('<h1 class="main-title">', '<h1 class="main-title"><em>视频</em>｜'), 'title', '前三季度经济运行总体平稳'],
  'source.interviewer': [bodyWith(['观察者网：您如何看待今年的经济形势？', '张三：总体平稳。', '观察者网：明年呢？', '张三：仍有压力。'], 'anywhere'), 'source', '观察者网'],
  'source.feed-person': [`---\ntitle: '前三季度经济运行总体平稳'\nauthor: 张三\ndate: Mon, 30 Aug 2021 12:45:44 GMT\n---\n\n<div>${own}</div>\n`, 'source', null],
  'meta.source.interviewer': [bodyWith(['观察者网：您如何看待今年的经济形势？', '张三：总体平稳。', '观察者网：明年呢？', '张三：仍有压力。'], 'anywhere'), 'source', '观察者网'],
};

const rulesOf = (a: Article) => new Set((a.trace ?? []).map((e) => e.rule));

describe('rules that fire on the corpus', () => {
  const fired = new Set<string>();
  for (const d of docs) {
    const a = extract(d.html, { url: d.url, trace: true });
    for (const id of rulesOf(a)) fired.add(id);
    for (const id of rulesOf(extract(renderHtml(a), { url: a.url ?? undefined, trace: true }))) fired.add(id);
  }
  const never = ALL_RULES.filter((r) => !fired.has(r.id));

  it('lists the rules no fixture triggers (report)', () => {
    const lines = never.map((r) => `  ${r.table.padEnd(11)} ${r.id}${r.id in STAYS ? `: stays, ${STAYS[r.id]!.slice(0, 90)}…` : ': exercised through extract() by its examples'}`);
    console.log([`${ALL_RULES.length} rules; ${ALL_RULES.length - never.length} fire on the ${docs.length} fixtures; ${never.length} do not:`, ...lines].join('\n'));
    expect(fired.size).toBeGreaterThan(50);
  });

  it('every rule that no fixture triggers is exercised by its examples or stays for a stated reason', () => {
    const exercised = new Set([...BOILERPLATE, ...BYLINES, ...LINES, ...LINK_FURNITURE, LINK_LABELS, ...JUNK_IMAGES, CAPTION_HINT].map((r) => r.id));
    for (const id of Object.keys(CHOICES)) exercised.add(id);
    expect(never.filter((r) => !exercised.has(r.id) && !(r.id in STAYS)).map((r) => r.id)).toEqual([]);
  });

  it('every rule listed as staying really fires on no fixture (the list stays true)', () => {
    expect(Object.keys(STAYS).filter((id) => fired.has(id))).toEqual([]);
    const ids = new Set(ALL_RULES.map((r) => r.id));
    expect(Object.keys(STAYS).filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('each example acts through extract() where its rule applies', () => {
  for (const c of BOILERPLATE) {
    for (const ex of c.examples.drop) {
      it(`${c.id}: ${ex.slice(0, 40)}`, () => {
        const [before, after] = c.examples.around ?? ['', ''];
        const lines = c.scope === 'inline' ? [`${OWN[0]!.slice(0, -1)}${before}${ex}${after}。`] : [ex, ...(c.scope === 'run' ? (c.examples.runItems ?? []) : [])];
        const a = extract(bodyWith(lines, c.where), { trace: true });
        expect(rulesOf(a)).toContain(c.id);
        if (c.scope === 'inline') expect(a.text).not.toContain(ex.trim());
        else for (const l of lines) expect(a.text.split('\n\n')).not.toContain(l.trim());
        for (const own of OWN) expect(a.text).toContain(own);
      });
    }
  }
  for (const r of LINES) {
    for (const ex of r.examples.match) {
      it(`${r.id}: ${ex.text.slice(0, 40)}`, () => {
        // A picture's credit credits a picture beside it (alone, it goes: line.picture-credit-alone).
        const body = bodyWith([ex.text], r.where);
        const a = extract(r.id === 'line.picture-credit' ? body.replace(p(ex.text), `${p(ex.text)}<p><img src="https://n.sinaimg.cn/finance/a.jpg"></p>`) : body, { trace: true });
        expect(rulesOf(a)).toContain(r.id);
        const inText = a.text.split('\n\n').includes(ex.text.trim());
        expect(inText).toBe(r.line === 'keep');
      });
    }
  }
  for (const r of BYLINES) {
    for (const ex of r.examples.match) {
      it(`${r.id}: ${ex.text.slice(0, 40)}`, () => {
        const next = r.followedBy ? LINES.find((l) => l.id === r.followedBy)!.examples.match[0]!.text : null;
        // A names run continued: read only right after a byline naming two or more people.
        const before = r.continues ? ['作者 | 陶 陶 马舒叶 侯燕婷'] : [];
        const after = r.continues ? ['编辑 | 曹 杨'] : [];
        // A masthead: read only right above the writer's credit.
        const credit = r.aboveCredit ? ['作   者 | 董道力'] : [];
        const a = extract(bodyWith([...before, ex.text, ...credit, ...(next ? [next] : []), ...after], r.where), { trace: true });
        expect(rulesOf(a)).toContain(r.id);
        // A byline is the article's printed words: it stays in the text.
        expect(a.text.replace(/\s+/g, '')).toContain(ex.text.replace(/\s+/g, ''));
      });
    }
  }
  for (const r of LINK_FURNITURE) {
    for (const ex of r.examples.match) {
      it(`${r.id}: ${ex.text}`, () => {
        const a = extract(bodyWith([], 'tail').replace('</div>', `<p>据报道，<a href="${ex.href}"${ex.class ? ` class="${ex.class}"` : ''}>${ex.text}</a>的有关负责人今天表示，相关工作正在推进之中。</p></div>`), { trace: true });
        expect(rulesOf(a)).toContain(r.id);
        expect(a.text).toContain(ex.text);
        expect(a.blocks.some((b) => 'inlines' in b && b.inlines?.some((i) => i.href === ex.href))).toBe(false);
      });
    }
    for (const ex of r.examples.noMatch) {
      it(`${r.id} leaves the article's link ${ex.text}`, () => {
        const a = extract(bodyWith([], 'tail').replace('</div>', `<p>据报道，<a href="${ex.href}"${ex.class ? ` class="${ex.class}"` : ''}>${ex.text}</a>的有关负责人今天表示，相关工作正在推进之中。</p></div>`), { trace: true });
        expect(a.blocks.some((b) => 'inlines' in b && b.inlines?.some((i) => i.href === new URL(ex.href).href.replace(/^http:/, 'https:')))).toBe(true);
      });
    }
  }
  it(`${LINK_LABELS.id}: the label goes with its link`, () => {
    const a = extract(bodyWith([], 'tail').replace('</div>', `<p>演员张一山<a href="http://weibo.com/1776845763?zw=ent" class="wt_article_link">[微博]</a>在发布会上说，新剧将在年底与观众见面。</p></div>`), { trace: true });
    expect(rulesOf(a)).toContain(LINK_LABELS.id);
    expect(a.text).toContain('演员张一山在发布会上说');
  });
  for (const r of JUNK_IMAGES) {
    it(`${r.id}: ${r.examples.match[0]!.slice(0, 60)}`, () => {
      const src = r.examples.match[0]!;
      const a = extract(bodyWith([], 'tail').replace('<div id="artibody">', `<div id="artibody"><p><img src="${src}"></p>`), { trace: true });
      expect(a.images.map((i) => i.src)).not.toContain(src);
      if (!src.startsWith('data:')) expect(rulesOf(a)).toContain(r.id);
    });
  }
  it(`${CAPTION_HINT.id}: a credit line under a picture is its caption`, () => {
    const a = extract(`<div id="artibody"><p><img src="https://n.sinaimg.cn/news/a.jpg"></p><p>${CAPTION_HINT.examples.match[0]}</p>${OWN.map(p).join('')}</div>`, { trace: true });
    expect(rulesOf(a)).toContain(CAPTION_HINT.id);
    expect(a.images[0]!.caption).toBe(CAPTION_HINT.examples.match[0]);
  });
  it.each(Object.entries(CHOICES))('%s', (id, [html, field, value]) => {
    const a = extract(html, { trace: true });
    expect(rulesOf(a)).toContain(id);
    expect(a[field]).toEqual(value);
  });
});
