/**
 * The reader side of a page, in the chunk the content script loads on demand: extraction from the
 * live page (its digest, copied as a tree, under a time budget), the reader view over the page,
 * copy and settings.
 */
import { ExtractError } from '../../article';
import { extractTree } from '../../engine/extract';
import type { CopyKind } from '../format';
import type { ActionResult, ExtractResult } from '../messages';
import { afterNextPaint, NO_FRAME_WAIT_MS, swapIn, swapOut, type Swap } from '../page-swap';
import { normalizeSettings, type Settings } from '../settings';
import { withDeadline } from '../engine-shims/browser-tree';
import { pageTree } from './digest';
import { tableTr } from '../strings';
import { browserSpeech } from './speech';
import type { ReaderExtras, ReaderHost, ReaderSession } from './types';
import { createReaderView, readerSettingsOf, type ReaderView } from './view';

/**
 * The engine's time budget in the page. The largest fixture page takes 5-50 ms; a page that needs
 * more than this is refused as too large or malformed instead of holding the tab.
 */
export const READER_BUDGET_MS = 1500;

/**
 * The body the reader builds before its first frame, in characters of text: a little more than a
 * large screen shows (36em lines of 18 px type); the rest is built just after that frame is
 * painted, before anything (focus, find-in-page, read aloud) can need it.
 */
export const FIRST_SCREEN_CHARS = 1500;

type Extract = typeof extractTree;

/**
 * The Article of a live page: its digest, copied straight into the engine's tree, through the
 * engine's stages; the copy and the engine share the time budget. Every failure is a result.
 */
export function extractPage(
  doc: Document,
  url: string,
  budgetMs = READER_BUDGET_MS,
  run: Extract = extractTree,
  lap?: { digestMs?: number | null },
): ExtractResult {
  try {
    const start = performance.now();
    const article = withDeadline(budgetMs, () => {
      const { tree } = pageTree(doc);
      if (lap) lap.digestMs = performance.now() - start;
      return run(tree, { url, budgetMs: Math.max(1, budgetMs - (performance.now() - start)) });
    });
    return { ok: true, article };
  } catch (e) {
    if (e instanceof ExtractError) return { ok: false, reason: e.reason, message: e.message };
    // A stack overflow or an out-of-memory on a hostile page is the page's doing, not a bug to show.
    return { ok: false, reason: 'unreadable', message: String((e as Error)?.message ?? e) };
  }
}

/** `chunkEvalMs`: what evaluating the chunk's modules took, reported with the session's timings. */
export function openSession(host: ReaderHost, run: Extract = extractTree, chunkEvalMs: number | null = null): ReaderSession {
  const { doc } = host;
  let result: ExtractResult | null = null;
  let swap: Swap | null = null;
  let view: ReaderView | null = null;
  let settings: Settings | null = host.settings ?? null;
  let showing: Promise<ActionResult> | null = null;
  /** Changes made in the reader that storage has not echoed back yet (they win over older echoes). */
  let unsaved: Partial<Settings> = {};
  let saves = 0;
  const timings: ReaderSession['timings'] = { extractMs: null, digestMs: null, showMs: null, shownAt: null, chunkEvalMs };
  const budget = () => host.budgetMs ?? READER_BUDGET_MS;
  /** The copy formats: the reader's second chunk, loaded on the first copy (again after a failure). */
  let extras: Promise<ReaderExtras> | null = null;
  const loadExtras = () =>
    (extras ??= host.loadExtras().catch((e: unknown) => {
      extras = null;
      throw e;
    }));

  const session: ReaderSession = {
    get cleaned() {
      return swap !== null;
    },
    get result() {
      return result;
    },
    article() {
      // A refusal for time is not remembered: the budget is wall time, and an ordinary page runs past
      // it when the machine is busy (twenty tabs cleaning at once on a loaded machine); the next ask
      // extracts again. What the page is (not an article, too large, too complex) is remembered.
      if (!result || (!result.ok && result.reason === 'timeout')) {
        const t = performance.now();
        result = extractPage(doc, host.url, budget(), run, timings);
        timings.extractMs = performance.now() - t;
      }
      return result;
    },
    timings,
    timeExtraction(runs) {
      const out: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        extractPage(doc, host.url, budget(), run);
        out.push(performance.now() - t);
      }
      return out;
    },
    show() {
      showing ??= show().finally(() => {
        showing = null;
      });
      return showing;
    },
    restore() {
      if (!swap) return { ok: true, cleaned: false };
      view?.dispose();
      swapOut(doc, swap);
      swap = null;
      view = null;
      host.onChange?.();
      return { ok: true, cleaned: false };
    },
    applySettings(s) {
      settings = { ...s, ...unsaved };
      view?.apply(readerSettingsOf(settings));
    },
    refresh() {
      if (settings) view?.apply(readerSettingsOf(settings));
    },
  };

  async function show(): Promise<ActionResult> {
    if (swap) return { ok: true, cleaned: true };
    const res = session.article();
    const t = performance.now();
    if (!res.ok) return { ok: false, cleaned: false, reason: res.reason, error: res.message };
    if (!settings) {
      const loaded = await host.loadSettings().catch(() => normalizeSettings(null));
      // A change applied while they were read (applySettings) is newer than what was read.
      settings ??= loaded;
    }
    if (swap) return { ok: true, cleaned: true };
    const article = res.article;
    // The UI strings from the chunk's copy of the tables when the asking message named one (in
    // Firefox each i18n API call from a page costs about 0.1 ms, and the first screen makes 40).
    const locale = host.locale?.() ?? null;
    const tr = locale ? tableTr(locale, host.tr) : host.tr;
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    // Messages to the background wait for the first frame: in Chromium each message a content
    // script sends opens a channel on the page's thread first (1-3 ms). The 已保存 check is asked
    // then (the button says 保存 until the answer), and the badge is told after it (below).
    const afterFirstFrame = new Promise<void>((resolve) => afterNextPaint(win, resolve, NO_FRAME_WAIT_MS));
    const v: ReaderView = createReaderView(doc, article, {
      settings: readerSettingsOf(settings),
      tr,
      copyFirst: settings.copyFormat,
      firstScreenChars: FIRST_SCREEN_CHARS,
      pageUrl: host.url,
      prefersDark: host.prefersDark,
      speech: host.speech === undefined ? browserSpeech(win) : host.speech,
      library: host.library && {
        status: () => afterFirstFrame.then(() => host.library!.status(article, host.url)),
        save: () => host.library!.save(article, host.url),
      },
      onRestore: () => session.restore(),
      onCopy: async (kind: CopyKind) => {
        const accessed = new Date();
        const x = await loadExtras().catch(() => null);
        return x ? host.writeClipboard(x.copy(article, kind, settings!, accessed), v.root) : false;
      },
      onPrint: () => host.print?.(),
      onSettingsChange: (patch) => {
        settings = { ...settings!, ...patch };
        unsaved = { ...unsaved, ...patch };
        saves++;
        void host
          .saveSettings(patch)
          .catch(() => undefined)
          .finally(() => {
            if (--saves === 0) unsaved = {};
          });
      },
    });
    view = v;
    // Just after the first painted frame (asked for before swapIn, so before the page rules that
    // frame lets in): the rest of the body, then focus. Focus needs the page's and the reader's
    // style and layout up to date: asked for before the frame, it would compute them itself.
    // (In a tab that gets no frames, after NO_FRAME_WAIT_MS: the whole body is there for whatever
    // reads it; the page rules, which only a visible page needs, still wait for a frame.)
    afterNextPaint(
      win,
      () => {
        if (view !== v) return;
        v.finish();
        v.focus();
      },
      NO_FRAME_WAIT_MS,
    );
    swap = swapIn(doc, v.host);
    timings.showMs ??= performance.now() - t;
    timings.shownAt ??= performance.timeOrigin + performance.now();
    const autoSave = settings.autoSave;
    void afterFirstFrame.then(() => {
      // The badge reads the page's state when told (a restore in between has told it already).
      if (view === v) host.onChange?.();
      // "Save every cleaned article": once per clean, after the reader is up (it never waits for storage).
      if (autoSave && view === v) void v.save(true);
    });
    return { ok: true, cleaned: true };
  }

  return session;
}

