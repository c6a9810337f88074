/**
 * Which pages the extension acts on and which URLs it puts into the DOM. The article shapes, the
 * manifest match patterns, the picture hosts and the quote pages are data in src/rules/hosts.ts
 * (shared with the engine); this module adds the http(s) filter every href/src goes through.
 */
export {
  ARTICLE_ORIGINS,
  CONTENT_MATCHES,
  isArticleUrl,
  isPictureHost,
  isSinaHost,
  quoteUrl,
} from '../rules/hosts';

/** Returns the URL when it is http(s), else null. Everything that ends up in href/src goes through this. */
export function safeHttpUrl(url: string | null | undefined, base?: string): string | null {
  if (!url) return null;
  try {
    const u = new URL(url, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
