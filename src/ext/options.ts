/** Options page: every control saves at once through the settings store. */
import {
  CITATION_STYLES,
  DEFAULT_CITATION_TEMPLATE,
  FONT_FAMILIES,
  FONT_SIZE_RANGE,
  LINE_HEIGHTS,
  LINE_WIDTHS,
  MARKDOWN_METAS,
  SPEECH_RATES,
  TEMPLATE_MAX,
  type Settings,
} from './settings';
import { COMMAND_ID } from './background';
import { elementsOf } from './dom';

export interface CommandInfo {
  name?: string;
  shortcut?: string;
}

export interface OptionsDeps {
  doc: Document;
  loadSettings: () => Promise<Settings>;
  saveSettings: (patch: Partial<Settings>) => Promise<Settings>;
  tr: (key: string, ...subs: string[]) => string;
  /** browser.commands.getAll(): the shortcut the browser really bound. */
  commands?: () => Promise<CommandInfo[]>;
  /** Opens the browser's own page for changing extension shortcuts. */
  openShortcutSettings?: () => void;
  /** 'chrome' | 'firefox': which browser's way of changing the shortcut to describe. */
  browserName?: string;
}

export interface OptionsView {
  ready: Promise<void>;
  /** Last save (tests await it). */
  lastSave: Promise<unknown>;
}

/** "Alt+Shift+J" as the platform writes keys (Mac: ⌥⇧J is left to the browser's own page). */
export function describeShortcut(shortcut: string | undefined): string | null {
  return shortcut && shortcut.trim() ? shortcut.trim() : null;
}

export function startOptions(root: HTMLElement, deps: OptionsDeps): OptionsView {
  const { doc, tr } = deps;
  const h = elementsOf(doc);
  const view: OptionsView = { ready: Promise.resolve(), lastSave: Promise.resolve() };
  const saved = h('p', { class: 'saved', 'data-testid': 'opt-saved', role: 'status', 'aria-live': 'polite' });

  function save(patch: Partial<Settings>): void {
    view.lastSave = deps.saveSettings(patch).then(() => {
      saved.textContent = tr('optSaved');
    });
  }
  const checkbox = (testid: string, labelKey: string, key: 'autoClean' | 'autoSave' | 'markdownImages' | 'textTitleLine') => {
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

  // Copying
  const copyFormat = select(
    'opt-copy-format',
    'optCopyFormat',
    [['text', tr('formatText')], ['markdown', tr('formatMarkdown')], ['citation', tr('formatCitation')]] as const,
    (v) => save({ copyFormat: v as Settings['copyFormat'] }),
  );
  const titleLine = checkbox('opt-text-title', 'optTextTitleLine', 'textTitleLine');
  const images = checkbox('opt-md-images', 'optMarkdownImages', 'markdownImages');
  const mdMeta = select(
    'opt-md-meta',
    'optMarkdownMeta',
    MARKDOWN_METAS.map((m) => [m, tr(`mdMeta_${m.replace('-', '_')}`)] as const),
    (v) => save({ markdownMeta: v as Settings['markdownMeta'] }),
  );
  const citation = select(
    'opt-citation',
    'optCitationStyle',
    CITATION_STYLES.map((c) => [c, tr(`cite_${c}`)] as const),
    (v) => {
      save({ citationStyle: v as Settings['citationStyle'] });
      templateRow.hidden = v !== 'custom';
    },
  );
  const template = h('input', {
    type: 'text',
    id: 'opt-citation-template',
    'data-testid': 'opt-citation-template',
    maxlength: String(TEMPLATE_MAX),
    spellcheck: 'false',
    placeholder: DEFAULT_CITATION_TEMPLATE,
  });
  template.addEventListener('change', () => save({ citationTemplate: template.value }));
  const templateRow = h('div', { class: 'row template', hidden: '' });
  const templateLabel = h('label', { for: 'opt-citation-template' }, tr('optCitationTemplate'));
  templateRow.append(templateLabel, template, h('p', { class: 'hint' }, tr('optCitationTemplateHelp')));

  // Reader
  const theme = select(
    'opt-theme',
    'optTheme',
    [['system', tr('themeSystem')], ['light', tr('themeLight')], ['sepia', tr('themeSepia')], ['dark', tr('themeDark')]] as const,
    (v) => save({ theme: v as Settings['theme'] }),
  );
  const font = select(
    'opt-font-family',
    'fontFamily',
    FONT_FAMILIES.map((f) => [f, tr(f === 'serif' ? 'fontSerif' : 'fontSans')] as const),
    (v) => save({ fontFamily: v as Settings['fontFamily'] }),
  );
  const sizes: [number, string][] = [];
  for (let s: number = FONT_SIZE_RANGE.min; s <= FONT_SIZE_RANGE.max; s += FONT_SIZE_RANGE.step) sizes.push([s, `${s}px`]);
  const fontSize = select('opt-font-size', 'optFontSize', sizes, (v) => save({ fontSize: Number(v) }));
  const lineHeight = select('opt-line-height', 'lineHeight', LINE_HEIGHTS.map((x) => [x, String(x)] as const), (v) =>
    save({ lineHeight: Number(v) }),
  );
  const widthNames = ['widthNarrow', 'widthMedium', 'widthWide'];
  const lineWidth = select(
    'opt-line-width',
    'optLineWidth',
    LINE_WIDTHS.map((w, i) => [w, tr(widthNames[i]!)] as const),
    (v) => save({ lineWidth: Number(v) }),
  );
  const rate = select('opt-speech-rate', 'speechRate', SPEECH_RATES.map((r) => [r, `${r}×`] as const), (v) =>
    save({ speechRate: Number(v) }),
  );

  // Shortcut: what the browser really bound, and where to change it.
  const shortcut = h('p', { class: 'row', 'data-testid': 'opt-shortcut' }, tr('optShortcutLoading'));
  const shortcutHow = h('p', { class: 'hint', 'data-testid': 'opt-shortcut-how' }, tr(deps.browserName === 'firefox' ? 'optShortcutHowFirefox' : 'optShortcutHowChrome'));
  const shortcutButton = h('button', { type: 'button', 'data-testid': 'opt-shortcut-change' }, tr('optShortcutChange'));
  shortcutButton.addEventListener('click', () => deps.openShortcutSettings?.());
  shortcutButton.hidden = !deps.openShortcutSettings;

  const general = h('fieldset');
  const auto = checkbox('opt-autoclean', 'optAutoClean', 'autoClean');
  const autoSave = checkbox('opt-autosave', 'optAutoSave', 'autoSave');
  general.append(h('legend', {}, tr('optGeneral')), auto.label, autoSave.label);
  const copying = h('fieldset');
  copying.append(h('legend', {}, tr('optCopying')), copyFormat.label, titleLine.label, mdMeta.label, images.label, citation.label, templateRow);
  const reader = h('fieldset');
  reader.append(h('legend', {}, tr('optReader')), theme.label, font.label, fontSize.label, lineHeight.label, lineWidth.label, rate.label);
  const keys = h('fieldset');
  keys.append(h('legend', {}, tr('optShortcutTitle')), shortcut, shortcutHow, shortcutButton);
  // 文库: the library page (saved articles, search by stock).
  const library = h('p', { class: 'hint' });
  library.append(h('a', { href: '/library.html', target: '_blank', 'data-testid': 'opt-library' }, tr('libOpenLibrary')));
  root.replaceChildren(h('h1', {}, tr('optTitle')), general, copying, reader, keys, library, saved);

  const shown = (async () => {
    const all = await deps.commands?.().catch(() => []) ?? [];
    const bound = describeShortcut(all.find((c) => c.name === COMMAND_ID)?.shortcut);
    shortcut.textContent = bound ? tr('optShortcutBound', bound) : tr('optShortcutNone');
    shortcut.dataset.shortcut = bound ?? '';
  })();

  view.ready = Promise.all([
    shown,
    deps.loadSettings().then((s) => {
      auto.input.checked = s.autoClean;
      autoSave.input.checked = s.autoSave;
      images.input.checked = s.markdownImages;
      titleLine.input.checked = s.textTitleLine;
      copyFormat.sel.value = s.copyFormat;
      mdMeta.sel.value = s.markdownMeta;
      citation.sel.value = s.citationStyle;
      template.value = s.citationTemplate;
      templateRow.hidden = s.citationStyle !== 'custom';
      theme.sel.value = s.theme;
      font.sel.value = s.fontFamily;
      fontSize.sel.value = String(s.fontSize);
      lineHeight.sel.value = String(s.lineHeight);
      rate.sel.value = String(s.speechRate);
      lineWidth.sel.value = String(s.lineWidth);
      if (lineWidth.sel.value !== String(s.lineWidth)) {
        lineWidth.sel.append(h('option', { value: String(s.lineWidth) }, `${s.lineWidth}em`));
        lineWidth.sel.value = String(s.lineWidth);
      }
    }),
  ]).then(() => undefined);
  return view;
}
