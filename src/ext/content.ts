/**
 * The always-injected content script's logic. On page load it only looks: the URL (the hosts
 * table) and one querySelector for a page family's body marker; it reports that to the toolbar
 * badge and does nothing else until asked. The engine and the reader view live in a chunk loaded
 * on demand (popup opened, clean, shortcut, menu, or auto-clean on): extraction runs in this tab,
 * on the live page, and can never hold up another tab.
 *
 * Imports are limited by an ESLint rule: no engine, no cheerio, no storage library, no reader chunk
 * (types only), so this script stays small (a build check fails it over 20 KB minified).
 */
import type { ActionResult, BackgroundMessage, ContentMessage, ExtractResult, PageState, Timings } from './messages';
import { articleData, assertNever, failureMessageKey } from './messages';
import { libraryViaBackground } from './library-client';
import { pageFamily } from './page-parts';
import { pageToast } from './page-toast';
import { normalizeSettings, type Settings } from './settings';
import { isArticleUrl } from './urls';
import type { UiLocale } from './ui-locale';
import type { ReaderChunk, ReaderHost, ReaderSession } from './reader/types';

export { READER_CHUNK_PATH, READER_EXTRAS_GLOBAL, READER_EXTRAS_PATH, READER_GLOBAL } from './chunks';

export interface ContentDeps extends Omit<ReaderHost, 'onChange' | 'library'> {
  /** runtime.sendMessage to the background (also 文库's save and status: this script cannot open its storage). */
  send: (msg: BackgroundMessage) => Promise<unknown>;
  /** Loads the reader chunk (engine + reader view). */
  loadReader: () => Promise<ReaderChunk>;
}

export interface ContentController {
  /** The URL is a Sina article URL. */
  readonly candidate: boolean;
  /** A body marker is on the page. */
  readonly recognised: boolean;
  readonly cleaned: boolean;
  state(): PageState;
  article(): Promise<ExtractResult>;
  clean(): Promise<ActionResult>;
  restore(): ActionResult;
  /** Shortcut and menu: clean or restore, and say so on the page when that is not possible. */
  toggle(): Promise<ActionResult>;
  handle(msg: ContentMessage): Promise<unknown>;
  /** Settings changed elsewhere (options page, another tab). */
  applySettings(s: Settings): void;
  /** The system colour scheme changed. */
  refresh(): void;
  /** Reports the page to the badge; cleans when auto-clean is on. */
  start(): Promise<void>;
  /** What the work on this page cost (see Timings). */
  timings(extractRuns?: number): Promise<Timings>;
}

export function createContentController(deps: ContentDeps): ContentController {
  const { doc } = deps;
  const t0 = performance.now();
  const candidate = isArticleUrl(deps.url);
  const recognised = candidate && pageFamily(doc) !== null;
  const loadMs = performance.now() - t0;
  let chunkMs: number | null = null;
  let askedAt: number | null = null;
  let session: ReaderSession | null = null;
  let loading: Promise<ReaderSession> | null = null;
  let settings: Promise<Settings> | null = null;
  /** The `_locales` table the sender's i18n API reads, from the last clean or toggle that said (see src/ext/strings.ts). */
  let locale: UiLocale | null = null;
  /** Read once (in parallel with the chunk when the user asks), then kept current by the watcher. */
  const currentSettings = () => (settings ??= deps.loadSettings().catch(() => normalizeSettings(null)));

  // Never throws: after an extension reload/update the runtime is gone and the page must not see errors.
  const report = () =>
    deps
      .send({ type: 'sina-clean:page', recognised: recognised || session?.result?.ok === true, cleaned: session?.cleaned ?? false })
      .catch(() => undefined);

  function reader(): Promise<ReaderSession> {
    const t = performance.now();
    // The settings are read while the chunk loads; the session waits for them only when it shows
    // the reader, after extracting, so reading storage (a round trip to the browser) overlaps the
    // extraction even when the chunk is there at once (Firefox: injected with the toggle).
    void currentSettings();
    loading ??= deps.loadReader().then(
      (chunk) => {
        chunkMs = performance.now() - t;
        return (session = chunk.openSession({
          ...deps,
          loadSettings: currentSettings,
          locale: () => locale,
          library: libraryViaBackground(deps.send),
          onChange: () => void report(),
        }));
      },
      (e: unknown) => {
        loading = null;
        throw e;
      },
    );
    return loading;
  }

  async function article(): Promise<ExtractResult> {
    if (!candidate) return { ok: false, reason: 'not-a-candidate', message: 'not a Sina article URL' };
    try {
      const res = (await reader()).article();
      if (!recognised && res.ok) void report();
      return res.ok ? { ...res, article: articleData(res.article) } : res;
    } catch (e) {
      return { ok: false, reason: 'error', message: String((e as Error)?.message ?? e) };
    }
  }

  async function clean(): Promise<ActionResult> {
    if (!candidate) return { ok: false, cleaned: false, reason: 'not-a-candidate' };
    askedAt ??= performance.timeOrigin + performance.now();
    try {
      return await (await reader()).show();
    } catch (e) {
      return { ok: false, cleaned: false, reason: 'error', error: String((e as Error)?.message ?? e) };
    }
  }

  function tell(r: ActionResult): ActionResult {
    if (!r.ok && r.reason) pageToast(doc, deps.tr(failureMessageKey(r.reason)));
    return r;
  }

  const controller: ContentController = {
    candidate,
    recognised,
    get cleaned() {
      return session?.cleaned ?? false;
    },
    state() {
      const res = session?.result;
      return {
        candidate,
        recognised: recognised || res?.ok === true,
        cleaned: session?.cleaned ?? false,
        extraction: !res ? 'none' : res.ok ? 'ok' : 'failed',
        title: res?.ok ? res.article.title : doc.title,
      };
    },
    article,
    clean,
    restore() {
      return session?.restore() ?? { ok: true, cleaned: false };
    },
    async toggle() {
      if (session?.cleaned) return controller.restore();
      return tell(await clean());
    },
    handle(msg) {
      switch (msg.type) {
        case 'sina-clean:state':
          return Promise.resolve(controller.state());
        case 'sina-clean:article':
          return article();
        case 'sina-clean:clean':
          locale = msg.locale ?? locale;
          return clean();
        case 'sina-clean:restore':
          return Promise.resolve(controller.restore());
        case 'sina-clean:toggle':
          locale = msg.locale ?? locale;
          return controller.toggle();
        case 'sina-clean:timings':
          return controller.timings(msg.extractRuns);
        default:
          return assertNever(msg);
      }
    },
    applySettings(s) {
      settings = Promise.resolve(s);
      session?.applySettings(s);
    },
    refresh() {
      session?.refresh();
    },
    async timings(extractRuns = 0) {
      const warm = extractRuns > 0 && candidate ? (await reader()).timeExtraction(extractRuns) : [];
      // The session's (chunk-side) timings: extraction, show, when shown, the chunk's evaluation.
      return { loadMs, chunkMs, askedAt, warmExtractMs: warm, extractMs: null, showMs: null, shownAt: null, chunkEvalMs: null, ...session?.timings };
    },
    async start() {
      if (!candidate) return;
      await report();
      if (!recognised) return;
      if ((await currentSettings()).autoClean) tell(await clean());
    },
  };
  return controller;
}
