/**
 * Background logic: the toolbar badge for each tab, the shortcut and the page menu item routed to
 * the tab's content script, and 文库's save / status for the reader in a page. The background
 * never extracts: the engine runs in the article's own tab, on demand, so one tab's page can never
 * hold up another.
 */
import type { LibraryMessage, LibraryReply } from '../library/protocol';
import type { ActionResult, BackgroundMessage, ContentMessage } from './messages';
import type { UiLocale } from './ui-locale';
import { assertNever } from './messages';

export const MENU_ID = 'sina-clean-toggle';
export const COMMAND_ID = 'toggle-reader';

interface TabLike {
  id?: number;
}

interface SenderLike {
  tab?: TabLike;
  frameId?: number;
}

/** 'refused': the shortcut was used on a page the extension does not run on (shown for a moment). */
export type BadgeState = 'none' | 'recognised' | 'cleaned' | 'refused';

export interface BackgroundDeps {
  sendToTab: (tabId: number, msg: Extract<ContentMessage, { type: 'sina-clean:toggle' }>) => Promise<unknown>;
  /** The `_locales` table the i18n API reads here (src/ext/strings.ts `localeOf`), sent with the toggle; null or absent: not sent. */
  locale?: () => UiLocale | null;
  activeTab: () => Promise<TabLike | undefined>;
  setBadge: (tabId: number, state: BadgeState) => Promise<void>;
  /** How long the 'refused' badge stays before the tab's own state comes back. */
  refusedMs?: number;
  /**
   * Firefox: injects the reader chunk (or its second chunk, `part` 'extras') into a tab's frame
   * (tabs.executeScript); absent where they are imported.
   */
  injectReader?: (tabId: number, frameId: number, part?: 'extras') => Promise<unknown>;
  /** 文库: answers a library message (src/library/messages.ts, which opens the extension's IndexedDB). */
  library?: (msg: LibraryMessage) => Promise<LibraryReply>;
}

export interface BackgroundController {
  handle(msg: BackgroundMessage, sender: SenderLike): Promise<unknown>;
  onCommand(command: string, tab?: TabLike): Promise<ActionResult>;
  onMenuClick(info: { menuItemId: string | number }, tab?: TabLike): Promise<ActionResult>;
  /** The tab loads another page: its last reported state no longer holds. */
  onTabNavigated(tabId: number): void;
  onTabRemoved(tabId: number): void;
}

export function createBackground(deps: BackgroundDeps): BackgroundController {
  /** Last badge state each tab's content script reported. */
  const states = new Map<number, BadgeState>();
  /** Firefox: the reader chunk put into a tab's top frame (or on its way there), until the tab navigates. */
  const injected = new Map<number, Promise<unknown>>();

  /** Injects the reader chunk into a tab's frame once (the top frame's injection is remembered). */
  function inject(tabId: number, frameId: number): Promise<unknown> {
    if (frameId !== 0) return deps.injectReader!(tabId, frameId);
    let p = injected.get(tabId);
    if (!p) {
      p = deps.injectReader!(tabId, 0);
      injected.set(tabId, p);
      p.catch(() => injected.get(tabId) === p && injected.delete(tabId));
    }
    return p;
  }

  async function toggleIn(tab?: TabLike): Promise<ActionResult> {
    const target = tab?.id !== undefined ? tab : await deps.activeTab();
    if (target?.id === undefined) return { ok: false, cleaned: false, reason: 'not-a-candidate', error: 'no tab' };
    const id = target.id;
    // Firefox: a page whose content script has reported itself and is not showing the reader gets
    // the reader chunk with the toggle (the content script then finds it in its scope): one round
    // trip fewer than the content script asking for it. The toggle follows the injection without
    // waiting for its answer (the tab runs the script it received first; a toggle that overtook it
    // finds no chunk and asks, and gets this same injection). A failure leaves that asking to the page.
    const state = states.get(id);
    if (deps.injectReader && state !== undefined && state !== 'cleaned' && state !== 'refused') void inject(id, 0).catch(() => undefined);
    try {
      const locale = deps.locale?.() ?? null;
      const r = (await deps.sendToTab(id, locale ? { type: 'sina-clean:toggle', locale } : { type: 'sina-clean:toggle' })) as ActionResult | undefined;
      if (r) return r;
    } catch {
      /* no content script there: not a Sina article URL */
    }
    // Nothing in the page can say so: the badge does, for a moment.
    await deps.setBadge(id, 'refused').catch(() => undefined);
    setTimeout(() => void deps.setBadge(id, states.get(id) ?? 'none').catch(() => undefined), deps.refusedMs ?? 4000);
    return { ok: false, cleaned: false, reason: 'not-a-candidate', error: 'not a page the extension runs on' };
  }

  return {
    handle(msg, sender) {
      switch (msg.type) {
        case 'sina-clean:page': {
          const tabId = sender.tab?.id;
          if (tabId === undefined) return Promise.resolve({ ok: false });
          const state: BadgeState = msg.cleaned ? 'cleaned' : msg.recognised ? 'recognised' : 'none';
          states.set(tabId, state);
          return deps.setBadge(tabId, state).then(() => ({ ok: true }));
        }
        case 'sina-clean:toggle':
          // From extension pages (runtime messages come only from this extension's own contexts).
          return toggleIn({ id: msg.tabId });
        case 'sina-clean:load-reader': {
          const tabId = sender.tab?.id;
          if (tabId === undefined || !deps.injectReader) return Promise.resolve({ ok: false });
          // The second chunk is asked for once per page (the reader keeps it), so it is not remembered here.
          const injecting = msg.part === 'extras' ? deps.injectReader(tabId, sender.frameId ?? 0, 'extras') : inject(tabId, sender.frameId ?? 0);
          return injecting.then(
            () => ({ ok: true }),
            (e: unknown) => ({ ok: false, message: String((e as Error)?.message ?? e) }),
          );
        }
        case 'sina-clean:library-save':
        case 'sina-clean:library-status':
          return deps.library
            ? deps.library(msg)
            : Promise.resolve<LibraryReply>({ ok: false, reason: 'unavailable', message: 'no library here' });
        default:
          return assertNever(msg);
      }
    },
    onCommand(command, tab) {
      return command === COMMAND_ID ? toggleIn(tab) : Promise.resolve({ ok: false, cleaned: false });
    },
    onMenuClick(info, tab) {
      return info.menuItemId === MENU_ID ? toggleIn(tab) : Promise.resolve({ ok: false, cleaned: false });
    },
    onTabNavigated(tabId) {
      states.delete(tabId);
      injected.delete(tabId);
    },
    onTabRemoved(tabId) {
      states.delete(tabId);
      injected.delete(tabId);
    },
  };
}
