/**
 * The page families a shape is placed in: each wraps a body (anchor paragraphs around a shape's
 * piece) in the page a Sina template of that family reads, as small as the template allows, plus
 * page chrome after the body that must never reach the Article.
 */
import type { TemplateId } from '../../../src/article';
import type { Piece } from './shapes';
import { sentence } from './shapes';

export interface Family {
  id: string;
  /** The template that must read the page. */
  template: TemplateId;
  url?: string;
  title: string;
  /** Text on the page outside the article that must not reach its text. */
  chrome: string[];
  /**
   * Only the Readability fallback reads the page: which container it takes is its own judgement, so
   * paragraphs beside the one it picks are not required (every other promise still holds).
   */
  bestEffort?: boolean;
  page(body: string, piece: Piece): string;
}

export const TITLE = '对抗测试：金融监管新规落地';
const CHROME = '热门推荐：另一篇文章的标题在这里出现';

/** Before the piece (first) and after it (second): a reader sees both. */
export const ANCHORS = [sentence(1, '首'), sentence(2, '次'), sentence(3, '尾')] as const;

export const FAMILIES: readonly Family[] = [
  {
    id: 'seed',
    template: 'seed-format',
    title: TITLE,
    chrome: [],
    page: (body, piece) =>
      `---\ntitle: ${TITLE}\ndate: Tue, 24 Aug 2021 07:57:27 GMT\nauthor: 新浪财经\n${piece.frontMatter ? `${piece.frontMatter}\n` : ''}---\n` +
      `<div class="article" id="artibody">\n${body}\n</div>\n`,
  },
  {
    id: 'pc2017',
    template: 'pc-2017',
    url: 'https://finance.sina.com.cn/roll/2021-08-24/doc-ikqcfncc4763514.shtml',
    title: TITLE,
    chrome: [CHROME],
    page: (body, piece) =>
      `<!DOCTYPE html><html><head>${piece.head ?? ''}<meta charset="utf-8"><title>${TITLE}_新浪财经_新浪网</title></head><body>` +
      `<div class="main-content"><h1 class="main-title">${TITLE}</h1>` +
      `<div class="date-source"><span class="date">2021年08月24日 15:57</span><a class="source" href="https://www.thepaper.cn/">澎湃新闻</a></div>` +
      `${piece.outside ?? ''}<div class="article-content-left"><div class="article" id="artibody">${body}</div></div>` +
      `<!-- 正文 end --><div class="side-chrome"><p>${CHROME}</p></div></div></body></html>`,
  },
  {
    id: 'pc2012',
    template: 'pc-2012',
    url: 'https://finance.sina.com.cn/stock/t/2016-05-25/doc-ifxsktkp9337164.shtml',
    title: TITLE,
    chrome: [CHROME],
    page: (body, piece) =>
      `<html><head>${piece.head ?? ''}<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${TITLE}_新浪财经_新浪网</title></head><body>` +
      `<div class="blkContainerSblk"><h1 id="artibodyTitle">${TITLE}</h1>` +
      `<div class="artInfo"><span class="time-source" id="navtimeSource">2016年05月25日10:10 <span><a href="http://www.cs.com.cn/">中国证券报</a></span></span></div>` +
      `${piece.outside ?? ''}<div class="blkContainerSblkCon" id="artibody">${body}</div><!-- 正文内容 end -->` +
      `<div class="side"><p>${CHROME}</p></div></div></body></html>`,
  },
  {
    id: 'mobile',
    template: 'mobile',
    url: 'https://finance.sina.cn/2019-09-12/detail-iicezueu5243925.d.html',
    title: TITLE,
    chrome: [],
    page: (body, piece) =>
      `<!DOCTYPE html><html><head>${piece.head ?? ''}<meta charset="utf-8"><title>${TITLE}_手机新浪网</title>` +
      `<meta property="article:published_time" content="2019-09-12T11:54:27+08:00"></head><body>` +
      `<article class="art_box"><h1 class="art_tit_h1">${TITLE}</h1>${piece.outside ?? ''}<section class="art_pic_card art_content">${body}</section></article>` +
      `</body></html>`,
  },
  {
    id: 'legacy',
    template: 'legacy-table',
    url: 'http://finance.sina.com.cn/chanjing/b/20050321/11351444244.shtml',
    title: TITLE,
    chrome: [],
    page: (body, piece) =>
      `<html><head>${piece.head ?? ''}<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${TITLE}</title></head><body>` +
      `<table width="750"><tr><th class="f24">${TITLE}</th></tr><tr><td>2005年03月21日 11:21 <font color="red">《理财周刊》</font></td></tr>` +
      `${piece.outside ? `<tr><td>${piece.outside}</td></tr>` : ''}<tr><td class="l17"><font id="zoom">${body}</font></td></tr></table></body></html>`,
  },
  {
    id: 'fragment',
    template: 'fragment',
    title: '',
    chrome: [],
    page: (body) => `<div id="artibody" class="article">${body}</div>`,
  },
  {
    id: 'unknown',
    template: 'readability',
    title: TITLE,
    chrome: [],
    bestEffort: true,
    page: (body, piece) =>
      `<!DOCTYPE html><html><head>${piece.head ?? ''}<meta charset="utf-8"><title>${TITLE}</title></head><body>` +
      `<div id="main"><h1>${TITLE}</h1>${piece.outside ?? ''}<div class="content">${body}</div></div>` +
      `</body></html>`,
  },
];

export function familyById(id: string): Family {
  const f = FAMILIES.find((x) => x.id === id);
  if (!f) throw new Error(`no page family ${id}`);
  return f;
}

/** The body: two anchor paragraphs, the piece, one anchor after (or the piece first, when it must open the body). */
export function bodyOf(piece: Piece): string {
  const [a, b, c] = ANCHORS;
  return piece.atStart ? `${piece.html}<p>${a}</p><p>${b}</p><p>${c}</p>` : `<p>${a}</p><p>${b}</p>${piece.html}<p>${c}</p>`;
}
