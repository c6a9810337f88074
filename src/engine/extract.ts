import { load, type CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Article, ArticleKind, Block, ExtractOptions, Stock, TemplateId } from '../article';
import { ExtractError } from '../article';
import { DROP_SELECTORS, HIDDEN_CREDITS, JUNK_IMAGES, META_LINES, PROMO_PARAGRAPHS, VIDEO_MARKERS } from '../rules';
import { TEMPLATES, type PageInput, type Template, type TemplateResult } from '../templates';
import { renderMarkdown } from '../render/markdown';
import { renderText } from '../render/text';
import { BLOCK_TAGS, BlockBuilder, imageSrc } from './blocks';
import { selectIn } from './dom';
import {
  cleanDocumentTitle,
  collectStocks,
  editorName,
  outletName,
  parseByline,
  readMetaTags,
  splitNames,
} from './meta';
import { MAX_DEPTH, nestingDepth, stripNonContent } from './prepare';
import { compactText, countWords, normalizeText, readingMinutes } from './text';
import { absoluteUrl, docIdFromUrl } from './url';

const DROP = DROP_SELECTORS.map((r) => r.selector).join(', ');
/** 来源 lines count only near the top or the bottom; mid-article "来源：" is a chart's data source. */
const EDGE = 3;

/** Input that is not text: NUL bytes or mostly replacement characters. */
function looksBinary(html: string): boolean {
  const sample = html.slice(0, 8192);
  if (sample.includes('\u0000')) return true;
  const bad = sample.match(/\uFFFD/g)?.length ?? 0;
  return sample.length > 64 && bad / sample.length > 0.1;
}

interface Fields {
  editor: string | null;
  originalTitle: string | null;
  source: string | null;
  bylineSource: string | null;
  authors: string[];
}

/** Moves metadata lines out of the body, drops promo paragraphs, reads bylines. */
function sortParagraphs(blocks: Block[]): { blocks: Block[]; fields: Fields } {
  const fields: Fields = { editor: null, originalTitle: null, source: null, bylineSource: null, authors: [] };
  const isText = (b: Block): b is Extract<Block, { type: 'paragraph' | 'heading' }> => b.type === 'paragraph' || b.type === 'heading';
  // Promo paragraphs go first, so that "the first and last few" paragraphs are counted among the
  // article's own lines (the same whether the page or the tool's own output is read).
  blocks = blocks.filter((b) => !isText(b) || !PROMO_PARAGRAPHS.some((r) => r.pattern.test(b.text)));
  // For each text block, how many of the article's own lines come before it: not metadata lines,
  // not lines that are only a byline (both may move out, and the count must not depend on that).
  const movable = (t: string) => META_LINES.some((r) => r.pattern.test(t)) || !!parseByline(t)?.standalone;
  const before = new Map<number, number>();
  let total = 0;
  blocks.forEach((b, i) => {
    if (!isText(b)) return;
    before.set(i, total);
    if (!movable(b.text)) total++;
  });
  const nearEdge = (i: number) => {
    const p = before.get(i) ?? 0;
    return p < EDGE || p >= total - EDGE;
  };
  const kept: Block[] = [];
  const addAuthors = (names: string[]) => {
    for (const a of names) if (!fields.authors.includes(a)) fields.authors.push(a);
  };
  blocks.forEach((b, i) => {
    if (b.type !== 'paragraph' && b.type !== 'heading') {
      kept.push(b);
      return;
    }
    const t = b.text;
    for (const rule of META_LINES) {
      const m = t.match(rule.pattern);
      if (!m) continue;
      const value = normalizeText(m[rule.keep === 1 ? 2 : 1] ?? '');
      const keep = rule.keep ? normalizeText(m[rule.keep] ?? '') : '';
      if (rule.field === 'editor') fields.editor ??= editorName(value);
      else if (rule.field === 'originalTitle') fields.originalTitle ??= value || null;
      else if (rule.field === 'source') {
        if (value.length > 40) continue;
        // "来源：光明日报 作者：吴亚琦 图片：新华社等": the outlet, then credits. A 来源 line anywhere is a
        // credit, but only one at the top or the bottom names the article's outlet.
        const [outlet = '', ...credits] = value.split(/\s+(?=(?:作者|记者|编辑|图片|摄影)\s*[：:])/);
        if (nearEdge(i)) fields.source ??= outlet || null;
        for (const c of credits) {
          const cm = c.match(/^(?:作者|记者)\s*[：:]\s*(.+)$/);
          if (cm) addAuthors(splitNames(cm[1]!));
        }
      }
      if (keep) kept.push({ ...b, text: keep });
      return;
    }
    if (nearEdge(i)) {
      const by = parseByline(t);
      if (by) {
        addAuthors(by.authors);
        fields.bylineSource ??= by.source;
        // A line that is only the byline is metadata; a byline opening a sentence stays as text.
        if (by.standalone && by.authors.length) return;
      }
    }
    kept.push(b);
  });
  return { blocks: kept, fields };
}

/** The outlet named in hidden article_adlist credits (rules.HIDDEN_CREDITS), if any. */
export function hiddenCreditSource(raw: string): string | null {
  for (const m of raw.matchAll(HIDDEN_CREDITS.pattern)) {
    const $ = load(m[1]!);
    for (const p of $('p').toArray()) {
      const t = normalizeText($(p).text());
      for (const rule of META_LINES) {
        if (rule.field !== 'source') continue;
        const v = t.match(rule.pattern)?.[1];
        if (v && v.length <= 40) return normalizeText(v);
      }
    }
  }
  return null;
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
function dropRepeatedHeadline(blocks: Block[], titles: (string | null)[]): void {
  const want = titles.filter((x): x is string => !!x).map(headlineKey);
  // Every copy among the first lines goes (some pages repeat it twice), so the result is the same
  // when the tool's own output, which has the headline only as its title, is read again.
  for (let again = true; again; ) {
    again = false;
    let seen = 0;
    for (let i = 0; i < blocks.length && seen < 2; i++) {
      const b = blocks[i]!;
      if (b.type === 'image') continue;
      seen++;
      if ((b.type === 'paragraph' || b.type === 'heading') && want.includes(headlineKey(b.text))) {
        blocks.splice(i, 1);
        again = true;
        break;
      }
    }
  }
}

function kindOf(blocks: Block[], hadVideo: boolean): ArticleKind {
  const chars = blocks.reduce((n, b) => n + (b.type === 'image' || b.type === 'video' ? 0 : (b.type === 'table' ? b.rows.flat().join('') : b.text).length), 0);
  const images = blocks.filter((b) => b.type === 'image').length;
  // A related clip beside a real report does not make it a video article; an (almost) empty body does.
  if (hadVideo && chars < 60) return 'video';
  if (images >= 3 && chars < images * 30) return 'gallery';
  if (chars < 120 && images === 0) return 'notice';
  return 'text';
}

/**
 * A stray </div> inside the article (editors paste HTML) closes the body container early, and the
 * paragraphs after it become its siblings. Paragraphs that directly follow the container, before
 * any other block, are taken back into it.
 */
/** The comments inside an element, as `<!--…-->` text (where news_keyword_pub lists stock codes). */
function commentsIn(root: Element): string {
  const out: string[] = [];
  const stack: AnyNode[] = [...root.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'comment') out.push(`<!--${(n as unknown as { data: string }).data}-->`);
    else if (n.type === 'tag') stack.push(...(n as Element).children);
  }
  return out.join('\n');
}

/** Paragraphs, and the formatting elements a parser re-opens around them after a misnested tag. */
const STRAY_TAGS = new Set(['p', 'font', 'b', 'strong', 'span', 'em', 'i', 'u']);

function adoptStrayParagraphs($: CheerioAPI, body: Element): void {
  const stray: Element[] = [];
  for (let n = body.nextSibling; n; n = n.nextSibling) {
    if (n.type === 'comment' || (n.type === 'text' && !/\S/.test((n as unknown as { data: string }).data))) continue;
    if (n.type !== 'tag' || !STRAY_TAGS.has((n as Element).name)) break;
    stray.push(n as Element);
  }
  if (stray.length) $(body).append(stray);
}

function pickTemplate(page: PageInput): Template {
  return TEMPLATES.find((t) => t.matches(page)) ?? TEMPLATES[TEMPLATES.length - 1]!;
}

/** All meta values named `name` (the tool's own HTML writes one tag per stock and author). */
function metaAll($: CheerioAPI, name: string): string[] {
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

function cleanImage(src: string | null | undefined, base: string | null): string | null {
  const abs = src ? absoluteUrl(src, base) : null;
  return abs && !JUNK_IMAGES.some((r) => r.pattern.test(abs)) ? abs : null;
}

/**
 * The engine: HTML (a whole Sina page, a saved page, a bare #artibody fragment or a seed-format
 * post) to a clean Article. Pure: no I/O, no globals, the same in Node and in the browser.
 * Throws ExtractError (reason: empty | unreadable | not-an-article) and nothing else by design.
 */
export function extract(html: string, options: ExtractOptions = {}): Article {
  if (typeof html !== 'string' || !html.trim()) throw new ExtractError('empty', 'input is empty');
  if (looksBinary(html)) throw new ExtractError('unreadable', 'input is not text (binary data or wrong encoding)');
  try {
    return extractUnchecked(html, options);
  } catch (e) {
    if (e instanceof ExtractError) throw e;
    throw new ExtractError('unreadable', `could not parse the page: ${(e as Error)?.message ?? String(e)}`);
  }
}

function extractUnchecked(html: string, options: ExtractOptions): Article {
  const cleanedHtml = stripNonContent(html);
  if (cleanedHtml.length > MAX_DEPTH * 3 && nestingDepth(cleanedHtml) > MAX_DEPTH) {
    throw new ExtractError('unreadable', `the page nests elements more than ${MAX_DEPTH} levels deep (beyond what the call stack allows)`);
  }
  const $page = load(cleanedHtml);
  const page: PageInput = { $: $page, raw: html, cleanedHtml, url: options.url ?? null };
  if (!/<[a-z!][^>]*>/i.test(html)) throw new ExtractError('not-an-article', 'input is plain text, not an HTML page');
  let template = pickTemplate(page);
  let r: TemplateResult = template.extract(page);
  if (!r.body && template.id !== 'readability') {
    template = TEMPLATES[TEMPLATES.length - 1]!;
    r = template.extract(page);
  }
  const $ = r.$ ?? $page;
  const meta = readMetaTags($page);
  const url = options.url ?? r.url ?? meta.url ?? null;
  const base = url;

  if (!r.body) throw new ExtractError('not-an-article', 'no article body found on the page');
  const body: Element = r.body;
  adoptStrayParagraphs($, body);

  // Page-level metadata that sits in or near the body, read before the body is cleaned.
  const editorEl = $('.article-editor, .show_author, #article_editor').first();
  const editorFromPage = editorEl.length ? editorName(editorEl.text()) : null;
  const stocks = mergeStocks(
    collectStocks($, body, template.id === 'seed-format' ? html : commentsIn(body)),
    metaAll($page, 'sina-clean:stock').map((v) => {
      const [code = '', ...name] = v.split(' ');
      return { code, name: name.join(' ') };
    }),
  );
  const hadVideo = selectIn(body, VIDEO_MARKERS.selector).length > 0 || /<!--\s*video-list/.test(html);

  // A picture inside something we drop (an account-opening QR box) is never the lead image either.
  const dropped = selectIn(body, DROP);
  const droppedImages = new Set(
    dropped.flatMap((el) => (el.name === 'img' ? [el] : selectIn(el, 'img'))).map((img) => imageSrc(img, base)),
  );
  // A dropped box leaves a line break, so the text on either side stays two lines as the page showed
  // it; a dropped inline element (a quote number after a stock name) leaves nothing between words.
  for (const el of dropped) {
    if (BLOCK_TAGS.has(el.name)) $(el).replaceWith('<br>');
    else $(el).remove();
  }
  const { blocks, fields } = sortParagraphs(new BlockBuilder(base).build(body));
  const images = blocks.flatMap((b) => (b.type === 'image' ? [{ src: b.src, caption: b.caption }] : []));

  const rawTitle =
    r.title ?? meta.title ?? cleanDocumentTitle($page('title').first().text()) ?? fields.originalTitle ?? '';
  // Only the seed-format generator damaged titles; a page's own headline is what it is.
  const title = template.id === 'seed-format' ? repairTitle(rawTitle, fields.originalTitle) : rawTitle;
  dropRepeatedHeadline(blocks, [title, fields.originalTitle]);
  const metaAuthors = metaAll($page, 'sina-clean:author');
  const authors = r.authors?.length ? r.authors : fields.authors.length ? fields.authors : metaAuthors.flatMap(splitNames);
  const source =
    outletName(r.source) ??
    outletName(fields.source) ??
    outletName(hiddenCreditSource(html)) ??
    outletName(meta.source) ??
    fields.bylineSource ??
    null;
  const editor = editorName(r.editor) ?? editorFromPage ?? fields.editor ?? null;
  // Old pages put the headline into meta keywords; that is not a keyword.
  const keywords = [...new Set([...(r.keywords ?? []), ...meta.keywords])].filter((k) => compactText(k) !== compactText(title));
  const leadImage =
    images[0]?.src ??
    [cleanImage(r.leadImage, base), cleanImage(meta.leadImage, base)].find((u) => u && !droppedImages.has(u)) ??
    null;

  if (!title && !blocks.length) throw new ExtractError('not-an-article', 'the page has neither a title nor article text');

  const text = renderText(blocks);
  const wordCount = countWords(text);
  const article: Omit<Article, 'markdown'> = {
    url,
    docId: docIdFromUrl(url) ?? r.docId ?? null,
    template: template.id as TemplateId,
    kind: r.kind ?? kindOf(blocks, hadVideo),
    title,
    originalTitle: fields.originalTitle ?? metaAll($page, 'sina-clean:original-title')[0] ?? null,
    publishedAt: meta.publishedAt ?? r.publishedAt ?? null,
    source,
    authors,
    editor,
    keywords,
    stocks,
    leadImage,
    images,
    blocks,
    text,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
  };
  return { ...article, markdown: renderMarkdown(article) };
}
