/** The extension's settings: type, defaults and normalisation (stored junk never reaches the UI). */

export type Theme = 'system' | 'light' | 'sepia' | 'dark';
export type CopyFormat = 'text' | 'markdown' | 'citation';
/** Metadata on top of copied Markdown: none, one header line under the title, or YAML front matter. */
export type MarkdownMeta = 'none' | 'header' | 'front-matter';
export type CitationStyle = 'plain' | 'gb7714' | 'apa' | 'custom';
export type FontFamily = 'sans' | 'serif';

export interface Settings {
  /** Clean Sina articles as soon as they open. */
  autoClean: boolean;
  /** Save every article the reader shows to 文库 (updating the entry it has, never a second one). */
  autoSave: boolean;
  /** Which copy button is offered first (popup and reader toolbar). */
  copyFormat: CopyFormat;
  /** Keep pictures (and their captions) in copied / downloaded Markdown. */
  markdownImages: boolean;
  markdownMeta: MarkdownMeta;
  /** Open copied text with the title and a "source · time" line. */
  textTitleLine: boolean;
  citationStyle: CitationStyle;
  /** The user's template for citationStyle 'custom'. */
  citationTemplate: string;
  theme: Theme;
  fontFamily: FontFamily;
  /** Reader font size in px. */
  fontSize: number;
  /** Reader line height (unitless). */
  lineHeight: number;
  /** Reader line width in em. */
  lineWidth: number;
  /** Read-aloud speed (1 = the voice's normal rate). */
  speechRate: number;
}

export const DEFAULT_CITATION_TEMPLATE = '{title}，{source}，{date}，{url}';

export const DEFAULT_SETTINGS: Settings = {
  autoClean: false,
  autoSave: false,
  copyFormat: 'text',
  markdownImages: true,
  markdownMeta: 'header',
  textTitleLine: false,
  citationStyle: 'plain',
  citationTemplate: DEFAULT_CITATION_TEMPLATE,
  theme: 'system',
  fontFamily: 'sans',
  fontSize: 18,
  lineHeight: 1.8,
  lineWidth: 36,
  speechRate: 1,
};

export const THEMES: readonly Theme[] = ['system', 'light', 'sepia', 'dark'];
export const COPY_FORMATS: readonly CopyFormat[] = ['text', 'markdown', 'citation'];
export const MARKDOWN_METAS: readonly MarkdownMeta[] = ['header', 'front-matter', 'none'];
export const CITATION_STYLES: readonly CitationStyle[] = ['plain', 'gb7714', 'apa', 'custom'];
export const FONT_FAMILIES: readonly FontFamily[] = ['sans', 'serif'];
export const FONT_SIZE_RANGE = { min: 14, max: 28, step: 2 } as const;
export const LINE_WIDTHS = [28, 36, 48] as const;
export const LINE_HEIGHTS = [1.5, 1.8, 2.1] as const;
export const SPEECH_RATES = [0.8, 1, 1.25, 1.5, 2] as const;
/** A custom citation template longer than this is cut (it is one line of a reference). */
export const TEMPLATE_MAX = 300;

/** browser.storage.local key (WXT storage item `local:settings`). */
export const SETTINGS_KEY = 'settings';

/** Fills gaps and drops out-of-range values so stored junk never breaks the UI. */
export function normalizeSettings(raw: unknown): Settings {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const d = DEFAULT_SETTINGS;
  const pick = <T>(v: unknown, ok: readonly T[], def: T): T => (ok.includes(v as T) ? (v as T) : def);
  const num = (v: unknown, min: number, max: number, def: number): number =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : def;
  const bool = (v: unknown, def: boolean) => (typeof v === 'boolean' ? v : def);
  const template =
    typeof s.citationTemplate === 'string' && s.citationTemplate.trim()
      ? s.citationTemplate.replace(/[\r\n]+/g, ' ').slice(0, TEMPLATE_MAX)
      : d.citationTemplate;
  return {
    autoClean: bool(s.autoClean, d.autoClean),
    autoSave: bool(s.autoSave, d.autoSave),
    copyFormat: pick(s.copyFormat, COPY_FORMATS, d.copyFormat),
    markdownImages: bool(s.markdownImages, d.markdownImages),
    markdownMeta: pick(s.markdownMeta, MARKDOWN_METAS, d.markdownMeta),
    textTitleLine: bool(s.textTitleLine, d.textTitleLine),
    citationStyle: pick(s.citationStyle, CITATION_STYLES, d.citationStyle),
    citationTemplate: template,
    theme: pick(s.theme, THEMES, d.theme),
    fontFamily: pick(s.fontFamily, FONT_FAMILIES, d.fontFamily),
    fontSize: num(s.fontSize, FONT_SIZE_RANGE.min, FONT_SIZE_RANGE.max, d.fontSize),
    lineHeight: num(s.lineHeight, 1.2, 2.5, d.lineHeight),
    lineWidth: num(s.lineWidth, 20, 80, d.lineWidth),
    speechRate: num(s.speechRate, 0.5, 3, d.speechRate),
  };
}

/** Merges a patch into settings; the result is normalised too. */
export function mergeSettings(current: Settings, patch: Partial<Settings>): Settings {
  return normalizeSettings({ ...current, ...patch });
}
