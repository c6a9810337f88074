/** Output capture for harness workers: a library must not print. */

const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir'];

/**
 * Runs fn with console, process.stdout/stderr and process.emitWarning captured into `printed`,
 * each write as "<where>: <args>" cut to 200 characters (with `oneLine`, runs of white space
 * collapsed first).
 */
export function silenced<T>(printed: string[], fn: () => T, { oneLine = false }: { oneLine?: boolean } = {}): T {
  const record = (where: string) => (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    printed.push(`${where}: ${(oneLine ? text.replace(/\s+/g, ' ') : text).slice(0, 200)}`);
    return true;
  };
  const con = console as unknown as Record<string, unknown>;
  const saved = CONSOLE_METHODS.map((m) => con[m]);
  const { write: out } = process.stdout;
  const { write: err } = process.stderr;
  const warn = process.emitWarning;
  for (const m of CONSOLE_METHODS) con[m] = record(`console.${m}`);
  process.stdout.write = record('stdout') as typeof process.stdout.write;
  process.stderr.write = record('stderr') as typeof process.stderr.write;
  process.emitWarning = record('process.emitWarning') as typeof process.emitWarning;
  try {
    return fn();
  } finally {
    CONSOLE_METHODS.forEach((m, i) => (con[m] = saved[i]));
    process.stdout.write = out;
    process.stderr.write = err;
    process.emitWarning = warn;
  }
}
