// @vitest-environment jsdom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentMessage, ExtractResult, PageState } from '../../../src/ext/messages';
import { startOptions } from '../../../src/ext/options';
import { startPopup, tabIdFromSearch, type PopupDeps } from '../../../src/ext/popup';
import { DEFAULT_SETTINGS } from '../../../src/ext/settings';
import { loadSettings, saveSettings } from '../../../src/ext/settings-store';
import { libraryClient } from '../../../src/library/client';
import { closeAll, freshLibrary, quotaOnPut } from '../library/helpers';
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
  const toTab = vi.fn(async (_tab: number, msg: ContentMessage): Promise<unknown> => {
    if (!state) throw new Error('Could not establish connection. Receiving end does not exist.');
    switch (msg.type) {
      case 'sina-clean:state':
        return { recognised: true, cleaned: false, candidate: true, extraction: 'none', title: '页面标题', ...state } satisfies PageState;
      case 'sina-clean:article':
        return result ?? undefined;
      case 'sina-clean:clean':
        return { ok: true, cleaned: true };
      case 'sina-clean:restore':
        return { ok: true, cleaned: false };
      case 'sina-clean:toggle':
        return undefined;
    }
  });
  const deps: PopupDeps = {
    doc: document,
    tabId: async () => 42,
    sendToTab: toTab,
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
    const { root, view, toTab } = popup({}, { ok: true, article: a });
    await view.ready;
    // Opening the popup asks the tab for its article (the tab extracts it); the background is not involved.
    expect(toTab).toHaveBeenCalledWith(42, { type: 'sina-clean:article' });
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

  test('a page without our content script, or not at an article URL, says so plainly', async () => {
    for (const state of [null, { candidate: false, recognised: false }] as const) {
      const { root, view, toTab } = popup(state, null);
      await view.ready;
      expect(byId(root, 'popup-not-article').hidden).toBe(false);
      expect(byId(root, 'popup-not-article').textContent).toBe(zhTr('popupNotArticle'));
      expect(byId(root, 'popup-article').hidden).toBe(true);
      expect(toTab).not.toHaveBeenCalledWith(42, { type: 'sina-clean:article' });
    }
  });

  test('a page without a body marker is still asked: the engine decides', async () => {
    const { root, view } = popup({ recognised: false }, { ok: true, article: makeArticle() });
    await view.ready;
    expect(byId(root, 'popup-article').hidden).toBe(false);
    expect(byId(root, 'popup-title').textContent).toBe('测试公司半年报营收增长');
  });

  test.each([
    ['not-an-article', 'failNotArticle'],
    ['empty', 'failNotArticle'],
    ['too-large', 'failTooLarge'],
    ['too-complex', 'failTooLarge'],
    ['timeout', 'failTooLarge'],
    ['unreadable', 'failTooLarge'],
  ] as const)('an engine refusal (%s) is explained in words, not codes', async (reason, key) => {
    const { root, view } = popup({}, { ok: false, reason, message: 'internal detail' });
    await view.ready;
    expect(byId(root, 'popup-not-article').textContent).toBe(zhTr(key));
    expect(byId(root, 'popup-article').hidden).toBe(true);
  });

  test('a video article says it is a video, offers its title and link, and no empty text copy', async () => {
    const a = makeArticle({
      kind: 'video',
      text: '',
      wordCount: 0,
      readingMinutes: 0,
      blocks: [{ type: 'video', title: '一起来体验', href: 'https://video.sina.com.cn/p/finance/2018-09-28/detail-abc.d.html', poster: null }],
      markdown: '# 视频\n',
    });
    const { root, view, deps } = popup({}, { ok: true, article: a });
    await view.ready;
    expect(byId(root, 'popup-kind').hidden).toBe(false);
    expect(byId(root, 'popup-kind').textContent).toBe(zhTr('popupKind_video'));
    expect(byId(root, 'popup-wordcount').textContent).toBe('视频');
    expect(root.textContent).not.toContain('0 字');
    const video = byId(root, 'popup-video');
    expect(video.textContent).toBe('视频：一起来体验');
    expect(video.querySelector('a')!.getAttribute('href')).toBe('https://video.sina.com.cn/p/finance/2018-09-28/detail-abc.d.html');
    expect((byId(root, 'btn-copy-text') as HTMLButtonElement).disabled).toBe(true);
    const copyVideo = byId(root, 'btn-copy-video');
    expect(copyVideo.hidden).toBe(false);
    copyVideo.click();
    await vi.waitFor(() => expect(deps.writeClipboard).toHaveBeenCalled());
    expect(vi.mocked(deps.writeClipboard).mock.calls[0]![0]).toBe(
      `${a.title}\n视频：一起来体验 https://video.sina.com.cn/p/finance/2018-09-28/detail-abc.d.html\n${a.url}`,
    );
    // The metadata is there as for any article.
    expect(byId(root, 'popup-source').textContent).toBe('新京报');
  });

  test('a video article lists no empty video placeholder (no title, no link), as the reader shows none', async () => {
    const a = makeArticle({
      kind: 'video',
      text: '',
      wordCount: 0,
      readingMinutes: 0,
      blocks: [
        { type: 'video', title: '', href: null, poster: null },
        { type: 'video', title: '一起来体验', href: null, poster: null },
      ],
    });
    const { root, view } = popup({}, { ok: true, article: a });
    await view.ready;
    expect(Array.from(root.querySelectorAll('[data-testid=popup-video]')).map((x) => x.textContent)).toEqual(['视频：一起来体验']);
    const only = popup({}, { ok: true, article: { ...a, blocks: [{ type: 'video', title: '', href: null, poster: null }] } });
    await only.view.ready;
    expect(only.root.querySelectorAll('[data-testid=popup-video]')).toHaveLength(0);
    expect(only.root.textContent).toContain(zhTr('readerEmpty_video'));
  });

  test('保存 appears only when the library provides it', async () => {
    const plain = popup({}, { ok: true, article: makeArticle() });
    await plain.view.ready;
    expect(byId(plain.root, 'btn-save').hidden).toBe(true);
  });

  test('保存 keeps the article in 文库: 已保存 afterwards and when the popup opens again, saving again updates, never a second entry', async () => {
    const lib = await freshLibrary();
    const library = libraryClient(async () => lib);
    const a = makeArticle();
    const first = popup({}, { ok: true, article: a }, { library });
    await first.view.ready;
    const save = byId(first.root, 'btn-save');
    expect(save.hidden).toBe(false);
    expect([save.textContent, save.dataset.saved]).toEqual([zhTr('save'), 'false']);
    save.click();
    expect(await first.view.lastSave).toEqual({ ok: true, status: 'added' });
    expect(byId(first.root, 'popup-toast').textContent).toBe(zhTr('savedAdded'));
    expect([save.textContent, save.dataset.saved]).toEqual([zhTr('saved'), 'true']);
    expect(await lib.count()).toBe(1);
    expect((await lib.get('doc:ikqcfncc4769311'))!.pageUrl).toBe(a.url);

    // Opened again on the same article: it says 已保存 at once; the same article again is left alone.
    const again = popup({}, { ok: true, article: a }, { library });
    await again.view.ready;
    expect(byId(again.root, 'btn-save').textContent).toBe(zhTr('saved'));
    byId(again.root, 'btn-save').click();
    expect(await again.view.lastSave).toEqual({ ok: true, status: 'unchanged' });
    expect(byId(again.root, 'popup-toast').textContent).toBe(zhTr('savedUnchanged'));
    // The page changed since (a corrected paragraph): the entry is updated, still one.
    const edited = popup({}, { ok: true, article: { ...a, text: `${a.text}\n\n更正。` } }, { library });
    await edited.view.ready;
    byId(edited.root, 'btn-save').click();
    expect(await edited.view.lastSave).toEqual({ ok: true, status: 'updated' });
    expect(byId(edited.root, 'popup-toast').textContent).toBe(zhTr('savedUpdated'));
    expect(await lib.count()).toBe(1);
    closeAll();
  });

  test('保存 when the storage quota is reached: the popup says so, nothing is saved, the button stays 保存', async () => {
    const lib = await freshLibrary();
    const { root, view } = popup({}, { ok: true, article: makeArticle() }, { library: libraryClient(async () => lib) });
    await view.ready;
    const restore = quotaOnPut(1);
    try {
      byId(root, 'btn-save').click();
      expect(await view.lastSave).toMatchObject({ ok: false, reason: 'quota' });
    } finally {
      restore();
    }
    expect(byId(root, 'popup-toast').textContent).toBe(zhTr('libQuota'));
    expect(byId(root, 'btn-save').textContent).toBe(zhTr('save'));
    expect(await lib.count()).toBe(0);
    closeAll();
  });

  test('净化 names the locale the popup reads its strings from, so the reader in the tab reads the same', async () => {
    const { root, view, toTab } = popup({}, { ok: true, article: makeArticle() }, { locale: () => 'zh_CN' });
    await view.ready;
    byId(root, 'btn-clean').click();
    await vi.waitFor(() => expect(toTab).toHaveBeenCalledWith(42, { type: 'sina-clean:clean', locale: 'zh_CN' }));
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
    // Default: Markdown with a source · time · URL line under the title.
    const md = vi.mocked(deps.writeClipboard).mock.calls[0]![0];
    expect(md.split('\n').slice(0, 3)).toEqual(['# 测试公司半年报营收增长', '', `新京报 · 2021-08-24 15:57 · <${a.url}>`]);
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
    const view = startOptions(root, {
      doc: document,
      loadSettings,
      saveSettings,
      tr: zhTr,
      commands: async () => [{ name: 'toggle-reader', shortcut: 'Alt+Shift+J' }, { name: '_execute_action', shortcut: '' }],
    });
    await view.ready;
    expect(byId(root, 'opt-shortcut').textContent).toBe('净化 / 恢复当前文章：Alt+Shift+J');
    const auto = byId(root, 'opt-autoclean') as HTMLInputElement;
    expect(auto.type).toBe('checkbox');
    expect(auto.checked).toBe(false);
    expect((byId(root, 'opt-theme') as HTMLSelectElement).value).toBe('dark');
    expect((byId(root, 'opt-font-size') as HTMLSelectElement).value).toBe('22');
    auto.click();
    await view.lastSave;
    expect(await loadSettings()).toMatchObject({ autoClean: true, autoSave: false, theme: 'dark' });
    // "Save every cleaned article": off by default, its own checkbox.
    const autoSave = byId(root, 'opt-autosave') as HTMLInputElement;
    expect([autoSave.type, autoSave.checked]).toEqual(['checkbox', false]);
    expect(autoSave.labels?.[0]?.textContent).toBe(zhTr('optAutoSave'));
    autoSave.click();
    await view.lastSave;
    expect(await loadSettings()).toMatchObject({ autoClean: true, autoSave: true });
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

  test('copy options: Markdown metadata, text title line, a custom citation template', async () => {
    const root = document.createElement('main');
    document.body.replaceChildren(root);
    const view = startOptions(root, { doc: document, loadSettings, saveSettings, tr: zhTr });
    await view.ready;
    const meta = byId(root, 'opt-md-meta') as HTMLSelectElement;
    expect(meta.value).toBe('header');
    expect(Array.from(meta.options).map((o) => o.value)).toEqual(['header', 'front-matter', 'none']);
    meta.value = 'front-matter';
    meta.dispatchEvent(new Event('change'));
    await view.lastSave;
    (byId(root, 'opt-text-title') as HTMLInputElement).click();
    await view.lastSave;
    const template = byId(root, 'opt-citation-template') as HTMLInputElement;
    expect(template.closest('.template')!.hasAttribute('hidden')).toBe(true);
    const cite = byId(root, 'opt-citation') as HTMLSelectElement;
    cite.value = 'custom';
    cite.dispatchEvent(new Event('change'));
    await view.lastSave;
    expect(template.closest('.template')!.hasAttribute('hidden')).toBe(false);
    template.value = '{source}：《{title}》（{date}）{url}';
    template.dispatchEvent(new Event('change'));
    await view.lastSave;
    expect(await loadSettings()).toMatchObject({
      markdownMeta: 'front-matter',
      textTitleLine: true,
      citationStyle: 'custom',
      citationTemplate: '{source}：《{title}》（{date}）{url}',
    });
  });

  test('reader options: serif, line height, reading speed', async () => {
    const root = document.createElement('main');
    document.body.replaceChildren(root);
    const view = startOptions(root, { doc: document, loadSettings, saveSettings, tr: zhTr });
    await view.ready;
    for (const [id, value] of [['opt-font-family', 'serif'], ['opt-line-height', '2.1'], ['opt-speech-rate', '1.5']] as const) {
      const sel = byId(root, id) as HTMLSelectElement;
      sel.value = value;
      sel.dispatchEvent(new Event('change'));
      await view.lastSave;
    }
    expect(await loadSettings()).toMatchObject({ fontFamily: 'serif', lineHeight: 2.1, speechRate: 1.5 });
  });

  test('the shortcut shown is the one the browser bound, or that none is; and how to change it', async () => {
    for (const [commands, want] of [
      [[{ name: 'toggle-reader', shortcut: '' }], zhTr('optShortcutNone')],
      [[], zhTr('optShortcutNone')],
      [[{ name: 'toggle-reader', shortcut: 'Ctrl+Shift+Y' }], '净化 / 恢复当前文章：Ctrl+Shift+Y'],
    ] as const) {
      const root = document.createElement('main');
      document.body.replaceChildren(root);
      const open = vi.fn();
      const view = startOptions(root, {
        doc: document,
        loadSettings,
        saveSettings,
        tr: zhTr,
        commands: async () => [...commands],
        openShortcutSettings: open,
        browserName: 'firefox',
      });
      await view.ready;
      expect(byId(root, 'opt-shortcut').textContent).toBe(want);
      expect(byId(root, 'opt-shortcut-how').textContent).toBe(zhTr('optShortcutHowFirefox'));
      byId(root, 'opt-shortcut-change').click();
      expect(open).toHaveBeenCalledTimes(1);
    }
  });
});
