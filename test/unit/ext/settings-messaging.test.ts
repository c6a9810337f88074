import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { asContentMessage, listen } from '../../../src/ext/messages';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../src/ext/settings';
import * as lite from '../../../src/ext/settings-lite';
import * as store from '../../../src/ext/settings-store';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  test('defaults: system theme, no auto-clean', async () => {
    expect(await store.loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.theme).toBe('system');
    expect(DEFAULT_SETTINGS.autoClean).toBe(false);
  });

  test('junk in storage never reaches the UI', () => {
    expect(normalizeSettings({ theme: 'neon', fontSize: 999, lineWidth: 'wide', autoClean: 'yes', copyFormat: 'html' })).toEqual(
      DEFAULT_SETTINGS,
    );
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ theme: 'dark', fontSize: 22 })).toMatchObject({ theme: 'dark', fontSize: 22 });
  });

  test('the content script\'s bare-storage reader sees what the options page saved, and back', async () => {
    await store.saveSettings({ autoClean: true, theme: 'sepia' });
    expect(await lite.loadSettings()).toMatchObject({ autoClean: true, theme: 'sepia', fontSize: 18 });
    await lite.saveSettings({ fontSize: 24 });
    expect(await store.loadSettings()).toMatchObject({ autoClean: true, theme: 'sepia', fontSize: 24 });
  });

  test('quick changes one after another are all kept (saves never overwrite each other)', async () => {
    for (const m of [lite, store]) {
      fakeBrowser.reset();
      await Promise.all([m.saveSettings({ fontFamily: 'serif' }), m.saveSettings({ lineHeight: 2.1 }), m.saveSettings({ theme: 'dark' })]);
      expect(await lite.loadSettings()).toMatchObject({ fontFamily: 'serif', lineHeight: 2.1, theme: 'dark' });
    }
  });

  test('a custom citation template is one line and bounded', () => {
    expect(normalizeSettings({ citationTemplate: '{title}\n{url}' }).citationTemplate).toBe('{title} {url}');
    expect(normalizeSettings({ citationTemplate: 'x'.repeat(1000) }).citationTemplate.length).toBe(300);
    expect(normalizeSettings({ citationTemplate: '   ' }).citationTemplate).toBe(DEFAULT_SETTINGS.citationTemplate);
    expect(normalizeSettings({ citationStyle: 'custom', markdownMeta: 'front-matter', fontFamily: 'serif', lineHeight: 9 })).toMatchObject({
      citationStyle: 'custom',
      markdownMeta: 'front-matter',
      fontFamily: 'serif',
      lineHeight: DEFAULT_SETTINGS.lineHeight,
    });
  });

  test('changes are pushed to watchers', async () => {
    const seen = vi.fn();
    const stop = lite.watchSettings(seen);
    await store.saveSettings({ theme: 'dark' });
    await vi.waitFor(() => expect(seen).toHaveBeenCalled());
    expect(seen.mock.calls.at(-1)![0]).toMatchObject({ theme: 'dark' });
    stop();
  });
});

describe('message listener adapter', () => {
  beforeEach(() => fakeBrowser.reset());

  test('answers our messages (promise return value) and ignores others', async () => {
    listen(fakeBrowser.runtime.onMessage as never, asContentMessage, async (msg) => ({ echoed: msg.type }));
    expect(await fakeBrowser.runtime.sendMessage({ type: 'sina-clean:state' })).toEqual({ echoed: 'sina-clean:state' });
    expect(await fakeBrowser.runtime.sendMessage({ type: 'other-extension:thing' })).toBeUndefined();
    // Our prefix but not a known message: not answered either.
    expect(await fakeBrowser.runtime.sendMessage({ type: 'sina-clean:snapshot' })).toBeUndefined();
    expect(await fakeBrowser.runtime.sendMessage('sina-clean:state')).toBeUndefined();
  });

  test('answers through sendResponse when the browser gives one, errors included', async () => {
    const listeners: ((m: unknown, s: unknown, r?: (x: unknown) => void) => unknown)[] = [];
    listen({ addListener: (l) => listeners.push(l) }, asContentMessage, async (msg) => {
      if (msg.type === 'sina-clean:restore') throw new Error('nope');
      return { ok: true };
    });
    const got: unknown[] = [];
    expect(listeners[0]!({ type: 'sina-clean:state' }, {}, (r) => got.push(r))).toBe(true);
    expect(listeners[0]!({ type: 'sina-clean:restore' }, {}, (r) => got.push(r))).toBe(true);
    expect(listeners[0]!({ type: 'else' }, {}, (r) => got.push(r))).toBeUndefined();
    await vi.waitFor(() => expect(got.length).toBe(2));
    expect(got).toContainEqual({ ok: true });
    expect(got).toContainEqual({ ok: false, reason: 'error', message: 'nope' });
  });
});
