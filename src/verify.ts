/**
 * The engine's promises, as functions the tests (corpus, fuzz, adversarial) call on any input:
 * - it never invents text: every output paragraph is made of the page's own characters, in order;
 * - it never shows hidden text: nothing only a hidden element holds reaches the text;
 * - it is idempotent: extracting its own HTML rendering gives the same article;
 * - inline runs join to their block's text.
 * Pages are read with the engine's own parse and strip stages (never a regex over the HTML).
 */
import { load } from 'cheerio';
import type { AnyNode, Element, ParentNode } from 'domhandler';
import type { Article } from './article';
import { makeCtx } from './engine/context';
import { BLOCK_TAGS } from './engine/blocks';
import { selectIn, walk, textOf } from './engine/dom';
import { TITLE_PRIVATE_USE } from './rules/metadata';
import { BODY_DROP_SELECTOR } from './rules/page';
import { extract } from './engine/extract';
import { parseHtml, splitFrontMatter } from './engine/parse';
import { strip } from './engine/strip';
import { compactText, decodePlayerText } from './engine/text';
import { renderHtml } from './render/html';

const DROP_ALL = BODY_DROP_SELECTOR;

/** Verification may take longer than an extraction (it parses the page again). */
const VERIFY_BUDGET_MS = 120_000;

interface ReadPage {
  /** The text a reader could select (no scripts, styles, hidden elements or marker regions). */
  visible: string;
  /**
   * The same without the inline elements the drop rules remove (a live quote after a stock name):
   * the words on either side of one are joined in the Article, as on the page without it.
   */
  withoutInlineDrops: string;
  /** Attribute values, comment text and script text (where video titles come from), compacted. */
  extra: string;
  /** Texts of the hidden elements, compacted. */
  hidden: string[];
}

function readPage(html: string): ReadPage {
  const ctx = makeCtx({ budgetMs: VERIFY_BUDGET_MS });
  // A seed-format front matter is the post's own text (its title may look like markup); the body
  // after it is parsed alone, as the engine does.
  const { frontMatter, body } = splitFrontMatter(html);
  const doc = parseHtml(body, ctx);
  // Players' scripts carry video titles (page data the engine reads, never shows as text).
  const scripts: string[] = [];
  walk(doc, ctx.deadline, (n) => {
    if (n.type === 'script') for (const c of (n as Element).children) if (c.type === 'text') scripts.push((c as unknown as { data: string }).data);
    return n.type !== 'script';
  });
  const { hidden, comments } = strip(doc, ctx);
  const parts = [deepText(doc, ctx)];
  const inlineDrops = new Set<AnyNode>(selectIn(doc, DROP_ALL).filter((el) => !BLOCK_TAGS.has(el.name)));
  const joined = [deepText(doc, ctx, inlineDrops)];
  if (frontMatter) parts.push(frontMatter);
  // Meta tags carry the title, outlet and the tool's own HTML metadata.
  const $ = load(doc);
  $('meta[content]').each((_, el) => void parts.push($(el).attr('content') ?? ''));
  // A player's script strings as the player shows them too (the engine reads a title's character references as characters).
  const extra: string[] = [...comments.map((c) => c.data), ...scripts, ...scripts.filter((t) => t.includes('&')).map(decodePlayerText)];
  walk(doc, ctx.deadline, (n) => {
    if (n.type === 'tag') for (const v of Object.values((n as Element).attribs)) if (v.length < 2000) extra.push(v);
  });
  for (const h of hidden) walk(h, ctx.deadline, (n) => {
    if (n.type === 'tag') for (const v of Object.values((n as Element).attribs)) if (v.length < 2000) extra.push(v);
  });
  return {
    visible: compactText(parts.join('\n')),
    withoutInlineDrops: compactText(joined.join('\n')),
    extra: compactText(extra.join('\n').replace(/&#123;/g, '{').replace(/&#125;/g, '}')),
    hidden: hidden.map((h) => compactText(textOf(h, ctx.deadline))).filter(Boolean),
  };
}

/**
 * The page as the engine's parse and strip stages leave it (a seed-format post's body alone), for
 * tests that look at the page's own paragraphs.
 */
export function strippedPage(html: string): ReturnType<typeof load> {
  const ctx = makeCtx({ budgetMs: VERIFY_BUDGET_MS });
  const doc = parseHtml(splitFrontMatter(html).body, ctx);
  strip(doc, ctx);
  return load(doc);
}

/** The page's text as a reader could select it (scripts, styles, hidden elements and marker regions removed). */
export function pageText(html: string): string {
  return readPage(html).visible;
}

/** Text of a subtree without recursion, leaving out the subtrees in `skip`. */
function deepText(root: ParentNode, ctx: ReturnType<typeof makeCtx>, skip?: Set<AnyNode>): string {
  const out: string[] = [];
  walk(root, ctx.deadline, (n: AnyNode) => {
    if (skip?.has(n)) return false;
    if (n.type === 'text') out.push((n as unknown as { data: string }).data);
    return n.type !== 'script' && n.type !== 'style';
  });
  return out.join('');
}

/**
 * Snippets of the Article's text that the page does not contain. Each paragraph must appear in the
 * page; a paragraph whose characters were joined across a removed region (an ad inside a word) is
 * accepted when it splits into at most a few pieces that each appear, in order.
 */
export function inventedText(html: string, article: Article): string[] {
  const page = readPage(html);
  const hay = page.visible;
  const problems: string[] = [];
  // Paragraphs come in page order: look after the previous one first, so a long page is one pass.
  let from = 0;
  const check = (s: string, alsoIn = '', anyOrder = false) => {
    const needle = compactText(s);
    if (!needle) return;
    let at = hay.indexOf(needle, from);
    if (at < 0) at = hay.indexOf(needle);
    if (at >= 0) {
      from = at + needle.length;
      return;
    }
    if (alsoIn && alsoIn.includes(needle)) return;
    if (page.withoutInlineDrops.includes(needle)) return;
    if (!coveredInOrder(hay, needle, anyOrder)) problems.push(s.slice(0, 80));
  };
  for (const b of article.blocks) {
    if (b.type === 'table') {
      b.rows.flat().forEach((c) => check(c));
      if (b.caption) check(b.caption);
    } else if (b.type === 'image') check(b.caption);
    // A video's title may come from the player's attributes or its comment (title-data, alt, JSON).
    else if (b.type === 'video') check(b.title, page.extra);
    else check(b.text);
  }
  // Metadata is not in page order: a seed title restored from the body (“东数西算”) joins the front matter's pieces and the body's.
  // A seed title's “…” restored from the generator's ASCII quotes is the front matter's title, quotes aside.
  const flatTitle = article.title ? compactText(article.title.replace(/[“”]/g, '"')) : '';
  // The title leaves out the page's private-use characters (title.privateUse), wherever they stand in it.
  const hayPrintable = hay.replace(new RegExp(TITLE_PRIVATE_USE.pattern.source, 'g'), '');
  for (const v of [article.title, article.source, article.editor, article.originalTitle, ...article.authors]) {
    if (v === article.title && flatTitle !== compactText(v ?? '') && hay.includes(flatTitle)) continue;
    if (v === article.title && v && hayPrintable.includes(compactText(v))) continue;
    if (v) check(v, '', true);
  }
  return problems;
}

/**
 * Hidden text that reached the Article's text: the text of each hidden element (the `hidden`
 * attribute, inline display:none / visibility:hidden) that the visible page does not also show.
 */
export function hiddenTextShown(html: string, article: Article): string[] {
  const page = readPage(html);
  const out = compactText([article.text, ...article.images.map((i) => i.caption)].join('\n'));
  return page.hidden.filter((h) => h.length >= 4 && !page.visible.includes(h) && out.includes(h)).map((h) => h.slice(0, 80));
}

/** Blocks whose inline runs do not join to their text, or carry a non-http(s) link. */
export function inlineProblems(article: Article): string[] {
  const out: string[] = [];
  for (const b of article.blocks) {
    if ((b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote') && b.inlines) {
      if (b.inlines.map((i) => i.text).join('') !== b.text) out.push(`inlines do not join to: ${b.text.slice(0, 60)}`);
      if (!b.inlines.some((i) => i.href)) out.push(`inlines without a link: ${b.text.slice(0, 60)}`);
      for (const i of b.inlines) if (i.href !== undefined && !/^https?:\/\//.test(i.href)) out.push(`link ${i.href.slice(0, 60)}`);
    }
  }
  return out;
}

/** Greedy cover of `needle` by at most 4 substrings of `hay` found left to right (anywhere, with `anyOrder`). */
function coveredInOrder(hay: string, needle: string, anyOrder = false): boolean {
  let rest = needle;
  let from = 0;
  for (let piece = 0; piece < 4 && rest; piece++) {
    let lo = 1;
    let hi = rest.length;
    let best = 0;
    let bestAt = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = hay.indexOf(rest.slice(0, mid), anyOrder ? 0 : from);
      if (at >= 0) {
        best = mid;
        bestAt = at;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best < Math.min(4, rest.length)) return false;
    from = bestAt + best;
    rest = rest.slice(best);
  }
  return rest.length === 0;
}

/** Fields that must survive a round trip through the tool's own HTML. */
const STABLE_FIELDS = [
  'title', 'originalTitle', 'publishedAt', 'source', 'authors', 'editor', 'keywords', 'stocks', 'images', 'blocks', 'text',
] as const;

/** Names of the fields that change when the Article's own HTML is extracted again (empty = idempotent). */
export function idempotencyDiff(article: Article): string[] {
  const again = extract(renderHtml(article), { url: article.url ?? undefined, budgetMs: VERIFY_BUDGET_MS });
  return STABLE_FIELDS.filter((f) => JSON.stringify(article[f]) !== JSON.stringify(again[f]));
}
