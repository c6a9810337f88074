/**
 * Every page the e2e server can answer, keyed by the URL a browser asks for.
 * Real pages come from fixtures/pages/MANIFEST.tsv (served at their original URL);
 * synthetic pages live in test/e2e/pages and test/e2e/hostile and declare their URL here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = path.join(ROOT, 'fixtures');
export const E2E_DIR = path.join(ROOT, 'test/e2e');

export interface ServedPage {
  /** Short name used in test titles and golden lookups (file name without extension). */
  name: string;
  /** Absolute file path on disk. */
  file: string;
  /** The URL the page is served at (scheme, host, path and query as in the manifest). */
  url: string;
  /** Charset sent in Content-Type. */
  charset: string;
  /** Content-Type without charset. */
  type: string;
  kind: 'fixture' | 'synthetic' | 'hostile';
}

function readManifest(): ServedPage[] {
  const text = readFileSync(path.join(FIXTURES, 'pages/MANIFEST.tsv'), 'utf8');
  const [header, ...rows] = text.trim().split('\n');
  const cols = header!.split('\t');
  const at = (row: string[], col: string) => row[cols.indexOf(col)] ?? '';
  return rows.map((line) => {
    const row = line.split('\t');
    const file = at(row, 'file');
    return {
      name: file.replace(/\.html?$/, ''),
      file: path.join(FIXTURES, 'pages', file),
      url: at(row, 'url'),
      charset: at(row, 'charset').startsWith('gb') ? 'gb18030' : 'utf-8',
      type: 'text/html',
      kind: 'fixture' as const,
    };
  });
}

/** Synthetic pages written for the e2e suite (not real Sina output; named as such). */
const SYNTHETIC: Array<Omit<ServedPage, 'file' | 'charset' | 'type'> & { rel: string; type?: string }> = [
  {
    name: 'synthetic-home',
    rel: 'pages/synthetic-home.html',
    url: 'https://finance.sina.com.cn/',
    kind: 'synthetic',
  },
  {
    name: 'synthetic-not-found',
    rel: 'pages/synthetic-not-found.html',
    url: 'https://finance.sina.com.cn/roll/2026-01-05/doc-isynthnotfound0.shtml',
    kind: 'synthetic',
  },
  {
    name: 'synthetic-lifecycle',
    rel: 'pages/synthetic-lifecycle.html',
    url: 'https://finance.sina.com.cn/roll/2026-01-05/doc-isynthlifecycle.shtml',
    kind: 'synthetic',
  },
  {
    name: 'synthetic-reader',
    rel: 'pages/synthetic-reader.html',
    url: 'https://finance.sina.com.cn/roll/2026-01-09/doc-isynthreader01.shtml',
    kind: 'synthetic',
  },
  {
    // fixtures/synthetic: a 2021 finance body with stock links in the 2017+ page (see its README);
    // the only whole page that names stocks, so 文库's stock search can start from a page cleaned in the browser.
    name: 'synthetic-finance-2021-pc2017',
    rel: '../../fixtures/synthetic/synthetic-finance-2021-pc2017.html',
    url: 'https://finance.sina.com.cn/money/future/fmnews/2021-11-06/doc-ikyamrmz3296542.shtml',
    kind: 'synthetic',
  },
  {
    name: 'synthetic-hostile-markup',
    rel: 'hostile/synthetic-hostile-markup.html',
    url: 'https://finance.sina.com.cn/roll/2026-01-06/doc-isynthhostile01.shtml',
    kind: 'hostile',
  },
  {
    name: 'synthetic-hostile-text',
    rel: 'hostile/synthetic-hostile-text.html',
    url: 'https://finance.sina.com.cn/roll/2026-01-06/doc-isynthhostile02.shtml',
    kind: 'hostile',
  },
  {
    name: 'synthetic-hostile-style',
    rel: 'hostile/synthetic-hostile-style.html',
    url: 'https://finance.sina.com.cn/roll/2026-01-06/doc-isynthhostile03.shtml',
    kind: 'hostile',
  },
  {
    name: 'synthetic-hostile-frontmatter',
    rel: 'hostile/synthetic-hostile-frontmatter.html',
    url: 'https://finance.sina.com.cn/roll/2026-01-06/doc-isynthhostile04.shtml',
    kind: 'hostile',
  },
];

/** Twenty distinct synthetic articles for the many-tabs test, generated from one template. */
export const MANY_TABS = 20;
export function manyTabsUrl(i: number): string {
  return `https://finance.sina.com.cn/roll/2026-01-07/doc-isynthmany${String(i).padStart(4, '0')}.shtml`;
}

export function allPages(): ServedPage[] {
  const synthetic = SYNTHETIC.map(({ rel, type, ...rest }) => ({
    ...rest,
    file: path.join(E2E_DIR, rel),
    charset: 'utf-8',
    type: type ?? 'text/html',
  }));
  return [...readManifest(), ...synthetic];
}

export function page(name: string): ServedPage {
  const found = allPages().find((p) => p.name === name);
  if (!found) throw new Error(`no served page named ${name}`);
  return found;
}

/**
 * Hosts the extension's content script is meant to run on (issue 3: finance first, then the
 * sister sites the engine understands). Pages on other Sina hosts are still served.
 */
export const ARTICLE_HOSTS = [
  'finance.sina.com.cn',
  'chanye.finance.sina.com.cn',
  'news.sina.com.cn',
  'tech.sina.com.cn',
  'k.sina.com.cn',
  'cj.sina.com.cn',
  't.cj.sina.com.cn',
  'finance.sina.cn',
  'news.sina.cn',
];

/** True for hosts the local server answers for (Sina's sites and its image CDN); the proxy refuses every other host. */
export function isSinaHost(host: string): boolean {
  return ['sina.com.cn', 'sina.cn', 'sinaimg.cn'].some((d) => host === d || host.endsWith(`.${d}`));
}
