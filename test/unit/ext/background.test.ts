import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { ExtractError, type Article } from '../../../src/article';
import { extract } from '../../../src/engine/extract';
import { COMMAND_ID, createBackground, MENU_ID, type BackgroundDeps } from '../../../src/ext/background';
import type { ExtractResult } from '../../../src/ext/messages';
import { makeArticle } from './helpers';

const FIXTURE = 'news_20180928_ifxeuwwr9250746';
const FIXTURE_URL = 'https://news.sina.com.cn/c/2018-09-28/doc-ifxeuwwr9250746.shtml';

function setup(over: Partial<BackgroundDeps> = {}) {
  const deps: BackgroundDeps = {
    extract: vi.fn((html: string) => {
      if (html.includes('NOT-AN-ARTICLE')) throw new ExtractError('not-an-article', 'no article body found on the page');
      if (html.includes('CRASH')) throw new TypeError('boom');
      return makeArticle({ title: html.slice(0, 10) });
    }),
    sendToTab: vi.fn(async () => undefined),
    activeTab: vi.fn(async () => ({ id: 7 })),
    setBadge: vi.fn(async () => undefined),
    ...over,
  };
  return { deps, bg: createBackground(deps) };
}

describe('background', () => {
  test('runs the real engine on a fixture page sent by the content script', async () => {
    const { bg } = setup({ extract });
    const html = readFileSync(new URL(`../../../fixtures/pages/${FIXTURE}.html`, import.meta.url), 'utf8');
    const res = (await bg.handle({ type: 'sina-clean:extract', html, url: FIXTURE_URL }, { tab: { id: 3 } })) as ExtractResult;
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.article.title).toContain('35人列入旅游');
    expect(res.article.url).toBe(FIXTURE_URL);
    expect(res.article.blocks.length).toBeGreaterThan(0);
  });

  test('engine errors become reasons, never exceptions', async () => {
    const { bg } = setup();
    expect(bg.extractPage('NOT-AN-ARTICLE', 'https://x')).toEqual({
      ok: false,
      reason: 'not-an-article',
      message: 'no article body found on the page',
    });
    expect(bg.extractPage('CRASH', 'https://x')).toMatchObject({ ok: false, reason: 'error', message: 'boom' });
  });

  test('the popup gets a tab\'s Article: from the content script\'s snapshot, then from the cache', async () => {
    const sendToTab = vi.fn(async (_tab: number, msg: unknown) =>
      (msg as { type: string }).type === 'sina-clean:snapshot' ? { html: '<p>页面一</p>', url: 'https://a' } : undefined,
    );
    const { bg, deps } = setup({ sendToTab });
    const first = (await bg.handle({ type: 'sina-clean:article', tabId: 4 }, {})) as ExtractResult;
    expect(first).toMatchObject({ ok: true, article: { title: '<p>页面一</p>' } });
    await bg.handle({ type: 'sina-clean:article', tabId: 4 }, {});
    expect(deps.extract).toHaveBeenCalledTimes(1);
    bg.onTabNavigated(4);
    await bg.handle({ type: 'sina-clean:article', tabId: 4 }, {});
    expect(deps.extract).toHaveBeenCalledTimes(2);
  });

  test('a cleaned tab hands over its Article; a tab without content script is "no-page"', async () => {
    const article: Article = makeArticle({ title: '已净化' });
    const { bg, deps } = setup({
      sendToTab: vi.fn(async (tab: number) => {
        if (tab === 1) return { html: '', url: 'https://a', article };
        throw new Error('Could not establish connection. Receiving end does not exist.');
      }),
    });
    expect(await bg.articleForTab(1)).toEqual({ ok: true, article });
    expect(await bg.articleForTab(2)).toMatchObject({ ok: false, reason: 'no-page' });
    expect(deps.extract).not.toHaveBeenCalled();
  });

  test('extractions from different tabs do not mix', async () => {
    const { bg } = setup({
      sendToTab: vi.fn(async (tab: number) => ({ html: `<p>tab${tab}</p>`, url: `https://t/${tab}` })),
    });
    await bg.handle({ type: 'sina-clean:extract', html: 'AAAAAAAAAAAA', url: 'https://t/1' }, { tab: { id: 1 } });
    await bg.handle({ type: 'sina-clean:extract', html: 'BBBBBBBBBBBB', url: 'https://t/2' }, { tab: { id: 2 } });
    expect(await bg.articleForTab(1)).toMatchObject({ article: { title: 'AAAAAAAAAA' } });
    expect(await bg.articleForTab(2)).toMatchObject({ article: { title: 'BBBBBBBBBB' } });
  });

  test('badge follows what the content script reports', async () => {
    const { bg, deps } = setup();
    await bg.handle({ type: 'sina-clean:recognised', recognised: true, cleaned: false }, { tab: { id: 9 } });
    await bg.handle({ type: 'sina-clean:recognised', recognised: true, cleaned: true }, { tab: { id: 9 } });
    await bg.handle({ type: 'sina-clean:recognised', recognised: false, cleaned: false }, { tab: { id: 9 } });
    expect(vi.mocked(deps.setBadge).mock.calls).toEqual([[9, 'recognised'], [9, 'cleaned'], [9, 'none']]);
    expect(await bg.handle({ type: 'sina-clean:recognised', recognised: true, cleaned: false }, {})).toEqual({ ok: false });
  });

  test('shortcut, menu item and extension pages toggle the right tab', async () => {
    const sendToTab = vi.fn(async () => ({ ok: true, cleaned: true }));
    const { bg } = setup({ sendToTab });
    await bg.onCommand(COMMAND_ID, { id: 11 });
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

  test('messages that are not ours are left to other listeners', () => {
    const { bg } = setup();
    expect(bg.handle({ type: 'sina-clean:unknown' }, {})).toBeUndefined();
    expect(bg.handle({ type: 'sina-clean:toggle' }, {})).toBeUndefined();
  });
});
