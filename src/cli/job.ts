/**
 * One input -> one rendered output, or the reason there is none. Runs inside a worker thread (or
 * in-process); it reads the file or fetches the URL itself so only small messages cross threads.
 */
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Article, ExtractOptions } from '../article';
import { ExtractError } from '../article';
import { extract as engineExtract } from '../engine/extract';
import { checkDate } from './dates';
import { DecodeError, decodeHtml, formatDecodeNote } from './decode';
import { renderExplain } from './explain';
import { formatSize, renderArticle, type Format } from './format';
import { messages, type FailureReason, type Lang } from './i18n';
import { specialKind, type InputSpec } from './inputs';
import { safeStem } from './names';

export type { FailureReason } from './i18n';

export type ExtractFn = (html: string, options?: ExtractOptions) => Article;

export interface JobRequest {
  index: number;
  input: InputSpec;
  /** Output format, or 'explain' for the --explain report. */
  format: Format | 'explain';
  /** Bytes already read by the caller (stdin). */
  bytes?: Uint8Array;
  /** The page's URL when the caller knows it (--url); a fetched page uses its final URL. */
  url?: string | null;
  /** Largest input in bytes; Infinity = no limit. */
  maxBytes: number;
  fetchTimeoutMs: number;
  /** Time this input may take in all (read, fetch, extract); 0 = no limit. */
  timeoutMs?: number;
  /** --since / --until as instants (ms): [sinceStart, untilEnd); null = open. */
  range?: { since: { text: string; start: number; end: number } | null; until: { text: string; start: number; end: number } | null };
  lang?: Lang;
}

interface Base {
  index: number;
}

export type JobResult =
  | (Base & {
      status: 'done';
      output: string;
      /** Output file stem: the docId, else the input's own name, made safe. */
      stem: string;
      docId: string | null;
      title: string;
      template: string;
      source: string | null;
      warning: string | null;
    })
  | (Base & { status: 'failed'; reason: FailureReason; message: string })
  /** A walked file that is not a page or post a user meant (a README, this tool's own output). */
  | (Base & { status: 'ignored'; message: string })
  /** An article outside --since/--until. */
  | (Base & { status: 'filtered'; message: string; docId: string | null });

class JobFailure extends Error {
  constructor(
    public readonly reason: FailureReason,
    message: string,
  ) {
    super(message);
  }
}

/** Seconds as a user wrote them: 120, 0.5, 0.001. */
function secs(ms: number): string {
  return String(ms / 1000);
}

/**
 * Read a regular file, capped. The file is opened non-blocking, so a FIFO without a writer (or a
 * device) can never hold a thread: it is opened at once, seen for what it is, and refused.
 */
async function readFileCapped(file: string, maxBytes: number, lang: Lang): Promise<Uint8Array> {
  const t = messages(lang);
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new JobFailure('not-found', t.noSuchFile);
    if (code === 'ENXIO') throw new JobFailure('special-file', t.specialFile(t.fileKind.socket!));
    throw new JobFailure('read-failed', (err as Error).message);
  }
  try {
    const s = await handle.stat();
    if (!s.isFile()) throw new JobFailure('special-file', t.specialFile(t.fileKind[specialKind(s)]!));
    if (s.size > maxBytes) throw new JobFailure('too-large', t.overLimit(formatSize(s.size), formatSize(maxBytes)));
    return await handle.readFile();
  } catch (err) {
    if (err instanceof JobFailure) throw err;
    throw new JobFailure('read-failed', (err as Error).message);
  } finally {
    await handle.close();
  }
}

/** Fetch a page: redirects followed, bounded in time and size. */
export async function fetchPage(
  url: string,
  maxBytes: number,
  timeoutMs: number,
  lang: Lang = 'en',
): Promise<{ bytes: Uint8Array; contentType: string | null; finalUrl: string }> {
  const t = messages(lang);
  let res: Response;
  const signal = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
  try {
    res = await fetch(url, {
      redirect: 'follow',
      signal,
      headers: { 'user-agent': 'sina-clean/0.1', accept: 'text/html,*/*' },
    });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const why = e.name === 'TimeoutError' ? t.noAnswer(secs(timeoutMs)) : (e.cause?.code ?? e.cause?.message ?? e.message);
    throw new JobFailure('fetch-failed', why);
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => {});
    throw new JobFailure('fetch-failed', `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  }
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new JobFailure('too-large', t.overLimit(formatSize(declared), formatSize(maxBytes)));
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    if (res.body) {
      for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
        total += chunk.byteLength;
        if (total > maxBytes) {
          throw new JobFailure('too-large', t.overLimit(null, formatSize(maxBytes)));
        }
        chunks.push(chunk);
      }
    }
  } catch (err) {
    if (err instanceof JobFailure) throw err;
    throw new JobFailure('fetch-failed', (err as Error).message);
  }
  return { bytes: Buffer.concat(chunks), contentType: res.headers.get('content-type'), finalUrl: res.url || url };
}

/** The URL a data-set record wrapper (`<text id="http://…" …>`) names, if any. */
function wrapperUrl(text: string): string | null {
  const m = text.slice(0, 2048).match(/^\s*<text\b[^>]*?\bid\s*=\s*["']?(https?:\/\/[^"'\s>]+)/i);
  return m ? m[1]! : null;
}

function inputStem(input: InputSpec, url: string | null): string {
  if (input.kind === 'file') return path.basename(input.path, path.extname(input.path));
  const source = input.kind === 'url' ? input.url : url;
  if (source) {
    try {
      const u = new URL(source);
      const last = u.pathname.split('/').filter(Boolean).pop();
      return last ? last.replace(/\.[a-z]+$/i, '') : u.hostname;
    } catch {
      /* fall through */
    }
  }
  return 'stdin';
}

/**
 * A text file found by walking a directory is read only when it can be a page or a post: it
 * starts with markup or with a YAML front matter. Notes, READMEs and this tool's own text and
 * Markdown output start with neither.
 */
function isProse(input: InputSpec, text: string): boolean {
  if (input.kind !== 'file' || !input.walked) return false;
  if (!/\.(md|txt)$/i.test(input.path)) return false;
  const head = text.slice(0, 512).trimStart();
  return !head.startsWith('<') && !head.startsWith('---');
}

const ENGINE_REASONS = new Set<string>(['empty', 'not-an-article', 'unreadable', 'too-large', 'too-complex', 'timeout']);

export async function runJob(req: JobRequest, extract: ExtractFn = engineExtract): Promise<JobResult> {
  const started = Date.now();
  const { index, input } = req;
  const lang = req.lang ?? 'en';
  const t = messages(lang);
  try {
    let bytes: Uint8Array;
    let contentType: string | null = null;
    let url = req.url ?? null;
    if (input.kind === 'url') {
      const page = await fetchPage(input.url, req.maxBytes, req.fetchTimeoutMs, lang);
      bytes = page.bytes;
      contentType = page.contentType;
      url = page.finalUrl;
    } else if (input.kind === 'file') {
      bytes = await readFileCapped(input.path, req.maxBytes, lang);
    } else {
      bytes = req.bytes ?? new Uint8Array(0);
      if (bytes.byteLength > req.maxBytes) {
        throw new JobFailure('too-large', t.overLimit(formatSize(bytes.byteLength), formatSize(req.maxBytes)));
      }
    }
    if (bytes.byteLength === 0) throw new JobFailure('empty', t.noBytes);

    let decoded;
    try {
      decoded = decodeHtml(bytes, { contentType });
    } catch (err) {
      if (err instanceof DecodeError) throw new JobFailure('unreadable', t.binary);
      throw err;
    }
    if (!decoded.text.trim()) throw new JobFailure('empty', t.onlyWhitespace);
    if (isProse(input, decoded.text)) return { index, status: 'ignored', message: t.ignoredProse };
    url ??= wrapperUrl(decoded.text);

    const options: ExtractOptions = url ? { url } : {};
    if (req.format === 'explain') options.trace = true;
    // The engine gets what is left of the input's time, so it can stop by itself with a specific
    // error (the pool's timer, a little later, is the backstop). No limit means no limit.
    const timeoutMs = req.timeoutMs ?? 0;
    options.budgetMs = timeoutMs > 0 ? Math.max(1, timeoutMs - (Date.now() - started)) : Number.POSITIVE_INFINITY;

    let article: Article;
    try {
      article = extract(decoded.text, options);
    } catch (err) {
      // The engine names its own budget (what was left of --timeout): the message names the one the user set.
      if (err instanceof ExtractError && err.reason === 'timeout' && timeoutMs > 0) throw new JobFailure('timeout', t.extractTimeout(secs(timeoutMs), options.budgetMs!));
      if (err instanceof ExtractError && ENGINE_REASONS.has(err.reason)) throw new JobFailure(err.reason as FailureReason, err.message);
      // The engine promises ExtractError only; anything else is a bug worth naming.
      throw new JobFailure('crashed', t.engineError((err as Error)?.message ?? String(err)));
    }

    if (req.range && req.format !== 'explain') {
      const verdict = checkDate(article.publishedAt, req.range);
      if (verdict !== 'in') {
        const at = article.publishedAt ?? '';
        const message =
          verdict === 'no-date'
            ? t.filteredNoDate
            : verdict === 'before'
              ? t.filteredBefore(at, req.range.since!.text)
              : t.filteredAfter(at, req.range.until!.text);
        return { index, status: 'filtered', message, docId: article.docId };
      }
    }

    const label = input.label;
    return {
      index,
      status: 'done',
      output: req.format === 'explain' ? renderExplain(article, label, lang) : renderArticle(article, req.format),
      stem: safeStem(article.docId ?? inputStem(input, url)),
      docId: article.docId,
      title: article.title,
      template: article.template,
      source: article.source,
      warning: decoded.note ? formatDecodeNote(decoded.note, lang) : null,
    };
  } catch (err) {
    if (err instanceof JobFailure) return { index, status: 'failed', reason: err.reason, message: err.message };
    return { index, status: 'failed', reason: 'crashed', message: (err as Error)?.message ?? String(err) };
  }
}
