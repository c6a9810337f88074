import type { AnyNode, Element, ParentNode } from 'domhandler';
import type { Template } from './types';
import type { Ctx } from '../engine/context';
import { findFirst } from '../engine/dom';
import { normalizeText } from '../engine/text';
import { parseSinaDate } from '../engine/meta';
import { selectUnder, textContent } from '../engine/select';
import { LEGACY_TABLE } from '../rules/page-families';
import { isOutlet } from '../rules/metadata';

const [ZOOM, CELL] = LEGACY_TABLE.body as [string, string];
const [TITLE, BOOK_TITLE] = LEGACY_TABLE.title as [string, string];

/**
 * The 2004-2006 table layout: title in th.f24 (or td.title14 on book pages), a date cell
 * "2005年03月21日 11:21 《理财周刊》" with the outlet in a red font, body font#zoom or td.l17.
 * Pages saved in a data set may be wrapped in <text id=URL title=... encoding=gb2312>.
 * Examples: fixtures/pages/bj-house_20050331_031868306.html, fixtures/pages/chanye-finance_20050321_244339.html.
 */
/** The stamp comment Sina's 2005 CMS wrote: `[111,3,244339] published at 2005-03-21 11:21:30 …`. */
const STAMP = /^\s*\[\d+,\d+,(\d+)\]\s*published at /;

/**
 * The cells that hold no other cell, in page order, from one walk over the page that keeps the
 * innermost cell it is in (tables nest hundreds deep around a whole page: asking each cell for the
 * cells inside it was cells × page).
 */
function leafCells(doc: ParentNode, ctx: Ctx): Element[] {
  const cells: Element[] = [];
  const outer = new Set<Element>();
  // Two stacks side by side: a node, and the innermost cell around it.
  const nodes: AnyNode[] = [...doc.children].reverse();
  const around: (Element | null)[] = nodes.map(() => null);
  while (nodes.length) {
    ctx.deadline.tick();
    const n = nodes.pop()!;
    let cell = around.pop()!;
    if (n.type !== 'tag') continue;
    if ((n as Element).name === 'td') {
      if (cell) outer.add(cell);
      cells.push(n as Element);
      cell = n as Element;
    }
    const kids = (n as Element).children;
    for (let i = kids.length - 1; i >= 0; i--) {
      nodes.push(kids[i]!);
      around.push(cell);
    }
  }
  return cells.filter((td) => !outer.has(td));
}

/** The time the date cell prints: 2005年03月21日 11:21, or 2005-03-21 11:21 on some channels. */
const DATE_CELL_TIME = /\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}|\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}/;

/**
 * The outlet printed after the time when no <font> holds it (a link or plain text): one short name
 * with an outlet's shape (《理财周刊》 in book-title marks, or a name ending as outlets end: 理财周刊,
 * 新华网), not an address. A page tool printed there (发表评论, 打印本页, 网友评论, 进入论坛, 收藏) or
 * a person's name is no outlet.
 */
function outletAfterTime(rest: string): string | null {
  const name = rest.trim();
  if (!/^《?[\u4e00-\u9fa5A-Za-z][\u4e00-\u9fa5A-Za-z0-9·（）()]{1,19}》?$/.test(name)) return null;
  const quoted = /^《(.+)》$/.exec(name);
  return quoted ? (isOutlet(quoted[1]!) ? name : null) : isOutlet(name, 'closing') ? name : null;
}

export const legacy: Template = {
  id: 'legacy-table',
  describe: '2004-2006 table layout (font#zoom, td.l17)',
  reads: LEGACY_TABLE,
  matches: ({ index }) => index.has(ZOOM) || (index.has(CELL) && index.has(`${TITLE}, ${BOOK_TITLE}`)),
  extract: ({ index, doc, comments, ctx }) => {
    const body = index.first(ZOOM) ?? index.select(CELL).find((el) => findFirst(el, ctx.deadline, (e) => e.name === 'p')) ?? null;
    const title = normalizeText(textContent(index.first(TITLE))) || normalizeText(textContent(index.first(BOOK_TITLE))) || null;
    let publishedAt: string | null = null;
    let source: string | null = null;
    for (const td of leafCells(doc, ctx)) {
      const text = normalizeText(textContent(td));
      if (text.length > 80) continue;
      const m = DATE_CELL_TIME.exec(text);
      if (!m) continue;
      publishedAt = parseSinaDate(m[0]);
      // The outlet after the time: in a red <font> on most pages, else a link or plain text.
      source = normalizeText(textContent(selectUnder(td, 'font', ctx.deadline).at(-1))) || outletAfterTime(text.slice(m.index + m[0].length));
      break;
    }
    // "<!--[111,3,244339] published at 2005-03-21 11:21:30 ...-->" is the CMS's stamp, not a time the
    // page prints (its seconds are not shown; a book chapter shows no time at all): only its doc id is read.
    let stamp: RegExpExecArray | null = null;
    for (const c of comments) if ((stamp = STAMP.exec(c.data))) break;
    // Book chapters: the author's name on its own line under the chapter title.
    const authorLines = index.select(LEGACY_TABLE.parts.authorLine!);
    const author = normalizeText(textContent(authorLines[0]));
    const authors = /^[\u4e00-\u9fa5·]{2,5}$/.test(author) ? [author] : undefined;
    // …and the header line under it, 连载：… 出版社：团结出版社 作者：…: the publisher is the source.
    if (!source) source = normalizeText(authorLines.map(textContent).join('')).match(/出版社\s*[：:]\s*([^\s：:]{2,20})/)?.[1] ?? null;
    // A data set's <text id=URL …> wrapper around the saved page: the first element of the body.
    const wrapper = index.first('body')?.children.find((c): c is Element => c.type === 'tag' || c.type === 'script' || c.type === 'style');
    const wrapperId = wrapper?.name === 'text' ? (wrapper.attribs.id ?? '').trim() : '';
    const wrapperUrl = /^https?:\/\/\S+$/.test(wrapperId) ? wrapperId : null;
    return {
      body,
      title,
      publishedAt,
      authors,
      source: source ? source.replace(/^《(.+)》$/, '$1') : null,
      url: wrapperUrl,
      docId: stamp?.[1] ?? null,
    };
  },
};
