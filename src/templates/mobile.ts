import type { Template } from './types';
import { normalizeText } from '../engine/text';
import { metaContent, parseSinaDate } from '../engine/meta';
import { textContent } from '../engine/select';
import { META_TAGS, MOBILE_HEADER_TIME } from '../rules/metadata';
import { MOBILE } from '../rules/page-families';
import { headlineText } from './headline';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The time the header prints beside the account (MOBILE_HEADER_TIME), as ISO 8601, or null. A header
 * without the year takes the meta time's (the year before or after when the months are a year-end apart).
 */
export function mobileHeaderTime(printed: string, metaTime: string | null): string | null {
  const g = MOBILE_HEADER_TIME.pattern.exec(normalizeText(printed))?.groups;
  if (!g) return null;
  let year = g.year ? Number(g.year) : null;
  const month = Number(g.month);
  if (year === null) {
    const m = metaTime ? /^(\d{4})-(\d{2})/.exec(metaTime) : null;
    if (!m) return null;
    const [my, mm] = [Number(m[1]), Number(m[2])];
    year = month - mm > 6 ? my - 1 : mm - month > 6 ? my + 1 : my;
  }
  return parseSinaDate(`${year}-${pad(month)}-${pad(Number(g.day))} ${pad(Number(g.hour))}:${g.minute}${g.second ? `:${g.second}` : ''}`);
}

/** Mobile sina.cn / finance.sina.cn (what it reads: MOBILE in src/rules/page-families.ts); the outlet comes from the header, the time from the header or else the meta tags. */
export const mobile: Template = {
  id: 'mobile',
  describe: 'mobile sina.cn (h1.art_tit_h1, section.art_content)',
  reads: MOBILE,
  matches: ({ index }) => index.has(MOBILE.title[0]!) || index.has(MOBILE.body[0]!),
  extract: ({ index, ctx }) => {
    const printed = normalizeText(textContent(index.first(`${MOBILE.parts.weibo} .weibo_time`)));
    const publishedAt = printed ? mobileHeaderTime(printed, parseSinaDate(metaContent(index, META_TAGS.publishedAt))) : null;
    if (publishedAt) ctx.trace.add({ stage: 'template', rule: MOBILE_HEADER_TIME.id, action: 'keep', reason: MOBILE_HEADER_TIME.reason, text: printed });
    return {
      body: index.first(MOBILE.body[0]!),
      title: headlineText(index.first(MOBILE.title[0]!), ctx) || null,
      publishedAt,
      publishedAtSeconds: !!publishedAt && !!MOBILE_HEADER_TIME.pattern.exec(printed)?.groups?.second,
      source: normalizeText(textContent(index.first(`${MOBILE.parts.weibo} .weibo_user`))) || null,
    };
  },
};
