import { load } from 'cheerio';
import { parse } from 'yaml';
import type { Template } from './types';
import { normalizeText } from '../engine/text';
import { parseSinaDate } from '../engine/meta';
import { stripNonContent } from '../engine/prepare';

/** `---` front matter (a leading blank line allowed) followed by the body HTML. */
const FRONT_MATTER = /^\uFEFF?\s*---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * Seed-format posts: a Hexo post whose YAML front matter has title, date (RFC-822 GMT), headimg,
 * and whose body is a finance.sina.com.cn #artibody copied from the RSS feed.
 * Example: fixtures/seed-format/000_e61d407e7bc7dc3d.txt.
 * The YAML is read with the failsafe schema: every value is a plain string, no tag is resolved.
 */
export const seed: Template = {
  id: 'seed-format',
  describe: 'seed-format post (YAML front matter + #artibody HTML)',
  matches: ({ raw }) => FRONT_MATTER.test(raw.slice(0, 4096)) || (FRONT_MATTER.test(raw) && /^\s*---/.test(raw)),
  extract: ({ raw }) => {
    const m = raw.match(FRONT_MATTER)!;
    let fm: Record<string, unknown> = {};
    try {
      const parsed: unknown = parse(m[1]!, { schema: 'failsafe', strict: false, uniqueKeys: false, maxAliasCount: 0, logLevel: 'silent' });
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) fm = parsed as Record<string, unknown>;
    } catch {
      fm = {};
    }
    const str = (k: string) => (typeof fm[k] === 'string' ? normalizeText(fm[k] as string) : '');
    const $ = load(stripNonContent(raw.slice(m[0].length)));
    return {
      $,
      body: $('#artibody').get(0) ?? $('body').get(0) ?? null,
      title: str('title') || null,
      publishedAt: parseSinaDate(str('date')),
      leadImage: str('headimg') || str('thumbnail') || null,
    };
  },
};
