import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { COMMAND_ID, createBackground, MENU_ID, type BackgroundDeps } from '../../../src/ext/background';
import { asBackgroundMessage, asContentMessage, type BackgroundMessage } from '../../../src/ext/messages';
import type { LibraryMessage } from '../../../src/library/protocol';

function setup(over: Partial<BackgroundDeps> = {}) {
  const deps: BackgroundDeps = {
    sendToTab: vi.fn(async () => ({ ok: true, cleaned: true })),
    activeTab: vi.fn(async () => ({ id: 7 })),
    setBadge: vi.fn(async () => undefined),
    refusedMs: 20,
    ...over,
  };
  return { deps, bg: createBackground(deps) };
}

describe('background', () => {
  test('the background never extracts: it imports no engine, cheerio or reader chunk', () => {
    for (const f of ['src/ext/background.ts', 'entrypoints/background.ts']) {
      const imports = readFileSync(new URL(`../../../${f}`, import.meta.url), 'utf8').match(/^import .*$/gm) ?? [];
      expect(imports.length, f).toBeGreaterThan(0);
      expect(imports.filter((l) => /engine|cheerio|reader\/|templates/.test(l)), f).toEqual([]);
    }
  });

  test('badge follows what the content script reports', async () => {
    const { bg, deps } = setup();
    const page = (recognised: boolean, cleaned: boolean): BackgroundMessage => ({ type: 'sina-clean:page', recognised, cleaned });
    await bg.handle(page(true, false), { tab: { id: 9 } });
    await bg.handle(page(true, true), { tab: { id: 9 } });
    await bg.handle(page(false, false), { tab: { id: 9 } });
    expect(vi.mocked(deps.setBadge).mock.calls).toEqual([[9, 'recognised'], [9, 'cleaned'], [9, 'none']]);
    expect(await bg.handle(page(true, false), {})).toEqual({ ok: false });
  });

  test('shortcut, menu item and extension pages toggle the right tab', async () => {
    const sendToTab = vi.fn(async () => ({ ok: true, cleaned: true }));
    const { bg } = setup({ sendToTab });
    expect(await bg.onCommand(COMMAND_ID, { id: 11 })).toEqual({ ok: true, cleaned: true });
    await bg.onCommand('something-else', { id: 12 });
    await bg.onCommand(COMMAND_ID); // no tab given: the active one
    await bg.onMenuClick({ menuItemId: MENU_ID }, { id: 13 });
    await bg.onMenuClick({ menuItemId: 'other' }, { id: 14 });
    expect(await bg.handle({ type: 'sina-clean:toggle', tabId: 15 }, {})).toEqual({ ok: true, cleaned: true });
    expect(sendToTab.mock.calls).toEqual([
      [11, { type: 'sina-clean:toggle' }],
      [7, { type: 'sina-clean:toggle' }],
      [13, { type: 'sina-clean:toggle' }],
      [15, { type: 'sina-clean:toggle' }],
    ]);
  });

  test('the toggle names the locale the i18n API reads, when the background knows it', async () => {
    const sendToTab = vi.fn(async () => ({ ok: true, cleaned: true }));
    const locale = vi.fn((): 'en' | null => 'en');
    const { bg } = setup({ sendToTab, locale });
    await bg.onCommand(COMMAND_ID, { id: 11 });
    locale.mockReturnValue(null);
    await bg.onMenuClick({ menuItemId: MENU_ID }, { id: 13 });
    expect(sendToTab.mock.calls).toEqual([
      [11, { type: 'sina-clean:toggle', locale: 'en' }],
      [13, { type: 'sina-clean:toggle' }],
    ]);
  });

  test('the shortcut on a page the extension does not run on: the badge says so, then the tab state comes back', async () => {
    const { bg, deps } = setup({
      sendToTab: vi.fn(async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }),
    });
    await bg.handle({ type: 'sina-clean:page', recognised: true, cleaned: false }, { tab: { id: 3 } });
    expect(await bg.onCommand(COMMAND_ID, { id: 3 })).toMatchObject({ ok: false, reason: 'not-a-candidate' });
    expect(await bg.onCommand(COMMAND_ID, { id: 4 })).toMatchObject({ ok: false });
    await vi.waitFor(() => expect(vi.mocked(deps.setBadge).mock.calls.length).toBe(5));
    expect(vi.mocked(deps.setBadge).mock.calls).toEqual([
      [3, 'recognised'],
      [3, 'refused'],
      [4, 'refused'],
      [3, 'recognised'],
      [4, 'none'],
    ]);
  });

  test('a tab that navigates forgets its last state', async () => {
    const { bg, deps } = setup({ sendToTab: vi.fn(async () => undefined) });
    await bg.handle({ type: 'sina-clean:page', recognised: true, cleaned: true }, { tab: { id: 5 } });
    bg.onTabNavigated(5);
    await bg.onCommand(COMMAND_ID, { id: 5 });
    await vi.waitFor(() => expect(vi.mocked(deps.setBadge).mock.calls.at(-1)).toEqual([5, 'none']));
  });
});

describe('Firefox: the background puts the reader chunk into the asking frame', () => {
  test('injects into the sender\'s tab and frame; without an injector (Chrome imports it) it says no', async () => {
    const injectReader = vi.fn(async () => [undefined]);
    const { bg } = setup({ injectReader });
    expect(await bg.handle({ type: 'sina-clean:load-reader' }, { tab: { id: 8 }, frameId: 0 })).toEqual({ ok: true });
    expect(injectReader).toHaveBeenCalledWith(8, 0);
    expect(await bg.handle({ type: 'sina-clean:load-reader' }, {})).toEqual({ ok: false });
    const failing = setup({ injectReader: vi.fn(async () => Promise.reject(new Error('Missing host permission for the tab'))) });
    expect(await failing.bg.handle({ type: 'sina-clean:load-reader' }, { tab: { id: 8 } })).toEqual({ ok: false, message: 'Missing host permission for the tab' });
    expect(await setup().bg.handle({ type: 'sina-clean:load-reader' }, { tab: { id: 8 } })).toEqual({ ok: false });
  });

  test('the second chunk (the copy formats) goes in when asked for, apart from the reader chunk', async () => {
    const injectReader = vi.fn(async () => [undefined]);
    const { bg } = setup({ injectReader });
    const extras = asBackgroundMessage({ type: 'sina-clean:load-reader', part: 'extras' })!;
    expect(extras).toEqual({ type: 'sina-clean:load-reader', part: 'extras' });
    // Any other part is the reader chunk.
    expect(asBackgroundMessage({ type: 'sina-clean:load-reader', part: '/etc/passwd' })).toEqual({ type: 'sina-clean:load-reader' });
    expect(await bg.handle({ type: 'sina-clean:load-reader' }, { tab: { id: 9 }, frameId: 0 })).toEqual({ ok: true });
    expect(await bg.handle(extras, { tab: { id: 9 }, frameId: 0 })).toEqual({ ok: true });
    expect(await bg.handle({ type: 'sina-clean:load-reader' }, { tab: { id: 9 }, frameId: 0 })).toEqual({ ok: true });
    expect(injectReader.mock.calls).toEqual([
      [9, 0],
      [9, 0, 'extras'],
    ]);
  });
});

describe('Firefox: the reader chunk travels with the toggle', () => {
  const page = { type: 'sina-clean:page', recognised: true, cleaned: false } as const;

  test('a reported page gets the chunk before the toggle, once; the page then does not ask for it again', async () => {
    const order: string[] = [];
    const injectReader = vi.fn(async (tab: number, frame: number) => void order.push(`inject ${tab}/${frame}`));
    const sendToTab = vi.fn(async (tab: number) => {
      order.push(`toggle ${tab}`);
      return { ok: true, cleaned: true };
    });
    const { bg } = setup({ injectReader, sendToTab });
    await bg.handle(page, { tab: { id: 21 } });
    await bg.onCommand(COMMAND_ID, { id: 21 });
    expect(order).toEqual(['inject 21/0', 'toggle 21']);
    // Cleaned: restoring needs no chunk; a load-reader from the page is answered by the injection already made.
    await bg.handle({ ...page, cleaned: true }, { tab: { id: 21 } });
    await bg.onCommand(COMMAND_ID, { id: 21 });
    await bg.handle(page, { tab: { id: 21 } });
    await bg.onMenuClick({ menuItemId: MENU_ID }, { id: 21 });
    expect(await bg.handle({ type: 'sina-clean:load-reader' }, { tab: { id: 21 }, frameId: 0 })).toEqual({ ok: true });
    expect(injectReader).toHaveBeenCalledTimes(1);
    // A new page in the tab: the chunk again.
    bg.onTabNavigated(21);
    await bg.handle(page, { tab: { id: 21 } });
    await bg.onCommand(COMMAND_ID, { id: 21 });
    expect(injectReader).toHaveBeenCalledTimes(2);
  });

  test('no chunk for a tab that never reported (not a page the extension runs on), nor where the page imports it', async () => {
    const injectReader = vi.fn(async () => undefined);
    const { bg } = setup({ injectReader, sendToTab: vi.fn(async () => undefined) });
    await bg.onCommand(COMMAND_ID, { id: 22 });
    expect(injectReader).not.toHaveBeenCalled();
    const chrome = setup();
    await chrome.bg.handle(page, { tab: { id: 23 } });
    expect(await chrome.bg.onCommand(COMMAND_ID, { id: 23 })).toEqual({ ok: true, cleaned: true });
  });

  test('the toggle follows the injection without waiting for its answer; a page that asks meanwhile gets the same injection', async () => {
    let finish!: () => void;
    const injectReader = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const sendToTab = vi.fn(async () => ({ ok: true, cleaned: true }));
    const { bg } = setup({ injectReader, sendToTab });
    await bg.handle(page, { tab: { id: 25 } });
    // The injection has not answered, yet the toggle is on its way (the tab runs the script first).
    expect(await bg.onCommand(COMMAND_ID, { id: 25 })).toEqual({ ok: true, cleaned: true });
    expect(sendToTab).toHaveBeenCalledTimes(1);
    // A toggle that overtook the script: the page asks, and waits for the one injection under way.
    let answered = false;
    const asked = bg.handle({ type: 'sina-clean:load-reader' }, { tab: { id: 25 }, frameId: 0 }).then((r) => {
      answered = true;
      return r;
    });
    await Promise.resolve();
    expect(answered).toBe(false);
    finish();
    expect(await asked).toEqual({ ok: true });
    expect(injectReader).toHaveBeenCalledTimes(1);
  });

  test('a failed injection still sends the toggle, and the next one tries again', async () => {
    const injectReader = vi.fn(async () => Promise.reject(new Error('Missing host permission for the tab')));
    const sendToTab = vi.fn(async () => ({ ok: true, cleaned: true }));
    const { bg } = setup({ injectReader, sendToTab });
    await bg.handle(page, { tab: { id: 24 } });
    expect(await bg.onCommand(COMMAND_ID, { id: 24 })).toEqual({ ok: true, cleaned: true });
    // The toggle does not wait for the injection's answer: the next toggle after the failure is known.
    await new Promise((resolve) => setTimeout(resolve, 0));
    await bg.onCommand(COMMAND_ID, { id: 24 });
    expect(injectReader).toHaveBeenCalledTimes(2);
    expect(sendToTab).toHaveBeenCalledTimes(2);
  });
});

describe('文库 messages from the reader in a page', () => {
  test('library-save and library-status go to the library, with the sender\'s message as it was parsed', async () => {
    const library = vi.fn(async (_msg: LibraryMessage) => ({ ok: true as const, saved: true, key: 'doc:x', status: 'added' as const }));
    const { bg } = setup({ library });
    const msg = asBackgroundMessage({ type: 'sina-clean:library-save', article: { title: 't' }, pageUrl: 'https://finance.sina.com.cn/a/doc-ix.shtml', extra: 1 })!;
    expect(msg).toEqual({ type: 'sina-clean:library-save', article: { title: 't' }, pageUrl: 'https://finance.sina.com.cn/a/doc-ix.shtml' });
    expect(await bg.handle(msg, { tab: { id: 4 } })).toMatchObject({ ok: true, status: 'added' });
    const ref = { docId: 'ix', url: null, title: 't', publishedAt: null };
    await bg.handle(asBackgroundMessage({ type: 'sina-clean:library-status', ref: { ...ref, blocks: [] }, article: {} })!, { tab: { id: 4 } });
    expect(library.mock.calls.map(([m]) => m)).toEqual([msg, { type: 'sina-clean:library-status', ref, pageUrl: null }]);
    // A background without a library answers so, instead of leaving the reader waiting.
    expect(await setup().bg.handle(msg, {})).toMatchObject({ ok: false, reason: 'unavailable' });
  });
});

describe('background messages are typed and checked', () => {
  test('content messages: known types only; the timing runs are a bounded whole number', () => {
    expect(asContentMessage({ type: 'sina-clean:toggle', extra: 1 })).toEqual({ type: 'sina-clean:toggle' });
    expect(asContentMessage({ type: 'sina-clean:timings', extractRuns: 5 })).toEqual({ type: 'sina-clean:timings', extractRuns: 5 });
    expect(asContentMessage({ type: 'sina-clean:timings', extractRuns: 1e9 })).toEqual({ type: 'sina-clean:timings', extractRuns: 50 });
    expect(asContentMessage({ type: 'sina-clean:timings', extractRuns: 'x' })).toEqual({ type: 'sina-clean:timings', extractRuns: 0 });
    expect(asContentMessage({ type: 'sina-clean:toggle', locale: 'en' })).toEqual({ type: 'sina-clean:toggle', locale: 'en' });
    expect(asContentMessage({ type: 'sina-clean:clean', locale: 'zh_CN' })).toEqual({ type: 'sina-clean:clean', locale: 'zh_CN' });
    expect(asContentMessage({ type: 'sina-clean:clean', locale: 'fr' })).toEqual({ type: 'sina-clean:clean' });
    expect(asContentMessage({ type: 'sina-clean:restore', locale: 'en' })).toEqual({ type: 'sina-clean:restore' });
    expect(asContentMessage({ type: 'sina-clean:snapshot' })).toBeNull();
    expect(asContentMessage(null)).toBeNull();
  });

  test('known types with well-formed fields pass, anything else is not ours', () => {
    expect(asBackgroundMessage({ type: 'sina-clean:toggle', tabId: 3 })).toEqual({ type: 'sina-clean:toggle', tabId: 3 });
    expect(asBackgroundMessage({ type: 'sina-clean:page', recognised: 1, cleaned: true, extra: 'x' })).toEqual({
      type: 'sina-clean:page',
      recognised: false,
      cleaned: true,
    });
    for (const bad of [{ type: 'sina-clean:toggle' }, { type: 'sina-clean:toggle', tabId: '3' }, { type: 'sina-clean:toggle', tabId: 1.5 }, { type: 'sina-clean:extract', html: '' }, { type: 'other' }, 'sina-clean:page', null]) {
      expect(asBackgroundMessage(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
