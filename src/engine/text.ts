/**
 * Text normalisation shared by every template. Only removes control characters or folds whitespace;
 * never adds text. Control, escape and bidi-override characters are removed first (`neutralize`, the
 * renderers' rule), so that an Article never holds what its own HTML could not carry back.
 */
import type { Inline } from '../article';
import { neutralize } from '../render/safe';

const CJK = '\\u2e80-\\u2fff\\u3001-\\u303f\\u3040-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
/** A line break inside a paragraph between two CJK characters renders as nothing worth keeping. */
const CJK_BREAK = new RegExp(`([${CJK}])[ \\t\\r\\u3000]*\\n\\s*(?=[${CJK}])`, 'g');
/**
 * Zero-width characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM): a browser shows nothing for them, so
 * they are removed, never turned into a visible space.
 */
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const SPACES = /[\s\u00a0\u3000]+/g;
const CJK_CHAR_RE = new RegExp(`[${CJK}]`);
/**
 * Any character normalizeText may change or remove: whitespace (\s, NBSP and U+3000 among it),
 * zero-width characters, and what neutralize() changes (controls, line breaks, bidi controls,
 * surrogates, paired or not). A text without any comes out as it went in.
 */
const UNTIDY = /[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2028\u2029\u2066-\u2069\ud800-\udfff]/;

/**
 * Drops zero-width characters and a line break between two CJK characters, collapses other runs
 * of whitespace (incl. NBSP and full-width spaces used as indentation) to one space, and trims.
 */
export function normalizeText(s: string): string {
  // Most texts hold no whitespace, zero-width or control character inside their ends (a paragraph
  // indented with U+3000 and followed by a line break is one): trimming is all there is to do.
  const trimmed = s.trim();
  if (!UNTIDY.test(trimmed)) return trimmed;
  let t = neutralize(s).replace(ZERO_WIDTH, '');
  // A CJK line break needs a line feed: most texts have none, and the pattern would be tried at every CJK character.
  if (t.includes('\n')) t = t.replace(CJK_BREAK, '$1');
  return t.replace(SPACES, ' ').trim();
}

const CHAR_REF = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED_REF: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * A player's page data as the player shows it: a string a Sina script hands its player (a video's
 * title in `videoDatas`) is HTML the player inserts, so its character references (`&#125;`,
 * `&amp;`, `&quot;`) show as the characters they name. Numeric references and the five named ones
 * HTML escaping writes (and `&nbsp;`); a code point that is no character (0, a surrogate, past
 * U+10FFFF) shows as U+FFFD, as a browser shows it. One pass; never applied to page markup.
 */
export function decodePlayerText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(CHAR_REF, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name) return NAMED_REF[name]!;
    const cp = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    return cp === 0 || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff ? '\ufffd' : String.fromCodePoint(cp);
  });
}

/** Whether a UTF-16 code unit is JavaScript whitespace (what `\s` matches). */
export function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The first character of `s` that is not whitespace (what `/\S/.exec(s)?.[0]` gives), or null. */
export function firstShownChar(s: string): string | null {
  for (let i = 0; i < s.length; i++) if (!isJsSpace(s.charCodeAt(i))) return s[i]!;
  return null;
}

/** Whitespace- and zero-width-free form used to compare texts (invariants, gold comparison). */
export function compactText(s: string): string {
  const t = neutralize(s).replace(ZERO_WIDTH, '');
  return (nfkcCommon(t) ?? t.normalize('NFKC')).replace(/[\s\u00a0\u3000]+/g, '');
}

/**
 * NFKC of `s` up to the spaces compactText removes anyway, when every character is one whose NFKC
 * form is known and combines with no neighbour: ASCII, a CJK unified ideograph (U+4E00-9FFF),
 * common CJK punctuation (、。〈〉《》「」『』【】‘’“”—·), each its own form; U+3000 and U+00A0, whose
 * form is a space (kept here, removed after); and the full-width forms of ASCII (U+FF01-FF5E:
 * ，！？（）：；…), whose form is the ASCII character. Null for any other text, which ICU normalises.
 * Most lines are of these, and the ICU call (whose code the engine's other work between two calls
 * leaves cold: about 25 µs then for a seed post's few calls) is skipped.
 */
export function nfkcCommon(s: string): string | null {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff)) continue;
    if (c >= 0xff01 && c <= 0xff5e) {
      out += s.slice(from, i) + String.fromCharCode(c - 0xfee0);
      from = i + 1;
      continue;
    }
    if ((c >= 0x3000 && c <= 0x3002) || (c >= 0x3008 && c <= 0x3011) || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2014 || c === 0xb7 || c === 0xa0) continue;
    return null;
  }
  return from === 0 ? s : out + s.slice(from);
}

/**
 * normalizeText over a paragraph made of runs (plain text and links), keeping track of which run
 * each character came from: the inline texts joined equal `normalizeText` of the joined runs.
 * Runs with the same href that end up next to each other are merged; empty runs vanish.
 */
export function normalizeRuns(runs: readonly Inline[]): { text: string; inlines: Inline[] } {
  const texts = runs.map((r) => neutralize(r.text).replace(ZERO_WIDTH, ''));
  const full = texts.join('');
  const starts: number[] = [];
  let acc = 0;
  for (const t of texts) {
    starts.push(acc);
    acc += t.length;
  }
  const inlines: Inline[] = [];
  const push = (text: string, run: number) => {
    if (!text) return;
    const href = runs[run]!.href;
    const last = inlines[inlines.length - 1];
    if (last && last.href === href) last.text += text;
    else inlines.push(href ? { text, href } : { text });
  };
  // Positions only grow, so the owning run is found by walking forward.
  let runIdx = 0;
  const ownerAt = (pos: number) => {
    while (runIdx + 1 < starts.length && starts[runIdx + 1]! <= pos) runIdx++;
    return runIdx;
  };
  const copy = (from: number, to: number) => {
    for (let p = from; p < to; ) {
      const r = ownerAt(p);
      const end = Math.min(to, r + 1 < starts.length ? starts[r + 1]! : full.length);
      push(full.slice(p, end), r);
      p = end;
    }
  };
  let last = 0;
  for (const m of full.matchAll(SPACES)) {
    const i = m.index;
    const j = i + m[0].length;
    copy(last, i);
    // Whitespace is dropped at either end and as a line break between two CJK characters, else one space.
    const cjkBreak = i > 0 && j < full.length && CJK_CHAR_RE.test(full[i - 1]!) && CJK_CHAR_RE.test(full[j]!) && /^[ \t\r\u3000]*\n/.test(m[0]);
    if (i > 0 && j < full.length && !cjkBreak) push(' ', ownerAt(i));
    last = j;
  }
  copy(last, full.length);
  return { text: inlines.map((x) => x.text).join(''), inlines };
}

/** CJK characters that count as one word each (CJK punctuation and full-width forms do not). */
const isCjkWord = (c: number) =>
  (c >= 0x2e80 && c <= 0x2fff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
/** Letters and digits of a Latin word. */
const isLatin = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
/** Characters that join two runs of letters into one word (it's, 3.5, e-mail). */
const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d;

/**
 * CJK characters count one each; runs of Latin letters or digits count one word each (joined by
 * an apostrophe, a point or a hyphen between two of them). One pass, no intermediate strings.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Most characters are ideographs (U+3400-9FFF): they are asked about first.
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0x2e80 && isCjkWord(c))) {
      words++;
      inWord = false;
    } else if (isLatin(c)) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && isJoiner(c) && i + 1 < text.length && isLatin(text.charCodeAt(i + 1)))) inWord = false;
  }
  return words;
}

/** Reading time at 400 CJK characters (or words) a minute, at least one minute for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / 400));
}
