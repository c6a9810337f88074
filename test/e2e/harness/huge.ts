/**
 * Synthetic hostile pages built at request time (too big to keep as files): a Sina 2017+ article
 * page whose body holds one of the shapes that stall an HTML engine (issue-9 cases). Written for
 * the e2e suite; not Sina output.
 */
export const HUGE_KINDS = {
  /** One paragraph of 100,000 lines: 字<br> repeated (200,000 nodes, about 600 KB). */
  wide: () => `<p>${'字<br>'.repeat(100_000)}</p>`,
  /** One element with 100,000 attributes (about 1.5 MB). */
  attrs: () => `<p ${Array.from({ length: 100_000 }, (_, i) => `a${i}="${i}"`).join(' ')}>属性洪水段落。</p>`,
  /** 20,000 "self-closing" divs (nested, as HTML parses them) before a paragraph. */
  nest: () => `${'<div/>'.repeat(20_000)}<p>深层嵌套之后的段落。</p>`,
} as const;

export type HugeKind = keyof typeof HUGE_KINDS;

export function hugeUrl(kind: HugeKind): string {
  return `https://finance.sina.com.cn/roll/2026-01-08/doc-isynthhuge${kind}.shtml`;
}

export function hugePage(kind: HugeKind): string {
  return `<!DOCTYPE html>
<!-- Synthetic hostile page written for the sina-clean e2e suite (${kind}); not Sina output. -->
<html><head><meta charset="utf-8"><title>合成超大页面_新浪财经</title></head><body>
<h1 class="main-title">合成超大页面：${kind}</h1>
<div class="date-source"><span class="date">2026年01月08日 10:00</span><span class="source">合成日报</span></div>
<div class="article" id="artibody"><p>合成超大页面的第一段。</p>${HUGE_KINDS[kind]()}</div>
</body></html>`;
}
