/** Text normalisation shared by every template. Only removes control characters or folds whitespace; never adds text. */
import { neutralize } from '../render/safe';

const CJK = '\\u2e80-\\u2fff\\u3001-\\u303f\\u3040-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
/** A line break inside a paragraph between two CJK characters renders as nothing worth keeping. */
const CJK_BREAK = new RegExp(`([${CJK}])[ \\t\\r\\u3000]*\\n\\s*(?=[${CJK}])`, 'g');

/**
 * Drops a line break between two CJK characters, collapses other runs of whitespace (incl. NBSP
 * and full-width spaces used as indentation) to one space, and trims both ends. Control, escape and
 * bidi-override characters are removed first (`neutralize`, the renderers' rule), so that an Article
 * never holds what its own HTML could not carry back.
 */
export function normalizeText(s: string): string {
  return neutralize(s)
    .replace(CJK_BREAK, '$1')
    .replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ')
    .trim();
}

/** Whitespace-free form used to compare texts (invariants, gold comparison); neutralised like normalizeText. */
export function compactText(s: string): string {
  return neutralize(s).normalize('NFKC').replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, '');
}

const CJK_CHAR = new RegExp(`[${CJK.replace('\\u3001-\\u303f', '').replace('\\uff00-\\uffef', '')}]`, 'g');
const PUNCT = /[\u3001-\u303f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/g;

/** CJK characters count one each; runs of Latin letters or digits count one word each. */
export function countWords(text: string): number {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  const rest = text.replace(CJK_CHAR, ' ').replace(PUNCT, ' ');
  const latin = rest.match(/[A-Za-z0-9\u00c0-\u024f]+(?:['’.-][A-Za-z0-9\u00c0-\u024f]+)*/g)?.length ?? 0;
  return cjk + latin;
}

/** Reading time at 400 CJK characters (or words) a minute, at least one minute for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 400));
}
