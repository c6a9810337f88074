/**
 * A generated library for the 文库 benchmark: articles assembled from the reviewed goldens'
 * paragraphs (real Sina text), with stocks, sources, authors and times drawn from the goldens, in a
 * seeded order, so every run searches the same library.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Block, Stock } from '../src/article';
import { summarize, type EntrySummary, type LibraryEntry } from '../src/library/entry';

/** mulberry32: small, fast, seeded. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function loadGoldens(fixtures: string): Article[] {
  const out: Article[] = [];
  const root = join(fixtures, 'expected');
  for (const folder of readdirSync(root).sort()) {
    for (const f of readdirSync(join(root, folder)).sort()) {
      if (f.endsWith('.json')) out.push(JSON.parse(readFileSync(join(root, folder, f), 'utf8')) as Article);
    }
  }
  return out;
}

export interface GeneratedLibrary {
  entries: LibraryEntry[];
  summaries: EntrySummary[];
  /** Characters of searchable text over the library. */
  hayChars: number;
  /** Characters of article text. */
  textChars: number;
}

/** `count` articles of about `meanChars` characters of text each. */
export function generateLibrary(goldens: Article[], count: number, seed = 20261122, meanChars = 2500): GeneratedLibrary {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const paragraphs = goldens.flatMap((a) => a.blocks.filter((b): b is Extract<Block, { type: 'paragraph' }> => b.type === 'paragraph' && b.text.length > 20));
  const titles = goldens.map((a) => a.title).filter(Boolean);
  const sources = goldens.map((a) => a.source).filter((s): s is string => !!s);
  const authors = goldens.flatMap((a) => a.authors);
  const editors = goldens.map((a) => a.editor).filter((e): e is string => !!e);
  // The fixtures' stocks, plus more codes named after them, so the library has a few hundred stocks.
  const real = new Map<string, Stock>();
  for (const a of goldens) for (const s of a.stocks) real.set(s.code, s);
  const stockPool: Stock[] = [...real.values()];
  const names = [...real.values()].map((s) => s.name).filter(Boolean);
  for (let k = 0; stockPool.length < 400; k++) {
    const market = k % 3 === 0 ? 'sz' : 'sh';
    const code = `${market}${String((k % 3 === 0 ? 1 : 600000) + k * 7).padStart(6, '0')}`;
    if (!real.has(code)) stockPool.push({ code, name: `${pick(names).slice(0, 2)}${pick(names).slice(-2)}` });
  }
  const entries: LibraryEntry[] = [];
  const start = Date.parse('2015-01-01T00:00:00+08:00');
  const span = Date.parse('2024-12-31T00:00:00+08:00') - start;
  for (let i = 0; i < count; i++) {
    const want = meanChars * (0.3 + rnd() * 1.4);
    const blocks: Block[] = [];
    let chars = 0;
    while (chars < want) {
      const p = pick(paragraphs);
      blocks.push({ type: 'paragraph', text: p.text });
      chars += p.text.length;
    }
    const stocks: Stock[] = [];
    const nStocks = Math.floor(rnd() * rnd() * 6);
    for (let s = 0; s < nStocks; s++) {
      const st = pick(stockPool);
      if (!stocks.some((x) => x.code === st.code)) stocks.push(st);
    }
    const when = new Date(start + Math.floor(rnd() * span));
    const bj = new Date(when.getTime() + 8 * 3600_000).toISOString().slice(0, 19);
    const text = blocks.map((b) => (b as { text: string }).text).join('\n\n');
    const article: Article = {
      url: `https://finance.sina.com.cn/roll/${bj.slice(0, 10)}/doc-ibench${String(i).padStart(7, '0')}.shtml`,
      docId: `ibench${String(i).padStart(7, '0')}`,
      template: 'pc-2017',
      kind: 'text',
      title: `${pick(titles)}（${i}）`,
      originalTitle: null,
      publishedAt: `${bj}+08:00`,
      source: rnd() < 0.9 ? pick(sources) : null,
      authors: rnd() < 0.6 ? [pick(authors)] : [],
      editor: rnd() < 0.8 ? pick(editors) : null,
      keywords: [],
      stocks,
      leadImage: null,
      images: [],
      blocks,
      text,
      markdown: '',
      wordCount: text.length,
      readingMinutes: Math.max(1, Math.round(text.length / 400)),
    };
    const savedAt = new Date(Date.parse('2026-01-01T00:00:00Z') + i * 60_000).toISOString();
    entries.push({ key: `doc:${article.docId}`, article, pageUrl: article.url, url: article.url, savedAt, updatedAt: savedAt });
  }
  const summaries = entries.map(summarize);
  return {
    entries,
    summaries,
    hayChars: summaries.reduce((n, s) => n + s.hay.length, 0),
    textChars: entries.reduce((n, e) => n + e.article.text.length, 0),
  };
}

/**
 * The other way to search that the bench compares against: a character-bigram inverted index
 * (plus single characters for one-character terms), each term's candidates then checked with a
 * substring test so the results are exactly the scan's.
 */
export class BigramIndex {
  private readonly postings = new Map<number, number[]>();
  constructor(private readonly hays: readonly string[]) {
    for (let d = 0; d < hays.length; d++) {
      const s = hays[d]!;
      const seen = new Set<number>();
      for (let j = 0; j < s.length; j++) {
        const c = s.charCodeAt(j);
        seen.add(c);
        if (j + 1 < s.length) seen.add(0x10000 + c * 0x10000 + s.charCodeAt(j + 1));
      }
      for (const g of seen) {
        let list = this.postings.get(g);
        if (!list) this.postings.set(g, (list = []));
        list.push(d);
      }
    }
  }

  get keys(): number {
    return this.postings.size;
  }

  /** Documents holding every term (each a substring), in document order. */
  search(terms: readonly string[]): number[] {
    let result: number[] | null = null;
    for (const t of terms) {
      const grams: number[] = [];
      if (t.length === 1) grams.push(t.charCodeAt(0));
      for (let j = 0; j + 1 < t.length; j++) grams.push(0x10000 + t.charCodeAt(j) * 0x10000 + t.charCodeAt(j + 1));
      const lists = grams.map((g) => this.postings.get(g) ?? []).sort((a, b) => a.length - b.length);
      let cand: number[] = lists[0] ?? [];
      for (const l of lists.slice(1)) {
        const set = new Set(l);
        cand = cand.filter((d) => set.has(d));
      }
      if (t.length > 2) cand = cand.filter((d) => this.hays[d]!.includes(t));
      if (result) {
        const set = new Set(cand);
        result = result.filter((d) => set.has(d));
      } else result = cand;
    }
    return result ?? this.hays.map((_, i) => i);
  }
}
