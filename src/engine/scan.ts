/**
 * What the engine asks of the input before reading it: whether it has any markup at all and
 * whether it is a whole document, with the element and attribute bounds. The engine's parser
 * (./parse) answers these from its own token handlers while it parses, and records the answers
 * for its document (`scanOf`); no second pass over the HTML. A parse stage that does not record
 * them (the extension's, which uses the browser's parser) gets them from `scan`: one linear pass
 * of htmlparser2's tokenizer over the HTML.
 */
import { Tokenizer } from 'htmlparser2';
import { ExtractError } from '../article';
import type { Ctx } from './context';
import { LIMITS } from './limits';

export interface ScanResult {
  /** Start tags seen. */
  elements: number;
  /** Any tag, comment, doctype or processing instruction at all (else it is plain text). */
  hasMarkup: boolean;
  /** An html, head, body or title start tag: a whole document rather than a fragment. */
  documentTags: boolean;
}

const DOCUMENT_TAGS = new Set(['html', 'head', 'body', 'title']);
/** Characters handed to the tokenizer at a time, between two looks at the budget. */
const CHUNK = 64 * 1024;
const fmt = (n: number) => n.toLocaleString('en-US');

const RECORDED = new WeakMap<object, ScanResult>();

/** Called by a parser that answered the scan's questions while it parsed `doc`. */
export function recordScan(doc: object, result: ScanResult): void {
  RECORDED.set(doc, result);
}

/** The answers for `doc`, parsed from `html`: as its parser recorded them, else from a scan. */
export function scanOf(doc: object, html: string, ctx: Ctx): ScanResult {
  return RECORDED.get(doc) ?? scan(html, ctx);
}

export function scan(html: string, ctx: Ctx): ScanResult {
  const result: ScanResult = { elements: 0, hasMarkup: false, documentTags: false };
  let attributes = 0;
  let tagStart = 0;
  const tagName = (start: number, end: number) => html.slice(start, end).toLowerCase();
  const markup = () => void (result.hasMarkup = true);
  const tokenizer = new Tokenizer(
    { decodeEntities: false },
    {
      onopentagname(start, end) {
        result.hasMarkup = true;
        attributes = 0;
        tagStart = start;
        if (++result.elements > LIMITS.maxElements) {
          throw new ExtractError('too-complex', `the page has more than ${fmt(LIMITS.maxElements)} elements`);
        }
        if (!result.documentTags && end - start <= 5 && DOCUMENT_TAGS.has(tagName(start, end))) result.documentTags = true;
      },
      onattribname() {
        if (++attributes > LIMITS.maxAttributes) {
          const name = html.slice(tagStart, Math.min(tagStart + 20, html.length)).split(/[\s/>]/)[0];
          throw new ExtractError('too-complex', `an element (<${name}>) has more than ${fmt(LIMITS.maxAttributes)} attributes`);
        }
      },
      onclosetag: markup,
      oncomment: markup,
      ondeclaration: markup,
      onprocessinginstruction: markup,
      oncdata: markup,
      onattribdata() {},
      onattribentity() {},
      onattribend() {},
      onopentagend() {},
      onselfclosingtag() {},
      ontext() {},
      ontextentity() {},
      onend() {},
    },
  );
  for (let at = 0; at < html.length; at += CHUNK) {
    tokenizer.write(html.slice(at, at + CHUNK));
    ctx.deadline.check();
  }
  tokenizer.end();
  return result;
}
