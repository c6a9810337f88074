/**
 * `sina-clean` command line: argument parsing and wiring. The work happens in ./batch.ts.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import pkg from '../../package.json';
import { checkOutDir, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, runBatch } from './batch';
import { FORMATS, type Format } from './format';
import { isHttpUrl, isSeveral, WALK_EXTENSIONS } from './inputs';
import type { ExtractFn } from './job';

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
  /** Run on the calling thread (tests); `extract` replaces the engine then. */
  inProcess?: boolean;
  extract?: ExtractFn;
}

export const EXIT = { ok: 0, someFailed: 1, usage: 2, interrupted: 130, terminated: 143 } as const;

const HELP_AFTER = `
Inputs:
  FILE      a saved page (any charset: BOM, <meta charset>, http-equiv, or detected),
            a seed-format post (.md/.txt with YAML front matter), or a body fragment
  DIR       walked recursively for ${WALK_EXTENSIONS.join(' ')} files (hidden entries skipped)
  URL       an http(s) address, fetched (redirects followed) and decoded the same way
  -         standard input (also used when no input is given and stdin is not a terminal)

Output:
  Without --out, results go to stdout in input order: jsonl = one Article per line; json = one
  object for one input, an array for several; text/markdown/html print "==> INPUT <==" before
  each document when there are several. html is a clean standalone page built from the article's
  text (nothing from the original page's markup). With --out DIR, each input gets DIR/NAME.EXT
  where NAME is the article's docId (else the input's file name) and EXT is
  .txt/.md/.json/.jsonl/.html. Files are written
  atomically (temporary file, then rename); an existing file is never replaced without --force.

Batch:
  Inputs run in parallel on worker threads (--jobs). A live progress line is shown on stderr
  when it is a terminal. At the end a summary "done N, failed N, skipped N" lists every failure
  with its reason: not an article, unreadable (e.g. binary data), empty, fetch failed, not found,
  too large, timed out, output exists, write failed. Ctrl-C stops the batch, removes nothing that
  was finished, leaves no partial file and prints the summary.

Exit codes:
  0    every input produced an article (skipped inputs count as fine)
  1    at least one input failed
  2    usage error (unknown option, bad value, nothing to read)
  130  interrupted (SIGINT); 143 terminated (SIGTERM)

Examples:
  sina-clean page.html                      Markdown of one saved page
  sina-clean -f json https://finance.sina.com.cn/…/doc-xxxx.shtml
  sina-clean -f jsonl saved/ > articles.jsonl
  sina-clean saved/ -o out/ -f json         one JSON file per page in out/
  curl -s URL | sina-clean - --url URL      stdin, telling the engine where it came from
`;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

function nonNegative(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new InvalidArgumentError('expected a number ≥ 0');
  return n;
}

function httpUrl(value: string): string {
  if (!isHttpUrl(value)) throw new InvalidArgumentError('expected an http(s) URL');
  try {
    return new URL(value).href;
  } catch {
    throw new InvalidArgumentError('not a valid URL');
  }
}

interface Opts {
  format: Format;
  out?: string;
  force?: boolean;
  skipExisting?: boolean;
  jobs?: number;
  url?: string;
  timeout: number;
  maxSize: number;
  quiet?: boolean;
  progress: boolean;
}

function buildProgram(io: CliIo): Command {
  return new Command()
    .name('sina-clean')
    .description(
      'Turn Sina Finance article pages into clean articles: the body without ads, QR codes, promos ' +
        'and quote clutter, plus title, time, source, authors, editor, keywords and stocks.',
    )
    .version(pkg.version, '-V, --version')
    .argument('[inputs...]', 'files, directories, http(s) URLs, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('markdown'))
    .option('-o, --out <dir>', 'write one file per input into DIR (created if missing) instead of stdout')
    .option('--force', 'overwrite existing files in --out')
    .option('--skip-existing', 'count inputs whose output file exists as skipped (for resuming a batch)')
    .option('-j, --jobs <n>', 'parallel workers (default: number of CPUs; 1 for a single input)', positiveInt)
    .option('--url <url>', 'the page address of a single file/stdin input (docId, absolute links)', httpUrl)
    .option('--timeout <seconds>', 'give up on one input after this long; 0 = never', nonNegative, DEFAULT_TIMEOUT_MS / 1000)
    .option('--max-size <MB>', 'refuse inputs larger than this', nonNegative, DEFAULT_MAX_BYTES / 1048576)
    .option('-q, --quiet', 'no progress and no summary; failures are still reported')
    .option('--no-progress', 'no live progress line')
    .addHelpText('after', HELP_AFTER)
    .showHelpAfterError('(run sina-clean --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    });
}

/** Run the CLI with the given arguments (without `node` and the script) and streams; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw err;
  }
  const opts = program.opts<Opts>();
  let inputs: string[] = program.args;

  const usage = (message: string): number => {
    io.stderr.write(`sina-clean: ${message}\n(run sina-clean --help for usage)\n`);
    return EXIT.usage;
  };

  if (inputs.length === 0) {
    if (io.stdinIsTTY) return usage('no input: give files, directories, URLs, or - for stdin');
    inputs = ['-'];
  }
  if (opts.force && opts.skipExisting) return usage('--force and --skip-existing contradict each other');
  if ((opts.force || opts.skipExisting) && !opts.out) return usage('--force and --skip-existing only apply with --out');
  if (opts.url && (inputs.length !== 1 || isHttpUrl(inputs[0]!) || (await isSeveral(inputs)))) {
    return usage('--url applies to a single file or stdin input');
  }
  if (opts.out) {
    const problem = checkOutDir(opts.out);
    if (problem) return usage(problem);
  }

  const several = await isSeveral(inputs);
  const batchLike = several || Boolean(opts.out);
  const summary = await runBatch({
    inputs,
    format: opts.format,
    outDir: opts.out ?? null,
    force: opts.force ?? false,
    skipExisting: opts.skipExisting ?? false,
    jobs: opts.jobs,
    url: opts.url ?? null,
    timeoutMs: opts.timeout * 1000,
    maxBytes: Math.floor(opts.maxSize * 1048576),
    several,
    stdout: io.stdout,
    stderr: io.stderr,
    stdin: io.stdin,
    progress: opts.progress && !opts.quiet && io.stderrIsTTY && several && (Boolean(opts.out) || !io.stdoutIsTTY),
    summary: batchLike && !opts.quiet ? 'full' : 'errors',
    inProcess: io.inProcess,
    extract: io.extract,
    signal: io.signal,
  });
  if (summary.interrupted) return io.signal?.reason === 'SIGTERM' ? EXIT.terminated : EXIT.interrupted;
  return summary.failed > 0 ? EXIT.someFailed : EXIT.ok;
}
