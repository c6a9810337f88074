/**
 * Extreme inputs, generated at test time inside the engine worker (so a 20 MB string is not
 * copied between threads). Each returns the page and the URL it pretends to come from.
 */
import { mulberry32 } from '../fuzz/lib/prng';

export interface Generated {
  html: string;
  url?: string;
}

const URL = 'https://finance.sina.com.cn/roll/2021-08-24/doc-ikqcfncc4687342.shtml';

const SENTENCES = [
  '上海市地方金融监管局局长解冬在市政府新闻发布会上介绍了金融科技中心建设的推进情况。',
  '她表示，要结合重点工作，强化金融科技和城市数字化转型的结合，更好地推动行业发展。',
  '数据显示，前三季度社会消费品零售总额同比增长，市场预期保持稳定，投资者信心有所恢复。',
  'The index rose 1.2% to 3,456.78 points while turnover reached 1.1 trillion yuan.',
];

/** Paragraph `i`: unique (carries its number) so dedupe cannot hide a loss. */
export function paragraphText(i: number): string {
  return `第${i}段。${SENTENCES[i % SENTENCES.length]}`;
}

function pc2017Page(body: string, title = '极端测试：一篇很长的财经文章'): string {
  return [
    '<!DOCTYPE html><html><head><meta charset="utf-8">',
    `<title>${title}_新浪财经_新浪网</title>`,
    '<meta name="keywords" content="金融科技,上海">',
    '</head><body>',
    `<div class="main-content"><h1 class="main-title">${title}</h1>`,
    '<div class="date-source"><span class="date">2021年08月24日 15:57</span>',
    '<a class="source" href="https://www.thepaper.cn/">澎湃新闻</a></div>',
    '<div class="article" id="artibody">',
    body,
    '<p class="article-editor">责任编辑：张三</p>',
    '</div></div></body></html>',
  ].join('\n');
}

/** A page of `n` paragraphs. */
export function manyParagraphs(n: number): Generated {
  const parts: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) parts[i] = `<p>${paragraphText(i)}</p>`;
  return { html: pc2017Page(parts.join('\n')), url: URL };
}

/** A page of about `mb` megabytes (UTF-16 code units ~ bytes/3 for CJK, so count UTF-8 bytes). */
export function bigPage(mb: number): Generated {
  const target = mb * 1024 * 1024;
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < target; i++) {
    // Every 50th paragraph carries an image and a stock link, as real pages do.
    const extra =
      i % 50 === 0
        ? `<div class="img_wrapper"><img src="//n.sinaimg.cn/finance/crawl/${i}.jpg" alt=""><span class="img_descr">图${i}</span></div>` +
          `<p>据<span id="stock_sh600519"><a class="keyword" href="https://finance.sina.com.cn/realstock/company/sh600519/nc.shtml">贵州茅台</a></span>公告。</p>`
        : '';
    const p = `<p cms-style="font-L">　　${paragraphText(i)}${SENTENCES[(i + 1) % SENTENCES.length]}</p>${extra}\n`;
    parts.push(p);
    bytes += Buffer.byteLength(p);
  }
  return { html: pc2017Page(parts.join('')), url: URL };
}

/** `levels` nested tags around the article body (closed or not). */
export function deepNesting(levels: number, tag: string, closed: boolean): Generated {
  const body = `<p>${paragraphText(1)}</p><p>${paragraphText(2)}</p>`;
  const inner = `${`<${tag}>`.repeat(levels)}${body}${closed ? `</${tag}>`.repeat(levels) : ''}`;
  return { html: pc2017Page(inner), url: URL };
}

/** A page no Sina template knows (only the Readability fallback reads it), nested `levels` deep. */
export function deepNestingPlain(levels: number): Generated {
  const text = '这是一段正文，用来测试很深的嵌套。'.repeat(20);
  return { html: `<html><body>${'<div>'.repeat(levels)}<p>${text}</p>${'</div>'.repeat(levels)}</body></html>` };
}

/** `levels` nested tags around the whole page (before <html>), as a broken saver might write. */
export function deepNestingOutside(levels: number): Generated {
  const page = pc2017Page(`<p>${paragraphText(1)}</p>`);
  return { html: '<div>'.repeat(levels) + page + '</div>'.repeat(levels), url: URL };
}

/** Random bytes read as text the way a wrong file would arrive (Latin-1 or UTF-8 with U+FFFD). */
export function binaryGarbage(bytes: number, seed: number, as: 'latin1' | 'utf8'): Generated {
  const rng = mulberry32(seed);
  const buf = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) buf[i] = rng.int(256);
  return { html: buf.toString(as), url: URL };
}

/** Binary bytes that happen to start like a page (a PNG or gzip saved as .html). */
export function binaryWithHeader(kind: 'png' | 'gzip', bytes: number): Generated {
  const head = kind === 'png' ? '\x89PNG\r\n\x1a\n' : '\x1f\x8b\x08\x00';
  const rng = mulberry32(bytes);
  let body = '';
  for (let i = 0; i < bytes; i++) body += String.fromCharCode(rng.int(256));
  return { html: head + body, url: URL };
}

/** Whitespace and other inputs with nothing in them. */
export function emptyish(which: string): Generated {
  const inputs: Record<string, string> = {
    empty: '',
    spaces: ' \n\t\r\n  ',
    bom: '\uFEFF',
    cjkSpaces: '\u3000\u3000\u00A0\r\n\u3000',
    zeroWidth: '\u200B\u200B\uFEFF\u200C',
    emptyDocument: '<!DOCTYPE html><html><head></head><body></body></html>',
    titleOnly: '<html><head><title>只有标题_新浪财经_新浪网</title></head><body></body></html>',
    emptyFrontMatter: '---\n---\n',
    commentsOnly: '<!-- 正文下iframe --><!-- 总声明-->',
    scriptOnly: '<script>var a = "<p>不是正文</p>";</script><style>p{}</style>',
  };
  const html = inputs[which];
  if (html === undefined) throw new Error(`unknown emptyish input ${which}`);
  return { html, url: URL };
}

/** A single enormous paragraph with no tag inside it. */
export function oneHugeParagraph(chars: number): Generated {
  const s = SENTENCES.join('');
  const text = s.repeat(Math.ceil(chars / s.length)).slice(0, chars);
  return { html: pc2017Page(`<p>${text}</p>`), url: URL };
}

/** Plain text with no markup at all. */
export function plainText(chars: number): Generated {
  const s = SENTENCES.join('\n');
  return { html: s.repeat(Math.ceil(chars / s.length)).slice(0, chars), url: URL };
}

/** Many small elements of one kind: images, stock links, table rows, empty paragraphs. */
export function manyElements(kind: 'img' | 'stock' | 'tr' | 'emptyP' | 'br', n: number): Generated {
  const parts: string[] = [`<p>${paragraphText(0)}</p>`];
  for (let i = 0; i < n; i++) {
    if (kind === 'img') parts.push(`<img src="https://n.sinaimg.cn/x/${i}.jpg">`);
    else if (kind === 'stock') {
      const code = `sz${String(i).padStart(6, '0')}`;
      parts.push(`<span id="stock_${code}"><a class="keyword" href="https://finance.sina.com.cn/realstock/company/${code}/nc.shtml">股${i}</a></span><span id="quote_${code}"></span>`);
    } else if (kind === 'tr') parts.push(`${i === 0 ? '<table>' : ''}<tr><td>${i}</td><td>行${i}</td></tr>`);
    else if (kind === 'emptyP') parts.push('<p>　　</p>');
    else parts.push('<br>');
  }
  if (kind === 'tr') parts.push('</table>');
  parts.push(`<p>${paragraphText(1)}</p>`);
  return { html: pc2017Page(parts.join('')), url: URL };
}

/** A seed-format post whose front matter is huge. */
export function hugeFrontMatter(lines: number): Generated {
  const fm = ['---', "title: '巨大的头部'", 'categories:'];
  for (let i = 0; i < lines; i++) fm.push(` - 分类${i}`);
  fm.push('author: 新浪财经', 'date: Tue, 24 Aug 2021 07:57:27 GMT', '---', '');
  return { html: fm.join('\n') + `<div><p>${paragraphText(0)}</p></div>` };
}

/** An attribute value of `chars` characters. */
export function hugeAttribute(chars: number): Generated {
  return { html: pc2017Page(`<p data-x="${'x'.repeat(chars)}">${paragraphText(0)}</p>`), url: URL };
}

/**
 * The shapes of issue 9's hand-made attacks (built from how parsers work, not random): each puts
 * paragraph 0 before and paragraph 1 after the attack inside a Sina page, or a bare body.
 */
export function attack(kind: string, n: number): Generated {
  const around = (middle: string, page = true) => {
    const body = `<p>${paragraphText(0)}</p>${middle}<p>${paragraphText(1)}</p>`;
    return page ? pc2017Page(body) : body;
  };
  switch (kind) {
    // Nesting written as self-closing tags: <div/> is an open <div> to an HTML parser.
    case 'selfClosingDivs':
      return { html: around('<div/>'.repeat(n)), url: URL };
    case 'selfClosingDivsBare':
      return { html: `${'<div/>'.repeat(n)}<p>${paragraphText(1)}</p>` };
    // End tags of elements that are not open are ignored: every <div> stays open.
    case 'bogusClosers':
      return { html: around('<div></x>'.repeat(n)), url: URL };
    // One element with n attributes.
    case 'attributeFlood': {
      const attrs: string[] = new Array<string>(n);
      for (let i = 0; i < n; i++) attrs[i] = `a${i}="${i}"`;
      return { html: around(`<span ${attrs.join(' ')}>x</span>`), url: URL };
    }
    // A paragraph of n lines: n <br> siblings under one parent.
    case 'wideBr':
      return { html: around(`<p>${'字<br>'.repeat(n)}</p>`), url: URL };
    // A table of n rows of two cells.
    case 'wideTable':
      return { html: around(`<table>${'<tr><td>甲</td><td>乙</td></tr>'.repeat(n)}</table>`), url: URL };
    // One text node of n characters.
    case 'hugeText': {
      const s = SENTENCES.slice(0, 3).join('');
      return { html: pc2017Page(`<p>${s.repeat(Math.ceil(n / s.length)).slice(0, n)}</p>`), url: URL };
    }
    // <p><span>x</p>: the </p> closes the span too, so this nests about 5 deep however often repeated.
    case 'pSpan':
      return { html: around(`<p><span>x</p>`.repeat(n)), url: URL };
    default:
      throw new Error(`no attack ${kind}`);
  }
}

/** A page only the Readability fallback reads: `levels` nested divs around `paragraphs` paragraphs. */
export function readabilityDeepWide(levels: number, paragraphs: number): Generated {
  const ps: string[] = new Array<string>(paragraphs);
  for (let i = 0; i < paragraphs; i++) ps[i] = `<p>这是一段正文，${paragraphText(i)}</p>`;
  return { html: `<html><head><title>未知版式</title></head><body>${'<div>'.repeat(levels)}${ps.join('')}${'</div>'.repeat(levels)}</body></html>` };
}
