import type { Template } from './types';
import { firstWithText } from '../engine/dom';
import { BODY_END } from './body-end';
import { normalizeText } from '../engine/text';
import { parseSinaDate } from '../engine/meta';
import { firstUnder, textContent } from '../engine/select';
import { PC_2012 } from '../rules/page-families';
import { headlineText } from './headline';

const DATE_TEXT = /\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:\d{1,2}\s*[:：]\s*\d{2})?/;

/**
 * PC pages 2012-2017 (what it reads: PC_2012 in src/rules/page-families.ts): the time-source line
 * ("2016年05月25日10:10 新浪财经") or the 2009 variant's #pub_date and #media_name.
 */
export const pc2012: Template = {
  id: 'pc-2012',
  describe: 'PC 2012-2017 (h1#artibodyTitle, span.time-source or #pub_date/#media_name)',
  reads: PC_2012,
  matches: ({ index }) => index.has(PC_2012.title[0]!),
  extract: ({ index, ctx }) => {
    const ts = index.first(PC_2012.parts.timeSource!);
    let publishedAt: string | null = null;
    let source: string | null = null;
    if (ts) {
      const text = normalizeText(textContent(ts));
      const date = text.match(DATE_TEXT)?.[0] ?? '';
      publishedAt = parseSinaDate(date);
      const named = normalizeText(textContent(firstUnder(ts, '.source, a, span[data-sudaclick]', ctx.deadline)));
      source = named || normalizeText(text.replace(date, '')) || null;
    } else {
      publishedAt = parseSinaDate(textContent(index.first(PC_2012.parts.pubDate!)));
      source = normalizeText(textContent(index.first(PC_2012.parts.mediaName!))) || null;
    }
    return {
      bodyEnd: BODY_END,
      body: firstWithText(index.select(PC_2012.body[0]!), ctx.deadline),
      title: headlineText(index.first(PC_2012.title[0]!), ctx) || null,
      publishedAt,
      source,
    };
  },
};
