/**
 * An attack on this round's rules, through extract() on a small seed post: a writer the article
 * prints as a person is no desk (byline.desk-before-names), an outlet in a 来源 line's 编辑 credit is
 * no editor (line.source-credits.editor), and a book, a law or a report in an author's note is no
 * source (byline.author-note-outlet).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/engine/extract';
import { creditsEditor } from '../../src/rules/lines';
import { PERSON_AFTER_NAME } from '../../src/rules/names';
import { P1, P2, P3, ps, seedPost } from '../support/seed-post';

const read = (...lines: string[]) => extract(seedPost(ps(...lines)));

describe('byline.desk-before-names drops no writer the article prints as a person', () => {
  // 睢 and 有 are real surnames the surname table lacks.
  it.each([
    [['作者：睢晓康 王五', P1, P2, P3, '睢晓康系中国人民大学教授，王五系中国社会科学院研究员。'], ['睢晓康', '王五']],
    [['作者：睢晓康 王五', P1, '睢晓康认为，经济运行总体平稳，下半年仍有支撑。', P3], ['睢晓康', '王五']],
    [['记者：有之炘 赵逸赫', P1, P2, '有之炘表示，今年经济将稳步回升。'], ['有之炘', '赵逸赫']],
  ])('%j keeps both writers', (lines, authors) => {
    expect(read(...lines).authors).toEqual(authors);
  });
  it('a desk the article prints as a body that counts is still no author', () => {
    expect(read('作者：数据宝 郭洁', P1, '数据宝统计显示，今年以来北向资金持续流入。', P3).authors).toEqual(['郭洁']);
    expect(read('作者：数据宝 郭洁', P1, '据数据宝统计，今年以来北向资金持续流入。', P3).authors).toEqual(['郭洁']);
    expect(read('作者：数据宝 郭洁', P1, '数据宝为您梳理了今年以来北向资金的流向。', P3).authors).toEqual(['郭洁']);
    expect(read('作者：数据宝 郭洁', P1, '数据宝是证券时报旗下的数据服务平台。', P3).authors).toEqual(['郭洁']);
    expect(read('作者：数据宝 郭洁', P1, '数据宝系证券时报旗下的数据服务平台。', P3).authors).toEqual(['郭洁']);
  });
  it('PERSON_AFTER_NAME reads a person, not a desk', () => {
    for (const s of ['系中国人民大学教授', '认为，经济运行总体平稳', '表示', '为中国社会科学院研究员']) expect(PERSON_AFTER_NAME.test(s)).toBe(true);
    for (const s of ['统计显示', '推出的榜单', '为您梳理', '数据显示', '，北向资金', '是证券时报旗下的数据服务平台', '系证券时报旗下的数据平台']) expect(PERSON_AFTER_NAME.test(s)).toBe(false);
  });
});

describe('line.source-credits.editor reads no outlet as the editor', () => {
  it.each(['金十数据', '智通财经', '东方财富', '东方证券', '新浪财经'])('来源：新京报 编辑：%s gives no editor', (name) => {
    expect(creditsEditor(`编辑：${name}`)).toBeNull();
    const a = read(P1, P2, P3, `来源：新京报 编辑：${name}`);
    expect([a.source, a.editor]).toEqual(['新京报', null]);
    expect(a.text).toContain(`来源：新京报 编辑：${name}`);
  });
  it.each(['欧阳娜娜', '王五', '司马南', '张晓明'])('来源：新京报 编辑：%s gives the editor', (name) => {
    expect(creditsEditor(`编辑：${name}`)).toBe(name);
    expect(read(P1, P2, P3, `来源：新京报 编辑：${name}`).editor).toBe(name);
  });
});

describe("byline.author-note-outlet reads no book, law or report as the source", () => {
  it.each(['作者为《中国统计年鉴》编委会研究员', '作者系《证券法》修订起草组研究员', '（作者为《中国金融改革报告》课题组研究员）'])('%s names no source and stays', (line) => {
    const a = read(P1, P2, P3, line);
    expect(a.source).toBe('新浪财经');
    expect(a.text.split('\n\n')).toContain(line);
  });
  it.each([
    ['作者为《财经》产业研究中心研究员', '财经'],
    ['（作者系《中国经济周刊》记者）', '中国经济周刊'],
  ])('%s still names %s', (line, outlet) => {
    expect(read(P1, P2, P3, line).source).toBe(outlet);
  });
});

describe('block.bold-emphasis leaves a numbered section heading ending in ！ a heading', () => {
  const page = (bold: string) => seedPost(`${ps(P1)}<p><strong>${bold}</strong></p>${ps(P2)}<p><strong>二、其他</strong></p>${ps(P3)}`);
  it.each(['一、稳字当头，进中求好！', '（一）坚决打赢防范化解重大风险攻坚战！', '2．坚持稳中求进！', '01 重磅！'])('%s is a heading like the next section', (bold) => {
    expect(extract(page(bold)).blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'paragraph', 'heading', 'paragraph']);
  });
  it.each(['我们研究的结论很明确：不会！', '1.5%的增速是底线！', '第一，稳增长！', '坚决打赢这场硬仗！'])('%s is still a paragraph', (bold) => {
    expect(extract(page(bold)).blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph']);
  });
});

describe('byline.names-continued: writers whose names are common words stay writers', () => {
  it.each([
    [['新华社记者 王五 赵六', '高峰 李明', '编辑：钱七', P1, '今年夏季用电高峰期间，电网负荷多次创下新高。', P3], ['王五', '赵六', '高峰', '李明']],
    [['本报记者 王五 赵六', '张伟 金融', '编辑：钱七', P1, '数字金融正在改变居民的支付习惯。', P3], ['王五', '赵六', '张伟', '金融']],
    [['新华社记者 王五 赵六', '冯晓亭 谢中秀', '编辑：钱七', P1, '冯晓亭表示，今年经济将稳步回升。', P3], ['王五', '赵六', '冯晓亭', '谢中秀']],
  ])('%j', (lines, authors) => {
    expect(read(...lines).authors).toEqual(authors);
  });
  it('a heading whose every word the article prints is still no writer', () => {
    const a = read('新华社记者 王五 赵六', '金融 安全', '编辑：李四', P1, '金融安全是国家安全的重要组成部分。', P3);
    expect(a.authors).toEqual(['王五', '赵六']);
    expect(a.text.split('\n\n')).toContain('金融 安全');
  });
});
