/**
 * What the reader view and popup should show for a served page: the reviewed golden output in
 * fixtures/expected/ when it exists, else the engine itself run in Node on the same bytes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Article, Block } from '../../../src/article';
import { extract } from '../../../src/engine/extract';
import { allPages, ARTICLE_HOSTS, FIXTURES, type ServedPage } from './catalog';

export interface Expected {
  source: 'golden' | 'engine';
  /** Where the golden came from (file) or 'extract()'. */
  from: string;
  article: Partial<Article> & { title: string; blocks: Block[]; text: string };
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** The page's text as a browser decodes it (the charset the server sends). */
export function pageText(p: ServedPage): string {
  const bytes = readFileSync(p.file);
  return p.charset === 'utf-8' ? bytes.toString('utf8') : iconv.decode(bytes, p.charset);
}

export function goldenFile(p: ServedPage): string | null {
  const want = new Set([`${p.name}.json`, `${p.name}.html.json`, `${p.name}.expected.json`]);
  return walk(path.join(FIXTURES, 'expected')).find((f) => want.has(path.basename(f))) ?? null;
}

/** Returns null when neither a golden nor the engine yields an article (e.g. engine not landed). */
export function expectedFor(p: ServedPage): Expected | null {
  const golden = goldenFile(p);
  if (golden) {
    const raw = JSON.parse(readFileSync(golden, 'utf8'));
    const article = raw.article ?? raw;
    if (article && typeof article.title === 'string' && (Array.isArray(article.blocks) || typeof article.text === 'string')) {
      const blocks: Block[] = Array.isArray(article.blocks)
        ? article.blocks
        : String(article.text)
            .split(/\n\s*\n/)
            .filter(Boolean)
            .map((text: string) => ({ type: 'paragraph' as const, text }));
      return {
        source: 'golden',
        from: path.relative(FIXTURES, golden),
        article: { ...article, blocks, text: article.text ?? blocks.map(blockText).join('\n\n') },
      };
    }
  }
  try {
    const article = extract(pageText(p), { url: p.url });
    return { source: 'engine', from: 'extract()', article };
  } catch {
    return null;
  }
}

/** A served fixture page the extension cleans (its host is an article host) and its reviewed golden. */
export interface GoldenPage {
  page: ServedPage;
  golden: Expected;
}

/**
 * Every fixture page on a host the extension serves that has a reviewed golden, in manifest order.
 * Suites choose their pages from here by what the golden holds (links, a video line, stocks), so a
 * test keeps meaning what it says when the engine's reviewed output changes.
 */
export function goldenPages(): GoldenPage[] {
  return allPages()
    .filter((p) => p.kind === 'fixture' && ARTICLE_HOSTS.includes(new URL(p.url).hostname))
    .flatMap((page) => {
      const golden = goldenFile(page) ? expectedFor(page) : null;
      return golden?.source === 'golden' ? [{ page, golden }] : [];
    });
}

/** The article's inline links (http(s) only, as an Article carries them). */
export function inlineLinks(a: Pick<Article, 'blocks'>): Array<{ text: string; href: string }> {
  return a.blocks.flatMap((b) =>
    b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote'
      ? (b.inlines ?? []).flatMap((r) => (r.href && /^https?:/.test(r.href) ? [{ text: r.text, href: r.href }] : []))
      : [],
  );
}

/** The article's video blocks. */
export function videoBlocks(a: Pick<Article, 'blocks'>): Array<Extract<Block, { type: 'video' }>> {
  return a.blocks.flatMap((b) => (b.type === 'video' ? [b] : []));
}

/** The first golden page that satisfies `pred`, or a clear error naming what no golden has. */
export function firstGoldenPage(what: string, pred: (g: GoldenPage) => boolean, except: readonly string[] = []): GoldenPage {
  const found = goldenPages().find((g) => !except.includes(g.page.name) && pred(g));
  if (!found) throw new Error(`no reviewed golden of a served article page has ${what} (fixtures/expected/pages)`);
  return found;
}

/** The first page whose golden carries an inline link of the article's own. */
export const pageWithLink = (except: readonly string[] = []) =>
  firstGoldenPage('an inline link', (g) => inlineLinks(g.golden.article).length > 0, except);

/** The first page whose golden has a video line beside paragraphs of text (not a video-only page). */
export const pageWithVideoLine = (except: readonly string[] = []) =>
  firstGoldenPage('a video line beside paragraphs', (g) => videoBlocks(g.golden.article).length > 0 && textBlocks(g.golden.article.blocks).length > 0, except);

/** Collapses whitespace (including the full-width indent Sina puts before paragraphs). */
export function norm(s: string): string {
  return s.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}

export function blockText(b: Block): string {
  switch (b.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return b.text;
    case 'image':
      return b.caption;
    case 'table':
      return b.rows.map((r) => r.join(' ')).join(' ');
    case 'video':
      return `视频：${b.title}`;
  }
}

/** Paragraphs and headings: the text the reader must show, in order. */
export function textBlocks(blocks: Block[]): string[] {
  return blocks
    .filter((b) => b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote')
    .map((b) => norm(blockText(b)))
    .filter(Boolean);
}

/**
 * Strings that are Sina page furniture, never article text. Seen in the fixtures (QR boxes,
 * app promos, footers, share bars); the reader body must not contain any of them.
 */
export const BOILERPLATE = [
  '海量资讯、精准解读，尽在新浪财经APP',
  '责任编辑',
  '新浪财经APP',
  '扫描二维码',
  '违法和不良信息举报',
  '新浪公司 版权所有',
  'Copyright © 1996',
  '打印网页',
  '关键字 :',
  '分享到',
  '广告位',
  '开户即送',
  'sinaads',
  'SINA_TEXT_PAGE_INFO',
];
