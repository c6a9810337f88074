import type { Article, Block, Inline } from '../article';
import { isSinaHost, SINA_DOMAINS } from '../rules/hosts';
import { escapeHtml } from './escape';
import { blockRuns, blockString, oneLine, safeHttpUrl } from './safe';
import { cellText } from './text';

export { escapeHtml } from './escape';

/** The document's only style sheet; the CSP allows exactly this text (by its hash), nothing else. */
export const STYLE =
  'body{max-width:42em;margin:2em auto;padding:0 1em;font:18px/1.8 "Noto Serif CJK SC","Source Han Serif SC","Songti SC",SimSun,serif;color:#222;background:#fff}' +
  'h1{line-height:1.4}img{max-width:100%;height:auto}figure{margin:1.5em 0}figcaption,caption,.article-editor{color:#666;font-size:.9em}' +
  'table{border-collapse:collapse}td{border:1px solid #ccc;padding:.3em .6em}blockquote{margin:1em 0;padding-left:1em;border-left:3px solid #ccc}' +
  '@media (prefers-color-scheme:dark){body{color:#ddd;background:#181818}a{color:#8ab4f8}}';
/** sha256 of STYLE, base64 (a unit test recomputes it). */
export const STYLE_HASH = 'sha256-B7gupJyPYnV5oguYb/lHf2QBnx2ZZ9y/un6Y2UEFiOg=';

/** https sources of Sina's picture hosts, as CSP host sources. */
const SINA_IMG_SOURCES = SINA_DOMAINS.suffixes.flatMap((s) => [`https://${s}`, `https://*.${s}`]);

/**
 * The page's Content-Security-Policy: nothing by default; pictures only from Sina's hosts over
 * https; the one style sheet above; no scripts, frames, plugins, forms or <base>.
 */
export const CSP = [
  "default-src 'none'",
  `img-src ${SINA_IMG_SOURCES.join(' ')}`,
  `style-src '${STYLE_HASH}'`,
  "script-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

export interface HtmlOptions {
  /**
   * Pictures not on Sina's hosts are never loaded: by default each is an <img> without src that
   * shows ［外站图片，未载入］ (its address kept in data-src); with `true` that placeholder is also a
   * link the reader may open.
   */
  remoteImages?: boolean;
}

/** A Sina picture as an https URL the CSP allows, or null for anything else. */
export function sinaPicture(src: string | null | undefined): string | null {
  const href = safeHttpUrl(src);
  if (!href) return null;
  const url = new URL(href);
  if (!isSinaHost(url.hostname)) return null;
  url.protocol = 'https:';
  return url.href;
}

const LINK_ATTRS = 'rel="noopener noreferrer" target="_blank"';
/** What a picture from another host shows instead of itself. */
const REMOTE_ALT = '［外站图片，未载入］';
const link = (href: string, inner: string) => `<a href="${escapeHtml(href)}" ${LINK_ATTRS}>${inner}</a>`;

/** Escaped text with its line breaks as <br>. */
const textHtml = (s: string) => escapeHtml(s).replace(/\n/g, '<br>');

/** The block's runs as HTML: http(s) links as <a>, everything else as text. */
function inlineHtml(text: string, inlines: readonly Inline[] | undefined): string {
  return blockRuns(text, inlines)
    .map((r) => {
      const href = r.href ? safeHttpUrl(r.href) : null;
      return href && r.text ? link(href, textHtml(r.text)) : textHtml(r.text);
    })
    .join('');
}

function block(b: Block, opts: HtmlOptions): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${inlineHtml(b.text, b.inlines)}</p>`;
    case 'heading':
      return `<h2>${inlineHtml(b.text, b.inlines)}</h2>`;
    case 'quote':
      return `<blockquote><p>${inlineHtml(b.text, b.inlines)}</p></blockquote>`;
    case 'image': {
      const caption = blockString(b.caption);
      const cap = caption ? `<figcaption>${textHtml(caption)}</figcaption>` : '';
      const src = sinaPicture(b.src);
      if (src) return `<figure><img src="${escapeHtml(src)}" alt="" referrerpolicy="no-referrer">${cap}</figure>`;
      const href = safeHttpUrl(b.src);
      if (!href) return '';
      // Another host's picture is never loaded: an <img> without src (it shows its alt text) keeps
      // the address in data-src, where extracting this document again finds it; with remoteImages
      // the reader can open it as a link.
      const img = `<img data-src="${escapeHtml(href)}" alt="${REMOTE_ALT}">`;
      return `<figure class="sc-remote-image">${opts.remoteImages ? link(href, img) : img}${cap}</figure>`;
    }
    case 'table': {
      const caption = b.caption ? oneLine(b.caption) : '';
      const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(cellText(c))}</td>`).join('')}</tr>`);
      if (!caption && !rows.length) return '';
      return `<table>${caption ? `<caption>${escapeHtml(caption)}</caption>` : ''}${rows.join('')}</table>`;
    }
    case 'video': {
      const title = escapeHtml(oneLine(b.title));
      const href = safeHttpUrl(b.href);
      const poster = sinaPicture(b.poster);
      const attrs = poster ? ` data-poster="${escapeHtml(poster)}"` : '';
      // A placeholder with no title and no link stays an empty marker (it reads back as the same
      // block) and shows nothing: a bare 视频 is not on the page.
      const body = href ? `视频：${link(href, title || escapeHtml(href))}` : title ? `视频：${title}` : '';
      return `<p class="sc-video"${attrs}>${body}</p>`;
    }
  }
}

const meta = (name: string, content: string | null | undefined) =>
  content ? `<meta name="${escapeHtml(name)}" content="${escapeHtml(oneLine(content))}">` : '';
const property = (name: string, content: string | null | undefined) =>
  content ? `<meta property="${escapeHtml(name)}" content="${escapeHtml(oneLine(content))}">` : '';

/**
 * A clean standalone HTML document of the article that reaches out to nothing: a CSP forbids
 * scripts, frames, forms and every load except Sina's pictures over https; links open in a new tab
 * without referrer or opener; only http(s) URLs appear. Every value is escaped text. The metadata is
 * written as the meta tags the engine reads, so extracting this document again gives the same Article.
 */
export function renderHtml(a: Article, opts: HtmlOptions = {}): string {
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(oneLine(a.title))}</title>`,
    `<style>${STYLE}</style>`,
    property('og:title', a.title),
    property('og:url', safeHttpUrl(a.url)),
    property('article:published_time', a.publishedAt),
    meta('article:author', a.source),
    meta('keywords', a.keywords.map(oneLine).join(',')),
    meta('sina-clean:original-title', a.originalTitle),
    ...a.stocks.map((s) => meta('sina-clean:stock', `${s.code} ${s.name}`.trim())),
    ...a.authors.map((n) => meta('sina-clean:author', n)),
    property('og:image', sinaPicture(a.leadImage)),
  ].filter(Boolean);
  const body = [
    ...a.blocks.map((b) => block(b, opts)),
    a.editor ? `<p class="article-editor">责任编辑：${escapeHtml(oneLine(a.editor))}</p>` : '',
  ].filter(Boolean);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
${head.join('\n')}
</head>
<body>
<h1>${escapeHtml(oneLine(a.title))}</h1>
<div id="artibody">
${body.join('\n')}
</div>
</body>
</html>
`;
}
