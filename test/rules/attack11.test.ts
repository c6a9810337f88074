/**
 * A seed post whose closing credit is 作者：数据宝 郭洁 and whose sentences print the writer (郭洁表示)
 * but never the desk: 数据宝 is 证券时报's data desk, a known desk (DESK_BEFORE_NAMES.desks), no
 * writer. A rare-surname reporter the text never prints stays an author (记者：有之炘 赵逸赫).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { P1, P3, ps, seedPost } from '../support/seed-post';

describe('attack11: a desk before the writer is no author even when the article never names the desk', () => {
  it('来源：新京报 编辑：金十数据 / 作者：数据宝 郭洁 with 郭洁表示 once', () => {
    const a = extract(seedPost(ps(P1, '郭洁表示，新能源产业链景气度持续提升，相关公司业绩增长确定性较强。', P3, '来源：新京报 编辑：金十数据', '作者：数据宝 郭洁')));
    expect(a.source).toBe('新京报');
    expect(a.editor).toBeNull();
    expect(a.text).toContain('郭洁表示');
    expect(a.authors).toEqual(['郭洁']);
  });
  it('a first name that is no known desk and that the text never prints stays an author', () => {
    const a = extract(seedPost(ps(P1, P3, '作者：有之炘 赵逸赫')));
    expect(a.authors).toEqual(['有之炘', '赵逸赫']);
  });
});
