// @vitest-environment jsdom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ExtractResult, PageState } from '../../../src/ext/messages';
import { startOptions } from '../../../src/ext/options';
import { startPopup, tabIdFromSearch, type PopupDeps } from '../../../src/ext/popup';
import { DEFAULT_SETTINGS } from '../../../src/ext/settings';
import { loadSettings, saveSettings } from '../../../src/ext/settings-store';
import { makeArticle, zhTr } from './helpers';

const ids = (root: HTMLElement) => {
  const out: Record<string, string> = {};
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-testid]'))) {
    out[el.dataset.testid!] = el.textContent ?? '';
  }
  return out;
};
const byId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid=${id}]`)!;

function popup(state: Partial<PageState> | null, result: ExtractResult | null, over: Partial<PopupDeps> = {}) {
  document.body.replaceChildren();
  const root = document.createElement('main');
  document.body.append(root);
  const toTab = vi.fn(async (_tab: number, msg: unknown) => {
    const type = (msg as { type: string }).type;
    if (type === 'sina-clean:state') {
      if (!state) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { recognised: true, cleaned: false, candidate: true, pending: false, title: '页面标题', ...state };
    }
    if (type === 'sina-clean:clean') return { ok: true, cleaned: true };
    if (type === 'sina-clean:restore') return { ok: true, cleaned: false };
    return undefined;
  });
  const deps: PopupDeps = {
    doc: document,
    tabId: async () => 42,
    sendToTab: toTab,
    send: vi.fn(async () => result),
    loadSettings: async () => DEFAULT_SETTINGS,
    tr: zhTr,
    writeClipboard: vi.fn(async () => true),
    download: vi.fn(),
    ...over,
  };
  const view = startPopup(root, deps);
  return { root, view, deps, toTab };
}

describe('popup', () => {
  test('?tabId=N is honoured, anything else ignored', () => {
    expect(tabIdFromSearch('?tabId=17')).toBe(17);
    expect(tabIdFromSearch('?tabId=abc')).toBeUndefined();
    expect(tabIdFromSearch('')).toBeUndefined();
  });

  test('shows the article metadata and the clean text', async () => {
    const a = makeArticle();
    const { root, view, deps } = popup({}, { ok: true, article: a });
    await view.ready;
    expect(deps.send).toHaveBeenCalledWith({ type: 'sina-clean:article', tabId: 42 });
    const t = ids(root);
    expect(byId(root, 'popup-not-article').hidden).toBe(true);
    expect(byId(root, 'popup-article').hidden).toBe(false);
    expect(t['popup-title']).toBe(a.title);
    expect(t['popup-time']).toBe('2021-08-24 15:57');
    expect(t['popup-source']).toBe('新京报');
    expect(t['popup-authors']).toBe('张三、李四');
    expect(t['popup-editor']).toBe('王五');
    expect(t['popup-original-title']).toBe('原来的标题');
    expect(t['popup-stocks']).toContain('苏宁易购');
    expect(byId(root, 'popup-stocks').querySelector('a')!.getAttribute('href')).toBe(
      'https://finance.sina.com.cn/realstock/company/sz002024/nc.shtml',
    );
    expect(t['popup-wordcount']).toBe('20 字 · 约 1 分钟读完');
    expect(t['popup-preview']).toBe(a.text);
    expect(byId(root, 'btn-clean').hidden).toBe(false);
    expect(byId(root, 'btn-restore').hidden).toBe(true);
  });

  test('missing fields show a dash, not "null"', async () => {
    const a = makeArticle({ editor: null, originalTitle: null, source: null, authors: [], stocks: [], publishedAt: null });
    const { root, view } = popup({}, { ok: true, article: a });
    await view.ready;
    const t = ids(root);
    for (const id of ['popup-time', 'popup-source', 'popup-authors', 'popup-editor', 'popup-original-title', 'popup-stocks']) {
      expect(t[id], id).toBe('—');
    }
    expect(root.textContent).not.toContain('null');
  });

  test('a page without our content script, or one the engine rejected, says so plainly', async () => {
    for (const [state, result] of [
      [null, null],
      [{ candidate: false, recognised: false }, null],
      [{ recognised: false, pending: false }, null],
    ] as const) {
      const { root, view, deps } = popup(state, result);
      await view.ready;
      expect(byId(root, 'popup-not-article').hidden).toBe(false);
      expect(byId(root, 'popup-not-article').textContent).toBe(zhTr('popupNotArticle'));
      expect(byId(root, 'popup-article').hidden).toBe(true);
      expect(deps.send).not.toHaveBeenCalled();
    }
  });

  test('while the engine is still working the popup asks the background and waits', async () => {
    const { root, view } = popup({ recognised: false, pending: true }, { ok: true, article: makeArticle() });
    await view.ready;
    expect(byId(root, 'popup-article').hidden).toBe(false);
    expect(byId(root, 'popup-title').textContent).toBe('测试公司半年报营收增长');
  });

  test('an engine error is explained', async () => {
    const { root, view } = popup({}, { ok: false, reason: 'not-an-article', message: 'no article body found on the page' });
    await view.ready;
    expect(byId(root, 'popup-not-article').textContent).toBe('无法从此页面提取文章：no article body found on the page');
  });

  test('clean / restore buttons drive the tab and swap', async () => {
    const showTab = vi.fn(async () => undefined);
    const close = vi.fn();
    const { root, view, toTab } = popup({}, { ok: true, article: makeArticle() }, { showTab, close });
    await view.ready;
    byId(root, 'btn-clean').click();
    await vi.waitFor(() => expect(byId(root, 'btn-restore').hidden).toBe(false));
    expect(byId(root, 'btn-clean').hidden).toBe(true);
    expect(toTab).toHaveBeenCalledWith(42, { type: 'sina-clean:clean' });
    byId(root, 'btn-restore').click();
    await vi.waitFor(() => expect(byId(root, 'btn-clean').hidden).toBe(false));
    expect(toTab).toHaveBeenCalledWith(42, { type: 'sina-clean:restore' });
    // Each time the page is brought into view and the popup gets out of the way.
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(2));
    expect(showTab.mock.calls).toEqual([[42], [42]]);
  });

  test('a cleaned tab opens with "restore" offered', async () => {
    const { root, view } = popup({ cleaned: true }, { ok: true, article: makeArticle() });
    await view.ready;
    expect(byId(root, 'btn-restore').hidden).toBe(false);
    expect(byId(root, 'btn-clean').hidden).toBe(true);
  });

  test('copy shows a confirmation; downloads get the right files', async () => {
    const a = makeArticle();
    const { root, view, deps } = popup({}, { ok: true, article: a });
    await view.ready;
    byId(root, 'btn-copy-md').click();
    await vi.waitFor(() => expect(byId(root, 'popup-toast').textContent).toBe('已复制'));
    expect(deps.writeClipboard).toHaveBeenCalledWith(a.markdown);
    vi.mocked(deps.writeClipboard).mockResolvedValueOnce(false);
    byId(root, 'btn-copy-text').click();
    await vi.waitFor(() => expect(byId(root, 'popup-toast').textContent).toBe('复制失败'));
    byId(root, 'btn-download-json').click();
    byId(root, 'btn-download-md').click();
    byId(root, 'btn-download-txt').click();
    const calls = vi.mocked(deps.download).mock.calls;
    expect(calls.map((c) => c[0])).toEqual([
      'ikqcfncc4769311-测试公司半年报营收增长.json',
      'ikqcfncc4769311-测试公司半年报营收增长.md',
      'ikqcfncc4769311-测试公司半年报营收增长.txt',
    ]);
    expect(JSON.parse(calls[0]![2])).toEqual(a);
  });

  test('nothing from the Article becomes markup in the popup', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { root, view } = popup({}, { ok: true, article: makeArticle({ title: evil, text: evil, source: evil }) });
    await view.ready;
    expect(root.querySelectorAll('img').length).toBe(0);
    expect(byId(root, 'popup-title').textContent).toBe(evil);
  });
});

describe('options page', () => {
  beforeEach(() => fakeBrowser.reset());

  test('controls show the stored settings and save changes at once', async () => {
    await saveSettings({ theme: 'dark', fontSize: 22 });
    const root = document.createElement('main');
    document.body.replaceChildren(root);
    const view = startOptions(root, { doc: document, loadSettings, saveSettings, tr: zhTr });
    await view.ready;
    const auto = byId(root, 'opt-autoclean') as HTMLInputElement;
    expect(auto.type).toBe('checkbox');
    expect(auto.checked).toBe(false);
    expect((byId(root, 'opt-theme') as HTMLSelectElement).value).toBe('dark');
    expect((byId(root, 'opt-font-size') as HTMLSelectElement).value).toBe('22');
    auto.click();
    await view.lastSave;
    expect(await loadSettings()).toMatchObject({ autoClean: true, theme: 'dark' });
    const cite = byId(root, 'opt-citation') as HTMLSelectElement;
    cite.value = 'gb7714';
    cite.dispatchEvent(new Event('change'));
    await view.lastSave;
    const fmt = byId(root, 'opt-copy-format') as HTMLSelectElement;
    fmt.value = 'markdown';
    fmt.dispatchEvent(new Event('change'));
    await view.lastSave;
    const imgs = byId(root, 'opt-md-images') as HTMLInputElement;
    imgs.click();
    await view.lastSave;
    expect(await loadSettings()).toMatchObject({ citationStyle: 'gb7714', copyFormat: 'markdown', markdownImages: false });
    expect(byId(root, 'opt-saved').textContent).toBe('已保存');
  });
});
