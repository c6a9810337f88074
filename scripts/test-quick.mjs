#!/usr/bin/env node
// `npm run test:quick`: the type check, lint and the quick vitest set (vitest.quick.config.ts),
// started together instead of one after the other. The type check and lint are mostly one core
// each and are done long before the tests; vitest's own start-up and its last files leave a core
// idle that they fill. Vitest writes to the terminal as it goes; the type check's and lint's
// output is held and printed after it, then one line per step. Exits 1 if any step failed.
// Arguments go to vitest (`npm run test:quick -- test/rules`).
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command; resolves with its exit code, its held output and its wall time. */
function run(name, cmd, args, hold) {
  const start = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: hold ? ['ignore', 'pipe', 'pipe'] : 'inherit', shell: process.platform === 'win32' });
    const out = [];
    if (hold) {
      child.stdout.on('data', (d) => out.push(d));
      child.stderr.on('data', (d) => out.push(d));
    }
    child.on('error', (e) => out.push(Buffer.from(`${e.message}\n`)));
    child.on('close', (code, signal) => resolve({ name, code: code ?? (signal ? 1 : 0), out: Buffer.concat(out).toString(), ms: performance.now() - start }));
  });
}

const steps = await Promise.all([
  run('vitest', process.execPath, [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', 'vitest.quick.config.ts', ...process.argv.slice(2)], false),
  run('typecheck', npm, ['run', '-s', 'typecheck'], true),
  run('lint', npm, ['run', '-s', 'lint'], true),
]);

for (const s of steps) if (s.out.trim() !== '') process.stdout.write(`\n── ${s.name} ──\n${s.out.trimEnd()}\n`);
process.stdout.write('\n');
for (const s of steps) process.stdout.write(`test:quick ${s.name.padEnd(9)} ${s.code === 0 ? 'ok    ' : 'FAILED'} ${(s.ms / 1000).toFixed(1)} s\n`);
process.exitCode = steps.some((s) => s.code !== 0) ? 1 : 0;
