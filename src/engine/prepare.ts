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
