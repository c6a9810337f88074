/**
 * Links in the body, as data. The article's own links (to another report, a video, an address it
 * prints) stay inline links. Sina's furniture does not: labels it adds after a name ([微博]) go
 * with their text, and the links its CMS puts on ordinary words (a Weibo card on a name, a keyword
 * link to a channel page, a calculator, a service's home page) lose the link and keep the words,
 * the way stock links do.
 */
import type { RuleMeta } from './types';

/** A link as the rules see it: its absolute address, its text and its class attribute. */
export interface LinkSample {
  href: string;
  text: string;
  class?: string;
}

export interface LinkRule extends RuleMeta {
  /** Class names Sina's CMS gives the link (any one of them is enough). */
  classes?: readonly string[];
  /** The absolute address (any one of `classes` or `href` is enough). */
  href?: RegExp;
  examples: { match: readonly LinkSample[]; noMatch: readonly LinkSample[] };
}

/** Links whose whole text is a label Sina adds after a name, not a word of the article: link and text go. */
export const LINK_LABELS: RuleMeta & { pattern: RegExp; examples: { match: readonly string[]; noMatch: readonly string[] } } = {
  id: 'link.weiboLabel',
  pattern: /^\[(微博|博客|博文)\]$/,
  reason: 'Weibo-card labels after a person named in ent articles (张一山[微博])',
  fixture: 'fragments/sina-body_2019_cs327259852_11.html',
  examples: { match: ['[微博]', '[博客]'], noMatch: ['微博', '[图]', '[相关新闻]'] },
};

/** Links Sina's CMS puts on the article's words: the words stay, the link goes. */
export const LINK_FURNITURE: readonly LinkRule[] = [
  {
    id: 'link.weibo-card',
    reason: "Sina's Weibo card on a name: a link to the person's or institution's Weibo profile (class wt_article_link, ?zw=<channel>), not the article's",
    classes: ['wt_article_link'],
    href: /^https?:\/\/(?:www\.)?weibo\.com\/[^?#]+\?(?:[^#]*&)?zw=\w+/,
    fixture: 'pages/finance_20160525_ifxsktkp9337164.html',
    examples: {
      match: [
        { href: 'http://weibo.com/imf?zw=finance', text: 'IMF', class: 'wt_article_link' },
        { href: 'https://weibo.com/u/3921015143?zw=finance', text: '央行' },
      ],
      noMatch: [
        { href: 'https://weibo.com/1234567/KxYzAbCdE', text: '该公司官方微博发布的声明' },
        { href: 'https://news.sina.com.cn/c/2018-09-28/doc-ifxeuwwr9076960.shtml', text: '叶挺后人诉“暴走漫画”案宣判！' },
      ],
    },
  },
  {
    id: 'link.keyword',
    reason: "a keyword link Sina's 2005-2009 CMS put on a word (class akey): a house project, a star's page, a channel topic",
    classes: ['akey'],
    fixture: 'pages/bj-house_20050331_031868306.html',
    examples: {
      match: [
        { href: 'http://bj.house.sina.com.cn/exhibit/2305.shtml', text: '城市出品', class: 'akey' },
        { href: 'http://ent.sina.com.cn/s/m/f/alil/index.html', text: '阿里郎', class: 'akey' },
      ],
      noMatch: [{ href: 'http://house.sina.com.cn/exhibit/1489.shtml', text: '朝阳嘉园开盘详情' }],
    },
  },
  {
    id: 'link.calculator',
    reason: 'a link from a word to one of Sina’s calculators (个人所得税 → the tax calculator, class article-calculator)',
    classes: ['article-calculator'],
    href: /^https?:\/\/finance\.sina\.cn\/app\/\w*calc\w*\.shtml/,
    fixture: 'seed-format/2022-01-27_d6fede7a.md',
    examples: {
      match: [{ href: 'https://finance.sina.cn/app/taxcalc.shtml', text: '个人所得税', class: 'article-calculator' }],
      noMatch: [{ href: 'https://finance.sina.com.cn/roll/2022-01-27/doc-ikyakumy2814313.shtml', text: '个人所得税改革方案' }],
    },
  },
  {
    id: 'link.bond-quote',
    reason: 'a market keyword Sina’s CMS linked to a bond’s or a repo rate’s quote page (DR007 → money.finance.sina.com.cn/bond/quotes/sh206007.html), the way it links stock names: the words stay, the link goes',
    href: /^https?:\/\/(?:money\.)?finance\.sina\.com\.cn\/bond\/quotes\/(?:sh|sz)\d{6}\.html/,
    fixture: 'seed-format/2021-05-18_bcf0a179.md',
    examples: {
      match: [
        { href: 'https://money.finance.sina.com.cn/bond/quotes/sh206007.html', text: 'R007', class: 'keyword' },
        { href: 'http://money.finance.sina.com.cn/bond/quotes/sz131810.html', text: 'R-001' },
      ],
      noMatch: [
        { href: 'https://finance.sina.com.cn/money/bond/2021-05-18/doc-ikmyaawc6117465.shtml', text: '5月MLF等额续作，债市怎么走？' },
        { href: 'https://money.finance.sina.com.cn/bond/', text: '新浪债券频道' },
      ],
    },
  },
  {
    id: 'link.sina-home',
    reason: 'a word linked to the home page of a Sina site or service (投诉 → tousu.sina.com.cn): navigation, not a reference',
    href: /^https?:\/\/(?:[a-z0-9-]+\.)*sina\.(?:com\.cn|cn)\/?$/,
    fixture: 'seed-format/2021-12-28_c046b426.md',
    examples: {
      match: [
        { href: 'http://tousu.sina.com.cn/', text: '投诉' },
        { href: 'http://tousu.sina.com.cn/', text: '投诉平台' },
      ],
      noMatch: [
        { href: 'https://tousu.sina.com.cn/', text: 'https：//tousu.sina.com.cn/' },
        { href: 'https://tousu.sina.com.cn/top_rank/index_n', text: '红黑榜' },
      ],
    },
  },
];

/** Whether a link's text is an address: the article printed it, so the link is the article's. */
const ADDRESS_TEXT = /^\s*(?:https?[:：]\/\/|www\.)\S+\s*$/i;

/** The furniture rule a link answers to, or undefined when it is the article's own link. */
export function linkFurniture(link: LinkSample): LinkRule | undefined {
  if (ADDRESS_TEXT.test(link.text)) return undefined;
  const classes = (link.class ?? '').split(/\s+/).filter(Boolean);
  return LINK_FURNITURE.find((r) => (r.classes?.some((c) => classes.includes(c)) ?? false) || (r.href?.test(link.href) ?? false));
}
