/**
 * The engine: HTML (a whole Sina page, a saved page, a bare #artibody fragment or a seed-format
 * post) to a clean Article, through named stages:
 *
 *   guard → parse → strip → template → clean → blocks → lines → metadata → render
 *
 * This file only orchestrates; each stage is its own module. A Deadline (the time budget) and a
 * Trace travel through every stage. Pure: no I/O, no globals, the same in Node and in the browser.
 * Throws ExtractError and nothing else by design.
 */
import { load, type CheerioAPI } from 'cheerio';
import type { Document } from 'domhandler';
import type { Article, ArticleKind, Block, ExtractOptions, TemplateId } from '../article';
import { ExtractError } from '../article';
import { renderMarkdown } from '../render/markdown';
import { renderText } from '../render/text';
import { TEMPLATES, type PageInput, type Template, type TemplateResult } from '../templates';
import { BlockBuilder, imageSrc } from './blocks';
import { cleanBody } from './clean';
import { makeCtx, type Ctx } from './context';
import { guard } from './guard';
import { sortLines } from './lines';
import { cleanDocumentTitle, readMetaTags } from './meta';
import { readBodyFacts, resolveMetadata } from './metadata';
import { parseHtml, splitFrontMatter } from './parse';
import { scanOf, type ScanResult } from './scan';
import { PageIndex, textContent } from './select';
import { PAGE_WIDE_READS } from '../rules/page-families';
import { strip } from './strip';
import { countWords, readingMinutes } from './text';
import { docIdFromUrl } from './url';
import { safeHttpUrl } from '../render/safe';
import { DOC_ID_SHAPES } from '../rules/hosts';

export { repairTitle } from './metadata';

function kindOf(blocks: Block[]): ArticleKind {
  const chars = blocks.reduce((n, b) => n + (b.type === 'image' || b.type === 'video' ? 0 : (b.type === 'table' ? b.rows.flat().join('') : b.text).length), 0);
  const images = blocks.filter((b) => b.type === 'image').length;
  const videos = blocks.filter((b) => b.type === 'video').length;
  // A related clip beside a real report does not make it a video article; an (almost) empty body does.
  if (videos && chars < 60) return 'video';
  if (images >= 3 && chars < images * 30) return 'gallery';
  if (chars < 120 && images === 0) return 'notice';
  return 'text';
}

/** Only an http(s) address is the article's URL. */

function pickTemplate(page: PageInput, ctx: Ctx): Template {
  // Each question is a few lookups in the page index; the clock is looked at between them.
  const t =
    TEMPLATES.find((x) => {
      ctx.deadline.check();
      return x.matches(page);
    }) ?? TEMPLATES[TEMPLATES.length - 1]!;
  ctx.trace.add({ stage: 'template', rule: `template.${t.id}`, action: 'choose', reason: t.describe });
  return t;
}

/**
 * The one entry point: `extract(html, { url, trace, budgetMs })`. Returns a clean Article or
 * throws ExtractError (empty | not-an-article | unreadable | too-large | too-complex | timeout)
 * within the time budget (`budgetMs`, default DEFAULT_BUDGET_MS) on any input up to the size limit.
 */
export function extract(html: string, options: ExtractOptions = {}): Article {
  const input = guard(html);
  return guarded(options, (ctx) => run(input, options, ctx));
}

/**
 * The same stages from strip on, for a document tree a browser has already parsed and repaired
 * (the extension copies a live page's parts into domhandler nodes, bounded in nodes, characters
 * and time as it copies, instead of serialising them for guard → parse). A live page is
 * a whole document with markup, never a seed-format post.
 */
export function extractTree(doc: Document, options: ExtractOptions = {}): Article {
  return guarded(options, (ctx) => runStages(doc, null, TREE_SCAN, options, ctx));
}

const TREE_SCAN: ScanResult = { elements: 0, hasMarkup: true, documentTags: true };

function guarded(options: ExtractOptions, fn: (ctx: Ctx) => Article): Article {
  const ctx = makeCtx(options);
  try {
    return fn(ctx);
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    const err = new ExtractError('unreadable', `could not parse the page: ${(e as Error)?.message ?? String(e)}`);
    (err as Error & { cause?: unknown }).cause = e;
    throw err;
  }
}

function run(html: string, options: ExtractOptions, ctx: Ctx): Article {
  // parse: a seed-format post's front matter is text; its body is parsed once, alone. The parser
  // also answers whether the input has markup at all and whether it is a whole document.
  const { frontMatter, body: markup } = splitFrontMatter(html);
  const doc = parseHtml(markup, ctx);
  const scanned = scanOf(doc, markup, ctx);
  if (!scanned.hasMarkup) throw new ExtractError('not-an-article', 'input is plain text, not an HTML page');
  return runStages(doc, frontMatter, scanned, options, ctx);
}

/** Each Article's Markdown once read or assigned (an Article that is dropped takes its entry with it). */
const markdownOf = new WeakMap<Article, string>();

/**
 * `Article.markdown`: rendered on first read, kept; an assignment stores the value given. The same
 * two functions for every Article, defined on an Article with fast properties (an object literal's
 * `get`/`set` are new closures on every call, and V8 keeps such a literal as a hash table whose
 * accessor kept its closures, and the Article they read, alive until a full collection; see Page).
 */
const MARKDOWN_PROPERTY: PropertyDescriptor = {
  get(this: Article): string {
    let md = markdownOf.get(this);
    if (md === undefined) {
      md = renderMarkdown(this);
      markdownOf.set(this, md);
    }
    return md;
  },
  set(this: Article, v: string) {
    markdownOf.set(this, v);
  },
  enumerable: true,
  configurable: true,
};

/**
 * The page as the templates see it. Cheerio (for the Readability fallback's serialisation) is set
 * up only when a template asks for `$`.
 *
 * A class and not an object literal with a getter: V8 keeps such a literal as a hash table with
 * the getter (a new closure on every call) in a record of its own, and the young-generation
 * collections treated that closure as alive until the next full collection, and with it the whole
 * parsed page it reads: measured on the whole pages in a loop, a quarter of every page's
 * allocation was copied and promoted at each young-generation collection (none with the class).
 */
export class Page implements PageInput {
  private cheerio: CheerioAPI | undefined;
  constructor(
    readonly doc: Document,
    readonly index: PageIndex,
    readonly url: string | null,
    readonly frontMatter: string | null,
    readonly comments: PageInput['comments'],
    readonly scan: ScanResult,
    readonly ctx: Ctx,
  ) {}

  get $(): CheerioAPI {
    return (this.cheerio ??= load(this.doc));
  }
}

function runStages(doc: Document, frontMatter: string | null, scanned: ScanResult, options: ExtractOptions, ctx: Ctx): Article {
  // strip
  const { comments, regionImages } = strip(doc, ctx);
  // One walk files the stripped page's elements by tag, id and class; every whole-page query of
  // the template, metadata and body stages goes through it.
  const index = new PageIndex(doc, ctx.deadline);
  const page = new Page(doc, index, options.url ?? null, frontMatter, comments, scanned, ctx);
  // template
  let template = pickTemplate(page, ctx);
  let r: TemplateResult = template.extract(page);
  if (!r.body && template.id !== 'readability') {
    template = TEMPLATES[TEMPLATES.length - 1]!;
    ctx.trace.add({ stage: 'template', rule: 'template.readability', action: 'choose', reason: 'the page family’s body container is missing: the Readability fallback' });
    r = template.extract(page);
  }
  ctx.deadline.check();
  if (!r.body) throw new ExtractError('not-an-article', 'no article body found on the page');
  // A template that built its own document (the Readability fallback) is read through its own index.
  const $ = r.$ ? new PageIndex(r.$.root()[0]!, ctx.deadline) : index;
  const meta = readMetaTags(index);
  ctx.deadline.check();
  const url = safeHttpUrl(options.url) ?? safeHttpUrl(r.url) ?? safeHttpUrl(meta.url);
  const base = url;
  const body = r.body;

  // clean (what the body says before cleaning is read first: the editor box and stock links go)
  const facts = readBodyFacts($, index, body, comments, template, ctx);
  ctx.deadline.check();
  const { droppedImages } = cleanBody(body, { ends: r.bodyEnd ?? [], comments, base }, ctx);
  for (const img of regionImages) droppedImages.add(imageSrc(img, base));
  // blocks → lines → metadata (the lines stage knows the headline, to take out the body's copy of it)
  const built = new BlockBuilder(base, ctx).build(body);
  const headline = r.title || meta.title || cleanDocumentTitle(textContent(index.first(PAGE_WIDE_READS.title)));
  const { blocks, fields } = sortLines(built, headline, ctx);
  const m = resolveMetadata({ $page: index, template, result: r, meta, fields, facts, blocks, droppedImages, base }, ctx);
  if (!m.title && !blocks.length) throw new ExtractError('not-an-article', 'the page has neither a title nor article text');
  ctx.deadline.check();

  // render
  const text = renderText(blocks);
  const wordCount = countWords(text);
  const shape = url ? DOC_ID_SHAPES.find((d) => d.pattern.test(url)) : undefined;
  const docId = docIdFromUrl(url) ?? r.docId ?? null;
  if (docId) ctx.trace.add({ stage: 'metadata', rule: shape?.id ?? `template.${template.id}`, action: 'choose', reason: shape?.reason ?? 'the document id the page itself names', field: 'docId', value: docId });
  // Markdown is written when it is first read (the extension and the CLI's other formats never
  // read it): an accessor in the same place as the data property it stands for, so that
  // JSON.stringify, structured cloning and spreading see the same keys, in the same order, with the
  // same value. Assigning to it stores the value given. (The accessor's functions are shared by
  // every Article; see MARKDOWN_PROPERTY.)
  const out = {
    url,
    docId,
    template: template.id as TemplateId,
    kind: r.kind ?? kindOf(blocks),
    title: m.title,
    originalTitle: m.originalTitle,
    publishedAt: m.publishedAt,
    source: m.source,
    authors: m.authors,
    editor: m.editor,
    keywords: m.keywords,
    stocks: m.stocks,
    leadImage: m.leadImage,
    images: m.images,
    blocks,
    text,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  } as Article;
  Object.defineProperty(out, 'markdown', MARKDOWN_PROPERTY);
  if (ctx.trace.enabled) out.trace = ctx.trace.entries();
  return out;
}
