/**
 * The messages between the extension's parts, as typed unions. Every handler switches over the
 * `type` with a `never` check, so a message added here and handled nowhere fails the type check.
 * Messages arrive untyped from the browser: `asContentMessage` / `asBackgroundMessage` let through
 * only known types with well-formed fields.
 */
import type { Article, ExtractErrorReason } from '../article';
import { asLibraryMessage, type LibraryMessage } from '../library/protocol';
import { isUiLocale, type UiLocale } from './ui-locale';

/** Messages the content script answers (tabs.sendMessage from the popup and the background). */
export type ContentMessage =
  /** → PageState */
  | { type: 'sina-clean:state' }
  /** → ExtractResult: the page's Article, extracted now if not yet (the popup's request). */
  | { type: 'sina-clean:article' }
  /**
   * → ActionResult. `locale`: the `_locales` table the sender's i18n API reads (src/ext/strings.ts
   * `localeOf`), so the reader reads its strings from its own copy instead of the API.
   */
  | { type: 'sina-clean:clean'; locale?: UiLocale }
  | { type: 'sina-clean:restore' }
  /** What the shortcut and the menu item do: clean, or restore when cleaned; tells the user when it cannot. `locale`: as for clean. */
  | { type: 'sina-clean:toggle'; locale?: UiLocale }
  /**
   * → Timings: what the content script's work on this page cost, measured as it ran (the benchmark
   * reads it); with `extractRuns`, the page is extracted that many times more (warm) and timed.
   */
  | { type: 'sina-clean:timings'; extractRuns?: number };

/** Messages the background answers (runtime.sendMessage). */
export type BackgroundMessage =
  /** From the content script: what its page is now (sets the toolbar badge). → { ok } */
  | { type: 'sina-clean:page'; recognised: boolean; cleaned: boolean }
  /** From extension pages: clean or restore a tab, as the shortcut and the menu item do. → ActionResult */
  | { type: 'sina-clean:toggle'; tabId: number }
  /**
   * From the content script (Firefox): put the reader chunk (or its second chunk, the copy
   * formats: `part: 'extras'`) into my frame. → { ok }
   */
  | { type: 'sina-clean:load-reader'; part?: 'extras' }
  /**
   * From the reader in a page (it cannot open the extension's IndexedDB): save an Article to 文库,
   * or ask whether it is there. → LibraryReply (src/library/protocol.ts)
   */
  | LibraryMessage;

export type AnyMessage = ContentMessage | BackgroundMessage;

/** The content script's answer to `sina-clean:state`. */
export interface PageState {
  /** The URL is a Sina article URL (the content script runs here). */
  candidate: boolean;
  /** A page family's body marker is on the page (the cheap check on load; the engine has not run). */
  recognised: boolean;
  /** The reader view is shown. */
  cleaned: boolean;
  /** What extraction gave, once it ran: 'ok' or the failure; 'none' before anyone asked. */
  extraction: 'none' | 'ok' | 'failed';
  /** The article title once known, else document.title. */
  title: string;
}

/** Milliseconds, measured with performance.now() in the page around the real work. */
export interface Timings {
  /** The checks on page load (URL shape, one querySelector for a body marker). */
  loadMs: number;
  /** Loading the reader chunk (import()), once the user asked. */
  chunkMs: number | null;
  /** Of that, evaluating the chunk's modules (their top-level code), as the chunk measured it. */
  chunkEvalMs: number | null;
  /** The first extraction in this page (digest + engine): cold. */
  extractMs: number | null;
  /**
   * Of that, the digest: the live page's parts copied into the engine's tree (in Firefox, through
   * the content script's wrappers). Absent until the reader chunk is loaded (the chunk reports it).
   */
  digestMs?: number | null;
  /** Building and showing the reader, the first time. */
  showMs: number | null;
  /** The extra extractions asked for with `extractRuns` (warm). */
  warmExtractMs: number[];
  /**
   * When the first clean (or toggle) reached this script, and when the reader it asked for was in
   * the page (epoch ms: `performance.timeOrigin + performance.now()`, comparable with the sender's
   * clock), so the benchmark can tell messaging and the wait for paint from the work here.
   */
  askedAt: number | null;
  shownAt: number | null;
}

/** Why extraction failed: the engine's reasons, plus the extension's own. */
export type FailureReason = ExtractErrorReason | 'not-a-candidate' | 'error';

export type ExtractResult = { ok: true; article: Article } | { ok: false; reason: FailureReason; message: string };

export interface ActionResult {
  ok: boolean;
  cleaned: boolean;
  /** Set when ok is false: why (a FailureReason), for the caller to word. */
  reason?: FailureReason;
  error?: string;
}

/** Reasons that mean "the page is too large or malformed" to the user. */
export const TOO_LARGE_REASONS: readonly FailureReason[] = ['too-large', 'too-complex', 'timeout', 'unreadable', 'error'];

/** The i18n key that explains a failure to the user. */
export function failureMessageKey(reason: FailureReason): 'failTooLarge' | 'failNotArticle' {
  return TOO_LARGE_REASONS.includes(reason) ? 'failTooLarge' : 'failNotArticle';
}

/** For `default:` branches: a compile-time proof that every case was handled. */
export function assertNever(x: never): never {
  throw new Error(`unhandled message ${JSON.stringify(x)}`);
}

const CONTENT_TYPES = new Set<ContentMessage['type']>([
  'sina-clean:state',
  'sina-clean:article',
  'sina-clean:clean',
  'sina-clean:restore',
  'sina-clean:toggle',
  'sina-clean:timings',
]);

/** The message as a ContentMessage, or null when it is not one. */
export function asContentMessage(msg: unknown): ContentMessage | null {
  const m = msg as { type?: unknown; extractRuns?: unknown; locale?: unknown } | null;
  const type = m?.type;
  if (typeof type !== 'string' || !CONTENT_TYPES.has(type as ContentMessage['type'])) return null;
  if (type === 'sina-clean:timings') {
    const runs = typeof m!.extractRuns === 'number' && Number.isInteger(m!.extractRuns) ? Math.min(Math.max(m!.extractRuns, 0), 50) : 0;
    return { type, extractRuns: runs };
  }
  if ((type === 'sina-clean:toggle' || type === 'sina-clean:clean') && isUiLocale(m!.locale)) return { type, locale: m!.locale };
  return { type } as ContentMessage;
}

/** The message as a BackgroundMessage, or null when it is not one (or its fields are malformed). */
export function asBackgroundMessage(msg: unknown): BackgroundMessage | null {
  if (typeof msg !== 'object' || msg === null) return null;
  const m = msg as Record<string, unknown>;
  switch (m.type) {
    case 'sina-clean:page':
      return { type: 'sina-clean:page', recognised: m.recognised === true, cleaned: m.cleaned === true };
    case 'sina-clean:toggle':
      return typeof m.tabId === 'number' && Number.isInteger(m.tabId) ? { type: 'sina-clean:toggle', tabId: m.tabId } : null;
    case 'sina-clean:load-reader':
      return m.part === 'extras' ? { type: 'sina-clean:load-reader', part: 'extras' } : { type: 'sina-clean:load-reader' };
    default:
      return asLibraryMessage(m);
  }
}

type Listener = (msg: unknown, sender: unknown, sendResponse?: (r: unknown) => void) => unknown;
interface OnMessageEvent {
  addListener(l: Listener): void;
}

/**
 * Registers an async handler on a runtime.onMessage event for the messages `parse` accepts.
 * Answers through sendResponse (works in Chrome and Firefox) and also returns the promise (for
 * test doubles that read the listener's return value). Messages that are not ours are left to
 * others; a handler that throws answers `{ ok: false, reason: 'error', message }`.
 */
export function listen<M, S>(
  event: OnMessageEvent,
  parse: (msg: unknown) => M | null,
  handler: (msg: M, sender: S) => Promise<unknown> | undefined,
): void {
  event.addListener((raw, sender, sendResponse) => {
    const msg = parse(raw);
    if (msg === null) return undefined;
    let p: Promise<unknown> | undefined;
    try {
      p = handler(msg, sender as S);
    } catch (e) {
      p = Promise.reject(e);
    }
    if (!p) return undefined;
    const safe = p.catch((e: unknown) => ({ ok: false, reason: 'error', message: String((e as Error)?.message ?? e) }));
    if (typeof sendResponse === 'function') {
      void safe.then(sendResponse);
      return true;
    }
    return safe;
  });
}

/**
 * An Article as plain data, for a message. The engine writes `markdown` when it is first read (an
 * accessor); Firefox's extension messaging copies only data properties, so an Article sent as it
 * is arrives without its Markdown. Every message that carries an Article sends this copy.
 */
export function articleData<T extends object>(article: T): T {
  return { ...article };
}
