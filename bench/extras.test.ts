import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleSizes } from './extras';

const dir = join(import.meta.dirname, 'tmp', 'extras-test', 'chrome-mv3');
afterAll(() => rmSync(join(import.meta.dirname, 'tmp', 'extras-test'), { recursive: true, force: true }));

describe('bundleSizes', () => {
  it('names the built extension relative to the repository, not by its absolute path', () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ content_scripts: [{ js: ['content-scripts/content.js'] }] }));
    mkdirSync(join(dir, 'content-scripts'), { recursive: true });
    writeFileSync(join(dir, 'content-scripts', 'content.js'), 'console.log(1);');
    const r = bundleSizes(dir)!;
    expect(r.dir).toBe('bench/tmp/extras-test/chrome-mv3');
    expect(r.files).toEqual([expect.objectContaining({ role: 'content-script', file: 'content-scripts/content.js', bytes: 15 })]);
  });
});
