/**
 * Every Sina rule the engine reads, in one list: the tables of this folder, each entry with its
 * stable id (the name `Article.trace` gives), its reason and the fixture that shows
 * it. Tests use the list to keep ids unique, fixtures real and every rule exercised.
 */
import { BOILERPLATE } from './boilerplate';
import { BYLINES, CORRESPONDENT, CREDIT_LINE_SHAPE } from './bylines';
import { DOC_ID_SHAPES, SINA_DOMAINS } from './hosts';
import { APP_PICTURE, CAPTION_HINT, JUNK_IMAGES } from './images';
import { BARE_NUMBERING, BOLD_EMPHASIS, CENTRED_DECK, CREDITS_EDITOR, ELLIPSIS_PARAGRAPH, FIGURE_CREDIT, HEADLINE_SERIES_TAG, HEADLINE_VARIANT, INTERVIEW_QUESTION, PICTURE_CREDIT_ALONE, LINES, LONE_PUNCTUATION, NUMBERED_QUESTION_HEAD, ORIGINAL_TITLE_CONTINUED, PUNCTUATION_ONLY, REPEATED_HEADLINE, TWO_LINE_SUBHEAD } from './lines';
import { LINK_FURNITURE, LINK_LABELS } from './links';
import { DESK_BEFORE_NAMES } from './names';
import { DATA_MAKER, FEED_PERSON, FIELD_ORDER, KEYWORD_NOISE, MOBILE_HEADER_TIME, NOT_AN_OUTLET, OUTLET_NAME, INTERVIEW_OUTLET, OUTLET_SHORT_FORM, OUTLET_TITLE_MARKS, PERSON_NOT_OUTLET, PLATFORM_SOURCES, SOURCE_LIST, TITLE_ASCII_QUOTES, TITLE_BADGE, TITLE_PRIVATE_USE, TITLE_QUOTES_RESTORED, TITLE_RESTORED, TITLE_SUFFIX, TITLE_VIDEO_LABEL } from './metadata';
import { DROP_SELECTORS, MARKER_REGIONS, VIDEO_MARKERS } from './page';
import { NEWS_KEYWORD_PUB, STOCK_CHART_ALT, STOCK_LINK_COMMON_PHRASE, STOCK_LINK_CREDIT_LINE, STOCK_LINK_GROUP_NAME, STOCK_LINK_LONGER_NAME, STOCK_LINK_SPLIT_WORD, STOCK_LINKS, STOCK_PRINTED_CODE, STOCK_SPANS } from './stocks';
import type { RuleMeta } from './types';

/** The table a rule belongs to, for reports. */
export type RuleTable =
  | 'boilerplate'
  | 'bylines'
  | 'lines'
  | 'page'
  | 'images'
  | 'links'
  | 'metadata'
  | 'stocks'
  | 'hosts';

export const ALL_RULES: readonly (RuleMeta & { table: RuleTable })[] = [
  ...BOILERPLATE.map((r) => ({ ...r, table: 'boilerplate' as const })),
  ...[...BYLINES, DESK_BEFORE_NAMES, CORRESPONDENT, CREDIT_LINE_SHAPE].map((r) => ({ ...r, table: 'bylines' as const })),
  ...[...LINES, ORIGINAL_TITLE_CONTINUED, REPEATED_HEADLINE, HEADLINE_SERIES_TAG, HEADLINE_VARIANT, PICTURE_CREDIT_ALONE, PUNCTUATION_ONLY, LONE_PUNCTUATION, ELLIPSIS_PARAGRAPH, CREDITS_EDITOR, BOLD_EMPHASIS, FIGURE_CREDIT, INTERVIEW_QUESTION, NUMBERED_QUESTION_HEAD, BARE_NUMBERING, CENTRED_DECK, TWO_LINE_SUBHEAD].map((r) => ({ ...r, table: 'lines' as const })),
  ...[...DROP_SELECTORS, ...MARKER_REGIONS, VIDEO_MARKERS].map((r) => ({ ...r, table: 'page' as const })),
  ...[...JUNK_IMAGES, CAPTION_HINT, APP_PICTURE].map((r) => ({ ...r, table: 'images' as const })),
  ...[LINK_LABELS, ...LINK_FURNITURE].map((r) => ({ ...r, table: 'links' as const })),
  ...[KEYWORD_NOISE, PLATFORM_SOURCES, NOT_AN_OUTLET, DATA_MAKER, OUTLET_NAME, FEED_PERSON, OUTLET_SHORT_FORM, OUTLET_TITLE_MARKS, INTERVIEW_OUTLET, PERSON_NOT_OUTLET, SOURCE_LIST, TITLE_SUFFIX, TITLE_BADGE, TITLE_VIDEO_LABEL, MOBILE_HEADER_TIME, TITLE_PRIVATE_USE, TITLE_RESTORED, TITLE_QUOTES_RESTORED, TITLE_ASCII_QUOTES, ...Object.values(FIELD_ORDER).flat()].map((r) => ({
    ...r,
    table: 'metadata' as const,
  })),
  ...[...STOCK_LINKS, ...STOCK_SPANS, NEWS_KEYWORD_PUB, STOCK_CHART_ALT, STOCK_PRINTED_CODE, STOCK_LINK_LONGER_NAME, STOCK_LINK_GROUP_NAME, STOCK_LINK_SPLIT_WORD, STOCK_LINK_COMMON_PHRASE, STOCK_LINK_CREDIT_LINE].map((r) => ({ ...r, table: 'stocks' as const })),
  ...[SINA_DOMAINS, ...DOC_ID_SHAPES].map((r) => ({ id: r.id, reason: r.reason, fixture: r.fixture ?? '', table: 'hosts' as const })),
];
