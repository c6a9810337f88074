/**
 * The background's logic: runs the extraction engine on page HTML the content script sends,
 * keeps the last result per tab, sets the toolbar badge, and routes the clean/restore triggers
 * (popup, keyboard command, context menu, auto-clean).
 */
import { browser } from 'wxt/browser';
import { ExtractError } from '../article';
import { extract } from '../engine/extract';
import { t } from './i18n';
import type { ArticleResult, ContentState, LoadedReply, PageSnapshot } from './messages';
import { isMessage } from './messages';
import { ARTICLE_MATCHES } from './patterns';
import { loadSettings } from './settings';

export const COMMAND_TOGGLE = 'toggle-reader';
export const MENU_TOGGLE = 'sina-clean-toggle';

/** Last extraction per tab, keyed by the URL it was made from. */
const cache = new Map<number, { url: string; result: ArticleResult }>();

export function clearCache(): void {
  cache.clear();
}

/** Runs the engine; every failure becomes a reason the UI can explain. */
export function analyse(html: string, url: string): ArticleResult {
  try {
    return { ok: true, article: extract(html, { url }) };
  } catch (err) {
    if (err instanceof ExtractError) return { ok: false, reason: err.reason, message: err.message };
    return { ok: false, reason: 'error', message: err instanceof Error ? err.message : String(err) };
  }
}

type ActionApi = {
  setBadgeText(d: { tabId?: number; text: string }): Promise<void> | void;
  setBadgeBackgroundColor(d: { tabId?: number; color: string }): Promise<void> | void;
  setTitle(d: { tabId?: number; title: string }): Promise<void> | void;
};

function actionApi(): ActionApi | undefined {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return b.action ?? b.browserAction;
}

/** Badge "✓" and a tooltip on tabs where an article was recognised; cleared otherwise. */
export async function setBadge(tabId: number, recognised: boolean): Promise<void> {
  const api = actionApi();
  if (!api) return;
  try {
    await api.setBadgeText({ tabId, text: recognised ? '✓' : '' });
    if (recognised) await api.setBadgeBackgroundColor({ tabId, color: '#2e7d32' });
    await api.setTitle({ tabId, title: recognised ? t('badgeRecognised') : t('extName') });
  } catch {
    // The tab may have closed meanwhile.
  }
}

async function tabState(tabId: number): Promise<(ContentState & { url?: string }) | null> {
  try {
    return ((await browser.tabs.sendMessage(tabId, { type: 'sina-clean:state' })) as ContentState) ?? null;
  } catch {
    return null;
  }
}

/** The article in a tab: from the cache when the URL is unchanged, else from fresh page HTML. */
export async function articleForTab(tabId: number): Promise<ArticleResult> {
  const state = await tabState(tabId);
  if (!state) return { ok: false, reason: 'no-content-script', message: 'not a Sina article page' };
  const hit = cache.get(tabId);
  if (hit && state.url && hit.url === state.url) return hit.result;
  let page: PageSnapshot;
  try {
    page = (await browser.tabs.sendMessage(tabId, { type: 'sina-clean:page' })) as PageSnapshot;
  } catch {
    return { ok: false, reason: 'no-content-script', message: 'not a Sina article page' };
  }
  const result = analyse(page.html, page.url);
  cache.set(tabId, { url: page.url, result });
  return result;
}

/** Content script reports a page load: recognise, badge, and maybe clean at once. */
export async function onPageLoaded(tabId: number | undefined, html: string, url: string): Promise<LoadedReply> {
  const result = analyse(html, url);
  if (tabId !== undefined) {
    cache.set(tabId, { url, result });
    await setBadge(tabId, result.ok);
  }
  if (!result.ok) return { recognised: false, autoClean: null };
  const settings = await loadSettings();
  return { recognised: true, autoClean: settings.autoClean ? result.article : null };
}

/** Clean when showing the page, restore when showing the reader. Returns the new state. */
export async function toggle(tabId: number): Promise<ContentState | null> {
  const state = await tabState(tabId);
  if (!state) return null;
  if (state.cleaned) {
    return (await browser.tabs.sendMessage(tabId, { type: 'sina-clean:restore' })) as ContentState;
  }
  const result = await articleForTab(tabId);
  if (!result.ok) return state;
  return (await browser.tabs.sendMessage(tabId, { type: 'sina-clean:show', article: result.article })) as ContentState;
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function handleMessage(message: unknown, senderTabId: number | undefined): Promise<unknown> {
  if (!isMessage(message)) return undefined;
  const m = message as { type: string; tabId?: number; html?: string; url?: string };
  switch (m.type) {
    case 'sina-clean:loaded':
      return onPageLoaded(senderTabId, m.html ?? '', m.url ?? '');
    case 'sina-clean:article':
      return articleForTab(m.tabId!);
    case 'sina-clean:toggle':
      return toggle(m.tabId!);
    default:
      return undefined;
  }
}

function createMenu(): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  try {
    void menus.removeAll().then(() =>
      menus.create({
        id: MENU_TOGGLE,
        title: t('menuToggle'),
        contexts: ['page'],
        documentUrlPatterns: [...ARTICLE_MATCHES],
      }),
    );
  } catch {
    // Menus are optional; the popup and the shortcut still work.
  }
}

export function startBackground(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (r: unknown) => void) => {
    if (!isMessage(message)) return undefined;
    handleMessage(message, sender.tab?.id).then(sendResponse, (err: unknown) =>
      sendResponse({ ok: false, reason: 'error', message: String(err) }),
    );
    return true;
  });
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup?.addListener(createMenu);
  browser.contextMenus?.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_TOGGLE && tab?.id !== undefined) void toggle(tab.id);
  });
  browser.commands?.onCommand.addListener((command: string, tab?: { id?: number }) => {
    if (command !== COMMAND_TOGGLE) return;
    void (async () => {
      const id = tab?.id ?? (await activeTabId());
      if (id !== undefined) await toggle(id);
    })();
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      cache.delete(tabId);
      void setBadge(tabId, false);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => cache.delete(tabId));
}
