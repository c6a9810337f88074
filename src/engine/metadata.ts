/**
 * The metadata stage: title, time, source, authors, editor, keywords, stocks and images, chosen
 * from what the template read, the page's meta tags and what the lines stage moved out of the
 * text. Every choice is recorded in the trace with the field, the value and where it came from.
 * Input: MetadataInput; output: the Article's metadata fields.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { Block, ImageRef, Stock } from '../article';
import type { Template, TemplateResult } from '../templates';
import type { Ctx } from './context';
import { cleanDocumentTitle, collectStocks, editorName, outletName, readMetaTags } from './meta';
import type { LineFields } from './lines';
import { compactText, normalizeText } from './text';
import { absoluteUrl } from './url';
import { JUNK_IMAGES } from '../rules';
import type { Comment } from './strip';

export type MetaTags = ReturnType<typeof readMetaTags>;

/** What the page says near the body before it is cleaned (the editor box and stock links go in cleaning). */
export interface BodyFacts {
  editorFromPage: string | null;
  stocks: Stock[];
}

/** All meta values named `name` (the tool's own HTML writes one tag per stock and author). */
export function metaAll($: CheerioAPI, name: string): string[] {
  return $(`meta[name="${name}"]`)
    .map((_, el) => normalizeText($(el).attr('content') ?? ''))
    .get()
    .filter(Boolean);
}

function mergeStocks(a: Stock[], b: Stock[]): Stock[] {
  const out = new Map<string, string>();
  for (const s of [...a, ...b]) if (!out.get(s.code)) out.set(s.code, s.name);
  return [...out].map(([code, name]) => ({ code, name }));
}

/** Read before cleaning: the 责任编辑 box and the stocks the body links to or lists in comments. */
export function readBodyFacts($: CheerioAPI, $page: CheerioAPI, body: Element, comments: readonly Comment[], template: Template, ctx: Ctx): BodyFacts {
  const editorEl = $('.article-editor, .show_author, #article_editor').first();
  const editorFromPage = editorEl.length ? editorName(editorEl.text()) : null;
  // Seed-format posts are the body alone: every comment is the body's; on a page, the body's own.
  const inBody = (c: Comment) => {
    for (let a = c.node.parent; a; a = a.parent) if (a === body) return true;
    return false;
  };
  const codes = comments.filter((c) => template.id === 'seed-format' || inBody(c)).map((c) => c.data);
  const stocks = mergeStocks(
    collectStocks(body, codes, ctx.deadline),
    metaAll($page, 'sina-clean:stock').map((v) => {
      const [code = '', ...name] = v.split(' ');
      return { code, name: name.join(' ') };
    }),
  );
  return { editorFromPage, stocks };
}

/** Characters a file-name-safe copy of a title replaced: `_` for any of them, ASCII quotes for curly ones. */
const MANGLED: Record<string, RegExp> = { _: /[:/?*"<>|[\]“”：？／＊＜＞｜]/, '"': /["“”]/, "'": /['‘’]/ };

/**
 * Seed-format titles lost characters to a file-name-safe generator (1月LPR_双降_ for 1月LPR“双降”).
 * When the 原标题 line is the same title with those characters intact, it is the true title.
 */
export function repairTitle(title: string, original: string | null): string {
  if (!original || original === title) return title;
  // Quote marks may have been dropped rather than replaced (1000万购房补贴“抢人” -> 抢人).
  const strip = (s: string) => s.replace(/["“”'‘’]/g, '');
  const [a, b] = title.length === original.length ? [title, original] : [strip(title), strip(original)];
  if (a.length !== b.length) return title;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i] && !MANGLED[a[i]!]?.test(b[i]!)) return title;
  }
  return original;
}

/** Quote marks differ between a headline and its copy in the body; compare without them. */
const headlineKey = (s: string) => compactText(s).replace(/["“”'‘’「」_]/g, '');

/** Bodies often open by repeating the headline (bold or plain); the headline is shown once, as the title. */
export function dropRepeatedHeadline(blocks: Block[], titles: (string | null)[], ctx: Ctx): void {
  const want = titles.filter((x): x is string => !!x).map(headlineKey);
  if (!want.length) return;
  // Every copy among the first lines goes (some pages repeat it twice), so the result is the same
  // when the tool's own output, which has the headline only as its title, is read again: a copy is
  // dropped while fewer than two of the article's other lines come before it. One pass, compacting
  // in place (a body may open with any number of pictures and copies).
  let kept = 0;
  let w = 0;
  for (let r = 0; r < blocks.length; r++) {
    ctx.deadline.tick();
    const b = blocks[r]!;
    if (kept < 2 && (b.type === 'paragraph' || b.type === 'heading') && want.includes(headlineKey(b.text))) {
      ctx.trace.add({ stage: 'lines', rule: 'line.repeatedHeadline', action: 'remove', reason: 'the body repeats the headline: it is shown once, as the title', text: b.text }, w);
      continue;
    }
    if (b.type !== 'image' && b.type !== 'video') kept++;
    blocks[w++] = b;
  }
  blocks.length = w;
}

function cleanImage(src: string | null | undefined, base: string | null): string | null {
  const abs = src ? absoluteUrl(src, base) : null;
  return abs && !JUNK_IMAGES.some((r) => r.pattern.test(abs)) ? abs : null;
}

export interface MetadataInput {
  $page: CheerioAPI;
  template: Template;
  result: TemplateResult;
  meta: MetaTags;
  fields: LineFields;
  facts: BodyFacts;
  blocks: Block[];
  droppedImages: Set<string | null>;
  base: string | null;
}

export interface Metadata {
  title: string;
  originalTitle: string | null;
  publishedAt: string | null;
  source: string | null;
  authors: string[];
  editor: string | null;
  keywords: string[];
  stocks: Stock[];
  leadImage: string | null;
  images: ImageRef[];
}

/** The first candidate with a value wins; the trace says which one. */
function choose<T>(ctx: Ctx, field: string, candidates: [rule: string, reason: string, value: T | null | undefined][], show: (v: T) => string | null = (v) => String(v)): T | null {
  for (const [rule, reason, value] of candidates) {
    if (value === null || value === undefined || (Array.isArray(value) && !value.length) || value === '') continue;
    ctx.trace.add({ stage: 'metadata', rule, action: 'choose', reason, field, value: show(value) });
    return value;
  }
  ctx.trace.add({ stage: 'metadata', rule: `meta.${field}.none`, action: 'skip', reason: 'the page does not say', field, value: null });
  return null;
}

export function resolveMetadata(input: MetadataInput, ctx: Ctx): Metadata {
  const { $page, template, result: r, meta, fields, facts, blocks, base } = input;
  const originalTitle = fields.originalTitle ?? (metaAll($page, 'sina-clean:original-title')[0] || null);
  const images = blocks.flatMap((b) => (b.type === 'image' ? [{ src: b.src, caption: b.caption }] : []));

  const rawTitle =
    choose(ctx, 'title', [
      ['meta.title.template', `the headline where ${template.id} pages show it`, r.title],
      ['meta.title.og', 'og:title / twitter:title meta tag', meta.title],
      ['meta.title.document', 'the <title>, without Sina’s channel suffixes', cleanDocumentTitle($page('title').first().text())],
      ['meta.title.originalTitle', 'the 原标题 line', originalTitle],
    ]) ?? '';
  // Only the seed-format generator damaged titles; a page's own headline is what it is.
  const title = template.id === 'seed-format' ? repairTitle(rawTitle, originalTitle) : rawTitle;
  dropRepeatedHeadline(blocks, [title, originalTitle], ctx);

  const metaAuthors = metaAll($page, 'sina-clean:author');
  const authors =
    choose(ctx, 'authors', [
      ['meta.authors.template', `reporters where ${template.id} pages name them`, r.authors],
      // The tool's own output lists every author, one per tag (also those of byline lines that left
      // its text, and names with a space such as John Smith).
      ['meta.authors.meta', 'sina-clean:author meta tags (the tool’s own output)', [...new Set(metaAuthors)]],
      ['meta.authors.byline', 'names in a byline or credit line', fields.authors],
    ], (v) => v.join('、')) ?? [];
  const source = choose(ctx, 'source', [
    ['meta.source.template', `the outlet where ${template.id} pages show it`, outletName(r.source)],
    ['meta.source.line', 'a 来源 line at the top or bottom of the body', outletName(fields.source)],
    ['meta.source.meta', 'article:author / mediaid meta tag', outletName(meta.source)],
    ['meta.source.byline', 'the outlet a byline names', fields.bylineSource],
  ]);
  const editor = choose(ctx, 'editor', [
    ['meta.editor.template', `the editor where ${template.id} pages show it`, editorName(r.editor)],
    ['meta.editor.box', 'the 责任编辑 box under the body', facts.editorFromPage],
    ['meta.editor.line', 'a 责任编辑 line in the body', fields.editor],
  ]);
  const publishedAt = choose(ctx, 'publishedAt', [
    ['meta.publishedAt.meta', 'article:published_time / weibo: article:create_at meta tag', meta.publishedAt],
    ['meta.publishedAt.shown', `the time ${template.id} pages print`, r.publishedAt],
  ]);
  // Old pages put the headline into meta keywords; that is not a keyword.
  const keywords = [...new Set([...(r.keywords ?? []), ...meta.keywords])].filter((k) => compactText(k) !== compactText(title));
  if (keywords.length) ctx.trace.add({ stage: 'metadata', rule: 'meta.keywords.meta', action: 'choose', reason: 'keywords meta tag, without Sina’s site-wide ones', field: 'keywords', value: keywords.join(',') });
  if (facts.stocks.length) ctx.trace.add({ stage: 'metadata', rule: 'meta.stocks.links', action: 'choose', reason: 'stock links and news_keyword_pub comments in the body', field: 'stocks', value: facts.stocks.map((s) => s.code).join(',') });
  const leadImage = choose(ctx, 'leadImage', [
    ['meta.leadImage.body', 'the first picture of the body', images[0]?.src],
    ['meta.leadImage.template', `the picture ${template.id} pages name`, [cleanImage(r.leadImage, base)].find((u) => u && !input.droppedImages.has(u))],
    ['meta.leadImage.og', 'og:image meta tag', [cleanImage(meta.leadImage, base)].find((u) => u && !input.droppedImages.has(u))],
  ]);
  return { title, originalTitle, publishedAt, source, authors, editor, keywords, stocks: facts.stocks, leadImage, images };
}

