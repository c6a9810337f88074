/**
 * A byline's dateline is where the report was made, not who made it: 记者 张三 北京报道, 记者 王五
 * 发自北京, 记者 张三 北京 报道 give 张三 only (NOT_A_NAME_WORD in src/rules/bylines.ts). A place
 * printed before the names is not a dateline, and a person's name stays a name.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { NOT_A_NAME_WORD } from '../../src/rules/bylines';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';

const paras = (a: ReturnType<typeof extract>) => a.text.split('\n\n');

describe('a byline closing on its dateline names the reporters only', () => {
  for (const [line, authors] of [
    ['记者 张三 北京报道', ['张三']],
    ['记者 王五 发自北京', ['王五']],
    ['记者 张三 李四 北京报道', ['张三', '李四']],
    ['记者 张三 北京 报道', ['张三']],
    ['记者 张三 李四 发自 上海', ['张三', '李四']],
    ['记者 张三 综合报道', ['张三']],
    ['记者 张三 纽约报道', ['张三']],
    ['记者 张三 广州 长沙报道', ['张三']],
    ['本报记者 李四 上海报道', ['李四']],
    // County-level places and districts outlets report from (DATELINE_PLACES), and the word after a lone 发自.
    ['记者 张三 昆山 报道', ['张三']],
    ['记者 张三 前海 报道', ['张三']],
    ['记者 王五 发自 昆山', ['王五']],
    ['记者 张三 李四 报道', ['张三', '李四']],
  ] as const)
    it(`${line} gives ${authors.join('、')} and stays as printed`, () => {
      const a = extract(seedPost(ps(line, P1, P2, P3)));
      expect([a.authors, paras(a)[0]]).toEqual([authors, line]);
    });
});

describe('NOT_A_NAME_WORD', () => {
  it.each(['报道', '北京报道', '综合报道', '联合报道', '发自北京', '发自华盛顿'])('%s is no name', (w) => expect(NOT_A_NAME_WORD.test(w)).toBe(true));
  it.each(['张三', '欧阳报', '王道', '司马道', '发达', '李发自'])('%s may be a name', (w) => expect(NOT_A_NAME_WORD.test(w)).toBe(false));
});
