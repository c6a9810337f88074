import type { Article } from '../article';

/** Citation styles the UI and the CLI offer. */
export type CitationStyle = 'plain' | 'gb7714' | 'apa';

export const CITATION_STYLES: readonly CitationStyle[] = ['plain', 'gb7714', 'apa'];

/** "2021-08-24T15:57:27+08:00" -> { date: "2021-08-24", time: "15:57" } (Beijing time as written). */
function splitIso(iso: string | null): { date: string; time: string } | null {
  const m = iso?.match(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/);
  return m ? { date: m[1]!, time: m[2]! } : null;
}

/**
 * One-line reference to the article: title, outlet, time and URL, in the chosen style.
 * Only fields the page gave are used; a missing one is left out rather than guessed.
 */
export function formatCitation(article: Article, style: CitationStyle = 'plain'): string {
  const when = splitIso(article.publishedAt);
  const source = article.source ?? '新浪财经';
  const url = article.url ?? '';
  const authors = article.authors.join('、');
  switch (style) {
    case 'gb7714': {
      // GB/T 7714-2015 electronic resource: 主要责任者. 题名[N/OL]. 出处, 日期[引用日期]. URL.
      const who = authors || source;
      const parts = [`${who}. ${article.title}[N/OL]. ${source}`];
      if (when) parts[0] += `, ${when.date}`;
      return `${parts[0]}.${url ? ` ${url}.` : ''}`;
    }
    case 'apa': {
      const who = authors || source;
      const date = when ? when.date : 'n.d.';
      return `${who}. (${date}). ${article.title}. ${source}.${url ? ` ${url}` : ''}`;
    }
    default: {
      const bits = [`《${article.title}》`, source];
      if (when) bits.push(`${when.date} ${when.time}`);
      if (url) bits.push(url);
      return bits.join('，');
    }
  }
}

/** The clean text followed by a blank line and the citation, for "copy with citation". */
export function textWithCitation(article: Article, style: CitationStyle = 'plain'): string {
  return `${article.text}\n\n${formatCitation(article, style)}`;
}
