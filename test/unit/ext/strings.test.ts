import { describe, expect, test, vi } from 'vitest';
import zh from '../../../public/_locales/zh_CN/messages.json';
import en from '../../../public/_locales/en/messages.json';
import { isUiLocale, localeOf, MESSAGES, PROBE_KEY, tableTr, UI_LOCALES } from '../../../src/ext/strings';

type Table = Record<string, { message: string } | undefined>;

/** What `i18n.getMessage` gives from one `_locales` table (default locale for a key it lacks; $1…$9, $$). */
const getMessage = (own: Table, base: Table) => (key: string, ...subs: string[]) => {
  const m = (own[key] ?? base[key])?.message ?? '';
  return m.replace(/\$\$|\$([1-9])/g, (_, n?: string) => (n ? (subs[Number(n) - 1] ?? '') : '$')) || key;
};

describe('the UI strings the reader reads from its own copy of the tables', () => {
  test('every key of every shipped locale reads as getMessage reads it, with and without substitutions', () => {
    const keys = new Set([...Object.keys(zh), ...Object.keys(en)]);
    expect(keys.size).toBeGreaterThan(100);
    for (const locale of UI_LOCALES) {
      const api = getMessage(MESSAGES[locale] as Table, zh as Table);
      const fallback = vi.fn(() => 'API');
      const tr = tableTr(locale, fallback);
      for (const k of keys) {
        expect(tr(k, '甲', 'B'), `${locale} ${k}`).toBe(api(k, '甲', 'B'));
        expect(tr(k), `${locale} ${k}`).toBe(api(k));
      }
      expect(fallback).not.toHaveBeenCalled();
    }
    // The ones the reader shows, spot-checked against the files.
    expect(tableTr('zh_CN', () => '')('readerRestore')).toBe(zh.readerRestore.message);
    expect(tableTr('en', () => '')('readerRestore')).toBe(en.readerRestore.message);
    expect(tableTr('zh_CN', () => '')('popupWordCountValue', '1200', '3')).toBe('1200 字 · 约 3 分钟读完');
  });

  test('the default locale answers for a key another lacks; an unknown key or a named placeholder goes to the API', () => {
    const messages = {
      zh_CN: { a: { message: '甲 $1' }, b: { message: '乙' }, named: { message: '$who$ 说' }, cost: { message: '$$5，$2' } },
      en: { a: { message: 'A $1' } },
    };
    const fallback = vi.fn((k: string) => `api:${k}`);
    const tr = tableTr('en', fallback, messages);
    expect(tr('a', 'x')).toBe('A x');
    expect(tr('b')).toBe('乙');
    expect(tr('cost', 'one', 'two')).toBe('$5，two');
    expect(tr('a')).toBe('A ');
    expect(tr('missing')).toBe('api:missing');
    expect(tr('named')).toBe('api:named');
    expect(fallback.mock.calls).toEqual([['missing'], ['named']]);
  });

  test('the locale the API reads is told by the probe key, which differs in every locale', () => {
    expect(new Set(UI_LOCALES.map((l) => MESSAGES[l][PROBE_KEY]!.message)).size).toBe(UI_LOCALES.length);
    expect(localeOf(getMessage(zh as Table, zh as Table))).toBe('zh_CN');
    expect(localeOf(getMessage(en as Table, zh as Table))).toBe('en');
    expect(localeOf(() => 'Lecteur propre')).toBeNull();
    expect(localeOf(() => '')).toBeNull();
    expect(UI_LOCALES.every(isUiLocale)).toBe(true);
    for (const bad of ['fr', 'zh-CN', '', null, 3, { toString: () => 'en' }]) expect(isUiLocale(bad)).toBe(false);
  });
});
