/**
 * The benchmark corpus: every fixture page, seed-format post and fragment, decoded once, plus the
 * reviewed goldens that exist so far. Nothing here reaches outside `fixtures/`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Article } from '../src/article';
import { readManifest } from '../test/support/corpus';
import { decodeFixture } from './decode';

export type Folder = 'pages' | 'seed-format' | 'fragments';
export const FOLDERS: readonly Folder[] = ['pages', 'seed-format', 'fragments'];

export interface BenchInput {
  /** `<folder>/<file>`, the row key in every table. */
  id: string;
  folder: Folder;
  file: string;
  stem: string;
  /** Absolute path of the fixture file. */
  path: string;
  /** Size of the file as stored, in bytes. */
  bytes: number;
  /** The page's own URL when the manifest knows it. */
  url: string | null;
  /** Decoded text of the fixture as stored: what sina-clean is given. */
  html: string;
  /** What the peers are given: the page itself, or a seed body wrapped in a minimal HTML page. */
  peerHtml: string;
  /** A URL for peers that insist on one (never fetched). */
  peerUrl: string;
  /** Set when decoding the bytes needed a guess or disagreed with the manifest. */
  decodeWarning: string | null;
}

/** The parts of a reviewed expected Article that the benchmark scores. */
export type Gold = Pick<Article, 'text' | 'title' | 'publishedAt' | 'source' | 'editor'>;

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Splits a seed-format post into its front-matter title and its HTML body. */
export function splitSeed(text: string): { title: string; body: string } {
  const m = /^\s*---\r?\n([\s\S]*?)\r?\n---[ \t]*\r?\n?/.exec(text);
  if (!m) return { title: '', body: text };
  let title = '';
  try {
    const front = parseYaml(m[1] ?? '') as Record<string, unknown> | null;
    if (front && typeof front.title === 'string') title = front.title;
  } catch {
    title = '';
  }
  return { title, body: text.slice(m[0].length) };
}

/** The minimal page a peer gets for a seed-format post: title as <title> and <h1>, then the body. */
export function wrapSeedForPeers(title: string, body: string): string {
  const t = escapeHtml(title);
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${t}</title></head><body><h1>${t}</h1>\n${body}\n</body></html>`;
}

export function loadCorpus(fixturesDir: string): BenchInput[] {
  const inputs: BenchInput[] = [];
  for (const folder of FOLDERS) {
    const dir = join(fixturesDir, folder);
    if (!existsSync(dir)) continue;
    const manifest = readManifest(dir);
    const files = readdirSync(dir)
      .filter((f) => (folder === 'seed-format' ? /\.(md|txt)$/.test(f) : /\.html$/.test(f)))
      .sort();
    for (const file of files) {
      const path = join(dir, file);
      const bytes = readFileSync(path);
      const row = manifest.get(file) ?? {};
      const { text: html, warning } = decodeFixture(bytes, row.charset ?? '');
      const url = (row.url || row.original_url_if_known || '').trim() || null;
      const stem = file.replace(/\.[^.]+$/, '');
      let peerHtml = html;
      if (folder === 'seed-format') {
        const { title, body } = splitSeed(html);
        peerHtml = wrapSeedForPeers(title, body);
      }
      inputs.push({
        id: `${folder}/${file}`,
        folder,
        file,
        stem,
        path,
        bytes: bytes.length,
        url,
        html,
        peerHtml,
        peerUrl: url ?? `https://fixtures.invalid/${folder}/${stem}.html`,
        decodeWarning: warning,
      });
    }
  }
  return inputs;
}

/** The reviewed expected Article for an input, or null while none has been written. */
export function loadGold(fixturesDir: string, input: BenchInput): Gold | null {
  const path = join(fixturesDir, 'expected', input.folder, `${input.stem}.json`);
  if (!existsSync(path)) return null;
  try {
    const a = JSON.parse(readFileSync(path, 'utf8')) as Partial<Article>;
    if (typeof a.text !== 'string') return null;
    return {
      text: a.text,
      title: typeof a.title === 'string' ? a.title : '',
      publishedAt: a.publishedAt ?? null,
      source: a.source ?? null,
      editor: a.editor ?? null,
    };
  } catch {
    return null;
  }
}

/**
 * The independent main texts that opendatalab/magic-html wrote by hand for three fixture pages
 * (fixtures/pages/external-gold.json), keyed by input id. Their conventions differ a little from
 * the project's goldens (they keep the 责任编辑 line, for one).
 */
export function loadExternalGold(fixturesDir: string): Map<string, string> {
  const out = new Map<string, string>();
  const path = join(fixturesDir, 'pages', 'external-gold.json');
  if (!existsSync(path)) return out;
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { content?: unknown }>;
  for (const [file, v] of Object.entries(data)) if (typeof v.content === 'string') out.set(`pages/${file}`, v.content);
  return out;
}
