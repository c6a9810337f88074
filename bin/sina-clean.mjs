#!/usr/bin/env node
// Thin launcher: the CLI is bundled to dist/cli.mjs by `npm run build:cli` (run by `prepare`
// after `npm ci`; prebuilt in a packed tarball).
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.mjs', import.meta.url);
if (!existsSync(built)) {
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  process.stderr.write(
    /^zh/i.test(locale)
      ? 'sina-clean: 命令行尚未构建；请先运行 `npm run build:cli`（或 `npm ci`）。\n'
      : 'sina-clean: the CLI is not built yet; run `npm run build:cli` (or `npm ci`) first.\n',
  );
  process.exit(2);
}
await import(built.href);
