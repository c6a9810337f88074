/**
 * Shared scaffolding of the attack tests on visibility and blocks: a line of markup placed first,
 * second and last among a seed post's paragraphs, and the visible/hidden sentences they check.
 */
import { expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { P1, P2, P3, ps, seedPost } from './seed-post';

export type Article = ReturnType<typeof extract>;
export const paras = (a: Article) => a.text.split('\n\n');
export const shape = (a: Article) => a.blocks.map((b) => `${b.type}:${'text' in b ? b.text : ''}`);

/** Visible text (the reader sees it) and hidden text (the reader does not). */
export const V = '这是一段读者看得见的正文，记者在现场看到企业订单明显增加。';
export const H = '这是一段页面隐藏起来的文字，读者不该看到它出现在正文里。';

/** The post with the markup `html` first, second and last among P1-P3: one test each. */
export function atEachPlace(name: string, html: string, check: (a: Article) => void): void {
  for (const at of [0, 1, 3]) {
    it(`${name} at ${at}`, () => {
      const lines = [P1, P2, P3];
      lines.splice(at, 0, html);
      check(extract(seedPost(ps(...lines))));
    });
  }
}
export const shown = (a: Article) => expect(paras(a)).toContain(V);
export const notShown = (a: Article) => expect(a.text).not.toContain(H);
