import { readFileSync } from 'node:fs';

/** The original URLs of the fixture pages (fixtures/pages/MANIFEST.tsv, column `url`). */
export function readManifestUrls(): string[] {
  const [header, ...rows] = readFileSync(new URL('../../fixtures/pages/MANIFEST.tsv', import.meta.url), 'utf8').trim().split('\n');
  const col = header!.split('\t').indexOf('url');
  return rows.map((r) => r.split('\t')[col]!).filter(Boolean);
}
