import { describe, expect, test } from 'vitest';
import { bundleReport, moduleGroup, shortModuleId } from '../../../src/ext/tools/bundle-report';

describe('bundle report (SINA_CLEAN_BUNDLE_REPORT=1 npx wxt build)', () => {
  test('module ids are shortened from the repository folders and grouped by package or folder', () => {
    expect(shortModuleId('/work/x/node_modules/css-select/lib/esm/index.js')).toBe('node_modules/css-select/lib/esm/index.js');
    expect(shortModuleId('\0/work/x/src/rules/bylines.ts?commonjs')).toBe('src/rules/bylines.ts');
    expect(shortModuleId('virtual:wxt-plugins')).toBe('virtual:wxt-plugins');
    expect(moduleGroup('node_modules/@mozilla/readability/Readability.js')).toBe('@mozilla/readability');
    expect(moduleGroup('node_modules/domutils/lib/esm/index.js')).toBe('domutils');
    expect(moduleGroup('src/engine/blocks.ts')).toBe('src/engine');
  });
  test('chunks largest first, groups and modules by rendered bytes, assets left out', () => {
    const report = bundleReport([
      { type: 'asset', fileName: 'a.css' },
      { type: 'chunk', fileName: 'small.js', code: 'x', modules: { '/r/src/a.ts': { renderedLength: 10 } } },
      {
        type: 'chunk',
        fileName: 'reader.js',
        code: '净'.repeat(1000),
        modules: {
          '/r/src/engine/blocks.ts': { renderedLength: 3000 },
          '/r/src/engine/lines.ts': { renderedLength: 2000 },
          '/r/node_modules/css-what/lib/es/parse.js': { renderedLength: 4000 },
          '/r/src/shaken.ts': { renderedLength: 0 },
        },
      },
    ]);
    expect(report).not.toContain('a.css');
    expect(report.indexOf('reader.js')).toBeLessThan(report.indexOf('small.js'));
    // Built size in bytes (UTF-8), rendered size summed over the modules left in.
    expect(report).toContain('reader.js: 3.0 KB built, 9.0 KB rendered in 3 modules');
    expect(report).toMatch(/5\.0 KB\s+55\.6 %\s+src\/engine\n/);
    expect(report).toMatch(/4\.0 KB\s+44\.4 %\s+css-what\n/);
    expect(report).not.toContain('shaken');
  });
});
