/**
 * The fixture corpus as tests see it: every page, seed-format post and fragment under fixtures/,
 * with the URL and charset its MANIFEST.tsv records, and where its reviewed golden lives.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import iconv from 'iconv-lite';
import type { TemplateId } from '../../src/article';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export interface Fixture {
  /** e.g. pages/news_20180928_ifxeuwwr9050078.html */
  id: string;
  folder: 'pages' | 'seed-format' | 'fragments' | 'synthetic';
  path: string;
  url?: string;
  charset: string;
  /** The template that must claim this file. */
  template: TemplateId;
  goldenJson: string;
  goldenMd: string;
}

function manifest(folder: string): Map<string, Record<string, string>> {
  const path = join(FIXTURES, folder, 'MANIFEST.tsv');
  const rows = new Map<string, Record<string, string>>();
  if (!existsSync(path)) return rows;
  const [head, ...lines] = readFileSync(path, 'utf8').split(/\r?\n/).filter(Boolean);
  const cols = head!.split('\t');
  for (const line of lines) {
    const cells = line.split('\t');
    rows.set(cells[0]!, Object.fromEntries(cols.map((c, i) => [c, cells[i] ?? ''])));
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
    const rows = manifest(folder);
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
        charset: /gb/i.test(row?.charset ?? '') ? 'gb18030' : 'utf-8',
        template: templateFor(folder, row),
        goldenJson: join(FIXTURES, 'expected', folder, `${stem}.json`),
        goldenMd: join(FIXTURES, 'expected', folder, `${stem}.md`),
      });
    }
  }
  return out;
}

export function readFixture(f: Fixture): string {
  const buf = readFileSync(f.path);
  return f.charset === 'utf-8' ? buf.toString('utf8') : iconv.decode(buf, f.charset);
}
