/**
 * Imported first by bench/run.ts: bundles src/engine/extract.ts with esbuild, with the CLI build's
 * settings, into bench/tmp/engine/extract.mjs and names it in BENCH_ENGINE_BUNDLE, which
 * bench/extractors.ts reads when it is loaded (and the timing processes inherit). So the
 * benchmark times the engine as it ships, not the source as tsx runs it.
 */
import { buildSync } from 'esbuild';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const outfile = join(root, 'bench', 'tmp', 'engine', 'extract.mjs');
buildSync({
  entryPoints: [join(root, 'src', 'engine', 'extract.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  outfile,
  logLevel: 'warning',
});
process.env.BENCH_ENGINE_BUNDLE = outfile;
