/**
 * The lines stage: the body's text blocks are classified line by line. Promo paragraphs go
 * (rules.PROMO_PARAGRAPHS); lines that carry metadata move out of the text into their field
 * (rules.META_LINES: 责任编辑, 原标题, 来源 at the top or bottom edge); bylines are read for authors
 * and the outlet. Input: the blocks in page order; output: the blocks that stay and the fields read.
 */
import type { Block } from '../article';
import { META_LINES, PROMO_PARAGRAPHS } from '../rules';
import type { Ctx } from './context';
import { editorName, parseByline, splitNames } from './meta';
import { normalizeText } from './text';

/** What the lines carried, for the metadata stage. */
export interface LineFields {
  editor: string | null;
  originalTitle: string | null;
  /** Outlet named by a 来源 line at the top or bottom edge. */
  source: string | null;
  /** Outlet named by a byline near the edge. */
  bylineSource: string | null;
  authors: string[];
}

/** 来源 lines count only near the top or the bottom; mid-article "来源：" is a chart's data source. */
const EDGE = 3;

type TextBlock = Extract<Block, { type: 'paragraph' | 'heading' }>;
const isText = (b: Block): b is TextBlock => b.type === 'paragraph' || b.type === 'heading';

export function sortLines(input: readonly Block[], ctx: Ctx): { blocks: Block[]; fields: LineFields } {
  const { trace } = ctx;
  const fields: LineFields = { editor: null, originalTitle: null, source: null, bylineSource: null, authors: [] };
  // Promo paragraphs go first, so that "the first and last few" paragraphs are counted among the
  // article's own lines (the same whether the page or the tool's own output is read).
  const blocks: Block[] = [];
  input.forEach((b, i) => {
    ctx.deadline.tick();
    const promo = isText(b) ? PROMO_PARAGRAPHS.find((r) => r.pattern.test(b.text)) : undefined;
    if (!promo) blocks.push(b);
    else trace.add({ stage: 'lines', rule: promo.id, action: 'remove', reason: promo.reason, text: (b as TextBlock).text }, i);
  });
  // For each text block, how many of the article's own lines come before it: not metadata lines,
  // not lines that are only a byline (both may move out, and the count must not depend on that).
  const movable = (t: string) => META_LINES.some((r) => r.pattern.test(t)) || !!parseByline(t)?.standalone;
  const before = new Map<number, number>();
  let total = 0;
  blocks.forEach((b, i) => {
    ctx.deadline.tick();
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
    ctx.deadline.tick();
    if (!isText(b)) {
      kept.push(b);
      return;
    }
    const t = b.text;
    for (const rule of META_LINES) {
      const m = t.match(rule.pattern);
      if (!m) continue;
      // A 来源 sentence inside the article (a chart's or a figure's source: 来源：国家统计局，数据截至
      // 9月末，下同。) is the article's own text and stays; a bare credit line (来源：中国国防报) goes.
      if (rule.id === 'line.source' && !nearEdge(i) && /[，。；,;]/.test(m[1] ?? '')) break;
      const value = normalizeText(m[rule.keep === 1 ? 2 : 1] ?? '');
      const keep = rule.keep ? normalizeText(m[rule.keep] ?? '') : '';
      let chosen: string | null = null;
      if (rule.field === 'editor') chosen = fields.editor ??= editorName(value);
      else if (rule.field === 'originalTitle') chosen = fields.originalTitle ??= value || null;
      else if (rule.field === 'source') {
        if (value.length > 40) continue;
        // "来源：光明日报 作者：吴亚琦 图片：新华社等": the outlet, then credits.
        const [outlet = '', ...credits] = value.split(/\s+(?=(?:作者|记者|编辑|图片|摄影)\s*[：:])/);
        if (nearEdge(i)) chosen = fields.source ??= outlet || null;
        for (const c of credits) {
          const cm = c.match(/^(?:作者|记者)\s*[：:]\s*(.+)$/);
          if (cm) addAuthors(splitNames(cm[1]!));
        }
      }
      trace.add({ stage: 'lines', rule: rule.id, action: 'move', reason: rule.reason, text: t, field: rule.field, value: chosen }, i);
      if (keep) kept.push({ type: b.type, text: keep });
      return;
    }
    if (nearEdge(i)) {
      const by = parseByline(t);
      if (by) {
        addAuthors(by.authors);
        fields.bylineSource ??= by.source;
        // A line that is only the byline is metadata; a byline opening a sentence stays as text.
        if (by.standalone && by.authors.length) {
          trace.add({ stage: 'lines', rule: 'byline.standalone', action: 'move', reason: 'a line that is only a byline: its names go to authors', text: t, field: 'authors', value: by.authors.join('、') }, i);
          return;
        }
      }
    }
    kept.push(b);
  });
  return { blocks: kept, fields };
}
