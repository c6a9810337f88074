/**
 * Scoring: body character-bigram precision/recall/F1, boilerplate left, metadata exact match.
 * Pure functions, so the scoring itself is tested (bench/metrics.test.ts).
 */

/** NFKC, then every whitespace character removed (U+3000 and NBSP included). */
export function normalizeBody(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000\u00a0\u200b\ufeff]+/gu, '');
}

/** Multiset of character bigrams (by code point) of an already normalized string. */
export function bigrams(norm: string): Map<string, number> {
  const chars = Array.from(norm);
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Bigram precision/recall/F1 of a candidate body against the gold body. Two empty bodies agree
 * perfectly (a video page with no text); an empty candidate against a non-empty gold scores 0.
 */
export function bigramPrf(candidate: string, gold: string): Prf {
  const c = bigrams(normalizeBody(candidate));
  const g = bigrams(normalizeBody(gold));
  let cn = 0;
  let gn = 0;
  let overlap = 0;
  for (const n of c.values()) cn += n;
  for (const [k, n] of g) {
    gn += n;
    overlap += Math.min(n, c.get(k) ?? 0);
  }
  if (cn === 0 && gn === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = cn === 0 ? 0 : overlap / cn;
  const recall = gn === 0 ? 0 : overlap / gn;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Markers found in a candidate body that the gold body does not itself contain
 * (compared after the same normalization, so spacing cannot hide a marker).
 */
export function boilerplateHits(candidate: string, gold: string | null, markers: readonly string[]): string[] {
  const c = normalizeBody(candidate);
  const g = gold === null ? '' : normalizeBody(gold);
  const hits: string[] = [];
  for (const m of markers) {
    const nm = normalizeBody(m);
    if (nm && c.includes(nm) && !g.includes(nm)) hits.push(m);
  }
  return hits;
}

const squash = (s: string): string => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

/** Titles: exact after NFKC and whitespace collapsing. */
export function sameTitle(candidate: string | null | undefined, gold: string): boolean {
  return squash(candidate ?? '') === squash(gold);
}

/**
 * Names (source, editor): exact after NFKC and whitespace removal, with a leading label such as
 * 责任编辑： or 来源： stripped from the candidate (peers return the byline line as shown).
 */
export function sameName(candidate: string | null | undefined, gold: string): boolean {
  if (candidate == null) return false;
  const strip = (s: string) =>
    s
      .normalize('NFKC')
      .replace(/\s+/g, '')
      .replace(/^(?:责任编辑|编辑|来源|作者|文|by)[:：]?/i, '');
  return strip(candidate) !== '' && strip(candidate) === strip(gold);
}

/**
 * Epoch minute of a date string. Strings with an offset or Z are taken as written; Sina-style
 * strings without a zone (2018-09-28 07:33, 2018年09月28日 07:33) are read as Beijing time.
 */
export function epochMinute(value: string | null | undefined): number | null {
  if (!value) return null;
  const s = value.normalize('NFKC').trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(s)) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? null : Math.floor(t / 60000);
  }
  const m = /(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})\s*日?\s*(?:T|\s)*(\d{1,2})[:：时](\d{2})/.exec(s);
  if (m) {
    const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
    return Math.floor((Date.UTC(y, mo - 1, d, h - 8, mi) as number) / 60000);
  }
  if (/\d{1,2}:\d{2}/.test(s) && /[a-z]{3}/i.test(s)) {
    const t = Date.parse(s);
    return Number.isNaN(t) ? null : Math.floor(t / 60000);
  }
  return null;
}

/** Published time equal to the minute. A date without a time of day never matches a gold time. */
export function sameMinute(candidate: string | null | undefined, gold: string): boolean {
  const c = epochMinute(candidate);
  const g = epochMinute(gold);
  return c !== null && g !== null && c === g;
}

export function median(xs: readonly number[]): number {
  return quantile(xs, 0.5);
}

/** Linear-interpolated quantile (q in [0, 1]); NaN for an empty list. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}
