/** Process entry of the built CLI (dist/cli.mjs): real streams, signals, exit code. */
import { main } from './main';

const controller = new AbortController();
let signals = 0;
const onSignal = (name: 'SIGINT' | 'SIGTERM') => (): void => {
  signals++;
  // A second signal while the batch is winding down: leave now (writes are synchronous, so no
  // temporary file can be open at this point).
  if (signals > 1) process.exit(name === 'SIGTERM' ? 143 : 130);
  controller.abort(name);
};
process.on('SIGINT', onSignal('SIGINT'));
// The reader of our stdout went away (`sina-clean dir | head`): nothing more can be delivered, and
// only stdout mode writes there (never --out files), so stop quietly like other filters.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
process.on('SIGTERM', onSignal('SIGTERM'));

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  signal: controller.signal,
});
if (code >= 128) process.exit(code);
process.exitCode = code;
