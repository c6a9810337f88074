/**
 * What one fuzz case must satisfy. Runs inside the worker thread next to the engine.
 * - extract() returns an Article or throws ExtractError with a known reason; anything else fails.
 * - the Article keeps its contract (known template/kind, ISO +08:00 date, http(s) image URLs,
 *   no script-capable links or raw HTML tags in the Markdown).
 * - no invented text (verify.inventedText) and idempotent on its own output (verify.idempotencyDiff).
 */
import type { Article, ExtractOptions } from '../../../src/article';

export type Extract = (html: string, options?: ExtractOptions) => Article;

export interface Verify {
  inventedText(html: string, article: Article): string[];
  idempotencyDiff(article: Article): string[];
  /** Text only hidden elements hold that reached the Article (optional for stand-in engines). */
  hiddenTextShown?(html: string, article: Article): string[];
  /** Inline runs that do not join to their block's text. */
  inlineProblems?(article: Article): string[];
}

export type FailureKind =
  | 'threw'
  | 'bad-error-reason'
  | 'contract'
  | 'invented'
  | 'not-idempotent'
  | 'verify-threw'
  | 'timeout'
  | 'crashed'
  | 'generator-threw'
  | 'engine-output'
  | 'masked-exception'
  | 'hidden-text';

export type Outcome =
  | {
      status: 'article';
      template: string;
      kind: string;
      blocks: number;
      /** A short summary so callers can check nothing was lost without copying the Article. */
      title: string;
      paragraphs: number;
      textLength: number;
      first: string;
      last: string;
    }
  | { status: 'extract-error'; reason: string; message: string }
  | { status: 'fail'; kind: FailureKind; detail: string };

const TEMPLATES = new Set(['seed-format', 'pc-2017', 'pc-2012', 'mobile', 'legacy-table', 'fragment', 'readability']);
const KINDS = new Set(['text', 'video', 'gallery', 'notice']);
const REASONS = new Set(['empty', 'not-an-article', 'unreadable', 'too-large', 'too-complex', 'timeout']);
const ISO_BEIJING = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?\+08:00$/;
const HTTP_URL = /^https?:\/\/[^\s]+$/i;

function describe(err: unknown): string {
  if (err instanceof Error) {
    const frames = (err.stack ?? '').split('\n').slice(1, 6).map((l) => l.trim());
    return `${err.name}: ${err.message.slice(0, 300)}${frames.length ? ` | ${frames.join(' | ')}` : ''}`;
  }
  return `non-Error thrown: ${String(err).slice(0, 300)}`;
}

/**
 * Index of the first script-capable HTML tag Markdown would pass through raw, or -1.
 * A `<` escaped as `\<` (odd number of backslashes before it) is literal text and fine.
 */
export function rawHtmlTag(md: string): number {
  const re = /<\s*(?:script|iframe|svg|img|style|object|embed|form|meta|base|a)\b/gi;
  for (let m = re.exec(md); m; m = re.exec(md)) {
    let slashes = 0;
    for (let i = m.index - 1; i >= 0 && md[i] === '\\'; i--) slashes++;
    if (slashes % 2 === 0) return m.index;
  }
  return -1;
}

/** Contract problems of an Article, as short strings; empty when it keeps the contract. */
export function contractProblems(a: Article): string[] {
  const p: string[] = [];
  const isStr = (v: unknown): v is string => typeof v === 'string';
  const strOrNull = (v: unknown): boolean => v === null || isStr(v);
  if (!a || typeof a !== 'object') return ['result is not an object'];
  if (!TEMPLATES.has(a.template)) p.push(`template ${JSON.stringify(a.template)}`);
  if (!KINDS.has(a.kind)) p.push(`kind ${JSON.stringify(a.kind)}`);
  if (!isStr(a.title)) p.push('title not a string');
  for (const k of ['url', 'docId', 'originalTitle', 'source', 'editor', 'leadImage'] as const) {
    if (!strOrNull(a[k])) p.push(`${k} not string|null`);
  }
  if (isStr(a.url) && !HTTP_URL.test(a.url)) p.push(`url ${a.url.slice(0, 80)}`);
  if (!strOrNull(a.publishedAt) || (a.publishedAt !== null && !ISO_BEIJING.test(a.publishedAt))) {
    p.push(`publishedAt ${JSON.stringify(a.publishedAt)}`);
  }
  if (!Array.isArray(a.authors) || !a.authors.every(isStr)) p.push('authors not string[]');
  if (!Array.isArray(a.keywords) || !a.keywords.every(isStr)) p.push('keywords not string[]');
  if (!Array.isArray(a.stocks) || !a.stocks.every((s) => s && isStr(s.code) && isStr(s.name))) p.push('stocks malformed');
  if (!isStr(a.text) || !isStr(a.markdown)) p.push('text/markdown not strings');
  if (!Number.isInteger(a.wordCount) || a.wordCount < 0) p.push(`wordCount ${a.wordCount}`);
  if (!Number.isFinite(a.readingMinutes) || a.readingMinutes < 0) p.push(`readingMinutes ${a.readingMinutes}`);
  if (a.leadImage !== null && isStr(a.leadImage) && !HTTP_URL.test(a.leadImage)) p.push(`leadImage ${a.leadImage.slice(0, 80)}`);
  if (!Array.isArray(a.images)) p.push('images not an array');
  else for (const im of a.images) if (!im || !isStr(im.src) || !HTTP_URL.test(im.src)) p.push(`image src ${String(im?.src).slice(0, 80)}`);
  if (!Array.isArray(a.blocks)) p.push('blocks not an array');
  else
    for (const b of a.blocks) {
      if (b.type === 'image' && !HTTP_URL.test(b.src)) p.push(`image block src ${String(b.src).slice(0, 80)}`);
      if ((b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote') && !isStr(b.text)) p.push(`${b.type} text`);
      if (b.type === 'video' && (!isStr(b.title) || (b.href !== null && !HTTP_URL.test(b.href)) || (b.poster !== null && !HTTP_URL.test(b.poster)))) {
        p.push(`video block ${JSON.stringify(b).slice(0, 80)}`);
      }
      if ((b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote') && b.inlines) {
        if (b.inlines.map((i) => i.text).join('') !== b.text) p.push(`inlines do not join to the text: ${b.text.slice(0, 40)}`);
        for (const i of b.inlines) if (i.href !== undefined && !HTTP_URL.test(i.href)) p.push(`inline link ${i.href.slice(0, 60)}`);
      }
      if (b.type === 'table' && !(Array.isArray(b.rows) && b.rows.every((r) => Array.isArray(r) && r.every(isStr)))) {
        p.push('table rows');
      }
    }
  if (isStr(a.markdown)) {
    const bad = /\]\(\s*<?\s*(?:javascript|data|vbscript|file):/i.exec(a.markdown);
    if (bad) p.push(`markdown link ${a.markdown.slice(bad.index, bad.index + 60)}`);
    const raw = rawHtmlTag(a.markdown);
    if (raw >= 0) p.push(`markdown raw html ${a.markdown.slice(raw, raw + 60)}`);
  }
  return p;
}

/**
 * extract() turns any internal exception into ExtractError('unreadable', 'could not parse the
 * page: <message>') as a safety net. That keeps callers safe but would hide engine bugs from the
 * fuzzer, so such an error counts as a failure, the stack running out included (the engine walks
 * iteratively and bounds depth, so no input may exhaust it). Recognised by `cause` when set, else
 * by the message.
 */
export function maskedException(err: Error, ExtractErrorClass: abstract new (...args: never[]) => Error): string | null {
  const cause = (err as Error & { cause?: unknown }).cause;
  let inner: string | null = null;
  const isExtractError = (x: unknown): boolean => x instanceof ExtractErrorClass;
  if (cause instanceof Error && !isExtractError(cause)) inner = `${cause.name}: ${cause.message}`;
  else {
    const m = /^could not parse the page: ([\s\S]*)$/.exec(err.message);
    if (m) inner = m[1] ?? '';
  }
  if (inner === null) return null;
  return `ExtractError('unreadable') wraps an internal exception: ${inner.slice(0, 300)}`;
}

export function checkCase(
  extract: Extract,
  ExtractErrorClass: abstract new (...args: never[]) => Error,
  verify: Verify | undefined,
  html: string,
  url: string | undefined,
  budgetMs?: number,
): Outcome {
  let article: Article;
  try {
    article = extract(html, { ...(url === undefined ? {} : { url }), ...(budgetMs === undefined ? {} : { budgetMs }) });
  } catch (err) {
    if (err instanceof ExtractErrorClass) {
      const reason = (err as Error & { reason?: string }).reason ?? '';
      if (!REASONS.has(reason)) return { status: 'fail', kind: 'bad-error-reason', detail: `reason ${JSON.stringify(reason)}` };
      const masked = maskedException(err, ExtractErrorClass);
      if (masked) return { status: 'fail', kind: 'masked-exception', detail: masked };
      return { status: 'extract-error', reason, message: err.message.slice(0, 200) };
    }
    return { status: 'fail', kind: 'threw', detail: describe(err) };
  }
  const problems = contractProblems(article);
  if (problems.length) return { status: 'fail', kind: 'contract', detail: problems.slice(0, 5).join('; ') };
  if (verify) {
    try {
      const invented = verify.inventedText(html, article);
      if (invented.length) {
        return { status: 'fail', kind: 'invented', detail: invented.slice(0, 3).map((s) => JSON.stringify(s.slice(0, 120))).join(', ') };
      }
    } catch (err) {
      return { status: 'fail', kind: 'verify-threw', detail: `inventedText: ${describe(err)}` };
    }
    try {
      const hidden = verify.hiddenTextShown?.(html, article) ?? [];
      if (hidden.length) return { status: 'fail', kind: 'hidden-text', detail: hidden.slice(0, 3).map((s) => JSON.stringify(s)).join(', ') };
    } catch (err) {
      return { status: 'fail', kind: 'verify-threw', detail: `hiddenTextShown: ${describe(err)}` };
    }
    try {
      const diff = verify.idempotencyDiff(article);
      if (diff.length) return { status: 'fail', kind: 'not-idempotent', detail: diff.slice(0, 5).join('; ').slice(0, 600) };
    } catch (err) {
      return { status: 'fail', kind: 'verify-threw', detail: `idempotencyDiff: ${describe(err)}` };
    }
  }
  const texts = article.blocks.flatMap((b) => (b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote' ? [b.text] : []));
  return {
    status: 'article',
    template: article.template,
    kind: article.kind,
    blocks: article.blocks.length,
    title: article.title.slice(0, 200),
    paragraphs: article.blocks.filter((b) => b.type === 'paragraph').length,
    textLength: article.text.length,
    first: (texts[0] ?? '').slice(0, 200),
    last: (texts[texts.length - 1] ?? '').slice(0, 200),
  };
}
