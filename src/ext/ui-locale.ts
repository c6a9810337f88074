/**
 * The locales the extension ships, as `_locales` names them (the first is the manifest's
 * default_locale). Small on purpose: the always-injected content script checks a message's locale
 * with it; the tables themselves are in src/ext/strings.ts (reader chunk and background only).
 */
export const UI_LOCALES = ['zh_CN', 'en'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** Whether a value names a shipped locale (it arrives in a message). */
export const isUiLocale = (x: unknown): x is UiLocale => typeof x === 'string' && (UI_LOCALES as readonly string[]).includes(x);
