// @vitest-environment jsdom
import { describe, expect, test, vi } from 'vitest';
import { createReaderView, HOST_ID, resolveTheme } from '../../../src/render/reader-view';
import { makeArticle, zhTr } from './helpers';

const settings = { theme: 'system' as const, fontSize: 18, lineWidth: 36 };
const q = (root: ShadowRoot, id: string) => root.querySelector(`[data-testid=${id}]`);

function allUrls(root: ShadowRoot): string[] {
  return Array.from(root.querySelectorAll('[href], [src]')).flatMap((el) =>
    ['href', 'src'].map((a) => el.getAttribute(a)).filter((v): v is string => v !== null),
  );
}

describe('reader view', () => {
  test('host, open shadow root and the contract test ids', () => {
    const v = createReaderView(document, makeArticle(), { settings, tr: zhTr });
    expect(v.host.id).toBe(HOST_ID);
    expect(v.host.shadowRoot).toBe(v.root);
    expect(v.root.mode).toBe('open');
    for (const id of [
      'reader-title', 'reader-meta', 'reader-body', 'reader-stocks', 'reader-editor', 'reader-original-link',
      'btn-restore', 'btn-copy-text', 'btn-copy-md', 'btn-copy-cite', 'btn-print', 'reader-toast',
    ]) {
      expect(q(v.root, id), id).not.toBeNull();
    }
    expect(v.root.querySelector('style')?.textContent).toContain(':host');
  });

  test('title, meta line, body blocks, stocks, editor and original link from the Article', () => {
    const a = makeArticle();
    const v = createReaderView(document, a, { settings, tr: zhTr });
    expect(q(v.root, 'reader-title')!.textContent).toBe(a.title);
    expect(q(v.root, 'reader-meta')!.textContent).toBe('2021-08-24 15:57新京报张三、李四');
    const body = q(v.root, 'reader-body')!;
    expect(Array.from(body.children).map((e) => e.tagName.toLowerCase())).toEqual([
      'p', 'h2', 'figure', 'p', 'blockquote', 'table',
    ]);
    const fig = body.querySelector('figure')!;
    expect(fig.querySelector('img')!.getAttribute('src')).toBe('https://n.sinaimg.cn/finance/a.jpg');
    expect(fig.querySelector('figcaption')!.textContent).toBe('图一');
    expect(Array.from(body.querySelectorAll('td')).map((td) => td.textContent)).toEqual(['项目', '金额', '营收', '10亿']);
    const chips = Array.from(q(v.root, 'reader-stocks')!.querySelectorAll('a'));
    expect(chips.map((c) => [c.textContent, c.getAttribute('href')])).toEqual([
      ['苏宁易购', 'https://finance.sina.com.cn/realstock/company/sz002024/nc.shtml'],
      ['腾讯控股', 'https://stock.finance.sina.com.cn/hkstock/quotes/00700.html'],
      ['usAAPL', 'https://stock.finance.sina.com.cn/usstock/quotes/aapl.html'],
    ]);
    expect(q(v.root, 'reader-editor')!.textContent).toBe('责任编辑：王五');
    expect(q(v.root, 'reader-original-link')!.getAttribute('href')).toBe(a.url);
    expect(v.root.textContent).toContain('原标题：原来的标题');
  });

  test('page text is never parsed as HTML', () => {
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const a = makeArticle({
      title: evil,
      editor: evil,
      blocks: [{ type: 'paragraph', text: evil }, { type: 'table', rows: [[evil]] }, { type: 'image', src: 'https://n.sinaimg.cn/a.jpg', caption: evil }],
      stocks: [{ code: 'sh600519', name: evil }],
    });
    const v = createReaderView(document, a, { settings, tr: zhTr });
    expect(v.root.querySelectorAll('script').length).toBe(0);
    expect(v.root.querySelectorAll('img').length).toBe(1);
    expect(q(v.root, 'reader-title')!.textContent).toBe(evil);
    for (const el of Array.from(v.root.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
    }
  });

  test('a javascript: URL in an Article never reaches an href or src', () => {
    const a = makeArticle({
      url: 'javascript:alert(document.cookie)',
      blocks: [
        { type: 'image', src: 'javascript:alert(1)', caption: '坏图' },
        { type: 'image', src: 'data:image/svg+xml,<svg onload=alert(1)>', caption: '' },
        { type: 'paragraph', text: '正文' },
      ],
      stocks: [{ code: 'javascript:alert(1)', name: 'x' }],
    });
    const v = createReaderView(document, a, { settings, tr: zhTr, pageUrl: 'javascript:void(0)' });
    const urls = allUrls(v.root);
    for (const u of urls) expect(u).toMatch(/^https?:\/\//);
    expect(q(v.root, 'reader-original-link')!.hasAttribute('href')).toBe(false);
    expect(v.root.querySelectorAll('img').length).toBe(0);
    expect(q(v.root, 'reader-body')!.textContent).toContain('坏图');
  });

  test('the original link falls back to the page URL', () => {
    const v = createReaderView(document, makeArticle({ url: null }), {
      settings,
      tr: zhTr,
      pageUrl: 'https://finance.sina.com.cn/a/2021-01-01/doc-iabc.shtml',
    });
    expect(q(v.root, 'reader-original-link')!.getAttribute('href')).toBe('https://finance.sina.com.cn/a/2021-01-01/doc-iabc.shtml');
  });

  test('images from other hosts are linked, not loaded', () => {
    const v = createReaderView(
      document,
      makeArticle({ blocks: [{ type: 'image', src: 'https://tracker.example/pixel.gif', caption: '外图' }] }),
      { settings, tr: zhTr },
    );
    expect(v.root.querySelectorAll('img').length).toBe(0);
    const link = v.root.querySelector('figure a')!;
    expect(link.getAttribute('href')).toBe('https://tracker.example/pixel.gif');
    expect(link.textContent).toBe(zhTr('externalImage'));
  });

  test('an empty body says why instead of showing nothing', () => {
    const v = createReaderView(document, makeArticle({ kind: 'video', blocks: [] }), { settings, tr: zhTr });
    expect(q(v.root, 'reader-body')!.textContent).toBe(zhTr('readerEmpty_video'));
  });

  test('themes resolve, and settings apply to the host', () => {
    expect(resolveTheme('system', true)).toBe('dark');
    expect(resolveTheme('system', false)).toBe('light');
    expect(resolveTheme('sepia', true)).toBe('sepia');
    let dark = false;
    const v = createReaderView(document, makeArticle(), { settings, tr: zhTr, prefersDark: () => dark });
    expect(v.host.getAttribute('data-theme')).toBe('light');
    dark = true;
    v.apply(settings);
    expect(v.host.getAttribute('data-theme')).toBe('dark');
    v.apply({ theme: 'sepia', fontSize: 22, lineWidth: 48 });
    expect(v.host.getAttribute('data-theme')).toBe('sepia');
    const page = v.root.querySelector<HTMLElement>('.page')!;
    expect(page.style.getPropertyValue('--fs')).toBe('22px');
    expect(page.style.getPropertyValue('--lw')).toBe('48em');
  });

  test('toolbar: copy reports through the toast, settings changes are reported', async () => {
    const onCopy = vi.fn(async (kind: string) => kind !== 'markdown');
    const onSettingsChange = vi.fn();
    const onRestore = vi.fn();
    const v = createReaderView(document, makeArticle(), { settings, tr: zhTr, onCopy, onSettingsChange, onRestore });
    (q(v.root, 'btn-copy-text') as HTMLElement).click();
    await vi.waitFor(() => expect(q(v.root, 'reader-toast')!.textContent).toBe('已复制'));
    expect(onCopy).toHaveBeenCalledWith('text');
    (q(v.root, 'btn-copy-md') as HTMLElement).click();
    await vi.waitFor(() => expect(q(v.root, 'reader-toast')!.textContent).toBe('复制失败'));
    (q(v.root, 'btn-font-larger') as HTMLElement).click();
    expect(onSettingsChange).toHaveBeenLastCalledWith({ fontSize: 20 });
    const theme = q(v.root, 'sel-theme') as HTMLSelectElement;
    theme.value = 'dark';
    theme.dispatchEvent(new Event('change'));
    expect(onSettingsChange).toHaveBeenLastCalledWith({ theme: 'dark' });
    expect(v.host.getAttribute('data-theme')).toBe('dark');
    (q(v.root, 'btn-restore') as HTMLElement).click();
    expect(onRestore).toHaveBeenCalledTimes(1);
    v.root.querySelector('.page')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onRestore).toHaveBeenCalledTimes(2);
    v.root.querySelector('.page')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onRestore).toHaveBeenCalledTimes(2);
  });

  test('the default copy format comes first in the toolbar', () => {
    const v = createReaderView(document, makeArticle(), { settings, tr: zhTr, copyFirst: 'markdown' });
    const ids = Array.from(v.root.querySelectorAll('.bar button')).map((b) => b.getAttribute('data-testid'));
    expect(ids.indexOf('btn-copy-md')).toBeLessThan(ids.indexOf('btn-copy-text'));
    expect(q(v.root, 'btn-copy-md')!.className).toBe('primary');
  });
});
