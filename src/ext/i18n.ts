import { browser } from 'wxt/browser';

/**
 * UI string from `_locales` (zh_CN by default, en when the browser runs in English).
 * Falls back to the key so a missing string is visible rather than blank.
 */
export function t(key: string, ...subs: (string | number)[]): string {
  let msg = '';
  try {
    msg = (browser.i18n.getMessage as (k: string, s?: string[]) => string)(key, subs.map(String));
  } catch {
    msg = '';
  }
  return msg || key;
}
