/**
 * The command as a user installs it: `npm pack` gives a tarball with a prebuilt dist/, which
 * installs into an empty folder with runtime dependencies only, offline (from npm's cache, as
 * `npm ci` left it), and cleans a page exactly as the repository's build does.
 *
 * The install is `npm ci --offline --omit=dev` in an empty project that depends on the tarball,
 * with a lockfile made from this repository's: the runtime part of it, nothing else. npm then
 * needs no registry (no package metadata, only the cached tarballs).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, REPO, tempDir } from './helpers';

interface LockEntry {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  link?: boolean;
  [k: string]: unknown;
}

const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(path.join(REPO, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
const runtime = Object.entries(lock.packages).filter(([k, v]) => k !== '' && !v.dev && !v.devOptional && !v.link);

let tmp: ReturnType<typeof tempDir>;
let tarball: string;
let files: string[];
let app: string;

beforeAll(() => {
  tmp = tempDir('sina-clean-pack-');
  // --ignore-scripts: dist/ is built once before the suite (test/support/build-cli.ts); `prepare`
  // would also run `wxt prepare`.
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp.dir], { cwd: REPO, encoding: 'utf8' }),
  ) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(tmp.dir, packed[0]!.filename);
  files = packed[0]!.files.map((f) => f.path).sort();

  app = path.join(tmp.dir, 'app');
  execFileSync('mkdir', ['-p', app]);
  const spec = `file:${path.relative(app, tarball)}`;
  const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  const root = lock.packages['']!;
  const manifest = { name: 'app', private: true, dependencies: { 'sina-clean': spec } };
  const packages: Record<string, unknown> = {
    '': manifest,
    'node_modules/sina-clean': {
      version: root.version,
      resolved: spec,
      integrity,
      license: root.license,
      dependencies: root.dependencies,
      bin: root.bin,
      engines: root.engines,
    },
    ...Object.fromEntries(runtime),
  };
  writeFileSync(path.join(app, 'package.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(app, 'package-lock.json'), JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages }, null, 2));
  execFileSync('npm', ['ci', '--offline', '--omit=dev', '--no-audit', '--no-fund'], { cwd: app, stdio: 'pipe' });
}, 180_000);
afterAll(() => tmp?.cleanup());

describe('the packed tarball', () => {
  it('holds the launcher, the prebuilt bundle, the docs and the licence, nothing else', () => {
    expect(files).toEqual(
      ['LICENSE', 'README.md', 'bin/sina-clean.mjs', 'dist/cli-worker.mjs', 'dist/cli.mjs', 'docs/cli.md', 'package.json', 'scripts/prepare.mjs'].sort(),
    );
  });

  it('installs offline with runtime dependencies only', () => {
    const installed = readdirSync(path.join(app, 'node_modules')).filter((n) => !n.startsWith('.'));
    for (const dev of ['wxt', 'vitest', 'jsdom', 'esbuild', 'typescript', 'defuddle', '@postlight', 'vega', 'puppeteer-core']) {
      expect(installed, dev).not.toContain(dev);
    }
    for (const dep of Object.keys(pkg.dependencies)) {
      expect(existsSync(path.join(app, 'node_modules', dep, 'package.json')), dep).toBe(true);
    }
    expect(existsSync(path.join(app, 'node_modules/.bin/sina-clean'))).toBe(true);
  });

  it('cleans a page from any folder exactly as the repository build does', () => {
    const page = path.join(FIXTURES, 'pages/news_20240510_inausehc2630922.html');
    const env = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8' };
    const installed = execFileSync(path.join(app, 'node_modules/.bin/sina-clean'), ['-f', 'json', page], { cwd: tmp.dir, encoding: 'utf8', env });
    const repo = execFileSync(process.execPath, [path.join(REPO, 'bin/sina-clean.mjs'), '-f', 'json', page], { cwd: REPO, encoding: 'utf8', env });
    expect(installed).toBe(repo);
    expect(JSON.parse(installed).docId).toBe('inausehc2630922');
    // Worker threads too: a folder.
    const batch = execFileSync(path.join(app, 'node_modules/.bin/sina-clean'), ['-f', 'jsonl', '-q', path.join(FIXTURES, 'synthetic')], {
      cwd: tmp.dir,
      encoding: 'utf8',
      env,
    });
    const pages = readdirSync(path.join(FIXTURES, 'synthetic')).filter((f) => f.endsWith('.html'));
    expect(batch.trim().split('\n')).toHaveLength(pages.length);
  });
});

describe('dependencies', () => {
  it('are exactly the packages the built command imports', async () => {
    // esbuild's own account of the bundle's external imports (not a text scan of the output, where
    // strings in the code can look like import statements).
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [path.join(REPO, 'src/cli/bin.ts'), path.join(REPO, 'src/cli/worker.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      write: false,
      metafile: true,
      outdir: path.join(REPO, 'dist-metafile-check'),
      logLevel: 'silent',
    });
    const imported = new Set<string>();
    for (const out of Object.values(result.metafile.outputs)) {
      for (const imp of out.imports) {
        if (!imp.external || imp.path.startsWith('node:') || imp.path.startsWith('.')) continue;
        const spec = imp.path;
        imported.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
    const { builtinModules } = await import('node:module');
    for (const builtin of builtinModules) imported.delete(builtin);
    expect([...imported].sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  it('no install step runs a development tool', () => {
    expect(pkg.scripts.postinstall).toBeUndefined();
    expect(pkg.scripts.install).toBeUndefined();
    expect(pkg.scripts.preinstall).toBeUndefined();
  });

  it('npm ci --omit=dev in a clone succeeds: prepare skips the build without the development tools', () => {
    const clone = path.join(tmp.dir, 'clone');
    execFileSync('mkdir', ['-p', path.join(clone, 'scripts')]);
    for (const f of ['package.json', 'package-lock.json', 'scripts/prepare.mjs']) {
      writeFileSync(path.join(clone, f), readFileSync(path.join(REPO, f)));
    }
    const out = execFileSync('npm', ['ci', '--offline', '--omit=dev', '--no-audit', '--no-fund'], { cwd: clone, encoding: 'utf8' });
    expect(out).toContain('development tools not installed; skipping');
    expect(existsSync(path.join(clone, 'node_modules/cheerio/package.json'))).toBe(true);
    expect(existsSync(path.join(clone, 'node_modules/wxt'))).toBe(false);
  });
});
