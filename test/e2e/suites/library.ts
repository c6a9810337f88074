/**
 * 文库 in real Chromium and Firefox ESR: the CLI's JSON Lines of three fixture articles imported on
 * the library page, found by stock code, stock name and a two-character word of one body, read
 * offline in the reader view, exported (JSON Lines compared with the CLI's output, Markdown zip),
 * imported into a fresh profile, saved again from an open tab through the background (one entry,
 * not two), deleted, and a storage quota reached mid-import (nothing half-saved).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../../src/article';
import { launch, waitFor, type BrowserName, type Harness } from '../harness/browsers';
import { FIXTURES, page as servedPage, ROOT } from '../harness/catalog';
import { norm, textBlocks } from '../harness/expected';
import { openPopupFor, settledState } from '../harness/flows';
import { readerPresent, readerSnapshot } from '../harness/reader';
import { startSinaSite, type SinaSite } from '../harness/server';

const SHOTS = path.join(ROOT, 'docs/screenshots');

/** A 2018 news page (served by the stand-in, so it can also be saved from a tab) and two seed posts that name stocks. */
const PAGE_FIXTURE = 'news_20180928_ifxeuwwr9250746';
const CLI_INPUTS = [`pages/${PAGE_FIXTURE}.html`, 'seed-format/2021-12-07_21a66c3e.md', 'seed-format/003_07cd1c0da9230a0d.txt'];

/** What `sina-clean -f jsonl` prints for the three fixtures (the built CLI, as a user runs it). */
function cliJsonl(inputs: string[] = CLI_INPUTS): string {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin/sina-clean.mjs'), '-f', 'jsonl', ...inputs.map((f) => path.join(FIXTURES, f))], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (r.status !== 0) throw new Error(`sina-clean -f jsonl failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

const lines = (s: string) => s.split('\n').filter(Boolean);

/** A CJK character pair that occurs in this article's body and nowhere in the others' searchable fields. */
function uniqueWord(target: Article, others: Article[]): string {
  const hay = others.map((a) => [a.title, a.originalTitle ?? '', a.source ?? '', a.authors.join(' '), a.editor ?? '', a.stocks.map((s) => `${s.code} ${s.name}`).join(' '), a.text].join('\n')).join('\n');
  const own = [target.title, target.originalTitle ?? '', target.source ?? '', target.authors.join(' '), target.editor ?? ''].join('\n');
  const text = target.text;
  for (let i = 0; i + 1 < text.length; i++) {
    const w = text.slice(i, i + 2);
    if (/^[\u4e00-\u9fff]{2}$/.test(w) && !hay.includes(w) && !own.includes(w)) return w;
  }
  throw new Error(`no two-character word unique to ${target.title}`);
}

interface LibPage {
  page: Page;
  ids(): Promise<Record<string, string>>;
  titles(): Promise<string[]>;
  setInput(testid: string, value: string): Promise<void>;
  click(testid: string, index?: number): Promise<void>;
  importFile(file: string): Promise<void>;
  /** Runs an export button with downloads captured in the page: the Blob it made, as text or bytes. */
  exportVia(testid: string): Promise<{ name: string; text: string; bytes: number[] }>;
  waitIdle(what: string, check: () => Promise<boolean>): Promise<void>;
}

async function openLibrary(h: Harness): Promise<LibPage> {
  const page = await h.openExtensionPage('library.html');
  await waitFor('library page ready', () =>
    page.evaluate(() => {
      const count = document.querySelector('[data-testid=lib-count]')?.textContent ?? '';
      const error = document.querySelector('[data-testid=lib-error]') as HTMLElement | null;
      return count !== '' || (!!error && !error.hidden);
    }),
  );
  const lib: LibPage = {
    page,
    ids: () =>
      page.evaluate(() => {
        const out: Record<string, string> = {};
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-testid]'))) {
          const id = el.dataset.testid!;
          if (!(id in out) && !el.closest('[hidden]')) out[id] = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        }
        return out;
      }),
    titles: () =>
      page.evaluate(() => Array.from(document.querySelectorAll('[data-testid=lib-item-title]')).map((e) => e.textContent ?? '')),
    async setInput(testid, value) {
      await page.evaluate(
        (id, v) => {
          const el = document.querySelector<HTMLInputElement>(`[data-testid=${id}]`)!;
          el.value = v;
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        },
        testid,
        value,
      );
    },
    async click(testid, index = 0) {
      const ok = await page.evaluate(
        (id, i) => {
          const el = document.querySelectorAll<HTMLElement>(`[data-testid=${id}]`)[i];
          el?.click();
          return !!el;
        },
        testid,
        index,
      );
      if (!ok) throw new Error(`[data-testid=${testid}] #${index} not found`);
    },
    async importFile(file) {
      const input = await page.$('[data-testid=lib-import-file]');
      if (!input) throw new Error('no import file input');
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(file);
    },
    async exportVia(testid) {
      await page.evaluate(() => {
        const w = window as unknown as { __exports?: { name: string; blob: Blob }[]; __hooked?: boolean };
        w.__exports = [];
        if (w.__hooked) return;
        w.__hooked = true;
        const blobs = new Map<string, Blob>();
        const create = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (b: Blob | MediaSource) => {
          const u = create(b);
          if (b instanceof Blob) blobs.set(u, b);
          return u;
        };
        // The export ran to the download click; the file is taken here instead of the downloads folder.
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          const blob = blobs.get(this.href);
          if (this.download && blob) w.__exports!.push({ name: this.download, blob });
        };
      });
      await lib.click(testid);
      return waitFor(`export via ${testid}`, () =>
        page.evaluate(async () => {
          const got = (window as unknown as { __exports: { name: string; blob: Blob }[] }).__exports[0];
          if (!got) return null;
          const buf = new Uint8Array(await got.blob.arrayBuffer());
          return { name: got.name, text: new TextDecoder().decode(buf), bytes: Array.from(buf) };
        }),
      );
    },
    async waitIdle(what, check) {
      await waitFor(what, check, 20_000);
    },
  };
  return lib;
}

export function librarySuite(name: BrowserName): void {
  describe(`${name}: 文库`, () => {
    let site: SinaSite;
    let h: Harness;
    let tmp: string;
    let cli: string;
    let articles: Article[];
    let cliFile: string;
    let exportedJsonl = '';

    beforeAll(async () => {
      tmp = mkdtempSync(path.join(os.tmpdir(), `sina-e2e-library-${name}-`));
      cli = cliJsonl();
      articles = lines(cli).map((l) => JSON.parse(l) as Article);
      cliFile = path.join(tmp, 'cli-three.jsonl');
      writeFileSync(cliFile, cli);
      site = await startSinaSite();
      h = await launch(name, site);
    });
    afterAll(async () => {
      await h?.close();
      await site?.close();
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    });

    test('import the CLI JSON Lines of three fixture articles: report, list newest first, stock chips', async () => {
      const lib = await openLibrary(h);
      expect((await lib.ids())['lib-empty'], 'an empty library says so').toMatch(/\S/);
      await lib.importFile(cliFile);
      await lib.waitIdle('import report', async () => (await lib.titles()).length === 3);
      const ids = await lib.ids();
      expect(ids['lib-message'], 'import report').toMatch(name === 'chromium' ? /读取 3 行：新增 3 篇，更新 0 篇，未变 0 篇/ : /Read 3 lines: 3 added, 0 updated, 0 unchanged/);
      const newestFirst = [...articles].sort((a, b) => Date.parse(b.publishedAt!) - Date.parse(a.publishedAt!)).map((a) => a.title);
      expect(await lib.titles(), 'titles, newest first').toEqual(newestFirst);
      const chips = await lib.page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[data-testid=lib-item-stock]')).map((c) => c.dataset.code));
      expect(chips.sort(), 'stock chips of all entries').toEqual(articles.flatMap((a) => a.stocks.map((s) => s.code)).sort());
      expect(ids['lib-usage'] ?? '', 'space used is shown').toMatch(/\d/);
      await lib.page.close();
    });

    test('find one article by stock code, by stock name, and by a two-character word of its body', async () => {
      const lib = await openLibrary(h);
      const target = articles.find((a) => a.stocks.some((s) => s.code === 'sz002024'))!;
      const stock = target.stocks.find((s) => s.code === 'sz002024')!;
      await lib.setInput('lib-stock', stock.code);
      expect(await lib.titles(), `stock code ${stock.code}`).toEqual([target.title]);
      await lib.setInput('lib-stock', stock.name);
      expect(await lib.titles(), `stock name ${stock.name}`).toEqual([target.title]);
      await lib.click('lib-clear');
      expect(await lib.titles()).toHaveLength(3);
      for (const a of articles) {
        const word = uniqueWord(a, articles.filter((o) => o !== a));
        await lib.setInput('lib-search', word);
        expect(await lib.titles(), `two-character word ${word} from the body of ${a.title}`).toEqual([a.title]);
      }
      await lib.click('lib-clear');

      await lib.page.close();
    });

    test('an entry opens in the reader view offline: its paragraphs, and no request from the page', async () => {
      const lib = await openLibrary(h);
      const target = articles.find((a) => a.docId === 'ifxeuwwr9250746')!;
      const since = Date.now();
      const before = site.requests.length;
      const index = (await lib.titles()).indexOf(target.title);
      await lib.click('lib-item-title', index);
      await waitFor('reader view in the library', () => readerPresent(lib.page));
      const seen = await readerSnapshot(lib.page);
      expect(seen.title).toBe(norm(target.title));
      // The reader's own stylesheet applies on the extension page too (its CSP allows no inline <style>).
      expect(seen.titleStyle.fontSize, 'reader title at 1.6 × the 18 px default size').toBe('28.8px');
      expect(seen.box.height, 'reader host fills the window').toBeGreaterThan(500);
      expect(seen.blocks, 'reader body = the saved Article').toEqual(textBlocks(target.blocks));
      expect(seen.badUrls).toEqual([]);
      expect(seen.handlerAttrs).toEqual([]);
      const pictures = target.blocks.filter((b) => b.type === 'image');
      expect(seen.figures.map((f) => f.caption), 'each picture keeps its caption').toEqual(pictures.map((b) => norm(b.caption)));
      expect(seen.figures.map((f) => f.src), 'pictures are links to open, not loaded').toEqual(pictures.map(() => ''));
      await lib.page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
      expect(site.requests.slice(before), 'requests while reading a saved entry').toEqual([]);
      expect(site.foreign(since)).toEqual([]);
      await lib.page.evaluate(() =>
        document.getElementById('sina-clean-host')!.shadowRoot!.querySelector<HTMLElement>('[data-testid=btn-restore]')!.click(),
      );
      await waitFor('back to the list', async () => !(await readerPresent(lib.page)) && (await lib.titles()).length === 3);
      await lib.page.close();
    });

    test('export: JSON Lines identical to the CLI output, and a zip of Markdown files', async () => {
      const lib = await openLibrary(h);
      await lib.click('lib-select-all');
      const jsonl = await lib.exportVia('lib-export-jsonl');
      expect(jsonl.name).toMatch(/^sina-clean-library-\d{4}-\d{2}-\d{2}\.jsonl$/);
      // Same lines, byte for byte (the export follows the list order, the CLI its input order).
      expect(lines(jsonl.text).sort()).toEqual(lines(cli).sort());
      expect(jsonl.text.endsWith('\n')).toBe(true);
      exportedJsonl = jsonl.text;
      const zip = await lib.exportVia('lib-export-md');
      const files = unzipSync(Uint8Array.from(zip.bytes));
      expect(Object.keys(files)).toHaveLength(3);
      for (const a of articles) {
        const file = Object.entries(files).find(([n]) => n.startsWith(a.publishedAt!.slice(0, 10)));
        expect(file, `a Markdown file for ${a.title}`).toBeTruthy();
        const md = strFromU8(file![1]);
        expect(md.startsWith('---\ntitle: ')).toBe(true);
        expect(md).toContain(`# ${a.title.replace(/[\\`*_[\]<>|]/g, '\\$&')}`);
      }
      await lib.page.close();
    });

    test('the exported file imports into a fresh profile and exports the same again', async () => {
      expect(exportedJsonl, 'the export test ran first').not.toBe('');
      const file = path.join(tmp, 'exported.jsonl');
      writeFileSync(file, exportedJsonl);
      const fresh = await launch(name, site);
      try {
        const lib = await openLibrary(fresh);
        expect(await lib.titles()).toEqual([]);
        await lib.importFile(file);
        await lib.waitIdle('import in the fresh profile', async () => (await lib.titles()).length === 3);
        await lib.click('lib-select-all');
        const again = await lib.exportVia('lib-export-jsonl');
        expect(again.text).toBe(exportedJsonl);
      } finally {
        await fresh.close();
      }
    });

    test('saved again from an open tab through the background: the same entry, not a second one', async () => {
      const p = servedPage(PAGE_FIXTURE);
      const tab = await h.open(p.url);
      await settledState(h, tab, true);
      const tabId = await h.tabIdOf(tab);
      const reply = await h.ext(
        async (api, id: number, url: string) => {
          const res = await api.runtime.sendMessage({ type: 'sina-clean:article', tabId: id });
          if (!res?.ok) return { error: res };
          return api.runtime.sendMessage({ type: 'sina-clean:library-save', article: res.article, pageUrl: url });
        },
        tabId,
        p.url,
      );
      expect(reply, 'library-save reply').toMatchObject({ ok: true, saved: true, key: 'doc:ifxeuwwr9250746' });
      expect(['updated', 'unchanged']).toContain((reply as { status: string }).status);
      const lib = await openLibrary(h);
      expect(await lib.titles()).toHaveLength(3);
      await lib.page.close();
      await tab.close();
    });

    test('the popup and the options page lead to the library', async () => {
      const tab = await h.open(servedPage(PAGE_FIXTURE).url);
      await settledState(h, tab, true);
      const popup = await openPopupFor(h, tab);
      const target = `${h.extBase}library.html`;
      // The extension's own pages open in tabs, as the extension sees them.
      const opened = () =>
        h.ext((api) =>
          api.extension
            .getViews({ type: 'tab' })
            .filter((w: Window) => w.location.pathname === '/library.html')
            .map((w: Window) => w.location.href as string),
        );
      expect(await opened(), 'no library page open before the click').toEqual([]);
      await popup.evaluate(() => document.querySelector<HTMLElement>('[data-testid=btn-library]')!.click());
      expect(await waitFor('a library tab opened by the popup', async () => ((await opened()).length ? await opened() : null))).toEqual([target]);
      await h.ext((api) => {
        for (const w of api.extension.getViews({ type: 'tab' })) if (w.location.pathname === '/library.html') w.close();
      });
      await popup.close();
      await tab.close();
      const options = await h.openExtensionPage('options.html');
      const href = await waitFor('the options page library link', () =>
        options.evaluate(() => document.querySelector<HTMLAnchorElement>('[data-testid=opt-library]')?.href),
      );
      expect(href).toBe(target);
      await options.close();
    });

    test('delete the selected entry (after confirming); the library keeps the others across a reload', async () => {
      const lib = await openLibrary(h);
      const victim = (await lib.titles())[0]!;
      await lib.click('lib-item-check', 0);
      await lib.click('lib-delete');
      expect((await lib.ids())['lib-confirm']).toMatch(/1/);
      await lib.click('lib-delete-confirm');
      await lib.waitIdle('deleted', async () => (await lib.titles()).length === 2);
      expect(await lib.titles()).not.toContain(victim);
      await lib.page.close();
      const again = await openLibrary(h);
      expect(await again.titles(), 'after opening the page again').toHaveLength(2);
      await again.page.close();
    });

    test.runIf(name === 'chromium')('screenshots of a larger library: the list, the stock view, dark', async () => {
      // Every seed-format fixture (they name stocks) and two pages, in a profile of its own.
      const file = path.join(tmp, 'screenshot.jsonl');
      writeFileSync(file, cliJsonl(['seed-format', `pages/${PAGE_FIXTURE}.html`, 'synthetic/synthetic-finance-2021-pc2017.html']));
      const fresh = await launch(name, site);
      try {
        const lib = await openLibrary(fresh);
        await lib.importFile(file);
        await lib.waitIdle('screenshot library imported', async () => (await lib.titles()).length > 20);
        await lib.page.setViewport({ width: 1100, height: 760 });
        await lib.page.bringToFront();
        mkdirSync(SHOTS, { recursive: true });
        await lib.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
        await lib.page.evaluate(() => document.querySelector('[data-testid=lib-message]')!.replaceChildren());
        await lib.page.screenshot({ path: path.join(SHOTS, 'library.png') });
        await lib.click('lib-tab-stocks');
        const counts = await lib.page.evaluate(() =>
          Array.from(document.querySelectorAll<HTMLElement>('[data-testid=lib-stock-count]')).map((c) => Number(c.textContent)),
        );
        expect(Math.max(...counts), 'a stock named by several saved articles').toBeGreaterThan(1);
        await lib.page.screenshot({ path: path.join(SHOTS, 'library-stocks.png') });
        await lib.click('lib-stock-open', 0);
        await lib.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        await lib.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        expect(await lib.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(23, 24, 26)');
        await lib.page.screenshot({ path: path.join(SHOTS, 'library-dark.png') });
      } finally {
        await fresh.close();
      }
    });

    test.runIf(name === 'chromium')('a real storage quota (DevTools quota override): the browser aborts the import, the page says so, nothing saved', async () => {
      const lib = await openLibrary(h);
      const before = await lib.titles();
      const cdp = await lib.page.createCDPSession();
      const origin = h.extBase.replace(/\/$/, '');
      const { usage } = (await cdp.send('Storage.getUsageAndQuota', { origin })) as { usage: number };
      // No room left beyond what the library already uses: the three articles (tens of kilobytes) do not fit.
      const quotaSize = Math.ceil(usage);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize });
      try {
        await waitFor('the quota override in force', async () => {
          const now = (await cdp.send('Storage.getUsageAndQuota', { origin })) as { quota: number };
          return now.quota === quotaSize;
        });
        const file = path.join(tmp, 'real-quota.jsonl');
        writeFileSync(file, articles.map((a, i) => JSON.stringify({ ...a, docId: `ireal${i}` })).join('\n') + '\n');
        await lib.importFile(file);
        await lib.waitIdle('quota message', () =>
          lib.page.evaluate(() => !(document.querySelector('[data-testid=lib-error]') as HTMLElement).hidden),
        );
        expect((await lib.ids())['lib-error']).toMatch(/存储空间已满.*没有保存任何内容.*3 篇文章都没有导入/);
      } finally {
        await cdp.send('Storage.overrideQuotaForOrigin', { origin });
        await cdp.detach();
      }
      await lib.page.close();
      const again = await openLibrary(h);
      expect(await again.titles(), 'the library after the refused import, opened again').toEqual(before);
      await again.page.close();
    });

    test('storage quota reached during an import (simulated): a clear message, nothing half-saved', async () => {
      const lib = await openLibrary(h);
      const before = await lib.titles();
      // Four new articles: the browser refuses the third write, as it does when the quota is reached.
      const batch = articles.map((a, i) => JSON.stringify({ ...a, docId: `iquota${i}`, title: `${a.title}（副本 ${i}）` })).join('\n');
      const file = path.join(tmp, 'quota.jsonl');
      writeFileSync(file, `${batch}\n${JSON.stringify({ ...articles[0], docId: 'iquota9', title: '第四篇' })}\n`);
      await lib.page.evaluate(() => {
        const proto = IDBObjectStore.prototype;
        const put = proto.put;
        let calls = 0;
        proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          if (++calls >= 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return put.apply(this, args);
        };
      });
      await lib.importFile(file);
      await lib.waitIdle('quota message', () =>
        lib.page.evaluate(() => !(document.querySelector('[data-testid=lib-error]') as HTMLElement).hidden),
      );
      const ids = await lib.ids();
      expect(ids['lib-error']).toMatch(name === 'chromium' ? /存储空间已满.*没有保存任何内容.*4 篇文章都没有导入/ : /storage is full.*nothing was saved.*None of the 4 articles/);
      await lib.page.close();
      const again = await openLibrary(h);
      expect(await again.titles(), 'the library after the refused import, opened again').toEqual(before);
      await again.page.close();
    });
  });
}
