// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createContentController, type ContentDeps } from '../../../src/ext/content';
import type { ExtractResult } from '../../../src/ext/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/ext/settings';
import { pageRules } from '../../../src/ext/page-swap';
import { HOST_ID, HOST_TAG } from '../../../src/render/reader-view';
import { flush, makeArticle, zhTr } from './helpers';

const ARTICLE_URL = 'https://finance.sina.com.cn/stock/2021-08-24/doc-ikqcfncc4769311.shtml';
const PAGE = `<div id="top" class="nav">导航</div><!-- c --><h1 class="main-title">标题</h1>
<div id="article"><p>正文</p><button id="own">0</button></div>text tail`;

let live: { restore(): unknown }[] = [];

function setup(over: Partial<ContentDeps> = {}, settings: Partial<Settings> = {}) {
  document.documentElement.setAttribute('lang', 'zh');
  document.body.setAttribute('class', 'page-body');
  document.body.innerHTML = PAGE; // test scaffolding: the "page" itself
  const sent: unknown[] = [];
  const article = makeArticle({ url: ARTICLE_URL });
  const deps: ContentDeps = {
    doc: document,
    url: ARTICLE_URL,
    send: vi.fn(async (msg: unknown) => {
      sent.push(msg);
      const m = msg as { type: string };
      if (m.type === 'sina-clean:extract') return { ok: true, article } satisfies ExtractResult;
      return { ok: true };
    }),
    loadSettings: vi.fn(async () => ({ ...DEFAULT_SETTINGS, ...settings })),
    saveSettings: vi.fn(async () => undefined),
    tr: zhTr,
    writeClipboard: vi.fn(async () => true),
    ...over,
  };
  const c = createContentController(deps);
  live.push(c);
  return { deps, sent, article, c };
}

const host = () => document.getElementById(HOST_ID);

describe('content script', () => {
  beforeEach(() => {
    document.documentElement.removeAttribute('lang');
    window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  });
  afterEach(() => {
    for (const c of live) c.restore();
    live = [];
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

  test('state before and after the engine answered', async () => {
    const { c } = setup();
    expect(c.state()).toMatchObject({ recognised: false, cleaned: false, candidate: true });
    await c.start();
    expect(c.state()).toMatchObject({ recognised: true, cleaned: false, candidate: true, pending: false });
    expect(await c.handle({ type: 'sina-clean:state' })).toMatchObject({ recognised: true, cleaned: false });
  });

  test('the engine saying "not an article" leaves the page alone', async () => {
    const { c, deps } = setup({
      send: vi.fn(async (msg: unknown) =>
        (msg as { type: string }).type === 'sina-clean:extract'
          ? { ok: false, reason: 'not-an-article', message: 'no article body found on the page' }
          : { ok: true },
      ),
    });
    await c.start();
    expect(c.state()).toMatchObject({ recognised: false, pending: false });
    const r = await c.clean();
    expect(r).toMatchObject({ ok: false, cleaned: false });
    expect(host()).toBeNull();
    expect(deps.send).toHaveBeenCalledWith({ type: 'sina-clean:recognised', recognised: false, cleaned: false });
  });

  test('a non-article URL answers state but never extracts or cleans', async () => {
    const { c, deps } = setup({ url: 'https://finance.sina.com.cn/' });
    await c.start();
    expect(await c.handle({ type: 'sina-clean:state' })).toMatchObject({ recognised: false, candidate: false });
    expect(await c.clean()).toMatchObject({ ok: false });
    expect(c.handle({ type: 'sina-clean:snapshot' })).toBeUndefined();
    expect(deps.send).not.toHaveBeenCalled();
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
    expect(host()!.querySelector('style')!.textContent).toBe(pageRules(HOST_TAG));
    expect(own.isConnected).toBe(true);
    expect(host()!.shadowRoot!.querySelector('[data-testid=reader-title]')!.textContent).toBe('测试公司半年报营收增长');
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

  test('the page-hiding rules leave the reader host alone and print only the reader', () => {
    const rules = pageRules(HOST_TAG);
    expect(rules).toContain(`body>:not(${HOST_TAG}){visibility:hidden !important`);
    expect(rules).toContain('html,body{overflow:hidden !important}');
    expect(rules).toMatch(/@media print\{[^}]*\}body>:not\(sina-clean-reader\)\{display:none !important\}\}/);
    // display:none would tear down embeds and iframes; on screen the page is only made invisible.
    expect(rules.split('@media print')[0]).not.toContain('display:none');
  });

  test('toggle, show, snapshot and the reader restore button', async () => {
    const { c, article } = setup();
    expect(await c.handle({ type: 'sina-clean:toggle' })).toMatchObject({ ok: true, cleaned: true });
    const snap = (await c.handle({ type: 'sina-clean:snapshot' })) as { html: string; article?: unknown };
    expect(snap.html).toBe('');
    expect(snap.article).toEqual(article);
    (host()!.shadowRoot!.querySelector('[data-testid=btn-restore]') as HTMLElement).click();
    expect(host()).toBeNull();
    expect(c.state().cleaned).toBe(false);
    const other = makeArticle({ title: '另一篇' });
    expect(await c.handle({ type: 'sina-clean:show', article: other } as { type: string })).toMatchObject({ ok: true, cleaned: true });
    // The page's own Article stays the one shown.
    expect(host()!.shadowRoot!.querySelector('[data-testid=reader-title]')!.textContent).toBe(article.title);
    expect(await c.handle({ type: 'sina-clean:toggle' })).toMatchObject({ ok: true, cleaned: false });
    expect(await c.handle({ type: 'sina-clean:show', article: { bogus: true } } as { type: string })).toMatchObject({ ok: false });
  });

  test('auto-clean shows the reader as soon as the engine answers', async () => {
    const { c } = setup({}, { autoClean: true });
    await c.start();
    expect(host()).not.toBeNull();
    expect(c.state()).toMatchObject({ recognised: true, cleaned: true });
  });

  test('copy buttons send the right payload to the clipboard', async () => {
    const { c, deps, article } = setup({}, { citationStyle: 'plain' });
    await c.clean();
    const root = host()!.shadowRoot!;
    (root.querySelector('[data-testid=btn-copy-text]') as HTMLElement).click();
    (root.querySelector('[data-testid=btn-copy-cite]') as HTMLElement).click();
    await flush();
    const calls = vi.mocked(deps.writeClipboard).mock.calls.map((x) => x[0]);
    expect(calls[0]).toBe(article.text);
    expect(calls[1]).toContain(article.text);
    expect(calls[1]).toContain(ARTICLE_URL);
  });

  test('a dead extension runtime (after reload) does not throw into the page', async () => {
    const { c } = setup({
      send: () => Promise.reject(new Error('Extension context invalidated.')),
      saveSettings: () => Promise.reject(new Error('Extension context invalidated.')),
    });
    await expect(c.start()).resolves.toBeUndefined();
    expect(await c.clean()).toMatchObject({ ok: false });
  });
});
