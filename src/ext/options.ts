/** Options page: every control saves at once through the settings store. */
import type { CitationStyle } from '../render/citation';
import { FONT_SIZE_RANGE, LINE_WIDTHS, type Settings } from './settings';

export interface OptionsDeps {
  doc: Document;
  loadSettings: () => Promise<Settings>;
  saveSettings: (patch: Partial<Settings>) => Promise<Settings>;
  tr: (key: string, ...subs: string[]) => string;
}

export interface OptionsView {
  ready: Promise<void>;
  /** Last save (tests await it). */
  lastSave: Promise<unknown>;
}

export function startOptions(root: HTMLElement, deps: OptionsDeps): OptionsView {
  const { doc, tr } = deps;
  const h = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
    const node = doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const view: OptionsView = { ready: Promise.resolve(), lastSave: Promise.resolve() };
  const saved = h('p', { class: 'saved', 'data-testid': 'opt-saved', role: 'status', 'aria-live': 'polite' });

  function save(patch: Partial<Settings>): void {
    view.lastSave = deps.saveSettings(patch).then(() => {
      saved.textContent = tr('optSaved');
    });
  }
  const checkbox = (testid: string, labelKey: string, key: 'autoClean' | 'markdownImages') => {
    const input = h('input', { type: 'checkbox', id: testid, 'data-testid': testid });
    input.addEventListener('change', () => save({ [key]: input.checked }));
    const label = h('label', { class: 'row', for: testid });
    label.append(input, h('span', {}, tr(labelKey)));
    return { input, label };
  };
  const select = <V extends string | number>(
    testid: string,
    labelKey: string,
    options: readonly (readonly [V, string])[],
    onChange: (v: string) => void,
  ) => {
    const sel = h('select', { id: testid, 'data-testid': testid });
    for (const [value, text] of options) sel.append(h('option', { value: String(value) }, text));
    sel.addEventListener('change', () => onChange(sel.value));
    const label = h('label', { class: 'row', for: testid });
    label.append(h('span', {}, tr(labelKey)), sel);
    return { sel, label };
  };

  const auto = checkbox('opt-autoclean', 'optAutoClean', 'autoClean');
  const images = checkbox('opt-md-images', 'optMarkdownImages', 'markdownImages');
  const copyFormat = select(
    'opt-copy-format',
    'optCopyFormat',
    [['text', tr('formatText')], ['markdown', tr('formatMarkdown')], ['citation', tr('formatCitation')]] as const,
    (v) => save({ copyFormat: v as Settings['copyFormat'] }),
  );
  const citation = select(
    'opt-citation',
    'optCitationStyle',
    [['plain', tr('citePlain')], ['gb7714', tr('citeGb7714')], ['apa', tr('citeApa')]] as const,
    (v) => save({ citationStyle: v as CitationStyle }),
  );
  const theme = select(
    'opt-theme',
    'optTheme',
    [['system', tr('themeSystem')], ['light', tr('themeLight')], ['sepia', tr('themeSepia')], ['dark', tr('themeDark')]] as const,
    (v) => save({ theme: v as Settings['theme'] }),
  );
  const sizes: [number, string][] = [];
  for (let s: number = FONT_SIZE_RANGE.min; s <= FONT_SIZE_RANGE.max; s += FONT_SIZE_RANGE.step) sizes.push([s, `${s}px`]);
  const fontSize = select('opt-font-size', 'optFontSize', sizes, (v) => save({ fontSize: Number(v) }));
  const widthNames = ['widthNarrow', 'widthMedium', 'widthWide'];
  const lineWidth = select(
    'opt-line-width',
    'optLineWidth',
    LINE_WIDTHS.map((w, i) => [w, tr(widthNames[i]!)] as const),
    (v) => save({ lineWidth: Number(v) }),
  );

  const general = h('fieldset');
  general.append(h('legend', {}, tr('optGeneral')), auto.label, copyFormat.label, images.label, citation.label);
  const reader = h('fieldset');
  reader.append(h('legend', {}, tr('optReader')), theme.label, fontSize.label, lineWidth.label);
  const library = h('p', { class: 'hint' });
  library.append(h('a', { href: '/library.html', target: '_blank', 'data-testid': 'opt-library' }, tr('libOpenLibrary')));
  root.replaceChildren(h('h1', {}, tr('optTitle')), general, reader, h('p', { class: 'hint' }, tr('optShortcut')), library, saved);

  view.ready = deps.loadSettings().then((s) => {
    auto.input.checked = s.autoClean;
    images.input.checked = s.markdownImages;
    copyFormat.sel.value = s.copyFormat;
    citation.sel.value = s.citationStyle;
    theme.sel.value = s.theme;
    fontSize.sel.value = String(s.fontSize);
    lineWidth.sel.value = String(s.lineWidth);
    if (lineWidth.sel.value !== String(s.lineWidth)) {
      lineWidth.sel.append(h('option', { value: String(s.lineWidth) }, `${s.lineWidth}em`));
      lineWidth.sel.value = String(s.lineWidth);
    }
  });
  return view;
}
