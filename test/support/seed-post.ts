import { expect } from 'vitest';
import { extract } from '../../src/engine/extract';

/**
 * A small seed-format post for rule tests: three ordinary article paragraphs (P1-P3) and the
 * generator's front matter, so a line under test can be put first or last in a real-shaped post.
 */
export const P1 = '国家统计局今天发布的数据显示，今年前三季度国内生产总值同比增长，经济运行总体平稳，发展质量稳步提升。';
export const P2 = '从环比看，三季度国内生产总值增长较快，主要指标保持在合理区间，就业形势总体稳定，物价温和上涨。';
export const P3 = '分产业看，第一产业增加值增长，第二产业增加值增长，第三产业增加值增长，服务业对经济增长的贡献继续提高。';

/** Each line as a paragraph with the page's full-width indent; a line that is markup already stays as it is. */
export const ps = (...lines: string[]): string => lines.map((l) => (l.startsWith('<') ? l : `<p>　　${l}</p>`)).join('');

/** The post around `body` (HTML). */
export const seedPost = (body: string): string =>
  `---\ntitle: '前三季度经济运行总体平稳'\ncategories: \n - 金融\n - 新浪财经\nauthor: 新浪财经\ncomments: false\ndate: Mon, 30 Aug 2021 12:45:44 GMT\n---\n\n<div>${body}</div>\n`;

/** The line, first and last in a post, stays as printed and names no source, author or editor. */
export function untouchedFirstAndLast(line: string): void {
  for (const body of [ps(line, P1, P2, P3), ps(P1, P2, P3, line)]) {
    const a = extract(seedPost(body));
    expect([a.source, a.authors, a.editor, a.text.split('\n\n').includes(line)], line).toEqual(['新浪财经', [], null, true]);
  }
}
