/**
 * Tests generated from the rule tables in src/rules/: one test per example (what must match, with
 * its named groups; what must not), one per entry that its fixture exists and shows it, and the
 * hard rule of name splitting. A new rule or example gets its tests by being added to a table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../src/cli/decode';
import { BOILERPLATE, boilerplateOf, inlineClassOf, stripInline } from '../../src/rules/boilerplate';
import { BYLINES, CREDIT_LINE_SHAPE, readByline } from '../../src/rules/bylines';
import { LINES, readEditor, readLine } from '../../src/rules/lines';
import { NAME_EXAMPLES, splitNames } from '../../src/rules/names';
import { keywordPubCodes, NEWS_KEYWORD_PUB, STOCK_LINKS, STOCK_SPANS, stockCode } from '../../src/rules/stocks';
import type { Recognizer } from '../../src/rules/types';
import { cleanDocumentTitle, visibleTitle } from '../../src/engine/meta';
import { CAPTION_HINT, JUNK_IMAGES, junkImage } from '../../src/rules/images';
import { ALL_RULES } from '../../src/rules/index';
import { LINK_FURNITURE, LINK_LABELS, linkFurniture } from '../../src/rules/links';
import { ELLIPSIS_PARAGRAPH, FIGURE_CREDIT } from '../../src/rules/lines';
import { restoreAsciiQuotes, TITLE_ASCII_QUOTES } from '../../src/rules/metadata';
import { FIELD_ORDER, NOT_AN_OUTLET, OUTLET_NAME, PERSON_NOT_OUTLET, TITLE_PRIVATE_USE, TITLE_SUFFIX } from '../../src/rules/metadata';
import { DROP_SELECTORS, MARKER_REGIONS, VIDEO_MARKERS } from '../../src/rules/page';
import { load } from 'cheerio';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const compact = (s: string) => s.replace(/[\s\u3000\u00a0]+/g, '');
/** A non-global copy of a pattern (global regexes keep state between test() calls). */
const once = (re: RegExp) => new RegExp(re.source, re.flags.replace('g', ''));

const entityMap: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const pageCache = new Map<string, { raw: string; text: string }>();
/** A fixture as a reader (and a comment reader) sees it: markup removed, comments' contents kept, entities decoded. */
function page(fixture: string) {
  let p = pageCache.get(fixture);
  if (!p) {
    const raw = decodeHtml(readFileSync(join(FIXTURES, fixture))).text;
    const text = raw
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!--|-->/g, ' ')
      .replace(/<[^>]*>/g, '')
      .replace(/&(#x?[0-9a-f]+|\w+);/gi, (m, e: string) =>
        e[0] === '#' ? String.fromCodePoint(Number.parseInt(e.slice(e[1] === 'x' || e[1] === 'X' ? 2 : 1), e[1] === 'x' || e[1] === 'X' ? 16 : 10)) : (entityMap[e] ?? m),
      );
    p = { raw, text: compact(text) };
    pageCache.set(fixture, p);
  }
  return p;
}

describe('rule ids are unique across every table', () => {
  it('no id is used twice', () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  it('every rule has a reason and names a fixture that exists', () => {
    for (const r of ALL_RULES) {
      expect(r.reason.length, r.id).toBeGreaterThan(10);
      expect(existsSync(join(FIXTURES, r.fixture)), `${r.id}: ${r.fixture}`).toBe(true);
    }
  });
});

describe('page structure (src/rules/page.ts)', () => {
  for (const r of [...DROP_SELECTORS, VIDEO_MARKERS]) {
    it(`${r.id}: ${r.fixture} has an element ${r.selector.slice(0, 60)}`, () => {
      expect(load(page(r.fixture).raw)(r.selector).length).toBeGreaterThan(0);
    });
  }
  for (const r of MARKER_REGIONS) {
    it(`${r.id}: ${r.fixture} has the comment <!--${r.begin}-->`, () => {
      expect(page(r.fixture).raw.replace(/\s+/g, '')).toContain(`<!--${r.begin.replace(/\s+/g, '')}`);
    });
  }
});

describe('pictures (src/rules/images.ts)', () => {
  for (const r of JUNK_IMAGES) {
    describe(r.id, () => {
      for (const ex of r.examples.match) it(`takes ${ex}`, () => expect(junkImage(ex)?.id).toBe(r.id));
      for (const ex of r.examples.noMatch) it(`leaves ${ex}`, () => expect(junkImage(ex)).toBeUndefined());
      it(`fixture ${r.fixture} shows it`, () => {
        const raw = page(r.fixture).raw;
        expect(r.examples.match.some((ex) => raw.includes(ex.replace(/^https?:/, '')))).toBe(true);
      });
    });
  }
  describe(CAPTION_HINT.id, () => {
    for (const ex of CAPTION_HINT.examples.match) it(`a caption: ${ex}`, () => expect(CAPTION_HINT.pattern.test(ex) && ex.length <= CAPTION_HINT.maxChars).toBe(true));
    for (const ex of CAPTION_HINT.examples.noMatch) it(`not a caption: ${ex}`, () => expect(CAPTION_HINT.pattern.test(ex)).toBe(false));
    it(`fixture ${CAPTION_HINT.fixture} shows it`, () => expect(CAPTION_HINT.examples.match.some((ex) => page(CAPTION_HINT.fixture).text.includes(compact(ex)))).toBe(true));
  });
});

describe('links (src/rules/links.ts)', () => {
  for (const r of LINK_FURNITURE) {
    describe(r.id, () => {
      for (const ex of r.examples.match) it(`Sina's link on ${ex.text}`, () => expect(linkFurniture(ex)?.id).toBe(r.id));
      for (const ex of r.examples.noMatch) it(`the article's link ${ex.text}`, () => expect(linkFurniture(ex)).toBeUndefined());
      it(`fixture ${r.fixture} shows it`, () => {
        const $ = load(page(r.fixture).raw);
        const links = $('a[href]').map((_, a) => ({ href: $(a).attr('href')!, text: $(a).text(), class: $(a).attr('class') })).get();
        expect(links.some((l) => linkFurniture(l)?.id === r.id && r.examples.match.some((ex) => ex.text === l.text))).toBe(true);
      });
    });
  }
  describe(LINK_LABELS.id, () => {
    for (const ex of LINK_LABELS.examples.match) it(`a label: ${ex}`, () => expect(LINK_LABELS.pattern.test(ex)).toBe(true));
    for (const ex of LINK_LABELS.examples.noMatch) it(`not a label: ${ex}`, () => expect(LINK_LABELS.pattern.test(ex)).toBe(false));
  });
});

describe('metadata (src/rules/metadata.ts)', () => {
  for (const r of [NOT_AN_OUTLET, OUTLET_NAME, PERSON_NOT_OUTLET, ELLIPSIS_PARAGRAPH, FIGURE_CREDIT, CREDIT_LINE_SHAPE]) {
    describe(r.id, () => {
      for (const ex of r.examples.match) it(`matches ${ex}`, () => expect(r.pattern.test(ex)).toBe(true));
      for (const ex of r.examples.noMatch) it(`does not match ${ex}`, () => expect(r.pattern.test(ex)).toBe(false));
    });
  }
  it.each(TITLE_SUFFIX.examples.map(([a, b]) => [a, b] as const))(`${TITLE_SUFFIX.id}: %s`, (raw, want) => expect(cleanDocumentTitle(raw)).toBe(want));
  it.each(TITLE_ASCII_QUOTES.examples.map(([a, b]) => [a, b] as const))(`${TITLE_ASCII_QUOTES.id}: %s`, (raw, want) => expect(restoreAsciiQuotes(raw)).toBe(want));
  it.each(TITLE_PRIVATE_USE.examples.map(([a, b]) => [a, b] as const))(`${TITLE_PRIVATE_USE.id}: %s`, (raw, want) => expect(visibleTitle(raw)).toBe(want));
  it('every field lists its places once and ends with the page saying nothing (where it can)', () => {
    for (const [field, rules] of Object.entries(FIELD_ORDER)) {
      for (const r of rules) expect(r.field, r.id).toBe(field);
      expect(rules.filter((r) => r.id.endsWith('.none')).length).toBeLessThanOrEqual(1);
      if (rules.some((r) => r.id.endsWith('.none'))) expect(rules[rules.length - 1]!.id).toBe(`meta.${field}.none`);
    }
  });
});

describe('bylines read only before a given line name a metadata-line rule', () => {
  it.each(BYLINES.filter((r) => r.followedBy).map((r) => [r.id, r.followedBy!] as const))('%s: %s', (_id, next) => {
    expect(LINES.some((l) => l.id === next)).toBe(true);
  });
});

describe('boilerplate classes', () => {
  for (const c of BOILERPLATE) {
    describe(c.id, () => {
      for (const ex of c.examples.drop) {
        if (c.scope === 'inline') {
          // In its place: after a stock's name (or where the class says it is printed).
          const [before, after] = c.examples.around ?? ['贵州茅台', '盘中'];
          it(`removes the span ${ex}`, () => {
            expect(c.patterns.some((p) => once(p).test(c.examples.around ? `${before}${ex}${after}` : ex))).toBe(true);
            expect(stripInline(`${before}${ex}${after}`)).toBe(`${before}${after}`);
            expect(inlineClassOf(`${before}${ex}${after}`)?.id).toBe(c.id);
          });
        } else {
          it(`drops the line ${ex}`, () => {
            expect(c.patterns.some((p) => once(p).test(ex.trim()))).toBe(true);
            expect(boilerplateOf(ex)).not.toBeNull();
          });
        }
      }
      for (const item of c.examples.runItems ?? []) {
        it(`takes ${item} as an item of the run`, () => {
          expect(c.run?.item.test(item)).toBe(true);
        });
      }
      for (const ex of c.examples.keep) {
        it(`keeps the article sentence ${ex.slice(0, 40)}`, () => {
          // No class of the whole table may take an article sentence, not only this one.
          expect(boilerplateOf(ex)?.id ?? null).toBeNull();
          expect(stripInline(ex)).toBe(ex);
        });
      }
      it(`fixture ${c.fixture} exists and shows it`, () => {
        expect(existsSync(join(FIXTURES, c.fixture)), c.fixture).toBe(true);
        const shown = c.examples.drop.some((ex) => page(c.fixture).text.includes(compact(ex)));
        expect(shown, `none of the drop examples is on ${c.fixture}`).toBe(true);
      });
    });
  }
});

function recognizerTests(table: readonly Recognizer[]) {
  for (const r of table) {
    describe(r.id, () => {
      for (const ex of r.examples.match) {
        it(`reads ${ex.text.slice(0, 50)}`, () => {
          const m = ex.text.match(r.pattern);
          expect(m, ex.text).not.toBeNull();
          const got = Object.fromEntries(Object.entries(m!.groups ?? {}).filter(([, v]) => v !== undefined));
          expect(got).toEqual(ex.groups);
        });
      }
      for (const ex of r.examples.noMatch) {
        it(`does not take ${ex.slice(0, 50)}`, () => {
          expect(r.pattern.test(ex)).toBe(false);
        });
      }
      it(`fixture ${r.fixture} exists and shows it`, () => {
        expect(existsSync(join(FIXTURES, r.fixture)), r.fixture).toBe(true);
        const shown = r.examples.match.some((ex) => page(r.fixture).text.includes(compact(ex.text)));
        expect(shown, `none of the match examples is on ${r.fixture}`).toBe(true);
      });
    });
  }
}

describe('bylines and credits', () => recognizerTests(BYLINES));
describe('metadata lines', () => recognizerTests(LINES));

describe('reading bylines: what each shape gives', () => {
  it.each([
    ['新京报讯（记者 张和平）北京市住建委昨日通报，因违规发布网络房源信息，18家中介机构被查处。', '新京报', ['张和平']],
    ['是戏剧圈上，都有亮眼的表现，人气相当高。ETtoday/文', 'ETtoday', []],
    ['（John Smith/文）', null, ['John Smith']],
    ['本报记者 杜丽娟 北京报道', null, ['杜丽娟']],
    ['本报记者 包兴安 见习记者 杨 洁', null, ['包兴安', '杨洁']],
    ['中国基金报记者 方丽  张燕北 曹雯璟', '中国基金报', ['方丽', '张燕北', '曹雯璟']],
    ['每经编辑 杜宇', '每经', []],
    ['1月26日，在中国石油天然气集团公司青海油田公司采气一厂，工人在检查输气管道。新华社记者 张龙 摄', '新华社', []],
    ['新华社记者', '新华社', []],
    ['国民经济继续保持恢复态势，发展韧性不断增强。（记者魏玉坤、邹多为，海报设计杨轶群）', null, ['魏玉坤', '邹多为']],
    ['（总台央视记者 王楠 田琪永 刘世军 ）', '总台央视', ['王楠', '田琪永', '刘世军']],
    ['策划/编辑：储兴华', null, []],
    ['文：《财经》记者 张三 李四', '财经', ['张三', '李四']],
    ['本报讯【记者 李林鸾】2022年1月11日，由中国经济传媒协会主办的评选揭晓。', null, ['李林鸾']],
    ['本报（chinatimes.net.cn）记者张琪 徐芸茜 北京报道', '华夏时报', ['张琪', '徐芸茜']],
    ['澎湃新闻记者 吕新文 实习生 傅夕恒', '澎湃新闻', ['吕新文', '傅夕恒']],
    ['编辑 刘梦婕 校对 王心', null, []],
    ['文|新浪财经 杨雪梅 原祎鸣 刘娜 刘丽丽', '新浪财经', ['杨雪梅', '原祎鸣', '刘娜', '刘丽丽']],
    ['（作者：南方财经全媒体记者 钟小韵 编辑：杜弘禹）', '南方财经全媒体', ['钟小韵']],
    ['新京报特约撰稿人 | 马亮（中国人民大学国家发展与战略研究院研究员、公共管理学院教授）', '新京报', ['马亮']],
  ] as const)('%s', (line, outlet, authors) => {
    const r = readByline(line);
    expect(r).not.toBeNull();
    expect(r!.outlet).toBe(outlet);
    expect(r!.authors).toEqual(authors);
  });

  it('a sentence that only mentions a reporter is no byline', () => {
    expect(readByline('新华社记者近日采访了多位安全撤离回国的中国公民。')).toBeNull();
    expect(readByline('记者14日从国务院国资委了解到，中央企业突出抓好稳增长。')).toBeNull();
  });
});

describe('metadata lines: what each gives', () => {
  it('责任编辑 with work codes gives the name alone, the codes apart', () => {
    expect(readEditor('责任编辑：张三 SF014 AB123')).toEqual({ name: '张三', codes: ['SF014', 'AB123'] });
    expect(readEditor('责任编辑：刘万里 SF014')).toEqual({ name: '刘万里', codes: ['SF014'] });
    expect(readEditor('【责任编辑:薛涛】 ')).toEqual({ name: '薛涛', codes: [] });
  });
  it('原标题 with 来源 on the same line gives both', () => {
    expect(readLine('原标题：1.46万亿元2022年新增专项债务额度提前下达 将对项目实行穿透式监测 来源：中国证券报')?.groups).toMatchObject({
      title: '1.46万亿元2022年新增专项债务额度提前下达 将对项目实行穿透式监测',
      source: '中国证券报',
    });
  });
  it('a 来源 sentence with data after it is not a 来源 line', () => {
    expect(readLine('来源：国家统计局，数据截至2021年底')).toBeNull();
  });
});

describe('name splitting (one test per example)', () => {
  it.each(NAME_EXAMPLES.map(([raw, names]) => [raw, names] as const))('%s', (raw, names) => {
    expect(splitNames(raw)).toEqual(names);
  });

  it('never gives a string the page does not show (every example, every byline example)', () => {
    const inputs = [
      ...NAME_EXAMPLES.map(([raw]) => raw),
      ...[...BYLINES].flatMap((r) => r.examples.match.map((m) => m.groups.names ?? '')),
    ];
    for (const raw of inputs) {
      for (const name of splitNames(raw)) expect(compact(raw), `${name} from ${raw}`).toContain(compact(name));
    }
  });
});

describe('stock shapes', () => {
  for (const s of [...STOCK_LINKS, ...STOCK_SPANS]) {
    describe(s.id, () => {
      for (const ex of s.examples.match) {
        it(`${ex.text} -> ${ex.code}`, () => {
          expect(ex.text.match(s.pattern)).not.toBeNull();
          expect(stockCode(ex.text)).toBe(ex.code);
        });
      }
      for (const ex of s.examples.noMatch) {
        it(`not ${ex}`, () => {
          expect(s.pattern.test(ex)).toBe(false);
        });
      }
      it(`fixture ${s.fixture} exists and shows it`, () => {
        expect(existsSync(join(FIXTURES, s.fixture)), s.fixture).toBe(true);
        expect(s.examples.match.some((ex) => page(s.fixture).raw.includes(ex.text))).toBe(true);
      });
    });
  }

  describe(NEWS_KEYWORD_PUB.id, () => {
    for (const ex of NEWS_KEYWORD_PUB.examples.match) {
      it(ex.text, () => {
        expect(keywordPubCodes(ex.text)).toEqual({ market: ex.market, codes: ex.codes });
      });
    }
    for (const ex of NEWS_KEYWORD_PUB.examples.noMatch) {
      it(`not ${ex}`, () => {
        expect(keywordPubCodes(ex)).toBeNull();
      });
    }
    it(`fixture ${NEWS_KEYWORD_PUB.fixture} shows it`, () => {
      expect(page(NEWS_KEYWORD_PUB.fixture).raw).toContain(`<!--${NEWS_KEYWORD_PUB.examples.match[0]!.text}-->`);
    });
  });
});
