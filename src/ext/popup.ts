/**
 * Popup logic: metadata and clean text for one tab, plus clean/restore, copy and download.
 * The Article comes from the tab's content script, which extracts it in the tab when the popup
 * asks (opening the popup is asking). DOM is built with createElement/textContent only.
 */
import type { Article } from '../article';
import { copyOptionsOf, copyPayload, displayTime, downloadPayload, videoCopy, type CopyKind, type DownloadKind } from './format';
import { saveMessage, type LibraryClient, type SaveOutcome } from './library-client';
import { failureMessageKey, type ActionResult, type ContentMessage, type ExtractResult, type PageState } from './messages';
import { normalizeSettings, type Settings } from './settings';
import { quoteUrl, safeHttpUrl } from './urls';
import { elementsOf } from './dom';
import type { UiLocale } from './ui-locale';

export interface PopupDeps {
  doc: Document;
  /** Tab to show: `?tabId=N` when given, else the active tab. */
  tabId: () => Promise<number | undefined>;
  sendToTab: (tabId: number, msg: ContentMessage) => Promise<unknown>;
  loadSettings: () => Promise<Settings>;
  tr: (key: string, ...subs: string[]) => string;
  /** The `_locales` table `tr` reads (src/ext/strings.ts `localeOf`), sent with 净化 so the reader in the tab reads its own copy. */
  locale?: () => UiLocale | null;
  writeClipboard: (text: string) => Promise<boolean>;
  download: (name: string, mime: string, body: string) => void;
  openOptions?: () => void;
  /** Opens the 文库 page (src/library). */
  openLibrary?: () => void;
  /** After clean/restore: bring the article's tab to the front (a no-op for the toolbar popup). */
  showTab?: (tabId: number) => Promise<unknown>;
  /** After clean/restore: get out of the way (closes the toolbar popup; not used for ?tabId=). */
  close?: () => void;
  /** 文库: when given, the popup offers 保存, showing 已保存 when the article is there. */
  library?: LibraryClient;
  now?: () => Date;
}

export interface PopupView {
  article: Article | null;
  /** Resolves when the popup has finished loading (tests). */
  ready: Promise<void>;
  /** The last 保存 (tests). */
  lastSave: Promise<SaveOutcome | null>;
}

/** `?tabId=N` from the popup URL, when present and numeric. */
export function tabIdFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}

/** True when the article has no text to read: a video, a gallery or a notice. */
export const hasNoText = (a: Article) => !a.text.trim();

export function startPopup(root: HTMLElement, deps: PopupDeps): PopupView {
  const { doc, tr } = deps;
  const h = elementsOf(doc);

  root.replaceChildren();
  const header = h('header', { class: 'head' });
  header.append(h('span', { class: 'app' }, tr('extName')));
  const optionsLink = h('button', { type: 'button', class: 'link', 'data-testid': 'btn-options' }, tr('popupOptions'));
  optionsLink.addEventListener('click', () => deps.openOptions?.());
  const libraryLink = h('button', { type: 'button', class: 'link', 'data-testid': 'btn-library' }, tr('libOpenLibrary'));
  libraryLink.addEventListener('click', () => deps.openLibrary?.());
  const links = h('span', { class: 'links' });
  links.append(libraryLink, optionsLink);
  header.append(links);

  const status = h('p', { class: 'status', 'data-testid': 'popup-status' }, tr('popupLoading'));
  const notArticle = h('p', { class: 'not-article', 'data-testid': 'popup-not-article', hidden: '' });

  const main = h('section', { class: 'article', 'data-testid': 'popup-article', hidden: '' });
  const title = h('h1', { 'data-testid': 'popup-title' });
  const kindNote = h('p', { class: 'kind-note', 'data-testid': 'popup-kind', hidden: '' });
  const dl = h('dl', { class: 'meta' });
  const field = (labelKey: string, testid: string) => {
    const dd = h('dd', { 'data-testid': testid }, tr('none'));
    dl.append(h('dt', {}, tr(labelKey)), dd);
    return dd;
  };
  const time = field('popupTime', 'popup-time');
  const source = field('popupSource', 'popup-source');
  const authors = field('popupAuthors', 'popup-authors');
  const editor = field('popupEditor', 'popup-editor');
  const originalTitle = field('popupOriginalTitle', 'popup-original-title');
  const stocks = field('popupStocks', 'popup-stocks');
  const wordcount = field('popupWordCount', 'popup-wordcount');

  const actions = h('div', { class: 'actions' });
  const btnClean = h('button', { type: 'button', class: 'primary', 'data-testid': 'btn-clean' }, tr('popupClean'));
  const btnRestore = h('button', { type: 'button', class: 'primary', 'data-testid': 'btn-restore', hidden: '' }, tr('popupRestore'));
  const copyButtons: Record<CopyKind, HTMLButtonElement> = {
    text: h('button', { type: 'button', 'data-testid': 'btn-copy-text' }, tr('copyText')),
    markdown: h('button', { type: 'button', 'data-testid': 'btn-copy-md' }, tr('copyMarkdown')),
    citation: h('button', { type: 'button', 'data-testid': 'btn-copy-cite' }, tr('copyCitation')),
  };
  const btnCopyVideo = h('button', { type: 'button', 'data-testid': 'btn-copy-video', hidden: '' }, tr('copyVideo'));
  const btnSave = h('button', { type: 'button', 'data-testid': 'btn-save', hidden: '' }, tr('save'));
  const downloads = h('div', { class: 'downloads' });
  downloads.append(h('span', {}, tr('popupDownload')));
  const dlButtons: Record<DownloadKind, HTMLButtonElement> = {
    md: h('button', { type: 'button', 'data-testid': 'btn-download-md' }, '.md'),
    txt: h('button', { type: 'button', 'data-testid': 'btn-download-txt' }, '.txt'),
    json: h('button', { type: 'button', 'data-testid': 'btn-download-json' }, '.json'),
  };
  downloads.append(dlButtons.md, dlButtons.txt, dlButtons.json);
  const copyRow = h('div', { class: 'copy' });
  actions.append(btnClean, btnRestore, copyRow, btnSave);

  const previewLabel = h('h2', {}, tr('popupPreview'));
  const preview = h('div', { class: 'preview', 'data-testid': 'popup-preview', tabindex: '0' });
  main.append(title, kindNote, dl, actions, downloads, previewLabel, preview);

  const toast = h('div', { class: 'toast', 'data-testid': 'popup-toast', role: 'status', 'aria-live': 'polite' });
  root.append(header, status, notArticle, main, toast);

  const view: PopupView = { article: null, ready: Promise.resolve(), lastSave: Promise.resolve(null) };
  let tabId: number | undefined;
  let settings: Settings = normalizeSettings(null);
  let toastTimer: ReturnType<typeof setTimeout> | undefined;

  function showToast(msg: string): void {
    toast.textContent = msg;
    toast.classList.add('show');
    if (toastTimer) clearTimeout(toastTimer);
    toastTimer = setTimeout(() => toast.classList.remove('show'), 2500);
  }
  function setCleaned(cleaned: boolean): void {
    btnClean.hidden = cleaned;
    btnRestore.hidden = !cleaned;
  }
  function showNotArticle(message: string): void {
    status.hidden = true;
    main.hidden = true;
    notArticle.hidden = false;
    notArticle.textContent = message;
  }
  const text = (el: HTMLElement, value: string | null | undefined) => {
    el.textContent = value ? value : tr('none');
  };

  function fill(a: Article): void {
    view.article = a;
    title.textContent = a.title;
    text(time, displayTime(a.publishedAt));
    text(source, a.source);
    text(authors, a.authors.join('、'));
    text(editor, a.editor);
    text(originalTitle, a.originalTitle);
    stocks.replaceChildren();
    for (const s of a.stocks) {
      const href = quoteUrl(s.code);
      const chip = href
        ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'chip', title: s.code }, s.name || s.code)
        : h('span', { class: 'chip' }, s.name || s.code);
      stocks.append(chip);
    }
    if (!a.stocks.length) stocks.textContent = tr('none');
    preview.replaceChildren();
    if (hasNoText(a)) {
      // A video (or gallery, notice): say so, show what there is, and offer only what makes sense.
      kindNote.hidden = false;
      kindNote.textContent = tr(`popupKind_${a.kind}`);
      wordcount.textContent = tr(`popupKindShort_${a.kind}`);
      // A placeholder with neither title nor link is not listed (the reader and the copies show none).
      const videos = a.blocks.flatMap((b) => (b.type === 'video' && (b.title || safeHttpUrl(b.href, a.url ?? undefined)) ? [b] : []));
      for (const v of videos) {
        const line = h('p', { class: 'video', 'data-testid': 'popup-video' }, tr('videoLabel'));
        const href = safeHttpUrl(v.href, a.url ?? undefined);
        const label = v.title || tr('videoUntitled');
        line.append(href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, label) : doc.createTextNode(label));
        preview.append(line);
      }
      if (!videos.length) preview.append(h('p', { class: 'muted' }, tr(`readerEmpty_${a.kind}`)));
      copyButtons.text.disabled = true;
      btnCopyVideo.hidden = a.kind !== 'video';
    } else {
      kindNote.hidden = true;
      wordcount.textContent = tr('popupWordCountValue', String(a.wordCount), String(a.readingMinutes));
      preview.textContent = a.text;
      copyButtons.text.disabled = false;
      btnCopyVideo.hidden = true;
    }
    status.hidden = true;
  }

  async function send<T>(p: () => Promise<unknown>): Promise<T | undefined> {
    try {
      return (await p()) as T;
    } catch {
      return undefined;
    }
  }
  const failure = (reason: Parameters<typeof failureMessageKey>[0]) => tr(failureMessageKey(reason));

  btnClean.addEventListener('click', async () => {
    if (tabId === undefined) return;
    const id = tabId;
    const locale = deps.locale?.() ?? null;
    const r = await send<ActionResult>(() => deps.sendToTab(id, locale ? { type: 'sina-clean:clean', locale } : { type: 'sina-clean:clean' }));
    if (r?.ok) {
      setCleaned(r.cleaned);
      showToast(tr('popupCleaned'));
      await afterAction(id);
    } else showToast(r?.reason ? failure(r.reason) : tr('popupCleanFailed', r?.error ?? '?'));
  });
  btnRestore.addEventListener('click', async () => {
    if (tabId === undefined) return;
    const id = tabId;
    const r = await send<ActionResult>(() => deps.sendToTab(id, { type: 'sina-clean:restore' }));
    if (r?.ok) {
      setCleaned(r.cleaned);
      showToast(tr('popupRestored'));
      await afterAction(id);
    }
  });
  async function afterAction(id: number): Promise<void> {
    await deps.showTab?.(id).catch(() => undefined);
    deps.close?.();
  }
  const opts = () => copyOptionsOf(settings, deps.now?.() ?? new Date());
  for (const kind of ['text', 'markdown', 'citation'] as const) {
    copyButtons[kind].addEventListener('click', async () => {
      if (!view.article) return;
      const ok = await deps.writeClipboard(copyPayload(view.article, kind, opts()));
      showToast(tr(ok ? 'copied' : 'copyFailed'));
    });
  }
  btnCopyVideo.addEventListener('click', async () => {
    if (!view.article) return;
    showToast(tr((await deps.writeClipboard(videoCopy(view.article))) ? 'copied' : 'copyFailed'));
  });
  // 保存 / 已保存: saving again updates the library's entry (never a second one).
  function showSaved(saved: boolean): void {
    btnSave.textContent = tr(saved ? 'saved' : 'save');
    btnSave.dataset.saved = String(saved);
    btnSave.title = tr(saved ? 'savedHint' : 'saveHint');
  }
  let saving = false;
  btnSave.addEventListener('click', () => {
    const a = view.article;
    if (!a || !deps.library || saving) return;
    saving = true;
    btnSave.disabled = true;
    view.lastSave = deps.library
      .save(a, a.url)
      .catch((e: unknown): SaveOutcome => ({ ok: false, reason: 'failed', message: String((e as Error)?.message ?? e) }))
      .then((o) => {
        saving = false;
        btnSave.disabled = false;
        if (o.ok) showSaved(true);
        const [key, ...subs] = saveMessage(o);
        showToast(tr(key, ...subs));
        return o;
      });
  });
  for (const kind of ['md', 'txt', 'json'] as const) {
    dlButtons[kind].addEventListener('click', () => {
      if (!view.article) return;
      const file = downloadPayload(view.article, kind, opts());
      deps.download(file.name, file.mime, file.body);
      showToast(tr('downloaded', file.name));
    });
  }

  view.ready = (async () => {
    settings = await deps.loadSettings().catch(() => normalizeSettings(null));
    const first = settings.copyFormat;
    for (const kind of [first, ...(['text', 'markdown', 'citation'] as const).filter((k) => k !== first)]) {
      copyButtons[kind].className = kind === first ? 'primary-outline' : '';
      copyRow.append(copyButtons[kind]);
    }
    copyRow.append(btnCopyVideo);
    btnSave.hidden = !deps.library;
    tabId = await deps.tabId().catch(() => undefined);
    if (tabId === undefined) return showNotArticle(tr('popupNotArticle'));
    const id = tabId;
    const state = await send<PageState>(() => deps.sendToTab(id, { type: 'sina-clean:state' }));
    // No content script (not a Sina article URL).
    if (!state?.candidate) return showNotArticle(tr('popupNotArticle'));
    setCleaned(state.cleaned);
    // Opening the popup is asking for the article: the tab extracts it now (or has it already).
    const res = await send<ExtractResult>(() => deps.sendToTab(id, { type: 'sina-clean:article' }));
    if (!res) return showNotArticle(tr('popupExtractFailed', 'no answer'));
    if (!res.ok) return showNotArticle(failure(res.reason));
    fill(res.article);
    main.hidden = false;
    if (deps.library) {
      const a = res.article;
      showSaved(false);
      if (await deps.library.status(a, a.url).catch(() => false)) showSaved(true);
    }
  })();
  return view;
}
