/** Unit tests of the engine's pieces, on small inputs written here to pin down one behaviour each. */
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../src/article';
import { extract, repairTitle } from '../src/engine/extract';
import { parseSinaDate } from '../src/engine/meta';
import { editorOfBox } from '../src/engine/metadata';
import { readByline } from '../src/rules/bylines';
import { countWords, normalizeRuns, normalizeText, readingMinutes } from '../src/engine/text';
import { absoluteUrl, docIdFromUrl } from '../src/engine/url';

const body = (inner: string) => `<div id="artibody">${inner}</div>`;

describe('dates', () => {
  it.each([
    ['2018-09-28T10:37:09+08:00', '2018-09-28T10:37:09+08:00'],
    ['2019-09-12 11:54:27', '2019-09-12T11:54:27+08:00'],
    ['2018年09月28日 10:30', '2018-09-28T10:30:00+08:00'],
    ['2016年05月25日10:10', '2016-05-25T10:10:00+08:00'],
    ['Tue, 24 Aug 2021 07:57:27 GMT', '2021-08-24T15:57:27+08:00'],
    ['Fri, 31 Dec 2021 17:58:20 GMT', '2022-01-01T01:58:20+08:00'],
    ['2021-03-22T08:00:00Z', '2021-03-22T16:00:00+08:00'],
    ['', null],
    ['昨天', null],
  ])('%s -> %s', (raw, want) => {
    expect(parseSinaDate(raw)).toBe(want);
  });
});

describe('editor and bylines', () => {
  it.each([
    ['责任编辑：刘万里 SF014', '刘万里'],
    ['责任编辑：尹悦 ', '尹悦'],
    ['(责编：冬冬)', '冬冬'],
    ['责任编辑：张恒星 SF142', '张恒星'],
    ['刘万里', '刘万里'],
    ['责任编辑：徐芸茜 主编：公培佳', '徐芸茜'],
  ])('editor box %s', (raw, want) => expect(editorOfBox(raw)).toBe(want));

  it.each([
    ['新京报讯（记者 冯琪）据教育部网站消息', '新京报', ['冯琪'], false],
    ['新华社北京3月22日电（记者孙少龙）民政部22日发布消息', '新华社', ['孙少龙'], false],
    ['中国基金报记者方丽', '中国基金报', ['方丽'], true],
    ['澎湃新闻记者 陈月石', '澎湃新闻', ['陈月石'], true],
    ['本报记者 包兴安 见习记者 杨 洁', null, ['包兴安', '杨洁'], true],
    ['（作者：周潇枭 ）', null, ['周潇枭'], true],
    ['（深圳商报驻京记者 宋华）', '深圳商报', ['宋华'], true],
    ['记者：有之炘 赵逸赫', null, ['有之炘', '赵逸赫'], true],
    ['文/玉浊清', null, ['玉浊清'], true],
  ])('byline %s', (text, source, authors, standalone) => {
    const r = readByline(text);
    expect({ source: r?.outlet, authors: r?.authors, standalone: r?.standalone }).toEqual({ source, authors, standalone });
  });

  it('does not read an ordinary sentence as a byline', () => {
    expect(readByline('记者从文化和旅游部获悉，文化和旅游部近日发布通知。')).toBeNull();
    expect(readByline('他对记者说，这件事情还没有定论，需要进一步调查。')).toBeNull();
  });
});

describe('text', () => {
  it('normalises whitespace without inventing any', () => {
    expect(normalizeText('　　中国\n人民  银行\u00a0 ')).toBe('中国人民 银行');
  });
  it('counts CJK characters one each and Latin words one each', () => {
    expect(countWords('央行发布LPR报价 3.7% for 1 year')).toBe(11);
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1200)).toBe(3);
  });
  it('repairs a seed title from its 原标题 only where the generator replaced characters', () => {
    expect(repairTitle('1月LPR_双降_：1年期降10个基点', '1月LPR“双降”：1年期降10个基点')).toBe('1月LPR“双降”：1年期降10个基点');
    expect(repairTitle('1000万购房补贴抢人，然后呢？', '1000万购房补贴“抢人”，然后呢？')).toBe('1000万购房补贴“抢人”，然后呢？');
    expect(repairTitle('新标题完全不同', '原来的标题完全')).toBe('新标题完全不同');
  });
});

describe('urls', () => {
  it('keeps only http(s), upgrades Sina hosts to https', () => {
    expect(absoluteUrl('//n.sinaimg.cn/a.jpg', null)).toBe('https://n.sinaimg.cn/a.jpg');
    expect(absoluteUrl('http://i0.sinaimg.cn/a.jpg', null)).toBe('https://i0.sinaimg.cn/a.jpg');
    expect(absoluteUrl('javascript:alert(1)', null)).toBeNull();
    expect(absoluteUrl('data:image/png;base64,AAAA', null)).toBeNull();
    expect(absoluteUrl('/x.jpg', 'https://finance.sina.com.cn/a/b.shtml')).toBe('https://finance.sina.com.cn/x.jpg');
  });
  it.each([
    ['https://finance.sina.com.cn/roll/2021-08-24/doc-ikqcfncc4763514.shtml', 'ikqcfncc4763514'],
    ['http://news.sina.cn/gn/2019-09-12/detail-iicezueu5243925.d.html', 'iicezueu5243925'],
    ['http://k.sina.com.cn/article_6598441619_1894c3a9300100elpc.html', '1894c3a9300100elpc'],
    ['http://t.cj.sina.com.cn/articles/view/6479293414/182322be600100i6z0?cre=tianyi', '182322be600100i6z0'],
  ])('docId of %s', (url, id) => expect(docIdFromUrl(url)).toBe(id));
});

describe('body rules', () => {
  it('keeps a word whole when a stock link splits it, and the split link names no stock; a stock named by an ordinary phrase used as the phrase is none', () => {
    const a = extract(
      body(
        '<p>　　央行推进数字人<span id="stock_sh600000"><a href="https://finance.sina.com.cn/realstock/company/sh600000/nc.shtml">民币</a></span><span id="quote_sh600000"></span>试点，向<span id="stock_sh603883"><a href="https://finance.sina.com.cn/realstock/company/sh603883/nc.shtml" class="keyword">老百姓</a></span><span id="quote_sh603883">12.30</span>提供服务。</p>',
      ),
    );
    expect(a.text).toBe('央行推进数字人民币试点，向老百姓提供服务。');
    // 老百姓 (603883) linked in 向老百姓提供服务: the sentence means the people, not the pharmacy chain.
    // 民币 linked inside 数字人民币 starts inside the word (stock.link.split-word): no company is meant.
    expect(a.stocks).toEqual([]);
  });

  it('reads stocks from news_keyword_pub and usstock_ spans, without duplicates', () => {
    const a = extract(
      body(
        '<p>　　<span id="usstock_AAPL"><a href="http://stock.finance.sina.com.cn/usstock/quotes/AAPL.html">苹果</a></span>市值超过了微软，这是一个较长的段落。</p><!-- news_keyword_pub,usstock,AAPL&MSFT -->',
      ),
    );
    expect(a.stocks).toEqual([
      { code: 'usAAPL', name: '苹果' },
      { code: 'usMSFT', name: '' },
    ]);
  });

  it('turns a bold line into a subheading, marked by <strong> or by cms-style', () => {
    const a = extract(
      body(
        '<p>　　第一段正文内容，足够长的一句话来说明情况。</p><p>　　<strong>一级小标题</strong></p><p cms-style="font-L strong-Bold">　　另一个小标题</p><p>　　结尾的一段正文。</p>',
      ),
    );
    expect(a.blocks.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text)).toEqual(['一级小标题', '另一个小标题']);
    expect(a.markdown).toContain('## 一级小标题');
  });

  it('keeps a byline in the text, whether it opens the first sentence or is a line of its own, and reads it', () => {
    const a = extract(body('<p>　　新京报讯（记者 冯琪）8月24日，教育部发布消息。</p><p>　　正文第二段。</p>'));
    expect(a.text.startsWith('新京报讯（记者 冯琪）8月24日')).toBe(true);
    expect(a.authors).toEqual(['冯琪']);
    const b = extract(body('<p>　　澎湃新闻记者 陈月石</p><p>　　正文第一段，讲述了事情的经过。</p>'));
    expect(b.text).toBe('澎湃新闻记者 陈月石\n\n正文第一段，讲述了事情的经过。');
    expect(b.authors).toEqual(['陈月石']);
    expect(b.source).toBe('澎湃新闻');
  });

  it('moves 原标题, 来源 and 责任编辑 lines to metadata', () => {
    const a = extract(
      body('<p>　　原标题：原来的标题</p><p>　　正文。这一段是文章本身的内容。</p><p>　　来源：中国新闻网</p><p class="article-editor">责任编辑：刘万里 SF014</p>'),
    );
    expect(a.text).toBe('正文。这一段是文章本身的内容。');
    expect([a.originalTitle, a.source, a.editor]).toEqual(['原来的标题', '中国新闻网', '刘万里']);
  });

  it('removes an ad inserted mid-word between marker comments', () => {
    const html = body('<p>　　获得了5<!--NEWSZW_HZH_BEGIN--><table><tr><td>广告文字</td></tr></table><!--NEWSZW_HZH_END-->00万元的大奖。</p>');
    expect(extract(html).text).toBe('获得了500万元的大奖。');
  });

  it('says a body with only a video player is a video article, with no borrowed text', () => {
    const a = extract(
      `<html><head><title>视频标题_新浪网</title></head><body><h1 class="main-title">视频标题</h1><div class="date-source"><span class="date">2018年09月28日 06:20</span></div><div id="artibody"><div class="Video_Cont" id="Video_Cont"></div></div><div class="blk-related"><p>相关阅读：别的文章标题</p></div></body></html>`,
    );
    expect(a.kind).toBe('video');
    expect(a.text).toBe('');
    expect(a.title).toBe('视频标题');
  });

  it('rejects empty, binary and non-article input with a specific reason', () => {
    const reason = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof ExtractError ? e.reason : 'other';
      }
      return 'none';
    };
    expect(reason(() => extract('   '))).toBe('empty');
    expect(reason(() => extract('\u0000\u0001binary\u0000'.repeat(20)))).toBe('unreadable');
    expect(reason(() => extract('<html><head></head><body><nav></nav></body></html>'))).toBe('not-an-article');
  });

  it('falls back to Readability for an unknown layout, ignoring the 责任编辑 byline', () => {
    const paras = Array.from({ length: 6 }, (_, i) => `<p>这是未知版式页面的第${i + 1}段正文，内容足够长，用来让正文提取器识别出文章主体部分。</p>`).join('');
    const a = extract(
      `<html><head><title>未知版式文章</title></head><body><div class="nav"><a href="/">首页</a></div><div class="content"><h1>未知版式文章</h1><div class="byline">责任编辑：王五</div>${paras}</div></body></html>`,
    );
    expect(a.template).toBe('readability');
    expect(a.text).toContain('第1段正文');
    expect(a.text).toContain('第6段正文');
    expect(a.authors).toEqual([]);
  });
});

describe('what is not an article', () => {
  it('refuses plain text and Markdown files', () => {
    for (const input of ['hello', '# README\n\nSome *markdown* text here.\n', '只是一段没有任何标记的中文文字。']) {
      expect(() => extract(input)).toThrowError(/not an HTML page/);
    }
  });
});

describe('text helpers agree with their plain definitions', () => {
  // A seeded generator over the characters that matter: CJK, Latin, joiners, spaces, zero-width.
  const ALPHABET = ['a', 'Z', '9', '.', '-', "'", '’', ' ', '\n', '\t', '\u3000', '\u00a0', '中', '文', '。', '，', 'é', 'ー', '\uff21', '\u200b', '\ufeff', '😀'];
  let seed = 20261126;
  const rnd = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  const sample = () => Array.from({ length: rnd(14) }, () => ALPHABET[rnd(ALPHABET.length)]).join('');

  it('countWords: CJK characters one each, Latin runs (joined by \' ’ . -) one each', () => {
    const cjk = /[\u2e80-\u2fff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g;
    const reference = (t: string) =>
      (t.match(cjk)?.length ?? 0) +
      (t.replace(cjk, ' ').match(/[A-Za-z0-9\u00c0-\u024f]+(?:['’.-][A-Za-z0-9\u00c0-\u024f]+)*/g)?.length ?? 0);
    for (let i = 0; i < 20_000; i++) {
      const s = sample();
      expect(countWords(s), JSON.stringify(s)).toBe(reference(s));
    }
  });

  it('normalizeRuns gives normalizeText of the joined runs, and its inlines join to it', () => {
    for (let i = 0; i < 5_000; i++) {
      const runs = Array.from({ length: 1 + rnd(4) }, (_, k) => (rnd(2) ? { text: sample(), href: `https://x.cn/${k}` } : { text: sample() }));
      const n = normalizeRuns(runs);
      expect(n.text, JSON.stringify(runs)).toBe(normalizeText(runs.map((r) => r.text).join('')));
      expect(n.inlines.map((x) => x.text).join('')).toBe(n.text);
      expect(n.inlines.every((x) => x.text.length > 0)).toBe(true);
    }
  });
});
