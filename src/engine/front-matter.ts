/**
 * A seed-format post's front matter, split off its body before anything is parsed (text handling,
 * not HTML). Its own module so that a build without parse5 (the extension's) does not pull it in.
 */

/** `---` front matter (a leading blank line allowed) followed by the body HTML. */
const FRONT_MATTER = /^\uFEFF?\s*---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface SplitInput {
  /** The YAML text of a seed-format post's front matter, or null for an HTML page. */
  frontMatter: string | null;
  /** What is parsed as HTML: the whole input, or the post's body after its front matter. */
  body: string;
}

/**
 * Splits a seed-format post's YAML front matter off its body. This is text handling (the front
 * matter is not HTML); the body is then parsed once, alone.
 */
export function splitFrontMatter(raw: string): SplitInput {
  if (!/^\uFEFF?\s*---/.test(raw.slice(0, 4096))) return { frontMatter: null, body: raw };
  const m = FRONT_MATTER.exec(raw);
  if (!m) return { frontMatter: null, body: raw };
  return { frontMatter: m[1]!, body: raw.slice(m[0].length) };
}
