/**
 * Search over the library, in memory, from the entries' summaries.
 *
 * Full text: every summary carries its searchable fields folded once (`fold`: NFKC, lower case) in
 * `hay`; a query is folded the same way and split at white space into terms, and an entry matches
 * when every term is a substring of its text. Chinese is never split into words, so 茅台 finds
 * 贵州茅台. The bench (`npm run bench:library`) measures this against a character-bigram inverted
 * index on a generated library of 5,000 articles: the prepared scan answers in a few milliseconds
 * and needs no build time or extra memory, so that is what the library uses.
 *
 * Filters use small tables built once: stocks (code → names and entries), sources, and each
 * entry's publication date.
 */
import type { Stock } from '../article';
import { fold, type EntrySummary } from './entry';

export type SortOrder = 'published' | 'saved';

export interface Query {
  /** Words to find (all of them), separated by spaces; `"…"` keeps a phrase with spaces together. */
  text?: string;
  /** A stock code (sh600519, 600519) or name (贵州茅台, or part of one). */
  stock?: string;
  /** Exactly this source. */
  source?: string;
  /** Publication date range, inclusive, `YYYY-MM-DD` (Beijing date as the page printed it). */
  from?: string;
  to?: string;
  sort?: SortOrder;
}

export interface StockRow {
  code: string;
  /** The name the library's articles use most for this code ('' when they only give the code). */
  name: string;
  names: string[];
  count: number;
}

export interface SourceRow {
  source: string;
  count: number;
}

/** The terms of a query: folded, split at spaces, `"quoted phrases"` kept whole. */
export function queryTerms(text: string | undefined): string[] {
  if (!text) return [];
  const terms: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  // Quotes are matched before folding: full-width “ ” are not phrase marks.
  for (const m of text.normalize('NFKC').matchAll(re)) {
    const t = fold(m[1] ?? m[2] ?? '');
    if (t) terms.push(t);
  }
  return terms;
}

/** The date part of an ISO time as written (Beijing time for the engine's `publishedAt`). */
function day(iso: string | null): string | null {
  return iso && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : null;
}

function timeOf(iso: string | null): number {
  const t = iso ? Date.parse(iso) : NaN;
  return Number.isNaN(t) ? -Infinity : t;
}

export class SearchIndex {
  private readonly byKey = new Map<string, EntrySummary>();
  private sorted: Partial<Record<SortOrder, EntrySummary[]>> = {};
  private stockTable: Map<string, { names: Map<string, number>; count: number }> | null = null;

  constructor(items: Iterable<EntrySummary> = []) {
    for (const s of items) this.byKey.set(s.key, s);
  }

  get size(): number {
    return this.byKey.size;
  }

  get(key: string): EntrySummary | undefined {
    return this.byKey.get(key);
  }

  set(summary: EntrySummary): void {
    this.byKey.set(summary.key, summary);
    this.invalidate();
  }

  delete(key: string): void {
    if (this.byKey.delete(key)) this.invalidate();
  }

  private invalidate(): void {
    this.sorted = {};
    this.stockTable = null;
  }

  /** Every entry, newest first: by publication time (the save time when the page gave none), or by save time. */
  list(sort: SortOrder = 'published'): EntrySummary[] {
    const hit = this.sorted[sort];
    if (hit) return hit;
    const time =
      sort === 'saved'
        ? (s: EntrySummary) => timeOf(s.savedAt)
        : (s: EntrySummary) => (s.publishedAt ? timeOf(s.publishedAt) : timeOf(s.savedAt));
    const keyed = [...this.byKey.values()].map((s) => ({ s, t: time(s) }));
    keyed.sort((a, b) => b.t - a.t || (a.s.key < b.s.key ? -1 : a.s.key > b.s.key ? 1 : 0));
    const out = keyed.map((k) => k.s);
    this.sorted[sort] = out;
    return out;
  }

  private stocksTable(): Map<string, { names: Map<string, number>; count: number }> {
    if (this.stockTable) return this.stockTable;
    const table = new Map<string, { names: Map<string, number>; count: number }>();
    for (const s of this.byKey.values()) {
      const seen = new Set<string>();
      for (const st of s.stocks) {
        const code = st.code.toLowerCase();
        let row = table.get(code);
        if (!row) table.set(code, (row = { names: new Map(), count: 0 }));
        if (st.name) row.names.set(st.name, (row.names.get(st.name) ?? 0) + 1);
        if (!seen.has(code)) {
          seen.add(code);
          row.count += 1;
        }
      }
    }
    this.stockTable = table;
    return table;
  }

  /** Stocks named in the library with how many entries name each, most first. */
  stocks(): StockRow[] {
    const rows: StockRow[] = [];
    for (const [code, row] of this.stocksTable()) {
      const names = [...row.names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([n]) => n);
      rows.push({ code, name: names[0] ?? '', names, count: row.count });
    }
    return rows.sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
  }

  /** Sources with their entry counts, most first. */
  sources(): SourceRow[] {
    const counts = new Map<string, number>();
    for (const s of this.byKey.values()) if (s.source) counts.set(s.source, (counts.get(s.source) ?? 0) + 1);
    return [...counts]
      .map(([source, count]) => ({ source, count }))
      .sort((a, b) => b.count - a.count || (a.source < b.source ? -1 : 1));
  }

  /**
   * The stock codes a stock filter means: the code itself (any case, sh600519), the bare number
   * (600519), or a name the library's articles give the stock (贵州茅台); failing those, every
   * stock whose code or name contains the input (茅台).
   */
  resolveStock(input: string): Set<string> {
    const q = fold(input);
    const out = new Set<string>();
    if (!q) return out;
    const table = this.stocksTable();
    for (const [code, row] of table) {
      const bare = code.replace(/^[a-z]{2}/, '');
      if (code === q || bare === q || [...row.names.keys()].some((n) => fold(n) === q)) out.add(code);
    }
    if (out.size) return out;
    for (const [code, row] of table) {
      if (code.includes(q) || [...row.names.keys()].some((n) => fold(n).includes(q))) out.add(code);
    }
    return out;
  }

  /** Entries matching every part of the query, in the chosen order. */
  search(query: Query = {}): EntrySummary[] {
    const terms = queryTerms(query.text);
    const codes = query.stock?.trim() ? this.resolveStock(query.stock) : null;
    const source = query.source || null;
    const from = query.from || null;
    const to = query.to || null;
    const out: EntrySummary[] = [];
    for (const s of this.list(query.sort)) {
      if (source !== null && s.source !== source) continue;
      if (from !== null || to !== null) {
        const d = day(s.publishedAt);
        if (d === null || (from !== null && d < from) || (to !== null && d > to)) continue;
      }
      if (codes !== null && !s.stocks.some((st: Stock) => codes.has(st.code.toLowerCase()))) continue;
      let ok = true;
      for (const t of terms) {
        if (!s.hay.includes(t)) {
          ok = false;
          break;
        }
      }
      if (ok) out.push(s);
    }
    return out;
  }
}
