/**
 * JSON Lines in the CLI's `--format jsonl` schema: one `Article` per line, `JSON.stringify` of the
 * object, `\n` after each. Reading never evaluates anything: each line goes through `JSON.parse`
 * and then `validateArticle`; a bad line is reported with its number and skipped.
 */
import type { Article } from '../article';
import { InvalidArticle, validateArticle } from './validate';

/** Longest line read (characters); a longer one is reported, not parsed. */
export const MAX_LINE_CHARS = 16_000_000;

export type LineProblemReason = 'json' | 'not-article' | 'too-long';

export interface LineProblem {
  /** 1-based line number in the file. */
  line: number;
  reason: LineProblemReason;
  /** What exactly was wrong (field path and expectation, or the JSON parser's message). */
  detail: string;
}

export interface ParsedJsonl {
  articles: { line: number; article: Article }[];
  problems: LineProblem[];
  /** Fields the lines had that an Article does not (not stored), with the lines they were on. */
  dropped: { field: string; lines: number[] }[];
  /** Non-blank lines read. */
  lines: number;
}

export function parseJsonl(text: string): ParsedJsonl {
  const out: ParsedJsonl = { articles: [], problems: [], dropped: [], lines: 0 };
  const dropped = new Map<string, number[]>();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let start = 0;
  let lineNo = 0;
  while (start <= body.length) {
    let end = body.indexOf('\n', start);
    if (end < 0) end = body.length;
    lineNo += 1;
    const raw = body.slice(start, end).replace(/\r$/, '');
    start = end + 1;
    if (!raw.trim()) continue;
    out.lines += 1;
    if (raw.length > MAX_LINE_CHARS) {
      out.problems.push({ line: lineNo, reason: 'too-long', detail: `${raw.length} characters (at most ${MAX_LINE_CHARS})` });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      out.problems.push({ line: lineNo, reason: 'json', detail: String((e as Error).message ?? e) });
      continue;
    }
    try {
      const v = validateArticle(value);
      out.articles.push({ line: lineNo, article: v.article });
      for (const f of v.dropped) {
        const at = dropped.get(f) ?? [];
        at.push(lineNo);
        dropped.set(f, at);
      }
    } catch (e) {
      if (!(e instanceof InvalidArticle)) throw e;
      out.problems.push({ line: lineNo, reason: 'not-article', detail: e.message });
    }
  }
  out.dropped = [...dropped].map(([field, lines]) => ({ field, lines }));
  return out;
}

/** One line per Article, exactly as `sina-clean -f jsonl` writes it. */
export function toJsonl(articles: readonly Article[]): string {
  let s = '';
  for (const a of articles) s += `${JSON.stringify(a)}\n`;
  return s;
}
