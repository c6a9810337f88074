/**
 * Writes the engine's current output for every fixture to fixtures/expected/ for REVIEW.
 * A golden is committed only after a person has read it against the page (and, for a change,
 * read the diff). Usage: npx tsx scripts/golden.ts [--only SUBSTRING]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { extract } from '../src/engine/extract';
import { loadCorpus, readFixture } from '../test/support/corpus';

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
for (const f of loadCorpus()) {
  if (only && !f.id.includes(only)) continue;
  const a = extract(readFixture(f), { url: f.url });
  const { markdown, ...json } = a;
  mkdirSync(dirname(f.goldenJson), { recursive: true });
  writeFileSync(f.goldenJson, `${JSON.stringify(json, null, 2)}\n`);
  writeFileSync(f.goldenMd, markdown);
  console.log(`${f.id} -> ${a.template} ${a.kind} ${a.wordCount} words`);
}
