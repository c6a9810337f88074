import { isSinaHost } from '../rules/hosts';

export { docIdFromUrl } from '../rules/hosts';

/**
 * Resolves `raw` against `base` and returns an absolute http(s) URL, upgraded to https for Sina's
 * own hosts; anything else (javascript:, data:, mailto:, garbage, a user name or password in the
 * address) gives null: the URLs an Article holds are the ones its renderers write (safeHttpUrl).
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
  if (u.protocol === 'http:' && isSinaHost(u.hostname)) u.protocol = 'https:';
  // What safeHttpUrl(u.href) answers, without parsing the address a second time: an http(s) URL's
  // href is printable ASCII (nothing neutralize() changes, no spaces to trim) and reads back as
  // itself, so only its credentials are left to refuse (test/unit/engine/absolute-url.test.ts).
  if (u.username || u.password) return null;
  return u.href;
}
