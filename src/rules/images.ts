/**
 * Pictures, as data: addresses that are never the article's picture (QR codes, spacers, Sina's
 * default share pictures, promo icons), and the credit line that is a picture's caption.
 */
import type { RuleMeta } from './types';

export interface ImageRule extends RuleMeta {
  /** Matched against the picture's absolute address. */
  pattern: RegExp;
  examples: { match: readonly string[]; noMatch: readonly string[] };
}

/** A real article picture that none of the junk rules may take. */
const ARTICLE_PICTURE = 'https://n.sinaimg.cn/finance/transform/55/w550h305/20211106/9959-9b31114859307ac3b08fc7896f9b4754.jpg';

/** Images that are never the article's picture: not a block, not the lead image. */
export const JUNK_IMAGES: readonly ImageRule[] = [
  {
    id: 'image.appQr',
    pattern: /\/finance\/cece9e13\/20200514\/343233024\.png$/,
    reason: 'the 新浪财经APP QR code used as placeholder headimg',
    fixture: 'seed-format/000_e61d407e7bc7dc3d.txt',
    examples: { match: ['https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png'], noMatch: [ARTICLE_PICTURE] },
  },
  {
    id: 'image.spacer',
    pattern: /(^|\/)c\.gif$|\/blank\.gif$|\/spacer\.gif$/,
    reason: 'spacer gifs that hold a layout, not a picture',
    fixture: 'pages/ent_20091109_13482762951.html',
    examples: { match: ['https://i2.sinaimg.cn/c.gif', 'https://i0.sinaimg.cn/home/c.gif', 'https://n.sinaimg.cn/blank.gif'], noMatch: [ARTICLE_PICTURE, 'https://n.sinaimg.cn/spider20220731/200/w624h376/20220731/9018-9fb4deff185612375007e39ce7bc739c.gif'] },
  },
  {
    id: 'image.defaultShare',
    pattern: /\/default\/(?:[0-9a-f]{8}\/\d{8}\/320X320\.png$|transform\/)/,
    reason: "Sina's default share pictures (the channel logo a page without a picture names in og:image or a hidden share image)",
    fixture: 'pages/news_20180928_ifxeuwwr9107579.html',
    examples: {
      match: [
        'https://n.sinaimg.cn/default/2fb77759/20151125/320X320.png',
        'https://n.sinaimg.cn/default/transform/116/w550h366/20180326/YkRn-fysqfnf9556477.png',
        'https://k.sinaimg.cn/n/default/transform/116/w550h366/20180418/sUrK-fzihnep5214887.png/w700h350z1l10t10c51.jpg',
      ],
      noMatch: [ARTICLE_PICTURE, 'https://n.sinaimg.cn/news/transform/132/w550h382/20180928/YhsV-hkrzvkv0593144.jpg'],
    },
  },
  {
    id: 'image.promoIcon',
    pattern: /\/(entphone|hqimg_client)\.gif$|news-code-|\/qrcode|erweima/i,
    reason: 'promo icons and QR codes',
    fixture: 'pages/ent_20091109_13482762951.html',
    examples: {
      match: [
        'https://i0.sinaimg.cn/ent/deco/2009/0507/entphone.gif',
        'https://n.sinaimg.cn/780c44e8/20150702/hqimg_client.gif',
        'https://simg.sinajs.cn/products/news/items/2017/pc_news_article/img/news-code-f951f4.jpg',
        'https://n.sinaimg.cn/finance/page/ent/images/qrcode01.png',
      ],
      noMatch: [ARTICLE_PICTURE, 'https://i0.sinaimg.cn/home/deco/2009/0330/con_logo_music.gif'],
    },
  },
];

/** The junk rule an address matches, or undefined. */
export function junkImage(src: string): ImageRule | undefined {
  return JUNK_IMAGES.find((r) => r.pattern.test(src));
}

/**
 * Picture agencies and stock-photo sites: a credit naming one (来源：视觉中国) credits a picture,
 * never the article's text. Names as the credits print them.
 */
export const PICTURE_AGENCIES: readonly string[] = [
  '视觉中国',
  '东方IC',
  'IC\\s?photo',
  '图虫创意',
  '图虫',
  '摄图网',
  '千图网',
  '包图网',
  '站酷海洛',
  '壹图网',
  '全景视觉',
  'CFP',
  'Getty\\s?Images',
  '123RF',
  'Pexels',
  'Pixabay',
  'Unsplash',
];

/** A short paragraph right after a picture that has no caption is its caption when it says so. */
export const CAPTION_HINT: RuleMeta & { pattern: RegExp; maxChars: number; examples: { match: readonly string[]; noMatch: readonly string[] } } = {
  id: 'caption.creditLine',
  pattern: new RegExp(String.raw`图源|图片来源|来源\s*[:：]\s*(?:${PICTURE_AGENCIES.join('|')})|供图|摄影|\/摄|摄）|^图为|^资料图`, 'i'),
  maxChars: 80,
  reason: 'picture credits written as the next paragraph',
  fixture: 'pages/k_20180928_b63e5bc502000bg5u.html',
  examples: {
    match: ['越南总理阮春福在联大第73届会议一般性辩论中发言。（图源：联合国图片/Cia Pak）', '资料图', '（新华社记者 张龙/摄）', '图片来源：视觉中国', '发布会现场。来源：视觉中国', '来源：东方IC'],
    noMatch: ['越南坚持遵守国际法原则，通过和平手段解决国际争端。', '摄像头的数量逐年增加。'],
  },
};

/**
 * A picture that sends the reader to Sina's app: linked to an app landing page, or named after the
 * app in its alt (新浪财经APP, 新浪新闻客户端). A banner or QR box under the article, never its picture;
 * a screenshot the article shows (新浪财经APP截图) and a picture of the article that merely links
 * elsewhere stay.
 */
export const APP_PICTURE: RuleMeta & {
  /** The address of the link around the picture (absolute or protocol-relative). */
  link: RegExp;
  /** The picture's alt (or title). */
  alt: RegExp;
  examples: { link: readonly string[]; noLink: readonly string[]; alt: readonly string[]; noAlt: readonly string[] };
} = {
  id: 'image.appBanner',
  reason: "a banner or QR picture for Sina's app (linked to the app's landing page, or named after the app): a promo, not the article's picture",
  link: /^(?:https?:)?\/\/(?:[\w-]+\.)*sina\.com\.cn\/(?:mobile\/comfinanceweb\.shtml|m\/sinanews\.html|app\/download\/|lm\/z\/app\/)/i,
  alt: /^(?:新浪(?:财经|新闻)\s*(?:APP|App|app|客户端)(?:二维码|下载|banner)?|新浪(?:财经|新闻)二维码|(?:点击|扫码|扫描二维码)?下载新浪(?:财经|新闻)\s*(?:APP|App|app|客户端)(?:[，,][^。]{0,16})?)$/,
  examples: {
    link: [
      'https://finance.sina.com.cn/mobile/comfinanceweb.shtml?source=xwzxzhengwen01',
      '//finance.sina.com.cn/mobile/comfinanceweb.shtml',
      'http://news.sina.com.cn/m/sinanews.html',
      'http://ent.sina.com.cn/app/download/',
    ],
    noLink: ['https://finance.sina.com.cn/realstock/company/sh601111/nc.shtml', 'https://news.sina.com.cn/c/2024-05-10/doc-inausehc2630922.shtml', 'https://finance.sina.com.cn/mobile/'],
    alt: ['新浪财经APP', '新浪新闻客户端', '新浪财经APP二维码', '扫码下载新浪财经APP', '下载新浪财经app，赢iphone7'],
    noAlt: ['新浪财经APP截图', '新浪财经APP首页改版后的行情页面', '新浪财经APP，行情页面截图', '中国国航分时图', '珠海有轨电车'],
  },
  // Its app box: the app logo and QR code, both alt 新浪新闻客户端.
  fixture: 'pages/news_20180928_ifxeuwwr9218647.html',
};

/** Whether a picture with this alt, inside a link to `href` ('' when none), is the app's promo picture. */
export function appPicture(alt: string, href: string): boolean {
  return APP_PICTURE.alt.test(alt.trim()) || (!!href && APP_PICTURE.link.test(href.trim()));
}
