/**
 * Which shipped `_locales` table the i18n API reads (for the background and the popup, which
 * send it with the toggle and 净化; see src/ext/strings.ts): the API's answer for a key whose text
 * differs in every locale. Only that key's entries are imported, not the tables.
 */
import { extShortName as zhCN } from '../../public/_locales/zh_CN/messages.json';
import { extShortName as en } from '../../public/_locales/en/messages.json';
import type { UiLocale } from './ui-locale';

/** A key whose text differs in every shipped locale. */
export const PROBE_KEY = 'extShortName';
const PROBES: Readonly<Record<UiLocale, string>> = { zh_CN: zhCN.message, en: en.message };

/** The shipped locale `tr` (the API's getMessage) answers from, or null when its answer matches none. */
export function localeOf(tr: (key: string) => string, probes: Readonly<Record<UiLocale, string>> = PROBES): UiLocale | null {
  const probe = tr(PROBE_KEY);
  for (const [l, text] of Object.entries(probes) as [UiLocale, string][]) if (text === probe) return l;
  return null;
}
