/**
 * Mutations the fuzzer applies to fixture pages. Each one is a pure function of (input, rng):
 * given the same per-case seed it produces the same output, so a case replays from
 * (seed, index) alone. Each returns a short label with its parameters for the failure report.
 */
import type { Rng } from './prng';

export interface MutationContext {
  rng: Rng;
  /** Other corpus inputs, for cross-over mutations. */
  donors: readonly string[];
}

export interface Mutation {
  name: string;
  /** Relative frequency in random combinations. */
  weight: number;
  apply(html: string, ctx: MutationContext): { html: string; label: string };
}

const TAG_RE = /<\/?[a-zA-Z][^<>]*>/g;
const CLOSE_TAG_RE = /<\/[a-zA-Z][^<>]*>/g;
const OPEN_TAG_RE = /<[a-zA-Z][^<>]*>/g;

interface Span {
  start: number;
  end: number;
  text: string;
}

function spans(html: string, re: RegExp): Span[] {
  const out: Span[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

function splice(html: string, start: number, end: number, insert: string): string {
  return html.slice(0, start) + insert + html.slice(end);
}

/** Replaces non-overlapping spans in one pass (many single splices would be quadratic). */
function replaceSpans(html: string, targets: Iterable<Span>, fn: (s: Span) => string): string {
  const sorted = [...new Map([...targets].map((t) => [t.start, t])).values()].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const t of sorted) {
    if (t.start < at) continue;
    out += html.slice(at, t.start) + fn(t);
    at = t.end;
  }
  return out + html.slice(at);
}

/** A random position, biased towards tag boundaries (where structure breaks most interestingly). */
function position(html: string, rng: Rng): number {
  if (rng.chance(0.5)) {
    const tags = spans(html, TAG_RE);
    if (tags.length) {
      const t = rng.pick(tags);
      return rng.chance(0.5) ? t.start : t.end;
    }
  }
  return rng.int(html.length + 1);
}

/** Where the page's content lives: inside <body>, after a YAML front matter, or everything. */
export function bodyRegion(html: string): { start: number; end: number } {
  const open = /<body\b[^>]*>/i.exec(html);
  if (open) {
    const start = open.index + open[0].length;
    const close = html.toLowerCase().lastIndexOf('</body');
    return { start, end: close >= start ? close : html.length };
  }
  const fm = /^\s*---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/.exec(html);
  if (fm) return { start: fm[0].length, end: html.length };
  return { start: 0, end: html.length };
}

const CONTAINER_RE =
  /<(div|section|td|font)\b[^>]*\b(?:id\s*=\s*["']?(?:artibody|article|article_content|zoom)\b|class\s*=\s*["'][^"']*\b(?:art_content|article-content|article)\b)[^>]*>/gi;

/** Finds the article container's open tag and its matching close (by counting same-name tags). */
export function articleContainer(html: string): { open: Span; closeStart: number; closeEnd: number; tag: string } | undefined {
  CONTAINER_RE.lastIndex = 0;
  const m = CONTAINER_RE.exec(html);
  if (!m) return undefined;
  const tag = (m[1] ?? 'div').toLowerCase();
  const open: Span = { start: m.index, end: m.index + m[0].length, text: m[0] };
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'gi');
  re.lastIndex = open.end;
  let depth = 1;
  for (let t = re.exec(html); t; t = re.exec(html)) {
    depth += t[1] ? -1 : 1;
    if (depth === 0) return { open, closeStart: t.index, closeEnd: t.index + t[0].length, tag };
  }
  return { open, closeStart: html.length, closeEnd: html.length, tag };
}

const CHAR_PALETTE = [
  '<', '>', '&', '"', "'", '/', '=', '\0', '\uFFFD', '\uD800', '\uDC00', '\u202E', '\u200B', '\u2028',
  '\u3000', '\u00A0', '\t', '\r', '\n', '\f', '中', '责', '：', '？', '`', '\\', '-', '!', '[', ']',
];

function randomChar(rng: Rng): string {
  switch (rng.int(4)) {
    case 0:
      return rng.pick(CHAR_PALETTE);
    case 1:
      return String.fromCharCode(rng.int(0x80));
    case 2:
      return String.fromCharCode(0x4e00 + rng.int(0x5000));
    default:
      return String.fromCharCode(rng.int(0x10000));
  }
}

const ATTR_RE = /\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

function shuffleTagAttributes(tag: string, rng: Rng): string {
  const nameMatch = /^<[a-zA-Z][^\s/>]*/.exec(tag);
  if (!nameMatch) return tag;
  const rest = tag.slice(nameMatch[0].length);
  const attrs: string[] = [];
  ATTR_RE.lastIndex = 0;
  let consumed = 0;
  for (let m = ATTR_RE.exec(rest); m; m = ATTR_RE.exec(rest)) {
    if (m.index !== consumed) break;
    attrs.push(m[0]);
    consumed = m.index + m[0].length;
  }
  if (attrs.length < 2) return tag;
  return nameMatch[0] + rng.shuffle(attrs).join('') + rest.slice(consumed);
}

const NEST_TAGS = ['div', 'span', 'font', 'p', 'section', 'b', 'a', 'li', 'td', 'blockquote'];

const COMMENT_MARKERS = [
  '<!--', '-->', '<!-->', '<!--->', '--!>', '<!---->', '<!-- 正文下iframe -->', '<!--article_adlist[',
  ']article_adlist-->', '<!-- 文末二维码 start -->', '<![CDATA[', ']]>', '<!', '<?xml version="1.0"?>',
  '<!DOCTYPE html>', '<!-- news_keyword_pub,stock,sz000001 -->', '<!--video-list-->',
];

const RAW_OPENERS = [
  '<script>', '<style>', '<textarea>', '<title>', '<xmp>', '<plaintext>', '<noscript>', '<template>',
  '<iframe>', '<noembed>', '<noframes>', '<svg>', '<math>', '<select>', '<table>', '<a href="', '<p class=\'',
  '<script type="text/template">', '<frameset>', '<head>', '<html>', '<body>', '</body>', '</html>',
];

const ENTITIES = [
  '&#0;', '&#xD800;', '&#99999999;', '&#x110000;', '&amp', '&nbsp', '&lt;', '&gt;', '&#123;', '&#125;',
  '&#x3c;script&#x3e;', '&unknown;', '&', '&#', '&#x;', '&#12288;', '&#8203;',
];

const HOSTILE = [
  '<img src="x" onerror="globalThis.__pwned=1">',
  '<a href="javascript:globalThis.__pwned=1">点击这里</a>',
  '<a href="data:text/html,<script>1</script>">数据链接</a>',
  '<img src="data:image/png;base64,AAAA">',
  '<img src="javascript:alert(1)">',
  '<img src="//n.sinaimg.cn/x.jpg">',
  '<img src="/relative/x.jpg" alt="相对">',
  '<base href="javascript:alert(1)//">',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<svg onload="globalThis.__pwned=1"><text>矢量</text></svg>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<style>p{display:none}</style>',
  '<form action="https://evil.example/"><input name="q" value="表单"></form>',
  '<p onclick="globalThis.__pwned=1">带事件的段落</p>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<h1 class="main-title">第二个标题</h1>',
  '<span class="date">2099年13月45日 25:61</span>',
  '<p>责任编辑：</p>',
  '<p class="article-editor">责任编辑：<script>x</script></p>',
  '<div id="artibody"></div>',
  '<meta name="keywords" content="<b>关键词</b>,&quot;,,,">',
  '<meta property="article:published_time" content="not-a-date">',
];

const CHARSET_DECLS = [
  '<meta charset="gbk">', '<meta charset="gb2312">', '<meta http-equiv="Content-Type" content="text/html; charset=big5">',
  '<?xml version="1.0" encoding="shift_jis"?>', '<meta charset="utf-16">', '<meta charset="x-nonsense">',
];

const FRONT_MATTERS = [
  '---\ntitle: [unterminated\n---\n',
  '---\ntitle: !!js/function "function(){return 1}"\ndate: !!timestamp nope\n---\n',
  '---\ntitle: !<tag:yaml.org,2002:js/undefined> x\n---\n',
  "---\na: &a ['x','x','x','x','x','x','x','x','x']\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\ntitle: *g\n---\n",
  '---\ntitle: 标题\ntitle: 重复的标题\ndate: Tue, 99 Foo 2021 99:99:99 GMT\n---\n',
  '---\n\ttitle:\t制表符\n---\n',
  '---\ntitle: 123\ncategories: 7\nauthor: {a: 1}\ndate: [1, 2]\nheadimg: javascript:alert(1)\n---\n',
  '---\n---\n',
  '---\n',
  '---\ntitle: "<script>globalThis.__pwned=1</script>"\n---\n',
];

export const MUTATIONS: Mutation[] = [
  {
    name: 'truncate',
    weight: 6,
    apply(html, { rng }) {
      const at = rng.int(html.length + 1);
      return { html: html.slice(0, at), label: `truncate(${at})` };
    },
  },
  {
    name: 'dropTag',
    weight: 6,
    apply(html, { rng }) {
      const tags = spans(html, TAG_RE);
      if (!tags.length) return { html, label: 'dropTag(none)' };
      const n = rng.chance(0.7) ? 1 : rng.range(2, 40);
      const chosen = new Set<number>();
      for (let i = 0; i < n; i++) chosen.add(rng.int(tags.length));
      const out = replaceSpans(html, [...chosen].map((i) => tags[i] as Span), () => '');
      return { html: out, label: `dropTag(x${chosen.size}@${[...chosen].slice(0, 3).join(',')})` };
    },
  },
  {
    name: 'duplicateTag',
    weight: 5,
    apply(html, { rng }) {
      const tags = spans(html, TAG_RE);
      if (!tags.length) return { html, label: 'duplicateTag(none)' };
      const i = rng.int(tags.length);
      const t = tags[i] as Span;
      const times = rng.chance(0.8) ? 1 : rng.range(2, 50);
      return { html: splice(html, t.end, t.end, t.text.repeat(times)), label: `duplicateTag(${i}x${times})` };
    },
  },
  {
    name: 'duplicateSlice',
    weight: 4,
    apply(html, { rng }) {
      const a = position(html, rng);
      const b = Math.min(html.length, a + rng.int(4000));
      return { html: splice(html, b, b, html.slice(a, b)), label: `duplicateSlice(${a},${b})` };
    },
  },
  {
    name: 'moveSlice',
    weight: 3,
    apply(html, { rng }) {
      const a = position(html, rng);
      const b = Math.min(html.length, a + rng.int(3000));
      const cut = html.slice(a, b);
      const rest = html.slice(0, a) + html.slice(b);
      const at = position(rest, rng);
      return { html: splice(rest, at, at, cut), label: `moveSlice(${a},${b}->${at})` };
    },
  },
  {
    name: 'corruptChars',
    weight: 6,
    apply(html, { rng }) {
      const chars = html.split('');
      const n = rng.range(1, 30);
      for (let i = 0; i < n && chars.length; i++) chars[rng.int(chars.length)] = randomChar(rng);
      return { html: chars.join(''), label: `corruptChars(${n})` };
    },
  },
  {
    name: 'corruptBytes',
    weight: 5,
    apply(html, { rng }) {
      const bytes = new TextEncoder().encode(html);
      const n = rng.range(1, 30);
      for (let i = 0; i < n && bytes.length; i++) {
        const at = rng.int(bytes.length);
        bytes[at] = rng.chance(0.5) ? rng.int(256) : (bytes[at] as number) ^ (1 << rng.int(8));
      }
      return { html: new TextDecoder('utf-8', { fatal: false }).decode(bytes), label: `corruptBytes(${n})` };
    },
  },
  {
    name: 'shuffleAttributes',
    weight: 4,
    apply(html, { rng }) {
      const tags = spans(html, OPEN_TAG_RE).filter((t) => /\s\S+\s+\S/.test(t.text));
      if (!tags.length) return { html, label: 'shuffleAttributes(none)' };
      const all = rng.chance(0.3);
      const chosen = all ? tags : Array.from({ length: rng.range(1, 20) }, () => rng.pick(tags));
      const out = replaceSpans(html, chosen, (t) => shuffleTagAttributes(t.text, rng));
      return { html: out, label: `shuffleAttributes(${all ? 'all' : chosen.length})` };
    },
  },
  {
    name: 'stripBody',
    weight: 2,
    apply(html, { rng }) {
      if (rng.chance(0.5)) {
        const c = articleContainer(html);
        if (c) return { html: splice(html, c.open.end, c.closeStart, ''), label: 'stripBody(container)' };
      }
      const r = bodyRegion(html);
      return { html: splice(html, r.start, r.end, ''), label: 'stripBody(body)' };
    },
  },
  {
    name: 'deepNest',
    weight: 1.5,
    apply(html, { rng }) {
      const levels = rng.chance(0.7) ? 10_000 : rng.range(100, 10_000);
      const tag = rng.chance(0.3) ? 'mixed' : rng.pick(NEST_TAGS);
      const closed = rng.chance(0.7);
      let opens = '';
      let closes = '';
      if (tag === 'mixed') {
        const seq = Array.from({ length: levels }, () => rng.pick(NEST_TAGS));
        opens = seq.map((t) => `<${t}>`).join('');
        closes = closed ? seq.reverse().map((t) => `</${t}>`).join('') : '';
      } else {
        opens = `<${tag}>`.repeat(levels);
        closes = closed ? `</${tag}>`.repeat(levels) : '';
      }
      const c = rng.chance(0.4) ? articleContainer(html) : undefined;
      const where = c ? 'container' : 'body';
      const r = c ? { start: c.open.start, end: c.closeEnd } : bodyRegion(html);
      const out = html.slice(0, r.start) + opens + html.slice(r.start, r.end) + closes + html.slice(r.end);
      return { html: out, label: `deepNest(${tag}x${levels},${closed ? 'closed' : 'unclosed'},${where})` };
    },
  },
  {
    name: 'unclosedTags',
    weight: 4,
    apply(html, { rng }) {
      const closes = spans(html, CLOSE_TAG_RE);
      if (!closes.length) return { html, label: 'unclosedTags(none)' };
      const all = rng.chance(0.15);
      const n = all ? closes.length : rng.range(1, 50);
      const chosen = all ? closes : Array.from({ length: n }, () => rng.pick(closes));
      const out = replaceSpans(html, chosen, () => '');
      return { html: out, label: `unclosedTags(${all ? 'all' : chosen.length})` };
    },
  },
  {
    name: 'commentMarker',
    weight: 4,
    apply(html, { rng }) {
      const n = rng.range(1, 3);
      let out = html;
      const used: string[] = [];
      for (let i = 0; i < n; i++) {
        const marker = rng.pick(COMMENT_MARKERS);
        const at = position(out, rng);
        out = splice(out, at, at, marker);
        used.push(`${JSON.stringify(marker)}@${at}`);
      }
      return { html: out, label: `commentMarker(${used.join(' ')})` };
    },
  },
  {
    name: 'rawTextOpen',
    weight: 3,
    apply(html, { rng }) {
      const opener = rng.pick(RAW_OPENERS);
      const at = position(html, rng);
      return { html: splice(html, at, at, opener), label: `rawTextOpen(${JSON.stringify(opener)}@${at})` };
    },
  },
  {
    name: 'tagCase',
    weight: 2,
    apply(html, { rng }) {
      const upper = rng.chance(0.5);
      const out = html.replace(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)/g, (_m, slash: string, name: string) => {
        const n = upper
          ? name.toUpperCase()
          : name
              .split('')
              .map((ch) => (rng.chance(0.5) ? ch.toUpperCase() : ch.toLowerCase()))
              .join('');
        return `<${slash}${n}`;
      });
      return { html: out, label: `tagCase(${upper ? 'upper' : 'random'})` };
    },
  },
  {
    name: 'entities',
    weight: 3,
    apply(html, { rng }) {
      const n = rng.range(1, 10);
      let out = html;
      for (let i = 0; i < n; i++) {
        const at = rng.int(out.length + 1);
        out = splice(out, at, at, rng.pick(ENTITIES));
      }
      return { html: out, label: `entities(${n})` };
    },
  },
  {
    name: 'quoteBreak',
    weight: 3,
    apply(html, { rng }) {
      const tags = spans(html, OPEN_TAG_RE);
      if (!tags.length) return { html, label: 'quoteBreak(none)' };
      const t = rng.pick(tags);
      const ch = rng.pick(['"', "'", '<', '>', '=', '/', '`', ' x="', "\n"]);
      const at = t.start + 1 + rng.int(Math.max(1, t.text.length - 1));
      return { html: splice(html, at, at, ch), label: `quoteBreak(${JSON.stringify(ch)}@${at})` };
    },
  },
  {
    name: 'whitespace',
    weight: 2,
    apply(html, { rng }) {
      switch (rng.int(6)) {
        case 0:
          return { html: html.replace(/\r?\n/g, '\r\n'), label: 'whitespace(crlf)' };
        case 1:
          return { html: html.replace(/\r?\n/g, '\r'), label: 'whitespace(cr)' };
        case 2:
          return { html: html.replace(/\s+/g, ' '), label: 'whitespace(collapse)' };
        case 3:
          return { html: '\uFEFF' + html, label: 'whitespace(bom)' };
        case 4:
          return { html: html.replace(/\n/g, '\0\n'), label: 'whitespace(nul)' };
        default:
          return { html: html.replace(/>/g, '>\u3000\u00A0\u200B'), label: 'whitespace(cjk-spaces)' };
      }
    },
  },
  {
    name: 'repeatParagraph',
    weight: 2,
    apply(html, { rng }) {
      const paras = spans(html, /<p\b[^>]*>[\s\S]{0,2000}?<\/p>/gi);
      if (!paras.length) return { html, label: 'repeatParagraph(none)' };
      const p = rng.pick(paras);
      const times = rng.range(2, 300);
      return { html: splice(html, p.end, p.end, p.text.repeat(times - 1)), label: `repeatParagraph(${p.start}x${times})` };
    },
  },
  {
    name: 'crossOver',
    weight: 2,
    apply(html, { rng, donors }) {
      if (!donors.length) return { html, label: 'crossOver(none)' };
      const di = rng.int(donors.length);
      const donor = donors[di] as string;
      const a = position(donor, rng);
      const b = Math.min(donor.length, a + rng.int(6000));
      const at = position(html, rng);
      return { html: splice(html, at, at, donor.slice(a, b)), label: `crossOver(donor${di}[${a},${b}]@${at})` };
    },
  },
  {
    name: 'hostile',
    weight: 3,
    apply(html, { rng }) {
      const n = rng.range(1, 4);
      let out = html;
      const used: number[] = [];
      for (let i = 0; i < n; i++) {
        const k = rng.int(HOSTILE.length);
        const r = bodyRegion(out);
        const at = rng.chance(0.7) ? r.start + rng.int(r.end - r.start + 1) : position(out, rng);
        out = splice(out, at, at, HOSTILE[k] as string);
        used.push(k);
      }
      return { html: out, label: `hostile(${used.join(',')})` };
    },
  },
  {
    name: 'charsetDecl',
    weight: 1,
    apply(html, { rng }) {
      const decl = rng.pick(CHARSET_DECLS);
      const head = /<head\b[^>]*>/i.exec(html);
      const at = head ? head.index + head[0].length : 0;
      return { html: splice(html, at, at, decl), label: `charsetDecl(${JSON.stringify(decl)})` };
    },
  },
  {
    name: 'hugeAttribute',
    weight: 1,
    apply(html, { rng }) {
      const tags = spans(html, OPEN_TAG_RE);
      if (!tags.length) return { html, label: 'hugeAttribute(none)' };
      const t = rng.pick(tags);
      const len = rng.range(1000, 200_000);
      const attr = ` data-x="${'抱歉'.repeat(len >> 1)}" title='${'"'.repeat(64)}'`;
      const at = t.end - (t.text.endsWith('/>') ? 2 : 1);
      return { html: splice(html, at, at, attr), label: `hugeAttribute(${len}@${t.start})` };
    },
  },
  {
    name: 'frontMatter',
    weight: 2,
    apply(html, { rng }) {
      const fm = /^\s*---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/.exec(html);
      switch (rng.int(3)) {
        case 0: {
          const k = rng.int(FRONT_MATTERS.length);
          const rest = fm ? html.slice(fm[0].length) : html;
          return { html: (FRONT_MATTERS[k] as string) + rest, label: `frontMatter(replace#${k})` };
        }
        case 1: {
          if (!fm) return { html: '---\n' + html, label: 'frontMatter(open-only)' };
          const closeAt = fm[0].lastIndexOf('---');
          return { html: splice(html, closeAt, closeAt + 3, ''), label: 'frontMatter(drop-close)' };
        }
        default: {
          const k = rng.int(FRONT_MATTERS.length);
          const at = fm ? fm[0].length : 0;
          return { html: splice(html, at, at, FRONT_MATTERS[k] as string), label: `frontMatter(second#${k})` };
        }
      }
    },
  },
];

export const MUTATION_NAMES = MUTATIONS.map((m) => m.name);

export function mutationByName(name: string): Mutation {
  const m = MUTATIONS.find((x) => x.name === name);
  if (!m) throw new Error(`unknown mutation ${name}`);
  return m;
}

export function pickWeighted(rng: Rng): Mutation {
  const total = MUTATIONS.reduce((s, m) => s + m.weight, 0);
  let r = rng.next() * total;
  for (const m of MUTATIONS) {
    r -= m.weight;
    if (r < 0) return m;
  }
  return MUTATIONS[MUTATIONS.length - 1] as Mutation;
}
