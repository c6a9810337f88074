/**
 * Content-script logic: answers state queries, sends the page to the background for extraction,
 * shows / removes the reader view. Kept free of the engine so the always-injected script stays small.
 */
import type { Article } from '../article';
import { createReaderView, type ReaderSettings, type ReaderView } from '../render/reader-view';
import { copyPayload, type CopyKind } from './format';
import type { ActionResult, ExtractResult, PageState, Snapshot } from './messages';
import { normalizeSettings, type Settings } from './settings';
import { swapIn, swapOut, type Swap } from './page-swap';
import { isArticleUrl } from './urls';

export interface ContentDeps {
  doc: Document;
  url: string;
  /** runtime.sendMessage to the background. */
  send: (msg: unknown) => Promise<unknown>;
  loadSettings: () => Promise<Settings>;
  saveSettings: (patch: Partial<Settings>) => Promise<unknown>;
  tr: (key: string, ...subs: string[]) => string;
  writeClipboard: (text: string, container: Node) => Promise<boolean>;
  prefersDark?: () => boolean;
  print?: () => void;
}

export interface ContentController {
  /** The URL is a Sina article URL (the content script has work to do here). */
  readonly candidate: boolean;
  /** The engine found an article on this page. */
  readonly recognised: boolean;
  readonly cleaned: boolean;
  state(): PageState;
  clean(): Promise<ActionResult>;
  /** Shows a given Article (e.g. one the background already holds). */
  show(article: Article): Promise<ActionResult>;
  restore(): ActionResult;
  toggle(): Promise<ActionResult>;
  snapshot(): Snapshot;
  /** Settings changed elsewhere (options page, another tab). */
  applySettings(s: Settings): void;
  /** Re-resolves the theme (the system colour scheme changed). */
  refresh(): void;
  handle(msg: { type: string }): Promise<unknown> | undefined;
  /** Asks the engine about the page, reports to the background, cleans when auto-clean is on. */
  start(): Promise<void>;
}

const readerPart = (s: Settings): ReaderSettings => ({ theme: s.theme, fontSize: s.fontSize, lineWidth: s.lineWidth });

export function createContentController(deps: ContentDeps): ContentController {
  const { doc } = deps;
  const candidate = isArticleUrl(deps.url);
  let recognised = false;
  let pending = false;
  let article: Article | null = null;
  let swap: Swap | null = null;
  let view: ReaderView | null = null;
  let settings: Settings | null = null;
  let busy: Promise<ActionResult> | null = null;

  // Never throws: after an extension reload/update the runtime is gone and the page must not see errors.
  const report = () =>
    deps.send({ type: 'sina-clean:recognised', recognised, cleaned: swap !== null }).catch(() => undefined);

  async function getArticle(): Promise<ExtractResult> {
    if (article) return { ok: true, article };
    let res: ExtractResult | undefined;
    try {
      res = (await deps.send({
        type: 'sina-clean:extract',
        html: doc.documentElement.outerHTML,
        url: deps.url,
      })) as ExtractResult | undefined;
    } catch (e) {
      return { ok: false, reason: 'error', message: String((e as Error)?.message ?? e) };
    }
    if (!res) return { ok: false, reason: 'error', message: 'no answer from the background' };
    if (res.ok) {
      article = res.article;
      recognised = true;
    }
    return res;
  }

  async function doClean(): Promise<ActionResult> {
    if (swap) return { ok: true, cleaned: true };
    if (!candidate) return { ok: false, cleaned: false, error: 'not-an-article' };
    const res = await getArticle();
    if (!res.ok) return { ok: false, cleaned: false, error: res.message };
    return showArticle(res.article);
  }

  async function showArticle(a: Article): Promise<ActionResult> {
    if (swap) return { ok: true, cleaned: true };
    settings ??= await deps.loadSettings().catch(() => normalizeSettings(null));
    if (swap) return { ok: true, cleaned: true };
    const v: ReaderView = createReaderView(doc, a, {
      settings: readerPart(settings),
      tr: deps.tr,
      copyFirst: settings.copyFormat,
      pageUrl: deps.url,
      prefersDark: deps.prefersDark,
      onRestore: () => controller.restore(),
      onCopy: (kind: CopyKind) => {
        const s = settings!;
        const text = copyPayload(a, kind, { markdownImages: s.markdownImages, citationStyle: s.citationStyle });
        return deps.writeClipboard(text, v.root);
      },
      onPrint: () => deps.print?.(),
      onSettingsChange: (patch) => {
        settings = { ...settings!, ...patch };
        deps.saveSettings(patch).catch(() => undefined);
      },
    });
    view = v;
    swap = swapIn(doc, v.host);
    v.focus();
    void report();
    return { ok: true, cleaned: true };
  }

  const controller: ContentController = {
    get candidate() {
      return candidate;
    },
    get recognised() {
      return recognised;
    },
    get cleaned() {
      return swap !== null;
    },
    state() {
      return { recognised, cleaned: swap !== null, candidate, pending, title: article?.title ?? doc.title };
    },
    clean() {
      busy ??= doClean().finally(() => {
        busy = null;
      });
      return busy;
    },
    show(a) {
      if (!candidate) return Promise.resolve({ ok: false, cleaned: false, error: 'not-an-article' });
      if (!a || typeof a.title !== 'string' || !Array.isArray(a.blocks) || !Array.isArray(a.stocks)) {
        return Promise.resolve({ ok: false, cleaned: swap !== null, error: 'bad article' });
      }
      article ??= a;
      recognised = true;
      busy ??= showArticle(article).finally(() => {
        busy = null;
      });
      return busy;
    },
    restore() {
      if (!swap) return { ok: true, cleaned: false };
      swapOut(doc, swap);
      swap = null;
      view = null;
      void report();
      return { ok: true, cleaned: false };
    },
    async toggle() {
      return swap ? controller.restore() : controller.clean();
    },
    snapshot() {
      // When cleaned, the live DOM holds the reader host; the Article is known then.
      return { html: swap ? '' : doc.documentElement.outerHTML, url: deps.url, ...(article ? { article } : {}) };
    },
    applySettings(s) {
      settings = s;
      view?.apply(readerPart(s));
    },
    refresh() {
      if (settings) view?.apply(readerPart(settings));
    },
    handle(msg) {
      switch (msg.type) {
        case 'sina-clean:state':
          return Promise.resolve(controller.state());
        case 'sina-clean:clean':
          return controller.clean();
        case 'sina-clean:show':
          return controller.show((msg as { article?: Article }).article as Article);
        case 'sina-clean:restore':
          return Promise.resolve(controller.restore());
        case 'sina-clean:toggle':
          return controller.toggle();
        case 'sina-clean:snapshot':
          return candidate ? Promise.resolve(controller.snapshot()) : undefined;
        default:
          return undefined;
      }
    },
    async start() {
      if (!candidate) return;
      pending = true;
      const res = await getArticle().finally(() => {
        pending = false;
      });
      await report();
      if (!res.ok) return;
      settings ??= await deps.loadSettings().catch(() => normalizeSettings(null));
      if (settings.autoClean) await controller.clean();
    },
  };
  return controller;
}
