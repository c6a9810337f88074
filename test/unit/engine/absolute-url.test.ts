/**
 * absoluteUrl parses an address once: what it returns is what the earlier two-step reading
 * (resolve, then safeHttpUrl over the resolved href, a second parse) returned, on Sina's own
 * addresses and on random ones built from the parts where URL parsing has rules of its own.
 */
import { expect, test } from 'vitest';
import { isSinaHost } from '../../../src/rules/hosts';
import { safeHttpUrl } from '../../../src/render/safe';
import { absoluteUrl } from '../../../src/engine/url';

/** The reading before: the resolved URL's href parsed again by safeHttpUrl. */
function twoParses(raw: string, base: string | null): string | null {
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
  return safeHttpUrl(u.href);
}

const PARTS = [
  'http://', 'https://', 'HTTP://', 'hTtPs:', '//', '/', '\\', './', '../', '/./', '/../', '..', '.', '%2e', '%2E%2e', '%',
  '%zz', '%41', '%2F', '%2f', '%00', '%E4%B8%AD', 'n.sinaimg.cn', 'finance.sina.com.cn', 'FINANCE.Sina.COM.cn', 'k.sina.cn', 'example.com', 'xn--', 'xn--fsq',
  '新浪.中国', 'ＡＢＣ.com', '0x7f.1', '127.0.0.1', '1.2.3', '999999999999', '[::1]', '[', ']', ':80', ':443', ':8080', ':', '@',
  'user:pass@', 'user@', ':@', ':pw@', '?', '?a=1&b=中', '#', '#frag 中', ' ', '\t', '\n', '\r', '\u0000', '\u001f', '\u007f', '\u0085',
  '\u00a0', '\u200b', '\u202e', '\u2028', '\u3000', '\ufeff', '\ud800', '\udc00', '😀', 'a', 'Z', '0', '-', '_', '~', '!', '$', "'", '"',
  '<', '>', '`', '{', '}', '|', '^', '*', '+', ',', ';', '=', 'javascript:', 'data:', 'mailto:', 'file:', 'ftp://', 'ws://',
  'realstock/company/sh600000/nc.shtml', 'w550h305/20211106/9959.jpg', 'doc-ikqcfncc4763514.shtml',
];
const SCHEMES = ['http://', 'https://', 'HTTP://', 'hTtPs://', '//', 'http:', 'https:/', 'http:\\\\', 'ftp://', ''];
const USERINFO = ['user:pass@', 'user@', ':pw@', ':@', '@', 'u%40x@', '中:文@'];
const HOSTS = ['n.sinaimg.cn', 'finance.sina.com.cn', 'FINANCE.Sina.COM.cn', 'k.sina.cn', 'example.com', 'xn--fsq.com', 'xn--.com', '新浪.中国', 'ＡＢＣ.com', '0x7f.1', '127.0.0.1', '1.2.3', '999999999999', '[::1]', '[::ffff:1.2.3.4]', 'a..b', 'a.b.', '', '%41.com', 'a%2Fb.com', 'a b.com'];
const PORTS = [':80', ':443', ':8080', ':', ':0', ':65536', ':x'];
const BASES = [null, 'https://finance.sina.com.cn/roll/2021-08-24/doc-ikqcfncc4763514.shtml', 'http://finance.sina.com.cn/a/b/', 'http://example.com:8080/x?y#z', 'https://user:pw@example.com/'];

test('absoluteUrl gives what resolving and then safeHttpUrl gave, on real shapes and 60,000 random addresses', () => {
  const fixed = [
    'https://n.sinaimg.cn/finance/cece9e13/20200514/343233024.png',
    'http://finance.sina.com.cn/realstock/company/sh600000/nc.shtml',
    '//n.sinaimg.cn/a.jpg', '/x.jpg', 'x.jpg', '  http://i0.sinaimg.cn/a.jpg  ', 'http://finance.sina.com.cn:80/a', 'http://finance.sina.com.cn:443/a',
    'https://user:pw@finance.sina.com.cn/', 'https://:pw@finance.sina.com.cn/', 'http://@finance.sina.com.cn/', 'http://:@finance.sina.com.cn/', 'http://a b.com/', 'http://ex%41mple.com/',
  ];
  for (const base of BASES) for (const raw of fixed) expect([raw, base, absoluteUrl(raw, base)]).toEqual([raw, base, twoParses(raw, base)]);
  let seed = 20261127;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  let kept = 0;
  const pick = (xs: readonly string[]) => xs[rnd(xs.length)]!;
  const some = (k: number) => {
    let t = '';
    for (let j = rnd(k + 1); j > 0; j--) t += pick(PARTS);
    return t;
  };
  for (let i = 0; i < 60_000; i++) {
    // Half the addresses in an address's own order (scheme, credentials, host, port, path, query,
    // fragment, each part from the list or left out), half any parts in any order.
    const raw =
      i % 2
        ? pick(SCHEMES) + (rnd(3) ? '' : pick(USERINFO)) + pick(HOSTS) + (rnd(3) ? '' : pick(PORTS)) + (rnd(4) ? `/${some(3)}` : some(2)) + (rnd(2) ? '' : `?${some(2)}`) + (rnd(3) ? '' : `#${some(2)}`)
        : some(8) || 'a';
    const base = BASES[rnd(BASES.length)]!;
    const want = twoParses(raw, base);
    if (want !== null) kept++;
    if (absoluteUrl(raw, base) !== want) expect([raw, base, absoluteUrl(raw, base)]).toEqual([raw, base, want]);
  }
  // The random addresses reach the accepting branch often enough to mean something.
  expect(kept).toBeGreaterThan(20_000);
});
