/**
 * The same settings item as settings-store.ts (`local:settings`, i.e. storage.local key
 * "settings"), read and written with the bare storage API so the content script does not
 * bundle the storage library.
 */
import { browser } from 'wxt/browser';
import { mergeSettings, normalizeSettings, SETTINGS_KEY, type Settings } from './settings';

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(got[SETTINGS_KEY]);
}

let saving: Promise<unknown> = Promise.resolve();

/** Saves one after another, so quick changes (font, then line height) never overwrite each other. */
export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = saving.then(async () => {
    const merged = mergeSettings(await loadSettings(), patch);
    await browser.storage.local.set({ [SETTINGS_KEY]: merged });
    return merged;
  });
  saving = next.catch(() => undefined);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) cb(normalizeSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
