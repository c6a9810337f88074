import type { Template } from './types';
import { normalizeText } from '../engine/text';
import { textContent } from '../engine/select';
import { MOBILE } from '../rules/page-families';
import { headlineText } from './headline';

/** Mobile sina.cn / finance.sina.cn (what it reads: MOBILE in src/rules/page-families.ts); time and outlet come from the meta tags. */
export const mobile: Template = {
  id: 'mobile',
  describe: 'mobile sina.cn (h1.art_tit_h1, section.art_content)',
  reads: MOBILE,
  matches: ({ index }) => index.has(MOBILE.title[0]!) || index.has(MOBILE.body[0]!),
  extract: ({ index, ctx }) => ({
    body: index.first(MOBILE.body[0]!),
    title: headlineText(index.first(MOBILE.title[0]!), ctx) || null,
    source: normalizeText(textContent(index.first(`${MOBILE.parts.weibo} .weibo_user`))) || null,
  }),
};
