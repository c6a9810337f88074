/**
 * The always-injected content script stays small and free of the engine: its import graph (as a
 * bundler sees it) holds none of the heavy modules, its minified size is under the budget, and the
 * build fails when the real output goes over (the check in wxt.config.ts).
 */
import { readFileSync } from 'node:fs';
import { build, type Plugin } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { CONTENT_SCRIPT_BUDGET, overBudget } from '../../../src/ext/tools/budget';
import { moduleSwaps, readerChunkSwaps } from '../../e2e/harness/bundle';

const ROOT = new URL('../../../', import.meta.url).pathname;

async function bundle(entry: string, plugins: Plugin[] = []) {
  const r = await build({
    entryPoints: [`${ROOT}${entry}`],
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    metafile: true,
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
    plugins,
  });
  return { bytes: r.outputFiles[0]!.contents.length, inputs: Object.keys(r.metafile.inputs) };
}

describe('content script budget', () => {
  test('the budget rule: at the budget passes, one byte over fails with the numbers', () => {
    expect(overBudget('x'.repeat(CONTENT_SCRIPT_BUDGET), CONTENT_SCRIPT_BUDGET)).toBeNull();
    expect(overBudget('x'.repeat(CONTENT_SCRIPT_BUDGET + 1), CONTENT_SCRIPT_BUDGET)).toMatch(/20481 bytes.*20480/);
    // Bytes, not characters: Chinese text counts three bytes each.
    expect(overBudget('净'.repeat(7000), CONTENT_SCRIPT_BUDGET)).not.toBeNull();
  });

  test('the build applies the rule to the content script', () => {
    const cfg = readFileSync(`${ROOT}wxt.config.ts`, 'utf8');
    expect(cfg).toMatch(/content-scripts\[\\\\\/\]content\\\.js/);
    expect(cfg).toContain('overBudget(chunk.code');
    expect(cfg).toContain('this.error(problem)');
  });

  test('the content script bundles no engine, parser, renderer, storage library or reader chunk, and fits', async () => {
    const { bytes, inputs } = await bundle('entrypoints/content.ts');
    const heavy = inputs.filter((f) =>
      /src\/engine\/|src\/templates\/|src\/render\/|src\/rules\.ts|src\/ext\/reader\/|src\/library\/(?!protocol\.ts$)|node_modules\/(cheerio|parse5|htmlparser2|domhandler|css-select|yaml|entities|@mozilla|linkedom|idb|fflate)\/|wxt\/dist\/utils\/storage/.test(f),
    );
    expect(heavy).toEqual([]);
    expect(inputs).toContain('src/ext/content.ts');
    // 文库's 保存 in the reader goes through the background: only the message protocol is here.
    expect(inputs).toContain('src/library/protocol.ts');
    expect(bytes).toBeLessThan(CONTENT_SCRIPT_BUDGET);
  });

  test('the reader chunk is where the engine is', async () => {
    const { inputs } = await bundle('src/ext/reader/session.ts');
    expect(inputs.some((f) => f.startsWith('src/engine/'))).toBe(true);
  });

  test('the copy formats (renderers, YAML) are the reader\'s second chunk, not its first', async () => {
    // (The engine's own Markdown and text, without front matter, stay: Article.markdown and .text.)
    const copyFormats = (f: string) => /src\/render\/citation\.ts$|src\/ext\/format\.ts$|node_modules\/yaml\//.test(f);
    // With the build's module swaps (src/ext/tools/module-swaps.ts), as wxt.config.ts builds the chunks.
    const first = await bundle('entrypoints/reader.ts', [readerChunkSwaps(), moduleSwaps()]);
    // No cheerio: only the Readability fallback, left out, asks the engine for its API.
    expect(first.inputs.filter((f) => f.startsWith('node_modules/cheerio/'))).toEqual([]);
    expect(first.inputs.some((f) => f.startsWith('src/engine/'))).toBe(true);
    expect(first.inputs.filter(copyFormats)).toEqual([]);
    const second = await bundle('entrypoints/reader-extras.ts', [moduleSwaps()]);
    expect(second.inputs.filter((f) => f.startsWith('node_modules/yaml/')).length).toBeGreaterThan(10);
    expect(second.inputs).toEqual(expect.arrayContaining(['src/render/citation.ts', 'src/render/markdown.ts', 'src/ext/format.ts']));
    expect(second.inputs.some((f) => f.startsWith('src/engine/'))).toBe(false);
  });
});

describe('the import boundary is a lint rule', () => {
  // One linter for every case: it loads the project's config and plugins once.
  let linter: import('eslint').ESLint | undefined;
  const lint = async (code: string, filePath: string) => {
    if (!linter) {
      const { ESLint } = await import('eslint');
      linter = new ESLint({ cwd: ROOT });
    }
    const [res] = await linter.lintText(code, { filePath: `${ROOT}${filePath}` });
    return res!;
  };
  test.each([
    ["import { extract } from '../engine/extract';", 'src/ext/content.ts'],
    ["import { load } from 'cheerio';", 'src/ext/page-parts.ts'],
    ["import { storage } from 'wxt/utils/storage';", 'src/ext/settings-lite.ts'],
    ["import { openSession } from './reader/session';", 'src/ext/content.ts'],
    ["import { renderMarkdown } from '../render/markdown';", 'src/ext/messages.ts'],
    ["import { DROP_SELECTORS } from '../rules';", 'src/ext/urls.ts'],
    ["import { openSession } from '../src/ext/reader/session';", 'entrypoints/content.ts'],
    ["import { saveArticle } from '../library';", 'src/ext/library-client.ts'],
    ["import { handleLibraryMessage } from '../library/messages';", 'src/ext/messages.ts'],
    ["import { openDB } from 'idb';", 'src/ext/content.ts'],
  ])('%s in %s is an error', async (code, filePath) => {
    const res = await lint(`${code}\nexport const x = 1;\n`, filePath);
    expect(res.messages.map((m) => m.ruleId)).toContain('@typescript-eslint/no-restricted-imports');
  });
  test.each([
    ["import type { ReaderChunk } from './reader/types';", 'src/ext/content.ts'],
    ["import { isArticleUrl } from '../rules/hosts';", 'src/ext/urls.ts'],
    ["import { extract } from '../../engine/extract';", 'src/ext/reader/session.ts'],
    ["import { asLibraryMessage } from '../library/protocol';", 'src/ext/messages.ts'],
    ["import type { SaveStatus } from './store';", 'src/library/protocol.ts'],
  ])('%s in %s is allowed', async (code, filePath) => {
    const res = await lint(`${code}\nexport type Y = 1;\n`, filePath);
    expect(res.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')).toEqual([]);
  });
});
