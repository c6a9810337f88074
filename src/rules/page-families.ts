/**
 * What each Sina page family's template reads, as data: the selectors of its title, its body and
 * the other elements it reads (date, source, outlet), and what the engine reads on every page. The
 * templates (src/templates/*.ts) query exactly these, and the extension's digest of a live page
 * (src/ext/page-parts.ts, src/ext/reader/digest.ts) keeps exactly these, so no selector is written
 * twice and a template that starts reading something new declares it here for both.
 *
 * Pure data with no imports: the always-injected content script reads the body markers.
 */

/** A page family's reads. Every list is in the order the template asks (the first that answers wins). */
export interface PageFamilyReads {
  /** The engine template that reads this family. */
  template: 'mobile' | 'pc-2017' | 'pc-2012' | 'legacy-table';
  /** Title elements. */
  title: readonly string[];
  /** Article body containers. */
  body: readonly string[];
  /** Other elements the template reads whole (date, source, outlet), by what they hold. */
  parts: Readonly<Record<string, string>>;
  /** Table layouts: the date and outlet sit in any cell, so the template reads the whole page. */
  whole?: boolean;
}

/**
 * Mobile sina.cn / finance.sina.cn: h1.art_tit_h1 and section.art_content; the outlet in the
 * Weibo box. Example: fixtures/pages/news-m_20190912_iicezueu5243925.html.
 */
export const MOBILE: PageFamilyReads = {
  template: 'mobile',
  title: ['h1.art_tit_h1'],
  body: ['section.art_content'],
  parts: { weibo: '.weibo_info' },
};

/**
 * PC pages since 2017: h1.main-title (or a .main-title beside .date-source), .date-source holding
 * span.date and .source; the body #artibody (finance/k/cj) or #article (news).
 * Example: fixtures/pages/news_20180928_ifxeuwwr9050078.html.
 */
export const PC_2017: PageFamilyReads = {
  template: 'pc-2017',
  title: ['h1.main-title', '.main-title'],
  body: ['#artibody', '#article', '.article-content .article'],
  parts: { dateSource: '.date-source' },
};

/**
 * PC pages 2012-2017: h1#artibodyTitle, span.time-source (or #navtimeSource) with the date and the
 * outlet, and the 2009 variant's span#pub_date and span#media_name; body div#artibody.
 * Examples: fixtures/pages/finance_20160525_ifxsktkp9337164.html, fixtures/pages/ent_20091109_13482762951.html.
 */
export const PC_2012: PageFamilyReads = {
  template: 'pc-2012',
  title: ['#artibodyTitle'],
  body: ['#artibody'],
  parts: { timeSource: '.time-source, #navtimeSource', pubDate: '#pub_date', mediaName: '#media_name' },
};

/**
 * The 2004-2006 table layout: title th.f24 (td.title14 on book pages), body font#zoom / #zoom or
 * a td.l17 cell; the date cell and the author line (td.l15) anywhere in the tables.
 * Examples: fixtures/pages/bj-house_20050331_031868306.html, fixtures/pages/chanye-finance_20050321_244339.html.
 */
export const LEGACY_TABLE: PageFamilyReads = {
  template: 'legacy-table',
  title: ['th.f24', 'td.title14'],
  body: ['font#zoom, #zoom', 'td.l17'],
  parts: { authorLine: 'td.l15' },
  whole: true,
};

/** In the order the engine asks its templates (src/templates/index.ts). */
export const PAGE_FAMILY_READS: readonly PageFamilyReads[] = [MOBILE, PC_2017, PC_2012, LEGACY_TABLE];

/** The 责任编辑 box some pages print under the body (read into `editor`, then dropped from the body). */
export const EDITOR_BOX = '.article-editor, .show_author, #article_editor';

/** What the engine reads on every page, whatever its family: the head's title, metas and canonical link, and the 责任编辑 box. */
export const PAGE_WIDE_READS = {
  title: 'title',
  meta: 'meta',
  canonical: 'link[rel=canonical]',
  editorBox: EDITOR_BOX,
} as const;
