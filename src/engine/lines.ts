/**
 * The lines stage: the body's text blocks are classified line by line with the rule tables, in this
 * precedence: metadata lines first (src/rules/lines.ts: 责任编辑, 原标题 and a 来源 line at an edge
 * move into their field; an outlet's app credit goes; a compiled-from credit stays), then
 * boilerplate (src/rules/boilerplate.ts: whole lines, runs of a lead-in and the titles after it,
 * inline spans such as live quote numbers), then bylines (src/rules/bylines.ts: they stay in the
 * text and are read into authors and the outlet). A body line repeating the headline goes too.
 *
 * Where a rule applies (`where`) is counted in the article's own lines: lines that are neither a
 * metadata line, nor boilerplate, nor the repeated headline. Those are recognised by their words
 * alone, so the count is the same when the tool's own output, which no longer holds them, is read
 * again. Input: the blocks in page order; output: the blocks that stay and the fields read.
 */
import type { Block, Inline } from '../article';
import { BOILERPLATE, boilerplateOf } from '../rules/boilerplate';
import { BYLINES, CORRESPONDENT, CREDIT_LINE, CREDIT_LINE_SHAPE, mentionedOutlet, namesInRunningText, readByline, type BylineReading } from '../rules/bylines';
import { DESK_BEFORE_NAMES, deskBeforeNames, PERSON_AFTER_NAME } from '../rules/names';
import { BARE_NAME_FIRST, CREDITS_EDITOR, creditLabel, creditsEditor, FIGURE_CREDIT, LINES, HEADLINE_SERIES_TAG, HEADLINE_VARIANT, headlineVariant, PICTURE_CREDIT_ALONE, ORIGINAL_TITLE_CONTINUED, ORIGINAL_TITLE_RUNS_ON, readEditor, refusedCreditsEditor, REPEATED_HEADLINE, seriesTaggedRest } from '../rules/lines';
import { isOutlet, listNamesOutlets, outletRefusal, SOURCE_LIST } from '../rules/metadata';
import { splitNames } from '../rules/names';
import type { BoilerplateClass, Recognizer, Where } from '../rules/types';
import { tableTester } from '../rules/screen';
import type { Ctx } from './context';
import { compactText, normalizeRuns, normalizeText } from './text';

/** Outlets the body names, by the place that names them (the metadata stage asks them in FIELD_ORDER.source). */
export interface BodyOutlets {
  /** A 来源 line at an edge, the 来源 of a 原标题 line, a dated （来源：X）, an outlet's app credit. */
  line: string | null;
  /** 文：《X》. */
  wenOutlet: string | null;
  /** The lead byline or dispatch. */
  byline: string | null;
  /** 每日经济新闻综合自… closing the article. */
  compiled: string | null;
  /** A closing credit naming the outlet in full. */
  closing: string | null;
  /** The outlet whose own reporter the lead mentions in running text (极目新闻记者实地探访发现…). */
  mention: string | null;
  /** The account's masthead over the credits (DT财经 above 作者 | X, 财经十一人 文 | X). */
  masthead: string | null;
}

/** What the lines carried, for the metadata stage. */
export interface LineFields {
  editor: string | null;
  originalTitle: string | null;
  outlets: BodyOutlets;
  authors: string[];
  /** The body's own copy of the headline, as printed (it restores a seed title the generator damaged). */
  headline: string | null;
  /** Whether the lead byline's outlet is a dispatch's (中新网北京9月28日电): the wire's own name for itself. */
  bylineDispatch: boolean;
  /** Whether the lead byline's outlet is a writer's credit's (文丨每经 张三): the credit names its outlet, however short. */
  bylineCredit: boolean;
}

/** How many of the article's own lines from the top or the bottom count as its edge (for `where`). */
export const EDGE = 3;

/** Byline entries that name people in a credit (photographer, desk editor, production): no author, no outlet. */
const CREDITS_ONLY = new Set(['byline.photo', 'byline.desk-editor', 'byline.production-credits']);

/** Which outlet a metadata line that stays in the text offers (the metadata stage asks them in FIELD_ORDER.source). */
const KEPT_CREDIT_SLOT: Readonly<Record<string, keyof BodyOutlets>> = {
  'line.compiled-from': 'compiled',
  'line.bracket-source': 'closing',
  'line.print-edition': 'closing',
  'line.source-several': 'line',
  'line.source-credits': 'line',
  'line.source-dateline': 'line',
};

/** 来源 lines that name an outlet, unless they sit right under a figure (FIGURE_CREDIT). */
const SOURCE_LINES = new Set(['line.source', 'line.source-credits', 'line.source-dateline', 'line.source-several']);

type TextBlock = Extract<Block, { type: 'paragraph' | 'heading' | 'quote' }>;
const isText = (b: Block): b is TextBlock => b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote';

/** Quote marks differ between a headline and its copy in the body (and the seed generator writes _ for them). */
const headlineKey = (s: string) => compactText(s).replace(/["“”'‘’「」_]/g, '');

/** What pass one (words alone, no position) found a line to be. */
type Kind =
  | { kind: 'own' }
  | { kind: 'meta'; rule: Recognizer; groups: Record<string, string | undefined> }
  | { kind: 'boilerplate'; rule: BoilerplateClass }
  | { kind: 'run'; rule: BoilerplateClass; items: number[] }
  | { kind: 'item' }
  | { kind: 'headline'; tagged?: boolean; variant?: boolean };

/** Every line's kind before pass one classifies it (shared: kinds are replaced, never changed). */
const OWN: Kind = { kind: 'own' };
const NO_SPANS: Span[] = [];
const NO_LINES: readonly string[] = [];

/** The article's own line: not a metadata line that moves, not boilerplate, not the repeated headline. */
const isOwn = (k: Kind) => k.kind === 'own' || (k.kind === 'meta' && k.rule.line === 'keep');

/** A line whose place is `before` own lines after the top and `after` own lines before the bottom. */
function placed(where: Where, before: number, after: number): boolean {
  if (where === 'lead') return before < EDGE;
  if (where === 'tail') return after < EDGE;
  // The last line is asked of the line itself (ownByline); here it is one of the last lines.
  if (where === 'last') return after < EDGE;
  if (where === 'edge') return before < EDGE || after < EDGE;
  return true;
}

/** Which metadata-line patterns may match a line (src/rules/screen.ts): the others are not run on it. */
const LINES_SCREEN = tableTester(LINES.map((r) => r.pattern));

function firstMeta(text: string): { rule: Recognizer; groups: Record<string, string | undefined> } | null {
  const t = text.trim();
  const candidates = LINES_SCREEN.start(t);
  for (let i = 0; i < candidates.length; i++) {
    const k = candidates[i]!;
    if (!LINES_SCREEN.may(k)) continue;
    const rule = LINES[k]!;
    const m = t.match(rule.pattern);
    if (m) return { rule, groups: { ...(m.groups ?? {}) } };
  }
  return null;
}

/** The inline classes' patterns, global, with a quick test (non-global) to skip lines without any. */
const INLINE = BOILERPLATE.filter((c) => c.scope === 'inline').flatMap((c) =>
  c.patterns.map((p) => {
    const any = new RegExp(p.source, p.flags.replace('g', ''));
    return { rule: c, all: new RegExp(p.source, p.flags.includes('g') ? p.flags : `${p.flags}g`), any };
  }),
);

/** The spans of inline boilerplate (live quote numbers, a dead 详情>> marker) in `text`, by class. */
interface Span {
  rule: BoilerplateClass;
  start: number;
  end: number;
}

/** Which inline patterns may occur in a text (src/rules/screen.ts): the others are not run on it. */
const INLINE_SCREEN = tableTester(INLINE.map((p) => p.any));

function inlineSpans(text: string): Span[] {
  const out: Span[] = [];
  const candidates = INLINE_SCREEN.start(text);
  for (let i = 0; i < candidates.length; i++) {
    const k = candidates[i]!;
    const p = INLINE[k]!;
    if (!INLINE_SCREEN.may(k) || !p.any.test(text)) continue;
    for (const m of text.matchAll(p.all)) if (m[0]) out.push({ rule: p.rule, start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A line's text with its inline spans cut out (the last first, as found), normalised. */
function withoutSpansText(text: string, spans: readonly Span[]): string {
  let t = text;
  for (let k = spans.length - 1; k >= 0; k--) t = t.slice(0, spans[k]!.start) + t.slice(spans[k]!.end);
  return normalizeText(t);
}

/** The block with its inline boilerplate spans (found in its text) cut out (runs keep their links), or null when nothing is left. */
function withoutSpans(b: TextBlock, spans: readonly Span[], at: number, ctx: Ctx): TextBlock | null {
  if (!spans.length) return b;
  const cut = (i: number) => spans.some((s) => i >= s.start && i < s.end);
  for (const s of spans) ctx.trace.add({ stage: 'lines', rule: s.rule.id, action: 'remove', reason: s.rule.reason, text: b.text.slice(s.start, s.end) }, at);
  const runs: Inline[] = b.inlines ?? [{ text: b.text }];
  const kept: Inline[] = [];
  let pos = 0;
  for (const r of runs) {
    let t = '';
    for (let i = 0; i < r.text.length; i++) if (!cut(pos + i)) t += r.text[i];
    pos += r.text.length;
    kept.push(r.href ? { text: t, href: r.href } : { text: t });
  }
  const n = normalizeRuns(kept);
  if (!n.text) return null;
  return n.inlines.some((i) => i.href) ? { type: b.type, text: n.text, inlines: n.inlines } : { type: b.type, text: n.text };
}

/** The names after 作者：/作   者丨 in a 来源 line's credits, up to the next credit's label (after a space or the bar: 作者丨张三丨编辑丨李四). */
const CREDIT_AUTHORS = new RegExp(String.raw`${creditLabel('作者|记者')}\s*(.+?)(?=(?:\s+|\s*[|｜丨]\s*)${creditLabel('编辑|责编|图片|摄影|校对|作者|记者')}|$)`);

/** Names after 作者： in a 来源 line's credits (来源：光明日报 作者：吴亚琦 图片：新华社, 作   者丨陈植). */
function creditAuthors(credits: string): string[] {
  const m = credits.match(CREDIT_AUTHORS);
  // The bar parts a credit's label from its names, never one name from another (names are listed
  // with 、 or spaces): 作者丨欧阳丨明 cannot be read whole, and no author is safer than half a name.
  if (!m || /[|｜丨]/.test(m[1]!)) return [];
  return splitNames(m[1]!);
}

/** Byline entries by id (the first of an id, as a search of the table finds it). */
const BYLINE_BY_ID = new Map<string, Recognizer>();
for (const r of BYLINES) if (!BYLINE_BY_ID.has(r.id)) BYLINE_BY_ID.set(r.id, r);
/** Byline entries read from the article's last text line only (where: 'last'). */
const LAST_LINE_BYLINES = BYLINES.filter((r) => r.where === 'last');

/** Whether a text block of `blocks` prints `s`. */
function printedIn(blocks: readonly Block[], s: string): boolean {
  for (const x of blocks) if (isText(x) && x.text.includes(s)) return true;
  return false;
}

/**
 * The byline an article's own line is (`line`, its text without inline spans), asked only of the
 * entries its place allows: `at` own lines above it, `rest` below, `next` the next text line (-1
 * for none), `runBefore` the names run the line before it was. A function of its own, so that
 * sortLines' loop holds no variable these closures capture (a context object per line).
 */
/** The roles of a writer's credit a masthead is printed over (作者, 作   者, 文, 撰文). */
const WRITER_ROLE = /^(?:作[ \u3000\u00a0]*者|文|撰[ \u3000\u00a0]*文)$/;

function ownByline(line: string, b: TextBlock, at: number, rest: number, next: number, kinds: readonly Kind[], stripped: readonly string[], runBefore: { id: string; heading: boolean } | null, closing: { last: boolean; others: readonly string[] }): BylineReading | null {
  const nextRule = next >= 0 && kinds[next]!.kind === 'meta' ? (kinds[next] as { rule: Recognizer }).rule.id : null;
  // A names run continues inside a block of credits: the next text line is a credit or a metadata line too.
  const creditNext = () => next >= 0 && (kinds[next]!.kind === 'meta' || CREDIT_LINE.test(stripped[next]!.trim()) || !!readByline(stripped[next]!)?.standalone);
  const continues = (r: Recognizer) => !r.continues || (!!runBefore && r.continues.includes(runBefore.id) && (b.type !== 'heading' || runBefore.heading) && creditNext());
  // A masthead is read only right above the writer's credit (作   者 | X, 文 | X): Recognizer.aboveCredit.
  const writerBelow = () => {
    if (next < 0 || kinds[next]!.kind !== 'own') return false;
    const by = readByline(stripped[next]!);
    return !!by && by.standalone && by.at === 0 && by.authors.length > 0 && WRITER_ROLE.test(by.role ?? '');
  };
  // A 'last' rule reads the article's last text line only, and only when no other of its last lines
  // reads so too (where: 'last').
  const lastOfAll = (r: Recognizer) => closing.last && !closing.others.some((o) => r.pattern.test(o.trim()));
  // Asked before the reading, never from inside it: readByline's screen holds the line it is reading.
  const below = at < EDGE && writerBelow();
  return readByline(line, (r) => placed(r.where, at, rest) && (r.where !== 'last' || lastOfAll(r)) && (!r.followedBy || r.followedBy === nextRule) && continues(r) && (!r.aboveCredit || below));
}

/**
 * Whether the block before `i` is a picture or a table, perhaps with the figure's own caption, note or
 * unit lines between (FIGURE_CREDIT.pattern: 图：…, 注：…, 单位：…), and the article has own lines above
 * the figure (`before`): a lead picture's 来源 stays the outlet's.
 */
function underFigure(input: readonly Block[], i: number, before: readonly number[]): boolean {
  let j = i - 1;
  while (j >= 0 && i - j <= 3 && isText(input[j]!) && FIGURE_CREDIT.pattern.test((input[j] as TextBlock).text.trim())) j--;
  const b = input[j];
  return !!b && (b.type === 'image' || b.type === 'table') && before[j]! > 0;
}

/** Whether a picture or a table stands anywhere above line `i`. */
function figureAbove(input: readonly Block[], i: number): boolean {
  for (let j = 0; j < i; j++) if (input[j]!.type === 'image' || input[j]!.type === 'table') return true;
  return false;
}

/** Whether a picture, a video or a chart stands within PICTURE_CREDIT_ALONE.reach blocks of line `i`. */
function pictureNear(input: readonly Block[], i: number): boolean {
  const reach = PICTURE_CREDIT_ALONE.reach;
  for (let j = Math.max(0, i - reach); j <= Math.min(input.length - 1, i + reach); j++) {
    const t = input[j]!.type;
    if (t === 'image' || t === 'video' || t === 'table') return true;
  }
  return false;
}

export function sortLines(input: readonly Block[], headline: string | null, ctx: Ctx): { blocks: Block[]; fields: LineFields } {
  const { trace } = ctx;
  const fields: LineFields = {
    editor: null,
    originalTitle: null,
    outlets: { line: null, wenOutlet: null, byline: null, compiled: null, closing: null, mention: null, masthead: null },
    authors: [],
    headline: null,
    bylineDispatch: false,
    bylineCredit: false,
  };

  // Pass one: what each text line is by its words alone (a line is classified on its text with and
  // without inline spans, so that reading the tool's own output, which has them cut, agrees).
  // The per-line arrays are filled in one plain loop (no callback per array: every distinct function
  // a call runs costs several microseconds when other work ran since the last call).
  const n = input.length;
  const kinds: Kind[] = new Array<Kind>(n);
  const spansOf: Span[][] = new Array<Span[]>(n);
  const stripped: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const b = input[i]!;
    kinds[i] = OWN;
    if (!isText(b)) {
      spansOf[i] = NO_SPANS;
      stripped[i] = '';
      continue;
    }
    const spans = (spansOf[i] = inlineSpans(b.text));
    stripped[i] = spans.length ? withoutSpansText(b.text, spans) : b.text;
  }
  for (let i = 0; i < input.length; i++) {
    ctx.deadline.tick();
    const b = input[i]!;
    if (!isText(b) || kinds[i]!.kind !== 'own') continue;
    const plain = stripped[i] === b.text;
    const meta = firstMeta(b.text) ?? (plain ? null : firstMeta(stripped[i]!));
    if (meta && meta.rule.line !== 'keep') {
      kinds[i] = { kind: 'meta', ...meta };
      continue;
    }
    if (meta) kinds[i] = { kind: 'meta', ...meta };
    const cls = boilerplateOf(b.text) ?? (plain ? null : boilerplateOf(stripped[i]!));
    if (!cls) continue;
    if (cls.scope === 'run' && cls.run) {
      const items: number[] = [];
      for (let j = i + 1; j < input.length && items.length < cls.run.max; j++) {
        const n = input[j]!;
        if (n.type === 'image' || n.type === 'video') continue;
        if (!isText(n) || !cls.run.item.test(n.text.trim()) || firstMeta(n.text)) break;
        items.push(j);
      }
      kinds[i] = { kind: 'run', rule: cls, items };
      for (const j of items) kinds[j] = { kind: 'item' };
      i = items.length ? items[items.length - 1]! : i;
    } else kinds[i] = { kind: 'boilerplate', rule: cls };
  }
  // The headline repeated among the first lines (some pages print it twice): at most one other
  // line of content may come before a copy.
  let originalTitle: string | null = null;
  for (let i = 0; i < n; i++) {
    const k = kinds[i]!;
    if (k.kind === 'meta' && k.rule.id === 'line.original-title') {
      originalTitle = k.groups.title ?? null;
      // A title printed on two lines (原标题：X——, then Y): the next line is the rest of it (ORIGINAL_TITLE_CONTINUED).
      const nb = input[i + 1];
      const rest = nb && isText(nb) && kinds[i + 1]!.kind === 'own' && originalTitle && ORIGINAL_TITLE_RUNS_ON.test(originalTitle.trim()) ? stripped[i + 1]!.trim() : '';
      const m = rest && !CREDIT_LINE.test(rest) && !readByline(rest) ? rest.match(ORIGINAL_TITLE_CONTINUED.pattern) : null;
      if (m?.groups?.title) {
        originalTitle = `${originalTitle!.trim()}${m.groups.title}`;
        kinds[i] = { ...k, groups: { ...k.groups, title: originalTitle } };
        kinds[i + 1] = { kind: 'meta', rule: ORIGINAL_TITLE_CONTINUED, groups: { ...m.groups } };
      }
      break;
    }
  }
  /** Whether one of the article's own text lines follows line `i`. */
  const ownTextAfter = (i: number): boolean => {
    for (let j = i + 1; j < n; j++) if (isText(input[j]!) && kinds[j]!.kind === 'own') return true;
    return false;
  };
  const wanted: string[] = [];
  for (const x of [headline, originalTitle]) {
    const key = x ? headlineKey(x) : '';
    if (key) wanted.push(key);
  }
  let others = 0;
  for (let i = 0; i < input.length && others < 2 && wanted.length; i++) {
    const b = input[i]!;
    const k = kinds[i]!;
    if (b.type === 'image' || b.type === 'video' || !isOwn(k)) continue;
    if (isText(b) && wanted.includes(headlineKey(b.text))) kinds[i] = { kind: 'headline' };
    // The copy opened by its series or column in brackets (（中国这十年）陈雨露：…) is the headline too.
    else if (isText(b) && wanted.includes(headlineKey(seriesTaggedRest(b.text) ?? ''))) kinds[i] = { kind: 'headline', tagged: true };
    // The first line printing the headline otherwise (other punctuation, the original longer headline).
    // Not a dispatch or a byline (新华社北京5月18日电题：<headline> is the wire's credit), and never the
    // article's only line (a picture's one-line caption naming the title is the post's words).
    else if (isText(b) && k.kind === 'own' && others === 0 && [headline, originalTitle].some((x) => !!x && headlineVariant(b.text, x)) && !readByline(stripped[i]!, () => true) && ownTextAfter(i)) kinds[i] = { kind: 'headline', variant: true };
    // A byline line above the copy (澎湃新闻记者 X) does not make it less of a repeat.
    else if (!(isText(b) && readByline(stripped[i]!)?.standalone)) others++;
  }

  // The article's own lines before each line (`before`; after it: total - before - own), and the
  // next text line after each line (a byline may be read only before a given metadata line).
  const own: boolean[] = new Array<boolean>(n);
  const before: number[] = new Array<number>(n);
  const nextText: number[] = new Array<number>(n);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const o = isText(input[i]!) && isOwn(kinds[i]!);
    own[i] = o;
    before[i] = total;
    if (o) total++;
  }
  for (let i = n - 1, next = -1; i >= 0; i--) {
    nextText[i] = next;
    if (isText(input[i]!)) next = i;
  }

  const kept: Block[] = [];
  const addAuthors = (names: readonly string[]) => {
    for (const a of names) if (!fields.authors.includes(a)) fields.authors.push(a);
  };
  /** An outlet for `slot` unless it names none (trace says which rule refused it). */
  const offerOutlet = (slot: keyof BodyOutlets, value: string | null | undefined, from: 'line' | 'lead' | 'closing' | 'any', at: number) => {
    const v = normalizeText(value ?? '');
    if (!v || fields.outlets[slot]) return;
    const refused = outletRefusal(v, from);
    if (!refused) {
      fields.outlets[slot] = v;
      return;
    }
    trace.add({ stage: 'lines', rule: refused.id, action: 'skip', reason: refused.reason, text: v, field: 'source', value: null }, at);
  };
  // Every line kept is input[i] (or a copy with another type): its spans were found in pass one.
  const keepLine = (b: TextBlock, i: number) => {
    const s = withoutSpans(b, spansOf[i]!, i, ctx);
    if (s) kept.push(s);
    else trace.add({ stage: 'lines', rule: 'line.empty', action: 'remove', reason: 'nothing but inline boilerplate was on the line', text: b.text }, i);
  };

  // The byline the previous text line was, as a whole line naming two or more people (a names run
  // may continue on the next line: BYLINES entries with `continues`).
  let lastRun: { id: string; heading: boolean } | null = null;
  let creditEditor: string | null = null;
  // The article's own text lines other than line k (asked only by the two byline checks below).
  // Whether one of the article's own lines follows line k that is no credit or metadata line (编辑：王五,
  // 校对丨李四, a standalone byline): those close the post, below its last line of text. A credit's
  // role and a sentence (编辑：我们会继续关注此事。) is the article's own line (CREDIT_LINE_SHAPE).
  const articleLineAfter = (k: number): boolean => {
    for (let j = k + 1; j < n; j++) {
      if (!own[j]) continue;
      const s = stripped[j]!.trim();
      if (kinds[j]!.kind === 'meta' || CREDIT_LINE_SHAPE.pattern.test(s) || readByline(s)?.standalone) continue;
      return true;
    }
    return false;
  };
  // The article's own text lines other than line k among its last EDGE ones.
  const lastOthers = (k: number): string[] => input.flatMap((x, j) => (j !== k && own[j] && total - before[j]! - 1 < EDGE ? [stripped[j]!] : []));
  const othersThan = (k: number): string[] => input.flatMap((x, j) => (j !== k && isText(x) && isOwn(kinds[j]!) ? [stripped[j]!] : []));
  for (let i = 0; i < input.length; i++) {
    ctx.deadline.tick();
    const b = input[i]!;
    if (!isText(b)) {
      kept.push(b);
      continue;
    }
    const runBefore = lastRun;
    lastRun = null;
    const k = kinds[i]!;
    const t = b.text;
    const at = before[i]!;
    const rest = total - at - (own[i] ? 1 : 0);
    if (k.kind === 'headline') {
      // A variant is not the headline's own copy: it repairs no title.
      if (!k.variant) fields.headline ??= k.tagged ? (seriesTaggedRest(t) ?? t) : t;
      const rule = k.tagged ? HEADLINE_SERIES_TAG : k.variant ? HEADLINE_VARIANT : REPEATED_HEADLINE;
      trace.add({ stage: 'lines', rule: rule.id, action: 'remove', reason: rule.reason, text: t }, i);
      continue;
    }
    if (k.kind === 'item') continue; // taken with its lead-in (or kept with it, below)
    if (k.kind === 'boilerplate' || k.kind === 'run') {
      const items = k.kind === 'run' ? k.items : [];
      if (placed(k.rule.where, at, rest)) {
        trace.add({ stage: 'lines', rule: k.rule.id, action: 'remove', reason: k.rule.reason, text: t }, i);
        for (const j of items) trace.add({ stage: 'lines', rule: k.rule.id, action: 'remove', reason: `${k.rule.reason} (a title listed after the lead-in)`, text: (input[j] as TextBlock).text }, j);
        continue;
      }
      // Not where this class sits: the article's words after all.
      keepLine(b, i);
      for (const j of items) keepLine(input[j] as TextBlock, j);
      continue;
    }
    // A 来源 line right under a chart or a table, between the article's own lines: the figure's credit.
    // Credits and metadata lines below it (编辑：王五) close the post and are none of the article's lines.
    if (k.kind === 'meta' && SOURCE_LINES.has(k.rule.id) && rest > 0 && underFigure(input, i, before) && articleLineAfter(i)) {
      trace.add({ stage: 'lines', rule: FIGURE_CREDIT.id, action: 'keep', reason: FIGURE_CREDIT.reason, text: t, field: 'source', value: null }, i);
      keepLine(b, i);
      continue;
    }
    if (k.kind === 'meta' && k.rule.line !== 'keep') {
      const { rule, groups: g } = k;
      if (!placed(rule.where, at, rest)) {
        trace.add({ stage: 'lines', rule: rule.id, action: 'keep', reason: `${rule.reason}; not at its place in the body: it stays text`, text: t }, i);
        keepLine(b, i);
        continue;
      }
      let field = '';
      let value: string | null = null;
      if (rule.id === 'line.editor') {
        field = 'editor';
        value = fields.editor ??= readEditor(t)?.name ?? readEditor(stripped[i]!)?.name ?? null;
      } else if (rule.id === 'line.original-title' || rule.id === 'line.original-title-closing' || rule.id === ORIGINAL_TITLE_CONTINUED.id) {
        field = 'originalTitle';
        value = fields.originalTitle ??= normalizeText(g.title ?? '') || null;
        if (g.source) offerOutlet('line', g.source, 'line', i);
      } else {
        field = 'source';
        // A 来源 line at the top of the body (no text, picture or table above it) heads the text it
        // names: a data maker's (来源：上交所) is the maker's own release and names the outlet.
        const from = at === 0 && !figureAbove(input, i) ? 'lead' : 'line';
        if (rule.id === 'line.source' && g.outlet && !isOutlet(g.outlet, from)) {
          // 来源: 尹娟 names a person, 来源：Wind under a table credits data: no outlet, and the line stays as printed.
          offerOutlet('line', g.outlet, from, i);
          keepLine(b, i);
          continue;
        }
        offerOutlet('line', g.outlet, from, i);
        value = fields.outlets.line;
        if (g.byline) addAuthors(readByline(`${g.outlet}${g.byline}`)?.authors ?? []);
        if (g.credit) addAuthors(readByline(g.credit)?.authors ?? []);
        if (g.credits) addAuthors(creditAuthors(g.credits));
        // The editor the moved line credits (来源丨证券时报 作者丨张三丨编辑丨李四), as a kept one's.
        const ed = g.credits ? creditsEditor(g.credits) : null;
        if (ed && !creditEditor) {
          creditEditor = ed;
          trace.add({ stage: 'lines', rule: CREDITS_EDITOR.id, action: 'keep', reason: CREDITS_EDITOR.reason, text: t, field: 'editor', value: ed }, i);
        }
      }
      trace.add({ stage: 'lines', rule: rule.id, action: rule.line === 'drop' ? 'remove' : 'move', reason: rule.reason, text: t, field, value }, i);
      // A dated （来源：X） keeps its date as the paragraph.
      if (rule.id === 'line.dateline-source' && g.date) kept.push({ type: b.type, text: normalizeText(g.date) });
      continue;
    }
    // The article's own line: a credit that stays (compiled-from, a paragraph closing with its 来源)
    // or a byline is read, and the line stays.
    // A picture's credit with no picture near it (图丨视觉中国, the picture gone with the page's promo
    // or never carried over): it credits nothing the article shows.
    if (k.kind === 'meta' && k.rule.id === 'line.picture-credit' && !PICTURE_CREDIT_ALONE.cover.test(t) && !pictureNear(input, i)) {
      trace.add({ stage: 'lines', rule: PICTURE_CREDIT_ALONE.id, action: 'remove', reason: PICTURE_CREDIT_ALONE.reason, text: t }, i);
      continue;
    }
    if (k.kind === 'meta') {
      const slot = KEPT_CREDIT_SLOT[k.rule.id] ?? 'closing';
      const g = k.groups;
      // A kept 来源 line names the source only at its place, as a moved one does.
      if (slot !== 'line' || placed(k.rule.where, at, rest)) {
        // A list of sources whose other items cannot be people lists outlets (SOURCE_LIST).
        const listed = k.rule.id === 'line.source-several' && !!g.outlet && listNamesOutlets(g.outlet, g.more ?? '', othersThan(i));
        if (listed) trace.add({ stage: 'lines', rule: SOURCE_LIST.id, action: 'keep', reason: SOURCE_LIST.reason, text: g.outlet, field: 'source' }, i);
        else if (k.rule.id === 'line.source-several' && g.outlet && listNamesOutlets(g.outlet, g.more ?? '')) trace.add({ stage: 'lines', rule: SOURCE_LIST.id, action: 'skip', reason: `${SOURCE_LIST.reason}; the article prints ${g.outlet} as a person: no source`, text: g.outlet, field: 'source', value: null }, i);
        offerOutlet(slot, g.outlet, slot === 'line' && !listed ? (at === 0 && !figureAbove(input, i) ? 'lead' : 'line') : 'any', i);
        if (g.byline) addAuthors(readByline(`${g.outlet}${g.byline}`)?.authors ?? []);
        if (g.credits) addAuthors(creditAuthors(g.credits));
      }
      trace.add({ stage: 'lines', rule: k.rule.id, action: 'keep', reason: k.rule.reason, text: t, field: 'source', value: fields.outlets[slot] }, i);
      // The editor a kept 来源 line credits, used when no 责任编辑 line names one (after the loop).
      const ed = slot === 'line' && g.credits && placed(k.rule.where, at, rest) ? creditsEditor(g.credits) : null;
      if (ed && !creditEditor) {
        creditEditor = ed;
        trace.add({ stage: 'lines', rule: CREDITS_EDITOR.id, action: 'keep', reason: CREDITS_EDITOR.reason, text: t, field: 'editor', value: ed }, i);
      }
      const refused = !ed && slot === 'line' && g.credits && placed(k.rule.where, at, rest) ? refusedCreditsEditor(g.credits) : null;
      if (refused && !creditEditor) trace.add({ stage: 'lines', rule: CREDITS_EDITOR.id, action: 'skip', reason: `编辑：${refused} names no person (an outlet, a desk, 综合 or 等人): not the editor`, text: t, field: 'editor', value: null }, i);
    } else {
      // The article's last text line (only end credits and metadata lines after it) and its other last lines.
      const last = rest < EDGE && !articleLineAfter(i);
      const closing = { last, others: last ? lastOthers(i) : NO_LINES };
      let by = ownByline(stripped[i]!, b, at, rest, nextText[i]!, kinds, stripped, runBefore, closing);
      // The last line closes as another of the last lines does (a roundup's items): --explain says why none is read.
      if (!by && closing.others.length) {
        const shared = LAST_LINE_BYLINES.find((r) => r.pattern.test(stripped[i]!.trim()) && closing.others.some((o) => r.pattern.test(o.trim())));
        if (shared) trace.add({ stage: 'lines', rule: shared.id, action: 'skip', reason: `${shared.reason}; another of the article's last paragraphs closes so too: the items' credits, not the article's`, text: t, field: 'authors', value: null }, i);
      }
      // A names run whose words the article's sentences print is a heading (namesInRunningText).
      // Every word: a heading's words are all the article's subject (金融 安全), while a writer's name
      // may be a word the text uses (高峰 in 用电高峰) beside a co-writer's it never prints.
      const others = by?.id === 'byline.names-continued' ? othersThan(i) : [];
      if (by?.id === 'byline.names-continued' && by.names.every((n) => namesInRunningText([n], others))) {
        trace.add({ stage: 'lines', rule: by.id, action: 'skip', reason: `${BYLINE_BY_ID.get(by.id)!.reason}; the article's sentences print these words: a heading, not writers`, text: t, field: 'authors', value: null }, i);
        by = null;
      }
      // A desk printed before the writers (作者：数据宝 郭洁), known as one or named by the article's sentences, is no author.
      if (by?.id === 'byline.role-first' && deskBeforeNames(by.names) && (DESK_BEFORE_NAMES.desks.includes(by.names[0]!) || namesInRunningText([by.names[0]!], othersThan(i), PERSON_AFTER_NAME))) {
        trace.add({ stage: 'lines', rule: DESK_BEFORE_NAMES.id, action: 'skip', reason: DESK_BEFORE_NAMES.reason, text: by.names[0]!, field: 'authors', value: null }, i);
        by = { ...by, authors: by.authors.filter((a) => a !== by!.names[0]) };
      }
      if (by) {
        if (by.correspondents) trace.add({ stage: 'lines', rule: CORRESPONDENT.id, action: 'skip', reason: CORRESPONDENT.reason, text: by.correspondents.join('、'), field: 'authors', value: null }, i);
        if (by.standalone && by.names.length >= 2) lastRun = { id: by.id, heading: b.type === 'heading' };
        addAuthors(by.authors);
        // The account's masthead over the lead credits names the source only when nothing else does.
        if (by.masthead && by.at === 0 && at < EDGE) offerOutlet('masthead', by.masthead, 'any', i);
        // The editor a writer's credit line names after the writers (作者丨张三 编辑丨李四, 文丨张三 编辑丨李四),
        // as a 来源 line's credits do, or a closing credit's 编辑 after the reporters (…华商报记者 李程 编辑 王五):
        // the page's editor when no 责任编辑 line names one.
        const ed = by.authors.length && !CREDITS_ONLY.has(by.id) && (by.id === 'byline.role-first' || by.id === 'byline.wen-bar' || by.editor) ? creditsEditor(by.editor ? `编辑：${by.editor}` : t) : null;
        if (ed && !creditEditor && !by.authors.includes(ed)) {
          creditEditor = ed;
          trace.add({ stage: 'lines', rule: CREDITS_EDITOR.id, action: 'keep', reason: CREDITS_EDITOR.reason, text: t, field: 'editor', value: ed }, i);
        }
        // A photographer's, a desk editor's or a production credit's outlet is not the article's.
        const rule = BYLINE_BY_ID.get(by.id)!;
        // The outlet of a lead byline or dispatch (it opens one of the first lines and has no
        // closing shape; a shape seen at either edge must also sit nearer the top than the
        // bottom), or of a credit closing the article (a tail entry, or one closing a paragraph,
        // even when a short article puts it among its first lines); a byline in mid-article names
        // no outlet.
        // An outlet named only through its web address counts where the page prints its name too.
        const unprinted = by.outletFromAddress && by.outlet && !printedIn(input, by.outlet);
        if (unprinted) trace.add({ stage: 'lines', rule: rule.id, action: 'skip', reason: `${rule.reason}; the outlet its web address names is not printed on the page`, text: by.outlet!, field: 'source', value: null }, i);
        else if (by.outlet && !CREDITS_ONLY.has(by.id)) {
          if (rule.mentions) {
            // The outlet is trusted only as the article's other lines print it (mentionedOutlet).
            const others = input.flatMap((x, j) => (j !== i && isText(x) && isOwn(kinds[j]!) ? [stripped[j]!] : []));
            const named = mentionedOutlet(by.outlet, others);
            if (named) offerOutlet('mention', named, 'any', i);
            else trace.add({ stage: 'lines', rule: rule.id, action: 'skip', reason: `${rule.reason}; no other line of the article prints the outlet`, text: by.outlet, field: 'source', value: null }, i);
          }
          else if (by.id === 'byline.wen-outlet' || by.id === 'byline.author-note-outlet') offerOutlet('wenOutlet', by.outlet, 'any', i);
          else if (rule.where !== 'tail' && !rule.closes && by.at === 0 && at < EDGE && (rule.where === 'lead' || at <= rest)) {
            if (!fields.outlets.byline) {
              fields.bylineDispatch = by.id.startsWith('byline.dispatch');
              fields.bylineCredit = by.id === 'byline.wen-bar';
            }
            offerOutlet('byline', by.outlet, 'any', i);
          }
          else if (rest < EDGE) offerOutlet('closing', by.outlet, 'closing', i);
        }
        trace.add({ stage: 'lines', rule: by.id, action: 'keep', reason: rule.reason, text: t, field: 'authors', value: by.authors.join('、') || null }, i);
        // A byline printed in bold on its own line is the byline, not a subheading.
        if (b.type === 'heading' && by.standalone) {
          keepLine({ ...b, type: 'paragraph' }, i);
          continue;
        }
      }
    }
    keepLine(b, i);
  }
  fields.editor ??= creditEditor;
  bareNameFirst(kept, fields.authors, ctx);
  return { blocks: kept, fields };
}

/**
 * A writer's bare name alone above the lead (张三, then the article, and a credit elsewhere naming
 * 张三 as its author) is the byline (BARE_NAME_FIRST): it stays in the text as printed, a
 * paragraph, never a subheading, and --explain says what it is. A short first line that is not an
 * author's name is left as it is.
 */
function bareNameFirst(blocks: Block[], authors: readonly string[], ctx: Ctx): void {
  if (!authors.length) return;
  const i = blocks.findIndex((b) => b.type !== 'image' && b.type !== 'video');
  const b = blocks[i];
  if (!b || (b.type !== 'paragraph' && b.type !== 'heading') || b.inlines || !BARE_NAME_FIRST.pattern.test(b.text)) return;
  const name = b.text.replace(/[\s\u3000]+/g, '');
  if (!authors.includes(name) || !blocks.slice(i + 1).some((x) => x.type === 'paragraph' && x.text.includes(name))) return;
  if (b.type === 'heading') blocks[i] = { type: 'paragraph', text: b.text };
  ctx.trace.add({ stage: 'lines', rule: BARE_NAME_FIRST.id, action: 'keep', reason: BARE_NAME_FIRST.reason, text: b.text, field: 'authors', value: name }, i);
}
