/**
 * The shapes of the adversarial generator: inputs built from how HTML parsers and this engine work
 * (not random mutation). Each shape builds a piece of markup for the inside of an article body at
 * a size `n`, and says what a reader sees in it (`visible`: must reach the Article's text) and what
 * a reader never sees (`hidden`: must reach no output), plus anything else the engine promises for
 * it (an editor name, a count of lines, which errors a size may end in).
 *
 * Every shape lists growing sizes; `sizes[0]` is small enough that the page must give an Article.
 * Pure functions of (n, rng): a case replays from its seed.
 */
import type { Rng } from '../lib/prng';

/** What may end a case instead of an Article. */
export type Refusal = 'too-large' | 'too-complex' | 'timeout' | 'not-an-article' | 'empty' | 'unreadable';

export interface Piece {
  /** Markup inside the body container, between the two anchor paragraphs. */
  html: string;
  /** Markup before the body container (page chrome), when the shape works there. */
  outside?: string;
  /** Markup at the start of the page's <head> (families with a head). */
  head?: string;
  /** Texts a reader sees: each must be in the Article's text (compared without whitespace). */
  visible?: string[];
  /** Texts a reader never sees: none may reach the text, Markdown, title, captions or metadata. */
  hidden?: string[];
  /** The anchor paragraph after the piece is not visible (the piece swallows the rest of the page). */
  swallowsRest?: boolean;
  /** At least `count` occurrences of `needle` in the text (for wide shapes too many to list). */
  count?: { needle: string; min: number };
  /** The Article's editor must be exactly this. */
  editor?: string;
  /** Every name here must be among the authors. */
  authors?: string[];
  /** Image blocks the Article must have at least. */
  images?: number;
  /** Errors this size may end in (a size past a bound); none when the page must give an Article. */
  refusals?: Refusal[];
  /** The only acceptable outcome is this error (the size is past a bound the README states). */
  mustRefuse?: Refusal;
  /** Text in the seed-format front matter, for shapes that attack it (seed family only). */
  frontMatter?: string;
  /** A standalone byline or metadata line the engine may move out of the text into a field. */
  movable?: string[];
  /** Shown on the page but must not reach the text (a work code the editor line carries). */
  absent?: string[];
  /**
   * Page chrome after the body may become body text: the piece hides the page's own end of the body
   * (an unclosed comment runs to the first `-->`, which is the end marker's).
   */
  movesBodyEnd?: boolean;
  /** The piece goes first in the body, before the anchor paragraphs. */
  atStart?: boolean;
  /** The Article's title must stay the page's headline. */
  keepsTitle?: boolean;
}

export interface ShapeContext {
  rng: Rng;
  /** The page's headline (shapes that repeat it need it). */
  title: string;
  /** The family the piece is placed in. */
  family: string;
}

export interface Shape {
  id: string;
  group: 'nesting' | 'wide' | 'attributes' | 'comments' | 'wrappers' | 'hidden' | 'text' | 'bylines' | 'invisible-chars' | 'huge' | 'engine';
  /** Growing sizes: [0] small (must extract), later ones past the bounds. */
  sizes: readonly number[];
  build(n: number, c: ShapeContext): Piece;
  /** Families the shape makes sense in (default: all). */
  families?: readonly string[];
}

/** Visible sentences: unique per index so a lost one cannot hide behind a duplicate. */
export function sentence(i: number, tag = '段'): string {
  const bodies = [
    '上海市地方金融监管局在新闻发布会上介绍了金融科技中心的建设进展',
    '数据显示前三季度社会消费品零售总额同比增长市场预期保持稳定',
    '分析人士认为货币政策将继续保持稳健并更加注重精准和灵活',
    '多家上市公司公告称将加大研发投入以提升核心竞争力和盈利能力',
  ];
  return `第${i}${tag}，${bodies[i % bodies.length]}。`;
}

/** Hidden sentences: never shown, so they must never reach the Article. */
export function secret(i: number): string {
  return `隐藏内容${i}号不应出现在任何输出里`;
}

const fmtAttrs = (n: number, prefix = 'a') => {
  const out = new Array<string>(n);
  for (let i = 0; i < n; i++) out[i] = `${prefix}${i.toString(36)}`;
  return out.join(' ');
};

/** The nesting the parser refuses past (README: 4,000 open elements). */
const NESTING = 4_000;
/** Start tags and comments the engine reads at most (README). */
const NODES = 1_000_000;
const ATTRIBUTES = 512;

const bounded = (over: boolean): Refusal[] | undefined => (over ? ['too-complex', 'timeout'] : undefined);

export const SHAPES: readonly Shape[] = [
  // ── nesting ────────────────────────────────────────────────────────────────────────────────
  ...(['div', 'span', 'section', 'blockquote', 'font', 'b'] as const).map(
    (tag): Shape => ({
      id: `nest.plain.${tag}`,
      group: 'nesting',
      sizes: [8, 600, 3_900, 5_000, 20_000],
      build: (n) => ({ html: `${`<${tag}>`.repeat(n)}<p>${sentence(101)}</p>${`</${tag}>`.repeat(n)}`, visible: [sentence(101)], refusals: bounded(n > NESTING - 100) }),
    }),
  ),
  {
    id: 'nest.selfClosing',
    group: 'nesting',
    sizes: [8, 600, 2_400, 5_000, 20_000],
    // A `/` does not close an HTML <div>: every one stays open.
    build: (n) => ({ html: `${'<div/>'.repeat(n)}<p>${sentence(102)}</p>`, visible: [sentence(102)], refusals: bounded(n > NESTING - 100) }),
  },
  {
    id: 'nest.bogusClosers',
    group: 'nesting',
    sizes: [8, 600, 3_000, 5_000, 20_000],
    // An end tag of an element that is not open is ignored.
    build: (n) => ({ html: `${'<div></x>'.repeat(n)}<p>${sentence(103)}</p>`, visible: [sentence(103)], refusals: bounded(n > NESTING - 100) }),
  },
  {
    id: 'nest.adoptionAgency',
    group: 'nesting',
    sizes: [4, 60, 400, 1_500, 3_000],
    // n distinct formatting elements left open in a paragraph its </p> closes, then n paragraphs: a
    // parser re-opens every one of them inside each paragraph, so an input of size n makes n²
    // elements (1,000 × 1,000 is 27 KB of markup and a million elements).
    build: (n) => {
      const fmt = new Array<string>(n);
      for (let i = 0; i < n; i++) fmt[i] = `<b class="k${i.toString(36)}">`;
      const ps = new Array<string>(n);
      for (let i = 0; i < n; i++) ps[i] = `<p>${sentence(i, '行')}</p>`;
      return {
        html: `<p>${fmt.join('')}</p>${ps.join('')}`,
        visible: [sentence(0, '行'), sentence(n - 1, '行')],
        count: { needle: '行，', min: n },
        ...(n * n > NODES + 10_000 ? { mustRefuse: 'too-complex' as const } : { refusals: bounded(n * n > 100_000) }),
      };
    },
  },
  {
    id: 'nest.misnested',
    group: 'nesting',
    sizes: [4, 200, 5_000, 50_000],
    // <b><p>x</b>y</p>: the adoption agency moves the paragraph; both texts stay.
    build: (n) => ({
      html: Array.from({ length: n }, (_, i) => `<b><p>${sentence(i, '前')}</b>${sentence(i, '后')}</p>`).join(''),
      visible: [sentence(0, '前'), sentence(0, '后'), sentence(n - 1, '后')],
      refusals: bounded(n > 10_000),
    }),
  },
  {
    id: 'nest.tableInTable',
    group: 'nesting',
    sizes: [3, 100, 900, 2_000],
    build: (n) => ({
      html: `${'<table><tr><td>'.repeat(n)}<p>${sentence(104)}</p>${'</td></tr></table>'.repeat(n)}`,
      visible: [sentence(104)],
      refusals: bounded(n * 4 > NESTING - 100),
    }),
  },
  {
    id: 'nest.pSpan',
    group: 'nesting',
    sizes: [4, 500, 4_001, 40_000],
    // <p><span>x</p>: the </p> closes the span, so this nests about 5 deep however long it is.
    build: (n) => ({
      html: Array.from({ length: n }, (_, i) => `<p><span>${sentence(i, '节')}</p>`).join(''),
      visible: [sentence(0, '节'), sentence(n - 1, '节')],
      count: { needle: '节，', min: n },
      refusals: bounded(n > 100_000),
    }),
  },

  // ── wide sibling lists ─────────────────────────────────────────────────────────────────────
  {
    id: 'wide.br',
    group: 'wide',
    sizes: [5, 1_000, 60_000, 600_000],
    build: (n) => ({ html: `<p>${'字<br>'.repeat(n)}</p>`, count: { needle: '字', min: n }, refusals: n > 100_000 ? ['timeout'] : undefined }),
  },
  {
    id: 'wide.paragraphs',
    group: 'wide',
    sizes: [5, 1_000, 30_000, 200_000],
    build: (n) => ({
      html: Array.from({ length: n }, (_, i) => `<p>${sentence(i, '号')}</p>`).join(''),
      visible: [sentence(0, '号'), sentence(n >> 1, '号'), sentence(n - 1, '号')],
      count: { needle: '号，', min: n },
      refusals: n > 50_000 ? ['timeout'] : undefined,
    }),
  },
  {
    id: 'wide.spans',
    group: 'wide',
    sizes: [5, 2_000, 100_000, 900_000],
    build: (n) => ({ html: `<p>${'<span>字</span>'.repeat(n)}。</p>`, count: { needle: '字', min: n }, refusals: n > 100_000 ? ['timeout'] : undefined }),
  },
  {
    id: 'wide.images',
    group: 'wide',
    sizes: [3, 500, 20_000, 200_000],
    build: (n) => ({
      html: Array.from({ length: n }, (_, i) => `<img src="https://n.sinaimg.cn/finance/adv/${i}.jpg">`).join(''),
      images: n,
      refusals: n > 50_000 ? ['timeout'] : undefined,
    }),
  },
  {
    id: 'wide.tableRows',
    group: 'wide',
    sizes: [3, 1_000, 50_000, 200_000],
    build: (n) => ({
      html: `<table>${Array.from({ length: n }, (_, i) => `<tr><td>甲${i}</td><td>乙${i}</td></tr>`).join('')}</table>`,
      visible: ['甲0', `乙${n - 1}`],
      refusals: n > 50_000 ? ['timeout'] : undefined,
    }),
  },
  {
    id: 'wide.listItems',
    group: 'wide',
    sizes: [3, 1_000, 50_000, 300_000],
    build: (n) => ({
      html: `<ul>${Array.from({ length: n }, (_, i) => `<li>${sentence(i, '项')}</li>`).join('')}</ul>`,
      visible: [sentence(0, '项'), sentence(n - 1, '项')],
      count: { needle: '项，', min: n },
      refusals: n > 50_000 ? ['timeout'] : undefined,
    }),
  },

  // ── attribute floods ───────────────────────────────────────────────────────────────────────
  {
    id: 'attr.oneElement',
    group: 'attributes',
    sizes: [10, 512, 513, 100_000],
    build: (n) => ({
      html: `<p><span ${fmtAttrs(n)}>${sentence(105)}</span></p>`,
      ...(n > ATTRIBUTES ? { mustRefuse: 'too-complex' as const } : { visible: [sentence(105)] }),
    }),
  },
  {
    id: 'attr.inForeignContent',
    group: 'attributes',
    sizes: [10, 512, 513, 100_000],
    // Inside <svg><style> an HTML parser reads markup (it is not raw text there), and a <span>
    // breaks out of the svg into the page: the span and its attributes are in the tree.
    build: (n) => ({
      html: `<p>${sentence(106)}</p><svg><style><span ${fmtAttrs(n)}>${sentence(107)}</span></style></svg>`,
      ...(n > ATTRIBUTES ? { mustRefuse: 'too-complex' as const } : { visible: [sentence(106), sentence(107)] }),
    }),
  },
  {
    id: 'attr.endTag',
    group: 'attributes',
    sizes: [10, 600, 100_000],
    // Attributes on an end tag are dropped by the parser: nothing of them reaches the tree.
    build: (n) => ({ html: `<p>${sentence(108)}</p ${fmtAttrs(n)}><p>${sentence(109)}</p>`, visible: [sentence(108), sentence(109)], refusals: n > ATTRIBUTES ? ['too-complex'] : undefined }),
  },
  {
    id: 'attr.duplicates',
    group: 'attributes',
    sizes: [10, 600, 100_000],
    build: (n) => ({ html: `<p ${'a '.repeat(n)}>${sentence(110)}</p>`, visible: [sentence(110)], refusals: n > ATTRIBUTES ? ['too-complex'] : undefined }),
  },
  {
    id: 'attr.manyElements',
    group: 'attributes',
    sizes: [2, 100, 4_000, 40_000],
    // n elements with 512 attributes each (the most one may have).
    build: (n) => {
      const attrs = fmtAttrs(ATTRIBUTES);
      return { html: `<p>${`<i ${attrs}>字</i>`.repeat(n)}。</p>`, count: { needle: '字', min: n }, refusals: n > 1_000 ? ['timeout', 'too-large'] : undefined };
    },
  },
  {
    id: 'attr.longValue',
    group: 'attributes',
    sizes: [100, 100_000, 10_000_000],
    build: (n) => ({ html: `<p title="${'x'.repeat(n)}" style="${'color:red;'.repeat(Math.ceil(n / 10))}">${sentence(111)}</p>`, visible: [sentence(111)] }),
  },

  // ── comments and CDATA around scripts and styles ──────────────────────────────────────────
  {
    id: 'comment.scriptInComment',
    group: 'comments',
    sizes: [1, 1_000, 50_000],
    build: (n) => ({
      html: `<p>${sentence(112)}</p>${'<!-- <script> -->'.repeat(n)}<script>var s = "<p>${secret(1)}</p>";</script><p>${sentence(113)}</p>`,
      visible: [sentence(112), sentence(113)],
      hidden: [secret(1)],
    }),
  },
  {
    id: 'comment.abruptClose',
    group: 'comments',
    sizes: [1, 1_000, 50_000],
    // `<!-->` and `<!--->` are whole (empty) comments: what follows is text.
    build: (n) => ({ html: `${'<!-->'.repeat(n)}<p>${sentence(114)}</p>${'<!--->'.repeat(n)}<p>${sentence(115)}</p>`, visible: [sentence(114), sentence(115)] }),
  },
  {
    id: 'comment.bangClose',
    group: 'comments',
    sizes: [1, 1_000, 50_000],
    // `--!>` ends a comment.
    build: (n) => ({ html: `${`<!-- ${secret(2)} --!>`.repeat(n)}<p>${sentence(116)}</p>`, visible: [sentence(116)], hidden: [secret(2)] }),
  },
  {
    id: 'comment.bangCloseFlood',
    group: 'comments',
    sizes: [10, 10_000, 1_100_000],
    // Elements after `--!>` are elements to the parser (a pre-parse tokenizer that did not know the
    // `--!>` ending would count none of them).
    build: (n) => ({ html: `<p>${sentence(117)}<!-- x --!>${'<br>'.repeat(n)}--></p>`, visible: [sentence(117)], ...(n > NODES ? { mustRefuse: 'too-complex' as const } : { refusals: n > 100_000 ? ['timeout' as const] : undefined }) }),
  },
  {
    id: 'comment.foreignStyleFlood',
    group: 'comments',
    sizes: [10, 10_000, 1_100_000],
    // Inside <svg><style> markup is markup: every <br> is an element of the page.
    build: (n) => ({ html: `<p>${sentence(118)}</p><svg><style>${'<br>'.repeat(n)}</style></svg>`, visible: [sentence(118)], ...(n > NODES ? { mustRefuse: 'too-complex' as const } : { refusals: n > 100_000 ? ['timeout' as const] : undefined }) }),
  },
  {
    id: 'comment.unclosed',
    group: 'comments',
    sizes: [1, 100_000],
    // An unclosed comment swallows the rest of the page.
    build: (n) => ({ html: `<p>${sentence(119)}</p><!-- ${secret(3)} ${'<p>x</p>'.repeat(n)}`, visible: [sentence(119)], hidden: [secret(3)], swallowsRest: true, movesBodyEnd: true }),
  },
  {
    id: 'comment.cdata',
    group: 'comments',
    sizes: [1, 1_000, 50_000],
    // In HTML content <![CDATA[ opens a bogus comment that ends at the first `>`.
    build: (n) => ({ html: `${`<![CDATA[ ${secret(4)} ]]>`.repeat(n)}<p>${sentence(120)}</p>`, visible: [sentence(120)], hidden: [secret(4)] }),
  },
  {
    id: 'comment.scriptEscapes',
    group: 'comments',
    sizes: [1, 1_000],
    // A script's `<!--` … `<script>` … `</script>` … `-->`: the script ends only at the last </script>.
    build: (n) => ({
      html: `${`<script><!-- document.write("<script>${secret(5)}</script>"); --></script>`.repeat(n)}<p>${sentence(121)}</p>`,
      visible: [sentence(121)],
      hidden: [secret(5)],
    }),
  },
  {
    id: 'comment.styleAndRawText',
    group: 'comments',
    sizes: [1, 1_000],
    build: (n) => ({
      html: `${`<style>p::after{content:"${secret(6)}"}</style><noscript><p>${secret(7)}</p></noscript><template><p>${secret(8)}</p></template><textarea>${secret(9)}</textarea>`.repeat(n)}<p>${sentence(122)}</p>`,
      visible: [sentence(122)],
      hidden: [secret(6), secret(7), secret(8), secret(9)],
    }),
  },
  {
    id: 'comment.flood',
    group: 'comments',
    sizes: [10, 100_000, 1_100_000, 5_000_000],
    // Comments are nodes of the tree like elements; a page of nothing but comments is refused
    // at the same bound as elements.
    build: (n) => ({ html: `<p>${sentence(123)}</p>${'<!---->'.repeat(n)}<p>${sentence(124)}</p>`, visible: [sentence(123), sentence(124)], ...(n > NODES ? { mustRefuse: 'too-complex' as const } : { refusals: n > 100_000 ? ['timeout' as const] : undefined }) }),
  },
  {
    id: 'comment.processingInstructions',
    group: 'comments',
    sizes: [10, 100_000, 1_100_000],
    build: (n) => ({ html: `<p>${sentence(125)}</p>${'<?x?>'.repeat(n)}<p>${sentence(126)}</p>`, visible: [sentence(125), sentence(126)], ...(n > NODES ? { mustRefuse: 'too-complex' as const } : { refusals: n > 100_000 ? ['timeout' as const] : undefined }) }),
  },

  // ── unclosed wrappers ──────────────────────────────────────────────────────────────────────
  {
    id: 'wrap.unclosedImgWrapper',
    group: 'wrappers',
    sizes: [1, 100, 3_000],
    build: (n) => ({
      html: `${Array.from({ length: n }, (_, i) => `<div class="img_wrapper"><img src="https://n.sinaimg.cn/finance/wrap/${i}.jpg"><span class="img_descr">图${i}</span>`).join('')}<p>${sentence(127)}</p><p>${sentence(128)}</p>`,
      visible: [sentence(127), sentence(128)],
      images: Math.min(n, 1),
      refusals: bounded(n > NESTING - 100),
    }),
  },
  {
    id: 'wrap.strayCloser',
    group: 'wrappers',
    sizes: [1, 3, 50],
    // A stray </div> closes the body container early; the paragraphs after it are still the article's.
    build: (n) => ({ html: `<p>${sentence(129)}</p>${'</div>'.repeat(n)}<p>${sentence(130)}</p><div><p>${sentence(131)}</p></div>`, visible: [sentence(129), sentence(130), sentence(131)] }),
    families: ['pc2017', 'pc2012', 'fragment', 'seed'],
  },

  {
    id: 'wrap.emptyBodyCopy',
    group: 'wrappers',
    sizes: [1, 100, 10_000],
    // Empty copies of the body container's id before the real one: a browser shows the one with text.
    build: (n) => ({ html: `<p>${sentence(165)}</p>`, outside: '<div id="artibody" class="article"></div>'.repeat(n), visible: [sentence(165)] }),
    families: ['pc2017', 'pc2012'],
  },

  // ── hidden text, every way ─────────────────────────────────────────────────────────────────
  {
    id: 'hidden.ways',
    group: 'hidden',
    sizes: [1, 200, 5_000],
    build: (n) => {
      const ways = [
        (s: string) => `<p hidden>${s}</p>`,
        (s: string) => `<div hidden="until-found"><p>${s}</p></div>`,
        (s: string) => `<p style="display:none">${s}</p>`,
        (s: string) => `<p style="DISPLAY : NONE !IMPORTANT">${s}</p>`,
        (s: string) => `<p style="color:red;display:\n none ;">${s}</p>`,
        (s: string) => `<p style="display:none!important;color:red">${s}</p>`,
        (s: string) => `<p><span style="visibility:hidden">${s}</span></p>`,
        (s: string) => `<p><span style="Visibility: Hidden">${s}</span></p>`,
        (s: string) => `<div style="display:none"><p>${s}</p><table><tr><td>${s}</td><td>2</td></tr><tr><td>3</td><td>4</td></tr></table></div>`,
        (s: string) => `<h2 style="display:none">${s}</h2>`,
        (s: string) => `<blockquote hidden>${s}</blockquote>`,
        (s: string) => `<div class="img_wrapper"><img src="https://n.sinaimg.cn/finance/h.jpg"><span class="img_descr" style="display:none">${s}</span></div>`,
        (s: string) => `<p><a href="https://finance.sina.com.cn/x.shtml" style="display:none">${s}</a>${sentence(132)}</p>`,
      ];
      const parts: string[] = [];
      const hidden: string[] = [];
      // Every way at least once, however small n is.
      for (let i = 0; i < Math.max(n, ways.length); i++) {
        const s = secret(100 + (i % ways.length));
        parts.push(ways[i % ways.length]!(s));
        if (i < ways.length) hidden.push(s);
      }
      return { html: `<p>${sentence(133)}</p>${parts.join('')}`, visible: [sentence(133), sentence(132)], hidden };
    },
  },
  {
    id: 'hidden.inline',
    group: 'hidden',
    sizes: [1, 1_000],
    // A hidden span inside a visible sentence: the words around it join.
    build: (n) => ({ html: `<p>前文${`<span style="display:none">${secret(10)}</span>`.repeat(n)}后文，${sentence(134)}</p>`, visible: [`前文后文，${sentence(134)}`], hidden: [secret(10)] }),
  },
  {
    id: 'hidden.cascade',
    group: 'hidden',
    sizes: [1, 100],
    // What a browser shows when declarations compete: the last one wins, !important beats the
    // rest, a CSS comment is whitespace, and an author style overrides the hidden attribute.
    build: (n) => {
      const shown = [
        [`<p style="display:none;display:block">${sentence(135)}</p>`, sentence(135)],
        [`<p hidden style="display:block">${sentence(136)}</p>`, sentence(136)],
        [`<div style="visibility:hidden"><p style="visibility:visible">${sentence(137)}</p></div>`, sentence(137)],
      ] as const;
      const hiddenWays = [
        [`<p style="display:block;display:none">${secret(11)}</p>`, secret(11)],
        [`<p style="display:none!important;display:block">${secret(12)}</p>`, secret(12)],
        [`<p style="display:/* 注释 */none">${secret(13)}</p>`, secret(13)],
      ] as const;
      const html = Array.from({ length: n }, () => [...shown, ...hiddenWays].map(([h]) => h).join('')).join('');
      return { html, visible: shown.map(([, s]) => s), hidden: hiddenWays.map(([, s]) => s) };
    },
  },

  // ── entity- and Markdown-special text ─────────────────────────────────────────────────────
  {
    id: 'text.markdownSpecial',
    group: 'text',
    sizes: [1, 50, 2_000],
    build: (n, { rng }) => {
      const texts = [
        '1. 加强监管', '2021.', '3)', '10) 第十条', 'C# 与 F #', '&amp;copy;', '*重点*', '**加粗**', '_下划线_', '__双下划线__',
        '`代码`', '```', '&lt;script&gt;alert(1)&lt;/script&gt;', '&lt;b&gt;粗体&lt;/b&gt;', '# 不是标题', '## 也不是', '&gt; 不是引用',
        '- 不是列表', '+ 不是列表', '* 不是列表', '---', '===', '***', '| 甲 | 乙 |', '[链接](https://example.com)', '![图](https://example.com/a.png)',
        '\\反斜杠\\', '~~删除线~~', '$x^2$ 与 $y$', '20%~25%', '&lt;https://example.com&gt;', '尾随空格  ', '1\\. 已转义', '１．全角数字',
        '+86 10 1234', '#标签# 话题', '[注1]', '<br>', '[^1]', '&amp;nbsp;', 'a_b_c', '2*3*4', '{{模板}}', '\\*',
      ];
      const pick = (i: number) => (i < texts.length ? texts[i]! : texts[rng.int(texts.length)]!);
      const count = Math.max(n, 1) * 4;
      const parts: string[] = [];
      for (let i = 0; i < count; i++) {
        const t = pick(i % (texts.length * 2));
        const wrap = i % 6;
        parts.push(
          wrap === 0 ? `<p>${t}</p>` : wrap === 1 ? `<h2>${t}</h2>` : wrap === 2 ? `<blockquote>${t}</blockquote>` : wrap === 3 ? `<p><a href="https://finance.sina.com.cn/a${i}.shtml">${t}</a>。</p>` : wrap === 4 ? `<p><strong>${t}</strong></p>` : `<table><tr><td>${t}</td><td>${i}</td></tr><tr><td>乙</td><td>丙</td></tr></table>`,
        );
      }
      return { html: parts.join('') };
    },
  },
  {
    id: 'text.entities',
    group: 'text',
    sizes: [1, 1_000, 100_000],
    build: (n) => ({
      html: `<p>${'&amp;&lt;&gt;&quot;&#39;&nbsp;&#0;&#x110000;&#xD800;&amp &copy &notin; &noti; &#128512;&#x1F600;'.repeat(n)}${sentence(138)}</p>`,
      visible: [sentence(138)],
    }),
  },

  // ── bylines, editors, sources ─────────────────────────────────────────────────────────────
  {
    id: 'byline.edges',
    group: 'bylines',
    sizes: [1],
    build: () => ({
      html: [
        '<p>新京报讯（记者 张和平）今天上午，市场监管总局发布了新的规定，要求平台企业加强管理。</p>',
        `<p>${sentence(139)}</p>`,
        '<p>当地时间周三晚间，相关节目收视率创下新高，人气相当高。ETtoday/文</p>',
        '<p>（John Smith/文）</p>',
        `<p>${sentence(140)}</p>`,
        '<p>责任编辑：张三 SF014 AB123</p>',
      ].join(''),
      visible: ['新京报讯（记者张和平）今天上午，市场监管总局发布了新的规定', '人气相当高。ETtoday/文', sentence(139), sentence(140)],
      movable: ['（John Smith/文）'],
      absent: ['SF014', 'AB123'],
      editor: '张三',
      authors: ['张和平'],
    }),
  },
  {
    id: 'byline.notNames',
    group: 'bylines',
    sizes: [1],
    // Sentences that use the words of bylines and credits but are none: they stay text and give no author.
    build: () => {
      const keep = [
        '记者从国家统计局了解到，前三季度国内生产总值同比增长。',
        '来源：国家统计局，数据截至9月末，下同。',
        '文/图不符的情况时有发生，读者应当注意甄别。',
        '本报记者在现场看到，排队的人群已经延伸到街角。',
      ];
      return { html: keep.map((t) => `<p>${t}</p>`).join('') + `<p>${sentence(141)}</p>`, visible: keep };
    },
  },

  {
    id: 'byline.ruleSyntax',
    group: 'bylines',
    sizes: [1, 300, 30_000],
    // The words and punctuation the byline, editor and source rules look for, repeated in the first
    // and last paragraphs (where those rules read): every rule must stay linear in the line's length.
    build: (n) => {
      const runs = ['记者 ', '（', '来源：', '文/', ' A11', '责任编辑：', '原标题：', '讯', '（记者 张三', '/文', '\u3000 \n', '作者：', '日电'];
      const first = `<p>${runs.map((r) => r.repeat(n)).join('')}${sentence(160)}</p>`;
      const last = `<p>${sentence(161)}${runs.map((r) => r.repeat(n)).join('')}</p>`;
      return { html: first + last, visible: n > 1 ? [sentence(160), sentence(161)] : [], refusals: n > 1_000 ? ['timeout'] : undefined };
    },
  },
  {
    id: 'text.markdownRuns',
    group: 'text',
    sizes: [3, 3_000, 100_000],
    // One paragraph per Markdown-special character, each repeated n times.
    build: (n) => ({
      html: ['*', '_', '`', '[', ']', '<', '&amp;', '\\', '~', '$', '#', '|', '!', '(', ')', '-', '=', '>'].map((c) => `<p>${c.repeat(n)}字</p>`).join(''),
      refusals: n > 10_000 ? ['timeout'] : undefined,
    }),
  },

  // ── zero-width and bidi characters ───────────────────────────────────────────────────────
  {
    id: 'chars.invisible',
    group: 'invisible-chars',
    sizes: [1, 1_000, 100_000],
    build: (n) => ({
      html: `<p>中\u200b国\u200c人\u200d民\u2060银\ufeff行${'\u200b'.repeat(n)}发布\u202e反转\u202c消息\u2066隔离\u2069。\u200e</p><p><a href="https://finance.sina.com.cn/\u202e/x.shtml">链\u202d接\u202c文字</a>。</p>`,
      visible: ['中国人民银行发布反转消息隔离。', '链接文字。'],
    }),
  },
  {
    id: 'chars.controls',
    group: 'invisible-chars',
    sizes: [1, 1_000],
    build: (n) => ({ html: `<p>控制\u0007字符\u001b[2J清屏\u0085下一行\u2028分隔${'\u0008'.repeat(n)}。</p>`, visible: ['控制字符[2J清屏'] }),
  },

  // ── huge text ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'huge.textNode',
    group: 'huge',
    sizes: [100, 1_000_000, 4_000_000, 48_000_000],
    build: (n) => {
      const s = sentence(142);
      return { html: `<p>${s.repeat(Math.ceil(n / s.length)).slice(0, n)}</p>`, visible: [s] };
    },
  },
  {
    id: 'huge.title',
    group: 'huge',
    sizes: [10, 30_000, 300_000],
    // A <title> of separator-joined pieces (the shape of Sina's _频道_新浪网 suffixes), not ending in one.
    build: (n) => ({ html: `<p>${sentence(147)}</p>`, head: `<title>${'头_'.repeat(n)}x</title><meta property="og:title" content="${'标|'.repeat(n)}">`, visible: [sentence(147)] }),
    families: ['pc2017', 'pc2012', 'mobile', 'legacy'],
  },
  {
    id: 'huge.latinWord',
    group: 'huge',
    sizes: [100, 1_000_000, 4_000_000, 16_000_000],
    build: (n) => ({ html: `<p>${sentence(143)}</p><p>${'a'.repeat(n)}</p>`, visible: [sentence(143)], refusals: n > 1_000_000 ? ['timeout'] : undefined }),
  },
  {
    id: 'huge.whitespace',
    group: 'huge',
    sizes: [100, 1_000_000, 4_000_000, 16_000_000],
    // Line breaks and spaces between CJK characters (the engine joins CJK across a line break).
    build: (n) => ({ html: `<p>字${' \n\t\u3000'.repeat(Math.ceil(n / 4))}字${sentence(144)}</p>`, visible: [sentence(144)], refusals: n > 1_000_000 ? ['timeout'] : undefined }),
  },
  {
    id: 'huge.comment',
    group: 'huge',
    sizes: [100, 1_000_000, 4_000_000, 16_000_000],
    build: (n) => ({ html: `<p>${sentence(145)}</p><!--${'注'.repeat(n)}--><p>${sentence(146)}</p>`, visible: [sentence(145), sentence(146)] }),
  },

  // ── the engine's own assumptions (found by reading src/engine) ────────────────────────────
  {
    id: 'engine.endMarkersBefore',
    group: 'engine',
    sizes: [1, 1_000, 200_000],
    // Comments that end a body (正文 end) before the body: the end is looked for after the body.
    build: (n) => ({ html: `<p>${sentence(150)}</p>`, outside: '<!-- 正文 end -->'.repeat(n), visible: [sentence(150)], refusals: n > 100_000 ? ['timeout'] : undefined }),
    families: ['pc2017', 'pc2012'],
  },
  {
    id: 'engine.headlineRepeated',
    group: 'engine',
    sizes: [2, 1_000, 30_000, 200_000],
    // Pictures, then the headline repeated: every copy among the first lines is dropped.
    build: (n, { title }) => ({
      html: `${Array.from({ length: n }, (_, i) => `<img src="https://n.sinaimg.cn/finance/head/${i}.jpg">`).join('')}${`<p>${title}</p>`.repeat(n)}<p>${sentence(151)}</p>`,
      visible: [sentence(151)],
      images: n,
      atStart: true,
      keepsTitle: true,
      refusals: n > 50_000 ? ['timeout'] : undefined,
    }),
  },
  {
    id: 'engine.joinAcrossRegions',
    group: 'engine',
    sizes: [2, 1_000, 20_000, 100_000],
    // An ad region cut out mid-sentence leaves a join point; many of them in a row.
    build: (n) => ({
      html: `<p>看着${'<div>字<!--NEWSZW_HZH_BEGIN--><!--NEWSZW_HZH_END--></div>'.repeat(n)}</p><p>${sentence(152)}</p>`,
      visible: ['看着字', sentence(152)],
      count: { needle: '字', min: n },
      refusals: n > 50_000 ? ['timeout'] : undefined,
    }),
  },
  {
    id: 'engine.unmatchedRegionBegins',
    group: 'engine',
    sizes: [1, 1_000, 20_000, 100_000],
    // Begin markers without their own end, then an end after more text than an ad holds: no region.
    build: (n) => ({
      html: `${'<!--NEWSZW_HZH_BEGIN-->'.repeat(n)}<p>${sentence(153).repeat(4_000)}</p><!--NEWSZW_HZH_END--><p>${sentence(154)}</p>`,
      visible: [sentence(153), sentence(154)],
      refusals: n > 50_000 ? ['timeout'] : undefined,
    }),
  },
  {
    id: 'engine.droppedInDeepChain',
    group: 'engine',
    sizes: [2, 1_000, 100_000, 900_000],
    // Elements a drop rule removes (live quote numbers), very many, at the bottom of a deep chain.
    build: (n) => ({
      html: `${'<div>'.repeat(500)}<p>${sentence(155)}${'<span id="quote_x">1.23</span>'.repeat(n)}</p>${'</div>'.repeat(500)}`,
      visible: [sentence(155)],
      refusals: n > 50_000 ? ['timeout'] : undefined,
    }),
  },
  {
    id: 'engine.linksInTables',
    group: 'engine',
    sizes: [2, 50, 120],
    // <a><table><td><a>…: a table cell lets a link nest inside a link; text at the bottom.
    build: (n) => ({
      html: `${'<a href="https://finance.sina.com.cn/n.shtml"><table><tr><td>'.repeat(n)}<p>${sentence(156).repeat(2_000)}</p>${'</td></tr></table></a>'.repeat(n)}`,
      visible: [sentence(156)],
      refusals: n > 100 ? ['timeout', 'too-complex'] : undefined,
    }),
  },
  {
    id: 'engine.nestedFigures',
    group: 'engine',
    sizes: [2, 100, 500],
    build: (n) => ({
      html: `${'<figure>'.repeat(n)}<img src="https://n.sinaimg.cn/finance/fig.jpg">${Array.from({ length: 2_000 }, (_, i) => `<p>${sentence(i, '图')}</p>`).join('')}${'</figure>'.repeat(n)}`,
      visible: [sentence(0, '图'), sentence(1_999, '图')],
      refusals: n > 400 ? ['timeout'] : undefined,
    }),
  },
  {
    id: 'engine.nestedStockLinks',
    group: 'engine',
    sizes: [2, 100, 500],
    // Stock spans inside stock spans, around a long text: each one's name is read from its text.
    build: (n) => ({
      html: `<p>${'<span id="stock_sh600000">'.repeat(n)}${sentence(162).repeat(5_000)}${'</span>'.repeat(n)}</p>`,
      visible: [sentence(162)],
    }),
  },
  {
    id: 'engine.keywordComment',
    group: 'engine',
    sizes: [10, 10_000, 300_000],
    // The comment listing the article's stock codes, with a long run of spaces before its end.
    build: (n) => ({ html: `<p>${sentence(163)}</p><!--news_keyword_pub,hkstock,00700${' '.repeat(n)}x-->` }),
  },
  {
    id: 'engine.legacyNestedTables',
    group: 'engine',
    sizes: [2, 60, 120],
    // Tables nested around a long body in the table layout, where cells are searched for the date.
    // The body grows with the nesting (1,000 lines a level): a search that reads every cell's text
    // is quadratic in both. Tier 0 is a small page (2,000 lines), which must give an Article within
    // the budget on a busy machine; 100,000 one-character paragraphs at every tier made tier 0 a
    // 700 KB page of per-paragraph work (1.3 s idle, over 3 s under load), not a test of the search.
    build: (n) => ({
      html: `${'<table><tr><td>'.repeat(n)}<p>${sentence(164)}</p>${'字<br>'.repeat(1_000 * n)}${'</td></tr></table>'.repeat(n)}`,
      visible: [sentence(164)],
      count: { needle: '字', min: 1_000 * n },
    }),
    families: ['legacy'],
  },
  {
    id: 'engine.frontMatterLines',
    group: 'engine',
    sizes: [5, 10_000, 2_000_000],
    build: (n) => ({ html: `<p>${sentence(157)}</p>`, frontMatter: Array.from({ length: n }, (_, i) => `k${i}: v`).join('\n'), visible: [sentence(157)], keepsTitle: true }),
    families: ['seed'],
  },
  {
    id: 'engine.frontMatterNesting',
    group: 'engine',
    sizes: [5, 10_000, 1_000_000],
    build: (n) => ({ html: `<p>${sentence(158)}</p>`, frontMatter: `x: ${'['.repeat(n)}`, visible: [sentence(158)], keepsTitle: true }),
    families: ['seed'],
  },
];

export function shapeById(id: string): Shape {
  const s = SHAPES.find((x) => x.id === id);
  if (!s) throw new Error(`no adversarial shape ${id}`);
  return s;
}
