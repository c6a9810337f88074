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

/** A run of text inside a paragraph; `href` only for the http(s) links the article's text carries. */
export interface Inline {
  text: string;
  href?: string;
}

/**
 * The body in page order. `inlines` is present only when some run carries a link; the inline texts
 * joined equal `text`. Stock links are not inlines (they feed `stocks`). A video is shown as
 * "视频：title" but is not part of `text` and not counted in `wordCount`.
 */
export type Block =
  | { type: 'paragraph'; text: string; inlines?: Inline[] }
  | { type: 'heading'; text: string; inlines?: Inline[] }
  | { type: 'image'; src: string; caption: string }
  | { type: 'table'; rows: string[][]; caption?: string }
  | { type: 'quote'; text: string; inlines?: Inline[] }
  | { type: 'video'; title: string; href: string | null; poster: string | null };

/** One step the engine took, when asked for with `trace: true` (what `--explain` prints). */
export interface TraceEntry {
  stage: 'guard' | 'parse' | 'strip' | 'template' | 'clean' | 'blocks' | 'lines' | 'metadata';
  /** The rule's id, e.g. `drop.appendQr`, `line.editor`, `meta.publishedAt.shown`. */
  rule: string;
  action: 'remove' | 'move' | 'keep' | 'choose' | 'skip';
  /** The rule's reason. */
  reason: string;
  /** What it acted on, at most 120 characters. */
  text?: string;
  /** For metadata choices: the Article field and the chosen value. */
  field?: string;
  value?: string | null;
}

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
  /** Only with `trace: true`: every removal and metadata choice, in page order. */
  trace?: TraceEntry[];
}

export interface ExtractOptions {
  /** The page's URL, when known; used for docId, absolute URLs and template choice. */
  url?: string;
  /** Record every removal and metadata choice in `Article.trace`. */
  trace?: boolean;
  /** Time budget in milliseconds; past it, extract() throws ExtractError('timeout'). */
  budgetMs?: number;
}

export type ExtractErrorReason = 'empty' | 'not-an-article' | 'unreadable' | 'too-large' | 'too-complex' | 'timeout';

/** Raised when the input cannot yield an article; `reason` is stable for callers to test. */
export class ExtractError extends Error {
  constructor(
    public readonly reason: ExtractErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}
