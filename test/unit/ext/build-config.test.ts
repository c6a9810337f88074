import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readability as shim } from '../../../src/ext/engine-shims/no-readability';
import { readability as real } from '../../../src/templates/readability';
import { seed as noSeed } from '../../../src/ext/engine-shims/no-seed';
import { seed as realSeed } from '../../../src/templates/seed';
import { splitFrontMatter } from '../../../src/engine/front-matter';
import { CHEERIO_DOM, MODULE_SWAPS, READER_CHUNK_SWAPS, readerChunkSwapFor, swapFor } from '../../../src/ext/tools/module-swaps';
import { stringify as noYaml } from '../../../src/ext/engine-shims/no-yaml';
import { load as noCheerio } from '../../../src/ext/engine-shims/no-cheerio';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url)).replace(/[\\/]$/, '');
const read = (p: string) => readFileSync(new URL(`../../../${p}`, import.meta.url), 'utf8');

describe('extension build wiring', () => {
  test('the no-Readability shim still has a target: the template list imports ./readability', () => {
    // If this import moves, wxt.config.ts's resolveId hook stops applying and lint:firefox
    // reports Readability's and linkedom's innerHTML writes again.
    expect(read('src/templates/index.ts')).toMatch(/from '\.\/readability'/);
    expect(swapFor('./readability', `${ROOT}/src/templates/index.ts`)).toBe(`${ROOT}/src/ext/engine-shims/no-readability.ts`);
  });

  test('the shim is the same kind of template and finds nothing', () => {
    expect(shim.id).toBe(real.id);
    expect(shim.matches({} as never)).toBe(true);
    expect(shim.extract({} as never)).toEqual({ body: null });
  });

  test('the reader chunk carries no YAML reader and no parse5: the seed template is a shim there, the front matter split its own module', () => {
    expect(read('src/templates/index.ts')).toMatch(/from '\.\/seed'/);
    expect(swapFor('./seed', `${ROOT}/src/templates/index.ts`)).toBe(`${ROOT}/src/ext/engine-shims/no-seed.ts`);
    expect(noSeed.id).toBe(realSeed.id);
    expect(noSeed.matches({ frontMatter: 'title: x' } as never)).toBe(false);
    expect(noSeed.extract({} as never)).toEqual({ body: null });
    // What the shim relies on: a serialised live page never opens with front matter.
    expect(splitFrontMatter('<!DOCTYPE html><html><body>---\ntitle: x\n---\n</body></html>').frontMatter).toBeNull();
    expect(read('src/ext/engine-shims/parse-dom.ts')).toContain("from '../../engine/front-matter'");
    expect(read('src/engine/front-matter.ts')).not.toMatch(/from 'parse5'/);
  });

  test('one table of module swaps: the build and the in-browser measures (breakdown, profile) both read it', () => {
    expect(read('wxt.config.ts')).toMatch(/resolveId\(source: string, importer: string \| undefined\) \{\s*return swapFor\(source, importer\);/);
    const bundle = read('test/e2e/harness/bundle.ts');
    expect(bundle).toMatch(/table: readonly ModuleSwap\[\] = MODULE_SWAPS\): Plugin => \(\{\s*name: 'module-swaps',\s*setup\(b\) \{\s*for \(const s of table\)/);
    expect(bundle).toMatch(/onLoad\(\{ filter: RULE_MODULE \}/);
    expect(bundle).toMatch(/onLoad\(\{ filter: SCREEN_DATA_MODULE \}, \(\) => \(\{ contents: screenDataModule\(\)/);
    expect(bundle).toMatch(/AS_SHIPPED: Plugin\[\] = \[readerChunkSwaps\(\), moduleSwaps\(\), noRuleExamples, screenData\]/);
    expect(read('test/e2e/browser-breakdown.ts')).toMatch(/pageScript\(\{ file: .*\}, AS_SHIPPED\)/);
    // Every stand-in exists, and each swap applies only where its importer is.
    for (const s of MODULE_SWAPS) {
      expect(existsSync(s.target), s.id).toBe(true);
      expect(swapFor(s.source, undefined)).toBeNull();
    }
    expect(MODULE_SWAPS.map((s) => s.id)).toEqual(['no-readability', 'no-seed', 'one-entities', 'parse-dom', 'cheerio-dom', 'htmlparser2-dom']);
    expect(swapFor('./parse', `${ROOT}/src/engine/extract.ts`)).toBe(`${ROOT}/src/ext/engine-shims/parse-dom.ts`);
    expect(swapFor('./parse', `${ROOT}/src/engine/other.ts`)).toBeNull();
    expect(swapFor('cheerio', `${ROOT}/src/engine/select.ts`)).toBe(CHEERIO_DOM);
    expect(swapFor('cheerio', CHEERIO_DOM)).toBeNull();
    expect(swapFor('htmlparser2', `${ROOT}/node_modules/cheerio/dist/esm/index.js`)).toBe(`${ROOT}/src/ext/engine-shims/htmlparser2-dom.ts`);
    expect(swapFor('htmlparser2', `${ROOT}/src/engine/fast-parse.ts`)).toBeNull();
    expect(swapFor('entities/decode', `${ROOT}/node_modules/htmlparser2/dist/esm/Tokenizer.js`)).toBe(`${ROOT}/node_modules/entities/lib/esm/decode.js`);
  });

  test('the reader chunk alone has no YAML writer and no cheerio: its own swaps, applied in its build only and first', () => {
    expect(READER_CHUNK_SWAPS.map((s) => s.id)).toEqual(['no-cheerio', 'no-yaml']);
    expect(readerChunkSwapFor('cheerio', `${ROOT}/src/engine/extract.ts`)).toBe(`${ROOT}/src/ext/engine-shims/no-cheerio.ts`);
    expect(readerChunkSwapFor('cheerio', `${ROOT}/src/templates/readability.ts`)).toBeNull();
    // Every other build keeps cheerio's API (with the browser's parser).
    expect(swapFor('cheerio', `${ROOT}/src/engine/extract.ts`)).toBe(CHEERIO_DOM);
    expect(() => noCheerio()).toThrow(/Readability fallback/);
    for (const s of READER_CHUNK_SWAPS) expect(existsSync(s.target), s.id).toBe(true);
    expect(readerChunkSwapFor('yaml', `${ROOT}/src/render/markdown.ts`)).toBe(`${ROOT}/src/ext/engine-shims/no-yaml.ts`);
    expect(readerChunkSwapFor('yaml', `${ROOT}/src/engine/front-matter.ts`)).toBeNull();
    // Not among the swaps every build takes (the popup's and the second chunk's copies write front matter).
    expect(swapFor('yaml', `${ROOT}/src/render/markdown.ts`)).toBeNull();
    const cfg = read('wxt.config.ts');
    expect(cfg).toMatch(/'vite:build:extendConfig': \(entrypoints, config\) => \{\s*if \(!entrypoints\.some\(\(e\) => e\.name === READER_ENTRY\)\) return;/);
    expect(cfg).toMatch(/resolveId\(source: string, importer: string \| undefined\) \{\s*return readerChunkSwapFor\(source, importer\);/);
    // Its copy of the UI strings: only the messages its code names (src/ext/tools/reader-strings.ts).
    expect(cfg).toMatch(/name: 'sina-clean:reader-strings',\s*enforce: 'pre',\s*transform\(code: string, id: string\) \{\s*return LOCALE_TABLE\.test\(id\) \? \{ code: readerStrings\(code\), map: null \} : null;/);
    // Before the build-wide swaps, so that its cheerio stand-in wins over theirs.
    expect(cfg).toMatch(/config\.plugins = \[\s*\{\s*name: 'sina-clean:reader-chunk-swaps',[\s\S]*?\},\s*\.\.\.\(config\.plugins \?\? \[\]\),\s*\];/);
    expect(() => noYaml()).toThrow(/reader-extras/);
  });

  test('the reader chunk marks when its modules begin evaluating: its first import is the mark', () => {
    const firstImport = read('entrypoints/reader.ts').match(/^import .*$/m)?.[0];
    expect(firstImport).toBe("import { CHUNK_START } from '../src/ext/reader/load-mark';");
  });

  test('the reader chunk primes the rule tables\' screens (worked out by the build) before any engine module is evaluated', () => {
    const imports = read('entrypoints/reader.ts').match(/^import .*$/gm) ?? [];
    expect(imports[1]).toBe("import '../src/ext/reader/prime-screens';");
    expect(read('wxt.config.ts')).toMatch(/load\(id: string\) \{\s*return SCREEN_DATA_MODULE\.test\(id\) \? screenDataModule\(\) : null;/);
    expect(read('src/ext/reader/prime-screens.ts').match(/^import .*$/gm)).toEqual([
      "import { primeScreens } from '../../rules/screen';",
      "import { SCREEN_DATA } from './screen-data';",
    ]);
  });

  test('manifest basics in wxt.config.ts: gecko id, data collection, locale, narrow permissions', () => {
    const cfg = read('wxt.config.ts');
    expect(cfg).toContain("'sina-clean@sina-clean.app'");
    expect(cfg).toContain("data_collection_permissions: { required: ['none'] }");
    expect(cfg).toContain("default_locale: 'zh_CN'");
    // Firefox adds the article origins (tabs.executeScript of the reader chunk); nothing else.
    expect(cfg).toContain("permissions: ['storage', 'contextMenus', ...(browser === 'firefox' ? ARTICLE_ORIGINS : [])]");
    expect(cfg).not.toMatch(/host_permissions|'tabs'|'scripting'|<all_urls>|'activeTab'/);
  });
});

