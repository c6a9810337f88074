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

/** A key at the start of a line, then `:` and a space or the end of the line. */
const SIMPLE_KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
/** A list item under a key: indented, `- `, then a plain value. */
const SIMPLE_ITEM = /^( +)- +(.*)$/;
/** A whole single-quoted value on one line (`''` is a quote), nothing after it but spaces. */
const SINGLE_QUOTED = /^'((?:[^']|'')*)' *$/;
/**
 * What a plain (unquoted) value may not hold to be read as it is written: a first character that
 * is YAML syntax, `: ` or a trailing `:` (a map), `#` (a comment), trailing spaces are trimmed.
 */
const NOT_PLAIN = /^[-?:,[\]{}#&*!|>'"%@`]|: |:$|#/;
/** Characters whose YAML reading has rules of its own (tabs, line ends, controls, BOM, line separators). */
const UNUSUAL = /[\x00-\x08\x0a-\x1f\x7f-\x9f\t\ufeff\u2028\u2029]/;

const plain = (v: string): string | null => {
  const t = v.trimEnd();
  return t && !NOT_PLAIN.test(t) && !UNUSUAL.test(t) ? t : null;
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
    if (!line.trim()) continue;
    const m = SIMPLE_KEY.exec(line);
    if (!m) return null;
    const key = m[1]!;
    const raw = (m[2] ?? '').trimEnd();
    if (!raw) {
      // A list: every following indented line is an item at the same indentation.
      let indent = -1;
      let j = i + 1;
      for (; j < lines.length; j++) {
        const l = lines[j]!;
        if (!l.trim()) continue;
        if (l[0] !== ' ') break;
        const item = SIMPLE_ITEM.exec(l);
        if (!item || plain(item[2]!) === null) return null;
        if (indent < 0) indent = item[1]!.length;
        else if (item[1]!.length !== indent) return null;
      }
      if (indent < 0) return null;
      i = j - 1;
      continue;
    }
    if (raw[0] === "'") {
      const q = SINGLE_QUOTED.exec(raw);
      if (!q || UNUSUAL.test(q[1]!)) return null;
      out[key] = q[1]!.replace(/''/g, "'");
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
