#!/usr/bin/env node
// Thin launcher: the CLI is bundled to dist/cli.mjs by `npm run build:cli` (run by postinstall).
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(built)) {
  process.stderr.write('sina-clean: the CLI is not built yet; run `npm run build:cli` (or `npm ci`) first.\n');
  process.exit(2);
}
await import(built.href);
