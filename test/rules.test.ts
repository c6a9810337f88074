/**
 * Every rule in src/rules.ts names the fixture that shows it; this keeps those claims true, and
 * checks that what a rule removes is really gone from that fixture's Article.
 */
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/engine/extract';
import { compactText, normalizeText } from '../src/engine/text';
import {
  CAPTION_HINT,
  DROP_SELECTORS,
  HIDDEN_CREDITS,
  JUNK_IMAGES,
  KEYWORD_NOISE,
  MARKER_REGIONS,
  META_LINES,
  PROMO_PARAGRAPHS,
  VIDEO_MARKERS,
} from '../src/rules';
import { loadCorpus, readFixture } from './support/corpus';

const corpus = new Map(loadCorpus().map((f) => [f.id, f]));
function fixture(id: string) {
  const f = corpus.get(id);
  if (!f) throw new Error(`rule names a fixture that does not exist: ${id}`);
  const html = readFixture(f);
  return { f, html, $: load(html) };
}
/** Text of every element, and of the hidden credit comments (rules.HIDDEN_CREDITS) too. */
const lines = ($: ReturnType<typeof load>, html: string) => [
  ...$('p, div, span, td, font')
    .map((_, el) => normalizeText($(el).text()))
    .get(),
  ...[...html.matchAll(HIDDEN_CREDITS.pattern)].flatMap((m) => {
    const $c = load(m[1]!);
    return $c('p').map((_, el) => normalizeText($c(el).text())).get();
  }),
];

describe('DROP_SELECTORS', () => {
  it.each(DROP_SELECTORS.map((r) => [r.selector, r] as const))('%s is on its fixture and gone from the Article', (_s, r) => {
    const { f, html, $ } = fixture(r.fixture);
    const hits = $(r.selector);
    expect(hits.length, r.fixture).toBeGreaterThan(0);
    const text = compactText(extract(html, { url: f.url }).text);
    hits.each((_, el) => {
      const own = compactText($(el).text());
      // Only text unique to the dropped element can be checked (a name may also occur in the article).
      if (own.length >= 12 && !/^(责任编辑|责编)/.test(own)) expect(text).not.toContain(own);
    });
  });
});

describe('MARKER_REGIONS', () => {
  it.each(MARKER_REGIONS.map((r) => [r.begin, r] as const))('%s is on its fixture', (_s, r) => {
    const { html } = fixture(r.fixture);
    expect(html.replace(/\s+/g, '')).toContain(`<!--${r.begin.replace(/\s+/g, '')}`);
  });
});

describe('PROMO_PARAGRAPHS and META_LINES', () => {
  it.each([...PROMO_PARAGRAPHS, ...META_LINES].map((r) => [r.pattern.source, r] as const))('%s matches a line of its fixture and leaves the text', (_s, r) => {
    const { f, html, $ } = fixture(r.fixture);
    const matching = lines($, html).filter((t) => r.pattern.test(t));
    expect(matching.length, r.fixture).toBeGreaterThan(0);
    const paragraphs = extract(html, { url: f.url }).text.split('\n\n');
    for (const p of paragraphs) expect(r.pattern.test(p), p).toBe(false);
  });
});

describe('image, video, caption and keyword rules', () => {
  it.each(JUNK_IMAGES.map((r) => [r.pattern.source, r] as const))('junk image %s is on its fixture and never kept', (_s, r) => {
    const { f, html } = fixture(r.fixture);
    expect(r.pattern.test(html) || html.split(/["'\s=]/).some((v) => r.pattern.test(v))).toBe(true);
    const a = extract(html, { url: f.url });
    for (const i of a.images) expect(r.pattern.test(i.src)).toBe(false);
    if (a.leadImage) expect(r.pattern.test(a.leadImage)).toBe(false);
  });

  it('video markers make a video-only page a video article', () => {
    const { f, html, $ } = fixture(VIDEO_MARKERS.fixture);
    expect($(VIDEO_MARKERS.selector).length).toBeGreaterThan(0);
    expect(extract(html, { url: f.url }).kind).toBe('video');
  });

  it('a credit line under a picture becomes its caption', () => {
    const { f, html } = fixture(CAPTION_HINT.fixture);
    const a = extract(html, { url: f.url });
    expect(a.images[0]?.caption).toMatch(CAPTION_HINT.pattern);
    expect(a.text).not.toContain(a.images[0]!.caption);
  });

  it('site-wide keywords are not article keywords', () => {
    const { f, html } = fixture(KEYWORD_NOISE.fixture);
    expect(html).toMatch(new RegExp(`name="keywords" content="[^"]*(${KEYWORD_NOISE.values.map((v) => v.replace('.', '\\.')).join('|')})`));
    for (const k of extract(html, { url: f.url }).keywords) expect(KEYWORD_NOISE.values).not.toContain(k);
  });
});
