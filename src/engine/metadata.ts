/**
 * The metadata stage: title, time, source, authors, editor, keywords, stocks and images, chosen
 * from what the template read, the page's meta tags and what the lines stage read in the body. For
 * each field the places are asked in the order FIELD_ORDER (src/rules/metadata.ts) gives; the
 * first with a value decides, and the trace records the field, the value and the rule that chose it.
 * Input: MetadataInput; output: the Article's metadata fields.
 */
import type { PageIndex } from './select';
import { textContent } from './select';
import { PAGE_WIDE_READS } from '../rules/page-families';
import type { Element } from 'domhandler';
import type { Article, Block, Stock } from '../article';
import type { Template, TemplateResult } from '../templates';
import type { Ctx } from './context';
import { cleanDocumentTitle, collectStocks, outletLabel, readMetaTags, visibleTitle } from './meta';
import type { LineFields } from './lines';
import { compactText, normalizeText } from './text';
import { absoluteUrl } from './url';
import { junkImage } from '../rules/images';
import { readEditor } from '../rules/lines';
import { abbreviates, FIELD_ORDER, OUTLET_FULL_ENDING, INTERVIEW_OUTLET, interviewOutlet, outletInMarks, OUTLET_TITLE_MARKS, KEYWORD_NOISE, OUTLET_SHORT_FORM, outletRefusal, restoreAsciiQuotes, TITLE_ASCII_QUOTES, TITLE_PRIVATE_USE, TITLE_QUOTES_RESTORED, TITLE_RESTORED, TITLE_SUFFIX, TITLE_VIDEO_LABEL, withoutVideoLabel, type FieldRule } from '../rules/metadata';
import { OUTLET_SHORT_NAMES, splitNames } from '../rules/names';
import { MAX_PRINTED_STOCKS, printedStocks, STOCK_PRINTED_CODE } from '../rules/stocks';
import type { Comment } from './strip';
import type { RuleMeta } from '../rules/types';

export type MetaTags = ReturnType<typeof readMetaTags>;

/** What the page says near the body before it is cleaned (the editor box and stock links go in cleaning). */
export interface BodyFacts {
  editorFromPage: string | null;
  stocks: Stock[];
  /** Ids of the stock shapes that found them. */
  stockRules: Set<string>;
  /** Stock links that name no stock (a longer name's start, an ordinary phrase), with the rule that says so. */
  refusedStocks: { rule: RuleMeta; code: string; name: string; context: string }[];
}

/** All meta values named `name` (the tool's own HTML writes one tag per stock and author). */
export function metaAll(index: PageIndex, name: string): string[] {
  const out: string[] = [];
  for (const el of index.select(PAGE_WIDE_READS.meta)) {
    if (el.attribs.name !== name) continue;
    const v = normalizeText(el.attribs.content ?? '');
    if (v) out.push(v);
  }
  return out;
}

function mergeStocks(a: Stock[], b: Stock[]): Stock[] {
  const out = new Map<string, string>();
  for (const s of [...a, ...b]) if (!out.get(s.code)) out.set(s.code, s.name);
  return [...out].map(([code, name]) => ({ code, name }));
}

/**
 * The editor a 责任编辑 box names, read with the line.editor rule (name only: no work codes, no
 * credits after it); a box that holds only the name is read as if it said 责任编辑 before it.
 */
export function editorOfBox(raw: string): string | null {
  const t = normalizeText(raw);
  if (!t) return null;
  return readEditor(t)?.name ?? readEditor(`责任编辑：${t.replace(/^[（(【[]?\s*(?:责任编辑|责编|编辑)\s*[：:]?\s*/, '')}`)?.name ?? null;
}

/** Read before cleaning: the 责任编辑 box and the stocks the body links to or lists in comments. */
export function readBodyFacts($: PageIndex, $page: PageIndex, body: Element, comments: readonly Comment[], template: Template, ctx: Ctx): BodyFacts {
  const editorEl = $.first(PAGE_WIDE_READS.editorBox);
  const editorFromPage = editorEl ? editorOfBox(textContent(editorEl)) : null;
  // Seed-format posts are the body alone: every comment is the body's; on a page, the body's own.
  const inBody = (c: Comment) => {
    for (let a = c.node.parent; a; a = a.parent) if (a === body) return true;
    return false;
  };
  const codes = comments.filter((c) => template.id === 'seed-format' || inBody(c)).map((c) => c.data);
  const stockRules = new Set<string>();
  const refusedStocks: BodyFacts['refusedStocks'] = [];
  const stocks = mergeStocks(
    collectStocks(body, codes, ctx.deadline, stockRules, refusedStocks),
    metaAll($page, 'sina-clean:stock').map((v) => {
      const [code = '', ...name] = v.split(' ');
      return { code, name: name.join(' ') };
    }),
  );
  return { editorFromPage, stocks, stockRules, refusedStocks };
}

/** Characters a file-name-safe copy of a title replaced: `_` for any of them, ASCII quotes for curly ones. */
const MANGLED: Record<string, RegExp> = { _: /[:/?*"<>|[\]“”：？／＊＜＞｜]/, '"': /["“”]/, "'": /['‘’]/ };

/**
 * Seed-format titles lost characters to a file-name-safe generator (1月LPR_双降_ for 1月LPR“双降”).
 * When the 原标题 line is the same title with those characters intact, it is the true title.
 */
export function repairTitle(title: string, original: string | null): string {
  if (!original || original === title) return title;
  // A 原标题 may carry a series name after the title (“入世”20年，给中国带来了什么|新京报系列评论之二).
  const head = original.slice(0, title.length);
  if (original.length > title.length && /^\s*[|｜—]/.test(original.slice(title.length)) && repairTitle(title, head) === head) return head;
  // Quote marks may have been dropped rather than replaced (1000万购房补贴“抢人” -> 抢人).
  const strip = (s: string) => s.replace(/["“”'‘’]/g, '');
  const [a, b] = title.length === original.length ? [title, original] : [strip(title), strip(original)];
  if (a.length !== b.length) return title;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i] && !MANGLED[a[i]!]?.test(b[i]!)) return title;
  }
  return original;
}

/**
 * A seed title with words the generator unquoted (_东数西算_工程…): each such word the body prints
 * between quotes (“东数西算”) gets its quotes back (TITLE_QUOTES_RESTORED); the others stay.
 */
export function restoreQuotes(title: string, body: string): string {
  // Each underscore is tried as an opening one: a separator the generator also wrote as _ (财经TOP10_…)
  // must not take the underscore that opens the quoted word after it (…提到的_鲍莫尔病_).
  const one = new RegExp(`^${TITLE_QUOTES_RESTORED.pattern.source}`);
  let out = '';
  let i = 0;
  while (i < title.length) {
    const m = title[i] === '_' ? one.exec(title.slice(i)) : null;
    if (m && body.includes(`“${m[1]}”`)) {
      out += `“${m[1]}”`;
      i += m[0].length;
    } else out += title[i++];
  }
  return out;
}

function cleanImage(src: string | null | undefined, base: string | null): string | null {
  const abs = src ? absoluteUrl(src, base) : null;
  return abs && !junkImage(abs) ? abs : null;
}

export interface MetadataInput {
  $page: PageIndex;
  template: Template;
  result: TemplateResult;
  meta: MetaTags;
  fields: LineFields;
  facts: BodyFacts;
  blocks: Block[];
  droppedImages: Set<string | null>;
  base: string | null;
}

/** The Article's metadata fields, as the metadata stage resolves them. */
export type Metadata = Pick<Article, 'title' | 'originalTitle' | 'publishedAt' | 'source' | 'authors' | 'editor' | 'keywords' | 'stocks' | 'leadImage' | 'images'>;

/**
 * The field's places asked in FIELD_ORDER; the first with a value wins and the trace names it.
 * `values` gives each place's candidate by rule id (a place the engine does not know is a bug).
 */
/**
 * The outlet's full name that the article's own paragraphs print in book-title marks and that `short`
 * abbreviates (每经 and 《每日经济新闻》: OUTLET_SHORT_FORM), when it names an outlet (ends as outlets'
 * names end: OUTLET_FULL_ENDING; 《每周经济评论》 is no outlet); else null.
 * Bounded: the first 200 text blocks, at most 50 marks each.
 */
function fullNameInMarks(short: string, blocks: readonly Block[]): string | null {
  let seen = 0;
  for (const b of blocks) {
    if ((b.type !== 'paragraph' && b.type !== 'heading') || ++seen > 200) continue;
    let marks = 0;
    for (let p = b.text.indexOf('《'); p >= 0 && marks < 50; p = b.text.indexOf('《', p + 1), marks++) {
      const end = b.text.indexOf('》', p + 1);
      if (end < 0) break;
      const full = b.text.slice(p + 1, end).trim();
      if (full.length <= 16 && OUTLET_FULL_ENDING.test(full) && abbreviates(short, full) && outletRefusal(full) === null) return full;
    }
  }
  return null;
}

function choose<T>(ctx: Ctx, field: FieldRule['field'], values: Record<string, T | null | undefined>, show: (v: T) => string | null = (v) => String(v)): T | null {
  for (const rule of FIELD_ORDER[field]) {
    if (rule.id.endsWith('.none')) {
      ctx.trace.add({ stage: 'metadata', rule: rule.id, action: 'skip', reason: rule.reason, field, value: null });
      return null;
    }
    if (!(rule.id in values)) throw new Error(`no value for ${rule.id}`);
    const value = values[rule.id];
    if (value === null || value === undefined || (Array.isArray(value) && !value.length) || value === '') continue;
    ctx.trace.add({ stage: 'metadata', rule: rule.id, action: 'choose', reason: rule.reason, field, value: show(value) });
    return value;
  }
  return null;
}

/** The same minute (ISO 8601 strings in Beijing time). */
const sameMinute = (a: string, b: string) => a.slice(0, 16) === b.slice(0, 16);

export function resolveMetadata(input: MetadataInput, ctx: Ctx): Metadata {
  const { $page, template, result: r, meta, fields, facts, blocks, base } = input;
  const originalTitle = fields.originalTitle ?? (metaAll($page, 'sina-clean:original-title')[0] || null);
  const images = blocks.flatMap((b) => (b.type === 'image' ? [{ src: b.src, caption: b.caption }] : []));
  const seed = template.id === 'seed-format';

  const rawDocumentTitle = textContent($page.first(PAGE_WIDE_READS.title));
  const documentTitle = cleanDocumentTitle(rawDocumentTitle);
  if (documentTitle && documentTitle !== normalizeText(rawDocumentTitle) && TITLE_SUFFIX.pattern.test(normalizeText(rawDocumentTitle))) {
    ctx.trace.add({ stage: 'metadata', rule: TITLE_SUFFIX.id, action: 'remove', reason: TITLE_SUFFIX.reason, field: 'title', text: normalizeText(rawDocumentTitle) });
  }
  const titles = [r.title, meta.title, documentTitle, originalTitle];
  if (titles.some((t) => t && TITLE_PRIVATE_USE.pattern.test(t))) {
    ctx.trace.add({ stage: 'metadata', rule: TITLE_PRIVATE_USE.id, action: 'remove', reason: TITLE_PRIVATE_USE.reason, field: 'title' });
  }
  const rawTitle =
    choose(ctx, 'title', {
      'meta.title.template': visibleTitle(r.title),
      'meta.title.og': visibleTitle(meta.title),
      'meta.title.document': visibleTitle(documentTitle),
      'meta.title.originalTitle': visibleTitle(originalTitle),
    }) ?? '';
  // Only the seed-format generator damaged titles; a page's own headline is what it is. The body's
  // own copy of the headline, or the 原标题, restores it when it is the same title intact.
  let title = rawTitle;
  if (seed) {
    let intact = false;
    for (const candidate of [fields.headline, originalTitle]) {
      // A copy printed exactly as the title (ASCII quotes and all) says the page prints them.
      if (candidate && normalizeText(candidate) === rawTitle) intact = true;
      const fixed = repairTitle(rawTitle, candidate);
      if (fixed !== rawTitle) {
        title = fixed;
        intact = true;
        ctx.trace.add({ stage: 'metadata', rule: TITLE_RESTORED.id, action: 'choose', reason: TITLE_RESTORED.reason, field: 'title', value: title });
        break;
      }
    }
    // No intact copy of the headline: the words the body quotes get their quotes back.
    if (title === rawTitle && title.includes('_')) {
      const body = [fields.headline, originalTitle, ...blocks.map((b) => ('text' in b ? b.text : ''))].filter(Boolean).join('\n');
      const fixed = restoreQuotes(title, body);
      if (fixed !== title) {
        title = fixed;
        ctx.trace.add({ stage: 'metadata', rule: TITLE_QUOTES_RESTORED.id, action: 'choose', reason: TITLE_QUOTES_RESTORED.reason, field: 'title', value: title });
      }
    }
    // No intact copy says otherwise: ASCII double quotes are the generator's flattening of “…”.
    if (!intact) {
      const fixed = restoreAsciiQuotes(title);
      if (fixed !== title) {
        title = fixed;
        ctx.trace.add({ stage: 'metadata', rule: TITLE_ASCII_QUOTES.id, action: 'choose', reason: TITLE_ASCII_QUOTES.reason, field: 'title', value: title });
      }
    }
  }

  // The video label set apart in the title (【视频】X, 视频｜X) is not its words.
  const unlabelled = withoutVideoLabel(title);
  if (unlabelled !== title) {
    ctx.trace.add({ stage: 'metadata', rule: TITLE_VIDEO_LABEL.id, action: 'remove', reason: TITLE_VIDEO_LABEL.reason, field: 'title', text: title, value: unlabelled });
    title = unlabelled;
  }

  const metaAuthors = metaAll($page, 'sina-clean:author');
  const authors =
    choose(ctx, 'authors', {
      'meta.authors.template': r.authors,
      'meta.authors.byline': fields.authors,
      'meta.authors.meta': metaAuthors.flatMap(splitNames),
    }, (v) => v.join('、')) ?? [];

  const o = fields.outlets;
  /** A label the page or the feed gives, unless it names no outlet (the trace says which rule refused it). */
  const outlet = (raw: string | null | undefined, where: string, from: 'feed' | 'any' = 'any'): string | null => {
    const v = outletLabel(raw);
    if (!v) return null;
    const refused = outletRefusal(v, from);
    if (!refused) return v;
    ctx.trace.add({ stage: 'metadata', rule: refused.id, action: 'skip', reason: `${refused.reason} (${where})`, text: v, field: 'source', value: null });
    return null;
  };
  const header = outlet(r.source, 'the header');
  // A reporter byline whose outlet abbreviates the header's (每经记者 under 每日经济新闻): the page's
  // full name. A dispatch (中新网北京9月28日电) names the wire as it names itself, and stands.
  // Without a header, the full name the article's own lines print in book-title marks (每经记者 X, and
  // 接受《每日经济新闻》记者采访 in the text): the same outlet, named in full. Else a short name
  // OUTLET_SHORT_NAMES knows (每经记者 X) is the outlet it stands for, as 来源：每经 and 文丨每经 X are: one
  // outlet, one source, whichever way its credit is printed.
  const printedFull = o.byline && !fields.bylineDispatch && !(header && abbreviates(o.byline, header)) ? fullNameInMarks(o.byline, blocks) : null;
  const knownShort = o.byline && !fields.bylineDispatch && Object.hasOwn(OUTLET_SHORT_NAMES, o.byline) ? OUTLET_SHORT_NAMES[o.byline]! : null;
  const byline = o.byline && header && !fields.bylineDispatch && abbreviates(o.byline, header) ? header : (printedFull ?? knownShort ?? o.byline);
  if (byline !== o.byline) ctx.trace.add({ stage: 'metadata', rule: OUTLET_SHORT_FORM.id, action: 'choose', reason: OUTLET_SHORT_FORM.reason, text: o.byline ?? '', field: 'source', value: byline });
  // The outlet an interview's question labels name: read from the article's lines, asked last.
  const interviewer = interviewOutlet(blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'heading' ? [b.text] : [])));
  if (interviewer) ctx.trace.add({ stage: 'metadata', rule: INTERVIEW_OUTLET.id, action: 'keep', reason: INTERVIEW_OUTLET.reason, text: interviewer, field: 'source' });
  const chosenSource = choose(ctx, 'source', {
    'meta.source.declared': template.id === 'fragment' ? outlet(meta.source, 'article:author') : null,
    'meta.source.line': o.line,
    'meta.source.wen-outlet': o.wenOutlet,
    'meta.source.byline': byline,
    'meta.source.header': header,
    'meta.source.account': template.id === 'fragment' ? null : outlet(meta.source, 'article:author'),
    'meta.source.compiled': o.compiled,
    'meta.source.closing': o.closing,
    'meta.source.masthead': o.masthead,
    'meta.source.mention': o.mention,
    'meta.source.interviewer': interviewer,
    'meta.source.feed': outlet(r.publisher, 'the front matter', 'feed'),
  });
  // A credit naming the outlet by its short name alone (来源：界面, 文丨每经 张三): the outlet the short
  // name stands for (a reporter line's, 每经记者, is mapped above).
  const credited = chosenSource !== null && (chosenSource === o.line || chosenSource === o.wenOutlet || (fields.bylineCredit && chosenSource === o.byline));
  const fullSource = credited && Object.hasOwn(OUTLET_SHORT_NAMES, chosenSource) ? OUTLET_SHORT_NAMES[chosenSource]! : chosenSource;
  if (fullSource !== chosenSource) ctx.trace.add({ stage: 'metadata', rule: OUTLET_SHORT_FORM.id, action: 'choose', reason: OUTLET_SHORT_FORM.reason, text: chosenSource ?? '', field: 'source', value: fullSource });
  const source = fullSource === null ? null : outletInMarks(fullSource);
  if (source !== fullSource) ctx.trace.add({ stage: 'metadata', rule: OUTLET_TITLE_MARKS.id, action: 'choose', reason: OUTLET_TITLE_MARKS.reason, text: fullSource ?? '', field: 'source', value: source });
  const editor = choose(ctx, 'editor', {
    'meta.editor.template': r.editor ? editorOfBox(r.editor) : null,
    'meta.editor.box': facts.editorFromPage,
    'meta.editor.line': fields.editor,
  });

  // The time the page prints; the meta tag's seconds when it names the same minute and the page
  // prints none (seconds the page prints win: a mobile header's 17:00:12, any time not on the
  // minute); the meta tag alone when the page prints no time (a later edit otherwise). Seed posts:
  // the front matter.
  const shown = r.publishedAt ?? null;
  const printsSeconds = !!shown && (!!r.publishedAtSeconds || shown.slice(17, 19) !== '00');
  const publishedAt = choose(ctx, 'publishedAt', {
    'meta.publishedAt.front-matter': seed ? shown : null,
    'meta.publishedAt.shown-seconds': !seed && shown && !printsSeconds && meta.publishedAt && sameMinute(shown, meta.publishedAt) ? meta.publishedAt : null,
    'meta.publishedAt.shown': seed ? null : shown,
    'meta.publishedAt.meta': seed ? null : meta.publishedAt,
  });
  // Old pages put the headline into meta keywords; that is not a keyword.
  const titleKey = compactText(title);
  const keywords = [...new Set([...(r.keywords ?? []), ...meta.keywords])].filter((k) => compactText(k) !== titleKey);
  if (meta.keywordNoise.length) ctx.trace.add({ stage: 'metadata', rule: KEYWORD_NOISE.id, action: 'remove', reason: KEYWORD_NOISE.reason, field: 'keywords', text: meta.keywordNoise.join(',') });
  if (keywords.length) choose(ctx, 'keywords', { 'meta.keywords.meta': keywords }, (v) => v.join(','));
  for (const id of facts.stockRules) ctx.trace.add({ stage: 'metadata', rule: id, action: 'keep', reason: 'a stock shape in the body names a code', field: 'stocks' });
  for (const r of facts.refusedStocks) ctx.trace.add({ stage: 'metadata', rule: r.rule.id, action: 'skip', reason: r.rule.reason, text: r.context, field: 'stocks', value: r.code });
  // Stocks the article's own words name by printed code (tables and captions are not read): after
  // the linked ones, which name the same code with the page's own name for it.
  const printed: Stock[] = [];
  const printedCodes = new Set<string>();
  read: for (const b of blocks) {
    if (b.type !== 'paragraph' && b.type !== 'heading' && b.type !== 'quote') continue;
    ctx.deadline.tick();
    for (const s of printedStocks(b.text)) {
      // A run of codes past the bound is a list pasted as text, not the article's stocks (MAX_PRINTED_STOCKS).
      if (!printedCodes.has(s.code) && printedCodes.size >= MAX_PRINTED_STOCKS) {
        ctx.trace.add({ stage: 'metadata', rule: STOCK_PRINTED_CODE.id, action: 'skip', reason: `${STOCK_PRINTED_CODE.reason}; past ${MAX_PRINTED_STOCKS} printed codes the rest are a list, not read`, text: b.text.slice(0, 80), field: 'stocks', value: null });
        break read;
      }
      printedCodes.add(s.code);
      printed.push(s);
      ctx.trace.add({ stage: 'metadata', rule: STOCK_PRINTED_CODE.id, action: 'keep', reason: STOCK_PRINTED_CODE.reason, text: s.name ? `${s.name} ${s.code}` : s.code, field: 'stocks', value: s.code });
    }
  }
  const stocks = printed.length ? mergeStocks(facts.stocks, printed) : facts.stocks;
  if (stocks.length) choose(ctx, 'stocks', { 'meta.stocks.links': stocks }, (v) => v.map((s) => s.code).join(','));
  const notDropped = (u: string | null) => (u && !input.droppedImages.has(u) ? u : null);
  const leadImage = choose(ctx, 'leadImage', {
    'meta.leadImage.body': images[0]?.src,
    'meta.leadImage.template': notDropped(cleanImage(r.leadImage, base)),
    'meta.leadImage.og': notDropped(cleanImage(meta.leadImage, base)),
  });
  return { title, originalTitle, publishedAt, source, authors, editor, keywords, stocks, leadImage, images };
}
