/** Process entry of the built CLI (dist/cli.mjs): real streams, signals, exit code. */
import { main } from './main';

/** After the first signal, the batch has this long to wind down before the process stops anyway. */
const WIND_DOWN_MS = 5000;

/**
 * Stop now, as the signal's default action does: the process ends at once with the signal's
 * status (130/143 in a shell), without waiting for anything still in flight.
 */
function dieBy(name: 'SIGINT' | 'SIGTERM'): never {
  process.removeAllListeners(name);
  process.kill(process.pid, name);
  // Signal delivery is asynchronous; should it be held up, exit with the same status.
  process.exit(name === 'SIGTERM' ? 143 : 130);
}

const controller = new AbortController();
let signalled: 'SIGINT' | 'SIGTERM' | null = null;
const onSignal = (name: 'SIGINT' | 'SIGTERM') => (): void => {
  // A second signal while the batch winds down: leave now (output files are written
  // synchronously, so no temporary file can be open at this point).
  if (signalled) dieBy(name);
  signalled = name;
  controller.abort(name);
  setTimeout(() => dieBy(name), WIND_DOWN_MS).unref();
};
process.on('SIGINT', onSignal('SIGINT'));
process.on('SIGTERM', onSignal('SIGTERM'));
// The reader of our stdout went away (`sina-clean dir | head`): nothing more can be delivered, and
// only stdout mode writes there (never --out files), so stop quietly like other filters.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const code = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  signal: controller.signal,
});

// Exit explicitly once what was written has been flushed: a standard input that was abandoned
// (timed out, or never read to its end) must not keep the process alive.
const flushed = (stream: NodeJS.WriteStream) => new Promise<void>((resolve) => stream.write('', () => resolve()));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);
