/**
 * Which pages the extension acts on. The manifest match patterns are as narrow as match-pattern
 * syntax allows; `isArticleUrl` is the exact check the content script applies before doing anything.
 */

const PC_HOSTS = ['finance.sina.com.cn', 'news.sina.com.cn', 'tech.sina.com.cn'] as const;
const MOBILE_HOSTS = ['finance.sina.cn', 'news.sina.cn'] as const;

/** Content-script `matches` (and therefore the only hosts the extension can touch). */
export const CONTENT_MATCHES: string[] = [
  ...PC_HOSTS.flatMap((h) => [`*://${h}/*doc-*.shtml*`, `*://${h}/*/1*-*-*/*.shtml*`, `*://${h}/*/2*-*-*/*.shtml*`]),
  '*://k.sina.com.cn/article_*.html*',
  '*://cj.sina.com.cn/articles/view/*',
  '*://t.cj.sina.com.cn/articles/view/*',
  ...MOBILE_HOSTS.map((h) => `*://${h}/*detail-*.d.html*`),
];

const PC_HOST_RE = /^(?:finance|news|tech)\.sina\.com\.cn$/;
const MOBILE_HOST_RE = /^(?:finance|news)\.sina\.cn$/;

/** True when `url` is a Sina article URL the engine is meant to understand. */
export function isArticleUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
  const host = u.hostname.toLowerCase();
  const path = u.pathname;
  if (PC_HOST_RE.test(host)) {
    return /\/doc-[a-z0-9]+\.shtml$/i.test(path) || /\/\d{4}-\d{2}-\d{2}\/[\w-]+\.shtml$/i.test(path);
  }
  if (host === 'k.sina.com.cn') return /^\/article_[\w]+\.html$/i.test(path);
  if (host === 'cj.sina.com.cn' || host === 't.cj.sina.com.cn') return /^\/articles\/view\/\d+\/[\w]+\/?$/i.test(path);
  if (MOBILE_HOST_RE.test(host)) return /\/detail-[a-z0-9]+\.d\.html$/i.test(path);
  return false;
}

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

/** Sina quote page for a market-prefixed code (sh600519, sz002024, hk00700, usAAPL, of161725). */
export function quoteUrl(code: string): string | null {
  const m = /^([a-z]{2})([0-9a-z.]+)$/i.exec(code.trim());
  if (!m) return null;
  const market = m[1]!.toLowerCase();
  const sym = m[2]!;
  switch (market) {
    case 'hk':
      return `https://stock.finance.sina.com.cn/hkstock/quotes/${sym}.html`;
    case 'us':
      return `https://stock.finance.sina.com.cn/usstock/quotes/${sym.toLowerCase()}.html`;
    case 'of':
    case 'fu':
      return `https://finance.sina.com.cn/fund/quotes/${sym}/bc.shtml`;
    default:
      return `https://finance.sina.com.cn/realstock/company/${market}${sym.toLowerCase()}/nc.shtml`;
  }
}

/** Sina's own hosts (pages and image CDN): the only hosts the reader loads images from. */
export { isSinaHost } from '../rules/hosts';
