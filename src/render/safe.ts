import type { Inline } from '../article';

/**
 * What every renderer does to page strings before writing them out. Page content is untrusted: a
 * rendered document (text, Markdown, HTML, citation) carries no control, escape or bidi-override
 * character from the page, and only http(s) URLs.
 *
 * Neutralised (see README "Output safety"):
 * - line breaks in every spelling (CR LF, CR, NEL, VT, FF, U+2028, U+2029) become LF;
 * - C0 controls other than TAB and LF (NUL, BEL, BS, ESC…), DEL and the C1 controls U+0080–U+009F
 *   (CSI, OSC…) are removed, so no terminal escape sequence can start;
 * - the bidi embedding, override and isolate controls U+202A–U+202E and U+2066–U+2069 are removed
 *   (they reorder what a reader sees: "Trojan Source");
 * - lone UTF-16 surrogates become U+FFFD.
 * Kept: TAB, LF, ordinary text in every script, and the invisible characters with a typographic use
 * (zero-width joiner/non-joiner, LRM/RLM marks, which cannot reorder text on their own).
 */

const LINE_BREAKS = /\r\n?|[\u000b\u000c\u0085\u2028\u2029]/g;
const CONTROLS = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Any character neutralize() might change (surrogates included, paired or not): the fast path's test. */
const SUSPECT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2028\u2029\u2066-\u2069\ud800-\udfff]/;

/** The string with line breaks unified and control, escape and bidi-override characters removed. */
export function neutralize(s: string): string {
  if (!SUSPECT.test(s)) return s;
  return s.replace(LINE_BREAKS, '\n').replace(CONTROLS, '').replace(LONE_SURROGATE, '\ufffd');
}

/** True when `s` holds nothing `neutralize` would change. */
export function isNeutral(s: string): boolean {
  return neutralize(s) === s;
}

/** A block's text as every renderer writes it: neutralised, without leading or trailing whitespace. */
export function blockString(s: string): string {
  return neutralize(s).trim();
}

/** One line for places that hold one line (citations, headers, table cells): whitespace runs → one space. */
export function oneLine(s: string): string {
  return neutralize(s).replace(/\s+/g, ' ').trim();
}

/**
 * The block's runs, neutralised and trimmed at both ends like its text, when they join to its text;
 * otherwise one plain run of the text (a link is never worth text that differs from `text`).
 */
export function blockRuns(text: string, inlines: readonly Inline[] | undefined): Inline[] {
  const plain = blockString(text);
  if (!inlines?.length) return [{ text: plain }];
  let from = 0;
  let to = inlines.length;
  while (from < to && !inlines[from]!.text.trim()) from++;
  while (to > from && !inlines[to - 1]!.text.trim()) to--;
  if (from === to) return [{ text: plain }];
  const runs = inlines.slice(from, to).map((r) => ({ text: neutralize(r.text), href: r.href }));
  runs[0]!.text = runs[0]!.text.trimStart();
  runs[runs.length - 1]!.text = runs[runs.length - 1]!.text.trimEnd();
  return runs.map((r) => r.text).join('') === plain ? runs : [{ text: plain }];
}

/**
 * The URL in its normalised form when it is an absolute http(s) URL without credentials, else null.
 * `javascript:`, `data:`, `file:`, relative and unparsable URLs are all null.
 */
export function safeHttpUrl(u: string | null | undefined): string | null {
  if (!u) return null;
  let url: URL;
  try {
    url = new URL(neutralize(u).trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  return url.href;
}

/** "2021-08-24T15:57:27+08:00" -> { date: "2021-08-24", time: "15:57" }, Beijing time as written. */
export function splitIso(iso: string | null | undefined): { date: string; time: string | null } | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso ?? '');
  return m ? { date: m[1]!, time: m[2] ?? null } : null;
}

/** "2021-08-24 15:57" (or the date alone), or '' when the page gave no time. */
export function displayTime(iso: string | null | undefined): string {
  const t = splitIso(iso);
  return t ? (t.time ? `${t.date} ${t.time}` : t.date) : '';
}
