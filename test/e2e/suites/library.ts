/**
 * 文库 in real Chromium and Firefox ESR: three fixture articles cleaned in the browser and saved (保存
 * in the reader, 保存 in the popup, and "save every cleaned article"), 已保存 and saving again (one
 * entry, never two), found by stock code, stock name and a two-character word of each body, read
 * offline in the reader view (links and video lines), exported (JSON Lines compared with the CLI's
 * output for the same pages, Markdown zip), imported into a fresh profile (with the CLI's own JSON
 * Lines of seed posts), deleted, and the storage quota reached (simulated on 保存 and mid-import;
 * Chromium also a real one): a clear message, nothing half-saved.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Article } from '../../../src/article';
import { launch, waitFor, type BrowserName, type Harness } from '../harness/browsers';
import { FIXTURES, page as servedPage, ROOT } from '../harness/catalog';
import { firstGoldenPage, norm, pageWithLink, pageWithVideoLine, textBlocks } from '../harness/expected';
import { openPopupFor, setOption, settledState, toggleViaBackground } from '../harness/flows';
import { bodyLinks, clickReaderButton, expectedLinks, readerPresent, readerSnapshot, readerToast, waitForReader } from '../harness/reader';
import type { SinaSite } from '../harness/server';
import { siteAndBrowser } from '../harness/suite';

const SHOTS = path.join(ROOT, 'docs/screenshots');

/**
 * The three articles cleaned in the browser and saved, one by each way of saving: the 2021 finance
 * page that names stocks (保存 in the reader), the first page whose reviewed golden has a video line
 * beside its text (保存 in the popup), and the first whose golden text carries a link of its own
 * ("save every cleaned article").
 */
const STOCKS = 'synthetic-finance-2021-pc2017';
const VIDEO = pageWithVideoLine([STOCKS]).page.name;
const LINKS = pageWithLink([STOCKS, VIDEO]).page.name;
const SAVED = [STOCKS, VIDEO, LINKS];
/** A page to save when the quota is reached: one the library does not hold. */
const UNSAVED = firstGoldenPage('paragraphs', (g) => textBlocks(g.golden.article.blocks).length > 0, SAVED).page.name;
/** Seed-format posts (no page to clean: they come as the CLI's JSON Lines): a video line, stocks and links. */
const SEED_INPUTS = ['seed-format/2021-03-22_19469826.md', 'seed-format/2021-12-07_21a66c3e.md'];

/**
 * Runs the built CLI without blocking this process: the browser's connection (CDP, BiDi) keeps
 * being served while it runs (spawnSync stopped it for each call, several seconds on a loaded machine).
 */
function runCli(args: string[]): Promise<string> {
  // The JSON Lines of every seed post pass 1 MB: allow far more than the corpus prints.
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(ROOT, 'bin/sina-clean.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, maxBuffer: 256 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`sina-clean ${args.join(' ')} failed (${err.code ?? err.signal ?? err.message}): ${stderr}`));
      else resolve(stdout);
    });
  });
}

/** What `sina-clean -f jsonl` prints for fixture files (the built CLI, as a user runs it). */
function cliJsonl(inputs: string[]): Promise<string> {
  return runCli(['-f', 'jsonl', ...inputs.map((f) => path.join(FIXTURES, f))]);
}

/**
 * What `sina-clean -f jsonl --url <address>` prints for each served page, given the address the
 * browser read it at (Chromium upgrades an http address to https).
 */
async function cliJsonlOfPages(names: string[], urls: Record<string, string> = {}): Promise<string> {
  return (await Promise.all(names.map((n) => runCli(['-f', 'jsonl', '--url', urls[n] ?? servedPage(n).url, servedPage(n).file])))).join('');
}

/** What `sina-clean -f markdown --url <address>` prints for a served page. */
function cliMarkdownOfPage(name: string, url = servedPage(name).url): Promise<string> {
  return runCli(['-f', 'markdown', '--url', url, servedPage(name).file]);
}

/** The first field in which two JSON Lines Articles differ, for a readable failure. */
function firstFieldDifference(a: string, b: string): string {
  const x = JSON.parse(a) as Record<string, unknown>;
  const y = JSON.parse(b) as Record<string, unknown>;
  for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) {
    if (JSON.stringify(x[k]) !== JSON.stringify(y[k])) return `${k}: ${JSON.stringify(x[k])?.slice(0, 400)} vs ${JSON.stringify(y[k])?.slice(0, 400)}`;
  }
  return Object.keys(x).join() === Object.keys(y).join() ? 'none' : `key order: ${Object.keys(x).join()} vs ${Object.keys(y).join()}`;
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
    /** The CLI's Articles for the three pages. */
    let articles: Record<string, Article>;
    /** The address each page was cleaned at in the browser. */
    const cleanedAt: Record<string, string> = {};
    let exportedJsonl = '';
    const msg = (key: string, ...subs: string[]) => h.ext((api, k: string, s: string[]) => api.i18n.getMessage(k, s) as string, key, subs);
    const titles = () => SAVED.map((n) => articles[n]!.title);

    /** The reader's 保存 button in a page: its label and whether it says 已保存. */
    const readerSave = (page: Page) =>
      page.evaluate(() => {
        const b = document.getElementById('sina-clean-host')?.shadowRoot?.querySelector<HTMLElement>('[data-testid=btn-save]');
        return b ? { text: b.textContent ?? '', saved: b.dataset.saved ?? null, parent: b.parentElement?.className ?? '' } : null;
      });
    const popupSave = (popup: Page) =>
      popup.evaluate(() => {
        const b = document.querySelector<HTMLButtonElement>('[data-testid=btn-save]')!;
        return { text: b.textContent ?? '', saved: b.dataset.saved ?? null, hidden: b.hidden, toast: document.querySelector('[data-testid=popup-toast]')?.textContent ?? '' };
      });
    const cleanTab = async (page: Page) => {
      await toggleViaBackground(h, await h.tabIdOf(page));
      await waitForReader(page, `${name}: clean`);
    };

    // Before the site and browser start; removed after they close (after hooks run in reverse).
    beforeAll(async () => {
      tmp = mkdtempSync(path.join(os.tmpdir(), `sina-e2e-library-${name}-`));
      const parsed = lines(await cliJsonlOfPages(SAVED)).map((l) => JSON.parse(l) as Article);
      articles = Object.fromEntries(SAVED.map((n, i) => [n, parsed[i]!]));
    });
    afterAll(() => {
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    });
    siteAndBrowser(name, (env) => ({ site, h } = env));

    test('three fixture articles cleaned in the browser and saved: 保存 in the reader, 保存 in the popup, "save every cleaned article"', async () => {
      const empty = await openLibrary(h);
      expect((await empty.ids())['lib-empty'], 'an empty library says so').toMatch(/\S/);
      await empty.page.close();

      // 1. The reader's 保存 (through the background's library messages).
      const a = await h.open(servedPage(STOCKS).url);
      await settledState(h, a, true);
      await cleanTab(a);
      const before = await waitFor('the reader\'s 保存 button with its library state', async () => {
        const b = await readerSave(a);
        return b?.saved === 'false' ? b : null;
      });
      expect(before, 'offered in the toolbar\'s overflow group (the ⋯ menu on phones)').toEqual({ text: await msg('save'), saved: 'false', parent: 'more' });
      await clickReaderButton(a, 'btn-save');
      await waitFor('saved from the reader', async () => (await readerSave(a))?.saved === 'true');
      expect(await readerSave(a)).toMatchObject({ text: await msg('saved') });
      expect(await readerToast(a)).toBe(await msg('savedAdded'));

      // 2. The popup's 保存 (the popup opens the library itself).
      const b = await h.open(servedPage(VIDEO).url);
      await settledState(h, b, true);
      const popup = await openPopupFor(h, b);
      await waitFor('the popup\'s 保存 with its library state', async () => (await popupSave(popup)).saved === 'false');
      expect(await popupSave(popup)).toMatchObject({ text: await msg('save'), hidden: false });
      await popup.evaluate(() => document.querySelector<HTMLElement>('[data-testid=btn-save]')!.click());
      await waitFor('saved from the popup', async () => (await popupSave(popup)).saved === 'true');
      expect(await popupSave(popup)).toMatchObject({ text: await msg('saved'), toast: await msg('savedAdded') });
      await popup.close();

      // 3. "Save every cleaned article" (off by default): cleaning is saving.
      const c = await h.open(servedPage(LINKS).url);
      await settledState(h, c, true);
      await setOption(h, 'opt-autosave', 'autoSave', true);
      await cleanTab(c);
      await waitFor('saved as it was cleaned', async () => (await readerSave(c))?.saved === 'true');
      expect(await readerToast(c)).toBe(await msg('savedAdded'));
      await setOption(h, 'opt-autosave', 'autoSave', false);

      for (const [n, p] of [[STOCKS, a], [VIDEO, b], [LINKS, c]] as const) cleanedAt[n] = p.url();
      const lib = await openLibrary(h);
      expect((await lib.titles()).sort()).toEqual(titles().sort());
      // The space used is read after the list is shown (a second storage call): it comes a moment later.
      await waitFor('space used is shown', async () => /\d/.test((await lib.ids())['lib-usage'] ?? ''), 5_000);
      const chips = await lib.page.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[data-testid=lib-item-stock]')).map((c) => c.dataset.code));
      expect(chips.sort(), 'stock chips').toEqual(SAVED.flatMap((n) => articles[n]!.stocks.map((s) => s.code)).sort());
      await lib.page.close();
      for (const p of [a, b, c]) await p.close();
    });

    test('已保存 where the article is saved; saving again updates the one entry, never a second', async () => {
      const a = await h.open(servedPage(STOCKS).url);
      await settledState(h, a, true);
      await cleanTab(a);
      await waitFor('the reader says 已保存', async () => (await readerSave(a))?.saved === 'true');
      await clickReaderButton(a, 'btn-save');
      await waitFor('saved again', async () => (await readerToast(a)) === (await msg('savedUnchanged')));
      const popup = await openPopupFor(h, a);
      await waitFor('the popup says 已保存', async () => (await popupSave(popup)).saved === 'true');
      expect((await popupSave(popup)).text).toBe(await msg('saved'));
      await popup.evaluate(() => document.querySelector<HTMLElement>('[data-testid=btn-save]')!.click());
      await waitFor('saved again from the popup', async () => (await popupSave(popup)).toast === (await msg('savedUnchanged')));
      await popup.close();
      await a.close();
      const lib = await openLibrary(h);
      expect(await lib.titles()).toHaveLength(SAVED.length);
      await lib.page.close();
    });

    test('find one article by stock code, by stock name, and each by a two-character word of its body', async () => {
      const lib = await openLibrary(h);
      const target = articles[STOCKS]!;
      expect(target.stocks.length, 'the page names stocks').toBeGreaterThan(0);
      for (const stock of target.stocks) {
        await lib.setInput('lib-stock', stock.code);
        expect(await lib.titles(), `stock code ${stock.code}`).toEqual([target.title]);
        await lib.setInput('lib-stock', stock.name);
        expect(await lib.titles(), `stock name ${stock.name}`).toEqual([target.title]);
      }
      await lib.click('lib-clear');
      expect(await lib.titles()).toHaveLength(SAVED.length);
      const all = SAVED.map((n) => articles[n]!);
      for (const a of all) {
        const word = uniqueWord(a, all.filter((o) => o !== a));
        await lib.setInput('lib-search', word);
        expect(await lib.titles(), `two-character word ${word} from the body of ${a.title}`).toEqual([a.title]);
      }
      await lib.click('lib-clear');
      await lib.page.close();
    });

    test('an entry opens in the reader view offline: its paragraphs, links and video line, and no request from the page', async () => {
      const lib = await openLibrary(h);
      const since = Date.now();
      const before = site.requests.length;
      for (const n of [VIDEO, LINKS]) {
        const target = articles[n]!;
        await lib.click('lib-item-title', (await lib.titles()).indexOf(target.title));
        await waitFor('reader view in the library', () => readerPresent(lib.page));
        const seen = await readerSnapshot(lib.page);
        expect(seen.title).toBe(norm(target.title));
        // The reader's own style sheet applies on the extension page too (its CSP allows no inline <style>).
        expect(seen.titleStyle.fontSize, 'reader title at 1.6 × the 18 px default size').toBe('28.8px');
        expect(seen.box.height, 'reader host fills the window').toBeGreaterThan(500);
        expect(seen.blocks, 'reader body = the saved Article').toEqual(textBlocks(target.blocks));
        expect(seen.badUrls).toEqual([]);
        expect(seen.handlerAttrs).toEqual([]);
        const pictures = target.blocks.filter((b) => b.type === 'image');
        expect(seen.figures.map((f) => f.caption), 'each picture keeps its caption').toEqual(pictures.map((b) => norm(b.caption)));
        expect(seen.figures.map((f) => f.src), 'pictures are links to open, not loaded').toEqual(pictures.map(() => ''));
        expect(await lib.page.evaluate(() => document.getElementById('sina-clean-host')!.shadowRoot!.querySelector('[data-testid=btn-restore]')!.textContent)).toBe(
          await msg('libBack'),
        );
        const want = expectedLinks(target, await msg('videoLabel'), await msg('videoUntitled'));
        expect(want.length, `${target.title}: the article has links or a video`).toBeGreaterThan(0);
        expect(await bodyLinks(lib.page), 'links and video lines as the Article has them').toEqual(want);
        await lib.page.evaluate(() =>
          document.getElementById('sina-clean-host')!.shadowRoot!.querySelector<HTMLElement>('[data-testid=btn-restore]')!.click(),
        );
        await waitFor('back to the list', async () => !(await readerPresent(lib.page)) && (await lib.titles()).length === SAVED.length);
      }
      await lib.page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
      expect(site.requests.slice(before), 'requests while reading saved entries').toEqual([]);
      expect(site.foreign(since)).toEqual([]);
      await lib.page.close();
    });

    test('export: JSON Lines identical to the CLI output for the same pages, and a zip of Markdown files', async () => {
      // What the CLI prints for the same pages, worked out while the browser exports.
      const fromCli = Promise.all([cliJsonlOfPages(SAVED, cleanedAt), Promise.all(SAVED.map((n) => cliMarkdownOfPage(n, cleanedAt[n])))]);
      fromCli.catch(() => undefined);
      const lib = await openLibrary(h);
      await lib.click('lib-select-all');
      const jsonl = await lib.exportVia('lib-export-jsonl');
      const [cliLines, cliMarkdown] = await fromCli;
      expect(jsonl.name).toMatch(/^sina-clean-library-\d{4}-\d{2}-\d{2}\.jsonl$/);
      // Same lines, byte for byte (the export follows the list order, the CLI its input order).
      const got = lines(jsonl.text).sort();
      const want = lines(cliLines).sort();
      expect(got).toHaveLength(SAVED.length);
      for (let i = 0; i < Math.max(got.length, want.length); i++) {
        if (got[i] !== want[i]) await lib.page.close();
        if (got[i] !== want[i]) expect.fail(`line ${i} differs from the CLI's: ${got[i] && want[i] ? firstFieldDifference(got[i]!, want[i]!) : 'missing'}`);
      }
      expect(jsonl.text.endsWith('\n')).toBe(true);
      exportedJsonl = jsonl.text;
      const zip = await lib.exportVia('lib-export-md');
      const files = Object.entries(unzipSync(Uint8Array.from(zip.bytes))).map(([file, bytes]) => {
        const md = strFromU8(bytes);
        const fm = /^---\n([\s\S]*?)\n---\n\n/.exec(md);
        return { file, fm: fm ? (parseYaml(fm[1]!) as Record<string, unknown>) : null, body: fm ? md.slice(fm[0].length) : md };
      });
      expect(files.map((f) => f.file)).toHaveLength(SAVED.length);
      for (const n of SAVED) {
        const a = articles[n]!;
        // Each file found by the document id in its front matter (two articles may share a date).
        const found = files.filter((f) => f.fm?.docId === a.docId);
        expect(found.map((f) => f.file), `one Markdown file with docId ${a.docId} (${a.title})`).toHaveLength(1);
        const { file, fm, body } = found[0]!;
        expect(file, 'named by date and title').toMatch(new RegExp(`^${a.publishedAt!.slice(0, 10)}-.+\\.md$`));
        expect(fm, `${file}: front matter`).toMatchObject({ title: a.title, publishedAt: a.publishedAt, url: cleanedAt[n] });
        // The body is what the CLI writes for the same page: sina-clean -f markdown.
        expect(body, `${file}: body = sina-clean -f markdown`).toBe(cliMarkdown[SAVED.indexOf(n)]);
      }
      await lib.page.close();
      // Four CLI runs beside two exports: a minute on a loaded two-core machine (the default 60 s is one page's bound).
    }, 180_000);

    test('the export imports into a fresh profile and exports the same again; the CLI\'s JSON Lines of seed posts import beside it', async () => {
      expect(exportedJsonl, 'the export test ran first').not.toBe('');
      const file = path.join(tmp, 'exported.jsonl');
      writeFileSync(file, exportedJsonl);
      // The seed posts' JSON Lines from the CLI, while a second browser starts.
      const seedLines = cliJsonl(SEED_INPUTS);
      seedLines.catch(() => undefined);
      const fresh = await launch(name, site);
      try {
        const lib = await openLibrary(fresh);
        expect(await lib.titles()).toEqual([]);
        await lib.importFile(file);
        const k = SAVED.length;
        await lib.waitIdle('import in the fresh profile', async () => (await lib.titles()).length === k);
        expect((await lib.ids())['lib-message'], 'import report').toContain(await msg('libImportResult', `${k}`, `${k}`, '0', '0'));
        await lib.click('lib-select-all');
        const again = await lib.exportVia('lib-export-jsonl');
        expect(again.text).toBe(exportedJsonl);

        // Seed-format posts as the CLI writes them: a video line and links in the reader.
        const seeds = await seedLines;
        const seedFile = path.join(tmp, 'seeds.jsonl');
        writeFileSync(seedFile, seeds);
        await lib.importFile(seedFile);
        const report = name === 'chromium' ? /读取 2 行：新增 2 篇/ : /Read 2 lines: 2 added/;
        await lib.waitIdle('seed posts imported', async () => report.test((await lib.ids())['lib-message'] ?? ''));
        expect(await lib.titles()).toHaveLength(SAVED.length + SEED_INPUTS.length);
        for (const post of lines(seeds).map((l) => JSON.parse(l) as Article)) {
          await lib.click('lib-item-title', (await lib.titles()).indexOf(post.title));
          await waitFor('reader view of a seed post', () => readerPresent(lib.page));
          const want = expectedLinks(post, await msg('videoLabel'), await msg('videoUntitled'));
          expect(want.length, `${post.title}: the post has links or a video`).toBeGreaterThan(0);
          expect(await bodyLinks(lib.page), `${post.title}: links and video lines`).toEqual(want);
          await lib.page.keyboard.press('Escape');
          await waitFor('back to the list', async () => !(await readerPresent(lib.page)));
        }
      } finally {
        await fresh.close();
      }
      // A second browser started and closed inside the test (the hooks give one start 90 s).
    }, 180_000);

    /** The library pages open in tabs, as the extension sees them (its own views). */
    const libraryViews = () =>
      h.ext((api) =>
        api.extension
          .getViews({ type: 'tab' })
          .filter((w: Window) => w.location.pathname === '/library.html')
          .map((w: Window) => w.location.href as string),
      );

    test('the popup and the options page lead to the library', async () => {
      const tab = await h.open(servedPage(VIDEO).url);
      await settledState(h, tab, true);
      const popup = await openPopupFor(h, tab);
      const target = `${h.extBase}library.html`;
      // None is open: what an earlier test left open is closed after it (afterEach).
      expect(await libraryViews(), 'no library page open before the click').toEqual([]);
      await popup.evaluate(() => document.querySelector<HTMLElement>('[data-testid=btn-library]')!.click());
      const after = await waitFor('a library tab opened by the popup', async () => {
        const now = await libraryViews();
        return now.length ? now : null;
      });
      expect(after, 'the click opened one library tab').toEqual([target]);
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

    test('a tab a test leaves open (a library tab the extension opened) is closed before the next test', async () => {
      await h.ext((api) => api.tabs.create({ url: api.runtime.getURL('library.html') }));
      await waitFor('the library tab', async () => (await libraryViews()).length > 0);
      await h.closeTabs();
      // Closing is asynchronous in the extension's view list: wait a moment for it, then require it.
      await waitFor('no library tab', async () => (await libraryViews()).length === 0).catch(() => undefined);
      expect(await libraryViews(), 'library tabs after closeTabs (what afterEach runs)').toEqual([]);
    });

    test('delete the selected entry (after confirming); the library keeps the others across a reload', async () => {
      const lib = await openLibrary(h);
      const victim = (await lib.titles())[0]!;
      await lib.click('lib-item-check', 0);
      await lib.click('lib-delete');
      expect((await lib.ids())['lib-confirm']).toMatch(/1/);
      await lib.click('lib-delete-confirm');
      await lib.waitIdle('deleted', async () => (await lib.titles()).length === SAVED.length - 1);
      expect(await lib.titles()).not.toContain(victim);
      await lib.page.close();
      const again = await openLibrary(h);
      expect(await again.titles(), 'after opening the page again').toHaveLength(SAVED.length - 1);
      await again.page.close();
    });

    test('storage quota reached on 保存 (simulated): the popup says so, nothing is saved', async () => {
      const page = await h.open(servedPage(UNSAVED).url);
      await settledState(h, page, true);
      const popup = await openPopupFor(h, page);
      await waitFor('the popup\'s 保存 with its library state', async () => (await popupSave(popup)).saved === 'false');
      // The browser refuses the write as it does when the quota is reached.
      await popup.evaluate(() => {
        IDBObjectStore.prototype.put = function () {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
        document.querySelector<HTMLElement>('[data-testid=btn-save]')!.click();
      });
      await waitFor('the quota message', async () => (await popupSave(popup)).toast === (await msg('libQuota')));
      expect(await popupSave(popup)).toMatchObject({ text: await msg('save'), saved: 'false' });
      await popup.close();
      await page.close();
      const lib = await openLibrary(h);
      expect(await lib.titles(), 'nothing was saved').toHaveLength(SAVED.length - 1);
      await lib.page.close();
    });

    test.runIf(name === 'chromium')('screenshots of a larger library: the list, the stock view, dark', async () => {
      // Every seed-format fixture (they name stocks) and a page, in a profile of its own.
      const file = path.join(tmp, 'screenshot.jsonl');
      writeFileSync(file, await cliJsonl(['seed-format', `pages/${VIDEO}.html`]));
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
      // A second browser started and closed inside the test (the hooks give one start 90 s).
    }, 180_000);

    test.runIf(name === 'chromium')('a real storage quota (DevTools quota override): the browser aborts the import, the page says so, nothing saved', async () => {
      // A profile of its own, whose library only the library page opens: Chromium lets writes use a
      // space allowance it read up to 30 s before (BucketContext::kBucketSpaceCacheTimeLimit) for as
      // long as a connection keeps the database open, and the background keeps it open after a 保存.
      const fresh = await launch(name, site);
      try {
        const filling = await openLibrary(fresh);
        const first = path.join(tmp, 'real-quota-first.jsonl');
        writeFileSync(first, exportedJsonl);
        await filling.importFile(first);
        await filling.waitIdle('the library filled', async () => (await filling.titles()).length === SAVED.length);
        const before = await filling.titles();
        await filling.page.close();
        // The database closes 2 s after its last connection; the next write then asks for quota afresh.
        await new Promise((r) => setTimeout(r, 3_500));
        const lib = await openLibrary(fresh);
        const cdp = await lib.page.createCDPSession();
        const origin = fresh.extBase.replace(/\/$/, '');
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
          writeFileSync(file, SAVED.map((n, i) => JSON.stringify({ ...articles[n], docId: `ireal${i}` })).join('\n') + '\n');
          await lib.importFile(file);
          await lib.waitIdle('quota message', () =>
            lib.page.evaluate(() => !(document.querySelector('[data-testid=lib-error]') as HTMLElement).hidden),
          );
          expect((await lib.ids())['lib-error']).toMatch(new RegExp(`存储空间已满.*没有保存任何内容.*${SAVED.length} 篇文章都没有导入`));
        } finally {
          await cdp.send('Storage.overrideQuotaForOrigin', { origin });
          await cdp.detach();
        }
        await lib.page.close();
        const again = await openLibrary(fresh);
        expect(await again.titles(), 'the library after the refused import, opened again').toEqual(before);
        await again.page.close();
      } finally {
        await fresh.close();
      }
    });

    test('storage quota reached during an import (simulated): a clear message, nothing half-saved', async () => {
      const lib = await openLibrary(h);
      const before = await lib.titles();
      // One more article than was saved: the browser refuses the third write, as it does when the quota is reached.
      const batch = SAVED.map((n) => articles[n]!).map((a, i) => JSON.stringify({ ...a, docId: `iquota${i}`, title: `${a.title}（副本 ${i}）` })).join('\n');
      const file = path.join(tmp, 'quota.jsonl');
      writeFileSync(file, `${batch}\n${JSON.stringify({ ...articles[STOCKS], docId: 'iquota9', title: '第四篇' })}\n`);
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
      const k = SAVED.length + 1;
      expect(ids['lib-error']).toMatch(
        name === 'chromium' ? new RegExp(`存储空间已满.*没有保存任何内容.*${k} 篇文章都没有导入`) : new RegExp(`storage is full.*nothing was saved.*None of the ${k} articles`),
      );
      await lib.page.close();
      const again = await openLibrary(h);
      expect(await again.titles(), 'the library after the refused import, opened again').toEqual(before);
      await again.page.close();
    });
  });
}
