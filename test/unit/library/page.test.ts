// @vitest-environment jsdom
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Article } from '../../../src/article';
import { DEFAULT_SETTINGS } from '../../../src/ext/settings';
import { toJsonl } from '../../../src/library/jsonl';
import { startLibraryPage, type LibraryPageDeps } from '../../../src/library/page';
import { MIGRATIONS } from '../../../src/library/schema';
import type { Library } from '../../../src/library/store';
import { zhTr } from '../ext/helpers';
import { article, closeAll, freshLibrary, quotaOnPut, uniqueName } from './helpers';

afterEach(() => {
  closeAll();
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const maotai = article({
  docId: 'i1',
  title: '贵州茅台半年报：营收增长一成',
  publishedAt: '2021-08-24T15:57:27+08:00',
  stocks: [{ code: 'sh600519', name: '贵州茅台' }],
});
const banks = article({
  docId: 'i2',
  title: '银行股集体走强',
  text: '工商银行午后拉升。',
  blocks: [{ type: 'paragraph', text: '工商银行午后拉升。' }],
  publishedAt: '2022-01-13T19:17:44+08:00',
  source: '21世纪经济报道',
  authors: ['李愿'],
  stocks: [{ code: 'sh601398', name: '工商银行' }],
});
const hostile = article({
  docId: 'i3',
  title: '<img src=x onerror="window.__pwned=1">标题',
  source: '<b>来源</b>',
  publishedAt: '2020-01-01T08:00:00+08:00',
  stocks: [{ code: 'sz000001', name: '<script>alert(1)</script>' }],
  blocks: [
    { type: 'paragraph', text: '<iframe src="javascript:alert(1)"></iframe>' },
    { type: 'image', src: 'https://n.sinaimg.cn/finance/a.jpg', caption: '图一' },
  ],
});

interface Setup {
  root: HTMLElement;
  lib: Library;
  view: ReturnType<typeof startLibraryPage>;
  downloads: { name: string; mime: string; data: string | Uint8Array }[];
  clipboard: string[];
}

async function setup(articles: Article[] = [maotai, banks], over: Partial<LibraryPageDeps> = {}, lib?: Library): Promise<Setup> {
  lib ??= await freshLibrary();
  if (articles.length) await lib.saveMany(articles.map((a) => ({ article: a, pageUrl: a.url })), new Date('2026-01-01T00:00:00Z'));
  const root = document.createElement('main');
  document.body.append(root);
  const downloads: Setup['downloads'] = [];
  const clipboard: string[] = [];
  const opened = lib;
  const view = startLibraryPage(root, {
    doc: document,
    open: async () => opened,
    tr: zhTr,
    loadSettings: async () => ({ ...DEFAULT_SETTINGS }),
    download: (name, mime, data) => downloads.push({ name, mime, data }),
    writeClipboard: async (t) => {
      clipboard.push(t);
      return true;
    },
    now: () => new Date(2026, 0, 2, 10, 0),
    ...over,
  });
  await view.ready;
  return { root, lib, view, downloads, clipboard };
}

const $ = (root: ParentNode, id: string) => root.querySelector<HTMLElement>(`[data-testid=${id}]`)!;
const $$ = (root: ParentNode, id: string) => Array.from(root.querySelectorAll<HTMLElement>(`[data-testid=${id}]`));
const titles = (root: HTMLElement) => $$(root, 'lib-item-title').map((e) => e.textContent);

function type(input: HTMLElement, value: string): void {
  (input as HTMLInputElement).value = value;
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
}

async function importText(s: Setup, text: string, name = 'articles.jsonl'): Promise<void> {
  const input = $(s.root, 'lib-import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], name)] });
  input.dispatchEvent(new Event('change'));
  await s.view.idle();
}

describe('the list', () => {
  test('newest first with title, time · source · authors and stock chips; count and no missing strings', async () => {
    const s = await setup();
    expect(titles(s.root)).toEqual([banks.title, maotai.title]);
    const metas = $$(s.root, 'lib-item-meta').map((m) => Array.from(m.children).map((c) => c.textContent));
    expect(metas[0]).toEqual(['2022-01-13 19:17', '21世纪经济报道', '李愿']);
    expect(metas[1]).toEqual(['2021-08-24 15:57', '新京报', '张三、李四']);
    expect($$(s.root, 'lib-item-stock').map((c) => [c.textContent, c.dataset.code])).toEqual([
      ['工商银行', 'sh601398'],
      ['贵州茅台', 'sh600519'],
    ]);
    expect($(s.root, 'lib-count').textContent).toBe('共 2 篇');
    expect(s.root.textContent).not.toContain('!!');
  });

  test('an empty library says how to fill it', async () => {
    const s = await setup([]);
    expect($(s.root, 'lib-empty').hidden).toBe(false);
    expect($(s.root, 'lib-empty').textContent).toContain('导入');
    expect(($(s.root, 'lib-export-jsonl') as HTMLButtonElement).disabled).toBe(true);
  });

  test('page content is shown as text: no element, handler or script from it', async () => {
    const s = await setup([hostile]);
    expect(titles(s.root)).toEqual([hostile.title]);
    expect(s.root.querySelector('img, script, iframe, b')).toBeNull();
    expect($(s.root, 'lib-item-stock').textContent).toBe('<script>alert(1)</script>');
    expect(s.root.textContent).toContain('<b>来源</b>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('search and filters', () => {
  test('search box: a two-character word from the body', async () => {
    const s = await setup();
    type($(s.root, 'lib-search'), '拉升');
    expect(titles(s.root)).toEqual([banks.title]);
    expect($(s.root, 'lib-result-count').textContent).toBe('找到 1 篇');
    type($(s.root, 'lib-search'), '不存在的词');
    expect(titles(s.root)).toEqual([]);
    expect($(s.root, 'lib-empty').textContent).toBe('没有符合条件的文章。');
  });

  test('stock filter by code and by name; a stock chip filters too; 清除筛选 shows all again', async () => {
    const s = await setup();
    type($(s.root, 'lib-stock'), 'sh600519');
    expect(titles(s.root)).toEqual([maotai.title]);
    type($(s.root, 'lib-stock'), '贵州茅台');
    expect(titles(s.root)).toEqual([maotai.title]);
    expect($$(s.root, 'lib-item-stock').map((c) => c.classList.contains('match'))).toEqual([true]);
    $(s.root, 'lib-clear').click();
    expect(titles(s.root)).toEqual([banks.title, maotai.title]);
    $$(s.root, 'lib-item-stock')[0]!.click();
    expect(($(s.root, 'lib-stock') as HTMLInputElement).value).toBe('sh601398');
    expect(titles(s.root)).toEqual([banks.title]);
  });

  test('source and date filters', async () => {
    const s = await setup();
    const source = $(s.root, 'lib-source') as HTMLSelectElement;
    expect(Array.from(source.options).map((o) => o.textContent)).toEqual(['全部来源', '21世纪经济报道（1）', '新京报（1）']);
    source.value = '新京报';
    source.dispatchEvent(new Event('change'));
    expect(titles(s.root)).toEqual([maotai.title]);
    source.value = '';
    source.dispatchEvent(new Event('change'));
    const from = $(s.root, 'lib-from') as HTMLInputElement;
    from.value = '2022-01-01';
    from.dispatchEvent(new Event('change'));
    expect(titles(s.root)).toEqual([banks.title]);
  });

  test('the stock view lists stocks with counts; a stock opens its articles', async () => {
    const s = await setup([maotai, banks, article({ docId: 'i4', title: '茅台再涨', stocks: [{ code: 'sh600519', name: '贵州茅台' }] })]);
    $(s.root, 'lib-tab-stocks').click();
    expect($(s.root, 'lib-view-articles').hidden).toBe(true);
    const rows = $$(s.root, 'lib-stock-row').map((r) => [r.dataset.code, $(r, 'lib-stock-open').textContent, $(r, 'lib-stock-count').textContent]);
    expect(rows).toEqual([
      ['sh600519', '贵州茅台', '2'],
      ['sh601398', '工商银行', '1'],
    ]);
    $$(s.root, 'lib-stock-open')[0]!.click();
    expect($(s.root, 'lib-view-articles').hidden).toBe(false);
    expect(titles(s.root).sort()).toEqual(['茅台再涨', maotai.title].sort());
  });

  test('?stock= and ?q= open the page filtered', async () => {
    const s = await setup(undefined, { search: '?stock=%E5%B7%A5%E5%95%86%E9%93%B6%E8%A1%8C' });
    expect(titles(s.root)).toEqual([banks.title]);
  });
});

describe('import, export, delete', () => {
  test('the list never shows imported entries before the message that reports the import (the usage estimate may be slow)', async () => {
    const s = await setup([maotai]);
    // The storage estimate answers only when released: the list and the report must not wait for it apart.
    let release: () => void = () => undefined;
    const real = s.lib.usage.bind(s.lib);
    vi.spyOn(s.lib, 'usage').mockImplementation(() => new Promise((r) => (release = () => r(real()))));
    const seen: { titles: number; message: string }[] = [];
    const list = $(s.root, 'lib-message').parentElement!;
    const watch = new MutationObserver(() => seen.push({ titles: titles(s.root).length, message: $(s.root, 'lib-message').textContent ?? '' }));
    watch.observe(list.ownerDocument.body, { childList: true, subtree: true, characterData: true });
    const input = $(s.root, 'lib-import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', { configurable: true, value: [new File([toJsonl([banks])], 'a.jsonl')] });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(titles(s.root)).toHaveLength(2));
    expect($(s.root, 'lib-message').textContent, 'reported as the list is drawn').toContain('读取 1 行：新增 1 篇');
    release();
    await s.view.idle();
    await Promise.resolve();
    watch.disconnect();
    expect(seen.filter((x) => x.titles === 2 && !x.message.includes('新增 1 篇')), 'no moment with the new entry and no report').toEqual([]);
  });

  test('import reports added / updated / unchanged and bad lines by number; the list shows the new entries', async () => {
    const s = await setup([maotai]);
    const file = [toJsonl([maotai, banks]).trimEnd(), '{broken', JSON.stringify({ title: 'x' }), ''].join('\n');
    await importText(s, file);
    const msg = $(s.root, 'lib-message').textContent!;
    expect(msg).toContain('读取 4 行：新增 1 篇，更新 0 篇，未变 1 篇。');
    expect(msg).toContain('2 行没有导入');
    expect($$(s.root, 'lib-import-problems')[0]!.children[0]!.textContent).toMatch(/^第 3 行：不是 JSON/);
    expect($$(s.root, 'lib-import-problems')[0]!.children[1]!.textContent).toBe('第 4 行：不是文章（missing field "url"）');
    expect(titles(s.root)).toEqual([banks.title, maotai.title]);
  });

  test('quota reached during an import: a clear message, and the library exactly as it was', async () => {
    const s = await setup([maotai]);
    const restore = quotaOnPut(3);
    try {
      await importText(s, toJsonl([banks, article({ docId: 'i9', title: '第三篇' })]));
    } finally {
      restore();
    }
    const err = $(s.root, 'lib-error');
    expect(err.hidden).toBe(false);
    expect(err.textContent).toContain('存储空间已满');
    expect(err.textContent).toContain('文件中的 2 篇文章都没有导入。');
    expect(await s.lib.count()).toBe(1);
    expect(titles(s.root)).toEqual([maotai.title]);
  });

  test('select all → export JSONL, Markdown zip and citations of the selection, in list order', async () => {
    const s = await setup();
    const all = $(s.root, 'lib-select-all') as HTMLInputElement;
    all.checked = true;
    all.dispatchEvent(new Event('change'));
    expect($(s.root, 'lib-selected').textContent).toBe('已选 2 篇');
    $(s.root, 'lib-export-jsonl').click();
    $(s.root, 'lib-export-md').click();
    const style = $(s.root, 'lib-cite-style') as HTMLSelectElement;
    style.value = 'gb7714';
    $(s.root, 'lib-export-cite').click();
    await s.view.idle();
    expect(s.downloads.map((d) => d.name)).toEqual([
      'sina-clean-library-2026-01-02.jsonl',
      'sina-clean-library-2026-01-02-markdown.zip',
      'sina-clean-library-2026-01-02-citations.txt',
    ]);
    expect(s.downloads[0]!.data).toBe(toJsonl([banks, maotai]));
    const files = unzipSync(s.downloads[1]!.data as Uint8Array);
    expect(Object.keys(files)).toEqual(['2022-01-13-银行股集体走强.md', '2021-08-24-贵州茅台半年报：营收增长一成.md']);
    expect(strFromU8(files['2022-01-13-银行股集体走强.md']!)).toMatch(/^---\ntitle: 银行股集体走强\n/);
    expect((s.downloads[2]!.data as string).split('\n')[0]).toMatch(/^\[1\] 李愿\. 银行股集体走强\[N\/OL\]/);
    expect($(s.root, 'lib-message').textContent).toContain('已导出 2 篇');
  });

  test('delete asks first, then removes only the selected entries', async () => {
    const s = await setup();
    const check = $$(s.root, 'lib-item-check')[1] as HTMLInputElement; // 贵州茅台
    check.checked = true;
    check.dispatchEvent(new Event('change'));
    $(s.root, 'lib-delete').click();
    expect($(s.root, 'lib-confirm').hidden).toBe(false);
    expect($(s.root, 'lib-confirm').textContent).toContain('删除所选的 1 篇文章？');
    $(s.root, 'lib-delete-cancel').click();
    expect(await s.lib.count()).toBe(2);
    $(s.root, 'lib-delete').click();
    $(s.root, 'lib-delete-confirm').click();
    await s.view.idle();
    expect(await s.lib.count()).toBe(1);
    expect(titles(s.root)).toEqual([banks.title]);
    expect($(s.root, 'lib-message').textContent).toBe('已删除 1 篇。');
  });
});

describe('reading an entry', () => {
  test('opens in the reader view from storage; pictures become links; 返回文库 comes back to the list', async () => {
    const s = await setup([hostile]);
    $(s.root, 'lib-item-title').click();
    await s.view.idle();
    const host = document.getElementById('sina-clean-host')!;
    expect(host).not.toBeNull();
    expect(s.root.firstElementChild!.hasAttribute('hidden')).toBe(true);
    const shadow = host.shadowRoot!;
    expect($(shadow, 'reader-title').textContent).toBe(hostile.title);
    expect(shadow.querySelector('img, iframe, script')).toBeNull();
    const link = shadow.querySelector<HTMLAnchorElement>('a.ext-img')!;
    expect(link.getAttribute('href')).toBe('https://n.sinaimg.cn/finance/a.jpg');
    expect(link.textContent).toContain('图片未离线保存');
    expect(shadow.querySelector('figcaption')!.textContent).toBe('图一');
    $(shadow, 'btn-copy-text').click();
    await vi.waitFor(() => expect(s.clipboard).toEqual([hostile.text]));
    const back = $(shadow, 'btn-restore');
    expect(back.textContent).toBe('← 返回文库');
    back.click();
    expect(document.getElementById('sina-clean-host')).toBeNull();
    expect(s.root.firstElementChild!.hasAttribute('hidden')).toBe(false);
  });
});

describe('errors on open', () => {
  test('a library from a newer version: a clear message and no import or export', async () => {
    const name = uniqueName();
    (await freshLibrary([...MIGRATIONS, () => undefined], name)).close();
    const { openLibrary } = await import('../../../src/library/store');
    const root = document.createElement('main');
    document.body.append(root);
    const view = startLibraryPage(root, {
      doc: document,
      open: () => openLibrary({ name }),
      tr: zhTr,
      loadSettings: async () => ({ ...DEFAULT_SETTINGS }),
      download: () => undefined,
      writeClipboard: async () => true,
    });
    await view.ready;
    expect($(root, 'lib-error').textContent).toBe('文库是由更新版本的扩展写入的，请更新扩展。');
    expect(($(root, 'lib-import') as HTMLButtonElement).disabled).toBe(true);
  });
});
