/** Hosts that serve the same resource over https; Sina's image and page hosts all do. */
const UPGRADE_HOSTS = /(^|\.)(sina\.com\.cn|sinaimg\.cn|sina\.cn|sinajs\.cn|weibo\.com|weibo\.cn)$/;

/**
 * Resolves `raw` against `base` and returns an absolute http(s) URL, upgraded to https for Sina's
 * own hosts; anything else (javascript:, data:, mailto:, garbage) gives null.
 */
export function absoluteUrl(raw: string, base: string | null): string | null {
  const v = raw.trim();
  if (!v) return null;
  let u: URL;
  try {
    u = new URL(v.startsWith('//') ? `https:${v}` : v, base ?? 'https://finance.sina.com.cn/');
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (u.protocol === 'http:' && UPGRADE_HOSTS.test(u.hostname)) u.protocol = 'https:';
  return u.href;
}

/** Sina's document id from an article URL: doc-ifxeuwwr9050078 -> ifxeuwwr9050078, etc. */
export function docIdFromUrl(url: string | null): string | null {
  if (!url) return null;
  const patterns = [
    /doc-([a-z]{4}[a-z0-9]+)\.shtml/i,
    /detail-([a-z]{4}[a-z0-9]+)\.d\.html/i,
    /article_\d+_([0-9a-z]+)\.html/i,
    /articles\/view\/\d+\/([0-9a-z]+)/i,
    /\/(\d{6,})\.s?html/i,
  ];
  for (const re of patterns) {
    const m = url.match(re);
    if (m) return m[1]!;
  }
  return null;
}
