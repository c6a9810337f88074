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

/**
 * The front matter's plain `key: value` pairs, read with YAML's failsafe schema (every value a
 * string, no tag resolved). A key whose value is an alias, a list or a map is skipped, so one odd
 * key never costs the title and the date. Later duplicates win, as in YAML's own reading.
 */
export function frontMatterFields(yaml: string): Record<string, string> {
  const out: Record<string, string> = {};
  try {
    const doc = parseDocument(readPart(yaml), { schema: 'failsafe', strict: false, uniqueKeys: false, logLevel: 'silent' });
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
