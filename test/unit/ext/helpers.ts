import type { Article } from '../../../src/article';
import zh from '../../../public/_locales/zh_CN/messages.json';

/** A small but complete Article, with overrides. */
export function makeArticle(over: Partial<Article> = {}): Article {
  return {
    url: 'https://finance.sina.com.cn/stock/2021-08-24/doc-ikqcfncc4769311.shtml',
    docId: 'ikqcfncc4769311',
    template: 'pc-2017',
    kind: 'text',
    title: '测试公司半年报营收增长',
    originalTitle: '原来的标题',
    publishedAt: '2021-08-24T15:57:27+08:00',
    source: '新京报',
    authors: ['张三', '李四'],
    editor: '王五',
    keywords: ['半年报'],
    stocks: [
      { code: 'sz002024', name: '苏宁易购' },
      { code: 'hk00700', name: '腾讯控股' },
      { code: 'usAAPL', name: '' },
    ],
    leadImage: null,
    images: [{ src: 'https://n.sinaimg.cn/finance/a.jpg', caption: '图一' }],
    blocks: [
      { type: 'paragraph', text: '第一段正文。' },
      { type: 'heading', text: '小标题' },
      { type: 'image', src: 'https://n.sinaimg.cn/finance/a.jpg', caption: '图一' },
      { type: 'paragraph', text: '第二段正文。' },
      { type: 'quote', text: '引用的话。' },
      { type: 'table', rows: [['项目', '金额'], ['营收', '10亿']] },
    ],
    text: '第一段正文。\n\n小标题\n\n第二段正文。',
    markdown: '# 测试公司半年报营收增长\n\n第一段正文。\n\n## 小标题\n\n![图一](https://n.sinaimg.cn/finance/a.jpg)\n\n第二段正文。',
    wordCount: 20,
    readingMinutes: 1,
    ...over,
  };
}

const messages = zh as Record<string, { message: string }>;

/** The zh_CN strings with $1.. substitutions, like browser.i18n.getMessage. */
export function zhTr(key: string, ...subs: string[]): string {
  const m = messages[key]?.message;
  if (m === undefined) return `!!${key}`;
  return m.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
}

export const flush = () => new Promise((r) => setTimeout(r, 0));
