import type { Template } from './types';
import { firstWithText } from '../engine/dom';
import { BODY_END } from './body-end';
import { normalizeText } from '../engine/text';
import { parseSinaDate } from '../engine/meta';

const DATE_TEXT = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:\d{1,2}\s*[:：]\s*\d{2})?/;

/**
 * PC pages 2012-2017: h1#artibodyTitle, span.time-source ("2016年05月25日10:10 新浪财经"), and the 2009
 * variant with span#pub_date and span#media_name. Body div#artibody.
 * Examples: fixtures/pages/finance_20160525_ifxsktkp9337164.html, fixtures/pages/ent_20091109_13482762951.html.
 */
export const pc2012: Template = {
  id: 'pc-2012',
  describe: 'PC 2012-2017 (h1#artibodyTitle, span.time-source or #pub_date/#media_name)',
  matches: ({ $ }) => $('#artibodyTitle').length > 0,
  extract: ({ $, ctx }) => {
    const ts = $('.time-source, #navtimeSource').first();
    let publishedAt: string | null = null;
    let source: string | null = null;
    if (ts.length) {
      const text = normalizeText(ts.text());
      const date = text.match(DATE_TEXT)?.[0] ?? '';
      publishedAt = parseSinaDate(date);
      const named = normalizeText(ts.find('.source, a, span[data-sudaclick]').first().text());
      source = named || normalizeText(text.replace(date, '')) || null;
    } else {
      publishedAt = parseSinaDate($('#pub_date').first().text());
      source = normalizeText($('#media_name').first().text()) || null;
    }
    return {
      bodyEnd: BODY_END,
      body: firstWithText($('#artibody').toArray(), ctx.deadline),
      title: normalizeText($('#artibodyTitle').first().text()) || null,
      publishedAt,
      source,
    };
  },
};
