/**
 * Page scripts for the in-browser measures (browser-bench, browser-breakdown, browser-profile):
 * code bundled with esbuild into one IIFE that `page.evaluate` runs. One set of build options, and
 * the plugins that make a bundle what the extension ships (its module swaps and rule tables
 * without examples, as wxt.config.ts builds the reader chunk).
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { build, transform, type BuildOptions, type Plugin } from 'esbuild';
import { parseAst } from 'rollup/parseAst';
import { MODULE_SWAPS, READER_CHUNK_SWAPS, type ModuleSwap } from '../../../src/ext/tools/module-swaps';
import { RULE_MODULE, stripRuleExamples } from '../../../src/ext/tools/strip-examples';
import { SCREEN_DATA_MODULE, screenDataModule } from '../../../src/ext/tools/screen-data';
import { ROOT } from './catalog';

const escapeRegExp = (s: string) => s.replace(/[.*+?^$|()[\]{}\\/]/g, '\\$&');

/** The extension build's module swaps (src/ext/tools/module-swaps.ts), as an esbuild plugin. */
export const moduleSwaps = (only?: (id: string) => boolean, table: readonly ModuleSwap[] = MODULE_SWAPS): Plugin => ({
  name: 'module-swaps',
  setup(b) {
    for (const s of table) {
      if (only && !only(s.id)) continue;
      const filter = new RegExp(`^${escapeRegExp(s.source)}$`);
      b.onResolve({ filter }, (a) => (s.importer(a.importer) ? { path: s.target } : null));
    }
  },
});

/** The rule tables without their examples, as the extension build strips them. */
export const noRuleExamples: Plugin = {
  name: 'no-rule-examples',
  setup(b) {
    b.onLoad({ filter: RULE_MODULE }, async (a) => {
      const js = await transform(readFileSync(a.path, 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022', sourcefile: a.path });
      return { contents: stripRuleExamples(js.code, (c) => parseAst(c) as never), loader: 'js', resolveDir: path.dirname(a.path) };
    });
  },
};

/** The rule tables' screens worked out at build time, as the extension build writes them. */
export const screenData: Plugin = {
  name: 'screen-data',
  setup(b) {
    b.onLoad({ filter: SCREEN_DATA_MODULE }, () => ({ contents: screenDataModule(), loader: 'js' }));
  },
};

/** The reader chunk's own swaps (no YAML writer: src/ext/tools/module-swaps.ts READER_CHUNK_SWAPS). */
export const readerChunkSwaps = (): Plugin => moduleSwaps(undefined, READER_CHUNK_SWAPS);

/** The extension's code as the reader chunk bundles it: every module swap (the chunk's own first, as they win there), no rule examples, screens worked out. */
export const AS_SHIPPED: Plugin[] = [readerChunkSwaps(), moduleSwaps(), noRuleExamples, screenData];

/**
 * Bundles `entry` (a file, or TypeScript source resolved from the repository root) into one
 * minified IIFE for `page.evaluate`. `minify: false` keeps names and esbuild's `// path` module
 * comments (for profiles).
 */
export async function pageScript(
  entry: { file: string } | { source: string },
  plugins: Plugin[] = [],
  extra: Pick<BuildOptions, 'minify'> = {},
): Promise<string> {
  const r = await build({
    ...('file' in entry ? { entryPoints: [entry.file] } : { stdin: { contents: entry.source, resolveDir: ROOT, loader: 'ts' as const } }),
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
    plugins,
    ...extra,
  });
  return r.outputFiles[0]!.text;
}
