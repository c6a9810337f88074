import type { Article, ExtractErrorReason } from '../article';

/** Messages the content script answers (sent with tabs.sendMessage). */
export type ContentMessage =
  | { type: 'sina-clean:state' }
  | { type: 'sina-clean:clean' }
  | { type: 'sina-clean:restore' }
  | { type: 'sina-clean:toggle' }
  | { type: 'sina-clean:show'; article: Article }
  | { type: 'sina-clean:snapshot' };

/** Messages the background answers (sent with runtime.sendMessage). */
export type BackgroundMessage =
  /** From the content script: its page is (or is not) a recognised article; sets the badge. */
  | { type: 'sina-clean:recognised'; recognised: boolean; cleaned: boolean }
  /** From the content script: run the engine on this page snapshot. */
  | { type: 'sina-clean:extract'; html: string; url: string }
  /** From the popup: the Article of a tab (asks that tab's content script for its page). */
  | { type: 'sina-clean:article'; tabId: number }
  /** From extension pages: clean or restore a tab (what the shortcut and the menu item do). */
  | { type: 'sina-clean:toggle'; tabId: number };

/** The content script's answer to `sina-clean:state`. */
export interface PageState {
  /** The engine found an article on the page. */
  recognised: boolean;
  /** The reader view is shown. */
  cleaned: boolean;
  /** The URL is a Sina article URL (the engine's verdict may still be pending). */
  candidate: boolean;
  /** The engine has not answered yet. */
  pending: boolean;
  /** The article title once known, else document.title. */
  title: string;
}

export interface Snapshot {
  html: string;
  url: string;
  /** Set when the content script already holds the Article (e.g. the page is cleaned). */
  article?: Article;
}

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: ExtractErrorReason | 'no-page' | 'error'; message: string };

export interface ActionResult {
  ok: boolean;
  cleaned: boolean;
  error?: string;
}

export function isOurMessage(msg: unknown): msg is { type: string } {
  return (
    typeof msg === 'object' &&
    msg !== null &&
    typeof (msg as { type?: unknown }).type === 'string' &&
    (msg as { type: string }).type.startsWith('sina-clean:')
  );
}

type Listener = (msg: unknown, sender: unknown, sendResponse?: (r: unknown) => void) => unknown;
interface OnMessageEvent {
  addListener(l: Listener): void;
}

/**
 * Registers an async handler for our messages on a runtime.onMessage event. Answers through
 * sendResponse (works in Chrome and Firefox) and also returns the promise (for test doubles
 * that read the listener's return value). Messages that are not ours are left to others.
 */
export function listen<S>(
  event: OnMessageEvent,
  handler: (msg: { type: string } & Record<string, unknown>, sender: S) => Promise<unknown> | undefined,
): void {
  event.addListener((msg, sender, sendResponse) => {
    if (!isOurMessage(msg)) return undefined;
    const p = handler(msg as { type: string } & Record<string, unknown>, sender as S);
    if (!p) return undefined;
    const safe = p.catch((e: unknown) => ({ ok: false, reason: 'error', message: String((e as Error)?.message ?? e) }));
    if (typeof sendResponse === 'function') {
      void safe.then(sendResponse);
      return true;
    }
    return safe;
  });
}
