/**
 * What the reader view and popup should show for a served page: the reviewed golden output in
 * fixtures/expected/ when it exists, else the engine itself run in Node on the same bytes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { Article, Block } from '../../../src/article';
import { extract } from '../../../src/engine/extract';
import { FIXTURES, type ServedPage } from './catalog';

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
