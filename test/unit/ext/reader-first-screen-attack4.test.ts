// @vitest-environment jsdom
/**
 * The reader's first screen split at every place: wherever the split falls (inside a run of
 * headings, before or after a table, a video, a picture that renders nothing), the first screen is
 * the start of the whole body and finish() adds exactly the rest, nothing lost or twice.
 */
import { describe, expect, test } from 'vitest';
import type { Block } from '../../../src/article';
import { createReaderView, firstScreenBlocks, renderBody, type ReaderSettings } from '../../../src/ext/reader/view';
import { makeArticle, zhTr } from './helpers';

const settings: ReaderSettings = { theme: 'system', fontSize: 18, lineWidth: 36, fontFamily: 'sans', lineHeight: 1.8, speechRate: 1 };
const body = (root: ShadowRoot) => root.querySelector('[data-testid=reader-body]')!;

const mixed: Block[] = [
  { type: 'paragraph', text: '第一段'.padEnd(300, '文') },
  { type: 'heading', text: '一、背景' },
  { type: 'heading', text: '（一）政策' },
  { type: 'heading', text: '1. 细则' },
  { type: 'paragraph', text: '第二段'.padEnd(500, '文') },
  { type: 'table', rows: [['分组', '营业收入', ''], ['', '亿元', '%'], ['总计', '1143083.8', '20.3']], caption: '表1' },
  { type: 'video', title: '视频标题', href: 'https://video.sina.com.cn/p/finance/2021-01-01/detail-abc.d.html', poster: null },
  { type: 'image', src: 'javascript:alert(1)', caption: '' },
  { type: 'image', src: 'https://n.sinaimg.cn/finance/a.jpg', caption: '图一' },
  { type: 'quote', text: '引用'.padEnd(200, '文') },
  { type: 'heading', text: '二、展望' },
  { type: 'paragraph', text: '第三段'.padEnd(700, '文') },
  { type: 'heading', text: '三、结语' },
];

describe('the first screen split anywhere', () => {
  const whole = renderBody(document, makeArticle({ blocks: mixed }), zhTr, 'https://finance.sina.com.cn/').innerHTML;
  const cuts = [0, 1, 2, ...Array.from({ length: 60 }, (_, k) => k * 50), 5000, 1e9];
  test.each(cuts)('firstScreenChars %i: a prefix first, the whole body after finish()', (chars) => {
    const v = createReaderView(document, makeArticle({ blocks: mixed }), { settings, tr: zhTr, firstScreenChars: chars });
    const first = body(v.root).innerHTML;
    expect(whole.startsWith(first)).toBe(true);
    const n = firstScreenBlocks(mixed, chars);
    expect(n).toBeGreaterThanOrEqual(1);
    v.finish();
    expect(body(v.root).innerHTML).toBe(whole);
    v.finish();
    expect(body(v.root).innerHTML).toBe(whole);
    // Each heading id once, numbered in order, and the table of contents points at them all.
    const ids = Array.from(body(v.root).querySelectorAll('h2')).map((h) => h.id);
    expect(ids).toEqual(['sc-h1', 'sc-h2', 'sc-h3', 'sc-h4', 'sc-h5']);
    const toc = Array.from(v.root.querySelectorAll('[data-testid=reader-toc] a')).map((a) => a.getAttribute('href'));
    expect(toc).toEqual(ids.map((id) => `#${id}`));
  });

  test('an article shorter than the first screen is whole at once, and an image-only one says why once finished', () => {
    const short = makeArticle({ blocks: [{ type: 'paragraph', text: '短文。' }] });
    const v = createReaderView(document, short, { settings, tr: zhTr, firstScreenChars: 1500 });
    expect(body(v.root).innerHTML).toBe(renderBody(document, short, zhTr).innerHTML);
    const pics = makeArticle({ kind: 'text', blocks: [{ type: 'image', src: 'https://n.sinaimg.cn/finance/a.jpg', caption: '' }, { type: 'image', src: 'https://n.sinaimg.cn/finance/b.jpg', caption: '' }] });
    const w = createReaderView(document, pics, { settings, tr: zhTr, firstScreenChars: 1 });
    w.finish();
    expect(body(w.root).querySelectorAll('div.empty')).toHaveLength(1);
    expect(body(w.root).querySelectorAll('figure')).toHaveLength(2);
  });
});
