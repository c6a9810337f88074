import type { Template } from './types';
import { firstWithText } from '../engine/dom';
import { BODY_END } from './body-end';
import { normalizeText } from '../engine/text';
import { parseSinaDate } from '../engine/meta';
import { firstUnder, textContent } from '../engine/select';
import { PC_2017 } from '../rules/page-families';
import { headlineText } from './headline';

const [H1_TITLE, ANY_TITLE] = PC_2017.title as [string, string];
const [ARTIBODY, ARTICLE, NESTED_ARTICLE] = PC_2017.body as [string, string, string];

/** PC pages since 2017 (what it reads: PC_2017 in src/rules/page-families.ts). */
export const pc2017: Template = {
  id: 'pc-2017',
  describe: 'PC 2017+ (h1.main-title, .date-source)',
  reads: PC_2017,
  matches: ({ index }) => index.has(H1_TITLE) || (index.has(ANY_TITLE) && index.has(PC_2017.parts.dateSource!)),
  extract: ({ index, ctx }) => {
    const ds = index.first(PC_2017.parts.dateSource!);
    return {
      bodyEnd: BODY_END,
      body: firstWithText(index.select(ARTIBODY), ctx.deadline) ?? index.first(ARTICLE) ?? index.first(NESTED_ARTICLE),
      title: headlineText(index.first(H1_TITLE), ctx) || headlineText(index.first(ANY_TITLE), ctx) || null,
      publishedAt: parseSinaDate(textContent(firstUnder(ds, '.date', ctx.deadline))),
      source: normalizeText(textContent(firstUnder(ds, '.source', ctx.deadline))) || null,
    };
  },
};
