/**
 * Promises that hold over the whole corpus, checked on every fixture:
 * the right template claims it, no boilerplate is left, no text is invented, no paragraph of the
 * article is lost, and cleaning the tool's own output changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/engine/extract';
import { parseByline } from '../src/engine/meta';
import { compactText, normalizeText } from '../src/engine/text';
import { BOILERPLATE_MARKERS, DROP_SELECTORS, LINK_LABELS, META_LINES, PROMO_PARAGRAPHS } from '../src/rules';
import { hiddenTextShown, idempotencyDiff, inlineProblems, inventedText, strippedPage } from '../src/verify';
import { loadCorpus, readFixture } from './support/corpus';

const corpus = loadCorpus();
const BODY = '#artibody, #article, section.art_content, font#zoom';
const DROPPED = DROP_SELECTORS.map((r) => r.selector).join(', ');

/** Paragraphs of the page's body container that a reader would call article text. */
function sourceParagraphs(html: string): string[] {
  const $ = strippedPage(html);
  const root = $(BODY).first().length ? $(BODY).first() : $('body');
  root.find(DROPPED).remove();
  root.find('a').each((_, a) => {
    if (LINK_LABELS.pattern.test(normalizeText($(a).text()))) $(a).remove();
  });
  return root
    .find('p')
    .map((_, p) => normalizeText($(p).text()))
    .get()
    .filter((t) => t.length >= 12)
    .filter((t) => !PROMO_PARAGRAPHS.some((r) => r.pattern.test(t)) && !META_LINES.some((r) => r.pattern.test(t)));
}

describe.each(corpus.map((f) => [f.id, f] as const))('%s', (_id, f) => {
  const html = readFixture(f);
  const article = extract(html, { url: f.url });

  it('is claimed by the right template', () => {
    expect(article.template).toBe(f.template);
  });

  it('has a title and, unless it is a video, text', () => {
    if (f.folder !== 'fragments') expect(article.title.length).toBeGreaterThan(3);
    if (article.kind !== 'video') expect(article.text.length).toBeGreaterThan(50);
  });

  it('leaves no boilerplate in text or markdown', () => {
    for (const marker of BOILERPLATE_MARKERS) {
      expect(article.text, marker).not.toContain(marker);
      expect(article.markdown, marker).not.toContain(marker);
    }
    expect(article.text).not.toMatch(/<[a-z!/]/i);
  });

  it('invents no text', () => {
    expect(inventedText(html, article)).toEqual([]);
  });

  it('loses no paragraph of the article', () => {
    const out = compactText(article.text + article.images.map((i) => i.caption).join(''));
    // A body line repeating the headline is shown once, as the title. The seed generator writes
    // _ where the headline had quotes (_复方脑残片_ for “复方脑残片”), so quotes and _ compare equal.
    const titles = [article.title, article.originalTitle].filter(Boolean).map((t) => compactText(t!));
    // A line that is only a byline moves to `authors` (the names must be there).
    const isByline = (p: string) => {
      const by = parseByline(p);
      return !!by?.standalone && by.authors.length > 0 && by.authors.every((a) => article.authors.includes(a));
    };
    const lost = sourceParagraphs(html).filter(
      (p) => !out.includes(compactText(p)) && !titles.some((t) => compactText(p).replace(/["“”_]/g, '') === t.replace(/["“”_]/g, '')) && !isByline(p),
    );
    expect(lost).toEqual([]);
  });

  it('shows no hidden text', () => {
    expect(hiddenTextShown(html, article)).toEqual([]);
  });

  it('has inline runs that join to their paragraph and link only over http(s)', () => {
    expect(inlineProblems(article)).toEqual([]);
  });

  it('is idempotent on its own output', () => {
    expect(idempotencyDiff(article)).toEqual([]);
  });

  it('keeps text free of full-width indentation and has one blank line between paragraphs', () => {
    expect(article.text).not.toMatch(/^[\u3000 ]|\n[\u3000 ]/);
    expect(article.text).not.toMatch(/\n{3,}/);
  });
});
