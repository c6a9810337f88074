/**
 * The shape every extraction produces. These field names are also the CLI's JSON output,
 * so they are a public contract: change them only with a major version.
 */

/** Which page family produced an Article. */
export type TemplateId =
  | 'seed-format'
  | 'pc-2017'
  | 'pc-2012'
  | 'mobile'
  | 'legacy-table'
  | 'fragment'
  | 'readability';

/** What kind of article the body is, so an empty body is explained rather than padded. */
export type ArticleKind = 'text' | 'video' | 'gallery' | 'notice';

export interface Stock {
  /** Market-prefixed code as Sina writes it: sz002024, sh600519, hk00700, usAAPL, of161725. */
  code: string;
  /** Name as the page shows it (may be empty when only the code is known). */
  name: string;
}

export interface ImageRef {
  /** Absolute https URL. */
  src: string;
  /** Caption text from the page, or '' when there is none. */
  caption: string;
}

export type Block =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'image'; src: string; caption: string }
  | { type: 'table'; rows: string[][] }
  | { type: 'quote'; text: string };

export interface Article {
  url: string | null;
  docId: string | null;
  template: TemplateId;
  kind: ArticleKind;
  title: string;
  /** 原标题: the title the article had at its original outlet, when the page says so. */
  originalTitle: string | null;
  /** ISO 8601 with +08:00 (Beijing time), or null when the page does not say. */
  publishedAt: string | null;
  /** The outlet that published the article (新京报, 澎湃新闻…). */
  source: string | null;
  /** Reporters named in a byline. */
  authors: string[];
  /** 责任编辑, name only. */
  editor: string | null;
  keywords: string[];
  stocks: Stock[];
  leadImage: string | null;
  images: ImageRef[];
  blocks: Block[];
  /** Paragraphs and subheadings, separated by one blank line. */
  text: string;
  markdown: string;
  /** CJK characters count one each; runs of Latin letters/digits count one word each. */
  wordCount: number;
  readingMinutes: number;
}

export interface ExtractOptions {
  /** The page's URL, when known; used for docId, absolute URLs and template choice. */
  url?: string;
}

/** Raised when the input cannot yield an article; `reason` is stable for callers to test. */
export class ExtractError extends Error {
  constructor(
    public readonly reason: 'empty' | 'not-an-article' | 'unreadable',
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}
