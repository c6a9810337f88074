/**
 * The 文库 page: the saved articles newest first, full-text search, filters by stock, source and
 * date, the stock view, the reader view for one entry (offline), import, export and delete.
 * Built with createElement/textContent only: every string shown comes from saved (untrusted) page
 * content or an imported file and is never parsed as HTML.
 */
import type { Article } from '../article';
import { copyOptionsOf, copyPayload, displayTime } from '../ext/format';
import { createReaderView, readerSettingsOf, type ReaderView } from '../ext/reader/view';
import type { Settings } from '../ext/settings';
import { quoteUrl } from '../ext/urls';
import { CITATION_STYLES, type CitationStyle } from '../render/citation';
import type { EntrySummary } from './entry';
import { citationList, markdownZip } from './export';
import { parseJsonl, toJsonl, type LineProblem } from './jsonl';
import { SearchIndex, type Query, type SortOrder } from './search';
import { LibraryError, type Library } from './store';
import { elementsOf } from '../ext/dom';

export interface LibraryPageDeps {
  doc: Document;
  open: () => Promise<Library>;
  tr: (key: string, ...subs: string[]) => string;
  loadSettings: () => Promise<Settings>;
  saveSettings?: (patch: Partial<Settings>) => Promise<unknown>;
  download: (name: string, mime: string, data: string | Uint8Array) => void;
  writeClipboard: (text: string) => Promise<boolean>;
  prefersDark?: () => boolean;
  print?: () => void;
  /** `location.search`: `?stock=…` and `?q=…` open the page filtered. */
  search?: string;
  /** Registers a callback for writes by other pages (BroadcastChannel in the extension). */
  onExternalChange?: (cb: () => void) => void;
  now?: () => Date;
}

export interface LibraryPageView {
  ready: Promise<void>;
  /** Reloads the entries from storage and renders again. */
  refresh(): Promise<void>;
  /** Settles when the last user action (import, export, delete, open) has finished (tests). */
  idle(): Promise<void>;
  readonly index: SearchIndex;
}

/** Rows rendered at first and added by 再显示: the list stays fast with thousands of entries. */
export const PAGE_SIZE = 100;
/** Largest import file read (bytes). */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;
const MAX_PROBLEMS_SHOWN = 10;

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(1).replace(/\.0$/, '')} GB`;
  if (n >= 1024 ** 2) return `${(n / 1024 ** 2).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${n} B`;
}

function localDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

export function startLibraryPage(root: HTMLElement, deps: LibraryPageDeps): LibraryPageView {
  const { doc, tr } = deps;
  const now = deps.now ?? (() => new Date());
  const h = elementsOf(doc);
  const button = (testid: string, label: string, onClick: () => unknown, cls = '') => {
    const b = h('button', { type: 'button', 'data-testid': testid, ...(cls ? { class: cls } : {}) }, label);
    b.addEventListener('click', () => void track(onClick()));
    return b;
  };

  // ---- state
  let lib: Library | null = null;
  let index = new SearchIndex();
  let settings: Settings | null = null;
  const query: Query = { sort: 'published' };
  let results: EntrySummary[] = [];
  let shown = PAGE_SIZE;
  const selected = new Set<string>();
  let tab: 'articles' | 'stocks' = 'articles';
  let reader: { view: ReaderView; scrollY: number; from: string } | null = null;
  let pending: Promise<unknown> = Promise.resolve();
  const track = (p: unknown): Promise<unknown> => {
    const run = Promise.resolve(p).catch((e: unknown) => showError(e));
    pending = Promise.all([pending, run]);
    return run;
  };

  // ---- header
  const header = h('header', { class: 'top' });
  const title = h('h1', { 'data-testid': 'lib-title' }, tr('libTitle'));
  const count = h('span', { class: 'count', 'data-testid': 'lib-count' });
  const usage = h('span', { class: 'usage', 'data-testid': 'lib-usage' });
  header.append(title, count, usage);

  // ---- filters
  const filters = h('div', { class: 'filters', role: 'search' });
  const searchBox = h('input', {
    type: 'search',
    'data-testid': 'lib-search',
    placeholder: tr('libSearch'),
    'aria-label': tr('libSearch'),
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const stockBox = h('input', {
    type: 'search',
    'data-testid': 'lib-stock',
    placeholder: tr('libStock'),
    'aria-label': tr('libStock'),
    list: 'lib-stock-options',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const stockOptions = h('datalist', { id: 'lib-stock-options' });
  const sourceSel = h('select', { 'data-testid': 'lib-source', 'aria-label': tr('libSourceAll') });
  const fromBox = h('input', { type: 'date', 'data-testid': 'lib-from', 'aria-label': tr('libFrom') });
  const toBox = h('input', { type: 'date', 'data-testid': 'lib-to', 'aria-label': tr('libTo') });
  const sortSel = h('select', { 'data-testid': 'lib-sort', 'aria-label': tr('libSort') });
  for (const [v, k] of [['published', 'libSortPublished'], ['saved', 'libSortSaved']] as const) sortSel.append(h('option', { value: v }, tr(k)));
  const clear = button('lib-clear', tr('libClear'), () => {
    searchBox.value = stockBox.value = fromBox.value = toBox.value = '';
    sourceSel.value = '';
    readFilters();
  });
  const fromLabel = h('label', { class: 'date' });
  fromLabel.append(h('span', {}, tr('libFrom')), fromBox);
  const toLabel = h('label', { class: 'date' });
  toLabel.append(h('span', {}, tr('libTo')), toBox);
  const filterRow1 = h('div', { class: 'row' });
  filterRow1.append(searchBox, stockBox, stockOptions);
  const filterRow2 = h('div', { class: 'row' });
  filterRow2.append(sourceSel, fromLabel, toLabel, sortSel, clear);
  filters.append(filterRow1, filterRow2);

  // ---- tabs
  const tabs = h('nav', { class: 'tabs' });
  const tabArticles = button('lib-tab-articles', tr('libTabArticles'), () => setTab('articles'));
  const tabStocks = button('lib-tab-stocks', tr('libTabStocks'), () => setTab('stocks'));
  tabs.append(tabArticles, tabStocks);

  // ---- actions
  const actions = h('div', { class: 'actions' });
  const selectAll = h('input', { type: 'checkbox', 'data-testid': 'lib-select-all', id: 'lib-select-all' });
  const selectAllLabel = h('label', { class: 'select-all', for: 'lib-select-all' });
  selectAllLabel.append(selectAll, h('span', {}, tr('libSelectAll')));
  const selectedCount = h('span', { class: 'selected', 'data-testid': 'lib-selected' });
  const btnJsonl = button('lib-export-jsonl', tr('libExportJsonl'), () => exportSelected('jsonl'));
  const btnMd = button('lib-export-md', tr('libExportMarkdown'), () => exportSelected('md'));
  const citeSel = h('select', { 'data-testid': 'lib-cite-style', 'aria-label': tr('libCiteStyle') });
  // The styles the options page offers, under the same names (a custom one uses the options' template).
  for (const s of CITATION_STYLES) citeSel.append(h('option', { value: s }, tr(`cite_${s}`)));
  const btnCite = button('lib-export-cite', tr('libExportCitations'), () => exportSelected('cite'));
  const btnDelete = button('lib-delete', tr('libDelete'), () => askDelete(), 'danger');
  const fileInput = h('input', {
    type: 'file',
    'data-testid': 'lib-import-file',
    accept: '.jsonl,.ndjson,.json,.txt,application/x-ndjson,application/jsonl,application/json,text/plain',
    hidden: '',
  });
  const btnImport = button('lib-import', tr('libImport'), () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void track(importFile(file));
    fileInput.value = '';
  });
  const spacer = h('span', { class: 'spacer' });
  const exportGroup = h('span', { class: 'group', role: 'group', 'aria-label': tr('libExportLabel') });
  exportGroup.append(h('span', { class: 'label' }, tr('libExportLabel')), btnJsonl, btnMd, btnCite, citeSel);
  actions.append(selectAllLabel, selectedCount, exportGroup, btnDelete, spacer, btnImport, fileInput);
  const exportButtons = [btnJsonl, btnMd, btnCite, btnDelete];

  const confirmBar = h('div', { class: 'confirm', 'data-testid': 'lib-confirm', role: 'alertdialog', hidden: '' });
  const confirmText = h('span', {});
  const confirmYes = button('lib-delete-confirm', tr('libDeleteYes'), () => doDelete(), 'danger');
  const confirmNo = button('lib-delete-cancel', tr('libCancel'), () => {
    confirmBar.hidden = true;
  });
  confirmBar.append(confirmText, confirmYes, confirmNo);

  const message = h('div', { class: 'message', 'data-testid': 'lib-message', role: 'status', 'aria-live': 'polite' });
  const error = h('div', { class: 'error', 'data-testid': 'lib-error', role: 'alert', hidden: '' });

  // ---- views
  const articlesView = h('section', { class: 'view', 'data-testid': 'lib-view-articles' });
  const resultCount = h('p', { class: 'result-count', 'data-testid': 'lib-result-count' });
  const list = h('ul', { class: 'list', 'data-testid': 'lib-list' });
  const empty = h('p', { class: 'empty', 'data-testid': 'lib-empty', hidden: '' });
  const more = button('lib-more', '', () => {
    shown += PAGE_SIZE;
    renderList();
  });
  more.hidden = true;
  articlesView.append(resultCount, list, empty, more);

  const stocksView = h('section', { class: 'view', 'data-testid': 'lib-view-stocks', hidden: '' });
  const stockTable = h('table', { class: 'stocks', 'data-testid': 'lib-stocks' });
  const stockHead = h('thead');
  const headRow = h('tr');
  for (const k of ['libStockName', 'libStockCode', 'libStockCount']) headRow.append(h('th', { scope: 'col' }, tr(k)));
  stockHead.append(headRow);
  const stockBody = h('tbody');
  stockTable.append(stockHead, stockBody);
  const stocksEmpty = h('p', { class: 'empty', 'data-testid': 'lib-stocks-empty', hidden: '' }, tr('libStocksEmpty'));
  stocksView.append(stockTable, stocksEmpty);

  const main = h('div', { class: 'library' });
  main.append(header, filters, tabs, actions, confirmBar, message, error, articlesView, stocksView);
  root.replaceChildren(main);

  // ---- messages
  function say(lines: (string | HTMLElement)[]): void {
    error.hidden = true;
    error.replaceChildren();
    message.replaceChildren(...lines.map((l) => (typeof l === 'string' ? h('p', {}, l) : l)));
  }
  function showError(e: unknown): void {
    let text: string;
    if (e instanceof LibraryError) {
      switch (e.reason) {
        case 'quota':
          text = tr('libQuota');
          break;
        case 'version':
          text = tr('libVersionError');
          break;
        case 'unavailable':
        case 'upgrade':
          text = tr('libUnavailable', e.message);
          break;
        default:
          text = tr('libError', e.message);
      }
    } else text = tr('libError', String((e as Error)?.message ?? e));
    message.replaceChildren();
    error.replaceChildren(h('p', {}, text));
    error.hidden = false;
    void updateUsage();
  }

  // ---- rendering
  function readFilters(): void {
    query.text = searchBox.value;
    query.stock = stockBox.value;
    query.source = sourceSel.value;
    query.from = fromBox.value;
    query.to = toBox.value;
    query.sort = sortSel.value as SortOrder;
    shown = PAGE_SIZE;
    render();
  }
  let typing: ReturnType<typeof setTimeout> | undefined;
  const soon = () => {
    if (typing) clearTimeout(typing);
    typing = setTimeout(readFilters, 80);
  };
  searchBox.addEventListener('input', soon);
  stockBox.addEventListener('input', soon);
  for (const el of [sourceSel, fromBox, toBox, sortSel]) el.addEventListener('change', readFilters);
  searchBox.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') readFilters();
  });
  stockBox.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') readFilters();
  });

  function metaLine(s: EntrySummary): HTMLElement {
    const meta = h('div', { class: 'meta', 'data-testid': 'lib-item-meta' });
    const time = displayTime(s.publishedAt);
    meta.append(h('span', { class: 'time' }, time || tr('libSavedAt', displayTime(localIso(s.savedAt)))));
    if (s.source) meta.append(h('span', { class: 'source' }, s.source));
    if (s.authors.length) meta.append(h('span', { class: 'authors' }, s.authors.join('、')));
    return meta;
  }

  function row(s: EntrySummary): HTMLElement {
    const li = h('li', { class: 'item', 'data-testid': 'lib-item', 'data-key': s.key });
    const check = h('input', { type: 'checkbox', 'data-testid': 'lib-item-check', 'aria-label': tr('libSelectEntry', s.title) });
    check.checked = selected.has(s.key);
    check.addEventListener('change', () => {
      if (check.checked) selected.add(s.key);
      else selected.delete(s.key);
      li.classList.toggle('on', check.checked);
      renderSelection();
    });
    li.classList.toggle('on', check.checked);
    const body = h('div', { class: 'body' });
    const open = h('button', { type: 'button', class: 'title', 'data-testid': 'lib-item-title' }, s.title || s.key);
    open.addEventListener('click', () => void track(openEntry(s.key)));
    body.append(open, metaLine(s));
    if (s.stocks.length) {
      const chips = h('div', { class: 'chips' });
      for (const st of s.stocks) {
        const match = stockMatches?.has(st.code.toLowerCase()) ? ' match' : '';
        const chip = h('button', { type: 'button', class: `chip${match}`, 'data-testid': 'lib-item-stock', 'data-code': st.code, title: st.code }, st.name || st.code);
        chip.addEventListener('click', () => filterStock(st.code));
        chips.append(chip);
      }
      body.append(chips);
    }
    li.append(check, body);
    return li;
  }

  function renderList(): void {
    const slice = results.slice(0, shown);
    list.replaceChildren(...slice.map(row));
    const filtered = !!(query.text?.trim() || query.stock?.trim() || query.source || query.from || query.to);
    resultCount.textContent = filtered ? tr('libResults', String(results.length)) : '';
    empty.hidden = results.length > 0;
    empty.textContent = index.size ? tr('libNoMatch') : tr('libEmpty');
    const rest = results.length - slice.length;
    more.hidden = rest <= 0;
    more.textContent = tr('libMore', String(Math.min(rest, PAGE_SIZE)));
  }

  function renderSelection(): void {
    for (const k of selected) if (!index.get(k)) selected.delete(k);
    selectedCount.textContent = selected.size ? tr('libSelected', String(selected.size)) : '';
    const inView = results.filter((s) => selected.has(s.key)).length;
    selectAll.checked = results.length > 0 && inView === results.length;
    selectAll.indeterminate = inView > 0 && inView < results.length;
    for (const b of exportButtons) b.disabled = selected.size === 0;
  }
  selectAll.addEventListener('change', () => {
    if (selectAll.checked) for (const s of results) selected.add(s.key);
    else for (const s of results) selected.delete(s.key);
    renderList();
    renderSelection();
  });

  function renderStocks(): void {
    const rows = index.stocks();
    stockBody.replaceChildren(
      ...rows.map((r) => {
        const tr_ = h('tr', { 'data-testid': 'lib-stock-row', 'data-code': r.code });
        const nameCell = h('td');
        const open = h('button', { type: 'button', class: 'link', 'data-testid': 'lib-stock-open' }, r.name || r.code);
        open.addEventListener('click', () => filterStock(r.code));
        nameCell.append(open);
        const codeCell = h('td', { class: 'code' });
        const href = quoteUrl(r.code);
        codeCell.append(href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', title: tr('libQuote') }, r.code) : h('span', {}, r.code));
        tr_.append(nameCell, codeCell, h('td', { class: 'n', 'data-testid': 'lib-stock-count' }, String(r.count)));
        return tr_;
      }),
    );
    stockTable.hidden = rows.length === 0;
    stocksEmpty.hidden = rows.length > 0;
  }

  function renderOptions(): void {
    const current = sourceSel.value;
    sourceSel.replaceChildren(h('option', { value: '' }, tr('libSourceAll')));
    for (const s of index.sources()) sourceSel.append(h('option', { value: s.source }, tr('libSourceCount', s.source, String(s.count))));
    sourceSel.value = current;
    if (sourceSel.value !== current) {
      // The chosen source has no entry left: keep it selectable so the filter stays visible.
      sourceSel.append(h('option', { value: current }, current));
      sourceSel.value = current;
    }
    stockOptions.replaceChildren(
      ...index.stocks().flatMap((r) => [h('option', { value: r.code }, r.name), ...(r.name ? [h('option', { value: r.name }, r.code)] : [])]),
    );
    count.textContent = tr('libCount', String(index.size));
  }

  /** Stock codes the stock filter stands for (their chips are marked in the list). */
  let stockMatches: Set<string> | null = null;

  function render(): void {
    results = index.search(query);
    stockMatches = query.stock?.trim() ? index.resolveStock(query.stock) : null;
    tabArticles.setAttribute('aria-pressed', String(tab === 'articles'));
    tabStocks.setAttribute('aria-pressed', String(tab === 'stocks'));
    articlesView.hidden = tab !== 'articles';
    stocksView.hidden = tab !== 'stocks';
    // Selecting, exporting and deleting act on articles: not offered over the stock table.
    actions.hidden = tab !== 'articles';
    if (tab === 'articles') renderList();
    else renderStocks();
    renderSelection();
  }

  function setTab(t: 'articles' | 'stocks'): void {
    tab = t;
    render();
  }

  function filterStock(code: string): void {
    stockBox.value = code;
    tab = 'articles';
    readFilters();
  }

  async function updateUsage(): Promise<void> {
    if (!lib) return;
    try {
      const u = await lib.usage();
      const parts: string[] = [];
      if (u.usage !== null && u.quota) parts.push(tr('libUsageQuota', formatBytes(u.usage), formatBytes(u.quota)));
      else if (u.usage !== null) parts.push(tr('libUsage', formatBytes(u.usage)));
      usage.textContent = parts.join(' ');
      usage.classList.toggle('high', u.usage !== null && !!u.quota && u.usage / u.quota > 0.9);
      if (usage.classList.contains('high')) usage.title = tr('libUsageHigh');
    } catch {
      usage.textContent = '';
    }
  }

  /** Re-reads the library and renders it; `report`, when given, is said in the same task as the list
   * is drawn, so the list never shows an action's outcome before the message that reports it. */
  async function refresh(report?: (string | HTMLElement)[]): Promise<void> {
    lib ??= await deps.open();
    index = new SearchIndex(await lib.summaries());
    renderOptions();
    render();
    if (report) say(report);
    await updateUsage();
  }

  // ---- actions
  function selectedInOrder(): string[] {
    return index
      .list(query.sort)
      .filter((s) => selected.has(s.key))
      .map((s) => s.key);
  }

  async function exportSelected(kind: 'jsonl' | 'md' | 'cite'): Promise<void> {
    if (!lib || !selected.size) return;
    const entries = await lib.getMany(selectedInOrder());
    const stamp = localDate(now());
    let name: string;
    if (kind === 'jsonl') {
      name = `sina-clean-library-${stamp}.jsonl`;
      deps.download(name, 'application/x-ndjson;charset=utf-8', toJsonl(entries.map((e) => e.article)));
    } else if (kind === 'md') {
      name = `sina-clean-library-${stamp}-markdown.zip`;
      deps.download(name, 'application/zip', markdownZip(entries));
    } else {
      name = `sina-clean-library-${stamp}-citations.txt`;
      deps.download(name, 'text/plain;charset=utf-8', citationList(entries.map((e) => e.article), citeSel.value as CitationStyle, {
          template: settings?.citationTemplate,
          accessed: now(),
        }));
    }
    say([tr('libExported', String(entries.length), name)]);
  }

  function askDelete(): void {
    if (!selected.size) return;
    confirmText.textContent = tr('libDeleteConfirm', String(selected.size));
    confirmBar.hidden = false;
    confirmNo.focus();
  }

  async function doDelete(): Promise<void> {
    confirmBar.hidden = true;
    if (!lib || !selected.size) return;
    const n = await lib.delete([...selected]);
    selected.clear();
    await refresh([tr('libDeleted', String(n))]);
  }

  function problemText(p: LineProblem): string {
    const key = p.reason === 'json' ? 'libLineJson' : p.reason === 'too-long' ? 'libLineTooLong' : 'libLineNotArticle';
    return tr(key, String(p.line), p.detail);
  }

  async function importFile(file: File): Promise<void> {
    if (!lib) return;
    if (file.size > MAX_IMPORT_BYTES) {
      showError(new Error(tr('libImportTooBig', formatBytes(file.size), formatBytes(MAX_IMPORT_BYTES))));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      showError(new Error(tr('libImportReadFailed', String((e as Error)?.message ?? e))));
      return;
    }
    const parsed = parseJsonl(text);
    const report: (string | HTMLElement)[] = [];
    const problems = () => {
      if (!parsed.problems.length) return;
      report.push(tr('libImportProblems', String(parsed.problems.length)));
      const ul = h('ul', { class: 'problems', 'data-testid': 'lib-import-problems' });
      for (const p of parsed.problems.slice(0, MAX_PROBLEMS_SHOWN)) ul.append(h('li', {}, problemText(p)));
      if (parsed.problems.length > MAX_PROBLEMS_SHOWN) ul.append(h('li', {}, tr('libImportMore', String(parsed.problems.length - MAX_PROBLEMS_SHOWN))));
      report.push(ul);
    };
    if (!parsed.articles.length) {
      report.push(tr('libImportNothing'));
      problems();
      say(report);
      return;
    }
    try {
      const { counts } = await lib.saveMany(parsed.articles.map(({ article }) => ({ article, pageUrl: article.url })), now());
      report.push(tr('libImportResult', String(parsed.lines), String(counts.added), String(counts.updated), String(counts.unchanged)));
    } catch (e) {
      // Nothing of the file was saved (one transaction); say so and why.
      if (e instanceof LibraryError && e.reason === 'quota') {
        showError(new LibraryError('quota', e.message));
        error.append(h('p', {}, tr('libImportNotSaved', String(parsed.articles.length))));
        return;
      }
      throw e;
    }
    problems();
    if (parsed.dropped.length) report.push(tr('libImportDropped', parsed.dropped.map((d) => d.field).join(', ')));
    await refresh(report);
  }

  function localIso(iso: string): string {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return iso;
    const p = (n: number) => String(n).padStart(2, '0');
    return `${localDate(d)}T${p(d.getHours())}:${p(d.getMinutes())}`;
  }

  // ---- reader
  async function openEntry(key: string): Promise<void> {
    if (!lib) return;
    const entry = await lib.get(key);
    if (!entry) {
      await refresh();
      return;
    }
    closeReader();
    const article: Article = entry.article;
    const s = settings ?? (await deps.loadSettings());
    const view = createReaderView(doc, article, {
      settings: readerSettingsOf(s),
      tr,
      copyFirst: s.copyFormat,
      pageUrl: entry.pageUrl ?? undefined,
      prefersDark: deps.prefersDark,
      // The reader's first button leaves the view: here that is back to the list.
      backLabel: tr('libBack'),
      // Pictures are not stored with the article (only their addresses), and extension pages load
      // none from the web: each is a link to open it, with its caption kept.
      pictureLinks: tr('libImageOffline'),
      onRestore: () => closeReader(),
      onCopy: (kind) => deps.writeClipboard(copyPayload(article, kind, copyOptionsOf(settings ?? s, now()))),
      onPrint: () => deps.print?.(),
      onSettingsChange: (patch) => {
        if (settings) settings = { ...settings, ...patch };
        applyTheme();
        void deps.saveSettings?.(patch);
      },
    });
    reader = { view, scrollY: doc.defaultView?.scrollY ?? 0, from: key };
    main.hidden = true;
    doc.body.append(view.host);
    view.focus();
  }

  function closeReader(): void {
    if (!reader) return;
    const { view, scrollY, from } = reader;
    reader = null;
    view.host.remove();
    main.hidden = false;
    doc.defaultView?.scrollTo?.(0, scrollY);
    const again = Array.from(list.querySelectorAll<HTMLElement>('[data-testid=lib-item]')).find((li) => li.dataset.key === from);
    again?.querySelector<HTMLElement>('[data-testid=lib-item-title]')?.focus();
  }

  // ---- theme
  /** The reader's theme setting; 'system' leaves it to the stylesheet's prefers-color-scheme. */
  function applyTheme(): void {
    const theme = settings?.theme ?? 'system';
    if (theme === 'system') doc.documentElement.removeAttribute('data-theme');
    else doc.documentElement.setAttribute('data-theme', theme);
  }

  const params = new URLSearchParams(deps.search ?? '');
  searchBox.value = params.get('q') ?? '';
  stockBox.value = params.get('stock') ?? '';
  query.text = searchBox.value;
  query.stock = stockBox.value;

  let changeTimer: ReturnType<typeof setTimeout> | undefined;
  deps.onExternalChange?.(() => {
    if (changeTimer) clearTimeout(changeTimer);
    changeTimer = setTimeout(() => void track(refresh()), 250);
  });

  const ready = (async () => {
    settings = await deps.loadSettings().catch(() => null);
    applyTheme();
    if (settings && (CITATION_STYLES as readonly string[]).includes(settings.citationStyle)) citeSel.value = settings.citationStyle;
    await refresh();
  })().catch((e: unknown) => {
    showError(e);
    for (const b of [...exportButtons, btnImport]) b.disabled = true;
  });

  return {
    ready,
    refresh: () => track(refresh()).then(() => undefined),
    idle: async () => {
      await ready;
      let seen: Promise<unknown>;
      do {
        seen = pending;
        await seen;
      } while (seen !== pending);
    },
    get index() {
      return index;
    },
  };
}
