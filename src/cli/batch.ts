/**
 * The batch engine behind the CLI, also used by the benchmark: inputs are expanded lazily, at most
 * `2 × jobs` are in flight, and results are handled strictly in input order as soon as they are
 * ready (so stdout order and output file names are deterministic while memory stays bounded).
 */
import { once } from 'node:events';
import { existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { EXTENSIONS, formatSize, type Format } from './format';
import { expandInputs, isSeveral, type InputItem } from './inputs';
import { FAILURE_TEXT, type ExtractFn, type FailureReason, type JobRequest, type JobResult } from './job';
import { InProcessRunner, WorkerPool, type Runner } from './pool';

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;

type Out = NodeJS.WritableStream & { columns?: number };

export interface BatchOptions {
  /** Files, directories, http(s) URLs, or '-' for stdin, as on the command line. */
  inputs: readonly string[];
  format?: Format;
  /** Write one file per input here instead of to `stdout`. Created if missing. */
  outDir?: string | null;
  /** Replace existing output files. */
  force?: boolean;
  /** Count an input whose output file exists as skipped instead of failed. */
  skipExisting?: boolean;
  /** Parallel workers; default: CPUs for several inputs, 1 for one. */
  jobs?: number;
  /** Per-input limit on worker runs; 0 = none. In-process runs cannot be stopped midway. */
  timeoutMs?: number;
  fetchTimeoutMs?: number;
  maxBytes?: number;
  /** The page address for a single file/stdin input (docId, absolute links). */
  url?: string | null;
  /** Output framing for stdout (JSON array, headers between texts); computed from `inputs` if unset. */
  several?: boolean;
  /** Results go here without `outDir`; null discards them (benchmarks). */
  stdout?: Out | null;
  /** Progress line and summary go here; null = silent. */
  stderr?: Out | null;
  stdin?: NodeJS.ReadableStream | null;
  /** Live progress line on `stderr` (meant for a terminal). */
  progress?: boolean;
  /** 'full': counts plus every failure; 'errors': only failure lines; 'none'. */
  summary?: 'full' | 'errors' | 'none';
  /** Run jobs on this thread instead of worker threads. */
  inProcess?: boolean;
  /** Engine override, only honoured with `inProcess` (tests). */
  extract?: ExtractFn;
  /** Aborting stops the batch: no new work, workers terminated, no partial files. */
  signal?: AbortSignal;
  /** Called once per handled input, in input order. */
  onResult?: (event: BatchEvent) => void;
}

export interface BatchIssue {
  label: string;
  reason: FailureReason | 'skipped' | 'note';
  message: string;
}

export type BatchEvent =
  | { status: 'done'; label: string; file: string | null; bytes: number }
  | { status: 'failed' | 'skipped'; label: string; message: string };

export interface BatchSummary {
  done: number;
  failed: number;
  skipped: number;
  interrupted: boolean;
  failures: BatchIssue[];
  skips: BatchIssue[];
  notes: BatchIssue[];
  bytesOut: number;
  elapsedMs: number;
}

type Outcome =
  | { kind: 'result'; label: string; result: JobResult }
  | { kind: 'problem'; label: string; reason: FailureReason; message: string }
  | { kind: 'skip'; label: string; message: string };

const ABORTED = Symbol('aborted');
const MAX_NOTES_SHOWN = 20;

let tempCounter = 0;

/**
 * Write `data` to dir/name via a temporary file in the same directory and a rename (or a hard
 * link, when not overwriting, so an existing file is never replaced). The whole write is
 * synchronous: a signal handler can never run while a temporary file exists.
 */
export function writeFileAtomic(dir: string, name: string, data: string, overwrite: boolean): 'written' | 'exists' {
  const final = path.join(dir, name);
  const temp = path.join(dir, `.${name}.${process.pid}.${++tempCounter}.tmp`);
  try {
    writeFileSync(temp, data, { flag: 'wx' });
    if (overwrite) {
      renameSync(temp, final);
      return 'written';
    }
    try {
      linkSync(temp, final);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return 'exists';
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw err;
      // File systems without hard links: check, then rename (a small race, but still atomic content).
      if (existsSync(final)) return 'exists';
      renameSync(temp, final);
    }
    return 'written';
  } finally {
    rmSync(temp, { force: true });
  }
}

async function readAll(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += buf.byteLength;
    if (total > maxBytes) return 'too-large';
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function indent(json: string): string {
  return `  ${json.trimEnd().replace(/\n/g, '\n  ')}`;
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = Date.now();
  const format = options.format ?? 'jsonl';
  const several = options.several ?? (await isSeveral(options.inputs));
  const jobs = Math.max(1, Math.floor(options.jobs ?? (several ? availableParallelism() : 1)));
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const stdout = options.stdout === undefined ? process.stdout : options.stdout;
  const stderr = options.stderr === undefined ? process.stderr : options.stderr;
  const summaryMode = options.summary ?? 'full';
  const outDir = options.outDir ?? null;
  const signal = options.signal;

  const summary: BatchSummary = {
    done: 0,
    failed: 0,
    skipped: 0,
    interrupted: false,
    failures: [],
    skips: [],
    notes: [],
    bytesOut: 0,
    elapsedMs: 0,
  };

  if (outDir) mkdirSync(outDir, { recursive: true });

  const runner: Runner =
    options.inProcess || jobs < 1
      ? new InProcessRunner(options.extract)
      : new WorkerPool(jobs, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);

  let aborted = signal?.aborted ?? false;
  let stdoutBroken = false;
  const abortPromise = new Promise<typeof ABORTED>((resolve) => {
    if (aborted) resolve(ABORTED);
    signal?.addEventListener(
      'abort',
      () => {
        aborted = true;
        resolve(ABORTED);
      },
      { once: true },
    );
  });
  const orAbort = <T>(p: Promise<T>): Promise<T | typeof ABORTED> => Promise.race([p, abortPromise]);

  const onStdoutError = (): void => {
    stdoutBroken = true;
  };
  stdout?.on('error', onStdoutError);

  // ---- progress -------------------------------------------------------------------------------
  let lastDraw = 0;
  let progressShown = false;
  const drawProgress = (label: string, force = false): void => {
    if (!options.progress || !stderr) return;
    const now = Date.now();
    if (!force && now - lastDraw < 100) return;
    lastDraw = now;
    const counts = `done ${summary.done}, failed ${summary.failed}, skipped ${summary.skipped}`;
    const width = stderr.columns ?? 80;
    let line = `${counts} · ${label}`;
    if (line.length > width - 1) line = `${line.slice(0, Math.max(0, width - 2))}…`;
    stderr.write(`\r\x1b[K${line}`);
    progressShown = true;
  };
  const clearProgress = (): void => {
    if (progressShown && stderr) stderr.write('\r\x1b[K');
    progressShown = false;
  };

  // ---- output ---------------------------------------------------------------------------------
  let stdoutItems = 0;
  const claimed = new Map<string, { label: string; docId: string | null }>();

  const writeStdout = async (chunk: string): Promise<void> => {
    if (!stdout || stdoutBroken) return;
    if (!stdout.write(chunk)) await orAbort(once(stdout, 'drain').then(() => undefined));
  };

  type Emitted =
    | { status: 'done'; file: string | null; bytes: number }
    | { status: 'skipped'; message: string }
    | { status: 'failed'; reason: FailureReason; message: string };

  const emit = async (label: string, result: Extract<JobResult, { ok: true }>): Promise<Emitted> => {
    if (!outDir) {
      let chunk = result.output;
      if (several && format === 'json') chunk = `${stdoutItems === 0 ? '[\n' : ',\n'}${indent(chunk)}`;
      else if (several && format !== 'jsonl') {
        chunk = `${stdoutItems === 0 ? '' : '\n'}==> ${label} <==\n${chunk}`;
      }
      stdoutItems++;
      await writeStdout(chunk);
      return { status: 'done', file: null, bytes: Buffer.byteLength(result.output) };
    }
    const ext = EXTENSIONS[format];
    let stem = result.stem;
    const prior = claimed.get(stem.toLowerCase());
    if (prior && result.docId && prior.docId === result.docId) {
      return { status: 'skipped', message: `same article (${result.docId}) as ${prior.label}` };
    }
    for (let n = 2; claimed.has(stem.toLowerCase()); n++) stem = `${result.stem}-${n}`;
    claimed.set(stem.toLowerCase(), { label, docId: result.docId });
    const name = stem + ext;
    const file = path.join(outDir, name);
    let status: 'written' | 'exists';
    try {
      status = writeFileAtomic(outDir, name, result.output, options.force ?? false);
    } catch (err) {
      return { status: 'failed', reason: 'write-failed', message: `${file}: ${(err as Error).message}` };
    }
    if (status === 'exists') {
      if (options.skipExisting) return { status: 'skipped', message: `${file} already exists` };
      return { status: 'failed', reason: 'output-exists', message: `${file} already exists (use --force to overwrite)` };
    }
    return { status: 'done', file, bytes: Buffer.byteLength(result.output) };
  };

  const fail = (label: string, reason: FailureReason, message: string): void => {
    summary.failed++;
    summary.failures.push({ label, reason, message });
    options.onResult?.({ status: 'failed', label, message: `${FAILURE_TEXT[reason]} (${message})` });
  };

  const handle = async (outcome: Outcome): Promise<void> => {
    if (outcome.kind === 'problem') {
      fail(outcome.label, outcome.reason, outcome.message);
    } else if (outcome.kind === 'skip') {
      summary.skipped++;
      summary.skips.push({ label: outcome.label, reason: 'skipped', message: outcome.message });
      options.onResult?.({ status: 'skipped', label: outcome.label, message: outcome.message });
    } else if (!outcome.result.ok) {
      fail(outcome.label, outcome.result.reason, outcome.result.message);
    } else {
      const result = outcome.result;
      const label = outcome.label;
      const emitted = await emit(label, result);
      if (emitted.status === 'failed') {
        fail(label, emitted.reason, emitted.message);
      } else {
        if (result.warning) summary.notes.push({ label, reason: 'note', message: result.warning });
        if (emitted.status === 'skipped') {
          summary.skipped++;
          summary.skips.push({ label, reason: 'skipped', message: emitted.message });
          options.onResult?.({ status: 'skipped', label, message: emitted.message });
        } else {
          summary.done++;
          summary.bytesOut += emitted.bytes;
          options.onResult?.({ status: 'done', label, file: emitted.file, bytes: emitted.bytes });
        }
      }
    }
    drawProgress(outcome.label);
  };

  // ---- dispatch -------------------------------------------------------------------------------
  const start = async (index: number, item: InputItem): Promise<Outcome> => {
    if (item.type === 'problem') return { kind: 'problem', label: item.label, reason: item.reason, message: item.message };
    if (item.type === 'skip') return { kind: 'skip', label: item.label, message: item.message };
    const input = item.input;
    const req: JobRequest = {
      index,
      input,
      format,
      url: options.url ?? null,
      maxBytes,
      fetchTimeoutMs: options.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
    };
    const transfer: ArrayBuffer[] = [];
    if (input.kind === 'stdin') {
      const bytes = await readAll(options.stdin ?? process.stdin, maxBytes);
      if (bytes === 'too-large') {
        return { kind: 'problem', label: input.label, reason: 'too-large', message: `over the ${formatSize(maxBytes)} limit` };
      }
      const copy = new Uint8Array(bytes);
      req.bytes = copy;
      transfer.push(copy.buffer as ArrayBuffer);
    }
    return { kind: 'result', label: input.label, result: await runner.run(req, transfer) };
  };

  const window = Math.max(2, jobs * 2);
  const pending = new Map<number, Promise<Outcome>>();
  let nextIndex = 0;
  let nextFlush = 0;

  const flushOne = async (): Promise<boolean> => {
    const p = pending.get(nextFlush);
    if (!p) return false;
    const outcome = await orAbort(p);
    if (outcome === ABORTED || aborted) return false;
    pending.delete(nextFlush);
    nextFlush++;
    await handle(outcome);
    return !stdoutBroken;
  };

  try {
    const inputs = expandInputs(options.inputs)[Symbol.asyncIterator]();
    let exhausted = false;
    while (!aborted && !stdoutBroken) {
      while (pending.size >= window) {
        if (!(await flushOne())) break;
      }
      if (aborted || stdoutBroken) break;
      const next = await orAbort(inputs.next());
      if (next === ABORTED) break;
      if (next.done) {
        exhausted = true;
        break;
      }
      const index = nextIndex++;
      const item = next.value;
      if (item.type === 'input') drawProgress(item.input.label);
      pending.set(index, start(index, item));
    }
    if (exhausted) {
      while (pending.size > 0) {
        if (!(await flushOne())) break;
      }
    }
  } finally {
    summary.interrupted = aborted;
    await runner.close();
    stdout?.removeListener('error', onStdoutError);
  }

  if (!outDir && several && format === 'json' && !stdoutBroken) {
    await writeStdout(stdoutItems === 0 ? '[]\n' : '\n]\n');
  }

  summary.elapsedMs = Date.now() - started;
  clearProgress();
  if (stderr) printSummary(stderr, summary, summaryMode);
  return summary;
}

export function formatIssue(issue: BatchIssue): string {
  if (issue.reason === 'skipped' || issue.reason === 'note') return `${issue.label}: ${issue.message}`;
  return `${issue.label}: ${FAILURE_TEXT[issue.reason]} (${issue.message})`;
}

function printSummary(stderr: Out, s: BatchSummary, mode: 'full' | 'errors' | 'none'): void {
  if (mode === 'none') return;
  const lines: string[] = [];
  if (mode === 'full') {
    const head = `done ${s.done}, failed ${s.failed}, skipped ${s.skipped}`;
    const secs = (s.elapsedMs / 1000).toFixed(1);
    lines.push(s.interrupted ? `sina-clean: interrupted: ${head} (${secs} s)` : `sina-clean: ${head} (${secs} s)`);
    for (const f of s.failures) lines.push(`  failed   ${formatIssue(f)}`);
    for (const k of s.skips) lines.push(`  skipped  ${formatIssue(k)}`);
    for (const n of s.notes.slice(0, MAX_NOTES_SHOWN)) lines.push(`  note     ${formatIssue(n)}`);
    if (s.notes.length > MAX_NOTES_SHOWN) lines.push(`  note     … and ${s.notes.length - MAX_NOTES_SHOWN} more`);
  } else {
    for (const f of s.failures) lines.push(`sina-clean: ${formatIssue(f)}`);
    for (const k of s.skips) lines.push(`sina-clean: skipped ${formatIssue(k)}`);
    for (const n of s.notes) lines.push(`sina-clean: note: ${formatIssue(n)}`);
    if (s.interrupted) lines.push('sina-clean: interrupted');
  }
  if (lines.length) stderr.write(`${lines.join('\n')}\n`);
}

/** Make sure `dir` is a usable output directory (created if missing); returns a problem or null. */
export function checkOutDir(dir: string): string | null {
  try {
    if (!statSync(dir).isDirectory()) return `${dir} exists and is not a directory`;
    return null;
  } catch {
    /* missing: create it */
  }
  try {
    mkdirSync(dir, { recursive: true });
    return null;
  } catch (err) {
    return `cannot create ${dir}: ${(err as Error).message}`;
  }
}
