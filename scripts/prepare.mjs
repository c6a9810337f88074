#!/usr/bin/env node
// `npm run prepare` (npm runs it after `npm ci`/`npm install` in a clone and before `npm pack`;
// never when the packed tarball is installed): the extension's generated types (`wxt prepare`)
// and the CLI bundle in dist/. Without the development tools (`npm ci --omit=dev`) it says so
// and does nothing: such an install runs from a packed tarball, whose dist/ is prebuilt.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const has = (name) => {
  try {
    require.resolve(`${name}/package.json`);
    return true;
  } catch {
    return false;
  }
};

if (!has('wxt') || !has('esbuild')) {
  console.log('sina-clean: development tools not installed; skipping the extension types and the CLI build');
  process.exit(0);
}
execSync('wxt prepare', { stdio: 'inherit' });
execSync('npm run -s build:cli', { stdio: 'inherit' });
