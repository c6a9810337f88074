/**
 * One input -> one rendered output or one failure. Runs inside a worker thread (or in-process);
 * it reads the file or fetches the URL itself so only small messages cross threads.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { Article, ExtractOptions } from '../article';
import { ExtractError } from '../article';
import { extract as engineExtract } from '../engine/extract';
import { DecodeError, decodeHtml } from './decode';
import { formatSize, renderArticle, safeStem, type Format } from './format';
import type { InputSpec } from './inputs';

export type ExtractFn = (html: string, options?: ExtractOptions) => Article;

/** Stable failure reasons; the summary prints them through FAILURE_TEXT. */
export type FailureReason =
  | 'not-an-article'
  | 'unreadable'
  | 'empty'
  | 'fetch-failed'
  | 'read-failed'
  | 'not-found'
  | 'no-inputs'
  | 'too-large'
  | 'timeout'
  | 'crashed'
  | 'output-exists'
  | 'write-failed'
  | 'usage'
  | 'interrupted';

export const FAILURE_TEXT: Record<FailureReason, string> = {
  'not-an-article': 'not an article',
  unreadable: 'unreadable',
  empty: 'empty',
  'fetch-failed': 'fetch failed',
  'read-failed': 'read failed',
  'not-found': 'not found',
  'no-inputs': 'nothing to read',
  'too-large': 'too large',
  timeout: 'timed out',
  crashed: 'crashed',
  'output-exists': 'output exists',
  'write-failed': 'write failed',
  usage: 'bad input',
  interrupted: 'interrupted',
};

export interface JobRequest {
  index: number;
  input: InputSpec;
  format: Format;
  /** Bytes already read by the caller (stdin). */
  bytes?: Uint8Array;
  /** The page's URL when the caller knows it (--url); a fetched page uses its final URL. */
  url?: string | null;
  maxBytes: number;
  fetchTimeoutMs: number;
}

export type JobResult =
  | {
      index: number;
      ok: true;
      output: string;
      /** Output file stem: the docId, else the input's own name. */
      stem: string;
      docId: string | null;
      warning: string | null;
    }
  | { index: number; ok: false; reason: FailureReason; message: string };

class JobFailure extends Error {
  constructor(
    public readonly reason: FailureReason,
    message: string,
  ) {
    super(message);
  }
}

async function readFileCapped(file: string, maxBytes: number): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new JobFailure('not-found', 'no such file');
    throw new JobFailure('read-failed', (err as Error).message);
  }
  try {
    const s = await handle.stat();
    if (!s.isFile()) throw new JobFailure('read-failed', 'not a regular file');
    if (s.size > maxBytes) throw new JobFailure('too-large', `${formatSize(s.size)} is over the ${formatSize(maxBytes)} limit`);
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
): Promise<{ bytes: Uint8Array; contentType: string | null; finalUrl: string }> {
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
    const why = e.name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (e.cause?.code ?? e.cause?.message ?? e.message);
    throw new JobFailure('fetch-failed', why);
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => {});
    throw new JobFailure('fetch-failed', `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
  }
  const declared = Number(res.headers.get('content-length'));
  if (declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new JobFailure('too-large', `${formatSize(declared)} is over the ${formatSize(maxBytes)} limit`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    if (res.body) {
      for await (const chunk of res.body as AsyncIterable<Uint8Array>) {
        total += chunk.byteLength;
        if (total > maxBytes) {
          throw new JobFailure('too-large', `over the ${formatSize(maxBytes)} limit`);
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

export async function runJob(req: JobRequest, extract: ExtractFn = engineExtract): Promise<JobResult> {
  const { index, input } = req;
  try {
    let bytes: Uint8Array;
    let contentType: string | null = null;
    let url = req.url ?? null;
    if (input.kind === 'url') {
      const page = await fetchPage(input.url, req.maxBytes, req.fetchTimeoutMs);
      bytes = page.bytes;
      contentType = page.contentType;
      url = page.finalUrl;
    } else if (input.kind === 'file') {
      bytes = await readFileCapped(input.path, req.maxBytes);
    } else {
      bytes = req.bytes ?? new Uint8Array(0);
      if (bytes.byteLength > req.maxBytes) {
        throw new JobFailure('too-large', `${formatSize(bytes.byteLength)} is over the ${formatSize(req.maxBytes)} limit`);
      }
    }
    if (bytes.byteLength === 0) throw new JobFailure('empty', 'no bytes');

    let decoded;
    try {
      decoded = decodeHtml(bytes, { contentType });
    } catch (err) {
      if (err instanceof DecodeError) throw new JobFailure('unreadable', err.message);
      throw err;
    }
    if (!decoded.text.trim()) throw new JobFailure('empty', 'only white space');
    url ??= wrapperUrl(decoded.text);

    let article: Article;
    try {
      article = extract(decoded.text, url ? { url } : {});
    } catch (err) {
      if (err instanceof ExtractError) {
        // The engine's own bounds keep their names (too large, timed out); a page too complex to parse is unreadable.
        const reason = err.reason === 'too-complex' ? 'unreadable' : err.reason;
        throw new JobFailure(reason, err.message);
      }
      // The engine promises ExtractError only; anything else is a bug worth naming.
      throw new JobFailure('crashed', `engine error: ${(err as Error)?.message ?? String(err)}`);
    }
    return {
      index,
      ok: true,
      output: renderArticle(article, req.format),
      stem: safeStem(article.docId ?? inputStem(input, url)),
      docId: article.docId,
      warning: decoded.warning,
    };
  } catch (err) {
    if (err instanceof JobFailure) return { index, ok: false, reason: err.reason, message: err.message };
    return { index, ok: false, reason: 'crashed', message: (err as Error)?.message ?? String(err) };
  }
}
