import { isMap, isScalar, parseDocument } from 'yaml';
import type { Template } from './types';
import { firstWithText } from '../engine/dom';
import { normalizeText } from '../engine/text';
import { LIMITS } from '../engine/limits';
import { parseSinaDate } from '../engine/meta';

/**
 * What of a front matter is read: all of it up to LIMITS.maxFrontMatterChars, else its lines up to
 * there (the YAML parser cannot be interrupted and costs far more than its input on some shapes:
 * a megabyte of `[` takes seconds and a gigabyte of memory). A seed post's title and date come first.
 */
export function readPart(yaml: string): string {
  if (yaml.length <= LIMITS.maxFrontMatterChars) return yaml;
  const cut = yaml.lastIndexOf('\n', LIMITS.maxFrontMatterChars);
  return yaml.slice(0, cut > 0 ? cut : LIMITS.maxFrontMatterChars);
}

/*
 * The shapes below are read by character codes, not patterns: a seed post's front matter is read on
 * every call, and each pattern's compiled code is one more thing the engine's other work between
 * two calls leaves cold. Each function states the pattern it answers for; test/engine-front-matter
 * checks them against those patterns.
 */

/** U+000A-001F, U+0000-0008, tab, U+007F-009F, BOM, line and paragraph separators: characters whose YAML reading has rules of its own. */
const isUnusual = (c: number) => c <= 0x1f || (c >= 0x7f && c <= 0x9f) || c === 0xfeff || c === 0x2028 || c === 0x2029;
function hasUnusual(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isUnusual(s.charCodeAt(i))) return true;
  return false;
}
/** What `.` does not match inside a line split on LF: CR and the line and paragraph separators. */
function hasLineEnd(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0d || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}
const isKeyStart = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
const isKeyChar = (c: number) => isKeyStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
/** First characters that are YAML syntax in a plain value: - ? : , [ ] { } # & * ! | > ' " % @ ` */
const SYNTAX_FIRST = "-?:,[]{}#&*!|>'\"%@`";
/** Index after the run of U+0020 starting at `i`. */
function afterSpaces(s: string, i: number): number {
  while (i < s.length && s.charCodeAt(i) === 0x20) i++;
  return i;
}
/**
 * `s` without its trailing U+0020 (what `/ *$/` removes). Not String#trimEnd: that drops U+3000,
 * U+00A0 and U+FEFF too, which YAML keeps as part of the value (title: U+3000 is a value, not an
 * empty key opening a list).
 */
function trimSpacesEnd(s: string): string {
  let e = s.length;
  while (e > 0 && s.charCodeAt(e - 1) === 0x20) e--;
  return e === s.length ? s : s.slice(0, e);
}
/** Whether a line holds nothing but U+0020 (a blank line as YAML reads one here). */
const isBlank = (s: string) => afterSpaces(s, 0) === s.length;

/**
 * A key at the start of a line, then `:` and a space or the end of the line
 * (`/^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/`): the key and the value after the spaces ('' when
 * none), or null.
 */
function keyLine(line: string): [string, string] | null {
  if (!line.length || !isKeyStart(line.charCodeAt(0))) return null;
  let i = 1;
  while (i < line.length && isKeyChar(line.charCodeAt(i))) i++;
  if (line.charCodeAt(i) !== 0x3a) return null;
  const key = line.slice(0, i++);
  if (i === line.length) return [key, ''];
  if (line.charCodeAt(i) !== 0x20) return null;
  const v = afterSpaces(line, i);
  return hasLineEnd(line, v) ? null : [key, line.slice(v)];
}

/** A list item under a key: indented, `- `, then a value (`/^( +)- +(.*)$/`): [indent, value] or null. */
function itemLine(line: string): [number, string] | null {
  const indent = afterSpaces(line, 0);
  if (indent === 0 || line.charCodeAt(indent) !== 0x2d || line.charCodeAt(indent + 1) !== 0x20) return null;
  const v = afterSpaces(line, indent + 1);
  return hasLineEnd(line, v) ? null : [indent, line.slice(v)];
}

/**
 * A whole single-quoted value on one line, `''` a quote, nothing after it but spaces
 * (`/^'((?:[^']|'')*)' *$/` on a value whose trailing spaces are gone): what is inside the quotes,
 * or null.
 */
function singleQuoted(raw: string): string | null {
  if (raw.length < 2 || raw.charCodeAt(raw.length - 1) !== 0x27) return null;
  for (let i = 1; i < raw.length - 1; i++) {
    if (raw.charCodeAt(i) !== 0x27) continue;
    if (i + 1 < raw.length - 1 && raw.charCodeAt(i + 1) === 0x27) i++;
    else return null;
  }
  return raw.slice(1, -1);
}

/**
 * A plain (unquoted) value read as it is written, trailing spaces trimmed; null when it is empty or
 * holds YAML syntax: a first character that is syntax, `: ` or a trailing `:` (a map), `#` (a
 * comment) (`/^[-?:,[\]{}#&*!|>'"%@`]|: |:$|#/`), or an unusual character.
 */
const plain = (v: string): string | null => {
  const t = trimSpacesEnd(v);
  if (!t || SYNTAX_FIRST.includes(t[0]!) || t.includes(': ') || t.endsWith(':') || t.includes('#') || hasUnusual(t)) return null;
  return t;
};

/**
 * The common front matter of a seed post read without the YAML library: one `key: value` a line,
 * values single-quoted on one line or plain, keys with an indented list of plain items
 * (`categories:` then ` - 金融`). Anything else (double quotes, comments, continuation lines,
 * anchors, tabs, documents markers…) returns null and the YAML library reads it. The answer is
 * what frontMatterFields gets from the library for the same text (tested on every seed fixture).
 */
export function simpleFrontMatter(yaml: string): Record<string, string> | null {
  const out: Record<string, string> = {};
  const lines = yaml.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isBlank(line)) continue;
    const m = keyLine(line);
    if (!m) return null;
    const key = m[0];
    const raw = trimSpacesEnd(m[1]);
    if (!raw) {
      // A list: every following indented line is an item at the same indentation.
      let indent = -1;
      let j = i + 1;
      for (; j < lines.length; j++) {
        const l = lines[j]!;
        if (isBlank(l)) continue;
        if (l[0] !== ' ') break;
        const item = itemLine(l);
        if (!item || plain(item[1]) === null) return null;
        if (indent < 0) indent = item[0];
        else if (item[0] !== indent) return null;
      }
      if (indent < 0) return null;
      i = j - 1;
      continue;
    }
    if (raw[0] === "'") {
      const q = singleQuoted(raw);
      if (q === null || hasUnusual(q)) return null;
      out[key] = q.includes("'") ? q.replaceAll("''", "'") : q;
      continue;
    }
    const v = plain(raw);
    if (v === null) return null;
    out[key] = v;
  }
  return out;
}

/**
 * The front matter's plain `key: value` pairs, read with YAML's failsafe schema (every value a
 * string, no tag resolved). A key whose value is an alias, a list or a map is skipped, so one odd
 * key never costs the title and the date. Later duplicates win, as in YAML's own reading.
 * The common simple shape is read directly (simpleFrontMatter); the library reads the rest.
 */
export function frontMatterFields(yaml: string): Record<string, string> {
  const part = readPart(yaml);
  return simpleFrontMatter(part) ?? yamlFields(part);
}

/** frontMatterFields through the YAML library alone. */
export function yamlFields(part: string): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    const doc = parseDocument(part, { schema: 'failsafe', strict: false, uniqueKeys: false, logLevel: 'silent' });
    const root = doc.contents;
    if (!isMap(root)) return out;
    for (const pair of root.items) {
      if (isScalar(pair.key) && isScalar(pair.value) && typeof pair.value.value === 'string') {
        out[String(pair.key.value)] = pair.value.value;
      }
    }
  } catch {
    /* not YAML at all: no fields */
  }
  return out;
}

/**
 * Seed-format posts: a Hexo post whose YAML front matter has title, date (RFC-822 GMT), headimg,
 * and whose body is a finance.sina.com.cn #artibody copied from the RSS feed. The engine splits the
 * front matter off and parses the body alone. Example: fixtures/seed-format/000_e61d407e7bc7dc3d.txt.
 */
export const seed: Template = {
  id: 'seed-format',
  describe: 'seed-format post (YAML front matter + #artibody HTML)',
  matches: ({ frontMatter }) => frontMatter !== null,
  extract: ({ index, frontMatter, ctx }) => {
    const fm = frontMatterFields(frontMatter ?? '');
    if ((frontMatter ?? '').length > LIMITS.maxFrontMatterChars) {
      ctx.trace.add({ stage: 'template', rule: 'frontMatter.limit', action: 'skip', reason: `a front matter is read up to ${LIMITS.maxFrontMatterChars.toLocaleString('en-US')} characters`, text: `${(frontMatter ?? '').length.toLocaleString('en-US')} characters` });
    }
    const str = (k: string) => normalizeText(fm[k] ?? '');
    return {
      body: firstWithText(index.select('#artibody'), ctx.deadline) ?? index.first('body'),
      title: str('title') || null,
      publishedAt: parseSinaDate(str('date')),
      publisher: str('author') || null,
      leadImage: str('headimg') || str('thumbnail') || null,
    };
  },
};
