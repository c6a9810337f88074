/**
 * Reader view: an Article rendered as DOM inside an open shadow root, with its own styles.
 * Built only with createElement/textContent/setAttribute; page content is never parsed as HTML,
 * and only http(s) URLs reach href/src.
 */
import type { Article, Block } from '../article';
import type { Settings, Theme } from '../ext/settings';
import type { CopyKind } from '../ext/format';
import { metaParts } from '../ext/format';
import { isSinaHost, quoteUrl, safeHttpUrl } from '../ext/urls';

export const HOST_ID = 'sina-clean-host';
export const HOST_TAG = 'sina-clean-reader';

export type ReaderSettings = Pick<Settings, 'theme' | 'fontSize' | 'lineWidth'>;
export type ResolvedTheme = Exclude<Theme, 'system'>;

export interface ReaderOptions {
  settings: ReaderSettings;
  /** UI strings; receives a message key and substitutions. */
  tr?: (key: string, ...subs: string[]) => string;
  /** Copy format offered first in the toolbar. */
  copyFirst?: CopyKind;
  /** Used for the "original" link when the Article carries no URL. */
  pageUrl?: string;
  prefersDark?: () => boolean;
  onRestore?: () => void;
  onCopy?: (kind: CopyKind) => Promise<boolean> | boolean;
  onPrint?: () => void;
  onSettingsChange?: (patch: Partial<ReaderSettings>) => void;
}

export interface ReaderView {
  host: HTMLElement;
  root: ShadowRoot;
  apply(settings: ReaderSettings): void;
  toast(message: string): void;
  /** Moves keyboard focus into the view (so arrow keys and space scroll it). */
  focus(): void;
}

export function resolveTheme(theme: Theme, prefersDark: boolean): ResolvedTheme {
  if (theme === 'system') return prefersDark ? 'dark' : 'light';
  return theme;
}

const CSS = `
:host{all:initial !important;display:block !important;position:fixed !important;inset:0 !important;z-index:2147483647 !important;overflow:auto !important;opacity:1 !important;visibility:visible !important;background:var(--bg) !important;color:var(--fg) !important;--bg:#fdfdfc;--fg:#1d1d1f;--mu:#6b6b70;--ln:#e3e3e6;--ac:#c4161c;--ch:#f3f3f5;color-scheme:light !important}
:host([data-theme=sepia]){--bg:#f6efe0;--fg:#3b2f20;--mu:#7a6a55;--ln:#e2d5bb;--ac:#a2461b;--ch:#ece1c9}
:host([data-theme=dark]){--bg:#17181a;--fg:#e4e4e6;--mu:#9a9aa2;--ln:#2f3034;--ac:#ff7b72;--ch:#26272b;color-scheme:dark !important}
.page:focus{outline:none}
.page{font:var(--fs,18px)/1.8 system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif;background:var(--bg);color:var(--fg);min-height:100vh}
.bar{position:sticky;top:0;z-index:1;display:flex;flex-wrap:wrap;gap:6px;justify-content:center;padding:8px;background:var(--bg);border-bottom:1px solid var(--ln);font-size:13px;line-height:1.4}
button,select{font:inherit;color:var(--fg);background:var(--ch);border:1px solid var(--ln);border-radius:6px;padding:4px 10px;cursor:pointer}
:focus-visible{outline:2px solid var(--ac)}
.primary{background:var(--ac);border-color:var(--ac);color:var(--bg)}
article{max-width:var(--lw,36em);margin:0 auto;padding:32px 20px 64px}
h1{font-size:1.6em;line-height:1.35;margin:0 0 .4em}
.orig,.meta,.editor,.empty,figcaption,.orig-link{color:var(--mu);font-size:.85em}
.meta span+span:before{content:"·";margin:0 .5em}
.stocks{display:flex;flex-wrap:wrap;gap:6px;margin:1em 0}
.stocks a{font-size:.8em;padding:1px 10px;border-radius:99px;background:var(--ch);text-decoration:none}
p{margin:0 0 1em}
.body h2{font-size:1.15em;margin:1.4em 0 .6em}
figure{margin:1.2em 0;text-align:center}
img{max-width:100%;height:auto}
blockquote{margin:1em 0;padding:0 1em;border-left:3px solid var(--ln);color:var(--mu)}
table{border-collapse:collapse;font-size:.85em;display:block;overflow-x:auto}
td{border:1px solid var(--ln);padding:4px 8px}
.editor{text-align:right;margin-top:2em}
.orig-link{word-break:break-all}
a{color:var(--ac)}
.toast{position:fixed;left:50%;bottom:24px;transform:translateX(-50%);background:var(--fg);color:var(--bg);padding:8px 16px;border-radius:8px;opacity:0;transition:opacity .2s;pointer-events:none}
.show{opacity:1}
.stocks:empty,.editor:empty{display:none}
@media print{.bar,.toast{display:none}:host{position:static !important;overflow:visible !important;background:#fff !important;color:#000 !important}.page{background:#fff;color:#000}}
`;

type Tr = (key: string, ...subs: string[]) => string;

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderBlock(doc: Document, block: Block, base: string | undefined, tr: Tr): HTMLElement | null {
  switch (block.type) {
    case 'paragraph':
      return el(doc, 'p', {}, block.text);
    case 'heading':
      return el(doc, 'h2', {}, block.text);
    case 'quote':
      return el(doc, 'blockquote', {}, block.text);
    case 'image': {
      const src = safeHttpUrl(block.src, base);
      if (!src) return block.caption ? el(doc, 'p', { class: 'caption-only' }, block.caption) : null;
      const fig = el(doc, 'figure');
      if (isSinaHost(new URL(src).hostname)) {
        // The caption is the figcaption; repeating it as alt would read (and, if the image fails, show) it twice.
        fig.append(el(doc, 'img', { src, alt: block.caption ? '' : tr('imageAlt'), loading: 'lazy' }));
      } else {
        // Images from other hosts are not loaded by the reader (no requests to third parties).
        fig.append(el(doc, 'a', { href: src, target: '_blank', rel: 'noopener noreferrer', class: 'ext-img' }, tr('externalImage')));
      }
      if (block.caption) fig.append(el(doc, 'figcaption', {}, block.caption));
      return fig;
    }
    case 'table': {
      const table = el(doc, 'table');
      const tbody = el(doc, 'tbody');
      for (const row of block.rows) {
        const tr = el(doc, 'tr');
        for (const cell of row) tr.append(el(doc, 'td', {}, cell));
        tbody.append(tr);
      }
      table.append(tbody);
      return table;
    }
    default:
      return null;
  }
}

/** Builds the body blocks of an Article (exported for tests and reuse). */
export function renderBody(doc: Document, article: Article, tr: Tr, base?: string): HTMLElement {
  const body = el(doc, 'div', { class: 'body', 'data-testid': 'reader-body' });
  for (const block of article.blocks) {
    const node = renderBlock(doc, block, base, tr);
    if (node) body.append(node);
  }
  // A note, not a body block: a div, so it never reads as a paragraph of the article.
  if (!body.childElementCount) body.append(el(doc, 'div', { class: 'empty', role: 'note' }, tr(`readerEmpty_${article.kind}`)));
  return body;
}

const COPY_KEYS: Record<CopyKind, { key: string; testid: string }> = {
  text: { key: 'copyText', testid: 'btn-copy-text' },
  markdown: { key: 'copyMarkdown', testid: 'btn-copy-md' },
  citation: { key: 'copyCitation', testid: 'btn-copy-cite' },
};

/** Creates the host element (not yet attached) with the reader view in its open shadow root. */
export function createReaderView(doc: Document, article: Article, opts: ReaderOptions): ReaderView {
  const tr: Tr = opts.tr ?? ((k) => k);
  const base = safeHttpUrl(article.url) ?? safeHttpUrl(opts.pageUrl) ?? undefined;
  const host = doc.createElement(HOST_TAG);
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: 'open' });
  const style = el(doc, 'style', {}, CSS);
  const page = el(doc, 'div', { class: 'page', tabindex: '-1' });

  // Toolbar
  const bar = el(doc, 'div', { class: 'bar', role: 'toolbar' });
  const button = (testid: string, label: string, onClick: () => unknown, title?: string) => {
    const b = el(doc, 'button', { type: 'button', 'data-testid': testid, ...(title ? { title } : {}) }, label);
    b.addEventListener('click', () => void onClick());
    bar.append(b);
    return b;
  };
  const select = (testid: string, key: string, options: readonly (readonly [string, string])[], onChange: (v: string) => void) => {
    const sel = el(doc, 'select', { 'data-testid': testid, title: tr(key), 'aria-label': tr(key) });
    for (const [value, label] of options) sel.append(el(doc, 'option', { value }, tr(label)));
    sel.addEventListener('change', () => onChange(sel.value));
    bar.append(sel);
    return sel;
  };
  button('btn-restore', tr('readerRestore'), () => opts.onRestore?.());
  const first = opts.copyFirst ?? 'text';
  for (const kind of [first, ...(['text', 'markdown', 'citation'] as const).filter((k) => k !== first)]) {
    const b = button(COPY_KEYS[kind].testid, tr(COPY_KEYS[kind].key), async () => {
      const ok = await opts.onCopy?.(kind);
      view.toast(tr(ok ? 'copied' : 'copyFailed'));
    });
    if (kind === first) b.className = 'primary';
  }
  button('btn-print', tr('readerPrint'), () => opts.onPrint?.());

  let current: ReaderSettings = { ...opts.settings };
  button('btn-font-smaller', 'A−', () => change({ fontSize: Math.max(14, current.fontSize - 2) }), tr('fontSmaller'));
  button('btn-font-larger', 'A+', () => change({ fontSize: Math.min(28, current.fontSize + 2) }), tr('fontLarger'));
  const width = select('sel-width', 'lineWidth', [['28', 'widthNarrow'], ['36', 'widthMedium'], ['48', 'widthWide']], (v) =>
    change({ lineWidth: Number(v) }),
  );
  const theme = select(
    'sel-theme',
    'theme',
    [['system', 'themeSystem'], ['light', 'themeLight'], ['sepia', 'themeSepia'], ['dark', 'themeDark']],
    (v) => change({ theme: v as Theme }),
  );

  // Article
  const art = el(doc, 'article', { lang: 'zh-CN' });
  art.append(el(doc, 'h1', { 'data-testid': 'reader-title' }, article.title));
  if (article.originalTitle) art.append(el(doc, 'p', { class: 'orig' }, tr('originalTitleLine', article.originalTitle)));
  const meta = el(doc, 'p', { class: 'meta', 'data-testid': 'reader-meta' });
  for (const part of metaParts(article)) meta.append(el(doc, 'span', {}, part));
  art.append(meta);
  const stocks = el(doc, 'div', { class: 'stocks', 'data-testid': 'reader-stocks' });
  for (const s of article.stocks) {
    const href = quoteUrl(s.code);
    if (!href) continue;
    stocks.append(el(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer', title: s.code }, s.name || s.code));
  }
  art.append(stocks, renderBody(doc, article, tr, base));
  art.append(el(doc, 'p', { class: 'editor', 'data-testid': 'reader-editor' }, article.editor ? tr('editorLine', article.editor) : ''));
  const originalUrl = safeHttpUrl(article.url) ?? safeHttpUrl(opts.pageUrl);
  const origP = el(doc, 'p', { class: 'orig-link' });
  const link = el(doc, 'a', { 'data-testid': 'reader-original-link', rel: 'noopener noreferrer' }, tr('originalLink'));
  if (originalUrl) {
    link.setAttribute('href', originalUrl);
    link.title = originalUrl;
  }
  origP.append(link);
  art.append(origP);

  const toastEl = el(doc, 'div', { class: 'toast', 'data-testid': 'reader-toast', role: 'status', 'aria-live': 'polite' });
  page.append(bar, art, toastEl);
  // Esc leaves the reader, like the toolbar's first button.
  page.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !e.defaultPrevented) opts.onRestore?.();
  });
  root.append(style, page);

  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  const view: ReaderView = {
    host,
    root,
    apply(s) {
      current = { ...s };
      host.setAttribute('data-theme', resolveTheme(s.theme, opts.prefersDark?.() ?? false));
      page.style.setProperty('--fs', `${s.fontSize}px`);
      page.style.setProperty('--lw', `${s.lineWidth}em`);
      width.value = String(s.lineWidth);
      if (width.value !== String(s.lineWidth)) {
        width.append(el(doc, 'option', { value: String(s.lineWidth) }, `${s.lineWidth}em`));
        width.value = String(s.lineWidth);
      }
      theme.value = s.theme;
    },
    focus() {
      try {
        page.focus({ preventScroll: true });
      } catch {
        /* not focusable here (tests) */
      }
    },
    toast(message) {
      toastEl.textContent = message;
      toastEl.classList.add('show');
      if (toastTimer) clearTimeout(toastTimer);
      toastTimer = setTimeout(() => toastEl.classList.remove('show'), 2000);
    },
  };
  function change(patch: Partial<ReaderSettings>): void {
    view.apply({ ...current, ...patch });
    opts.onSettingsChange?.(patch);
  }
  view.apply(current);
  return view;
}
