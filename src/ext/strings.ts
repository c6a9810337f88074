/**
 * The extension's UI strings as the build bundles them (the `_locales` files themselves), for the
 * reader in a page: there every `i18n.getMessage` is a call into the browser's extension API, and
 * in Firefox the reader's first screen made about 40 of them (the first, which sets up the API in
 * the content script, alone about 2 ms; all of them 4-7 ms of the first click at load 8). The
 * background, which reads strings through the API anyway, says which table the API answers from
 * (`localeOf`, src/ext/locale-probe.ts) with the message that asks for the reader; the reader then reads its strings here,
 * as `i18n.getMessage` would give them. Without that word (auto-clean on page load), or for a key
 * or a form this table does not read, the API answers as before.
 *
 * Not for the always-injected content script: it would carry both tables (it only passes the word on).
 */
import zhCN from '../../public/_locales/zh_CN/messages.json';
import en from '../../public/_locales/en/messages.json';
import { UI_LOCALES, type UiLocale } from './ui-locale';

export { isUiLocale, UI_LOCALES, type UiLocale } from './ui-locale';
export { localeOf, PROBE_KEY } from './locale-probe';

export type Tr = (key: string, ...subs: string[]) => string;
type Messages = Readonly<Record<string, { message: string } | undefined>>;

export const MESSAGES: Readonly<Record<UiLocale, Messages>> = { zh_CN: zhCN, en };

/**
 * `i18n.getMessage` over the bundled tables for `locale`: a key missing there is looked up in the
 * default locale, as the API does; `$1`…`$9` take the substitutions (a missing one gives ''), `$$`
 * gives `$`; an empty message gives the key (src/ext/i18n.ts `t`). A key neither table has, or a
 * message with named placeholders (`$name$`, which these tables do not use), goes to `fallback`.
 */
export function tableTr(locale: UiLocale, fallback: Tr, messages: Readonly<Record<UiLocale, Messages>> = MESSAGES): Tr {
  const own = messages[locale];
  const base = messages[UI_LOCALES[0]];
  return (key, ...subs) => {
    const m = (own[key] ?? base[key])?.message;
    if (m === undefined) return fallback(key, ...subs);
    // Most strings have no `$`: no pattern runs for them (the first screen is built cold).
    if (m.indexOf('$') < 0) return m || key;
    if (/\$[A-Za-z_@][\w@]*\$/.test(m)) return fallback(key, ...subs);
    return m.replace(/\$\$|\$([1-9])/g, (_, n?: string) => (n ? (subs[Number(n) - 1] ?? '') : '$')) || key;
  };
}
