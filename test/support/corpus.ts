/**
 * The fixture corpus as tests see it: every page, seed-format post and fragment under fixtures/,
 * with the URL its MANIFEST.tsv records, decoded as the CLI decodes it, and where its reviewed
 * golden lives.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeHtml } from '../../src/cli/decode';
import type { TemplateId } from '../../src/article';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export interface Fixture {
  /** e.g. pages/news_20180928_ifxeuwwr9050078.html */
  id: string;
  folder: 'pages' | 'seed-format' | 'fragments' | 'synthetic';
  path: string;
  url?: string;
  /** The template that must claim this file. */
  template: TemplateId;
  goldenJson: string;
  goldenMd: string;
}

/**
 * Rows of a folder's MANIFEST.tsv keyed by file name, each row keyed by the header. The one reader
 * of the provenance files for tests, fuzz and bench.
 */
export function readManifest(dir: string): Map<string, Record<string, string>> {
  const rows = new Map<string, Record<string, string>>();
  const path = join(dir, 'MANIFEST.tsv');
  if (!existsSync(path)) return rows;
  const [head, ...lines] = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const cols = (head ?? '').split('\t');
  for (const line of lines) {
    const cells = line.split('\t');
    const row = Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? '']));
    if (row.file) rows.set(row.file, row);
  }
  return rows;
}

function templateFor(folder: string, row: Record<string, string> | undefined): TemplateId {
  if (folder === 'seed-format') return 'seed-format';
  if (folder === 'fragments') return 'fragment';
  if (folder === 'synthetic') return row!.template as TemplateId;
  const t = row?.template ?? row?.template_guess ?? '';
  if (/^PC 2017\+/.test(t)) return 'pc-2017';
  if (/artibodyTitle/.test(t)) return 'pc-2012';
  if (/^mobile/.test(t)) return 'mobile';
  if (/^legacy/.test(t)) return 'legacy-table';
  return 'readability';
}

export function loadCorpus(): Fixture[] {
  const out: Fixture[] = [];
  for (const folder of ['seed-format', 'pages', 'fragments', 'synthetic'] as const) {
    const rows = readManifest(join(FIXTURES, folder));
    for (const name of readdirSync(join(FIXTURES, folder)).sort()) {
      if (name === 'MANIFEST.tsv' || name.endsWith('.json') || name === 'README.md') continue;
      const row = rows.get(name);
      // Synthetic files not in the MANIFEST belong to other suites (the CLI's charset tests).
      if (folder === 'synthetic' && !row) continue;
      const stem = basename(name).replace(/\.(html|md|txt)$/, '');
      out.push({
        id: `${folder}/${name}`,
        folder,
        path: join(FIXTURES, folder, name),
        url: (row?.url || row?.original_url_if_known || undefined) ?? undefined,
        template: templateFor(folder, row),
        goldenJson: join(FIXTURES, 'expected', folder, `${stem}.json`),
        goldenMd: join(FIXTURES, 'expected', folder, `${stem}.md`),
      });
    }
  }
  return out;
}

/** The fixture's text as the CLI reads it (its decoder: BOM, meta charset, GB18030 detection). */
export function readFixture(f: Fixture): string {
  return decodeHtml(readFileSync(f.path)).text;
}

/** A page to extract: its id (folder/name), text and URL. */
export interface Doc {
  id: string;
  html: string;
  url?: string;
}

/** Every corpus fixture, then the random sample of seed-format posts in fixtures/seed-audit/ (*.md). */
export function loadAuditDocs(): Doc[] {
  const docs: Doc[] = loadCorpus().map((f) => ({ id: f.id, html: readFixture(f), url: f.url }));
  const auditDir = join(FIXTURES, 'seed-audit');
  for (const name of readdirSync(auditDir).sort()) {
    if (name.endsWith('.md')) docs.push({ id: `seed-audit/${name}`, html: readFileSync(join(auditDir, name), 'utf8') });
  }
  return docs;
}
