import type { Template } from './types';
import { firstWithText } from '../engine/dom';
import { BODY_END } from './body-end';
import { normalizeText } from '../engine/text';
import { parseSinaDate } from '../engine/meta';

/**
 * PC pages since 2017: h1.main-title, div.date-source (span.date + .source), body #artibody on
 * finance/k/cj and #article on news. Example: fixtures/pages/news_20180928_ifxeuwwr9050078.html.
 */
export const pc2017: Template = {
  id: 'pc-2017',
  describe: 'PC 2017+ (h1.main-title, .date-source)',
  matches: ({ $ }) => $('h1.main-title').length > 0 || ($('.main-title').length > 0 && $('.date-source').length > 0),
  extract: ({ $, ctx }) => {
    const ds = $('.date-source').first();
    return {
      bodyEnd: BODY_END,
      body: firstWithText($('#artibody').toArray(), ctx.deadline) ?? $('#article').get(0) ?? $('.article-content .article').get(0) ?? null,
      title: normalizeText($('h1.main-title').first().text()) || normalizeText($('.main-title').first().text()) || null,
      publishedAt: parseSinaDate(ds.find('.date').first().text()),
      source: normalizeText(ds.find('.source').first().text()) || null,
    };
  },
};
