/**
 * The extension build leaves out of the rule tables what only tests and the trace read: each
 * rule's examples, fixture path and reason (src/ext/tools/strip-examples.ts). Here the engine is
 * bundled with that transform (as wxt.config.ts applies it; test/e2e/harness/bundle.ts) and run
 * over every fixture page and every synthetic e2e and hostile page: each must give the same
 * Article, or the same error, as the engine with its whole tables. The trace, which does read the
 * reasons, is what the extension never asks for.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extract } from '../../../src/engine/extract';
import { noRuleExamples } from '../../e2e/harness/bundle';
import { ROOT } from '../../e2e/harness/catalog';
import { comparedPages, outcome } from '../../support/engine-cases';

type Extract = typeof extract;
let stripped: Extract;
let bundled = '';
let file = '';

beforeAll(async () => {
  const r = await build({
    entryPoints: [path.join(ROOT, 'src/engine/extract.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    packages: 'external',
    write: false,
    logLevel: 'silent',
    plugins: [noRuleExamples],
  });
  bundled = r.outputFiles[0]!.text;
  // Inside the repository, so that the bundle's package imports resolve.
  const dir = path.join(ROOT, 'node_modules/.cache/sina-clean');
  mkdirSync(dir, { recursive: true });
  file = path.join(dir, `stripped-engine-${process.pid}.mjs`);
  writeFileSync(file, bundled);
  stripped = ((await import(pathToFileURL(file).href)) as { extract: Extract }).extract;
}, 60_000);
afterAll(() => rmSync(file, { force: true }));


const cases = comparedPages();

describe('the engine with its rule tables as the extension ships them', () => {
  test('the transform is in effect: rule reasons are gone from the bundle, the engine’s own stay', () => {
    // A rule reason (src/rules/page.ts) and a reason written in an engine module (visibility.ts).
    expect(bundled).not.toContain('app download promo');
    expect(bundled).toContain('inline opacity:0: the page draws nothing of it');
    expect(stripped).not.toBe(extract);
  });
  test.each(cases)('%s', (_id, html, url) => {
    expect(outcome(stripped, html, url)).toEqual(outcome(extract, html, url));
  });
});
