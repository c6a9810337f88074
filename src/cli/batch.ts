/**
 * The batch engine behind the CLI, also used by the benchmark: inputs are expanded lazily, at most
 * `2 × jobs` are in flight, and results are handled strictly in input order as soon as they are
 * ready (so stdout order and output file names are deterministic while memory stays bounded).
 */
import { once } from 'node:events';
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { DateBound } from './dates';
import { documentHeader, escapeHeaderLines, EXTENSIONS, formatSize, type Format } from './format';
import { messages, type FailureReason, type Lang } from './i18n';
import { expandInputs, isSeveral, type InputItem } from './inputs';
import type { ExtractFn, JobRequest, JobResult } from './job';
import { NameRegistry } from './names';
import { InProcessRunner, WorkerPool, type Runner, type WorkerMemory } from './pool';
import { displayWidth, safeLine, safeText, truncateToWidth, usableColumns } from './terminal';

export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_FETCH_TIMEOUT_MS = 30_000;

/**
 * Parallel workers when several inputs are given and --jobs is not: one per core but one, which
 * is left to the main thread (ordering, writing) and the rest of the system. On the 2-core
 * machine this was chosen on, a second worker cost 14% more CPU and 120 MB more memory for a wall
 * time within noise of one worker's (docs/cli.md, Archives).
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

type Out = NodeJS.WritableStream & { columns?: number };

export interface BatchOptions {
  /** Files, directories, http(s) URLs, or '-' for stdin, as on the command line. */
  inputs: readonly string[];
  /** Output format; 'explain' prints the engine's trace of one input. */
  format?: Format | 'explain';
  /** Write one file per input here instead of to `stdout`. Created if missing. */
  outDir?: string | null;
  /** Replace existing output files. */
  force?: boolean;
  /** An input whose output file exists with the same content counts as skipped (resume). */
  skipExisting?: boolean;
  /** Later inputs with a docId already seen are merged into the first (not written). */
  dedupe?: boolean;
  /** Keep only articles published in this range (publishedAt). */
  since?: DateBound | null;
  until?: DateBound | null;
  /** Parallel workers; default: defaultJobs() for several inputs, 1 for one. */
  jobs?: number;
  /** Per-input limit (reading stdin, fetching, extracting); 0 = none. In-process runs rely on the engine's budget. */
  timeoutMs?: number;
  fetchTimeoutMs?: number;
  /** Largest input in bytes; 0 or Infinity = no limit. */
  maxBytes?: number;
  /** The page address for a single file/stdin input (docId, absolute links). */
  url?: string | null;
  /** Output framing for stdout (JSON array, headers between texts); computed from `inputs` if unset. */
  several?: boolean;
  /** Results go here without `outDir`; null discards them (benchmarks). */
  stdout?: Out | null;
  /** Documents on stdout go to a terminal: controls and bidi overrides in them are made visible. */
  stdoutIsTTY?: boolean;
  /** Progress line and summary go here; null = silent. */
  stderr?: Out | null;
  stdin?: NodeJS.ReadableStream | null;
  /** Live progress line on `stderr` (meant for a terminal). */
  progress?: boolean;
  /** Least time between two redraws of the progress line (default 100 ms). */
  progressIntervalMs?: number;
  /**
   * 'full': counts, every failure, capped lists of the rest, articles per template and source;
   * 'errors': one line per failure, skip, filter and note (a single input); 'failures': failure
   * lines only (--quiet); 'none'.
   */
  summary?: SummaryMode;
  /** Language of every message. */
  lang?: Lang;
  /** Run jobs on this thread instead of worker threads. */
  inProcess?: boolean;
  /** Engine override, only honoured with `inProcess` (tests). */
  extract?: ExtractFn;
  /** Worker heap (MB) past which a worker is replaced; see pool.ts. */
  recycleHeapMb?: number;
  /** Each worker's heap limit (MB); an input over it is retried once on a large-heap worker. See pool.ts. */
  workerHeapMb?: number;
  /** Called after each job on a worker thread with that worker's memory (benchmarks). */
  onWorkerMemory?: (threadId: number, memory: WorkerMemory) => void;
  /** Aborting stops the batch: no new work, workers terminated, no partial files. */
  signal?: AbortSignal;
  /** Called once per handled input, in input order. */
  onResult?: (event: BatchEvent) => void;
}

export type SummaryMode = 'full' | 'errors' | 'failures' | 'none';

export type IssueKind = 'skipped' | 'ignored' | 'filtered' | 'merged' | 'renamed' | 'note';

export interface BatchIssue {
  label: string;
  reason: FailureReason | IssueKind;
  message: string;
}

export type BatchEvent =
  | { status: 'done'; label: string; file: string | null; bytes: number }
  | { status: 'failed' | 'skipped' | 'ignored' | 'filtered' | 'merged'; label: string; message: string };

export interface BatchSummary {
  done: number;
  failed: number;
  skipped: number;
  ignored: number;
  filtered: number;
  merged: number;
  renamed: number;
  /** Inputs with a decode note. */
  noted: number;
  interrupted: boolean;
  /** Every failure. */
  failures: BatchIssue[];
  /**
   * The first MAX_LINES_SHOWN of each other kind (the counts above say how many there were), so
   * a batch of any length holds a bounded summary; `onResult` sees every one.
   */
  skips: BatchIssue[];
  ignores: BatchIssue[];
  filters: BatchIssue[];
  merges: BatchIssue[];
  renames: BatchIssue[];
  notes: BatchIssue[];
  /** Ignored inputs per reason: how many, and the first. */
  ignoredGroups: { message: string; first: string; count: number }[];
  /** Articles done per template and per source ('' = no source). */
  templates: Record<string, number>;
  sources: Record<string, number>;
  bytesOut: number;
  elapsedMs: number;
  /** Workers replaced because their heap grew. */
  recycled: number;
  /** Inputs run again on a large-heap worker after running out of a worker's heap limit. */
  retried: number;
}

type Outcome =
  | { kind: 'result'; label: string; result: JobResult }
  | { kind: 'problem'; label: string; reason: FailureReason; message: string }
  | { kind: 'skip'; label: string; message: string }
  | { kind: 'ignored'; label: string; message: string };

const ABORTED = Symbol('aborted');
/** Lines of each kind other than failures that the summary shows (failures are all shown). */
export const MAX_LINES_SHOWN = 20;
const TOP_SOURCES = 8;

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

/** True when `file` holds exactly `data` (a finished earlier run wrote it). */
function sameContent(file: string, data: string): boolean {
  try {
    const existing = readFileSync(file);
    return existing.length === Buffer.byteLength(data) && existing.equals(Buffer.from(data));
  } catch {
    return false;
  }
}

type StdinRead = Uint8Array | { reason: FailureReason; message: string };

/**
 * All of standard input, bounded in size and time: a pipe that never ends fails as timed out
 * instead of holding the batch, and an abort stops the read at once.
 */
function readStdin(
  stream: NodeJS.ReadableStream,
  maxBytes: number,
  timeoutMs: number,
  lang: Lang,
  signal?: AbortSignal,
): Promise<StdinRead | typeof ABORTED> {
  const t = messages(lang);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let total = 0;
    let timer: NodeJS.Timeout | null = null;
    const stop = () => (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
    const finish = (value: StdinRead | typeof ABORTED): void => {
      if (timer) clearTimeout(timer);
      stream.removeListener('data', onData);
      stream.removeListener('end', onEnd);
      stream.removeListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    };
    const onData = (chunk: Buffer | string): void => {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      total += buf.byteLength;
      if (total > maxBytes) {
        stop();
        finish({ reason: 'too-large', message: t.overLimit(null, formatSize(maxBytes)) });
        return;
      }
      chunks.push(buf);
    };
    const onEnd = (): void => finish(Buffer.concat(chunks));
    const onError = (err: Error): void => finish({ reason: 'read-failed', message: err.message });
    const onAbort = (): void => {
      stop();
      finish(ABORTED);
    };
    if (signal?.aborted) return finish(ABORTED);
    signal?.addEventListener('abort', onAbort, { once: true });
    stream.on('data', onData);
    stream.once('end', onEnd);
    stream.once('error', onError);
    if (timeoutMs > 0) {
      timer = setTimeout(() => {
        stop();
        finish({ reason: 'timeout', message: t.stdinTimeout(String(timeoutMs / 1000)) });
      }, timeoutMs);
    }
  });
}

/** Add to a summary list while it is shorter than what the summary shows. */
function keep(list: BatchIssue[], issue: BatchIssue): void {
  if (list.length < MAX_LINES_SHOWN) list.push(issue);
}

function indent(json: string): string {
  return `  ${json.trimEnd().replace(/\n/g, '\n  ')}`;
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = Date.now();
  const lang = options.lang ?? 'en';
  const t = messages(lang);
  const format = options.format ?? 'jsonl';
  const several = options.several ?? (await isSeveral(options.inputs));
  const jobs = Math.max(1, Math.floor(options.jobs ?? (several ? defaultJobs() : 1)));
  const maxBytes = options.maxBytes === 0 ? Number.POSITIVE_INFINITY : (options.maxBytes ?? DEFAULT_MAX_BYTES);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const stdout = options.stdout === undefined ? process.stdout : options.stdout;
  const stderr = options.stderr === undefined ? process.stderr : options.stderr;
  const summaryMode = options.summary ?? 'full';
  const outDir = options.outDir ?? null;
  const signal = options.signal;
  const range = options.since || options.until ? { since: options.since ?? null, until: options.until ?? null } : undefined;

  const summary: BatchSummary = {
    done: 0,
    failed: 0,
    skipped: 0,
    ignored: 0,
    filtered: 0,
    merged: 0,
    renamed: 0,
    noted: 0,
    interrupted: false,
    failures: [],
    skips: [],
    ignores: [],
    filters: [],
    merges: [],
    renames: [],
    notes: [],
    ignoredGroups: [],
    templates: {},
    sources: {},
    bytesOut: 0,
    elapsedMs: 0,
    recycled: 0,
    retried: 0,
  };

  if (outDir) mkdirSync(outDir, { recursive: true });

  const pool = options.inProcess ? null : new WorkerPool(jobs, timeoutMs, lang, options.recycleHeapMb, options.workerHeapMb);
  if (pool && options.onWorkerMemory) pool.onMemory = options.onWorkerMemory;
  const runner: Runner = pool ?? new InProcessRunner(options.extract);

  let aborted = signal?.aborted ?? false;
  let stdoutBroken = false;
  // Waits that an abort ends early. Not Promise.race with one long-lived "aborted" promise: every
  // race would leave a reaction on it holding the race's result (a rendered article) for the rest
  // of the batch, about 20 KB per input.
  const waiting = new Set<() => void>();
  const onAbort = (): void => {
    aborted = true;
    for (const wake of waiting) wake();
    waiting.clear();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  const orAbort = <T>(p: Promise<T>): Promise<T | typeof ABORTED> => {
    if (aborted) return Promise.resolve(ABORTED);
    return new Promise((resolve, reject) => {
      const wake = (): void => resolve(ABORTED);
      waiting.add(wake);
      p.then(
        (value) => {
          waiting.delete(wake);
          resolve(value);
        },
        (err: unknown) => {
          waiting.delete(wake);
          reject(err);
        },
      );
    });
  };

  const onStdoutError = (): void => {
    stdoutBroken = true;
  };
  stdout?.on('error', onStdoutError);

  // ---- progress -------------------------------------------------------------------------------
  let lastDraw = 0;
  let progressShown = false;
  const drawProgress = (label: string, title: string | null, force = false): void => {
    if (!options.progress || !stderr) return;
    const now = Date.now();
    if (!force && now - lastDraw < (options.progressIntervalMs ?? 100)) return;
    lastDraw = now;
    const parts = [headCounts(summary, lang), safeLine(label)];
    if (title) parts.push(safeLine(title));
    const line = truncateToWidth(parts.join(' · '), usableColumns(stderr.columns));
    stderr.write(`\r\x1b[K${line}`);
    progressShown = true;
  };
  const clearProgress = (): void => {
    if (progressShown && stderr) stderr.write('\r\x1b[K');
    progressShown = false;
  };

  // ---- output ---------------------------------------------------------------------------------
  let stdoutItems = 0;
  const names = new NameRegistry();
  const firstOfDoc = new Map<string, string>();

  const writeStdout = async (chunk: string): Promise<void> => {
    if (!stdout || stdoutBroken) return;
    if (!stdout.write(chunk)) await orAbort(once(stdout, 'drain').then(() => undefined));
  };

  type Emitted =
    | { status: 'done'; file: string | null; bytes: number }
    | { status: 'skipped' | 'merged'; message: string }
    | { status: 'failed'; reason: FailureReason; message: string };

  const emit = async (label: string, result: Extract<JobResult, { status: 'done' }>): Promise<Emitted> => {
    if (options.dedupe && result.docId) {
      const first = firstOfDoc.get(result.docId);
      if (first !== undefined) return { status: 'merged', message: t.merged(safeLine(result.docId), safeLine(first)) };
      firstOfDoc.set(result.docId, label);
    }
    if (!outDir) {
      let chunk = result.output;
      const document = format !== 'json' && format !== 'jsonl' && format !== 'explain';
      if (document && options.stdoutIsTTY) chunk = safeText(chunk);
      if (several && format === 'json') chunk = `${stdoutItems === 0 ? '[\n' : ',\n'}${indent(chunk)}`;
      else if (several && document) {
        chunk = `${stdoutItems === 0 ? '' : '\n'}${documentHeader(safeLine(label))}\n${escapeHeaderLines(chunk)}`;
      }
      stdoutItems++;
      await writeStdout(chunk);
      return { status: 'done', file: null, bytes: Buffer.byteLength(result.output) };
    }
    const ext = EXTENSIONS[format as Format];
    const claim = names.claim(result.stem, label, result.docId);
    const name = claim.stem + ext;
    const file = path.join(outDir, name);
    if (claim.renamed) {
      summary.renamed++;
      keep(summary.renames, {
        label,
        reason: 'renamed',
        message: t.renamed(safeLine(file), safeLine(claim.renamed.wanted + ext), safeLine(claim.renamed.by), claim.renamed.sameDoc),
      });
    }
    let status: 'written' | 'exists';
    try {
      status = writeFileAtomic(outDir, name, result.output, options.force ?? false);
    } catch (err) {
      return { status: 'failed', reason: 'write-failed', message: `${safeLine(file)}: ${safeLine((err as Error).message)}` };
    }
    if (status === 'exists') {
      if (!options.skipExisting) return { status: 'failed', reason: 'output-exists', message: t.exists(safeLine(file)) };
      if (sameContent(file, result.output)) return { status: 'skipped', message: t.existsSame(safeLine(file)) };
      return { status: 'failed', reason: 'output-exists', message: t.existsDifferent(safeLine(file)) };
    }
    return { status: 'done', file, bytes: Buffer.byteLength(result.output) };
  };

  const fail = (label: string, reason: FailureReason, message: string): void => {
    summary.failed++;
    const issue = { label: safeLine(label), reason, message: safeLine(message) };
    summary.failures.push(issue);
    options.onResult?.({ status: 'failed', label, message: `${t.reason[reason]} (${issue.message})` });
  };
  const other = (kind: 'skipped' | 'ignored' | 'filtered' | 'merged', label: string, message: string): void => {
    summary[kind]++;
    const list = { skipped: summary.skips, ignored: summary.ignores, filtered: summary.filters, merged: summary.merges }[kind];
    const issue = { label: safeLine(label), reason: kind, message: safeLine(message) };
    keep(list, issue);
    if (kind === 'ignored') {
      const group = summary.ignoredGroups.find((g) => g.message === issue.message);
      if (group) group.count++;
      else summary.ignoredGroups.push({ message: issue.message, first: issue.label, count: 1 });
    }
    options.onResult?.({ status: kind, label, message });
  };

  const handle = async (outcome: Outcome): Promise<void> => {
    let title: string | null = null;
    if (outcome.kind === 'problem') {
      fail(outcome.label, outcome.reason, outcome.message);
    } else if (outcome.kind === 'skip') {
      other('skipped', outcome.label, outcome.message);
    } else if (outcome.kind === 'ignored') {
      other('ignored', outcome.label, outcome.message);
    } else {
      const { result, label } = outcome;
      if (result.status === 'failed') fail(label, result.reason, result.message);
      else if (result.status === 'ignored') other('ignored', label, result.message);
      else if (result.status === 'filtered') other('filtered', label, result.message);
      else {
        const emitted = await emit(label, result);
        if (emitted.status === 'failed') {
          fail(label, emitted.reason, emitted.message);
        } else {
          if (result.warning) {
            summary.noted++;
            keep(summary.notes, { label: safeLine(label), reason: 'note', message: safeLine(result.warning) });
          }
          if (emitted.status !== 'done') {
            other(emitted.status, label, emitted.message);
          } else {
            summary.done++;
            summary.bytesOut += emitted.bytes;
            summary.templates[result.template] = (summary.templates[result.template] ?? 0) + 1;
            const source = result.source ?? '';
            summary.sources[source] = (summary.sources[source] ?? 0) + 1;
            title = result.title;
            options.onResult?.({ status: 'done', label, file: emitted.file, bytes: emitted.bytes });
          }
        }
      }
    }
    drawProgress(outcome.label, title);
  };

  // ---- dispatch -------------------------------------------------------------------------------
  const start = async (index: number, item: InputItem): Promise<Outcome> => {
    if (item.type === 'problem') return { kind: 'problem', label: item.label, reason: item.reason, message: item.message };
    if (item.type === 'skip') return { kind: 'skip', label: item.label, message: item.message };
    if (item.type === 'ignored') return { kind: 'ignored', label: item.label, message: item.message };
    const input = item.input;
    const req: JobRequest = {
      index,
      input,
      format,
      url: options.url ?? null,
      maxBytes,
      fetchTimeoutMs: options.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
      timeoutMs,
      range,
      lang,
    };
    if (input.kind === 'stdin') {
      const read = await readStdin(options.stdin ?? process.stdin, maxBytes, timeoutMs, lang, signal);
      if (read === ABORTED) return { kind: 'problem', label: input.label, reason: 'interrupted', message: t.stoppedWhile };
      if (!(read instanceof Uint8Array)) return { kind: 'problem', label: input.label, reason: read.reason, message: read.message };
      // Copied to the worker, not transferred: an input that runs a worker out of memory is sent
      // again to a large-heap worker (pool.ts).
      req.bytes = read;
    }
    return { kind: 'result', label: input.label, result: await runner.run(req) };
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
    const inputs = expandInputs(options.inputs, lang, outDir)[Symbol.asyncIterator]();
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
      if (item.type === 'input') drawProgress(item.input.label, null);
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
    summary.recycled = pool?.recycled ?? 0;
    summary.retried = pool?.retried ?? 0;
    stdout?.removeListener('error', onStdoutError);
    signal?.removeEventListener('abort', onAbort);
  }

  if (!outDir && several && format === 'json' && !stdoutBroken) {
    await writeStdout(stdoutItems === 0 ? '[]\n' : '\n]\n');
  }

  summary.elapsedMs = Date.now() - started;
  clearProgress();
  if (stderr) printSummary(stderr, summary, summaryMode, lang);
  return summary;
}

/** True when nothing at all could be read: only empty directories (and ignored files). */
export function nothingToRead(s: BatchSummary): boolean {
  return (
    s.done + s.skipped + s.filtered + s.merged === 0 &&
    s.failures.every((f) => f.reason === 'no-inputs') &&
    s.failures.length + s.ignored > 0
  );
}

function headCounts(s: BatchSummary, lang: Lang): string {
  const t = messages(lang);
  let head = t.counts(s);
  const sep = lang === 'zh' ? '，' : ', ';
  for (const k of ['ignored', 'filtered', 'merged', 'renamed'] as const) {
    if (s[k] > 0) head += `${sep}${t.extraCount[k]} ${s[k]}`;
  }
  return head;
}

/** One failure or other outcome as "LABEL: reason (detail)", in the summary's language. */
export function formatIssue(issue: BatchIssue, lang: Lang = 'en'): string {
  const t = messages(lang);
  const colon = lang === 'zh' ? '：' : ': ';
  if (issue.reason in t.reason) {
    const reason = t.reason[issue.reason as FailureReason];
    return lang === 'zh' ? `${issue.label}${colon}${reason}（${issue.message}）` : `${issue.label}${colon}${reason} (${issue.message})`;
  }
  return `${issue.label}${colon}${issue.message}`;
}

function pad(s: string, columns: number): string {
  return s + ' '.repeat(Math.max(0, columns - displayWidth(s)));
}

function counted(entries: Record<string, number>, limit: number, lang: Lang, rename: (k: string) => string): string {
  const t = messages(lang);
  const sorted = Object.entries(entries).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const shown = sorted.slice(0, limit).map(([k, n]) => `${rename(k)} ${n}`);
  if (sorted.length > limit) {
    const rest = sorted.slice(limit).reduce((a, [, n]) => a + n, 0);
    shown.push(t.others(sorted.length - limit, rest));
  }
  return shown.join(' · ');
}

function printSummary(stderr: Out, s: BatchSummary, mode: SummaryMode, lang: Lang): void {
  if (mode === 'none') return;
  const t = messages(lang);
  const colon = lang === 'zh' ? '：' : ': ';
  const lines: string[] = [];
  const lists: [IssueKind, BatchIssue[], number][] = [
    ['skipped', s.skips, s.skipped],
    ['ignored', s.ignores, s.ignored],
    ['filtered', s.filters, s.filtered],
    ['merged', s.merges, s.merged],
    ['renamed', s.renames, s.renamed],
    ['note', s.notes, s.noted],
  ];
  if (mode === 'full') {
    const secs = (s.elapsedMs / 1000).toFixed(1);
    const head = `${headCounts(s, lang)} ${t.seconds(secs)}`.replace(' （', '（');
    lines.push(s.interrupted ? `sina-clean: ${t.interrupted}${colon}${head}` : `sina-clean: ${head}`);
    const tags = Object.values(t.tag).concat(t.templates, t.sources);
    const width = Math.max(...tags.map(displayWidth)) + 1;
    const tag = (k: string) => `  ${pad(t.tag[k] ?? k, width)}`;
    for (const f of s.failures) lines.push(`${tag('failed')}${formatIssue(f, lang)}`);
    for (const [kind, list, count] of lists) {
      if (kind === 'ignored') {
        // Files nobody meant as input (a folder's README, this tool's own goldens): one line per
        // reason, naming the first of them.
        for (const g of s.ignoredGroups) {
          const label = g.count > 1 ? t.andOthers(g.first, g.count - 1) : g.first;
          lines.push(`${tag(kind)}${label}${colon}${g.message}`);
        }
        continue;
      }
      for (const issue of list) lines.push(`${tag(kind)}${formatIssue(issue, lang)}`);
      if (count > list.length) lines.push(`${tag(kind)}${t.andMore(count - list.length)}`);
    }
    if (s.done > 0) {
      lines.push(`  ${pad(t.templates, width)}${counted(s.templates, 10, lang, (k) => k)}`);
      lines.push(`  ${pad(t.sources, width)}${counted(s.sources, TOP_SOURCES, lang, (k) => (k ? safeLine(k) : t.noSource))}`);
    }
  } else {
    for (const f of s.failures) lines.push(`sina-clean: ${formatIssue(f, lang)}`);
    for (const [kind, list, count] of mode === 'errors' ? lists : []) {
      for (const issue of list) lines.push(`sina-clean: ${t.tag[kind]}${colon}${formatIssue(issue, lang)}`);
      if (count > list.length) lines.push(`sina-clean: ${t.tag[kind]}${colon}${t.andMore(count - list.length)}`);
    }
    if (s.interrupted) lines.push(`sina-clean: ${t.interrupted}`);
  }
  if (lines.length) stderr.write(`${lines.join('\n')}\n`);
}

/** Make sure `dir` is a usable output directory (created if missing); returns a problem or null. */
export function checkOutDir(dir: string, lang: Lang = 'en'): string | null {
  const t = messages(lang);
  try {
    if (!statSync(dir).isDirectory()) return t.outNotDir(safeLine(dir));
    return null;
  } catch {
    /* missing: create it */
  }
  try {
    mkdirSync(dir, { recursive: true });
    return null;
  } catch (err) {
    return t.outCannotCreate(safeLine(dir), safeLine((err as Error).message));
  }
}
