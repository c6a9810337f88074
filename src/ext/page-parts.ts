/**
 * What the extension knows of a Sina article page before anyone asks for the article: the markers
 * of each page family's template (the title and body elements its `extract` reads) and the other
 * parts the engine reads around them. The always-injected content script only asks "is a body
 * marker there?" (one querySelector); the reader chunk serialises just these parts for the engine
 * (src/ext/reader/digest.ts).
 *
 * Nothing here is written twice: the selectors are the ones the templates themselves read, declared
 * once in src/rules/page-families.ts (pure data, cheap for the content script). The digest test
 * (test/unit/ext/digest.test.ts) still extracts every fixture page from its digest and from the
 * whole page and requires the same Article.
 */
import { PAGE_FAMILY_READS, PAGE_WIDE_READS, type PageFamilyReads } from '../rules/page-families';

export interface PageFamily {
  /** The engine template that reads this family. */
  template: PageFamilyReads['template'];
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
export const PAGE_FAMILIES: readonly PageFamily[] = PAGE_FAMILY_READS.map((f) => ({
  template: f.template,
  title: f.title.join(', '),
  body: f.body.join(', '),
  parts: Object.values(f.parts),
  ...(f.whole ? { whole: true } : {}),
}));

/** Read on every page: the head's title, metas and canonical link, and the 责任编辑 elements. */
export const PAGE_WIDE_PARTS: readonly string[] = Object.values(PAGE_WIDE_READS);

/** Any family's body marker. */
export const BODY_MARKERS = PAGE_FAMILIES.map((f) => f.body).join(', ');

/** The family whose body marker the page has (the cheap check run on page load), or null. */
export function pageFamily(doc: Document): PageFamily | null {
  const body = doc.querySelector(BODY_MARKERS);
  if (!body) return null;
  return PAGE_FAMILIES.find((f) => body.matches(f.body)) ?? null;
}
