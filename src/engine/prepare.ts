import { MARKER_REGIONS } from '../rules';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The name with any run of spaces matching any whitespace. */
const loose = (name: string) => escapeRe(name).replace(/ +/g, '\\s*');

/** A comment whose text starts with `begin`, then everything up to the first comment that is `end`. */
const REGION_RES = MARKER_REGIONS.map(
  (r) =>
    new RegExp(
      `<!--\\s*${loose(r.begin)}(?:(?!-->)[\\s\\S]){0,300}-->[\\s\\S]{0,100000}?<!--\\s*${loose(r.end)}\\s*-->`,
      'g',
    ),
);

/** Left where a marker region was cut out, so the block builder can rejoin a sentence the ad split. */
export const JOIN_TAG = 'sc-join';

/**
 * Removes what can never be text before the HTML is parsed: scripts and styles (their content is
 * raw text to a parser, and a marker comment written inside a script string must not pair with a
 * real one), then the marker-comment regions of rules.MARKER_REGIONS, each leaving an empty
 * <sc-join> element behind. Only deletes text, never adds any.
 */
export function stripNonContent(html: string): string {
  let out = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
  for (const re of REGION_RES) out = out.replace(re, `<${JOIN_TAG}></${JOIN_TAG}>`);
  return out;
}

/**
 * Deeper than this, parsing slows quadratically and walking the tree runs out of stack. Real pages
 * nest a few dozen levels; browsers stop nesting at 512.
 */
export const MAX_DEPTH = 4_000;
/** Elements that close themselves or never hold others, so they do not deepen the tree. */
const FLAT = new Set([
  'p', 'li', 'td', 'th', 'tr', 'option', 'dt', 'dd', 'br', 'img', 'meta', 'link', 'input', 'hr', 'wbr', 'area',
  'base', 'col', 'embed', 'source', 'track', 'param',
]);

/**
 * How deep the page's open tags nest, counted on the text (no parse): an upper bound for real
 * pages, where the few unclosed containers are counted as still open.
 */
export function nestingDepth(html: string, limit = MAX_DEPTH): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    const name = m[2]!.toLowerCase();
    if (FLAT.has(name) || m[3]) continue;
    depth += m[1] ? -1 : 1;
    if (depth < 0) depth = 0;
    if (depth > max && (max = depth) > limit) break;
  }
  return max;
}
