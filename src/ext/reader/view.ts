/**
 * Reader view: an Article rendered as DOM inside an open shadow root, with its own styles.
 * Built only with createElement/textContent/setAttribute; page content is never parsed as HTML,
 * only http(s) URLs reach href/src, and pictures load only from Sina's picture hosts.
 *
 * Toolbar: one row. Under 600 px wide only 返回, the first copy format, 朗读 and a "⋯" menu stay
 * in the row; everything else moves into the menu. Typography (font, line height, width, theme,
 * read-aloud speed) sits behind "Aa".
 */
import type { Article, Block, Inline } from '../../article';
import type { CopyKind } from '../format';
import { metaParts } from '../meta-line';
import { saveMessage, type SaveOutcome } from '../library-client';
import type { FontFamily, Settings, Theme } from '../settings';
import { FONT_SIZE_RANGE, LINE_HEIGHTS, LINE_WIDTHS, SPEECH_RATES } from '../settings';
import { isPictureHost, quoteUrl, safeHttpUrl } from '../urls';
import { createReadAloud, type ReadAloud, type ReadAloudItem, type SpeechDeps, type SpeechState } from './speech';
import { el } from '../dom';

export const HOST_ID = 'sina-clean-host';
export const HOST_TAG = 'sina-clean-reader';
/** Articles with at least this many subheadings get a table of contents. */
export const TOC_MIN_HEADINGS = 3;

export type ReaderSettings = Pick<Settings, 'theme' | 'fontSize' | 'lineWidth' | 'fontFamily' | 'lineHeight' | 'speechRate'>;
export type ResolvedTheme = Exclude<Theme, 'system'>;

export const readerSettingsOf = (s: Settings): ReaderSettings => ({
  theme: s.theme,
  fontSize: s.fontSize,
  lineWidth: s.lineWidth,
  fontFamily: s.fontFamily,
  lineHeight: s.lineHeight,
  speechRate: s.speechRate,
});

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
  /** Speech synthesis for 朗读; null when the browser has none (the button then says so). */
  speech?: SpeechDeps | null;
  /** When given, the toolbar offers 保存 (keeping the article in 文库), showing 已保存 when it is there. */
  library?: ReaderLibrary;
  /** The first button's label (default 返回原网页), for hosts where leaving the view goes elsewhere. */
  backLabel?: string;
  /**
   * Build only the first screen of the body now (about this many characters of text; a picture or
   * table counts as FIRST_SCREEN_BLOCK_CHARS), the rest when `finish()` is called (the reader calls
   * it just after its first painted frame). Unset: the whole body at once.
   */
  firstScreenChars?: number;
  /**
   * When given, no picture is loaded: each is a link that opens it in a new tab, with this label
   * (and its caption kept). For hosts that keep no pictures and load none from the web (文库).
   */
  pictureLinks?: string;
}

/** 文库 for one article, as the reader's 保存 button uses it. */
export interface ReaderLibrary {
  /** True when the library has the article. */
  status(): Promise<boolean>;
  /** Saves it, or updates the entry the library has. */
  save(): Promise<SaveOutcome>;
}

export interface ReaderView {
  host: HTMLElement;
  root: ShadowRoot;
  apply(settings: ReaderSettings): void;
  toast(message: string): void;
  /** Moves keyboard focus into the view (so arrow keys and space scroll it). */
  focus(): void;
  /** Builds what is left of the body (see ReaderOptions.firstScreenChars); nothing when it is all there. */
  finish(): void;
  /** Stops reading aloud and timers (the view is being removed). */
  dispose(): void;
  /**
   * Saves the article to 文库 as the 保存 button does and tells the user how it went (`quiet`: only
   * when something changed or failed); null when the view has no library.
   */
  save(quiet?: boolean): Promise<SaveOutcome> | null;
}

export function resolveTheme(theme: Theme, prefersDark: boolean): ResolvedTheme {
  if (theme === 'system') return prefersDark ? 'dark' : 'light';
  return theme;
}

const FONTS: Record<FontFamily, string> = {
  sans: 'system-ui,-apple-system,"PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif',
  serif: '"Songti SC","STSong","SimSun","Noto Serif CJK SC","Source Han Serif SC","Noto Serif SC",serif',
};

const CSS = `
:host{all:initial !important;display:block !important;position:fixed !important;inset:0 !important;z-index:2147483647 !important;overflow:auto !important;opacity:1 !important;visibility:visible !important;background:var(--bg) !important;color:var(--fg) !important;--bg:#fdfdfc;--fg:#1d1d1f;--mu:#6b6b70;--ln:#e3e3e6;--ac:#c4161c;--ch:#f3f3f5;--hl:#fff3c4;color-scheme:light !important}
:host([data-theme=sepia]){--bg:#f6efe0;--fg:#3b2f20;--mu:#7a6a55;--ln:#e2d5bb;--ac:#a2461b;--ch:#ece1c9;--hl:#f1dfa8}
:host([data-theme=dark]){--bg:#17181a;--fg:#e4e4e6;--mu:#9a9aa2;--ln:#2f3034;--ac:#ff7b72;--ch:#26272b;--hl:#3a3420;color-scheme:dark !important}
.page:focus{outline:none}
.page{font-family:var(--ff);font-size:var(--fs,18px);line-height:var(--lh,1.8);background:var(--bg);color:var(--fg);min-height:100vh}
.bar{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;gap:6px;align-items:center;justify-content:center;padding:8px;background:var(--bg);border-bottom:1px solid var(--ln);font:13px/1.4 ${FONTS.sans}}
button,select{font:inherit;color:var(--fg);background:var(--ch);border:1px solid var(--ln);border-radius:6px;padding:4px 10px;cursor:pointer;white-space:nowrap}
button[aria-pressed=true]{border-color:var(--ac)}
:focus-visible{outline:2px solid var(--ac);outline-offset:1px}
.primary{background:var(--ac);border-color:var(--ac);color:var(--bg)}
.drop,.more{display:contents}
.bar>*,.more>*{order:5}
.bar>[data-testid=btn-restore]{order:0}
.bar>.primary{order:1}
.more>[data-testid^=btn-copy]{order:2}
.bar>[data-testid^=btn-speak]{order:3}
.more>[data-testid=btn-save]{order:4}
.bar>.btn-typo{order:6}
.btn-more{display:none}
.typo{display:none;position:absolute;top:100%;right:8px;grid-template-columns:auto auto;gap:8px 10px;align-items:center;padding:12px;background:var(--bg);border:1px solid var(--ln);border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18)}
.typo.open{display:grid}
.typo label{display:contents}
.typo label span{color:var(--mu);text-align:right}
.typo-title{grid-column:1/-1;font-weight:600}
[hidden]{display:none !important}
@media (max-width:600px){
.bar{flex-wrap:nowrap;justify-content:flex-start;gap:4px;padding:6px 8px}
.bar>button{padding:4px 8px}
.btn-more{display:inline-block;margin-left:auto}
.btn-typo{display:none}
.drop{display:none;position:absolute;top:100%;right:6px;left:6px;max-height:75vh;overflow:auto;flex-direction:column;gap:10px;padding:12px;background:var(--bg);border:1px solid var(--ln);border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.18)}
.bar.open .drop{display:flex}
.more{display:flex;flex-wrap:wrap;gap:6px}
.typo{display:grid;position:static;box-shadow:none;border:0;padding:0}
}
article{max-width:var(--lw,36em);margin:0 auto;padding:32px 20px 64px}
h1{font-size:1.6em;line-height:1.35;margin:0 0 .4em}
.orig,.meta,.editor,.empty,figcaption,.orig-link,.caption{color:var(--mu);font-size:.85em}
.meta span+span:before{content:"·";margin:0 .5em}
.stocks{display:flex;flex-wrap:wrap;gap:6px;margin:1em 0}
.stocks a{font-size:.8em;padding:1px 10px;border-radius:99px;background:var(--ch);text-decoration:none}
.toc{margin:1.2em 0;padding:.6em 1em;border:1px solid var(--ln);border-radius:8px;font-size:.9em}
.toc-title{font-weight:600;margin:0 0 .3em}
.toc ol{margin:0;padding-left:1.4em}
.toc a{text-decoration:none}
p{margin:0 0 1em}
.body h2{font-size:1.15em;margin:1.4em 0 .6em}
.body .speaking{background:var(--hl);border-radius:4px;box-shadow:0 0 0 4px var(--hl)}
figure{margin:1.2em 0;text-align:center}
img{max-width:100%;height:auto}
:host([data-theme=dark]) img{filter:brightness(.8) contrast(1.05)}
blockquote{margin:1em 0;padding:0 1em;border-left:3px solid var(--ln);color:var(--mu)}
table{border-collapse:collapse;font-size:.85em;display:block;overflow-x:auto;margin:0 0 1em}
caption{caption-side:top;text-align:left;color:var(--mu);padding:0 0 .3em}
td{border:1px solid var(--ln);padding:4px 8px}
.video{padding:.5em .8em;margin:0 0 1em;background:var(--ch);border-radius:6px}
.editor{text-align:right;margin-top:2em}
.orig-link{word-break:break-all}
a{color:var(--ac)}
.toast{position:fixed;left:50%;bottom:24px;transform:translateX(-50%);background:var(--fg);color:var(--bg);padding:8px 16px;border-radius:8px;opacity:0;transition:opacity .2s;pointer-events:none;font:14px/1.4 ${FONTS.sans};max-width:90vw}
.show{opacity:1}
.stocks:empty,.editor:empty{display:none}
@media print{.bar,.toast,.toc{display:none}:host{position:static !important;overflow:visible !important;background:#fff !important;color:#000 !important}.page{background:#fff;color:#000}.body .speaking{background:none;box-shadow:none}}
`;

type Tr = (key: string, ...subs: string[]) => string;


const link = (doc: Document, href: string, text: string) =>
  el(doc, 'a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);

/** Text with the article's own links: runs with an http(s) href become links that open in a new tab. */
function appendInlines(doc: Document, parent: HTMLElement, text: string, inlines: readonly Inline[] | undefined, base: string | undefined): void {
  if (!inlines?.length || inlines.map((i) => i.text).join('') !== text) {
    parent.textContent = text;
    return;
  }
  for (const run of inlines) {
    const href = run.href ? safeHttpUrl(run.href, base) : null;
    parent.append(href ? link(doc, href, run.text) : doc.createTextNode(run.text));
  }
}

/** How the body shows pictures: loaded (from Sina's hosts only), or every one as a link with this label. */
interface BodyOptions {
  pictureLinks?: string;
}

function renderBlock(doc: Document, block: Block, base: string | undefined, tr: Tr, o: BodyOptions): HTMLElement | null {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote': {
      const node = el(doc, block.type === 'paragraph' ? 'p' : block.type === 'heading' ? 'h2' : 'blockquote');
      appendInlines(doc, node, block.text, block.inlines, base);
      return node;
    }
    case 'image': {
      const src = safeHttpUrl(block.src, base);
      if (!src) return block.caption ? el(doc, 'p', { class: 'caption' }, block.caption) : null;
      const fig = el(doc, 'figure');
      if (o.pictureLinks !== undefined) {
        fig.append(el(doc, 'a', { href: src, target: '_blank', rel: 'noopener noreferrer', class: 'ext-img' }, o.pictureLinks));
      } else if (isPictureHost(new URL(src).hostname)) {
        // The caption is the figcaption; repeating it as alt would read (and, if the image fails, show) it twice.
        fig.append(el(doc, 'img', { src, alt: block.caption ? '' : tr('imageAlt'), loading: 'lazy', referrerpolicy: 'no-referrer' }));
      } else {
        // Pictures from other hosts are not loaded by the reader (no requests to third parties).
        fig.append(el(doc, 'a', { href: src, target: '_blank', rel: 'noopener noreferrer', class: 'ext-img' }, tr('externalImage')));
      }
      if (block.caption) fig.append(el(doc, 'figcaption', {}, block.caption));
      return fig;
    }
    case 'table': {
      const table = el(doc, 'table');
      if (block.caption) table.append(el(doc, 'caption', {}, block.caption));
      const tbody = el(doc, 'tbody');
      for (const row of block.rows) {
        const tr = el(doc, 'tr');
        for (const cell of row) tr.append(el(doc, 'td', {}, cell));
        tbody.append(tr);
      }
      table.append(tbody);
      return table;
    }
    case 'video': {
      // A placeholder with neither title nor link shows nothing, as in Markdown and HTML copy.
      const href = safeHttpUrl(block.href, base);
      if (!block.title && !href) return null;
      // Not article text: a div, so it never reads as a paragraph of the article.
      const box = el(doc, 'div', { class: 'video', 'data-testid': 'reader-video' }, tr('videoLabel'));
      const title = block.title || tr('videoUntitled');
      box.append(href ? link(doc, href, title) : doc.createTextNode(title));
      return box;
    }
    default:
      return null;
  }
}

/** What a picture, table or video counts as when the first screen is measured in characters. */
export const FIRST_SCREEN_BLOCK_CHARS = 400;

/** How many of `blocks` fill about `chars` characters (at least one). */
export function firstScreenBlocks(blocks: readonly Block[], chars: number): number {
  let used = 0;
  for (let k = 0; k < blocks.length; k++) {
    if (used >= chars) return Math.max(1, k);
    const b = blocks[k]!;
    used += b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote' ? b.text.length : FIRST_SCREEN_BLOCK_CHARS;
  }
  return blocks.length;
}

/**
 * Builds the body blocks of an Article: the first `upTo` now (all by default), the rest when the
 * returned `finish` is called (exported for tests).
 */
function buildBody(doc: Document, article: Article, tr: Tr, base: string | undefined, o: BodyOptions, upTo = article.blocks.length) {
  const body = el(doc, 'div', { class: 'body', 'data-testid': 'reader-body' });
  let headings = 0;
  let next = 0;
  const add = (end: number) => {
    const frag = doc.createDocumentFragment();
    for (; next < end; next++) {
      const block = article.blocks[next]!;
      const node = renderBlock(doc, block, base, tr, o);
      if (!node) continue;
      if (block.type === 'heading') node.id = `sc-h${++headings}`;
      frag.append(node);
    }
    body.append(frag);
  };
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    add(article.blocks.length);
    // A note, not a body block: a div, so it never reads as a paragraph of the article.
    if (!article.blocks.some((b) => b.type !== 'image' && b.type !== 'video')) {
      body.append(el(doc, 'div', { class: 'empty', role: 'note' }, tr(`readerEmpty_${article.kind}`)));
    }
  };
  add(Math.min(upTo, article.blocks.length));
  if (upTo >= article.blocks.length) finish();
  return { body, finish };
}

/** Builds the body blocks of an Article (exported for tests). */
export function renderBody(doc: Document, article: Article, tr: Tr, base?: string, o: BodyOptions = {}): HTMLElement {
  return buildBody(doc, article, tr, base, o).body;
}

/**
 * The table of contents for the article's subheadings (the body's h2 elements `sc-h1`, `sc-h2`…,
 * found when clicked: they may be built after the first frame), or null when there are fewer than
 * TOC_MIN_HEADINGS.
 */
function renderToc(doc: Document, article: Article, body: HTMLElement, tr: Tr): HTMLElement | null {
  const heads = article.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : [])).map((text, k) => ({ id: `sc-h${k + 1}`, text }));
  if (heads.length < TOC_MIN_HEADINGS) return null;
  const nav = el(doc, 'nav', { class: 'toc', 'data-testid': 'reader-toc', 'aria-label': tr('toc') });
  nav.append(el(doc, 'p', { class: 'toc-title' }, tr('toc')));
  const ol = el(doc, 'ol');
  for (const h of heads) {
    const a = el(doc, 'a', { href: `#${h.id}` }, h.text);
    // In-view scrolling only: the page's own URL (and its hashchange listeners) stays untouched.
    a.addEventListener('click', (e) => {
      e.preventDefault();
      body.querySelector(`#${h.id}`)?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    });
    const li = el(doc, 'li');
    li.append(a);
    ol.append(li);
  }
  nav.append(ol);
  return nav;
}

const COPY_KEYS: Record<CopyKind, { key: string; testid: string }> = {
  text: { key: 'copyText', testid: 'btn-copy-text' },
  markdown: { key: 'copyMarkdown', testid: 'btn-copy-md' },
  citation: { key: 'copyCitation', testid: 'btn-copy-cite' },
};

/** Key events typed in the reader stop at its host: the page's own key handlers never see them. */
const KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * Puts the reader's rules into its shadow root. A constructed style sheet first: extension pages'
 * CSP (no inline styles) blocks a `<style>` element, in Chromium and Firefox alike, and a page's own
 * CSP may too; adopted sheets are not governed by it. Where a sheet cannot be adopted (Firefox
 * content scripts: the page's constructor lives behind an Xray wrapper), a `<style>` element, which
 * the content script may add to a page without CSP of its own.
 */
function styleShadow(doc: Document, root: ShadowRoot): void {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  try {
    if (Sheet && 'adoptedStyleSheets' in root && typeof Sheet.prototype.replaceSync === 'function') {
      const sheet = new Sheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1 && sheet.cssRules.length > 0) return;
    }
  } catch {
    /* fall back to the element below */
  }
  root.append(el(doc, 'style', {}, CSS));
}

/** Creates the host element (not yet attached) with the reader view in its open shadow root. */
export function createReaderView(doc: Document, article: Article, opts: ReaderOptions): ReaderView {
  const tr: Tr = opts.tr ?? ((k) => k);
  const base = safeHttpUrl(article.url) ?? safeHttpUrl(opts.pageUrl) ?? undefined;
  const host = doc.createElement(HOST_TAG);
  host.id = HOST_ID;
  const root = host.attachShadow({ mode: 'open' });
  const page = el(doc, 'div', { class: 'page', tabindex: '-1', lang: 'zh-CN' });
  let current: ReaderSettings = { ...opts.settings };

  // Toolbar
  const bar = el(doc, 'div', { class: 'bar', role: 'toolbar', 'aria-label': tr('extName') });
  const button = (parent: HTMLElement, testid: string, label: string, onClick: () => unknown, title?: string) => {
    const b = el(doc, 'button', { type: 'button', 'data-testid': testid, ...(title ? { title, 'aria-label': title } : {}) }, label);
    b.addEventListener('click', () => void onClick());
    parent.append(b);
    return b;
  };
  const drop = el(doc, 'div', { class: 'drop' });
  const more = el(doc, 'div', { class: 'more' });
  const typo = el(doc, 'div', { class: 'typo', role: 'group', 'aria-label': tr('typography'), 'data-testid': 'reader-typography' });
  typo.append(el(doc, 'p', { class: 'typo-title' }, tr('typography')));
  const select = (testid: string, key: string, options: readonly (readonly [string, string])[], onChange: (v: string) => void) => {
    const sel = el(doc, 'select', { 'data-testid': testid, id: testid });
    for (const [value, label] of options) sel.append(el(doc, 'option', { value }, label));
    sel.addEventListener('change', () => onChange(sel.value));
    const label = el(doc, 'label', { for: testid });
    label.append(el(doc, 'span', {}, tr(key)), sel);
    typo.append(label);
    return sel;
  };

  button(bar, 'btn-restore', opts.backLabel ?? tr('readerRestore'), () => opts.onRestore?.());
  const first = opts.copyFirst ?? 'text';
  for (const kind of [first, ...(['text', 'markdown', 'citation'] as const).filter((k) => k !== first)]) {
    const b = button(kind === first ? bar : more, COPY_KEYS[kind].testid, tr(COPY_KEYS[kind].key), async () => {
      const ok = await opts.onCopy?.(kind);
      view.toast(tr(ok ? 'copied' : 'copyFailed'));
    });
    if (kind === first) b.className = 'primary';
  }
  const speak = button(bar, 'btn-speak', tr('speakPlay'), () => toggleSpeech());
  const speakStop = button(bar, 'btn-speak-stop', '■', () => reader?.stop(), tr('speakStop'));
  speakStop.hidden = true;
  // 保存 / 已保存: saving again updates the library's entry (never a second one).
  const lib = opts.library;
  const saveButton = lib ? button(more, 'btn-save', tr('save'), () => view.save()) : null;
  const showSaved = (saved: boolean) => {
    if (!saveButton) return;
    saveButton.textContent = tr(saved ? 'saved' : 'save');
    saveButton.dataset.saved = String(saved);
    saveButton.title = tr(saved ? 'savedHint' : 'saveHint');
  };
  showSaved(false);
  let saving: Promise<SaveOutcome> | null = null;
  /** A save has stored the article: the status asked as the view opened is older news from then on. */
  let stored = false;
  if (lib) {
    void lib.status().then(
      (saved) => {
        if (!saving && !stored) showSaved(saved);
      },
      () => undefined,
    );
  }
  button(more, 'btn-print', tr('readerPrint'), () => opts.onPrint?.());
  button(more, 'btn-font-smaller', 'A−', () => change({ fontSize: Math.max(FONT_SIZE_RANGE.min, current.fontSize - FONT_SIZE_RANGE.step) }), tr('fontSmaller'));
  button(more, 'btn-font-larger', 'A+', () => change({ fontSize: Math.min(FONT_SIZE_RANGE.max, current.fontSize + FONT_SIZE_RANGE.step) }), tr('fontLarger'));
  const typoButton = button(bar, 'btn-typography', 'Aa', () => {
    const open = typo.classList.toggle('open');
    typoButton.setAttribute('aria-expanded', String(open));
  }, tr('typography'));
  typoButton.classList.add('btn-typo');
  typoButton.setAttribute('aria-expanded', 'false');
  const moreButton = button(bar, 'btn-more', '⋯', () => {
    const open = bar.classList.toggle('open');
    moreButton.setAttribute('aria-expanded', String(open));
  }, tr('moreActions'));
  moreButton.classList.add('btn-more');
  moreButton.setAttribute('aria-expanded', 'false');

  const fontSel = select('sel-font', 'fontFamily', [['sans', tr('fontSans')], ['serif', tr('fontSerif')]], (v) =>
    change({ fontFamily: v as FontFamily }),
  );
  const heightSel = select('sel-line-height', 'lineHeight', LINE_HEIGHTS.map((h) => [String(h), String(h)] as const), (v) =>
    change({ lineHeight: Number(v) }),
  );
  const widthNames = ['widthNarrow', 'widthMedium', 'widthWide'];
  const width = select('sel-width', 'lineWidth', LINE_WIDTHS.map((w, i) => [String(w), tr(widthNames[i]!)] as const), (v) =>
    change({ lineWidth: Number(v) }),
  );
  const theme = select(
    'sel-theme',
    'theme',
    [['system', tr('themeSystem')], ['light', tr('themeLight')], ['sepia', tr('themeSepia')], ['dark', tr('themeDark')]],
    (v) => change({ theme: v as Theme }),
  );
  const rateSel = select('sel-speech-rate', 'speechRate', SPEECH_RATES.map((r) => [String(r), `${r}×`] as const), (v) => {
    change({ speechRate: Number(v) });
    reader?.setRate(Number(v));
  });
  drop.append(more, typo);
  bar.append(drop);

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
  const upTo = opts.firstScreenChars === undefined ? undefined : firstScreenBlocks(article.blocks, opts.firstScreenChars);
  const { body, finish } = buildBody(doc, article, tr, base, { pictureLinks: opts.pictureLinks }, upTo);
  const toc = renderToc(doc, article, body, tr);
  art.append(stocks, ...(toc ? [toc] : []), body);
  art.append(el(doc, 'p', { class: 'editor', 'data-testid': 'reader-editor' }, article.editor ? tr('editorLine', article.editor) : ''));
  const originalUrl = safeHttpUrl(article.url) ?? safeHttpUrl(opts.pageUrl);
  const origP = el(doc, 'p', { class: 'orig-link' });
  const orig = el(doc, 'a', { 'data-testid': 'reader-original-link', rel: 'noopener noreferrer' }, tr('originalLink'));
  if (originalUrl) {
    orig.setAttribute('href', originalUrl);
    orig.title = originalUrl;
  }
  origP.append(orig);
  art.append(origP);

  const toastEl = el(doc, 'div', { class: 'toast', 'data-testid': 'reader-toast', role: 'status', 'aria-live': 'polite' });
  page.append(bar, art, toastEl);
  page.addEventListener('keydown', (e) => {
    // Esc closes an open menu first, then leaves the reader (like the toolbar's first button).
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    if (bar.classList.contains('open') || typo.classList.contains('open')) {
      bar.classList.remove('open');
      typo.classList.remove('open');
      return;
    }
    opts.onRestore?.();
  });
  for (const type of KEY_EVENTS) page.addEventListener(type, (e) => e.stopPropagation());
  styleShadow(doc, root);
  root.append(page);

  // 朗读: over the whole body (built in full first if it is not yet).
  const speechItems = (): ReadAloudItem[] => {
    finish();
    return [
      { el: art.querySelector('h1')!, text: article.title },
      ...Array.from(body.querySelectorAll('p, h2, blockquote'))
        .filter((n) => !n.closest('figure') && (n.textContent ?? '').trim())
        .map((n) => ({ el: n, text: n.textContent ?? '' })),
    ];
  };
  let reader: ReadAloud | null = null;
  let speaking: Element | null = null;
  const showSpeech = (state: SpeechState) => {
    speak.textContent = tr(state === 'playing' ? 'speakPause' : state === 'paused' ? 'speakResume' : 'speakPlay');
    speak.setAttribute('aria-pressed', String(state !== 'idle'));
    speakStop.hidden = state === 'idle';
  };
  function toggleSpeech(): void {
    if (!opts.speech) {
      view.toast(tr('speakUnsupported'));
      return;
    }
    reader ??= createReadAloud(
      opts.speech,
      speechItems(),
      {
        onState: showSpeech,
        onItem(item) {
          speaking?.classList.remove('speaking');
          speaking = item?.el ?? null;
          if (!speaking) return;
          speaking.classList.add('speaking');
          try {
            speaking.scrollIntoView({ block: 'center', behavior: 'smooth' });
          } catch {
            /* no layout (tests) */
          }
        },
        onNoVoice: () => view.toast(tr('speakNoVoice')),
      },
      current.speechRate,
    );
    if (reader.state === 'playing') reader.pause();
    else void reader.play();
  }

  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  const view: ReaderView = {
    host,
    root,
    apply(s) {
      current = { ...s };
      host.setAttribute('data-theme', resolveTheme(s.theme, opts.prefersDark?.() ?? false));
      page.style.setProperty('--fs', `${s.fontSize}px`);
      page.style.setProperty('--lw', `${s.lineWidth}em`);
      page.style.setProperty('--lh', String(s.lineHeight));
      page.style.setProperty('--ff', FONTS[s.fontFamily]);
      host.setAttribute('data-font', s.fontFamily);
      const setSel = (sel: HTMLSelectElement, value: string, label: string) => {
        sel.value = value;
        if (sel.value !== value) {
          sel.append(el(doc, 'option', { value }, label));
          sel.value = value;
        }
      };
      setSel(width, String(s.lineWidth), `${s.lineWidth}em`);
      setSel(heightSel, String(s.lineHeight), String(s.lineHeight));
      setSel(rateSel, String(s.speechRate), `${s.speechRate}×`);
      fontSel.value = s.fontFamily;
      theme.value = s.theme;
    },
    finish,
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
      toastTimer = setTimeout(() => toastEl.classList.remove('show'), 2500);
    },
    dispose() {
      reader?.stop();
      if (toastTimer) clearTimeout(toastTimer);
    },
    save(quiet = false) {
      if (!lib) return null;
      // One save at a time: a second press while the first runs gets the same answer.
      saving ??= lib
        .save()
        .catch((e: unknown): SaveOutcome => ({ ok: false, reason: 'failed', message: String((e as Error)?.message ?? e) }))
        .then((o) => {
          saving = null;
          if (o.ok) {
            stored = true;
            showSaved(true);
          }
          if (!quiet || !o.ok || o.status !== 'unchanged') {
            const [key, ...subs] = saveMessage(o);
            view.toast(tr(key, ...subs));
          }
          return o;
        });
      return saving;
    },
  };
  function change(patch: Partial<ReaderSettings>): void {
    view.apply({ ...current, ...patch });
    opts.onSettingsChange?.(patch);
  }
  view.apply(current);
  return view;
}
