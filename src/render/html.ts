import type { Article, Block } from '../article';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESC[c]!);

/** Only http(s) URLs are written out; anything else becomes an empty attribute. */
const safeUrl = (u: string) => (/^https?:\/\//i.test(u) ? escapeHtml(u) : '');

/** A paragraph's text, its http(s) links as <a href> (the engine reads them back as inlines). */
function inline(b: { text: string; inlines?: { text: string; href?: string }[] }): string {
  if (!b.inlines) return escapeHtml(b.text);
  return b.inlines.map((i) => (i.href && safeUrl(i.href) ? `<a href="${safeUrl(i.href)}">${escapeHtml(i.text)}</a>` : escapeHtml(i.text))).join('');
}

function block(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${inline(b)}</p>`;
    case 'heading':
      return `<h2>${inline(b)}</h2>`;
    case 'quote':
      return `<blockquote><p>${inline(b)}</p></blockquote>`;
    case 'image':
      return `<figure><img src="${safeUrl(b.src)}" alt="">${b.caption ? `<figcaption>${escapeHtml(b.caption)}</figcaption>` : ''}</figure>`;
    case 'table':
      return `<table>${b.caption ? `<caption>${escapeHtml(b.caption)}</caption>` : ''}${b.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</table>`;
    case 'video':
      return `<p class="sc-video"${b.poster ? ` data-poster="${safeUrl(b.poster)}"` : ''}>视频：${b.href ? `<a href="${safeUrl(b.href)}">${escapeHtml(b.title)}</a>` : escapeHtml(b.title)}</p>`;
  }
}

const meta = (name: string, content: string | null | undefined) =>
  content ? `<meta name="${escapeHtml(name)}" content="${escapeHtml(content)}">` : '';

/**
 * A clean standalone HTML document of the article. Every value is escaped text; the metadata is
 * written as the meta tags the engine reads, so extracting this document again gives the same Article.
 */
export function renderHtml(a: Article): string {
  const head = [
    '<meta charset="utf-8">',
    `<title>${escapeHtml(a.title)}</title>`,
    `<meta property="og:title" content="${escapeHtml(a.title)}">`,
    a.url ? `<meta property="og:url" content="${safeUrl(a.url)}">` : '',
    a.publishedAt ? `<meta property="article:published_time" content="${escapeHtml(a.publishedAt)}">` : '',
    meta('article:author', a.source),
    meta('keywords', a.keywords.join(',')),
    ...a.stocks.map((s) => meta('sina-clean:stock', `${s.code} ${s.name}`.trim())),
    ...a.authors.map((n) => meta('sina-clean:author', n)),
    a.leadImage ? `<meta property="og:image" content="${safeUrl(a.leadImage)}">` : '',
  ].filter(Boolean);
  const body = [
    a.originalTitle ? `<p>原标题：${escapeHtml(a.originalTitle)}</p>` : '',
    ...a.blocks.map(block),
    a.editor ? `<p class="article-editor">责任编辑：${escapeHtml(a.editor)}</p>` : '',
  ].filter(Boolean);
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
${head.join('\n')}
</head>
<body>
<h1>${escapeHtml(a.title)}</h1>
<div id="artibody">
${body.join('\n')}
</div>
</body>
</html>
`;
}
