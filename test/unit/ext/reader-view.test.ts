// @vitest-environment jsdom
import { describe, expect, test, vi } from 'vitest';
import { createReaderView, firstScreenBlocks, FIRST_SCREEN_BLOCK_CHARS, HOST_ID, renderBody, resolveTheme, TOC_MIN_HEADINGS, type ReaderSettings } from '../../../src/ext/reader/view';
import type { Block } from '../../../src/article';
import type { SpeechDeps, UtteranceLike, VoiceLike } from '../../../src/ext/reader/speech';
import type { SaveOutcome } from '../../../src/ext/library-client';
import { makeArticle, zhTr } from './helpers';
import { renderMarkdown } from '../../../src/render/markdown';
import { renderHtml } from '../../../src/render/html';
import { videoCopy } from '../../../src/ext/format';

const settings: ReaderSettings = { theme: 'system', fontSize: 18, lineWidth: 36, fontFamily: 'sans', lineHeight: 1.8, speechRate: 1 };
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

  test('a video block shows as 视频：title, linked when it has an http(s) link, and is not a paragraph', () => {
    const v = createReaderView(
      document,
      makeArticle({
        kind: 'video',
        blocks: [
          { type: 'video', title: '发布会实录', href: 'https://video.sina.com.cn/p/abc.html', poster: null },
          { type: 'video', title: '无链接的视频', href: null, poster: null },
          { type: 'video', title: '坏链接', href: 'javascript:alert(1)', poster: null },
        ],
      }),
      { settings, tr: zhTr },
    );
    const videos = Array.from(v.root.querySelectorAll('[data-testid=reader-video]'));
    expect(videos.map((x) => x.textContent)).toEqual(['视频：发布会实录', '视频：无链接的视频', '视频：坏链接']);
    expect(videos.map((x) => x.querySelector('a')?.getAttribute('href') ?? null)).toEqual(['https://video.sina.com.cn/p/abc.html', null, null]);
    expect(videos[0]!.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
    expect(videos.every((x) => x.tagName === 'DIV')).toBe(true);
    // Only videos: the note says it is a video story.
    expect(v.root.querySelector('[role=note]')!.textContent).toBe(zhTr('readerEmpty_video'));
  });

  test('a video placeholder with neither title nor link shows nothing, as Markdown and HTML copy show nothing', () => {
    const article = makeArticle({
      blocks: [
        { type: 'paragraph', text: '正文第一段。' },
        { type: 'video', title: '', href: null, poster: null },
        { type: 'video', title: '', href: 'javascript:alert(1)', poster: 'https://n.sinaimg.cn/p.jpg' },
        { type: 'video', title: '', href: 'https://video.sina.com.cn/p/abc.html', poster: null },
        { type: 'paragraph', text: '正文第二段。' },
      ],
    });
    const v = createReaderView(document, article, { settings, tr: zhTr });
    const videos = Array.from(v.root.querySelectorAll('[data-testid=reader-video]'));
    // Only the one with a link is shown (labelled as untitled); the two empty ones leave no box.
    expect(videos.map((x) => x.textContent)).toEqual([`视频：${zhTr('videoUntitled')}`]);
    expect(videos[0]!.querySelector('a')!.getAttribute('href')).toBe('https://video.sina.com.cn/p/abc.html');
    expect(q(v.root, 'reader-body')!.children.length).toBe(3);
    // The copies agree: one 视频 line each, for the linked one.
    expect(renderMarkdown(article).match(/^视频：/gm)).toHaveLength(1);
    expect(renderHtml(article).match(/视频：/g)).toHaveLength(1);
    expect(videoCopy({ ...article, kind: 'video' }).match(/视频：/g)).toHaveLength(1);
  });

  test('links in the article text open in a new tab, never as script; stock names stay text', () => {
    const v = createReaderView(
      document,
      makeArticle({
        blocks: [
          {
            type: 'paragraph',
            text: '据证监会公告，详情见此处。',
            inlines: [
              { text: '据' },
              { text: '证监会公告', href: 'http://www.csrc.gov.cn/a.html' },
              { text: '，详情见' },
              { text: '此处', href: 'javascript:alert(1)' },
              { text: '。' },
            ],
          },
          { type: 'quote', text: '引用', inlines: [{ text: '引用', href: '/relative.html' }] },
          // Inlines that do not add up to the text are not trusted: the text shows as is.
          { type: 'paragraph', text: '完整的段落', inlines: [{ text: '别的', href: 'https://x.example/' }] },
        ],
      }),
      { settings, tr: zhTr },
    );
    const body = q(v.root, 'reader-body')!;
    const [p1, quote, p2] = Array.from(body.children) as HTMLElement[];
    expect(p1!.textContent).toBe('据证监会公告，详情见此处。');
    const links = Array.from(p1!.querySelectorAll('a'));
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')])).toEqual([
      ['证监会公告', 'http://www.csrc.gov.cn/a.html', '_blank', 'noopener noreferrer'],
    ]);
    expect(quote!.querySelector('a')!.getAttribute('href')).toBe('https://finance.sina.com.cn/relative.html');
    expect(p2!.textContent).toBe('完整的段落');
    expect(p2!.querySelector('a')).toBeNull();
  });

  test(`a table of contents for ${TOC_MIN_HEADINGS} or more subheadings, scrolling inside the reader without touching the page URL`, () => {
    const heads = ['一、业绩', '二、风险', '三、展望'];
    const blocks = heads.flatMap((h) => [{ type: 'heading' as const, text: h }, { type: 'paragraph' as const, text: `${h}的正文。` }]);
    const v = createReaderView(document, makeArticle({ blocks }), { settings, tr: zhTr });
    const toc = q(v.root, 'reader-toc')!;
    expect(Array.from(toc.querySelectorAll('a')).map((a) => a.textContent)).toEqual(heads);
    const h2 = v.root.querySelectorAll('h2')[1] as HTMLElement;
    h2.scrollIntoView = vi.fn();
    const before = location.href;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    toc.querySelectorAll('a')[1]!.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(h2.scrollIntoView).toHaveBeenCalled();
    expect(location.href).toBe(before);
    // Two subheadings: no table of contents.
    const few = createReaderView(document, makeArticle({ blocks: blocks.slice(0, 4) }), { settings, tr: zhTr });
    expect(q(few.root, 'reader-toc')).toBeNull();
  });

  test('keys typed in the reader do not reach the page\'s listeners; Esc still leaves', () => {
    const onRestore = vi.fn();
    const v = createReaderView(document, makeArticle(), { settings, tr: zhTr, onRestore });
    document.body.append(v.host);
    const seen: string[] = [];
    const listener = (e: Event) => seen.push(`${e.type}:${(e as KeyboardEvent).key}`);
    for (const t of ['keydown', 'keyup', 'keypress']) {
      document.addEventListener(t, listener);
      window.addEventListener(t, listener);
    }
    const page = v.root.querySelector('.page')!;
    for (const t of ['keydown', 'keypress', 'keyup']) page.dispatchEvent(new KeyboardEvent(t, { key: 'j', bubbles: true, composed: true }));
    page.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(seen).toEqual([]);
    expect(onRestore).toHaveBeenCalledTimes(1);
    for (const t of ['keydown', 'keyup', 'keypress']) {
      document.removeEventListener(t, listener);
      window.removeEventListener(t, listener);
    }
    v.host.remove();
  });

  test('the width, font, line-height, theme and speed controls are labelled', () => {
    const v = createReaderView(document, makeArticle(), { settings, tr: zhTr });
    // A <label for> around the control: its first text is the name a screen reader announces.
    const labelOf = (id: string) => v.root.querySelector(`label[for=${id}]`)?.querySelector('span')?.textContent;
    expect(labelOf('sel-width')).toBe(zhTr('lineWidth'));
    expect(labelOf('sel-font')).toBe(zhTr('fontFamily'));
    expect(labelOf('sel-line-height')).toBe(zhTr('lineHeight'));
    expect(labelOf('sel-theme')).toBe(zhTr('theme'));
    expect(labelOf('sel-speech-rate')).toBe(zhTr('speechRate'));
    const font = q(v.root, 'sel-font') as HTMLSelectElement;
    expect(Array.from(font.options).map((o) => o.textContent)).toEqual(['黑体', '宋体']);
  });

  test('under 600 px: one row with 返回, the first copy, 朗读 and a ⋯ menu holding the rest', () => {
    const v = createReaderView(document, makeArticle(), { settings, tr: zhTr });
    const css = v.root.querySelector('style')!.textContent!;
    const narrow = css.slice(css.indexOf('@media (max-width:600px)'));
    expect(narrow).toMatch(/\.bar\{flex-wrap:nowrap/);
    expect(narrow).toMatch(/\.btn-more\{display:inline-block/);
    expect(narrow).toMatch(/\.drop\{display:none/);
    expect(narrow).toMatch(/\.bar\.open \.drop\{display:flex\}/);
    const bar = v.root.querySelector('.bar')!;
    const rowIds = Array.from(bar.children).filter((c) => c.tagName === 'BUTTON').map((b) => b.getAttribute('data-testid'));
    expect(rowIds).toEqual(['btn-restore', 'btn-copy-text', 'btn-speak', 'btn-speak-stop', 'btn-typography', 'btn-more']);
    const menuIds = Array.from(bar.querySelectorAll('.drop [data-testid]')).map((b) => b.getAttribute('data-testid'));
    for (const id of ['btn-copy-md', 'btn-copy-cite', 'btn-print', 'btn-font-smaller', 'btn-font-larger', 'sel-width', 'sel-theme']) expect(menuIds).toContain(id);
    const more = q(v.root, 'btn-more') as HTMLElement;
    more.click();
    expect(bar.classList.contains('open')).toBe(true);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    v.root.querySelector('.page')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(bar.classList.contains('open')).toBe(false);
  });

  test('dark theme dims pictures', () => {
    const v = createReaderView(document, makeArticle(), { settings, tr: zhTr });
    expect(v.root.querySelector('style')!.textContent).toMatch(/:host\(\[data-theme=dark\]\) img\{filter:brightness\(\.8\)/);
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
    v.apply({ ...settings, theme: 'sepia', fontSize: 22, lineWidth: 48, fontFamily: 'serif', lineHeight: 2.1 });
    expect(v.host.getAttribute('data-theme')).toBe('sepia');
    const page = v.root.querySelector<HTMLElement>('.page')!;
    expect(page.style.getPropertyValue('--fs')).toBe('22px');
    expect(page.style.getPropertyValue('--lw')).toBe('48em');
    expect(page.style.getPropertyValue('--lh')).toBe('2.1');
    expect(page.style.getPropertyValue('--ff')).toContain('Noto Serif CJK SC');
    expect(page.style.getPropertyValue('--ff')).toContain('SimSun');
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

  test('保存 appears only when the library provides it; 已保存 when the library has the article', async () => {
    expect(q(createReaderView(document, makeArticle(), { settings, tr: zhTr }).root, 'btn-save')).toBeNull();
    let saved = false;
    const save = vi.fn(async (): Promise<SaveOutcome> => {
      const status = saved ? 'unchanged' : 'added';
      saved = true;
      return { ok: true, status };
    });
    const v = createReaderView(document, makeArticle(), { settings, tr: zhTr, library: { status: async () => saved, save } });
    const button = q(v.root, 'btn-save') as HTMLButtonElement;
    // In the overflow group: in the row on a desktop, in the ⋯ menu on a phone.
    expect(button.parentElement!.className).toBe('more');
    await vi.waitFor(() => expect(button.dataset.saved).toBe('false'));
    expect(button.textContent).toBe(zhTr('save'));
    button.click();
    await vi.waitFor(() => expect(q(v.root, 'reader-toast')!.textContent).toBe(zhTr('savedAdded')));
    expect([button.textContent, button.dataset.saved, button.title]).toEqual([zhTr('saved'), 'true', zhTr('savedHint')]);
    button.click();
    await vi.waitFor(() => expect(q(v.root, 'reader-toast')!.textContent).toBe(zhTr('savedUnchanged')));
    expect(save).toHaveBeenCalledTimes(2);

    // Opened on an article the library has: 已保存 from the start.
    const again = createReaderView(document, makeArticle(), { settings, tr: zhTr, library: { status: async () => true, save } });
    await vi.waitFor(() => expect(q(again.root, 'btn-save')!.textContent).toBe(zhTr('saved')));
  });

  test('a status answer that comes after a save has ended does not take 已保存 back (auto-save right after the reader opens)', async () => {
    // The status asked as the view opens is answered after the save sent just after it (the
    // background answers both at once): it was read before the save, so it is older news.
    let answerStatus!: (saved: boolean) => void;
    const status = () => new Promise<boolean>((r) => (answerStatus = r));
    const v = createReaderView(document, makeArticle(), { settings, tr: zhTr, library: { status, save: async () => ({ ok: true, status: 'added' }) } });
    expect(await v.save(true)).toEqual({ ok: true, status: 'added' });
    const button = q(v.root, 'btn-save') as HTMLButtonElement;
    expect(button.dataset.saved).toBe('true');
    answerStatus(false);
    await new Promise((r) => setTimeout(r, 0));
    expect([button.dataset.saved, button.textContent]).toEqual(['true', zhTr('saved')]);
  });

  test('保存 on a full storage says so and stays 保存; a quiet save (auto-save) speaks only when something changed', async () => {
    const outcomes: SaveOutcome[] = [
      { ok: false, reason: 'quota', message: 'QuotaExceededError' },
      { ok: false, reason: 'failed', message: 'IndexedDB 不可用' },
      { ok: true, status: 'unchanged' },
      { ok: true, status: 'updated' },
    ];
    const v = createReaderView(document, makeArticle(), { settings, tr: zhTr, library: { status: async () => false, save: async () => outcomes.shift()! } });
    const toast = () => q(v.root, 'reader-toast')!.textContent;
    expect(await v.save()).toMatchObject({ reason: 'quota' });
    expect(toast()).toBe(zhTr('libQuota'));
    expect(q(v.root, 'btn-save')!.textContent).toBe(zhTr('save'));
    expect(await v.save(true)).toMatchObject({ reason: 'failed' });
    expect(toast()).toBe(zhTr('saveFailed', 'IndexedDB 不可用'));
    v.toast('');
    expect(await v.save(true)).toEqual({ ok: true, status: 'unchanged' });
    expect(toast()).toBe('');
    expect(q(v.root, 'btn-save')!.textContent).toBe(zhTr('saved'));
    expect(await v.save(true)).toEqual({ ok: true, status: 'updated' });
    expect(toast()).toBe(zhTr('savedUpdated'));
    expect(createReaderView(document, makeArticle(), { settings, tr: zhTr }).save()).toBeNull();
  });

  test('a back label and pictures as links, for hosts that leave elsewhere and load no pictures (文库)', () => {
    const v = createReaderView(document, makeArticle(), { settings, tr: zhTr, backLabel: zhTr('libBack'), pictureLinks: zhTr('libImageOffline') });
    expect(q(v.root, 'btn-restore')!.textContent).toBe(zhTr('libBack'));
    expect(v.root.querySelectorAll('img')).toHaveLength(0);
    const fig = v.root.querySelector('figure')!;
    const a = fig.querySelector('a')!;
    expect([a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel'), a.textContent]).toEqual([
      'https://n.sinaimg.cn/finance/a.jpg',
      '_blank',
      'noopener noreferrer',
      zhTr('libImageOffline'),
    ]);
    expect(fig.querySelector('figcaption')!.textContent).toBe('图一');
  });
});

describe('the reader\'s style sheet', () => {
  /** A browser with constructed style sheets (jsdom has none): records what was adopted. */
  function withConstructedSheets(setter: (root: ShadowRoot, sheets: unknown[]) => void) {
    class FakeSheet {
      text = '';
      replaceSync(css: string) {
        this.text = css;
      }
      get cssRules() {
        return this.text ? [{}] : [];
      }
    }
    const win = window as unknown as { CSSStyleSheet?: unknown };
    const had = win.CSSStyleSheet;
    win.CSSStyleSheet = FakeSheet;
    const adopted = new WeakMap<ShadowRoot, unknown[]>();
    Object.defineProperty(ShadowRoot.prototype, 'adoptedStyleSheets', {
      configurable: true,
      get(this: ShadowRoot) {
        return adopted.get(this) ?? [];
      },
      set(this: ShadowRoot, sheets: unknown[]) {
        setter(this, sheets);
        adopted.set(this, sheets);
      },
    });
    return () => {
      win.CSSStyleSheet = had;
      delete (ShadowRoot.prototype as unknown as Record<string, unknown>).adoptedStyleSheets;
    };
  }

  test('adopted as a constructed sheet where the browser has them (extension pages allow no inline <style>)', () => {
    const undo = withConstructedSheets(() => undefined);
    try {
      const v = createReaderView(document, makeArticle(), { settings, tr: zhTr });
      expect(v.root.querySelector('style')).toBeNull();
      const sheets = (v.root as unknown as { adoptedStyleSheets: Array<{ text: string }> }).adoptedStyleSheets;
      expect(sheets).toHaveLength(1);
      expect(sheets[0]!.text).toContain(':host');
    } finally {
      undo();
    }
  });

  test('a <style> element where adopting fails (Firefox content scripts) or is missing (here, jsdom)', () => {
    const undo = withConstructedSheets(() => {
      throw new Error('Accessing from Xray wrapper is not supported.');
    });
    try {
      const v = createReaderView(document, makeArticle(), { settings, tr: zhTr });
      expect(v.root.querySelector('style')?.textContent).toContain(':host');
      expect(v.root.firstElementChild!.tagName).toBe('STYLE');
    } finally {
      undo();
    }
    expect(createReaderView(document, makeArticle(), { settings, tr: zhTr }).root.querySelector('style')?.textContent).toContain(':host');
  });
});

/** A speech synthesis that records what it was asked to say and ends each utterance on demand. */
function fakeSpeech(voices: VoiceLike[]) {
  const spoken: UtteranceLike[] = [];
  const calls: string[] = [];
  const synth = {
    getVoices: () => voices,
    speak: (u: UtteranceLike) => {
      spoken.push(u);
      calls.push(`speak:${u.text}`);
    },
    cancel: () => {
      calls.push('cancel');
      const last = spoken.at(-1);
      last?.onerror?.({ error: 'interrupted' });
    },
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
  };
  const deps: SpeechDeps = {
    synth,
    makeUtterance: (text) => ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null }),
    voiceWaitMs: 0,
  };
  const end = () => spoken.at(-1)!.onend!({});
  return { deps, spoken, calls, end };
}

describe('朗读 (read aloud)', () => {
  const zh: VoiceLike = { name: 'Ting-Ting', lang: 'zh-CN', localService: true };
  const article = () =>
    makeArticle({
      blocks: [
        { type: 'paragraph', text: '第一段正文。' },
        { type: 'heading', text: '小标题' },
        { type: 'image', src: 'https://n.sinaimg.cn/finance/a.jpg', caption: '图一' },
        { type: 'paragraph', text: '第二段正文。' },
      ],
    });

  test('reads title and blocks in order with a Chinese voice, highlighting and scrolling to each', async () => {
    const s = fakeSpeech([{ name: 'Alex', lang: 'en-US', localService: true }, zh]);
    const v = createReaderView(document, article(), { settings: { ...settings, speechRate: 1.25 }, tr: zhTr, speech: s.deps });
    for (const el of Array.from(v.root.querySelectorAll('h1, p, h2'))) (el as HTMLElement).scrollIntoView = vi.fn();
    const play = q(v.root, 'btn-speak') as HTMLElement;
    play.click();
    await vi.waitFor(() => expect(s.spoken.length).toBe(1));
    expect(s.spoken[0]).toMatchObject({ text: '测试公司半年报营收增长', lang: 'zh-CN', rate: 1.25, voice: zh });
    expect(v.root.querySelector('.speaking')!.tagName).toBe('H1');
    expect((v.root.querySelector('h1') as HTMLElement).scrollIntoView).toHaveBeenCalled();
    expect(play.textContent).toBe(zhTr('speakPause'));
    expect((q(v.root, 'btn-speak-stop') as HTMLElement).hidden).toBe(false);
    s.end();
    expect(s.spoken[1]!.text).toBe('第一段正文。');
    expect(v.root.querySelector('.speaking')!.textContent).toBe('第一段正文。');
    s.end();
    s.end();
    expect(s.spoken.map((u) => u.text)).toEqual(['测试公司半年报营收增长', '第一段正文。', '小标题', '第二段正文。']);
    s.end();
    expect(v.root.querySelector('.speaking')).toBeNull();
    expect(play.textContent).toBe(zhTr('speakPlay'));
  });

  test('pause, resume, a rate change (the current block again, faster) and stop', async () => {
    const s = fakeSpeech([zh]);
    const v = createReaderView(document, article(), { settings, tr: zhTr, speech: s.deps });
    const play = q(v.root, 'btn-speak') as HTMLElement;
    play.click();
    await vi.waitFor(() => expect(s.spoken.length).toBe(1));
    s.end();
    play.click();
    expect(s.calls.at(-1)).toBe('pause');
    expect(play.textContent).toBe(zhTr('speakResume'));
    play.click();
    await vi.waitFor(() => expect(s.calls.at(-1)).toBe('resume'));
    const rate = q(v.root, 'sel-speech-rate') as HTMLSelectElement;
    rate.value = '1.5';
    rate.dispatchEvent(new Event('change'));
    expect(s.spoken.at(-1)).toMatchObject({ text: '第一段正文。', rate: 1.5 });
    (q(v.root, 'btn-speak-stop') as HTMLElement).click();
    expect(s.calls.at(-1)).toBe('cancel');
    expect(v.root.querySelector('.speaking')).toBeNull();
    // A late end of the cancelled utterance reads nothing more.
    const n = s.spoken.length;
    s.spoken.at(-1)!.onend!({});
    expect(s.spoken.length).toBe(n);
  });

  test('no on-board Chinese voice: a clear message, nothing read (network voices are not used)', async () => {
    const s = fakeSpeech([
      { name: 'Alex', lang: 'en-US', localService: true },
      { name: 'Google 普通话（中国大陆）', lang: 'zh-CN', localService: false },
    ]);
    const v = createReaderView(document, article(), { settings, tr: zhTr, speech: s.deps });
    (q(v.root, 'btn-speak') as HTMLElement).click();
    await vi.waitFor(() => expect(q(v.root, 'reader-toast')!.textContent).toBe(zhTr('speakNoVoice')));
    expect(s.spoken).toEqual([]);
  });

  test('a browser without speech synthesis says so', () => {
    const v = createReaderView(document, article(), { settings, tr: zhTr, speech: null });
    (q(v.root, 'btn-speak') as HTMLElement).click();
    expect(q(v.root, 'reader-toast')!.textContent).toBe(zhTr('speakUnsupported'));
  });
});

describe('first screen first: the body beyond it is built just after the first frame', () => {
  // 40 paragraphs of 100 characters, a heading every 10th block, a picture at block 3.
  const blocks: Block[] = Array.from({ length: 40 }, (_, k): Block =>
    k === 3
      ? { type: 'image', src: 'https://n.sinaimg.cn/finance/a.jpg', caption: '图一' }
      : k % 10 === 9
        ? { type: 'heading', text: `第${k}节` }
        : { type: 'paragraph', text: `第${k}段`.padEnd(100, '文') },
  );
  const long = () => makeArticle({ blocks });
  const body = (v: { root: ShadowRoot }) => q(v.root, 'reader-body')!;

  test('how many blocks make the first screen', () => {
    expect(firstScreenBlocks(blocks, 1000)).toBe(7); // 6 paragraphs (600) and a picture (400) reach 1000 characters
    expect(firstScreenBlocks(blocks, 0)).toBe(1);
    expect(firstScreenBlocks(blocks, 1e9)).toBe(40);
    expect(firstScreenBlocks([], 1000)).toBe(0);
    expect(FIRST_SCREEN_BLOCK_CHARS).toBeGreaterThan(0);
  });

  test('only the first screen at once; finish() builds the rest, in order, as the whole body at once would be', () => {
    const v = createReaderView(document, long(), { settings, tr: zhTr, firstScreenChars: 1000 });
    expect(body(v).children.length).toBe(7);
    // The table of contents names every subheading from the start, even those not yet built.
    expect(Array.from(q(v.root, 'reader-toc')!.querySelectorAll('a')).map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['第9节', '#sc-h1'],
      ['第19节', '#sc-h2'],
      ['第29节', '#sc-h3'],
      ['第39节', '#sc-h4'],
    ]);
    v.finish();
    const whole = renderBody(document, long(), zhTr, 'https://finance.sina.com.cn/');
    expect(body(v).innerHTML).toBe(whole.innerHTML);
    expect(body(v).children.length).toBe(40);
    v.finish();
    expect(body(v).children.length).toBe(40);
    // A heading built late is found by its entry.
    const h4 = body(v).querySelector('#sc-h4') as HTMLElement;
    h4.scrollIntoView = vi.fn();
    (q(v.root, 'reader-toc')!.querySelectorAll('a')[3] as HTMLElement).click();
    expect(h4.scrollIntoView).toHaveBeenCalled();
  });

  test('without firstScreenChars the whole body is there at once (文库 and other hosts)', () => {
    const v = createReaderView(document, long(), { settings, tr: zhTr });
    expect(body(v).children.length).toBe(40);
  });

  test('an empty body still says why, once finished', () => {
    const v = createReaderView(document, makeArticle({ kind: 'video', blocks: [] }), { settings, tr: zhTr, firstScreenChars: 1000 });
    expect(body(v).textContent).toBe(zhTr('readerEmpty_video'));
  });

  test('read aloud pressed before the rest is built reads the whole article', async () => {
    const s = fakeSpeech([{ name: 'Ting-Ting', lang: 'zh-CN', localService: true }]);
    const v = createReaderView(document, long(), { settings, tr: zhTr, speech: s.deps, firstScreenChars: 1000 });
    for (const el of Array.from(v.root.querySelectorAll('h1, p, h2'))) (el as HTMLElement).scrollIntoView = vi.fn();
    (q(v.root, 'btn-speak') as HTMLElement).click();
    await vi.waitFor(() => expect(s.spoken.length).toBe(1));
    expect(body(v).children.length).toBe(40);
    for (let k = 0; k < 39; k++) s.end();
    expect(s.spoken.length).toBe(40); // the title and 39 text blocks (the picture is not read)
    expect(s.spoken.at(-1)!.text).toBe('第39节');
  });
});
