/**
 * Vitest global set-up of the full suite: builds the CLI bundle once, before any test file runs,
 * so the suites that spawn `bin/sina-clean.mjs` or pack it test the current source and never
 * rebuild dist/ under each other's feet.
 */
import { execSync } from 'node:child_process';
import path from 'node:path';

export default function setup(): void {
  execSync('npm run -s build:cli', { cwd: path.join(import.meta.dirname, '..', '..'), stdio: 'inherit' });
}
