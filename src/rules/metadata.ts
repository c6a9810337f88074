/**
 * Metadata as data: which meta tags the engine reads, what Sina adds to them that is not about the
 * article, which names are Sina's platforms rather than an outlet, how titles are cleaned, and for
 * every Article field the order in which the places that may name it are asked. The metadata stage
 * walks these orders as written; the first place with a value decides, and the trace names it.
 */
import { NAMED_OUTLETS, OUTLET_SITES, SELF_OUTLETS } from './bylines';
import { COMPOUND_SURNAME, OUTLET_SHORT_NAMES, SURNAME_LED } from './names';

const SHORT_NAMES = Object.keys(OUTLET_SHORT_NAMES).join('|');
import type { RuleMeta } from './types';

/** meta tags read by every template (name= or property=; the first non-empty one wins for each field). */
export const META_TAGS = {
  title: ['og:title', 'twitter:title'],
  publishedAt: ['article:published_time', 'weibo: article:create_at', 'publishdate', 'pubdate'],
  source: ['article:author', 'mediaid'],
  keywords: ['keywords', 'tags'],
  url: ['og:url'],
  leadImage: ['og:image'],
} as const;

/** Keywords Sina adds to every page of a site: not about the article. */
export const KEYWORD_NOISE: RuleMeta & { values: readonly string[] } = {
  id: 'keywords.siteNames',
  values: ['sina.cn', '新浪网', '手机新浪网', '新浪新闻', '新闻', '财经头条', '财经新闻', '投资价值'],
  reason: 'site names appended to meta keywords (mobile: sina.cn; t.cj: 财经头条,财经新闻,投资价值)',
  fixture: 'pages/news-m_20190912_iicezueu5243925.html',
};

/** Names Sina shows in the source slot that are its own platforms, not the outlet. */
export const PLATFORM_SOURCES: RuleMeta & { values: readonly string[] } = {
  id: 'source.platform',
  values: ['新浪看点', '财经头条', '新浪财经头条', '新浪网', '手机新浪网'],
  reason: "Sina's platform labels in the header's source slot (self-media and aggregated pages): they say where the page is, not who wrote it",
  fixture: 'pages/k_20180928_1894c3a9300100elpc.html',
};

/**
 * A value that names no outlet: Sina's platform labels, the paper speaking of itself (本报, 本刊,
 * 本台…), an address. Examples: what is not an outlet, and what is.
 */
export const NOT_AN_OUTLET: RuleMeta & { pattern: RegExp; examples: { match: readonly string[]; noMatch: readonly string[] } } = {
  id: 'source.not-an-outlet',
  pattern: new RegExp(`^(?:${[...PLATFORM_SOURCES.values, ...SELF_OUTLETS].join('|')})$|^(?:${SELF_OUTLETS.join('|')})(?:综合|综编|编译|整理|综合整理|讯)$|^(?:https?:\\/\\/|www\\.)|^(?:该|这|那|此|上述)(?:家|个)?(?:报|刊|台|社|网|报社|报纸|网站|媒体|电视台|通讯社|杂志)$`),
  reason: 'a platform label, 本报/本刊/本台 (also as the one who compiled it: 本报综合, 本台编译), a paper named by reference (该报, 这家报社) or a web address is never the source',
  fixture: 'pages/k_20180928_1894c3a9300100elpc.html',
  examples: { match: ['新浪看点', '本报', '本刊', '本台', '本报综合', '本台编译', '本刊整理', 'www.thepaper.cn', '该报', '该台', '这家报社'], noMatch: ['澎湃新闻', '新浪财经', '本地宝', '那曲日报', '综合开发研究院'] },
};

/**
 * The shape of an outlet's name as a credit line prints it: it ends the way outlet names end
 * (…报, …社, …网, …台, …新闻, …刊, …周刊, …杂志, …出版社, a 客户端 edition), with at least two
 * characters before that ending, or written in Latin letters (ETtoday), or one of NAMED_OUTLETS
 * (总台央视, 券商中国). A closing credit's outlet counts only when it has this shape: a
 * short form (总台 for 中央广播电视总台, 央视) names the group, not the outlet. A 来源 line whose
 * value is a two- or three-character personal name (来源: 尹娟) names a person, not an outlet.
 */
export const OUTLET_NAME: RuleMeta & { pattern: RegExp; examples: { match: readonly string[]; noMatch: readonly string[] } } = {
  id: 'source.outlet-name',
  pattern: new RegExp(
    String.raw`^[\u4e00-\u4e27\u4e29-\u9fa5A-Za-z0-9·]{2,}(?:报|社|网|台|刊|新闻|周刊|杂志|出版社|客户端|电视|广播|经纬|财经|观察|日报|时报|晚报|媒体)$|^[A-Za-z][A-Za-z0-9 .&-]{2,}$|^(?:${NAMED_OUTLETS.join('|')})$`,
  ),
  reason: 'an outlet named in full (深圳商报, its name never holding the bar 丨 that parts it from a byline, 中国南海新闻网, or in Latin letters: ETtoday) or by a name of its own that ends otherwise (NAMED_OUTLETS: 券商中国, 总台央视), not a short form (总台, the group) or a person',
  fixture: 'seed-format/2021-08-19_769afc41.md',
  examples: { match: ['深圳商报', '中国南海新闻网', '北京日报客户端', '每日经济新闻', '南方财经全媒体', 'ETtoday', '总台央视', '券商中国'], noMatch: ['总台', '尹娟', '信报', '中国', '总台央视记者', '券商中国证券', '中国证券报丨', '中国丨新闻网'] },
};

/** A value of a 来源 line that is a person's name (来源: 尹娟), not an outlet: the line then names no source. */
export const PERSON_NOT_OUTLET: RuleMeta & { pattern: RegExp; examples: { match: readonly string[]; noMatch: readonly string[] } } = {
  id: 'source.person',
  pattern: new RegExp(String.raw`^(?!(?:${SHORT_NAMES})$)[\u4e00-\u4e27\u4e29-\u9fa5]{1,2}(?![报社网台刊视闻媒])[\u4e00-\u4e27\u4e29-\u9fa5]$`),
  reason: 'a 来源 line that names a two- or three-character person, not an outlet (来源: 尹娟): it gives no source; an outlet\'s short name (OUTLET_SHORT_NAMES: 来源：财新, 来源：界面, 来源丨每经) is the outlet',
  fixture: 'pages/chanye-finance_20050321_244339.html',
  examples: { match: ['尹娟', '张月朦'], noMatch: ['新华社', '中新网', '央视', '北青Qnews', '国家统计局网站', '张丨三', '财新', '界面', '每经'] },
};

/**
 * A 来源 line naming the maker of a figure's numbers (an index company, an exchange, a data vendor, a
 * statistics office) credits data, not the article: printed under a table or a chart, or at the end
 * after the body (来源：中证指数有限公司, 来源：Wind, 来源：国家统计局), it says where the numbers come
 * from, and the article's outlet stays what the masthead or the credit line says. A line labelled as
 * a data credit (数据来源：, 资料来源：, 图表来源：) is one already (the 来源 line's own label is bare).
 * Only the maker's own name, whole: its site or account (国家统计局网站, 上交所官网) publishes text and
 * stays an outlet, as every outlet does (来源：中国证券报, 来源：券商中国). Position decides: a maker's
 * 来源 line at the top of the body, before the article's first paragraph of text, heads the maker's own
 * text (来源：上交所 over the exchange's release, 来源：彭博 over its news, 来源：国家统计局 over its
 * release) and names the outlet (the engine's `lead` place). Vendors are read in any case (WIND, wind, iFind).
 */
export const DATA_MAKER: RuleMeta & { pattern: RegExp; examples: { match: readonly string[]; noMatch: readonly string[] } } = {
  id: 'source.data-maker',
  pattern: new RegExp(
    String.raw`^(?<maker>` +
      [
        // Index companies.
        String.raw`(?:中证|国证|恒生|中债|华证|中华)指数(?:有限)?(?:公司|服务公司)?|深圳证券信息有限公司|中央国债登记结算有限责任公司|MSCI|明晟|标普道琼斯指数(?:公司)?|富时罗素`,
        // Exchanges.
        String.raw`(?:(?:上海|深圳|北京|香港|大连|郑州|广州|上海国际能源|上海黄金|上海期货|中国金融期货|纽约|伦敦)(?:证券|商品|期货|黄金|金融期货|联合)?|证券|商品|期货|黄金|金融期货)交易所|[上深北港联纽]交所|港交所|纳斯达克|中国结算|中登公司`,
        // Data vendors and terminals (their data, or 数据/资讯/终端 after the name).
        String.raw`(?:Wind|万得|iFinD|同花顺iFinD|东方财富Choice|Choice|彭博|Bloomberg|路孚特|Refinitiv|CEIC|聚源|朝阳永续|天眼查|企查查|Mysteel|卓创资讯|隆众资讯|克而瑞|中指研究院|中国指数研究院|贝壳研究院|易居研究院|Dealogic|Wind金融终端)(?:数据|资讯|终端|数据库)?`,
        // Statistics and customs offices, the foreign-exchange administration.
        String.raw`(?:国家|[一-龥]{2,7}?[省市区县州])?统计局|海关总署|(?:国家)?外汇(?:管理)?局`,
      ].join('|') +
      String.raw`)(?:[，,、及和]\s*[一-龥A-Za-z]{0,12}整理)?$`,
    // Vendors print their names in any case (WIND, wind, iFind); Chinese names have no case.
    'i',
  ),
  reason: 'a 来源 line naming the maker of a figure\'s numbers (an index company, an exchange, a data vendor in any case, a statistics or customs office: 来源：中证指数有限公司, 来源：WIND, 来源：海关总署) under a table or a picture or after the body credits data, never the article\'s outlet: it stays as printed and the outlet is what the masthead or the credit line says; at the top of the body, before the first paragraph, it heads the maker\'s own text and names the outlet (来源：上交所 over the exchange\'s release); the maker\'s site or account (国家统计局网站) publishes text and stays an outlet',
  fixture: 'synthetic/synthetic-lines.html',
  examples: {
    match: ['中证指数有限公司', '中证指数公司', '上海证券交易所', '深交所', '港交所', 'Wind', 'WIND', 'wind', 'iFind', 'Wind数据', '万得资讯', '东方财富Choice', '国家统计局', '北京市统计局', '统计局', 'Wind，记者整理', '中国指数研究院', '海关总署', '国家外汇管理局'],
    noMatch: ['中国证券报', '券商中国', '国家统计局网站', '上交所官网', '证券时报', '每日经济新闻', '中证网', '新华社', '中国证券网', '交易所', '彭博社', '上海证券报', '深圳特区报', '海关总署网站', 'Windows'],
  },
};

/**
 * A seed post's front matter `author:` names the feed the post came from: in every real seed post
 * (the fixtures and the generator's public archives) it is 新浪财经, an outlet. A value shaped as a
 * Chinese personal name (a surname and one or two characters, 张三, 王小明; a compound surname and
 * one or two, 欧阳娜娜) with no outlet word in it (…报, …社, …网, 财经, 证券, 新闻…) names a person,
 * not the outlet that published the article: no source (and no author: the body's bylines name the
 * writers). Outlets with a short name of their own (新浪财经, 经济日报, 财联社, 央视, 雪球), the
 * short names that open with a surname's character (路透, 彭博, 和讯, 万得, 金十), and names ending
 * as a portal's, a research shop's or a community's name ends (金融界, 金证研, 丁香园: …界, …研, …园)
 * stay outlets.
 */
export const FEED_PERSON: RuleMeta & { pattern: RegExp; examples: { match: readonly string[]; noMatch: readonly string[] } } = {
  id: 'source.feed-person',
  pattern: new RegExp(
    String.raw`^(?!.*(?:财经|财富|证券|数据|新闻|资讯|传媒|研究|观察|科技|智库|频道|日报|时报|晚报|[报社网台刊视闻媒]|[界研园]$))(?!(?:路透|彭博|和讯|华商|万得|蓝鲸|金十|${SHORT_NAMES})$)(?:${COMPOUND_SURNAME.source.replace(/^\^/, '')}[\u4e00-\u9fa5]{1,2}|${SURNAME_LED.source.replace(/^\^/, '')}[\u4e00-\u9fa5]{1,2})$`,
  ),
  reason: "a seed post's front-matter author shaped as a person's name (张三, 王小明, 欧阳娜娜) with no outlet word or ending (…界, …研, …园: 金融界, 金证研, 丁香园) names no outlet: it is not the source",
  fixture: 'seed-format/2021-03-22_19469826.md',
  examples: {
    match: ['张三', '王小明', '欧阳娜娜', '李大霄', '刘万里'],
    noMatch: ['新浪财经', '中国证券报', '经济日报', '财联社', '央视', '新华社', '东方财富', '金十数据', '证券时报', '雪球', '澎湃新闻', '王五财经', '张家口日报', '路透', '彭博', '和讯', '万得', '金融界', '金证研', '丁香园'],
  },
};

/**
 * A 来源 line listing several sources (line.source-several: 来源 齐鲁观、青记) lists one kind of
 * thing. When another item of the list cannot be a person's name (it opens with no surname: 青记,
 * 九派新闻, or is no 2-4 character name at all), the list names accounts and outlets, and its first
 * item is an outlet although three characters opening with a surname could be a person's (齐鲁观).
 * A two-character first item (来源：尹娟、新华社) is still read as a person: a surname and one
 * character is a name far more often than an account. A list of names only (来源 张三、李四) names
 * people, and no source.
 */
export const SOURCE_LIST: RuleMeta & { examples: { match: readonly (readonly [string, string])[]; noMatch: readonly (readonly [string, string])[] } } = {
  id: 'source.list-of-outlets',
  reason: 'a 来源 line listing several sources lists one kind of thing: when another item cannot be a person, the first three-character item is an account or outlet, not a person (来源 齐鲁观、青记); unless it opens with a surname and the article prints it as a person (来源：李大霄、新浪财经 where the text says 首席经济学家李大霄)',
  fixture: 'synthetic/synthetic-lines.html',
  examples: {
    match: [['齐鲁观', '青记'], ['齐鲁观', '新华社、人民网'], ['胡说财', '九派新闻']],
    noMatch: [['张三', '新华社'], ['尹娟', '青记'], ['张月朦', '李四'], ['王小明', '张三、李四'], ['齐鲁观', '李四']],
  },
};

/**
 * Whether a 来源 list's first item `first` is an outlet by the rest of the list `more` (SOURCE_LIST).
 * Not when it opens with a surname and the article's other lines `others` print it as a person
 * (英大证券首席经济学家李大霄, 李大霄先生, 李大霄系…首席经济学家: PERSON_TITLE_BEFORE, PERSON_ONLY_AFTER); an account
 * speaks too (侠客岛认为, 牛弹琴表示), so a verb of speech is no evidence. Then 来源：李大霄、新浪财经 credits a
 * person and the platform, and the person is no source.
 */
export function listNamesOutlets(first: string, more: string, others: readonly string[] = []): boolean {
  if ([...first].length !== 3) return false;
  if (SURNAME_LED.test(first) && printedAsPerson(first, others)) return false;
  return more.split(/[、，,]/).some((item) => {
    const t = item.trim();
    return !!t && (!PERSON_NOT_OUTLET.pattern.test(t) || !SURNAME_LED.test(t));
  });
}

/**
 * What only a person bears around a name: a title printed right before it (英大证券首席经济学家李大霄,
 * 王小明教授 after), or after it 先生/女士/教授/博士/老师 or 系/现任/曾任 … a title (王小明系某大学教授).
 * A bare verb of speech is not one: an account speaks too (侠客岛认为, 牛弹琴表示).
 */
export const PERSON_TITLE_BEFORE = /(?:经济学家|分析师|教授|研究员|董事长|总经理|总裁|主席|会长|院长|所长|主任|首席|行长|秘书长|创始人|合伙人|评论员|律师|博士|专家)[\s]*$/;
export const PERSON_ONLY_AFTER = /^\s*(?:先生|女士|教授|博士|老师|(?:系|现任|曾任)[^，,。；;！？]{0,24}?(?:教授|研究员|学者|博士|院长|所长|主任|经济学家|分析师|董事长|总裁|总经理|行长|主席|会长|秘书长|合伙人|首席))/;

/** Whether one of `lines` prints `name` as a person: with a title before it or a person-only word after it. */
export function printedAsPerson(name: string, lines: readonly string[]): boolean {
  for (const t of lines) {
    for (let p = t.indexOf(name); p >= 0; p = t.indexOf(name, p + 1)) {
      if (PERSON_TITLE_BEFORE.test(t.slice(Math.max(0, p - 12), p)) || PERSON_ONLY_AFTER.test(t.slice(p + name.length))) return true;
    }
  }
  return false;
}

/**
 * The rule that refuses `value` as the source, or null when it names an outlet: a platform label,
 * 本报/本刊/本台 or an address anywhere; a person in a 来源 line or a seed post's front matter; a data
 * maker in a 来源 line under a figure or after the body (`line`), never in one at the top of the body
 * (`lead`: the maker's own text reposted, 来源：上交所 over the exchange's release); a short form in a
 * closing credit.
 */
export function outletRefusal(value: string, from: 'line' | 'lead' | 'closing' | 'feed' | 'any' = 'any'): RuleMeta | null {
  const v = value.trim();
  if (PLATFORM_SOURCES.values.includes(v)) return PLATFORM_SOURCES;
  if (!v || NOT_AN_OUTLET.pattern.test(v)) return NOT_AN_OUTLET;
  if (OUTLET_TITLE_MARKS.document.test(v)) return OUTLET_TITLE_MARKS;
  // A data maker's name (彭博, 上交所) is no person's, though as short.
  const maker = (from === 'line' || from === 'lead') && DATA_MAKER.pattern.test(v);
  if (maker && from === 'line') return DATA_MAKER;
  if (!maker && (from === 'line' || from === 'lead') && PERSON_NOT_OUTLET.pattern.test(v)) return PERSON_NOT_OUTLET;
  if (from === 'feed' && FEED_PERSON.pattern.test(v)) return FEED_PERSON;
  if (from === 'closing' && !OUTLET_NAME.pattern.test(v)) return OUTLET_NAME;
  return null;
}

/** Whether a value names an outlet that may be the source (not a platform, 本报, an address or a person). */
export function isOutlet(value: string, from: 'line' | 'lead' | 'closing' | 'any' = 'any'): boolean {
  return outletRefusal(value, from) === null;
}

/**
 * A byline's outlet that is the short form of the outlet the page's header names (每经记者 X under a
 * header 每日经济新闻): the same outlet, and the page's full name is the source. Short forms take
 * their characters in order from the full name, starting with its first (每经/每日经济新闻,
 * 中证报/中国证券报, 上证报/上海证券报, 21世纪/21世纪经济报道); any other pair is two outlets and the
 * byline's stands. A dispatch (中新网北京9月28日电 under 中国新闻网) names the wire as it names itself
 * and stands too (the pages' truth files read it so). A name ending in 网 is a site's own name, never
 * a short form: 中国网 (china.com.cn) is not 中国新闻网, 中国经济网 or 中国青年网, 中证网 is not
 * 中国证券网, 人民网 is not 人民日报海外网; 中新网 under 中国新闻网 stands as printed too (the same
 * outlet, named as it names itself). A name that is already an outlet's full name, ending as outlets' names
 * end (OUTLET_FULL_ENDING: 新京报, 证券时报, 第一财经), is no short form of a longer title that opens
 * with it: that title is one of the outlet's publications, a supplement, a site or a daily
 * (《新京报书评周刊》, 《证券时报网》, 《第一财经日报》), and the reporter's outlet is the one the
 * byline prints. A short form either skips characters of the full name (每经, 中证报, 上证报) or
 * stops before its ending (澎湃, 21世纪). A page without a header (a seed post) names the outlet in full
 * where its own paragraphs print it in book-title marks (《每日经济新闻》): that name is the source.
 */
export const OUTLET_SHORT_FORM: RuleMeta & { examples: { match: readonly (readonly [string, string])[]; noMatch: readonly (readonly [string, string])[] } } = {
  id: 'source.short-form',
  reason: "the byline's outlet abbreviates the header's (每经 for 每日经济新闻): the page's full name is the source; without a header, the full name the article's own paragraphs print in book-title marks (每经记者 张怀水, then 接受《每日经济新闻》记者采访) is, and else the full name of a short name OUTLET_SHORT_NAMES knows (每经记者 张三 → 每日经济新闻: one outlet, one source however its credit is printed); a credit naming the outlet by a short name of OUTLET_SHORT_NAMES alone (来源：界面, 文丨每经 张三) names the full name it stands for (界面新闻, 每日经济新闻)",
  examples: {
    match: [
      ['每经', '每日经济新闻'],
      ['中证报', '中国证券报'],
      ['上证报', '上海证券报'],
      ['21世纪', '21世纪经济报道'],
      ['澎湃', '澎湃新闻'],
    ],
    noMatch: [
      ['新京报', '北京青年报'],
      ['中新社', '中国新闻网'],
      ['人民网', '人民日报'],
      ['新华社', '新华网'],
      ['证券时报', '证券日报'],
      ['经济日报', '经济观察报'],
      ['每日经济新闻', '每日经济新闻'],
      ['中证网', '中国证券报'],
      ['北京商报', '北京青年报'],
      ['中国网', '中国新闻网'],
      ['中国网', '中国经济网'],
      ['中国网', '中国青年网'],
      ['中证网', '中国证券网'],
      ['人民网', '人民日报海外网'],
      ['中新网', '中国新闻网'],
      // A full name is no short form of its own publications' titles.
      ['新京报', '新京报书评周刊'],
      ['证券时报', '证券时报网'],
      ['第一财经', '第一财经日报'],
      ['人民日报', '人民日报海外版'],
    ],
  },
  // 每经编辑 杜宇 in the body and 每日经济新闻 in its closing credit: one outlet, two forms.
  fixture: 'seed-audit/2022-01-13_4533144c.md',
};

/**
 * How an outlet's full name ends (每日经济新闻, 中国证券报, 21世纪经济报道, 新华社, 中国经济网, 财经):
 * a title in book-title marks that a short form abbreviates names the outlet only with such an
 * ending; a book's, a column's or a report's title (《每周经济评论》, 《中国证券市场年鉴》) names none.
 */
export const OUTLET_FULL_ENDING = /(?:报|报道|社|网|台|新闻|周刊|杂志|财经|时报|日报|晚报)$/;

/** Whether `short` is the short form of the outlet `full` (see OUTLET_SHORT_FORM). */
export function abbreviates(short: string, full: string): boolean {
  const a = [...short.trim()];
  const b = [...full.trim()];
  if (a.length < 2 || a.length >= b.length || a[0] !== b[0] || a[a.length - 1] === '网') return false;
  // A full name (OUTLET_FULL_ENDING) that the longer title opens with: the outlet's own publication.
  if (full.trim().startsWith(short.trim()) && OUTLET_FULL_ENDING.test(short.trim())) return false;
  let j = 1;
  for (let i = 1; i < a.length; i++) {
    while (j < b.length && b[j] !== a[i]) j++;
    if (j++ >= b.length) return false;
  }
  return true;
}

/** Outlets named by a web address (本报（chinatimes.net.cn）记者…). */
export { OUTLET_SITES };

/** Title rules: what Sina adds to a title that is not the headline. */
export const TITLE_SUFFIX: RuleMeta & { pattern: RegExp; examples: readonly (readonly [string, string])[] } = {
  id: 'title.siteSuffix',
  pattern: /(?:[|_][^|_]*)*?(?:_+(?:新浪[^_]*|手机新浪网|财经头条|[^_]*_新浪网))+$/,
  reason: "channel and site suffixes Sina appends to the <title> (_新浪财经_新浪网, |keywords_新浪新闻, _手机新浪网, __财经头条)",
  fixture: 'pages/finance_20160525_ifxsktkp9337164.html',
  examples: [
    ['人民币中间价创逾五年新低 做市商称符合预期|金融改革|黄益平|离岸人民币_新浪财经_新浪网', '人民币中间价创逾五年新低 做市商称符合预期'],
    ['泰国外交部：香港特别行政区事务纯属中国内政_手机新浪网', '泰国外交部：香港特别行政区事务纯属中国内政'],
    ['中国砸5000亿再造“巨龙”，又一大工程即将出现，美日：世上少见__财经头条', '中国砸5000亿再造“巨龙”，又一大工程即将出现，美日：世上少见'],
    ['四年前中500万现穷困潦倒 一夜暴富后如何经营__商贸_产业资讯_新浪网', '四年前中500万现穷困潦倒 一夜暴富后如何经营'],
  ],
};

/**
 * A 来源 (or byline, header) outlet printed in book-title marks (来源：《国际融资》, 来源：《财经》): the
 * marks say the name is a publication's; the outlet is the name inside them, as a header's
 * 《理财周刊》 is read. The publication's kind may follow the marks (《财经》杂志, 《财经》杂志社,
 * 《财经》客户端): it names the same outlet, read as the closing notes of the 《财经》 fixtures read it
 * (作者为《财经》记者, 作者是《财经》杂志主笔: the outlet 财经). Marks inside a longer name
 * (人民日报《求是》, 《财经》《新财富》) name more than one publication and stay as printed.
 */
export const OUTLET_TITLE_MARKS: RuleMeta & { pattern: RegExp; document: RegExp; examples: readonly (readonly [string, string])[]; documents: readonly string[] } = {
  id: 'source.title-marks',
  reason: 'book-title marks round the whole outlet (来源：《国际融资》, perhaps with the publication’s kind after them: 《财经》杂志) mark a publication’s name; the source is the name inside them. A document’s title in the marks (a yearbook, a report, a policy: 《中国统计年鉴2021》, 《关于进一步优化营商环境的意见》) credits data, not an outlet: it names no source',
  // The marks round the whole value, perhaps followed by the publication's kind (杂志, 杂志社, 客户端, 编辑部).
  pattern: /^《\s*(?<name>[^《》\s](?:[^《》]{0,28}[^《》\s])?)\s*》(?<kind>杂志社?|客户端|编辑部)?$/,
  // A document's title: it holds a year (…2021, 2021年…), opens with 关于, or ends as a document's kind ends.
  document: /^《(?=[^《》]*(?:19|20)[0-9]{2}|\s*关于)[^《》]+》$|^《[^《》]*(?:年鉴|报告|意见|意见稿|通知|办法|规划|白皮书|蓝皮书|方案|条例|决定|规定|纲要|细则|公报|指引|指南|纪要)\s*》$/,
  documents: [
    '《中国统计年鉴2021》',
    '《关于进一步优化营商环境的意见》',
    '《2021年国民经济和社会发展统计公报》',
    '《中国金融稳定报告》',
    '《“十四五”数字经济发展规划》',
    '《中国新能源汽车产业发展蓝皮书》',
    '《商业银行理财业务监督管理办法》',
  ],
  // Publications in marks stay outlets (the examples above): 《国际融资》, 《财经》, 《红周刊》, 《21世纪经济报道》, 《中国新闻周刊》.
  fixture: 'pages/chanye-finance_20050321_244339.html',
  examples: [
    ['《国际融资》', '国际融资'],
    ['《财经》', '财经'],
    ['《 人民日报海外版 》', '人民日报海外版'],
    ['《红周刊》', '红周刊'],
    ['《财经》杂志', '财经'],
    ['《财经》杂志社', '财经'],
    ['《中国新闻周刊》客户端', '中国新闻周刊'],
    ['人民日报《求是》', '人民日报《求是》'],
    ['《财经》杂志记者', '《财经》杂志记者'],
    ['证券时报', '证券时报'],
    ['《财经》《新财富》', '《财经》《新财富》'],
    ['《》', '《》'],
  ],
};

/** An outlet without book-title marks round the whole of it (OUTLET_TITLE_MARKS). */
export function outletInMarks(v: string): string {
  return OUTLET_TITLE_MARKS.pattern.exec(v)?.groups?.name ?? v;
}

/**
 * An interview an outlet published, its questions labelled with the outlet's name (观察者网：…？,
 * 新京报：…？, 《红周刊》：…？) and the answers with the speaker's: the outlet asked, and it is the
 * source when the page prints no source at all (no 来源, byline, header or credit; a seed post's
 * feed 新浪财经 is not printed). Read only when two or more lines open with the label, every one of
 * them asks (holds ？), someone answers under a label of his own, and no other outlet labels a
 * question (a press review quoting 新京报：…？ and 人民日报：…？, or an outlet's headlines listed, is no interview). A label that is no outlet's name (记者：…？, 主持人：, 问：) names none. The outlet asks one guest: a panel (a host asking, 主持人：…？, while a company labels rhetorical questions, 国家电网：…？), several guests, or a press conference (例行记者会, a spokesman answering 路透社：…？) names no source from the labels.
 */
export const INTERVIEW_OUTLET: RuleMeta & { pattern: RegExp; examples: { match: readonly (readonly string[])[]; noMatch: readonly (readonly string[])[] } } = {
  id: 'source.interviewer',
  reason: 'an interview whose every question is labelled with one outlet’s name (观察者网：…？), asked of one guest, was published by that outlet, when the page prints no source; a panel (主持人：…？ asking 国家电网：…？), several guests or a press conference (例行记者会, 路透社：…？ to a spokesman) names none',
  pattern: /^(?<label>《?[\u4e00-\u4e27\u4e29-\u9fa5A-Za-z0-9·]{2,12}》?)\s*[：:]\s*\S/,
  fixture: 'synthetic/synthetic-lines.html',
  examples: {
    match: [
      ['观察者网', '观察者网：您如何看待今年的经济形势？', '张三：总体平稳。', '观察者网：明年呢？', '张三：仍有压力。'],
      ['新京报', '新京报：政策何时出台？', '李四：年内。', '新京报：力度多大？这会影响市场吗？', '李四：不会太大。'],
      ['澎湃新闻', '澎湃新闻：为什么？', '王五：因为成本上升。为什么成本上升？原料涨价。', '澎湃新闻：怎么办？'],
      ['红周刊', '《红周刊》：您怎么看？', '李洪彬：不乐观。', '《红周刊》：原因是？'],
    ],
    noMatch: [
      ['记者：您如何看待今年的经济形势？', '张三：总体平稳。', '记者：明年呢？'],
      ['观察者网：您如何看待今年的经济形势？', '张三：总体平稳。'],
      ['新京报：房价还会涨吗？', '人民日报：房住不炒。', '新京报：楼市怎么走？', '人民日报：稳字当头？'],
      ['观察者网：您如何看待今年的经济形势？', '观察者网：以上是第一部分。', '观察者网：明年呢？'],
      ['主持人：请介绍一下？', '张三：好的。', '主持人：还有呢？'],
      ['新京报：楼市还会热吗？', '新京报：降息何时到来？', '新京报：消费能否回暖？'],
      ['本报：您怎么看？', '张三：好的。', '本报：还有呢？'],
      ['主持人：新能源车下半场怎么打？', '国家电网：充电桩够不够？我们的答案是还不够，明年再建十万个？', '主持人：价格战还会持续吗？', '国家电网：会不会降价？要看成本？'],
      ['外交部发言人汪文斌主持例行记者会。', '路透社：美方称将加征关税，中方如何回应？', '汪文斌：中方将坚决反制。', '路透社：反制措施何时公布？', '汪文斌：请保持关注。'],
      ['观察者网：您怎么看？', '张三：总体平稳。', '李四：我不同意。', '观察者网：为什么？', '李四：成本太高。'],
    ],
  },
};

/** A host's label: the one asking a panel's guests (主持人：…？). */
const HOST_LABEL = /^(?:嘉宾)?主持(?:人)?$/;
/** A press conference named in the article's lines: a spokesman answers the press there. */
const PRESS_CONFERENCE = /记者会|发布会|吹风会|记者招待会|新闻发布/;

/** The outlet an interview's question labels name (INTERVIEW_OUTLET), or null. */
export function interviewOutlet(lines: readonly string[]): string | null {
  const asked = new Map<string, { lines: number; questions: number }>();
  let answers = 0;
  // The other labels (the guest's): how many lines each has, and how many of them close on a question.
  const guests = new Map<string, { lines: number; asking: number }>();
  for (const line of lines) {
    const label = INTERVIEW_OUTLET.pattern.exec(line)?.groups?.label;
    if (!label) continue;
    const name = outletInMarks(label);
    if (!OUTLET_NAME.pattern.test(name) || !isOutlet(name)) {
      answers++;
      const g = guests.get(name) ?? { lines: 0, asking: 0 };
      g.lines++;
      if (/[？?]\s*$/.test(line)) g.asking++;
      guests.set(name, g);
      continue;
    }
    const c = asked.get(name) ?? { lines: 0, questions: 0 };
    c.lines++;
    if (/[？?]/.test(line)) c.questions++;
    asked.set(name, c);
  }
  const asking = [...asked].filter(([, c]) => c.questions > 0);
  if (asking.length !== 1) return null;
  const [name, c] = asking[0]!;
  // One guest answers: a host asking (主持人：…？, or a label whose every line closes on a question)
  // makes a panel, several guests a round table; a spokesman at a press conference (例行记者会,
  // 发言人汪文斌 answering 路透社：…？) answers the press, not one outlet's interview.
  const [guest, g] = [...guests][0] ?? ['', { lines: 0, asking: 0 }];
  if (guests.size !== 1 || HOST_LABEL.test(guest) || g.asking === g.lines) return null;
  if (lines.some((l) => PRESS_CONFERENCE.test(l) || l.includes(`发言人${guest}`))) return null;
  // Someone answers under a label of his own: questions alone are a list of headlines (新京报：…？ twice).
  return c.lines >= 2 && c.questions === c.lines && answers > 0 ? name : null;
}

/**
 * The video label a title carries (【视频】X, 视频｜X, <em>视频</em>｜X, X（视频）): it says the page
 * holds a video, as title.badge's labels mark an article; it is not the title's words. It is known by
 * how the title sets it apart: its own brackets, or the bar parting a leading 视频 from the title.
 * A title that is only the word stays; 短视频｜…, 视频号…, 【视频会议】 and a 视频 the title goes on
 * from (视频：…, 视频带货…) are the title's words.
 */
export const TITLE_VIDEO_LABEL: RuleMeta & { pattern: RegExp; examples: readonly (readonly [string, string])[] } = {
  id: 'title.video-label',
  reason: 'a video label set apart in the title (【视频】X, 视频｜X, X（视频）) says the page holds a video; it is not the title’s words',
  fixture: 'synthetic/synthetic-finance-2021-pc2017.html',
  pattern: /^\s*(?:[【[［(（]\s*视频\s*[】\]］)）]\s*[｜|丨]?|视频\s*[｜|丨])\s*(?<lead>\S.*)$|^(?<tail>.*\S)\s*[【[［(（]\s*视频\s*[】\]］)）]\s*$/,
  examples: [
    ['【视频】央行宣布降准0.5个百分点', '央行宣布降准0.5个百分点'],
    ['视频｜央行宣布降准0.5个百分点', '央行宣布降准0.5个百分点'],
    ['视频丨央行宣布降准', '央行宣布降准'],
    ['视频 | 央行宣布降准', '央行宣布降准'],
    ['[视频]央行宣布降准', '央行宣布降准'],
    ['央行宣布降准（视频）', '央行宣布降准'],
    ['【视频】｜央行宣布降准', '央行宣布降准'],
    ['视频', '视频'],
    ['【视频】', '【视频】'],
    ['短视频｜平台治理再升级', '短视频｜平台治理再升级'],
    ['视频号｜微信的新战场', '视频号｜微信的新战场'],
    ['【视频会议】各方达成共识', '【视频会议】各方达成共识'],
    ['视频：央行宣布降准', '视频：央行宣布降准'],
    ['视频带货能走多远', '视频带货能走多远'],
    ['长视频与短视频之争（下）', '长视频与短视频之争（下）'],
    ['爱奇艺：视频行业迎来拐点', '爱奇艺：视频行业迎来拐点'],
  ],
};

/** A title without its video label (TITLE_VIDEO_LABEL). */
export function withoutVideoLabel(title: string): string {
  const g = TITLE_VIDEO_LABEL.pattern.exec(title)?.groups;
  return (g?.lead ?? g?.tail)?.trim() || title;
}

/**
 * A badge inside the headline element: a child element at its start or end (inside the headline's
 * link too) whose whole text is a label Sina's or an outlet's page styles beside the title
 * (<span class="tag">原创</span>, 独家, 重磅, 首发, 快讯) and that the page sets apart as a label:
 * a class or id naming a tag, label, badge, icon, mark or flag, a visible background or a border round it of its own
 * (`apart`; not a white or transparent background, nor an underline border), brackets of its own (【独家】), or a space between it and the title. It labels the
 * article; it is not the headline's words. The same word merely coloured or bold and glued to the
 * title (<font color="red">突发</font>公共卫生事件…, <span>直播</span>带货…, <b>独家</b>专访：…) is the
 * title's own first word and stays, whatever word follows; so does a label word the title goes on
 * from with its own punctuation (<span class="tag">独家</span>：…, <em>突发</em>：…; at the end, the
 * title's joining punctuation before the word: …｜<span>视频</span>).
 */
export const TITLE_BADGE: RuleMeta & {
  pattern: RegExp;
  apart: { name: RegExp; style: RegExp };
  joins: { after: RegExp; before: RegExp };
  examples: {
    match: readonly string[];
    noMatch: readonly string[];
    apart: { name: readonly string[]; style: readonly string[]; neither: readonly string[] };
    joins: { after: readonly string[]; before: readonly string[]; apart: readonly string[] };
    /** Headline markup whose styled label word is glued to the title: the title keeps it. */
    glued: readonly (readonly [string, string])[];
  };
} = {
  id: 'title.badge',
  reason: 'a label set apart as a badge inside the headline (<span class="tag">原创</span>, a visible background or a border round it (not white or transparent, not an underline), 【独家】, a space before the title; at its start or end, several, or inside the headline’s link) marks the article, it is not the title’s words; the same word merely coloured or bold and glued to the title (<font>突发</font>公共卫生事件…, <b>独家</b>专访：…) or followed by the title’s punctuation (独家：…, 重磅！…) is the title’s own',
  fixture: 'synthetic/synthetic-finance-2021-pc2017.html',
  pattern: /^[【[［(（]?\s*(?:原创|独家|重磅|首发|快讯|突发|推荐|深度|视频|图文|专题|直播|热点|热门|置顶|最新|精选|独家首发|原创首发|HOT|NEW)\s*[】\]］)）]?$/i,
  apart: {
    // A class or id naming the element a label: tag, label, badge, icon, mark, flag as a word of it (art_tag, title-badge, titleTag), not inside another (market, vintage).
    name: /(?:(?<![A-Za-z])(?:tag|label|badge|icon|ico|mark|flag|lbl)|(?<=[a-z])(?:Tag|Label|Badge|Icon|Ico|Mark|Flag|Lbl))s?(?![a-z])/,
    // A style giving the element a box of its own: a visible background (not white, transparent, none,
    // inherit or a colour with no alpha, which leave the page showing through), a border on all its sides
    // (border, border-width/-style/-color, not none or 0; border-bottom or -top alone underlines a word), or
    // the rounded corners of a box.
    style:
      /(?:^|;)\s*(?:background(?:-color|-image)?\s*:(?!\s*(?:white|#fff(?:fff)?|transparent|inherit|initial|unset|none|rgba\(\s*[\d.]+%?\s*,\s*[\d.]+%?\s*,\s*[\d.]+%?\s*,\s*0*(?:\.0*)?\s*\))\s*(?:!important\s*)?(?:;|$))|border(?:-width|-style|-color|-radius)?\s*:(?!\s*(?:none|hidden|0(?:px|em)?|inherit|initial|unset)\s*(?:!important\s*)?(?:;|$)))/i,
  },
  joins: {
    // What follows a word at the start when the title goes on from it: its own punctuation.
    after: /^\s*[：:！!？?｜|丨、，,;；—\-·.。…~～]/,
    // What ends the title's words before a word at the end when the word is theirs: the title's joining punctuation.
    before: /(?:[：:｜|丨、，,;；—\-·])\s*$/,
  },
  examples: {
    match: ['原创', '独家', '重磅', '【独家】', '首发', 'HOT'],
    noMatch: ['独家专访', '重磅！', '央行', '新', '热', '原创：张三', '独家：某公司将被收购'],
    apart: {
      name: ['tag', 'tag-original', 'art_tag', 'title-badge', 'icon-exclusive', 'titleTag', 'label label-red', 'hot-mark'],
      style: ['color:#fff;background:#e4393c', 'background-color:red', 'border:1px solid #c00', 'padding:0 4px; border-radius:3px', 'background:#fff url(/img/tag.png) no-repeat', 'background-color: rgba(228,57,60,0.9)', 'border-width:1px;border-style:solid', 'border-color:#c00'],
      neither: ['red', 'main-title', 'market', 'bookmark', 'vintage', 'highlight', 'color:red', 'font-weight:bold', 'color:#e4393c;font-size:20px', 'background-color:#ffffff;color:red', 'background-color:transparent', 'background:#fff;color:#c00', 'background: rgba(0,0,0,0)', 'background:none;font-weight:bold', 'border-bottom:2px solid #c00', 'border-top:1px solid #ccc', 'border:none', 'border: 0', 'background-color: #FFF !important'],
    },
    joins: {
      after: ['：农业农村部副部长谈食品安全', '！央行宣布全面降准', ' ｜ 央行宣布全面降准', '，央行宣布全面降准'],
      before: ['央行宣布全面降准｜', '一季度经济数据：'],
      apart: ['农业农村部副部长:三聚氰胺事件别好了伤疤忘了疼', '央行宣布全面降准', '“十四五”规划纲要发布', '《政府工作报告》全文', '2019年全国两会开幕', '专访：农业农村部副部长谈食品安全', '公共卫生事件应急条例修订草案公开征求意见'],
    },
    glued: [
      ['<font color="red">突发</font>公共卫生事件应急条例修订草案公开征求意见', '突发公共卫生事件应急条例修订草案公开征求意见'],
      ['<span>专题</span>会议部署三季度经济工作', '专题会议部署三季度经济工作'],
      ['<span style="color:red">直播</span>带货助力奶农增收', '直播带货助力奶农增收'],
      ['<span style="background-color:#ffffff;color:red">突发</span>公共卫生事件应急条例修订草案公开征求意见', '突发公共卫生事件应急条例修订草案公开征求意见'],
      ['<span style="background-color:transparent">深度</span>学习框架国产化提速', '深度学习框架国产化提速'],
      ['<span style="border-bottom:2px solid #c00">直播</span>带货助力奶农增收', '直播带货助力奶农增收'],
      ['<b>视频</b>号用户规模突破8亿', '视频号用户规模突破8亿'],
      ['<strong>深度</strong>学习框架国产化提速', '深度学习框架国产化提速'],
      ['<b>独家</b>专访：农业农村部副部长谈食品安全', '独家专访：农业农村部副部长谈食品安全'],
    ],
  },
};

/**
 * The time a mobile page's header prints beside the account (<time class="weibo_time">09月11日 17:00</time>,
 * 2005.08.26 05:39): what the reader sees, so it wins over a meta tag naming another minute (a later
 * edit), and the seconds it prints (2019-09-11 17:00:12) win over the meta tag's in the same minute.
 * A header without the year (the current year's dates) takes it from the page's meta time.
 */
export const MOBILE_HEADER_TIME: RuleMeta & { pattern: RegExp; examples: { match: readonly { text: string; groups: Readonly<Record<string, string>> }[]; noMatch: readonly string[] } } = {
  id: 'meta.publishedAt.mobile-header',
  reason: 'the time a mobile page’s header prints (09月11日 17:00, 2005.08.26 05:39, 2019-09-11 17:00:12) is the one the reader sees, to the second when it prints one; a header without the year takes the meta time’s',
  fixture: 'pages/news-m_20190911_iicezzrq5132048.html',
  pattern: /^(?:(?<year>\d{4})\s*[.\-/年]\s*)?(?<month>\d{1,2})\s*[.\-/月]\s*(?<day>\d{1,2})\s*日?\s*(?<hour>\d{1,2})\s*[:：]\s*(?<minute>\d{2})(?:\s*[:：]\s*(?<second>\d{2}))?$/,
  examples: {
    match: [
      { text: '09月11日 17:00', groups: { month: '09', day: '11', hour: '17', minute: '00' } },
      { text: '2005.08.26 05:39', groups: { year: '2005', month: '08', day: '26', hour: '05', minute: '39' } },
      { text: '2021-11-27 10:12', groups: { year: '2021', month: '11', day: '27', hour: '10', minute: '12' } },
      { text: '2021年11月27日 10:12', groups: { year: '2021', month: '11', day: '27', hour: '10', minute: '12' } },
      { text: '2019-09-11 17:00:12', groups: { year: '2019', month: '09', day: '11', hour: '17', minute: '00', second: '12' } },
      { text: '09月11日 17:00:12', groups: { month: '09', day: '11', hour: '17', minute: '00', second: '12' } },
    ],
    noMatch: ['昨天 17:00', '今天 18:32', '前天 08:05', '刚刚', '3小时前', '09月11日', '17:00', '17:00:12', '阅读 1.2万', '09月11日 17:00:1'],
  },
};

/** Private-use characters (a GBK user-defined code point) in a title: no font shows them, they are not the headline. */
export const TITLE_PRIVATE_USE: RuleMeta & { pattern: RegExp; examples: readonly (readonly [string, string])[] } = {
  id: 'title.privateUse',
  pattern: /[\ue000-\uf8ff]/,
  reason: 'a private-use character in the title (a GBK user-defined code point, U+E004 after 投身外交(3)) renders as nothing: not part of the headline',
  fixture: 'pages/book_20041013_114366.html',
  examples: [['投身外交(3)\ue004', '投身外交(3)']],
};

/** One place a field may come from: asked in the order of its field's list. */
export interface FieldRule extends RuleMeta {
  field: 'title' | 'publishedAt' | 'source' | 'authors' | 'editor' | 'leadImage' | 'keywords' | 'stocks';
}

const rule = (field: FieldRule['field'], id: string, reason: string, fixture: string): FieldRule => ({ field, id, reason, fixture });

/**
 * For each field, the places asked in order; the first with a value decides. The `*.none` entry
 * records that the page says nothing.
 */
export const FIELD_ORDER: Readonly<Record<FieldRule['field'], readonly FieldRule[]>> = {
  title: [
    rule('title', 'meta.title.template', 'the headline where the page family shows it', 'pages/news_20180928_ifxeuwwr9050078.html'),
    rule('title', 'meta.title.og', 'og:title / twitter:title meta tag', 'fragments/sina-body_2019_cs327259852_00.html'),
    rule('title', 'meta.title.document', 'the <title>, without Sina’s channel suffixes', 'pages/news-m_20190912_iicezueu5243925.html'),
    rule('title', 'meta.title.originalTitle', 'the 原标题 line', 'fragments/sina-body_2019_cs327259852_00.html'),
    rule('title', 'meta.title.none', 'the page names no title', 'fragments/sina-body_2019_cs327259852_00.html'),
  ],
  publishedAt: [
    rule('publishedAt', 'meta.publishedAt.front-matter', 'seed-format posts: the date of the front matter', 'seed-format/000_e61d407e7bc7dc3d.txt'),
    rule('publishedAt', 'meta.publishedAt.shown-seconds', 'the time the page prints, with the seconds of article:published_time / weibo: article:create_at, which name the same minute, when the page prints no seconds of its own', 'pages/finance_20160525_ifxsktkp9337164.html'),
    rule('publishedAt', 'meta.publishedAt.shown', 'the time the page prints (a meta time for another minute is a later edit)', 'pages/news_20180928_ifxeuwwr9050078.html'),
    rule('publishedAt', 'meta.publishedAt.meta', 'the page prints no time: article:published_time / weibo: article:create_at', 'pages/news-m_20190912_iicezueu5243925.html'),
    rule('publishedAt', 'meta.publishedAt.none', 'the page prints no time and names none', 'pages/book_20041013_114366.html'),
  ],
  source: [
    rule('source', 'meta.source.declared', 'a bare body without a page header (the tool’s own HTML) declares its outlet in article:author', 'seed-format/2022-01-20_ff78a956.md'),
    rule('source', 'meta.source.line', 'a 来源 line at the top or bottom of the body (also 原标题 … 来源：X, a dated （来源：X）, an outlet’s app credit)', 'seed-format/2022-01-17_f99c992b.md'),
    rule('source', 'meta.source.wen-outlet', 'a 文：《X》 credit, or an author’s note closing the article (作者为《X》…研究员), names the outlet', 'synthetic/synthetic-lines.html'),
    rule('source', 'meta.source.byline', 'the outlet the lead byline or dispatch names (新京报讯, 中新社…电, 澎湃新闻记者 X)', 'pages/news-m_20190911_iicezzrq5132048.html'),
    rule('source', 'meta.source.header', 'the header’s source label, unless it is a Sina platform', 'pages/news_20180928_ifxeuwwr9104004.html'),
    rule('source', 'meta.source.account', 'self-media pages: the account in article:author / mediaid', 'pages/k_20180928_1894c3a9300100elpc.html'),
    rule('source', 'meta.source.compiled', 'an outlet crediting what it compiled from, closing the article (每日经济新闻综合自…)', 'seed-audit/2022-01-13_4533144c.md'),
    rule('source', 'meta.source.closing', 'the outlet a closing credit names in full (（深圳商报驻京记者 宋华）, …（来源：时尚芭莎）)', 'seed-format/2021-08-19_769afc41.md'),
    rule('source', 'meta.source.masthead', 'the account’s masthead printed over the article’s credits (DT财经 above 作   者 | 董道力, 财经十一人 文 | 刘建中), when nothing else names an outlet: the account the article was posted by', 'seed-format/2022-03-30_907d49eb.md'),
    rule('source', 'meta.source.mention', 'the outlet whose own reporter the lead says found or learned something (极目新闻记者实地探访发现…) and that another line of the article prints again, when nothing else names one', 'seed-format/2021-08-30_eee49b47.md'),
    rule('source', 'meta.source.interviewer', 'an interview whose every question one outlet’s name labels (观察者网：…？), when the page prints no source (source.interviewer)', 'synthetic/synthetic-lines.html'),
    rule('source', 'meta.source.feed', 'seed-format posts: the front matter’s author (the feed, 新浪财经) when the article names no outlet', 'seed-format/2021-03-22_19469826.md'),
    rule('source', 'meta.source.none', 'the page names no outlet', 'fragments/sina-body_2019_cs327259852_00.html'),
  ],
  authors: [
    rule('authors', 'meta.authors.template', 'reporters where the page family names them (a book chapter’s author line)', 'pages/book_20041013_114366.html'),
    rule('authors', 'meta.authors.byline', 'names in a byline or credit line (reporters and writers, not editors or photographers)', 'seed-format/000_e61d407e7bc7dc3d.txt'),
    rule('authors', 'meta.authors.meta', 'sina-clean:author meta tags (the tool’s own HTML)', 'pages/book_20041013_114366.html'),
    rule('authors', 'meta.authors.none', 'the page names no reporter', 'fragments/sina-body_2019_cs327259852_00.html'),
  ],
  editor: [
    rule('editor', 'meta.editor.template', 'the editor where the page family shows it (Readability’s byline when it is a 责任编辑 line)', 'pages/news_20180928_ifxeuwwr9050078.html'),
    rule('editor', 'meta.editor.box', 'the 责任编辑 box under the body (name only)', 'seed-format/000_e61d407e7bc7dc3d.txt'),
    rule('editor', 'meta.editor.line', 'a 责任编辑 line in the body (name only), else the 编辑 a 来源 line at an edge credits (来源：新京报 编辑：王五)', 'seed-format/2022-02-18_546384f9.md'),
    rule('editor', 'meta.editor.none', 'the page names no editor', 'pages/news-m_20190912_iicezueu5243925.html'),
  ],
  leadImage: [
    rule('leadImage', 'meta.leadImage.body', 'the first picture of the body', 'pages/news_20180928_ifxeuwwr9050078.html'),
    rule('leadImage', 'meta.leadImage.template', 'the picture the page family names (a seed post’s headimg), unless it belongs to a dropped box', 'seed-format/2021-03-22_19469826.md'),
    rule('leadImage', 'meta.leadImage.og', 'og:image meta tag, unless it belongs to a dropped box', 'pages/k_20180928_m1840a511000100anm3.html'),
    rule('leadImage', 'meta.leadImage.none', 'the page has no picture of its own', 'seed-format/000_e61d407e7bc7dc3d.txt'),
  ],
  keywords: [rule('keywords', 'meta.keywords.meta', 'keywords meta tag, without Sina’s site-wide ones and without the headline', 'pages/news_20180928_ifxeuwwr9050078.html')],
  stocks: [rule('stocks', 'meta.stocks.links', 'stock links, stock-name spans and news_keyword_pub comments in the body, and names followed by a printed code (stock.printed-code)', 'seed-format/2021-11-06_10d8ab3f.md')],
};

/** The title the seed-format generator damaged, restored from the body's own copy of the headline or the 原标题. */
export const TITLE_RESTORED: RuleMeta = {
  id: 'meta.title.restored',
  reason: 'a seed title whose quotes or colons the file-name-safe generator replaced (_, ASCII quotes) is the body’s repeated headline or the 原标题 when they are the same title with those characters intact',
  fixture: 'seed-format/2021-12-28_c046b426.md',
};

/**
 * A word the seed generator unquoted in a title: it writes _东数西算_ for “东数西算”. When the body
 * prints the same word between quotes, the title had them too. Examples: title, a body line, the
 * title as restored (unchanged when the body does not quote the word).
 */
export const TITLE_QUOTES_RESTORED: RuleMeta & { pattern: RegExp; examples: readonly (readonly [string, string, string])[] } = {
  id: 'meta.title.restored-quotes',
  pattern: /_([^_\s]{1,20})_/g,
  reason: 'a word the file-name-safe seed generator unquoted in the title (_东数西算_) is the body’s quoted word (“东数西算”) when the body prints it between quotes; every underscore may open one, since a separator the generator also wrote as _ (财经TOP10_…) comes before it',
  fixture: 'seed-format/2022-02-18_a10a4931.md',
  examples: [
    ['_东数西算_工程全面启动 将拉动多大规模的投资？', '至此，“东数西算”工程正式全面启动。', '“东数西算”工程全面启动 将拉动多大规模的投资？'],
    ['_中国人对航空安全有点偏执_？周星驰怒斥：难道你们不会紧张和痛心吗？', '“中国人对航空安全有点偏执”？那是我们在意每一个生命！', '“中国人对航空安全有点偏执”？周星驰怒斥：难道你们不会紧张和痛心吗？'],
    ['11个重点城市人口变局：2021年无一增长超30万人，成都杭州青岛最具_引力_', '之一，人口吸引力始终不减。', '11个重点城市人口变局：2021年无一增长超30万人，成都杭州青岛最具_引力_'],
    ['2021年央企混改超过890项，引资逾3800亿元，今年如何_混__改_双肩挑？', '“混改即‘混’资本，‘改’机制，显然寻求上市的目的是混合资本。”', '2021年央企混改超过890项，引资逾3800亿元，今年如何_混__改_双肩挑？'],
    ['财经TOP10_刘鹤副总理提到的_鲍莫尔病_，该如何根治？', '克服“鲍莫尔病”和“数字鸿沟”，实现包容性增长。', '财经TOP10_刘鹤副总理提到的“鲍莫尔病”，该如何根治？'],
    ['财经TOP10_刘鹤副总理提到的_鲍莫尔病_，该如何根治？', '关于刘鹤副总理提到的鲍莫尔病，专家有不同看法。', '财经TOP10_刘鹤副总理提到的_鲍莫尔病_，该如何根治？'],
  ],
};

/**
 * Double quotes the seed generator flattened to ASCII in a title ("十四五"… for “十四五”…). Every
 * seed post whose body or 原标题 prints the headline intact prints “…” where the front matter has
 * "…" (2022-01-24_daafa5ea, 2021-08-30_8e302bf7, 2021-05-10_9a1af148, 2021-12-28_c046b426,
 * 2022-08-12_799b85dd, 2021-08-30_eee49b47, 2021-07-23_cb027701; none prints ASCII quotes), and
 * Sina's Chinese headlines quote with “”. So in a seed title with Chinese text and balanced ASCII
 * double quotes, each pair is the page's “…”; an odd count is left as it is (no pair to restore),
 * and so is a title where a mark is an inch mark (27"和32") or code's (print("hello")).
 * Examples: the title as the front matter has it, and as restored.
 */
export const TITLE_ASCII_QUOTES: RuleMeta & { pattern: RegExp; examples: readonly (readonly [string, string])[] } = {
  id: 'meta.title.ascii-quotes',
  pattern: /"([^"]{1,80})"/g,
  reason: 'ASCII double quotes in a seed title are the generator’s flattening of the page’s “…” (every post whose body prints the headline intact shows “…”): each balanced pair is restored',
  fixture: 'seed-format/2021-05-05_4698a33a.md',
  examples: [
    ['"五一"假期国内游火爆："舍得花"成亲子游标签 4口之家4天花费约2万', '“五一”假期国内游火爆：“舍得花”成亲子游标签 4口之家4天花费约2万'],
    ['"女子抠出两套房"遭断章取义，当事人：被骂得手脚冰凉', '“女子抠出两套房”遭断章取义，当事人：被骂得手脚冰凉'],
    ['"倒查20年"，挽回损失523亿！', '“倒查20年”，挽回损失523亿！'],
    ['苹果发布会"one more thing"又来了', '苹果发布会“one more thing”又来了'],
    ['他说"不要走 这是一个引号不成对的标题', '他说"不要走 这是一个引号不成对的标题'],
    ['Apple "Think Different"', 'Apple "Think Different"'],
    ['戴尔发布27"和32"显示器，售价不变', '戴尔发布27"和32"显示器，售价不变'],
    ['Python里print("hello")为何报错', 'Python里print("hello")为何报错'],
    ['"618"大促成交额创新高', '“618”大促成交额创新高'],
    ['“十四五”规划纲要发布', '“十四五”规划纲要发布'],
  ],
};

/**
 * ASCII double marks that are not a flattened “…”: an inch or second mark after a number
 * (27"和32"显示器: a pair's first mark follows a digit; its second may, as in "618"大促), or a string
 * in code (print("hello"), a="b"): a mark right after ( [ = or right before ) ] ,.
 */
function notQuotes(title: string): boolean {
  for (let i = title.indexOf('"'), k = 0; i >= 0; i = title.indexOf('"', i + 1), k++) {
    const before = title[i - 1] ?? '';
    const after = title[i + 1] ?? '';
    if ((k % 2 === 0 && /\d/.test(before)) || /[([=]/.test(before) || /[)\],]/.test(after)) return true;
  }
  return false;
}

/** A seed title with its generator-flattened ASCII double quotes restored (TITLE_ASCII_QUOTES); unchanged when they are unbalanced, the title has no Chinese, or a mark is an inch mark or code's. */
export function restoreAsciiQuotes(title: string): string {
  const count = (title.match(/"/g) ?? []).length;
  if (!count || count % 2 || !/[\u4e00-\u9fa5]/.test(title) || notQuotes(title)) return title;
  return title.replace(TITLE_ASCII_QUOTES.pattern, '“$1”');
}
