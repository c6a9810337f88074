#!/usr/bin/env node
// `npm run prepare` (npm runs it after `npm ci`/`npm install` in a clone and before `npm pack`;
// never when the packed tarball is installed): the extension's generated types (`wxt prepare`)
// and the CLI bundle in dist/. Without the development tools (`npm ci --omit=dev`) it says so
// and does nothing: such an install runs from a packed tarball, whose dist/ is prebuilt.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
// Installed in this repository's node_modules (wxt's exports do not allow resolving its package.json).
const has = (name) => existsSync(join(root, 'node_modules', name, 'package.json'));

if (!has('wxt') || !has('esbuild')) {
  console.log('sina-clean: development tools not installed; skipping the extension types and the CLI build');
  process.exit(0);
}
execSync('wxt prepare', { cwd: root, stdio: 'inherit' });
execSync('npm run -s build:cli', { cwd: root, stdio: 'inherit' });
