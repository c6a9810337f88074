/**
 * Escaping for the two markup languages the renderers write, without the renderers themselves, so
 * that small consumers (citations in the content script) do not pull in the Markdown or HTML
 * writers and their dependencies.
 */
import { neutralize } from './safe';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text or attribute value as HTML: neutralised (no control or bidi-override characters), then escaped. */
export const escapeHtml = (s: string) => neutralize(s).replace(/[&<>"']/g, (c) => ESC[c]!);

/** Markdown: characters that are syntax anywhere in a line (see markdown.ts for the whole rule). */
const INLINE_SPECIAL = /[\\`*_[\]<|]/g;
/** Markdown: an `&` that would start an entity or character reference (`&copy;`, `&#169;`). */
export const ENTITY_LIKE = /&(?=#?[A-Za-z0-9]+;)/g;
/** Any character escapeInline might escape (the `&` of an entity, `~` and `$` included). */
const MAY_ESCAPE = /[\\`*_[\]<|&~$]/;
/** True when `c` occurs at least twice in `s`. */
const twice = (s: string, c: string) => {
  const i = s.indexOf(c);
  return i >= 0 && s.indexOf(c, i + 1) >= 0;
};

/**
 * Markdown: escapes the characters that are syntax anywhere in a line. `~` and `$` only act in
 * pairs inside one block, so they are escaped only when `context` (the whole block's text) holds two
 * or more of them: a lone 20%~25% or 萌~ stays as written.
 */
export function escapeInline(s: string, context: string = s): string {
  // Most text (Chinese prose) holds none of these: it is written as it is.
  if (!MAY_ESCAPE.test(s)) return s;
  let out = s.replace(INLINE_SPECIAL, (c) => `\\${c}`).replace(ENTITY_LIKE, '\\&');
  if (twice(context, '~')) out = out.replace(/~/g, '\\~');
  if (twice(context, '$')) out = out.replace(/\$/g, '\\$');
  return out;
}
