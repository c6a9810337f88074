/**
 * What the extension knows of a Sina article page before anyone asks for the article: the markers
 * of each page family's template (the title and body elements its `extract` reads) and the other
 * parts the engine reads around them. The always-injected content script only asks "is a body
 * marker there?" (one querySelector); the reader chunk serialises just these parts for the engine
 * (src/ext/reader/digest.ts).
 *
 * The selectors mirror what src/templates/*.ts and src/engine/extract.ts read; the digest test
 * (test/unit/ext/digest.test.ts) extracts every fixture page from its digest and from the whole
 * page and requires the same Article, so a template that starts reading something else shows up
 * there.
 */

export interface PageFamily {
  /** The engine template that reads this family. */
  template: 'mobile' | 'pc-2017' | 'pc-2012' | 'legacy-table';
  /** Title element(s). */
  title: string;
  /** The article body container(s). */
  body: string;
  /** Other parts the template reads (date, source, outlet). */
  parts: readonly string[];
  /** Table layouts are read as a whole (the date and outlet sit in any cell); such pages are small. */
  whole?: boolean;
}

/** In the order the engine asks its templates (src/templates/index.ts). */
export const PAGE_FAMILIES: readonly PageFamily[] = [
  { template: 'mobile', title: 'h1.art_tit_h1', body: 'section.art_content', parts: ['.weibo_info'] },
  {
    template: 'pc-2017',
    title: 'h1.main-title, .main-title',
    body: '#artibody, #article, .article-content .article',
    parts: ['.date-source'],
  },
  { template: 'pc-2012', title: '#artibodyTitle', body: '#artibody', parts: ['.time-source', '#navtimeSource', '#pub_date', '#media_name'] },
  { template: 'legacy-table', title: 'th.f24, td.title14', body: 'font#zoom, #zoom, td.l17', parts: [], whole: true },
];

/** Read on every page: the head's title, metas and canonical link, and the 责任编辑 elements. */
export const PAGE_WIDE_PARTS: readonly string[] = ['title', 'meta', 'link[rel=canonical]', '.article-editor', '.show_author', '#article_editor'];

/** Any family's body marker. */
export const BODY_MARKERS = PAGE_FAMILIES.map((f) => f.body).join(', ');

/** The family whose body marker the page has (the cheap check run on page load), or null. */
export function pageFamily(doc: Document): PageFamily | null {
  const body = doc.querySelector(BODY_MARKERS);
  if (!body) return null;
  return PAGE_FAMILIES.find((f) => body.matches(f.body)) ?? null;
}
