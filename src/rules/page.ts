/**
 * What a Sina page holds around and inside the article that is never its text, as data: elements
 * to drop from the body (beside the boilerplate classes' own selectors in boilerplate.ts), comment
 * pairs that enclose an insertion, and the video players that become `video` blocks. Each entry
 * has a stable id (the name `Article.trace` gives), a reason and the fixture that shows it.
 */
import { BOILERPLATE } from './boilerplate';
import type { RuleMeta } from './types';
import { EDITOR_BOX } from './page-families';

export interface DropSelector extends RuleMeta {
  /** A CSS selector; every element it matches in the body goes, with everything inside it. */
  selector: string;
}

/**
 * Elements removed from the body with everything inside them (by the clean stage, after the
 * strip stage took scripts, styles and hidden elements out of the whole page).
 */
export const DROP_SELECTORS: readonly DropSelector[] = [
  { id: 'drop.nonContent', selector: 'script, noscript, style, link, meta, iframe, object, embed, input, button, select, textarea, svg, canvas, audio, video, template', reason: 'never article text; executable or interactive (a form\'s controls go, its paragraphs stay)', fixture: 'seed-format/000_e61d407e7bc7dc3d.txt' },
  { id: 'drop.adSlot', selector: 'ins.sinaads, .sinaads, [id^=otherContent_]', reason: 'ad slots Sina’s ad script fills (ins.sinaads, otherContent_ boxes)', fixture: 'pages/news_20180928_ifxeuwwr9050078.html' },
  { id: 'drop.quoteChart', selector: '.ct_hqimg, .hqimg_wrapper, .hqimg_related', reason: 'the quote chart block on top of finance articles', fixture: 'pages/finance_20160525_ifxsktkp9337164.html' },
  { id: 'drop.goodsCard', selector: '.goods-card', reason: 'shopping cards on k.sina', fixture: 'pages/k_20180928_1894c3a9300100elpc.html' },
  { id: 'drop.techQuotation', selector: '.tech-quotation', reason: 'the tech channel’s quote widget', fixture: 'synthetic/synthetic-finance-2021-pc2017.html' },
  { id: 'drop.weiboEmbed', selector: '.weibo-2017, .wb-feed, .page-widget-2017', reason: 'embedded Weibo posts and feeds', fixture: 'fragments/sina-body_2019_cs327259852_11.html' },
  { id: 'drop.bottomBoxes', selector: '.article-bottom, #keywords, .keywords', reason: 'the box under the article and its keyword list', fixture: 'pages/news_20180928_ifxeuwwr9050078.html' },
  { id: 'drop.editorLine', selector: EDITOR_BOX, reason: '责任编辑 box: read into `editor` first (see line.editor), then dropped', fixture: 'seed-format/000_e61d407e7bc7dc3d.txt' },
  { id: 'drop.mobileAdSlot', selector: '[sax-type]', reason: 'ad slots the mobile ad system fills (div[sax-type=proxy] inside sina.cn articles): a picture and words that are never the article', fixture: 'pages/finance-m_20050826_ikknscsi2623250.html' },
  { id: 'drop.wxSharePicture', selector: '#wx_pic', reason: 'hidden WeChat share picture at the end of mobile articles', fixture: 'pages/news-m_20190912_iicezueu5243925.html' },
];

/** A selector the clean stage drops, with the rule (a drop selector or a boilerplate class) that owns it. */
export interface BodyDrop {
  rule: RuleMeta;
  selector: string;
}

/**
 * Everything the clean stage drops from the body, in table order: the drop selectors and the
 * selectors of the boilerplate classes (an app box, a follow-us box, a related-reading box…),
 * each under its rule's id.
 */
export const BODY_DROPS: readonly BodyDrop[] = [
  ...DROP_SELECTORS.map((r) => ({ rule: r, selector: r.selector })),
  ...BOILERPLATE.flatMap((c) => (c.selectors ?? []).map((s) => ({ rule: c, selector: s }))),
];

/** All body-drop selectors as one selector list (one pass over the tree). */
export const BODY_DROP_SELECTOR = BODY_DROPS.map((d) => d.selector).join(', ');

export interface MarkerRegion extends RuleMeta {
  /** The begin comment's text (whitespace ignored; Sina may append ids and sizes after it). */
  begin: string;
  /** The end comment's text (whitespace ignored). */
  end: string;
}

/**
 * Comment pairs whose whole span (markup and text between them) is an insertion into the body,
 * cut out of the parsed tree because they can split a word (5<!--BEGIN-->ad<!--END-->00万元).
 */
export const MARKER_REGIONS: readonly MarkerRegion[] = [
  { id: 'region.pipAd', begin: 'NEWSZW_HZH_BEGIN', end: 'NEWSZW_HZH_END', reason: 'picture-in-picture ad inserted mid-sentence', fixture: 'pages/chanye-finance_20050321_244339.html' },
  { id: 'region.adButton', begin: '非定向300*250按钮', end: '非定向300*250按钮  end', reason: 'untargeted ad button slot', fixture: 'fragments/sina-body_2019_cs327259852_02.html' },
  { id: 'region.kaihuQr', begin: '开户二维码 start', end: '开户二维码 end', reason: 'account-opening QR promo (its picture is never the lead image either)', fixture: 'seed-format/2021-11-15_4c80f2a9.md' },
  { id: 'region.sfappPro', begin: 'fincon_sfapp_pro begin', end: 'fincon_sfapp_pro end', reason: 'app download promo', fixture: 'seed-format/2021-12-25_26f3983c.md' },
  { id: 'region.videoList', begin: 'video-list', end: '/video-list', reason: 'video list placeholder: becomes a video block with the title the page gives', fixture: 'seed-format/2022-01-26_bfc78136.md' },
  { id: 'region.crowdTest', begin: '新增众测推广文案', end: '新增众测推广文案end', reason: 'crowd-test promo copy', fixture: 'fragments/sina-body_2019_cs327259852_06.html' },
  { id: 'region.bookPipAd', begin: '读书新闻内页画中画开始', end: '读书新闻内页画中画结束', reason: 'picture-in-picture ad inside 2004 book chapters', fixture: 'pages/book_20041013_114366.html' },
  { id: 'region.weiboList', begin: '微博列表', end: '微博列表', reason: 'embedded Weibo list, opened and closed by the same comment', fixture: 'fragments/sina-body_2019_cs327259852_11.html' },
];

/** Elements that are a video player: each becomes one `video` block (title, link and picture the page gives). */
export const VIDEO_MARKERS: RuleMeta & { selector: string } = {
  id: 'video.player',
  selector: '.video-2017, .artical-player-wrap, .Video_Cont, .mce-plugin-videoList2, video',
  reason: 'Sina video players and placeholders',
  fixture: 'pages/k_20180928_m1840a511000100anm3.html',
};

/**
 * Strings that must never reach an Article's text: the benchmark (and the corpus-wide test) count
 * a page as "boilerplate left" when one of these appears. A smell list for measuring, not a rule:
 * the engine removes these through the classes in boilerplate.ts and the selectors above.
 */
export const BOILERPLATE_MARKERS: readonly string[] = [
  '海量资讯、精准解读',
  '尽在新浪财经APP',
  '瓜分6666元',
  '下载新浪财经APP',
  'appendQr',
  '新浪财经股吧】讨论',
  '责任编辑：',
  '上手机新浪网',
  '立刻注册新浪免费邮箱',
  '欢迎扫描左方二维码',
  'sinaads',
  'news_keyword_pub',
  '文末二维码',
  '正文下iframe',
  '扫二维码',
];
