/**
 * `sina-clean` command line: argument parsing and wiring. The work happens in ./batch.ts.
 */
import { Command, CommanderError, InvalidArgumentError, type Option } from 'commander';
import pkg from '../../package.json';
import { checkOutDir, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, defaultJobs, nothingToRead, runBatch } from './batch';
import { parseDateBound, type DateBound } from './dates';
import { FORMATS, type Format } from './format';
import { detectLang, LISTED_REASONS, messages, type Lang, type Messages } from './i18n';
import { isHttpUrl, isSeveral, WALK_EXTENSIONS } from './inputs';
import type { ExtractFn } from './job';
import { displayWidth, safeLine } from './terminal';

type Out = NodeJS.WritableStream & { columns?: number };

export interface CliIo {
  stdout: Out;
  stderr: Out;
  stdin: NodeJS.ReadableStream;
  stdinIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Results printed on a terminal: no progress line then (it would interleave with them). */
  stdoutIsTTY?: boolean;
  /** Abort = interrupted (SIGINT): the batch stops cleanly and main returns 130 (143 for 'SIGTERM'). */
  signal?: AbortSignal;
  /** Environment for the locale (LC_ALL, LC_MESSAGES, LANG); default process.env. */
  env?: Record<string, string | undefined>;
  /** Run on the calling thread (tests); `extract` replaces the engine then. */
  inProcess?: boolean;
  extract?: ExtractFn;
}

export const EXIT = { ok: 0, someFailed: 1, usage: 2, interrupted: 130, terminated: 143 } as const;

function helpAfter(t: Messages): string {
  const width = Math.max(...LISTED_REASONS.map((r) => displayWidth(t.reason[r]))) + 2;
  const reasons = LISTED_REASONS.map(
    (r) => `    ${t.reason[r]}${' '.repeat(width - displayWidth(t.reason[r]))}${t.reasonHelp[r]}`,
  ).join('\n');
  return t.helpAfter({
    walk: WALK_EXTENSIONS.join(' '),
    reasons,
    mb: DEFAULT_MAX_BYTES / 1048576,
    s: DEFAULT_TIMEOUT_MS / 1000,
  });
}

interface Opts {
  format: Format;
  out?: string;
  force?: boolean;
  skipExisting?: boolean;
  dedupe?: boolean;
  since?: DateBound;
  until?: DateBound;
  explain?: boolean;
  jobs?: number;
  url?: string;
  timeout: number;
  maxSize: number;
  quiet?: boolean;
  progress: boolean;
}

function buildProgram(io: CliIo, t: Messages): Command {
  const positiveInt = (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(t.notWholeNumber);
    return n;
  };
  const nonNegative = (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n) || n < 0) throw new InvalidArgumentError(t.notNonNegative);
    return n;
  };
  const httpUrl = (value: string): string => {
    if (!isHttpUrl(value)) throw new InvalidArgumentError(t.notHttpUrl);
    try {
      return new URL(value).href;
    } catch {
      throw new InvalidArgumentError(t.notUrl);
    }
  };
  const format = (value: string): Format => {
    if (!(FORMATS as readonly string[]).includes(value)) throw new InvalidArgumentError(t.notFormat(FORMATS.join(', ')));
    return value as Format;
  };
  const date = (value: string): DateBound => {
    const bound = parseDateBound(value);
    if (!bound) throw new InvalidArgumentError(t.notDate);
    return bound;
  };

  return new Command()
    .name('sina-clean')
    .description(t.description)
    .usage(t.usage)
    .version(pkg.version, '-V, --version', t.optVersion)
    .helpOption('-h, --help', t.optHelp)
    .argument('[inputs...]', t.argInputs)
    .option('-f, --format <format>', t.optFormat, format, 'markdown' as Format)
    .option('-o, --out <dir>', t.optOut)
    .option('--force', t.optForce)
    .option('--skip-existing', t.optSkipExisting)
    .option('--since <date>', t.optSince, date)
    .option('--until <date>', t.optUntil, date)
    .option('--dedupe', t.optDedupe)
    .option('--explain', t.optExplain)
    .option('-j, --jobs <n>', t.optJobs(defaultJobs()), positiveInt)
    .option('--url <url>', t.optUrl, httpUrl)
    .option('--timeout <seconds>', t.optTimeout(DEFAULT_TIMEOUT_MS / 1000), nonNegative, DEFAULT_TIMEOUT_MS / 1000)
    .option('--max-size <MB>', t.optMaxSize(DEFAULT_MAX_BYTES / 1048576), nonNegative, DEFAULT_MAX_BYTES / 1048576)
    .option('-q, --quiet', t.optQuiet)
    .option('--no-progress', t.optNoProgress)
    .addHelpText('after', helpAfter(t))
    .exitOverride()
    .configureHelp({
      styleTitle: (str: string) => t.titles[str] ?? str,
      // Defaults and choices are written into the descriptions, in the help's language.
      optionDescription: (option: Option) => option.description,
    })
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
      // Errors are printed by main, translated, with the tool's one prefix.
      outputError: () => {},
    });
}

/** Commander's own errors, in the user's language and with the tool's one prefix. */
function commanderMessage(err: CommanderError, t: Messages): string {
  const m = err.message.replace(/^error: /, '');
  let x: RegExpExecArray | null;
  if ((x = /^unknown option '(.*?)'(?:\n\(Did you mean (.*?)\?\))?$/s.exec(m))) return t.unknownOption(safeLine(x[1]!), x[2] ? safeLine(x[2]) : null);
  if ((x = /^option '(.*?)' argument missing$/s.exec(m))) return t.missingValue(x[1]!);
  if ((x = /^option '(.*?)' argument '(.*?)' is invalid\. ?(.*)$/s.exec(m))) return t.badValue(x[1]!, safeLine(x[2]!), x[3]!);
  return safeLine(m);
}

/** Run the CLI with the given arguments (without `node` and the script) and streams; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const lang: Lang = detectLang(io.env ?? process.env);
  const t = messages(lang);
  const usage = (message: string): number => {
    io.stderr.write(`sina-clean: ${message}\n${t.runHelp}\n`);
    return EXIT.usage;
  };

  const prog = buildProgram(io, t);
  try {
    await prog.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.exitCode === 0) return EXIT.ok;
      return usage(commanderMessage(err, t));
    }
    throw err;
  }
  const opts = prog.opts<Opts>();
  let inputs: string[] = prog.args;

  if (inputs.length === 0) {
    if (io.stdinIsTTY) return usage(t.noInput);
    inputs = ['-'];
  }
  if (opts.force && opts.skipExisting) return usage(t.forceAndSkip);
  if ((opts.force || opts.skipExisting) && !opts.out) return usage(t.needsOut);
  if (opts.url && (inputs.length !== 1 || isHttpUrl(inputs[0]!) || (await isSeveral(inputs)))) return usage(t.urlSingle);
  if (opts.since && opts.until && opts.since.start >= opts.until.end) return usage(t.sinceAfterUntil);
  if (opts.explain && (inputs.length !== 1 || opts.out || (await isSeveral(inputs)))) return usage(t.explainSingle);
  if (opts.out) {
    const problem = checkOutDir(opts.out, lang);
    if (problem) return usage(problem);
  }

  const several = await isSeveral(inputs);
  const batchLike = several || Boolean(opts.out);
  const summary = await runBatch({
    inputs,
    format: opts.explain ? 'explain' : opts.format,
    outDir: opts.out ?? null,
    force: opts.force ?? false,
    skipExisting: opts.skipExisting ?? false,
    dedupe: opts.dedupe ?? false,
    since: opts.since ?? null,
    until: opts.until ?? null,
    jobs: opts.jobs,
    url: opts.url ?? null,
    timeoutMs: opts.timeout * 1000,
    maxBytes: opts.maxSize === 0 ? Number.POSITIVE_INFINITY : Math.floor(opts.maxSize * 1048576),
    several,
    stdout: io.stdout,
    stdoutIsTTY: io.stdoutIsTTY ?? false,
    stderr: io.stderr,
    stdin: io.stdin,
    progress: opts.progress && !opts.quiet && io.stderrIsTTY && several && (Boolean(opts.out) || !io.stdoutIsTTY),
    summary: opts.quiet ? 'failures' : batchLike ? 'full' : 'errors',
    lang,
    inProcess: io.inProcess,
    extract: io.extract,
    signal: io.signal,
  });
  if (summary.interrupted) return io.signal?.reason === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted;
  if (nothingToRead(summary)) return EXIT.usage;
  return summary.failed > 0 ? EXIT.someFailed : EXIT.ok;
}
