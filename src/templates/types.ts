import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { ArticleKind, TemplateId } from '../article';

/** The page as every template sees it. */
export interface PageInput {
  /** Parsed from `cleanedHtml`. */
  $: CheerioAPI;
  /** The input exactly as given. */
  raw: string;
  /** The input with scripts, styles and marker regions removed (see engine/prepare). */
  cleanedHtml: string;
  url: string | null;
}

/** What a template knows about a page; anything left undefined falls back to the shared rules. */
export interface TemplateResult {
  /** The element holding the article body (cleaned and turned into blocks by the engine). */
  body: Element | null;
  title?: string | null;
  publishedAt?: string | null;
  source?: string | null;
  authors?: string[];
  editor?: string | null;
  keywords?: string[];
  url?: string | null;
  /** When the URL does not carry it. */
  docId?: string | null;
  leadImage?: string | null;
  kind?: ArticleKind;
  /** A template that parsed its own document (seed-format) hands it back here. */
  $?: CheerioAPI;
}

/** One page family: "is this mine?" and "extract". */
export interface Template {
  id: TemplateId;
  /** One line on what the family looks like, for docs and errors. */
  describe: string;
  matches(page: PageInput): boolean;
  extract(page: PageInput): TemplateResult;
}
