/**
 * The engine's promises, as functions the tests (corpus, fuzz) call on any input:
 * - it never invents text: every output paragraph is made of the page's own characters, in order;
 * - it is idempotent: extracting its own HTML rendering gives the same article.
 */
import { load } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Article } from './article';
import { extract } from './engine/extract';
import { stripNonContent } from './engine/prepare';
import { compactText } from './engine/text';
import { renderHtml } from './render/html';
import { HIDDEN_CREDITS } from './rules';

/** The page's text as a reader could select it (scripts, styles and marker regions removed). */
export function pageText(html: string): string {
  // A seed-format front matter is the post's own text (its title may look like markup), and the
  // body after it is parsed alone, as the seed template does.
  const fm = html.match(/^\uFEFF?\s*---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/);
  const $ = load(stripNonContent(fm ? html.slice(fm[0].length) : html));
  const parts = [deepText($.root().get(0)!)];
  if (fm) parts.push(fm[1]!);
  // Meta tags carry the title, outlet and the tool's own HTML metadata.
  $('meta[content]').each((_, el) => void parts.push($(el).attr('content') ?? ''));
  // Hidden credits (rules.HIDDEN_CREDITS) are the page's own words, read for the source.
  for (const m of html.matchAll(HIDDEN_CREDITS.pattern)) parts.push(load(m[1]!).root().text());
  return compactText(parts.join('\n'));
}

/** Text of a subtree without recursion (pages can nest 100,000 levels deep). */
function deepText(root: AnyNode): string {
  const out: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') out.push((n as unknown as { data: string }).data);
    else if ('children' in n && n.type !== 'script' && n.type !== 'style') {
      const kids = (n as Element).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out.join('');
}

/**
 * Snippets of the Article's text that the page does not contain. Each paragraph must appear in the
 * page; a paragraph whose characters were joined across a removed region (an ad inside a word) is
 * accepted when it splits into at most a few pieces that each appear, in order.
 */
export function inventedText(html: string, article: Article): string[] {
  const hay = pageText(html);
  const problems: string[] = [];
  // Paragraphs come in page order: look after the previous one first, so a long page is one pass.
  let from = 0;
  const check = (s: string) => {
    const needle = compactText(s);
    if (!needle) return;
    let at = hay.indexOf(needle, from);
    if (at < 0) at = hay.indexOf(needle);
    if (at >= 0) {
      from = at + needle.length;
      return;
    }
    if (!coveredInOrder(hay, needle)) problems.push(s.slice(0, 80));
  };
  for (const b of article.blocks) {
    if (b.type === 'table') b.rows.flat().forEach(check);
    else if (b.type === 'image') check(b.caption);
    else if (b.type === 'video') check(b.title);
    else check(b.text);
  }
  for (const v of [article.title, article.source, article.editor, article.originalTitle, ...article.authors]) {
    if (v) check(v);
  }
  return problems;
}

/** Greedy cover of `needle` by at most 4 substrings of `hay` found left to right. */
function coveredInOrder(hay: string, needle: string): boolean {
  let rest = needle;
  let from = 0;
  for (let piece = 0; piece < 4 && rest; piece++) {
    let lo = 1;
    let hi = rest.length;
    let best = 0;
    let bestAt = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = hay.indexOf(rest.slice(0, mid), from);
      if (at >= 0) {
        best = mid;
        bestAt = at;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best < Math.min(4, rest.length)) return false;
    from = bestAt + best;
    rest = rest.slice(best);
  }
  return rest.length === 0;
}

/** Fields that must survive a round trip through the tool's own HTML. */
const STABLE_FIELDS = [
  'title', 'originalTitle', 'publishedAt', 'source', 'authors', 'editor', 'keywords', 'stocks', 'images', 'blocks', 'text',
] as const;

/** Names of the fields that change when the Article's own HTML is extracted again (empty = idempotent). */
export function idempotencyDiff(article: Article): string[] {
  const again = extract(renderHtml(article), { url: article.url ?? undefined });
  return STABLE_FIELDS.filter((f) => JSON.stringify(article[f]) !== JSON.stringify(again[f]));
}
