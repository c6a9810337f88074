/** Settings persisted with WXT storage (`local:settings`), for extension pages and the background. */
import { storage } from 'wxt/utils/storage';
import { mergeSettings, normalizeSettings, type Settings } from './settings';

export const settingsItem = storage.defineItem<Partial<Settings>>('local:settings', { fallback: {} });

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

let saving: Promise<unknown> = Promise.resolve();

/** Saves one after another, so quick changes never overwrite each other. */
export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = saving.then(async () => {
    const merged = mergeSettings(await loadSettings(), patch);
    await settingsItem.setValue(merged);
    return merged;
  });
  saving = next.catch(() => undefined);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(normalizeSettings(v)));
}
