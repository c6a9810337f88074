/**
 * Checks that a value parsed from JSON is an `Article` as `src/article.ts` defines it, field by
 * field, before anything of it is stored. The result is a fresh object holding only the known
 * fields, in the order the input had them (so a line written by the CLI is written back byte for
 * byte); unknown fields are dropped and named.
 */
import type { Article, Block, ImageRef, Inline, Stock, TraceEntry } from '../article';

export class InvalidArticle extends Error {}

type Check = (v: unknown, at: string) => unknown;

const fail = (at: string, what: string): never => {
  throw new InvalidArticle(at ? `${at}: ${what}` : what);
};

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const str: Check = (v, at) => (typeof v === 'string' ? v : fail(at, 'expected a string'));
const strOrNull: Check = (v, at) => (v === null || typeof v === 'string' ? v : fail(at, 'expected a string or null'));
const count: Check = (v, at) =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fail(at, 'expected a whole number ≥ 0');
const httpUrlOrNull: Check = (v, at) => {
  if (v === null) return null;
  if (typeof v !== 'string') return fail(at, 'expected a URL or null');
  let ok = false;
  try {
    const u = new URL(v);
    ok = u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    ok = false;
  }
  return ok ? v : fail(at, 'only http(s) URLs are allowed');
};
const isoOrNull: Check = (v, at) => {
  if (v === null) return null;
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v))) return v;
  return fail(at, 'expected an ISO 8601 time (2021-08-24T15:57:27+08:00) or null');
};
const oneOf =
  <T extends string>(values: readonly T[]): Check =>
  (v, at) =>
    typeof v === 'string' && (values as readonly string[]).includes(v) ? v : fail(at, `expected one of ${values.join(', ')}`);
const arrayOf =
  (item: Check): Check =>
  (v, at) =>
    Array.isArray(v) ? v.map((x, i) => item(x, `${at}[${i}]`)) : fail(at, 'expected a list');

/** An object with exactly these fields (optional ones may be absent), rebuilt in input order. */
function record<T>(fields: { [K in keyof T]-?: { check: Check; optional?: boolean } }, dropped?: Set<string>): Check {
  const known = fields as Record<string, { check: Check; optional?: boolean }>;
  return (v, at) => {
    if (!isPlainObject(v)) return fail(at, 'expected an object');
    for (const [k, spec] of Object.entries(known)) {
      if (!spec.optional && !Object.hasOwn(v, k)) fail(at, `missing field "${k}"`);
    }
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) {
      const spec = Object.hasOwn(known, k) ? known[k] : undefined;
      if (!spec) {
        dropped?.add(at ? `${at}.${k}` : k);
        continue;
      }
      if (spec.optional && v[k] === undefined) continue;
      out[k] = spec.check(v[k], at ? `${at}.${k}` : k);
    }
    return out;
  };
}

const req = (check: Check) => ({ check });
const opt = (check: Check) => ({ check, optional: true });

const stock = record<Stock>({ code: req(str), name: req(str) });
const httpUrl: Check = (v, at) => (v === null ? fail(at, 'expected a URL') : httpUrlOrNull(v, at));
const image = record<ImageRef>({ src: req(httpUrl), caption: req(str) });
const inline = record<Inline>({ text: req(str), href: opt(httpUrlOrNull) });
const inlines = arrayOf(inline);
const tableRows = arrayOf(arrayOf(str));

const BLOCKS: Record<Block['type'], Check> = {
  paragraph: record<Extract<Block, { type: 'paragraph' }>>({ type: req(str), text: req(str), inlines: opt(inlines) }),
  heading: record<Extract<Block, { type: 'heading' }>>({ type: req(str), text: req(str), inlines: opt(inlines) }),
  quote: record<Extract<Block, { type: 'quote' }>>({ type: req(str), text: req(str), inlines: opt(inlines) }),
  image: record<Extract<Block, { type: 'image' }>>({ type: req(str), src: req(httpUrl), caption: req(str) }),
  table: record<Extract<Block, { type: 'table' }>>({ type: req(str), rows: req(tableRows), caption: opt(str) }),
  video: record<Extract<Block, { type: 'video' }>>({
    type: req(str),
    title: req(str),
    href: req(httpUrlOrNull),
    poster: req(httpUrlOrNull),
  }),
};
const block: Check = (v, at) => {
  const type = isPlainObject(v) ? v.type : undefined;
  const check = typeof type === 'string' && Object.hasOwn(BLOCKS, type) ? BLOCKS[type as Block['type']] : undefined;
  return check ? check(v, at) : fail(`${at}.type`, `expected one of ${Object.keys(BLOCKS).join(', ')}`);
};

const traceEntry = record<TraceEntry>({
  stage: req(oneOf(['guard', 'parse', 'strip', 'template', 'clean', 'blocks', 'lines', 'metadata'])),
  rule: req(str),
  action: req(oneOf(['remove', 'move', 'keep', 'choose', 'skip'])),
  reason: req(str),
  text: opt(str),
  field: opt(str),
  value: opt(strOrNull),
});

/** Longest text field accepted (characters): far beyond any article, short of a memory attack. */
const MAX_TEXT = 4_000_000;
const boundedStr: Check = (v, at) => {
  const s = str(v, at) as string;
  return s.length <= MAX_TEXT ? s : fail(at, `longer than ${MAX_TEXT.toLocaleString('en')} characters`);
};

function articleCheck(dropped: Set<string>): Check {
  return record<Article>(
    {
      url: req(httpUrlOrNull),
      docId: req(strOrNull),
      template: req(oneOf(['seed-format', 'pc-2017', 'pc-2012', 'mobile', 'legacy-table', 'fragment', 'readability'])),
      kind: req(oneOf(['text', 'video', 'gallery', 'notice'])),
      title: req(str),
      originalTitle: req(strOrNull),
      publishedAt: req(isoOrNull),
      source: req(strOrNull),
      authors: req(arrayOf(str)),
      editor: req(strOrNull),
      keywords: req(arrayOf(str)),
      stocks: req(arrayOf(stock)),
      leadImage: req(httpUrlOrNull),
      images: req(arrayOf(image)),
      blocks: req(arrayOf(block)),
      text: req(boundedStr),
      markdown: req(boundedStr),
      wordCount: req(count),
      readingMinutes: req(count),
      trace: opt(arrayOf(traceEntry)),
    },
    dropped,
  );
}

export interface Validated {
  article: Article;
  /** Fields the input had that an Article does not (dropped), as paths: `extra`, `blocks[2].foo`. */
  dropped: string[];
}

/** The Article in `value`, or InvalidArticle naming the first field that is wrong. */
export function validateArticle(value: unknown): Validated {
  const dropped = new Set<string>();
  const article = articleCheck(dropped)(value, '') as Article;
  if (!article.title.trim() && !article.text.trim()) throw new InvalidArticle('neither a title nor any text');
  return { article, dropped: [...dropped] };
}
