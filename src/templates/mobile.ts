import type { Template } from './types';
import { normalizeText } from '../engine/text';

/**
 * Mobile sina.cn / finance.sina.cn: article.art_box with h1.art_tit_h1 and section.art_content;
 * time and outlet come from the meta tags. Example: fixtures/pages/news-m_20190912_iicezueu5243925.html.
 */
export const mobile: Template = {
  id: 'mobile',
  describe: 'mobile sina.cn (h1.art_tit_h1, section.art_content)',
  matches: ({ $ }) => $('h1.art_tit_h1').length > 0 || $('section.art_content').length > 0,
  extract: ({ $ }) => ({
    body: $('section.art_content').get(0) ?? null,
    title: normalizeText($('h1.art_tit_h1').first().text()) || null,
    source: normalizeText($('.weibo_info .weibo_user').first().text()) || null,
  }),
};
