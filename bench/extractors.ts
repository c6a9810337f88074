/**
 * The extractors under test, each split into the timed part (`run`: HTML string in, the
 * extractor's own result out, DOM parsing included) and the untimed part (`normalize`: that
 * result mapped onto the Article fields the benchmark scores).
 */
import { Readability } from '@mozilla/readability';
import Parser from '@postlight/parser';
import { Defuddle } from 'defuddle/node';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseDocument } from 'htmlparser2';
import { parseHTML } from 'linkedom';
import { parse as parse5 } from 'parse5';
import { pathToFileURL } from 'node:url';
import { extract as extractFromSource } from '../src/engine/extract';
import type { BenchInput } from './corpus';

/**
 * The engine as it ships: bench/run.ts bundles src/engine/extract.ts with esbuild, as the CLI's
 * build does, and names the bundle in BENCH_ENGINE_BUNDLE (the timing processes inherit it). The
 * source as tsx runs it is slower than what ships (tsx keeps function names: a `__name` call for
 * every function and closure made; 1.12× over the corpus, measured 2026-11-27), so it is used only
 * when no bundle is named (the tests).
 */
const bundle = process.env.BENCH_ENGINE_BUNDLE;
/** Which copy of the engine sina-clean runs on: the bundle's path, or `source` (tsx). */
export const ENGINE_COPY = bundle ?? 'source';
const extract: typeof extractFromSource = bundle
  ? ((await import(pathToFileURL(bundle).href)) as { extract: typeof extractFromSource }).extract
  : extractFromSource;

export interface Scored {
  text: string;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  editor: string | null;
}

export interface Extractor {
  id: string;
  label: string;
  /** Which Article field each scored field comes from, for the report. */
  fields: string;
  run(input: BenchInput): unknown;
  normalize(result: unknown): Scored;
  /**
   * A parse-only baseline (the HTML string to a DOM, nothing extracted): timed beside the
   * extractors in the same interleaved rounds, never scored for accuracy.
   */
  baseline?: boolean;
}

const EMPTY: Scored = { text: '', title: null, publishedAt: null, source: null, editor: null };

/** jsdom reports unparsable page CSS on the console; a silent console keeps the run readable. */
const quiet = (): VirtualConsole => new VirtualConsole();

/**
 * A fragment is not a document; jsdom and browsers wrap it implicitly, linkedom does not.
 * Peers get it in the same minimal page the seed bodies get, so all of them see one DOM.
 */
function peerDocumentHtml(input: BenchInput): string {
  if (input.folder !== 'fragments') return input.peerHtml;
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body>\n${input.peerHtml}\n</body></html>`;
}

/** Text of an HTML fragment as a reader sees it (scripts, styles and templates are not text). */
export function htmlToText(html: string): string {
  if (!html) return '';
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  for (const el of Array.from(document.querySelectorAll('script, style, noscript, template'))) el.remove();
  const blocks = 'p, div, br, li, h1, h2, h3, h4, h5, h6, tr, blockquote, section, article, figure, figcaption, pre, table';
  for (const el of Array.from(document.querySelectorAll(blocks))) el.after(document.createTextNode('\n'));
  return (document.body?.textContent ?? '').replace(/[ \t]*\n\s*/g, '\n').trim();
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);

export const sinaClean: Extractor = {
  id: 'sina-clean',
  label: 'sina-clean',
  fields: 'text, title, publishedAt, source, editor',
  run: (input) => extract(input.html, input.url ? { url: input.url } : {}),
  normalize(result) {
    const a = result as ReturnType<typeof extract>;
    return { text: a.text, title: a.title, publishedAt: a.publishedAt, source: a.source, editor: a.editor };
  },
};

function readability(id: string, label: string, options: { charThreshold?: number }, dom: 'jsdom' | 'linkedom' = 'jsdom'): Extractor {
  return {
    id,
    label,
    fields: 'textContent, title, publishedTime, siteName, byline',
    run(input) {
      if (dom === 'linkedom') {
        // What a Node user picks to run Readability fast: linkedom's DOM (no URL, no layout).
        const { document } = parseHTML(peerDocumentHtml(input));
        return new Readability(document as unknown as Document, options).parse();
      }
      const jsdom = new JSDOM(peerDocumentHtml(input), { url: input.peerUrl, virtualConsole: quiet() });
      const result = new Readability(jsdom.window.document, options).parse();
      jsdom.window.close();
      return result;
    },
    normalize(result) {
      const r = result as ReturnType<Readability['parse']>;
      if (!r) return EMPTY;
      return {
        text: r.textContent ?? '',
        title: str(r.title),
        publishedAt: str(r.publishedTime),
        source: str(r.siteName),
        editor: str(r.byline),
      };
    },
  };
}

export const readabilityDefault = readability('readability', 'Readability (jsdom)', {});
export const readability100 = readability('readability-100', 'Readability (charThreshold 100)', { charThreshold: 100 });
export const readabilityLinkedom = readability('readability-linkedom', 'Readability (linkedom)', {}, 'linkedom');

export const defuddle: Extractor = {
  id: 'defuddle',
  label: 'Defuddle (linkedom)',
  fields: 'content, title, published, site, author',
  run(input) {
    const { document } = parseHTML(peerDocumentHtml(input));
    return Defuddle(document as unknown as Document, input.peerUrl);
  },
  normalize(result) {
    const d = result as Awaited<ReturnType<typeof Defuddle>>;
    return {
      text: htmlToText(d.content ?? ''),
      title: str(d.title),
      publishedAt: str(d.published),
      source: str(d.site),
      editor: str(d.author),
    };
  },
};

interface PostlightResult {
  title?: string | null;
  content?: string | null;
  author?: string | null;
  date_published?: string | null;
}

export const postlight: Extractor = {
  id: 'postlight',
  label: 'Postlight Parser',
  fields: 'content, title, date_published, -, author',
  run: (input) =>
    // The HTML is passed in and multi-page following is off: the parser never fetches.
    Parser.parse(input.peerUrl, { html: peerDocumentHtml(input), fetchAllPages: false }) as Promise<PostlightResult>,
  normalize(result) {
    const p = result as (PostlightResult & { error?: boolean }) | null;
    if (!p || p.error) return EMPTY;
    return {
      text: htmlToText(p.content ?? ''),
      title: str(p.title),
      publishedAt: str(p.date_published),
      source: null,
      editor: str(p.author),
    };
  },
};

/** A parse-only baseline: the page (as the peers get it) to a DOM, the tree returned, nothing read. */
function parseOnly(id: string, label: string, parse: (html: string) => unknown): Extractor {
  return { id, label, fields: '-', baseline: true, run: (input) => parse(peerDocumentHtml(input)), normalize: () => EMPTY };
}

export const parse5Only = parseOnly('parse-parse5', 'parse only: parse5', (html) => parse5(html));
export const htmlparser2Only = parseOnly('parse-htmlparser2', 'parse only: htmlparser2', (html) => parseDocument(html));
export const linkedomOnly = parseOnly('parse-linkedom', 'parse only: linkedom', (html) => parseHTML(html).document);

export const EXTRACTORS: readonly Extractor[] = [
  sinaClean,
  readabilityDefault,
  readability100,
  readabilityLinkedom,
  defuddle,
  postlight,
  parse5Only,
  htmlparser2Only,
  linkedomOnly,
];

export const EMPTY_SCORED = EMPTY;
