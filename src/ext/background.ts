/**
 * Background logic: runs the engine on page snapshots, keeps the last Article per tab, sets the
 * toolbar badge, and routes the shortcut and context-menu item to the tab's content script.
 */
import type { Article, ExtractOptions } from '../article';
import { ExtractError } from '../article';
import type { ExtractResult, Snapshot } from './messages';

export const MENU_ID = 'sina-clean-toggle';
export const COMMAND_ID = 'toggle-reader';

interface TabLike {
  id?: number;
}

export type BadgeState = 'none' | 'recognised' | 'cleaned';

export interface BackgroundDeps {
  extract: (html: string, options?: ExtractOptions) => Article;
  sendToTab: (tabId: number, msg: unknown) => Promise<unknown>;
  activeTab: () => Promise<TabLike | undefined>;
  setBadge: (tabId: number, state: BadgeState) => Promise<void>;
}

export interface BackgroundController {
  extractPage(html: string, url: string, tabId?: number): ExtractResult;
  articleForTab(tabId: number): Promise<ExtractResult>;
  handle(msg: { type: string } & Record<string, unknown>, sender: { tab?: TabLike }): Promise<unknown> | undefined;
  onCommand(command: string, tab?: TabLike): Promise<void>;
  onMenuClick(info: { menuItemId: string | number }, tab?: TabLike): Promise<void>;
  onTabNavigated(tabId: number): void;
  onTabRemoved(tabId: number): void;
}

export function createBackground(deps: BackgroundDeps): BackgroundController {
  const cache = new Map<number, { url: string; article: Article }>();

  function extractPage(html: string, url: string, tabId?: number): ExtractResult {
    try {
      const article = deps.extract(html, { url });
      if (tabId !== undefined) cache.set(tabId, { url, article });
      return { ok: true, article };
    } catch (e) {
      if (e instanceof ExtractError) return { ok: false, reason: e.reason, message: e.message };
      return { ok: false, reason: 'error', message: String((e as Error)?.message ?? e) };
    }
  }

  async function articleForTab(tabId: number): Promise<ExtractResult> {
    let snap: Snapshot | undefined;
    try {
      snap = (await deps.sendToTab(tabId, { type: 'sina-clean:snapshot' })) as Snapshot | undefined;
    } catch {
      snap = undefined;
    }
    if (!snap) return { ok: false, reason: 'no-page', message: 'not a recognised article page' };
    if (snap.article) return { ok: true, article: snap.article };
    const hit = cache.get(tabId);
    if (hit && hit.url === snap.url) return { ok: true, article: hit.article };
    return extractPage(snap.html, snap.url, tabId);
  }

  async function toggleIn(tab?: TabLike): Promise<unknown> {
    const target = tab?.id !== undefined ? tab : await deps.activeTab();
    if (target?.id === undefined) return { ok: false, cleaned: false, error: 'no tab' };
    try {
      return await deps.sendToTab(target.id, { type: 'sina-clean:toggle' });
    } catch {
      return { ok: false, cleaned: false, error: 'not a page the extension runs on' };
    }
  }

  return {
    extractPage,
    articleForTab,
    handle(msg, sender) {
      const tabId = sender.tab?.id;
      switch (msg.type) {
        case 'sina-clean:extract':
          return Promise.resolve(extractPage(String(msg.html ?? ''), String(msg.url ?? ''), tabId));
        case 'sina-clean:article':
          return articleForTab(Number(msg.tabId));
        case 'sina-clean:toggle':
          // From extension pages only; content scripts never send it.
          return typeof msg.tabId === 'number' ? toggleIn({ id: msg.tabId }) : undefined;
        case 'sina-clean:recognised': {
          if (tabId === undefined) return Promise.resolve({ ok: false });
          const state: BadgeState = msg.cleaned ? 'cleaned' : msg.recognised ? 'recognised' : 'none';
          return deps.setBadge(tabId, state).then(() => ({ ok: true }));
        }
        default:
          return undefined;
      }
    },
    async onCommand(command, tab) {
      if (command === COMMAND_ID) await toggleIn(tab);
    },
    async onMenuClick(info, tab) {
      if (info.menuItemId === MENU_ID) await toggleIn(tab);
    },
    onTabNavigated(tabId) {
      cache.delete(tabId);
    },
    onTabRemoved(tabId) {
      cache.delete(tabId);
    },
  };
}
