import type { CheerioAPI } from 'cheerio';
import type { Document, Element } from 'domhandler';
import type { ArticleKind, TemplateId } from '../article';
import type { Ctx } from '../engine/context';
import type { ScanResult } from '../engine/scan';
import type { Comment } from '../engine/strip';
import type { PageIndex } from '../engine/select';
import type { PageFamilyReads } from '../rules/page-families';

/** The page as every template sees it: parsed once, scripts, hidden elements and marker regions gone. */
export interface PageInput {
  $: CheerioAPI;
  doc: Document;
  /** The stripped page's elements by tag, id and class: every whole-page query goes through it. */
  index: PageIndex;
  /** The page's URL when the caller gave one. */
  url: string | null;
  /** A seed-format post's YAML front matter (its body alone is what `$` holds), else null. */
  frontMatter: string | null;
  /** Comments left in the page, in document order (stamps, stock codes). */
  comments: readonly Comment[];
  /** What the pre-parse scan saw (element count, whether it is a whole document). */
  scan: ScanResult;
  ctx: Ctx;
}

/** What a template knows about a page; anything left undefined falls back to the shared rules. */
export interface TemplateResult {
  /** The element holding the article body (cleaned and turned into blocks by the engine). */
  body: Element | null;
  title?: string | null;
  publishedAt?: string | null;
  /** The page prints publishedAt to the second (a mobile header's 17:00:12): the meta tag's seconds do not replace them. */
  publishedAtSeconds?: boolean;
  source?: string | null;
  /** Who published the post when the article names no outlet (a seed post's front matter `author`, the feed). */
  publisher?: string | null;
  authors?: string[];
  editor?: string | null;
  keywords?: string[];
  url?: string | null;
  /** When the URL does not carry it. */
  docId?: string | null;
  leadImage?: string | null;
  kind?: ArticleKind;
  /** Comments that mark where the page's body ends (the body is followed to the first of them). */
  bodyEnd?: readonly string[];
  /** A template that built its own document (the Readability fallback) hands it back here. */
  $?: CheerioAPI;
}

/** One page family: "is this mine?" and "extract". */
export interface Template {
  id: TemplateId;
  /** One line on what the family looks like, for docs, errors and the trace. */
  describe: string;
  /** What a Sina page family's template reads (src/rules/page-families.ts), which the extension's digest keeps. */
  reads?: PageFamilyReads;
  matches(page: PageInput): boolean;
  extract(page: PageInput): TemplateResult;
}
