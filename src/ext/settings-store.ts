/** Settings persisted with WXT storage (`local:settings`), for extension pages and the background. */
import { storage } from 'wxt/utils/storage';
import { mergeSettings, normalizeSettings, type Settings } from './settings';

export const settingsItem = storage.defineItem<Partial<Settings>>('local:settings', { fallback: {} });

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = mergeSettings(await loadSettings(), patch);
  await settingsItem.setValue(next);
  return next;
}

export function watchSettings(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((v) => cb(normalizeSettings(v)));
}
