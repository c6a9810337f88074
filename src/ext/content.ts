/**
 * The content script's logic: answers state/page/show/restore messages, tells the background
 * the page loaded, and runs the reader view. It never runs the extraction engine itself.
 */
import { browser } from 'wxt/browser';
import type { Article } from '../article';
import { renderReader, type ReaderAction, type ReaderView } from '../render/reader-view';
import { copyToClipboard } from './clipboard';
import { copyPayload } from './format';
import { t } from './i18n';
import { isMessage, type ContentState, type LoadedReply, type PageSnapshot } from './messages';
import { swapIn, swapOut, type Swap } from './page-swap';
import { loadSettings, normalizeSettings, saveSettings, watchSettings, type Settings } from './settings';
import type { CopyFormat } from './settings';

const ACTION_FORMAT: Partial<Record<ReaderAction, CopyFormat>> = {
  'copy-text': 'text',
  'copy-md': 'markdown',
  'copy-cite': 'citation',
};

export class ContentController {
  recognised = false;
  private swap: Swap | null = null;
  private view: ReaderView | null = null;
  private article: Article | null = null;
  private snapshot: string | null = null;
  private settings: Settings = normalizeSettings({});
  private unwatch: (() => void) | null = null;
  private media: MediaQueryList | null = null;
  private readonly onMedia = () => this.rerender();

  constructor(private readonly doc: Document) {}

  get cleaned(): boolean {
    return this.swap !== null;
  }

  state(): ContentState & { url: string } {
    return { recognised: this.recognised, cleaned: this.cleaned, url: this.doc.location.href };
  }

  /** The page as it was before any cleaning (the reader host holds none of it). */
  page(): PageSnapshot {
    return { html: this.snapshot ?? this.doc.documentElement.outerHTML, url: this.doc.location.href };
  }

  private prefersDark(): boolean {
    return this.media?.matches ?? false;
  }

  async show(article: Article): Promise<ContentState> {
    this.settings = await loadSettings();
    this.article = article;
    this.recognised = true;
    if (!this.swap) {
      this.snapshot = this.doc.documentElement.outerHTML;
      this.swap = swapIn(this.doc);
      const win = this.doc.defaultView;
      this.media = win?.matchMedia ? win.matchMedia('(prefers-color-scheme: dark)') : null;
      this.media?.addEventListener?.('change', this.onMedia);
      this.unwatch = watchSettings((s) => {
        this.settings = s;
        this.rerender();
      });
    }
    this.rerender();
    this.view?.scroller.focus({ preventScroll: true });
    return this.state();
  }

  restore(): ContentState {
    if (this.swap) {
      swapOut(this.doc, this.swap);
      this.swap = null;
      this.view = null;
      this.snapshot = null;
      this.unwatch?.();
      this.unwatch = null;
      this.media?.removeEventListener?.('change', this.onMedia);
      this.media = null;
    }
    return this.state();
  }

  private rerender(): void {
    if (!this.swap || !this.article) return;
    const top = this.view?.scroller.scrollTop ?? 0;
    this.view = renderReader(
      this.swap.shadow,
      this.article,
      this.settings,
      (key) => t(key),
      {
        onAction: (a) => void this.action(a),
        onSettings: (patch) => {
          this.settings = normalizeSettings({ ...this.settings, ...patch });
          this.rerender();
          void saveSettings(patch);
        },
      },
      this.prefersDark(),
    );
    this.view.scroller.scrollTop = top;
    this.view.scroller.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.restore();
    });
  }

  async action(a: ReaderAction): Promise<void> {
    if (!this.article || !this.swap) return;
    if (a === 'restore') {
      this.restore();
      return;
    }
    if (a === 'print') {
      this.doc.defaultView?.print();
      return;
    }
    const format = ACTION_FORMAT[a];
    if (!format) return;
    const text = copyPayload(this.article, format, this.settings);
    const ok = await copyToClipboard(text, this.doc, this.swap.shadow);
    this.view?.toast(t(ok ? `copied_${format}` : 'copyFailed'));
  }

  /** Message dispatch; undefined for messages that are not ours. */
  handle(message: unknown): Promise<unknown> | undefined {
    if (!isMessage(message)) return undefined;
    switch (message.type) {
      case 'sina-clean:state':
        return Promise.resolve(this.state());
      case 'sina-clean:page':
        return Promise.resolve(this.page());
      case 'sina-clean:show':
        return this.show((message as unknown as { article: Article }).article);
      case 'sina-clean:restore':
        return Promise.resolve(this.restore());
      default:
        return undefined;
    }
  }

  /** Tells the background the page loaded; cleans at once when auto-clean is on. */
  async announce(): Promise<void> {
    const reply = (await browser.runtime.sendMessage({
      type: 'sina-clean:loaded',
      html: this.doc.documentElement.outerHTML,
      url: this.doc.location.href,
    })) as LoadedReply | undefined;
    this.recognised = reply?.recognised ?? false;
    if (reply?.autoClean) await this.show(reply.autoClean);
  }
}

/** Wires a controller to runtime messages. Returns it for tests. */
export function startContent(doc: Document): ContentController {
  const controller = new ContentController(doc);
  browser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const result = controller.handle(message);
    if (!result) return undefined;
    result.then(sendResponse, (err: unknown) => sendResponse({ error: String(err) }));
    return true;
  });
  void controller.announce().catch(() => {
    // The background may be restarting; the popup and commands still ask for the page later.
  });
  return controller;
}
