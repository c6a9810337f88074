// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ExtractError, type Article } from '../../../src/article';
import { createContentController, type ContentDeps } from '../../../src/ext/content';
import { createBackground } from '../../../src/ext/background';
import { asBackgroundMessage, type BackgroundMessage, type ContentMessage, type Timings } from '../../../src/ext/messages';
import { handleLibraryMessage } from '../../../src/library/messages';
import { closeAll, freshLibrary, quotaOnPut } from '../library/helpers';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/ext/settings';
import { afterNextPaint, NO_FRAME_WAIT_MS, pageRules } from '../../../src/ext/page-swap';
import { TOAST_ID } from '../../../src/ext/page-toast';
import { FIRST_SCREEN_CHARS, openSession } from '../../../src/ext/reader/session';
import { HOST_ID, HOST_TAG } from '../../../src/ext/reader/view';
import type { ReaderChunk } from '../../../src/ext/reader/types';
import { READER_EXTRAS } from '../../../src/ext/reader/extras';
import { extractTree } from '../../../src/engine/extract';
import { flush, zhTr } from './helpers';
import en from '../../../public/_locales/en/messages.json';

const ARTICLE_URL = 'https://finance.sina.com.cn/stock/2021-08-24/doc-ikqcfncc4769311.shtml';
const PAGE = `<div id="top" class="nav">导航</div><!-- c --><h1 class="main-title">测试公司半年报营收增长</h1>
<div class="date-source"><span class="date">2021年08月24日 15:57</span><a class="source">新京报</a></div>
<div id="article"><p>第一段正文，测试公司发布半年报，营收同比增长。</p><p>第二段正文，公司表示将继续投入研发。</p><button id="own">0</button></div>text tail`;

let live: { restore(): unknown }[] = [];

/** A reader chunk whose engine is `run` (the real engine unless given). */
const chunk = (run?: (tree: unknown, o?: { url?: string; budgetMs?: number }) => Article): ReaderChunk => ({
  openSession: (h) => openSession(h, run as never),
});

function setup(over: Partial<ContentDeps> = {}, settings: Partial<Settings> = {}, page = PAGE) {
  document.documentElement.setAttribute('lang', 'zh');
  document.body.setAttribute('class', 'page-body');
  document.head.innerHTML = '<title>测试公司半年报营收增长_新浪财经</title>';
  document.body.innerHTML = page; // test scaffolding: the "page" itself
  const sent: BackgroundMessage[] = [];
  const loadReader = vi.fn(async () => chunk());
  const deps: ContentDeps = {
    doc: document,
    url: ARTICLE_URL,
    send: vi.fn(async (msg: BackgroundMessage) => {
      sent.push(msg);
      return { ok: true };
    }),
    loadReader,
    loadExtras: vi.fn(async () => READER_EXTRAS),
    loadSettings: vi.fn(async () => ({ ...DEFAULT_SETTINGS, ...settings })),
    saveSettings: vi.fn(async () => undefined),
    tr: zhTr,
    writeClipboard: vi.fn(async () => true),
    speech: null,
    ...over,
  };
  const c = createContentController(deps);
  live.push(c);
  return { deps, sent, c, loadReader: deps.loadReader };
}

const host = () => document.getElementById(HOST_ID);
/** The next frame's rAF, then the next task: after the frame is painted. */
const nextPaint = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const shadow = () => host()!.shadowRoot!;

describe('content script', () => {
  beforeEach(() => {
    document.documentElement.removeAttribute('lang');
    window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  });
  afterEach(() => {
    for (const c of live) c.restore();
    live = [];
    document.getElementById(TOAST_ID)?.remove();
  });

  test('on page load: URL and body marker only; the reader chunk is not loaded, nothing is extracted', async () => {
    const { c, sent, loadReader } = setup();
    await c.start();
    expect(loadReader).not.toHaveBeenCalled();
    expect(sent).toEqual([{ type: 'sina-clean:page', recognised: true, cleaned: false }]);
    expect(c.state()).toEqual({ candidate: true, recognised: true, cleaned: false, extraction: 'none', title: '测试公司半年报营收增长_新浪财经' });
  });

  test('a page at an article URL without a body marker is not recognised on load', async () => {
    const { c, sent } = setup({}, {}, '<div class="error-box"><h2>抱歉，您访问的页面没有找到</h2></div>');
    await c.start();
    expect(sent).toEqual([{ type: 'sina-clean:page', recognised: false, cleaned: false }]);
    expect(c.state()).toMatchObject({ candidate: true, recognised: false });
  });

  test('the popup asks for the article: the tab extracts it (real engine, live page) once', async () => {
    const { c, loadReader } = setup();
    const res = await c.handle({ type: 'sina-clean:article' });
    expect(res).toMatchObject({ ok: true, article: { title: '测试公司半年报营收增长', source: '新京报', template: 'pc-2017' } });
    expect(c.state()).toMatchObject({ extraction: 'ok', title: '测试公司半年报营收增长' });
    await c.handle({ type: 'sina-clean:article' });
    expect(loadReader).toHaveBeenCalledTimes(1);
  });

  test('scroll position is kept: the page does not move under the reader, and is put back if a script moved it', async () => {
    const { c } = setup();
    Object.defineProperty(window, 'scrollY', { value: 640, configurable: true });
    Object.defineProperty(window, 'scrollX', { value: 5, configurable: true });
    await c.clean();
    expect(window.scrollTo).not.toHaveBeenCalled();
    c.restore();
    expect(window.scrollTo).not.toHaveBeenCalled();
    await c.clean();
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
    c.restore();
    expect(window.scrollTo).toHaveBeenLastCalledWith({ left: 5, top: 640, behavior: 'instant' });
    Object.defineProperty(window, 'scrollX', { value: 0, configurable: true });
  });

  test('the engine saying "not an article" leaves the page alone; the shortcut says so on the page', async () => {
    const run = vi.fn(() => {
      throw new ExtractError('not-an-article', 'no article body found on the page');
    });
    const { c } = setup({ loadReader: async () => chunk(run) });
    expect(await c.clean()).toMatchObject({ ok: false, cleaned: false, reason: 'not-an-article' });
    expect(host()).toBeNull();
    expect(document.getElementById(TOAST_ID)).toBeNull();
    expect(await c.handle({ type: 'sina-clean:toggle' })).toMatchObject({ ok: false });
    const toast = document.getElementById(TOAST_ID)!;
    expect(toast.shadowRoot!.textContent).toContain(zhTr('failNotArticle'));
    expect(c.state()).toMatchObject({ extraction: 'failed' });
    expect(run).toHaveBeenCalledTimes(1);
  });

  test.each(['too-large', 'too-complex', 'timeout'] as const)('an engine refusal (%s) is "too large or malformed", never a hang or a reader', async (reason) => {
    const run = vi.fn((_tree: unknown, o?: { budgetMs?: number }) => {
      throw new ExtractError(reason, `over the limit (budget ${o?.budgetMs} ms)`);
    });
    const { c } = setup({ loadReader: async () => chunk(run as never) });
    expect(await c.handle({ type: 'sina-clean:toggle' })).toMatchObject({ ok: false, reason });
    expect(host()).toBeNull();
    expect(document.getElementById(TOAST_ID)!.shadowRoot!.querySelector('[data-testid=page-toast]')!.textContent).toBe(zhTr('failTooLarge'));
    // The engine got a time budget.
    expect(run.mock.calls[0]![1]).toMatchObject({ budgetMs: expect.any(Number), url: ARTICLE_URL });
    expect(await c.handle({ type: 'sina-clean:article' })).toMatchObject({ ok: false, reason });
  });

  test('a timeout is not the page\'s verdict: asked again (the machine less busy), the tab extracts again and cleans; a size refusal is remembered', async () => {
    // Twenty tabs cleaned at once on a loaded machine: one ordinary page ran past the wall-time
    // budget. The next toggle must try again, not repeat the first answer for as long as the page is open.
    let calls = 0;
    const run = vi.fn((tree: unknown, o?: { url?: string; budgetMs?: number }) => {
      if (calls++ === 0) throw new ExtractError('timeout', `the page took longer than the ${o?.budgetMs} ms time budget to extract`);
      return extractTree(tree as never, o);
    });
    const { c } = setup({ loadReader: async () => chunk(run as never) });
    expect(await c.handle({ type: 'sina-clean:toggle' })).toMatchObject({ ok: false, reason: 'timeout' });
    expect(host()).toBeNull();
    expect(await c.handle({ type: 'sina-clean:toggle' })).toMatchObject({ ok: true, cleaned: true });
    expect(shadow().querySelector('[data-testid=reader-title]')!.textContent).toBe('测试公司半年报营收增长');
    expect(run).toHaveBeenCalledTimes(2);
    c.restore();

    const tooLarge = vi.fn(() => {
      throw new ExtractError('too-large', 'the page has more than 1 elements');
    });
    const other = setup({ loadReader: async () => chunk(tooLarge as never) }).c;
    expect(await other.handle({ type: 'sina-clean:toggle' })).toMatchObject({ ok: false, reason: 'too-large' });
    expect(await other.handle({ type: 'sina-clean:toggle' })).toMatchObject({ ok: false, reason: 'too-large' });
    expect(tooLarge).toHaveBeenCalledTimes(1);
  });

  test('a crash inside the engine (stack overflow on a hostile page) is "too large or malformed" too', async () => {
    const { c } = setup({
      loadReader: async () =>
        chunk(() => {
          throw new RangeError('Maximum call stack size exceeded');
        }),
    });
    expect(await c.handle({ type: 'sina-clean:toggle' })).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(document.getElementById(TOAST_ID)!.shadowRoot!.querySelector('[data-testid=page-toast]')!.textContent).toBe(zhTr('failTooLarge'));
  });

  test('a non-article URL answers state but never loads the engine or cleans', async () => {
    const { c, deps } = setup({ url: 'https://finance.sina.com.cn/' });
    await c.start();
    expect(await c.handle({ type: 'sina-clean:state' })).toMatchObject({ recognised: false, candidate: false });
    expect(await c.clean()).toMatchObject({ ok: false, reason: 'not-a-candidate' });
    expect(await c.handle({ type: 'sina-clean:article' })).toMatchObject({ ok: false, reason: 'not-a-candidate' });
    expect(deps.send).not.toHaveBeenCalled();
    expect(deps.loadReader).not.toHaveBeenCalled();
    expect(host()).toBeNull();
  });

  test('clean twice then restore once gives back the exact original DOM, same nodes, handlers alive', async () => {
    const { c } = setup();
    const own = document.getElementById('own')!;
    let clicks = 0;
    own.addEventListener('click', () => {
      clicks++;
    });
    const before = document.documentElement.outerHTML;
    const beforeNodes = Array.from(document.body.childNodes);
    await Promise.all([c.clean(), c.clean()]);
    await c.clean();
    expect(document.querySelectorAll(`#${HOST_ID}`).length).toBe(1);
    // The page's nodes stay where they are; the host comes last, with the page-hiding rules inside.
    expect(Array.from(document.body.childNodes)).toEqual([...beforeNodes, host()]);
    // At once only what the first frame needs; the page's elements are hidden once the reader is painted.
    expect(host()!.querySelector('style')!.textContent).toBe(pageRules(HOST_TAG, true));
    await nextPaint();
    expect(host()!.querySelector('style')!.textContent).toBe(pageRules(HOST_TAG));
    expect(own.isConnected).toBe(true);
    expect(shadow().querySelector('[data-testid=reader-title]')!.textContent).toBe('测试公司半年报营收增长');
    // The reader sets its own viewport while shown (the page had none).
    expect(document.head.querySelector('meta[name=viewport]')!.getAttribute('content')).toBe('width=device-width, initial-scale=1');
    expect(c.state().cleaned).toBe(true);
    const r = c.restore();
    expect(r).toEqual({ ok: true, cleaned: false });
    expect(document.documentElement.outerHTML).toBe(before);
    const after = Array.from(document.body.childNodes);
    expect(after.length).toBe(beforeNodes.length);
    after.forEach((n, i) => expect(n).toBe(beforeNodes[i]));
    own.click();
    expect(clicks).toBe(1);
    // Restoring again changes nothing.
    c.restore();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('a page viewport that is not device-width is replaced while the reader is shown, and put back', async () => {
    const { c } = setup();
    document.head.insertAdjacentHTML('beforeend', '<meta name="viewport" content="width=1000">');
    const before = document.documentElement.outerHTML;
    await c.clean();
    expect(document.querySelectorAll('meta[name=viewport]').length).toBe(1);
    expect(document.querySelector('meta[name=viewport]')!.getAttribute('content')).toBe('width=device-width, initial-scale=1');
    c.restore();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('the page keeps living under the reader: appended and removed nodes are the page\'s business', async () => {
    const { c } = setup();
    await c.clean();
    const ad = document.createElement('div');
    ad.id = 'late-ad';
    document.body.appendChild(ad);
    document.getElementById('top')!.remove();
    c.restore();
    expect(host()).toBeNull();
    expect(document.body.lastChild).toBe(ad);
    expect(document.getElementById('top')).toBeNull();
  });

  test('keyboard focus: the page’s focused element is blurred at once, the reader takes focus with its first painted frame', async () => {
    const { c } = setup();
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    expect(document.activeElement).toBe(input);
    await c.clean();
    // No focus (and so no forced style and layout pass) before the first frame...
    expect(document.activeElement).not.toBe(input);
    expect(shadow().activeElement).toBeNull();
    await nextPaint();
    // ...and the reader has it once that frame is painted: arrow keys and space scroll the reader.
    expect(document.activeElement).toBe(host());
    expect(shadow().activeElement).toBe(shadow().querySelector('.page'));
    input.remove();
  });

  test('a long article: the first screen is in the first frame, the whole body just after it', async () => {
    const blocks = Array.from({ length: 60 }, (_, k) => ({ type: 'paragraph' as const, text: `第${k}段`.padEnd(120, '文') }));
    const long: Article = { ...(((await setup().c.article()) as { article: Article }).article), blocks };
    const { c } = setup({ loadReader: async () => ({ openSession: (h) => openSession(h, (() => long) as never) }) });
    await c.clean();
    const body = () => shadow().querySelector('[data-testid=reader-body]')!;
    expect(body().children.length).toBe(Math.ceil(FIRST_SCREEN_CHARS / 120));
    await nextPaint();
    expect(body().children.length).toBe(60);
    expect(body().lastElementChild!.textContent).toBe(blocks[59]!.text);
  });

  test('the extraction does not wait for the settings to be read (storage overlaps it); the reader shows once they are', async () => {
    let release!: (s: Settings) => void;
    const { c } = setup({ loadSettings: vi.fn(() => new Promise<Settings>((r) => (release = r))) });
    const shown = c.clean();
    await vi.waitFor(() => expect(c.state().extraction).toBe('ok'), { timeout: 2000 });
    expect(host()).toBeNull();
    release({ ...DEFAULT_SETTINGS, theme: 'sepia' });
    await expect(shown).resolves.toEqual({ ok: true, cleaned: true });
    expect(host()!.getAttribute('data-theme')).toBe('sepia');
  });

  test('a settings change that arrives while the settings are being read is what the reader shows, not the older read', async () => {
    let release!: (s: Settings) => void;
    const { c } = setup({ loadSettings: vi.fn(() => new Promise<Settings>((r) => (release = r))) });
    const shown = c.clean();
    await vi.waitFor(() => expect(c.state().extraction).toBe('ok'), { timeout: 2000 });
    // The settings watcher delivers a change (made in the popup or the options page) before the read returns.
    c.applySettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    release({ ...DEFAULT_SETTINGS, theme: 'sepia' });
    await expect(shown).resolves.toEqual({ ok: true, cleaned: true });
    expect(host()!.getAttribute('data-theme')).toBe('dark');
  });

  test('showing the reader writes no Markdown: the 已保存 check sends a reference, not the Article', async () => {
    const plain = ((await setup().c.article()) as { article: Article }).article;
    let reads = 0;
    const counted = { ...plain };
    Object.defineProperty(counted, 'markdown', { enumerable: true, get: () => (reads++, plain.markdown) });
    const { c, sent } = setup({ loadReader: async () => ({ openSession: (h) => openSession(h, (() => counted) as never) }) });
    await c.clean();
    await nextPaint();
    await flush();
    expect(sent.map((m) => m.type)).toContain('sina-clean:library-status');
    expect(reads).toBe(0);
  });

  test('what waits for the first painted frame runs once: after the frame, or after a while in a tab that gets no frames', async () => {
    const frames: Array<() => void> = [];
    const win = { requestAnimationFrame: (f: () => void) => frames.push(f), setTimeout, clearTimeout } as unknown as Window & typeof globalThis;
    const hidden = vi.fn();
    afterNextPaint(win, hidden, NO_FRAME_WAIT_MS);
    await new Promise((r) => setTimeout(r, NO_FRAME_WAIT_MS + 50));
    expect(hidden).toHaveBeenCalledTimes(1);
    frames.shift()!(); // a frame comes later after all: nothing runs twice
    await new Promise((r) => setTimeout(r, 10));
    expect(hidden).toHaveBeenCalledTimes(1);
    const shown = vi.fn();
    afterNextPaint(win, shown, NO_FRAME_WAIT_MS);
    frames.shift()!();
    await new Promise((r) => setTimeout(r, 10));
    expect(shown).toHaveBeenCalledTimes(1);
    await new Promise((r) => setTimeout(r, NO_FRAME_WAIT_MS + 50));
    expect(shown).toHaveBeenCalledTimes(1);
    // Without a fallback (the page rules): only a frame runs it.
    const visibleOnly = vi.fn();
    afterNextPaint(win, visibleOnly);
    await new Promise((r) => setTimeout(r, NO_FRAME_WAIT_MS + 50));
    expect(visibleOnly).not.toHaveBeenCalled();
    frames.shift()!();
    await new Promise((r) => setTimeout(r, 10));
    expect(visibleOnly).toHaveBeenCalledTimes(1);
  });

  test('restored before the reader was painted: the page is left exactly as it was', async () => {
    const { c } = setup();
    const before = document.documentElement.outerHTML;
    await c.clean();
    const style = host()!.querySelector('style')!;
    c.restore();
    await nextPaint();
    expect(style.textContent).toBe(pageRules(HOST_TAG, true));
    expect(document.documentElement.outerHTML).toBe(before);
  });

  test('the page-hiding rules leave the reader host alone and print only the reader', () => {
    // The first frame restyles nothing of the page's own: no visibility, no root overflow (Firefox
    // rebuilds the page's boxes for that); both come with the frame after.
    const first = pageRules(HOST_TAG, true);
    expect(first.split('@media print')[0]).not.toContain('overflow');
    expect(first).not.toContain('visibility:hidden');
    expect(first).toContain('body{transform:none !important');
    expect(first).toContain('@media print');
    const rules = pageRules(HOST_TAG);
    expect(rules).toContain(`body>:not(${HOST_TAG}){visibility:hidden !important`);
    expect(rules).toContain('html,body{overflow:hidden !important}');
    expect(rules).toMatch(/@media print\{[^}]*\}body>:not\(sina-clean-reader\)\{display:none !important\}\}/);
    // display:none would tear down embeds and iframes; on screen the page is only made invisible.
    expect(rules.split('@media print')[0]).not.toContain('display:none');
  });

  test('a toggle or clean that names the locale: the reader reads its strings from its own tables, not the i18n API', async () => {
    const tr = vi.fn(zhTr);
    const { c } = setup({ tr });
    expect(await c.handle({ type: 'sina-clean:toggle', locale: 'en' })).toMatchObject({ ok: true, cleaned: true });
    expect(tr).not.toHaveBeenCalled();
    expect(shadow().querySelector('[data-testid=btn-restore]')!.textContent).toBe(en.readerRestore.message);
    c.restore();
    // The word is kept for later cleans of the page (a message without it changes nothing).
    expect(await c.handle({ type: 'sina-clean:clean' })).toMatchObject({ ok: true, cleaned: true });
    expect(shadow().querySelector('[data-testid=btn-restore]')!.textContent).toBe(en.readerRestore.message);
    expect(tr).not.toHaveBeenCalled();
  });

  test('a clean that names no locale (auto-clean, an older sender): the reader asks the i18n API, as before', async () => {
    const tr = vi.fn(zhTr);
    const { c } = setup({ tr });
    expect(await c.handle({ type: 'sina-clean:clean' })).toMatchObject({ ok: true, cleaned: true });
    expect(tr).toHaveBeenCalledWith('readerRestore');
    expect(shadow().querySelector('[data-testid=btn-restore]')!.textContent).toBe(zhTr('readerRestore'));
  });

  test('toggle, the badge report and the reader restore button', async () => {
    const { c, sent } = setup();
    expect(await c.handle({ type: 'sina-clean:toggle' })).toMatchObject({ ok: true, cleaned: true });
    // Messages to the background wait for the reader's first frame (each one costs the page's
    // thread a channel to open): the badge hears of the reader just after it is painted.
    expect(sent.map((m) => m.type)).not.toContain('sina-clean:library-status');
    expect(sent.at(-1)).not.toEqual({ type: 'sina-clean:page', recognised: true, cleaned: true });
    await nextPaint();
    await flush();
    expect(sent.at(-1)).toEqual({ type: 'sina-clean:page', recognised: true, cleaned: true });
    (shadow().querySelector('[data-testid=btn-restore]') as HTMLElement).click();
    expect(host()).toBeNull();
    expect(c.state().cleaned).toBe(false);
    expect(sent.at(-1)).toEqual({ type: 'sina-clean:page', recognised: true, cleaned: false });
    expect(await c.handle({ type: 'sina-clean:clean' })).toMatchObject({ ok: true, cleaned: true });
    expect(await c.handle({ type: 'sina-clean:toggle' })).toMatchObject({ ok: true, cleaned: false });
  });

  test('every content message type has a handler (exhaustive switch)', async () => {
    const { c } = setup();
    const all: ContentMessage['type'][] = ['sina-clean:state', 'sina-clean:article', 'sina-clean:clean', 'sina-clean:restore', 'sina-clean:toggle', 'sina-clean:timings'];
    for (const type of all) await expect(c.handle({ type } as ContentMessage)).resolves.toBeDefined();
    await expect(Promise.resolve().then(() => c.handle({ type: 'sina-clean:nope' } as never))).rejects.toThrow(/unhandled/);
  });

  test('timings: the load checks always; the chunk, the cold extraction and the show once asked; warm runs on request', async () => {
    const { c } = setup({ loadReader: async () => ({ openSession: (h) => openSession(h, undefined, 3.5) }) });
    await c.start();
    const before = await c.handle({ type: 'sina-clean:timings', extractRuns: 0 });
    expect(before).toEqual({ loadMs: expect.any(Number), chunkMs: null, chunkEvalMs: null, extractMs: null, showMs: null, warmExtractMs: [], askedAt: null, shownAt: null });
    const asked = performance.timeOrigin + performance.now();
    await c.clean();
    const shown = performance.timeOrigin + performance.now();
    const after = (await c.handle({ type: 'sina-clean:timings', extractRuns: 3 })) as Timings;
    expect(after.askedAt).toBeGreaterThanOrEqual(asked);
    expect(after.shownAt).toBeGreaterThanOrEqual(after.askedAt!);
    expect(after.shownAt).toBeLessThanOrEqual(shown);
    expect(after.chunkMs).toBeGreaterThanOrEqual(0);
    expect(after.digestMs).toBeGreaterThanOrEqual(0);
    expect(after.digestMs!).toBeLessThanOrEqual(after.extractMs!);
    expect(after.chunkEvalMs).toBe(3.5);
    expect(after.extractMs).toBeGreaterThan(0);
    expect(after.showMs).toBeGreaterThan(0);
    expect(after.warmExtractMs).toHaveLength(3);
    // Timing more extractions does not change what the page shows.
    expect(shadow().querySelector('[data-testid=reader-title]')!.textContent).toBe('测试公司半年报营收增长');
  });

  test('auto-clean shows the reader as the page opens', async () => {
    const { c } = setup({}, { autoClean: true });
    await c.start();
    expect(host()).not.toBeNull();
    expect(c.state()).toMatchObject({ recognised: true, cleaned: true });
  });

  test('copy buttons send the right payload to the clipboard', async () => {
    const { c, deps } = setup({}, { citationStyle: 'plain', markdownMeta: 'none' });
    const article = ((await c.article()) as { article: Article }).article;
    await c.clean();
    const root = shadow();
    (root.querySelector('[data-testid=btn-copy-text]') as HTMLElement).click();
    (root.querySelector('[data-testid=btn-copy-cite]') as HTMLElement).click();
    (root.querySelector('[data-testid=btn-copy-md]') as HTMLElement).click();
    await flush();
    const calls = vi.mocked(deps.writeClipboard).mock.calls.map((x) => x[0]);
    expect(calls[0]).toBe(article.text);
    expect(calls[1]).toContain(article.text);
    expect(calls[1]).toContain(ARTICLE_URL);
    expect(calls[2]).toBe(article.markdown.trimEnd());
  });

  test('the copy formats are a second chunk: none of it for the reader\'s first screen, loaded once on the first copy', async () => {
    const { c, deps } = setup({}, { citationStyle: 'plain', markdownMeta: 'none' });
    await c.clean();
    await nextPaint();
    expect(deps.loadExtras).not.toHaveBeenCalled();
    const root = shadow();
    // Three presses before the chunk has arrived: one load, each press copies its own format.
    (root.querySelector('[data-testid=btn-copy-md]') as HTMLElement).click();
    (root.querySelector('[data-testid=btn-copy-text]') as HTMLElement).click();
    (root.querySelector('[data-testid=btn-copy-md]') as HTMLElement).click();
    await flush();
    expect(deps.loadExtras).toHaveBeenCalledTimes(1);
    const calls = vi.mocked(deps.writeClipboard).mock.calls.map((x) => x[0]);
    const article = ((await c.article()) as { article: Article }).article;
    expect(calls).toEqual([article.markdown.trimEnd(), article.text, article.markdown.trimEnd()]);
  });

  test('a copy whose chunk cannot be loaded says so, and the next copy tries again', async () => {
    const loadExtras = vi.fn().mockRejectedValueOnce(new Error('Extension context invalidated.')).mockResolvedValue(READER_EXTRAS);
    const { c, deps } = setup({ loadExtras });
    await c.clean();
    const root = shadow();
    (root.querySelector('[data-testid=btn-copy-text]') as HTMLElement).click();
    await flush();
    expect(deps.writeClipboard).not.toHaveBeenCalled();
    expect(root.querySelector('[data-testid=reader-toast]')!.textContent).toBe(zhTr('copyFailed'));
    (root.querySelector('[data-testid=btn-copy-text]') as HTMLElement).click();
    await flush();
    expect(loadExtras).toHaveBeenCalledTimes(2);
    expect(deps.writeClipboard).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[data-testid=reader-toast]')!.textContent).toBe(zhTr('copied'));
  });

  describe('保存 in the reader: through the background\'s typed library messages to 文库', () => {
    afterEach(() => closeAll());

    /** The content script's `send` wired to the real background and library (fake IndexedDB), as the browser wires them. */
    async function withLibrary(settings: Partial<Settings> = {}) {
      const lib = await freshLibrary();
      const bg = createBackground({
        sendToTab: async () => undefined,
        activeTab: async () => undefined,
        setBadge: async () => undefined,
        library: (msg) => handleLibraryMessage(msg, async () => lib),
      });
      const send = vi.fn(async (msg: BackgroundMessage) => {
        // What crosses runtime.sendMessage: a JSON copy, parsed on arrival.
        const parsed = asBackgroundMessage(JSON.parse(JSON.stringify(msg)));
        return parsed ? bg.handle(parsed, { tab: { id: 5 } }) : undefined;
      });
      return { lib, send, ...setup({ send }, settings) };
    }
    const types = (send: ReturnType<typeof vi.fn>) => send.mock.calls.map(([m]) => (m as BackgroundMessage).type).filter((t) => t.startsWith('sina-clean:library'));
    const saveButton = () => shadow().querySelector('[data-testid=btn-save]') as HTMLButtonElement;

    test('the reader asks whether the article is saved, 保存 saves it with the page URL, 已保存 after, again is one entry', async () => {
      const { lib, send, c } = await withLibrary();
      await c.clean();
      expect(types(send)).toEqual([]);
      await vi.waitFor(() => expect(types(send)).toEqual(['sina-clean:library-status']));
      expect(saveButton().dataset.saved).toBe('false');
      // The status check carries what finds the entry, not the Article (no Markdown written for it).
      const status = send.mock.calls.map(([m]) => m as Record<string, unknown>).find((m) => m.type === 'sina-clean:library-status')!;
      expect(Object.keys(status).sort()).toEqual(['pageUrl', 'ref', 'type']);
      expect(status.ref).toEqual({ docId: 'ikqcfncc4769311', url: expect.stringContaining('doc-ikqcfncc4769311'), title: '测试公司半年报营收增长', publishedAt: expect.any(String) });
      saveButton().click();
      await vi.waitFor(() => expect(saveButton().textContent).toBe(zhTr('saved')));
      expect(shadow().querySelector('[data-testid=reader-toast]')!.textContent).toBe(zhTr('savedAdded'));
      const entry = (await lib.get('doc:ikqcfncc4769311'))!;
      expect(entry.pageUrl).toBe(ARTICLE_URL);
      expect(entry.article.title).toBe('测试公司半年报营收增长');
      saveButton().click();
      await vi.waitFor(() => expect(shadow().querySelector('[data-testid=reader-toast]')!.textContent).toBe(zhTr('savedUnchanged')));
      expect(await lib.count()).toBe(1);
      // Restored and cleaned again: the reader opens saying 已保存.
      c.restore();
      await c.clean();
      await vi.waitFor(() => expect(saveButton().textContent).toBe(zhTr('saved')));
    });

    test('"save every cleaned article" saves once per clean, never a second entry; off by default', async () => {
      const off = await withLibrary();
      await off.c.clean();
      await nextPaint();
      await flush();
      expect(types(off.send)).toEqual(['sina-clean:library-status']);
      expect(await off.lib.count()).toBe(0);
      off.c.restore();

      const on = await withLibrary({ autoSave: true });
      await on.c.clean();
      await vi.waitFor(() => expect(saveButton().textContent).toBe(zhTr('saved')));
      expect(types(on.send).filter((t) => t === 'sina-clean:library-save')).toHaveLength(1);
      expect(await on.c.clean()).toMatchObject({ ok: true, cleaned: true }); // already shown: no second save
      on.c.restore();
      await on.c.clean();
      await vi.waitFor(() => expect(types(on.send).filter((t) => t === 'sina-clean:library-save')).toHaveLength(2));
      expect(await on.lib.count()).toBe(1);
    });

    test('a full storage: the reader says nothing was saved, the library is as it was', async () => {
      const { lib, c } = await withLibrary();
      await c.clean();
      const undo = quotaOnPut(1);
      try {
        saveButton().click();
        await vi.waitFor(() => expect(shadow().querySelector('[data-testid=reader-toast]')!.textContent).toBe(zhTr('libQuota')));
      } finally {
        undo();
      }
      expect(saveButton().textContent).toBe(zhTr('save'));
      expect(await lib.count()).toBe(0);
    });
  });

  test('a dead extension runtime (after reload) does not throw into the page', async () => {
    const { c } = setup({
      send: () => Promise.reject(new Error('Extension context invalidated.')),
      saveSettings: () => Promise.reject(new Error('Extension context invalidated.')),
      loadReader: () => Promise.reject(new Error('Extension context invalidated.')),
    });
    await expect(c.start()).resolves.toBeUndefined();
    expect(await c.clean()).toMatchObject({ ok: false, reason: 'error' });
    expect(await c.toggle()).toMatchObject({ ok: false });
  });
});
