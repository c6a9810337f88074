import type { CitationStyle } from '../render/citation';

export type Theme = 'system' | 'light' | 'sepia' | 'dark';
export type CopyFormat = 'text' | 'markdown' | 'citation';

export interface Settings {
  /** Clean Sina articles as soon as they open. */
  autoClean: boolean;
  /** Which copy button is offered first (popup and reader toolbar). */
  copyFormat: CopyFormat;
  /** Keep image lines in copied / downloaded Markdown. */
  markdownImages: boolean;
  citationStyle: CitationStyle;
  theme: Theme;
  /** Reader font size in px. */
  fontSize: number;
  /** Reader line width in em. */
  lineWidth: number;
}

export const DEFAULT_SETTINGS: Settings = {
  autoClean: false,
  copyFormat: 'text',
  markdownImages: true,
  citationStyle: 'plain',
  theme: 'system',
  fontSize: 18,
  lineWidth: 36,
};

export const THEMES: readonly Theme[] = ['system', 'light', 'sepia', 'dark'];
export const COPY_FORMATS: readonly CopyFormat[] = ['text', 'markdown', 'citation'];
export const FONT_SIZE_RANGE = { min: 14, max: 28, step: 2 } as const;
export const LINE_WIDTHS = [28, 36, 48] as const;

/** browser.storage.local key (WXT storage item `local:settings`). */
export const SETTINGS_KEY = 'settings';

/** Fills gaps and drops out-of-range values so stored junk never breaks the UI. */
export function normalizeSettings(raw: unknown): Settings {
  const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const pick = <T>(v: unknown, ok: readonly T[], d: T): T => (ok.includes(v as T) ? (v as T) : d);
  const num = (v: unknown, min: number, max: number, d: number): number =>
    typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : d;
  return {
    autoClean: typeof s.autoClean === 'boolean' ? s.autoClean : DEFAULT_SETTINGS.autoClean,
    copyFormat: pick(s.copyFormat, COPY_FORMATS, DEFAULT_SETTINGS.copyFormat),
    markdownImages: typeof s.markdownImages === 'boolean' ? s.markdownImages : DEFAULT_SETTINGS.markdownImages,
    citationStyle: pick(s.citationStyle, ['plain', 'gb7714', 'apa'] as const, DEFAULT_SETTINGS.citationStyle),
    theme: pick(s.theme, THEMES, DEFAULT_SETTINGS.theme),
    fontSize: num(s.fontSize, FONT_SIZE_RANGE.min, FONT_SIZE_RANGE.max, DEFAULT_SETTINGS.fontSize),
    lineWidth: num(s.lineWidth, 20, 80, DEFAULT_SETTINGS.lineWidth),
  };
}

/** Merges a patch into settings; the result is normalised too. */
export function mergeSettings(current: Settings, patch: Partial<Settings>): Settings {
  return normalizeSettings({ ...current, ...patch });
}
