/**
 * What a Sina page means, as data. Every rule says why it exists and which fixture shows it,
 * so a new Sina promo is one line here plus a test. The engine (src/engine) only interprets
 * these tables; no rule is written out a second time anywhere else.
 */

export interface Rule {
  /** Stable id, shown in `Article.trace` and `--explain` (never reused for another rule). */
  id: string;
  /** One line: why this goes (or stays). */
  reason: string;
  /** A fixture path under fixtures/ that shows it. */
  fixture: string;
}

/** Elements removed from the body with everything inside them. */
export const DROP_SELECTORS: readonly (Rule & { selector: string })[] = [
  { id: 'drop.nonContent', selector: 'script, noscript, style, link, meta, iframe, object, embed, input, button, select, textarea, svg, canvas, audio, video, template', reason: 'never article text; executable or interactive (a form\'s controls go, its paragraphs stay)', fixture: 'seed-format/000_e61d407e7bc7dc3d.txt' },
  { id: 'drop.appendQr', selector: '.appendQr_wrap', reason: 'end-of-article QR box 海量资讯、精准解读，尽在新浪财经APP', fixture: 'seed-format/000_e61d407e7bc7dc3d.txt' },
  { id: 'drop.kaihuQr', selector: '.app-kaihu-qr', reason: 'account-opening promo with QR code (开户), all variants', fixture: 'seed-format/2021-11-06_10d8ab3f.md' },
  { id: 'drop.sfappPro', selector: '.fincon_sfapp_pro', reason: 'app download promo blockquote 下载新浪财经APP', fixture: 'seed-format/2021-12-25_26f3983c.md' },
  { id: 'drop.adSlot', selector: 'ins.sinaads, .sinaads, [id^=otherContent_]', reason: 'ad slots', fixture: 'pages/news_20180928_ifxeuwwr9050078.html' },
  { id: 'drop.quoteChart', selector: '.ct_hqimg, .hqimg_wrapper, .hqimg_related', reason: 'the quote chart block on top of finance articles', fixture: 'pages/finance_20160525_ifxsktkp9337164.html' },
  { id: 'drop.videoPlayer', selector: '.video-2017, .artical-player-wrap, .Video_Cont, .mce-plugin-videoList2', reason: 'video player placeholders: no text of the article', fixture: 'seed-format/2021-03-22_19469826.md' },
  { id: 'drop.liveQuote', selector: 'span[id^=quote_]', reason: 'live quote numbers injected after a stock name', fixture: 'seed-format/2021-11-06_10d8ab3f.md' },
  { id: 'drop.goodsCard', selector: '.goods-card, .article-notice', reason: 'shopping cards and the self-media disclaimer on k.sina', fixture: 'pages/k_20180928_1894c3a9300100elpc.html' },
  { id: 'drop.specialBoxes', selector: '.wap_special, .tech-quotation, .show_statement', reason: 'special-topic link box, tech quote widget, disclaimer box (commented out in fragments/sina-body_2019_cs327259852_02.html)', fixture: 'synthetic/synthetic-finance-2021-pc2017.html' },
  { id: 'drop.weiboEmbed', selector: '.weibo-2017, .wb-feed, .page-widget-2017', reason: 'embedded Weibo posts and feeds', fixture: 'fragments/sina-body_2019_cs327259852_11.html' },
  { id: 'drop.followBoxes', selector: '.blk-wxfollow, .blk-related, .article-bottom, #keywords, .keywords', reason: 'follow-us boxes and the keyword list under the article', fixture: 'pages/news_20180928_ifxeuwwr9050078.html' },
  { id: 'drop.gubaPromo', selector: '[data-sudaclick=suda_1028_guba]', reason: 'stock-forum promo 进入【新浪财经股吧】讨论', fixture: 'pages/finance_20160525_ifxsktkp9337164.html' },
  { id: 'drop.editorLine', selector: '.article-editor, .show_author, #article_editor', reason: '责任编辑 line: moves to metadata', fixture: 'seed-format/000_e61d407e7bc7dc3d.txt' },
  { id: 'drop.wxSharePicture', selector: '#wx_pic', reason: 'hidden WeChat share picture at the end of mobile articles', fixture: 'pages/news-m_20190912_iicezueu5243925.html' },
];

/**
 * Comment pairs whose whole span (markup and text between them) is an insertion into the body,
 * removed before parsing because they can split a word (5<!--BEGIN-->ad<!--END-->00万元).
 */
export const MARKER_REGIONS: readonly (Rule & { begin: string; end: string })[] = [
  { id: 'region.pipAd', begin: 'NEWSZW_HZH_BEGIN', end: 'NEWSZW_HZH_END', reason: 'picture-in-picture ad inserted mid-sentence', fixture: 'pages/chanye-finance_20050321_244339.html' },
  { id: 'region.adButton', begin: '非定向300*250按钮', end: '非定向300*250按钮  end', reason: 'untargeted ad button slot', fixture: 'fragments/sina-body_2019_cs327259852_02.html' },
  { id: 'region.kaihuQr', begin: '开户二维码 start', end: '开户二维码 end', reason: 'account-opening QR promo', fixture: 'seed-format/2021-11-15_4c80f2a9.md' },
  { id: 'region.sfappPro', begin: 'fincon_sfapp_pro begin', end: 'fincon_sfapp_pro end', reason: 'app download promo', fixture: 'seed-format/2021-12-25_26f3983c.md' },
  { id: 'region.videoList', begin: 'video-list', end: '/video-list', reason: 'video list placeholder', fixture: 'seed-format/2022-01-26_bfc78136.md' },
  { id: 'region.crowdTest', begin: '新增众测推广文案', end: '新增众测推广文案end', reason: 'crowd-test promo copy', fixture: 'fragments/sina-body_2019_cs327259852_06.html' },
  { id: 'region.bookPipAd', begin: '读书新闻内页画中画开始', end: '读书新闻内页画中画结束', reason: 'picture-in-picture ad inside 2004 book chapters', fixture: 'pages/book_20041013_114366.html' },
  { id: 'region.weiboList', begin: '微博列表', end: '微博列表', reason: 'embedded Weibo list, opened and closed by the same comment', fixture: 'fragments/sina-body_2019_cs327259852_11.html' },
];

/**
 * A paragraph whose whole text matches one of these is a promo or a page credit, not article text.
 * Anchored on purpose: a sentence that merely mentions the app stays.
 */
export const PROMO_PARAGRAPHS: readonly (Rule & { pattern: RegExp })[] = [
  { id: 'promo.appQrText', pattern: /^海量资讯、精准解读，尽在新浪财经APP$/, reason: 'QR box text when its wrapper is gone', fixture: 'seed-format/000_e61d407e7bc7dc3d.txt' },
  { id: 'promo.appDownload', pattern: /^下载新浪财经APP，查看更多资讯和大V观点$/, reason: 'app download line', fixture: 'seed-format/2021-12-25_26f3983c.md' },
  { id: 'promo.guba', pattern: /^进入【新浪财经股吧】讨论$/, reason: 'stock-forum promo', fixture: 'pages/finance_20160525_ifxsktkp9337164.html' },
  { id: 'promo.mobileChannel', pattern: /^看明星八卦、查影讯电视节目，上手机新浪网娱乐频道/, reason: 'mobile channel promo at the end of 2009 ent articles', fixture: 'pages/ent_20091109_13482762951.html' },
  { id: 'promo.mailSignup', pattern: /^立刻注册新浪免费邮箱/, reason: 'mail sign-up promo above 2004 book chapters', fixture: 'pages/book_20041013_114366.html' },
  { id: 'promo.kaihuText', pattern: /^(瓜分\d+元现金红包|扫二维码\s*立即|30%的涨跌幅你准备好了吗)/, reason: 'account-opening promo text', fixture: 'seed-format/003_07cd1c0da9230a0d.txt' },
  { id: 'promo.wechatFollow', pattern: /^更多猛料！欢迎扫描/, reason: 'WeChat follow-us box', fixture: 'pages/news_20180928_ifxeuwwr9050078.html' },
  { id: 'promo.chapterNav', pattern: /^(?:\[(?:上一篇|下一篇|返回目录|回到目录)\]\s*)+$/, reason: 'chapter navigation under 2004 book pages', fixture: 'pages/book_20041013_114366.html' },
  { id: 'promo.pageTools', pattern: /^(?:【(?:发表评论|关闭窗口|打印本页|推荐给朋友|收藏此页|我要反馈)】\s*)+$/, reason: 'page tool links under 2005 articles', fixture: 'pages/chanye-finance_20050321_244339.html' },
  { id: 'promo.imageDisclaimer', pattern: /^注：.{0,20}(?:图片来自网络|图片来源于网络).{0,20}$/, reason: 'self-media disclaimer line on k.sina', fixture: 'pages/k_20180928_1894c3a9300100elpc.html' },
];

/**
 * Strings that must never reach an Article's text: the benchmark and the corpus-wide tests count a
 * page as "boilerplate left" when any of these appears.
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

/** Elements that mean the article is (or carries) a video: an article of only these is a video article. */
export const VIDEO_MARKERS: Rule & { selector: string } = {
  id: 'video.player',
  selector: '.video-2017, .artical-player-wrap, .Video_Cont, .mce-plugin-videoList2, video',
  reason: 'Sina video players and placeholders',
  fixture: 'pages/k_20180928_m1840a511000100anm3.html',
};

/** A short paragraph right after a picture that has no caption is its caption when it says so. */
export const CAPTION_HINT: Rule & { pattern: RegExp; maxChars: number } = {
  id: 'caption.creditLine',
  pattern: /图源|图片来源|来源：视觉中国|供图|摄影|\/摄|摄）|^图为|^资料图/,
  maxChars: 80,
  reason: 'picture credits written as the next paragraph',
  fixture: 'pages/k_20180928_b63e5bc502000bg5u.html',
};

/** Links whose whole text is a label Sina adds after a name, not a word of the article. */
export const LINK_LABELS: Rule & { pattern: RegExp } = {
  id: 'link.weiboLabel',
  pattern: /^\[(微博|博客|博文)\]$/,
  reason: 'Weibo-card labels after a person named in ent articles (张一山[微博])',
  fixture: 'fragments/sina-body_2019_cs327259852_11.html',
};

/** Keywords Sina adds to every page of a site: not about the article. */
export const KEYWORD_NOISE: Rule & { values: readonly string[] } = {
  id: 'keywords.siteNames',
  values: ['sina.cn', '新浪网', '手机新浪网', '新浪新闻', '新闻', '财经头条', '财经新闻', '投资价值'],
  reason: 'site names appended to meta keywords (mobile: sina.cn; t.cj: 财经头条,财经新闻,投资价值)',
  fixture: 'pages/news-m_20190912_iicezueu5243925.html',
};

/**
 * Credits Sina's editors hide in `<!--article_adlist[...]article_adlist-->` comments (来源：中国新闻网,
 * (本文来自澎湃新闻…)): not shown, so not text, but they name the outlet. Only META_LINES source rules
 * are read from them.
 */
export const HIDDEN_CREDITS: Rule & { pattern: RegExp } = {
  id: 'hidden.adlistCredit',
  pattern: /<!--article_adlist\[([\s\S]*?)\]article_adlist-->/g,
  reason: 'hidden credit lines carry the source of seed-format posts',
  fixture: 'seed-format/2021-12-02_340e888d.md',
};

/** Lines that carry metadata; the paragraph moves out of the body into the named field. */
export const META_LINES: readonly (Rule & {
  field: 'editor' | 'originalTitle' | 'source';
  pattern: RegExp;
  /** Capture group whose text stays in the body as the paragraph (the rest moves to metadata). */
  keep?: number;
})[] = [
  { id: 'line.editor', field: 'editor', pattern: /^[（(]?(?:责任编辑|责编)\s*[：:]\s*(.*?)[）)]?$/, reason: '责任编辑 line at the end of the body', fixture: 'fragments/sina-body_2019_cs327259852_01.html' },
  { id: 'line.originalTitle', field: 'originalTitle', pattern: /^原标题\s*[：:\s]\s*(.+)$/, reason: '原标题 line: the title at the original outlet', fixture: 'seed-format/003_07cd1c0da9230a0d.txt' },
  { id: 'line.source', field: 'source', pattern: /^(?:文章)?来源\s*[：:|｜]\s*(.+)$/, reason: '来源 line names the outlet', fixture: 'seed-format/2021-12-07_8afb4c77.md' },
  { id: 'line.datelineSource', field: 'source', pattern: /^(\d{4}年\d{1,2}月\d{1,2}日)\s*[（(]来源\s*[：:]\s*(.+?)[）)]$/, keep: 1, reason: 'dateline closing an announcement: the date stays, the outlet moves', fixture: 'pages/finance-m_20050826_ikknscsi2623250.html' },
  { id: 'line.outletCredit', field: 'source', pattern: /^[（(]本文来自(.{2,20}?)，更多原创资讯请下载“.{2,20}”APP[)）]$/, reason: 'outlet credit with its app promo', fixture: 'seed-format/2021-09-30_6f5e78a2.md' },
];

/** Images that are never the article's picture. */
export const JUNK_IMAGES: readonly (Rule & { pattern: RegExp })[] = [
  { id: 'image.appQr', pattern: /\/finance\/cece9e13\/20200514\/343233024\.png$/, reason: 'the 新浪财经APP QR code used as placeholder headimg', fixture: 'seed-format/000_e61d407e7bc7dc3d.txt' },
  { id: 'image.spacer', pattern: /(^|\/)c\.gif$|\/blank\.gif$|\/spacer\.gif$/, reason: 'spacer gifs', fixture: 'pages/ent_20091109_13482762951.html' },
  { id: 'image.defaultShare', pattern: /\/default\/[0-9a-f]{8}\/\d{8}\/320X320\.png$/, reason: 'default WeChat share picture of mobile pages', fixture: 'pages/news-m_20190912_iicezueu5243925.html' },
  { id: 'image.dataUri', pattern: /^data:/, reason: 'inline placeholder pixels (the real URL is in data-src)', fixture: 'pages/news-m_20190912_iicezueu5243925.html' },
  { id: 'image.promoIcon', pattern: /\/(entphone|hqimg_client)\.gif$|news-code-|\/qrcode|erweima/i, reason: 'promo icons and QR codes', fixture: 'pages/ent_20091109_13482762951.html' },
];

/** Names Sina shows in the source slot that are its own platforms, not the outlet. */
export const PLATFORM_SOURCES: readonly string[] = ['新浪看点', '财经头条', '新浪财经头条', '新浪网', '手机新浪网'];

/** Title suffixes Sina appends in <title>, removed when the title comes from there. */
export const TITLE_SUFFIX = /(?:[|_][^|_]*)*?(?:_+(?:新浪[^_]*|手机新浪网|财经头条|[^_]*_新浪网))+$/;

/** meta tags read by every template (first match wins for each field). */
export const META_TAGS = {
  title: ['og:title', 'twitter:title'],
  publishedAt: ['article:published_time', 'weibo: article:create_at', 'publishdate', 'pubdate'],
  source: ['article:author', 'mediaid'],
  keywords: ['keywords', 'tags'],
  url: ['og:url'],
  leadImage: ['og:image'],
} as const;
