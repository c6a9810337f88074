/**
 * Exports of selected entries: JSON Lines (the CLI's schema, see jsonl.ts), a zip of Markdown files
 * (one per article, YAML front matter with the metadata), and a citation list.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { stringify } from 'yaml';
import type { Article } from '../article';
import { formatCitation, type CitationOptions, type CitationStyle } from '../render/citation';
import { renderMarkdown } from '../render/markdown';
import type { LibraryEntry } from './entry';

/**
 * One article as a Markdown file: a YAML front matter whose keys are the Article's own field names
 * (only the ones the page gave), then the article as `sina-clean -f markdown` renders it. The body
 * is rendered again from the blocks, so text from an imported file is escaped like any other.
 */
export function markdownFile(entry: Pick<LibraryEntry, 'article' | 'savedAt'>): string {
  const a = entry.article;
  const fm: Record<string, unknown> = { title: a.title };
  if (a.originalTitle) fm.originalTitle = a.originalTitle;
  if (a.publishedAt) fm.publishedAt = a.publishedAt;
  if (a.source) fm.source = a.source;
  if (a.authors.length) fm.authors = a.authors;
  if (a.editor) fm.editor = a.editor;
  if (a.stocks.length) fm.stocks = a.stocks.map((s) => ({ code: s.code, name: s.name }));
  if (a.keywords.length) fm.keywords = a.keywords;
  if (a.url) fm.url = a.url;
  if (a.docId) fm.docId = a.docId;
  fm.savedAt = entry.savedAt;
  return `---\n${stringify(fm, { lineWidth: 0 }).trimEnd()}\n---\n\n${renderMarkdown(a)}`;
}

/** A file name stem that every system accepts: no separators, control or reserved characters. */
export function safeName(s: string, max = 60): string {
  const cleaned = s
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return [...cleaned].slice(0, max).join('').trim();
}

/** `2021-08-24-title.md`, made unique within one zip (`-docId`, then `-2`, `-3`…). */
export function markdownFileNames(articles: readonly Article[]): string[] {
  const used = new Set<string>();
  return articles.map((a) => {
    const date = a.publishedAt?.slice(0, 10) ?? 'undated';
    const base = `${date}-${safeName(a.title) || 'article'}`;
    let name = `${base}.md`;
    if (used.has(name.toLowerCase()) && a.docId) name = `${base}-${safeName(a.docId, 40)}.md`;
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base}-${i}.md`;
    used.add(name.toLowerCase());
    return name;
  });
}

/** The zip of Markdown files, one per entry, in the given order. */
export function markdownZip(entries: readonly Pick<LibraryEntry, 'article' | 'savedAt' | 'updatedAt'>[]): Uint8Array {
  const names = markdownFileNames(entries.map((e) => e.article));
  const files: Zippable = {};
  entries.forEach((e, i) => {
    const mtime = new Date(e.updatedAt);
    files[names[i]!] = [strToU8(markdownFile(e)), { mtime: Number.isNaN(mtime.getTime()) ? new Date() : mtime }];
  });
  return zipSync(files, { level: 6 });
}

/**
 * One citation per line, in the given order; GB/T 7714 numbered [1], [2]… as its lists are. `opts`
 * carries the user's template (style 'custom') and the access date, as for a copied citation.
 */
export function citationList(articles: readonly Article[], style: CitationStyle, opts: CitationOptions = {}): string {
  return articles
    .map((a, i) => (style === 'gb7714' ? `[${i + 1}] ` : '') + formatCitation(a, style, opts))
    .map((line) => `${line}\n`)
    .join('');
}
