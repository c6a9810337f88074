/**
 * Loads every fixture the fuzzer and the extreme tests start from: fixtures/pages,
 * fixtures/seed-format and fixtures/fragments, decoded by the CLI's own byte decoder
 * (so the engine sees what `sina-clean` would give it; five pages are GB18030 bytes).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from '../../../src/cli/decode';
import { readManifest } from '../../support/corpus';

export interface Fixture {
  /** e.g. `pages/news_20180928_ifxeuwwr9250746.html` */
  name: string;
  url: string | undefined;
  html: string;
}

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = join(ROOT, 'fixtures');
export const CORPUS_DIRS = ['pages', 'seed-format', 'fragments'] as const;

let cached: Fixture[] | undefined;

export function loadCorpus(): Fixture[] {
  if (cached) return cached;
  const out: Fixture[] = [];
  for (const sub of CORPUS_DIRS) {
    const dir = join(FIXTURES, sub);
    const manifest = readManifest(dir);
    for (const file of readdirSync(dir).sort()) {
      if (file === 'MANIFEST.tsv' || file.endsWith('.json')) continue;
      const html = decodeHtml(readFileSync(join(dir, file))).text;
      const url = manifest.get(file)?.url || manifest.get(file)?.original_url_if_known;
      out.push({ name: `${sub}/${file}`, url: url && /^https?:\/\//.test(url) ? url : undefined, html });
    }
  }
  cached = out;
  return out;
}
