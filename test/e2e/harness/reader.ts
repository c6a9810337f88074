/**
 * In-page probes for the reader view and the popup. Every probe runs in the page's main world
 * (the reader host's shadow root is open) and returns plain data, so a failing assertion can
 * print what was seen.
 */
import type { Page } from 'puppeteer-core';
import type { Article } from '../../../src/article';
import { waitFor } from './browsers';
import { norm } from './expected';

export interface ReaderSnapshot {
  present: boolean;
  theme: string | null;
  title: string;
  meta: string;
  /** p / h2 / blockquote texts in the body, whitespace-collapsed, in order. */
  blocks: string[];
  figures: Array<{ src: string; caption: string }>;
  tables: number;
  /** Notices the reader shows instead of a body (video, gallery…), not article text. */
  notes: string[];
  stocks: Array<{ text: string; href: string }>;
  editor: string;
  originalLink: string;
  /** Every href/src/srcset/action/formaction/data URL in the shadow tree that is not http(s). */
  badUrls: string[];
  /** Elements carrying on* attributes: "tag[attr]". */
  handlerAttrs: string[];
  /** Tags inside the article parts that a reader built from an Article never creates. */
  strayTags: string[];
  /** Host box and the title's computed style, for the "still visible" check. */
  box: { width: number; height: number; opacity: string; visibility: string; display: string };
  titleStyle: { color: string; fontSize: string; visibility: string };
}

export async function readerSnapshot(page: Page): Promise<ReaderSnapshot> {
  return page.evaluate(() => {
    const n = (s: string | null | undefined) => (s ?? '').replace(/[\s\u3000\u00a0]+/g, ' ').trim();
    const host = document.getElementById('sina-clean-host');
    const root = host?.shadowRoot ?? null;
    const q = (id: string) => root?.querySelector(`[data-testid=${id}]`) ?? null;
    const empty = {
      present: false,
      theme: null,
      title: '',
      meta: '',
      blocks: [],
      figures: [],
      tables: 0,
      notes: [],
      stocks: [],
      editor: '',
      originalLink: '',
      badUrls: [],
      handlerAttrs: [],
      strayTags: [],
      box: { width: 0, height: 0, opacity: '', visibility: '', display: '' },
      titleStyle: { color: '', fontSize: '', visibility: '' },
    };
    if (!host || !root || !q('reader-body')) return empty;
    const body = q('reader-body')!;
    const badUrls: string[] = [];
    const handlerAttrs: string[] = [];
    for (const el of Array.from(root.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) handlerAttrs.push(`${el.tagName.toLowerCase()}[${a.name}]`);
        if (/^(href|src|srcset|action|formaction|data|xlink:href|poster|background)$/i.test(a.name)) {
          const v = a.value.trim();
          const urls = a.name === 'srcset' ? v.split(',').map((s) => s.trim().split(/\s+/)[0] ?? '') : [v];
          for (const u of urls) {
            if (u === '' || u.startsWith('#')) continue;
            let proto = '';
            try {
              proto = new URL(u, 'https://invalid.invalid/').protocol;
            } catch {
              proto = 'unparsable:';
            }
            if (proto !== 'http:' && proto !== 'https:') badUrls.push(`${el.tagName.toLowerCase()}[${a.name}=${u.slice(0, 80)}]`);
          }
        }
      }
    }
    const allowed = new Set([
      'p', 'h1', 'h2', 'h3', 'figure', 'img', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'td', 'th',
      'blockquote', 'a', 'span', 'br', 'strong', 'em', 'b', 'i', 'ul', 'ol', 'li', 'caption', 'div', 'time',
      'small', 'section', 'header', 'footer', 'article', 'nav',
    ]);
    const strayTags: string[] = [];
    for (const id of ['reader-title', 'reader-meta', 'reader-body', 'reader-stocks', 'reader-editor']) {
      const part = q(id);
      if (!part) continue;
      for (const el of Array.from(part.querySelectorAll('*'))) {
        const t = el.tagName.toLowerCase();
        if (!allowed.has(t)) strayTags.push(`${id}>${t}`);
      }
    }
    const rect = host.getBoundingClientRect();
    const hs = getComputedStyle(host);
    const title = q('reader-title');
    const ts = title ? getComputedStyle(title) : null;
    const link = q('reader-original-link') as HTMLAnchorElement | null;
    return {
      present: true,
      theme: host.getAttribute('data-theme'),
      title: n(title?.textContent),
      meta: n(q('reader-meta')?.textContent),
      blocks: Array.from(body.querySelectorAll('p, h2, h3, blockquote'))
        .filter((el) => !el.closest('figure, [role=note]') && !el.parentElement?.closest('p, h2, h3, blockquote'))
        .map((el) => n(el.textContent))
        .filter(Boolean),
      figures: Array.from(body.querySelectorAll('figure')).map((f) => ({
        src: f.querySelector('img')?.getAttribute('src') ?? '',
        caption: n(f.querySelector('figcaption')?.textContent),
      })),
      tables: body.querySelectorAll('table').length,
      notes: Array.from(body.querySelectorAll('[role=note]')).map((el) => n(el.textContent)),
      stocks: Array.from(root.querySelectorAll('[data-testid=reader-stocks] a')).map((a) => ({
        text: n(a.textContent),
        href: a.getAttribute('href') ?? '',
      })),
      editor: n(q('reader-editor')?.textContent),
      originalLink: link?.getAttribute('href') ?? '',
      badUrls,
      handlerAttrs,
      strayTags,
      box: { width: rect.width, height: rect.height, opacity: hs.opacity, visibility: hs.visibility, display: hs.display },
      titleStyle: ts
        ? { color: ts.color, fontSize: ts.fontSize, visibility: ts.visibility }
        : { color: '', fontSize: '', visibility: '' },
    };
  });
}

export async function readerPresent(page: Page): Promise<boolean> {
  return page.evaluate(
    () => !!document.getElementById('sina-clean-host')?.shadowRoot?.querySelector('[data-testid=reader-body]'),
  );
}

export async function waitForReader(page: Page, what: string, timeout = 10_000): Promise<void> {
  await waitFor(`reader view (${what})`, () => readerPresent(page), timeout);
  await painted(page);
}

/**
 * Two animation frames, so the view is painted before anyone measures or screenshots it.
 * Background tabs get no frames in Chromium: bounded by a timer.
 */
export async function painted(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise((r) => {
        setTimeout(r, 1000);
        requestAnimationFrame(() => requestAnimationFrame(r));
      }),
  );
}

export async function waitForNoReader(page: Page, what: string, timeout = 10_000): Promise<void> {
  await waitFor(`reader view gone (${what})`, async () => {
    const visible = await page.evaluate(() => {
      const host = document.getElementById('sina-clean-host');
      if (!host) return false;
      return host.getBoundingClientRect().height > 0 && getComputedStyle(host).display !== 'none';
    });
    return !visible;
  }, timeout);
}

/** Clicks a button inside the reader's shadow root. */
export async function clickReaderButton(page: Page, testid: string): Promise<void> {
  const ok = await page.evaluate((id) => {
    const b = document
      .getElementById('sina-clean-host')
      ?.shadowRoot?.querySelector<HTMLElement>(`[data-testid=${id}]`);
    if (!b) return false;
    b.click();
    return true;
  }, testid);
  if (!ok) throw new Error(`reader button [data-testid=${testid}] not found`);
}

export async function readerToast(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      document
        .getElementById('sina-clean-host')
        ?.shadowRoot?.querySelector('[data-testid=reader-toast]')
        ?.textContent?.trim() ?? '',
  );
}

/** textContent of every [data-testid] in an extension page, whitespace-collapsed. */
export async function testIds(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    for (const el of Array.from(document.querySelectorAll('[data-testid]'))) {
      const id = el.getAttribute('data-testid')!;
      const visible = (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
      if (!(id in out) && visible) out[id] = (el.textContent ?? '').replace(/[\s\u3000\u00a0]+/g, ' ').trim();
    }
    return out;
  });
}

export async function clickTestId(page: Page, testid: string): Promise<void> {
  await waitFor(`[data-testid=${testid}] enabled`, () =>
    page.evaluate((id) => {
      const b = document.querySelector<HTMLButtonElement>(`[data-testid=${id}]`);
      return !!b && !b.disabled;
    }, testid),
  );
  await page.evaluate((id) => document.querySelector<HTMLElement>(`[data-testid=${id}]`)!.click(), testid);
}

/** Serialisation and scroll of the page, for the restore check. */
export async function pageState(page: Page): Promise<{ html: string; scrollY: number; scrollX: number }> {
  return page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    scrollY: Math.round(window.scrollY),
    scrollX: Math.round(window.scrollX),
  }));
}

/** A readable first difference between two long strings. */
export function firstDifference(a: string, b: string): string {
  if (a === b) return 'identical';
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `lengths ${a.length} vs ${b.length}; first difference at ${i}:\n  before: …${JSON.stringify(a.slice(Math.max(0, i - 80), i + 120))}\n  after:  …${JSON.stringify(b.slice(Math.max(0, i - 80), i + 120))}`;
}

/** In-body links and video lines of the reader in `page`: [kind, text, href, "target rel"] (href '' when a line has no link). */
export function bodyLinks(page: Page): Promise<string[][]> {
  return page.evaluate(() => {
    const n = (s: string | null) => (s ?? '').replace(/[\s\u3000\u00a0]+/g, ' ').trim();
    const body = document.getElementById('sina-clean-host')!.shadowRoot!.querySelector('[data-testid=reader-body]')!;
    const out: string[][] = [];
    for (const el of Array.from(body.querySelectorAll('a, [data-testid=reader-video]'))) {
      if (el.matches('[data-testid=reader-video]')) {
        if (!el.querySelector('a')) out.push(['video', n(el.textContent), '', '']);
        continue;
      }
      if (el.closest('figure')) continue;
      const video = el.closest('[data-testid=reader-video]');
      out.push([video ? 'video' : 'link', n((video ?? el).textContent), el.getAttribute('href') ?? '', `${el.getAttribute('target')} ${el.getAttribute('rel')}`]);
    }
    return out;
  });
}

/** What `bodyLinks` must see for an Article: every http(s) inline link, and a line per video block (`label`: 视频：). */
export function expectedLinks(a: Article, label: string, untitled: string): string[][] {
  const out: string[][] = [];
  for (const b of a.blocks) {
    if (b.type === 'video') {
      // A placeholder with neither title nor link shows nothing (as in Markdown and HTML copy).
      if (!b.title && !b.href) continue;
      const line = norm(`${label}${b.title || untitled}`);
      out.push(b.href ? ['video', line, b.href, '_blank noopener noreferrer'] : ['video', line, '', '']);
    } else if (b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote') {
      for (const r of b.inlines ?? []) if (r.href && /^https?:/.test(r.href)) out.push(['link', r.text, r.href, '_blank noopener noreferrer']);
    }
  }
  return out;
}
