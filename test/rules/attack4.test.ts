/**
 * Attacks on the metadata, line and table rules: article shapes the rules must not misread.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article';
import { extract } from '../../src/engine/extract';
import { renderHtml } from '../../src/render/html';

const P1 = '国家统计局今天发布的数据显示，今年前三季度国内生产总值同比增长，经济运行总体平稳，发展质量稳步提升。';
const P2 = '从环比看，三季度国内生产总值增长较快，主要指标保持在合理区间，就业形势总体稳定，物价温和上涨。';
const ps = (...lines: string[]) => lines.map((l) => `<p>　　${l}</p>`).join('');
const again = (a: Article) => extract(renderHtml(a), { url: a.url ?? undefined });

function seedPost(body: string, title = '前三季度经济运行总体平稳'): string {
  return `---\ntitle: '${title}'\ncategories: \n - 金融\n - 新浪财经\nauthor: 新浪财经\ncomments: false\ndate: Mon, 30 Aug 2021 12:45:44 GMT\n---\n\n<div>${body}</div>\n`;
}

describe('a table whose cells span both ways in every row', () => {
  // Each row's cells are pushed right of the places the rows above still cover: 300 rows of ten
  // cells spanning 64 × 64 laid out millions of empty places (213 MB of JSON from 125 KB of HTML).
  const row = (r: number) => `<tr>${Array.from({ length: 10 }, (_, c) => `<td colspan="64" rowspan="64">v${r}_${c}</td>`).join('')}</tr>`;
  const table = `<table>${Array.from({ length: 300 }, (_, r) => row(r)).join('')}</table>`;
  it('keeps every cell once and stays within a bounded number of places', () => {
    const a = extract(seedPost(ps(P1) + table + ps(P2)));
    const t = a.blocks.find((b) => b.type === 'table');
    expect(t?.type).toBe('table');
    if (t?.type !== 'table') return;
    const places = t.rows.reduce((n, r) => n + r.length, 0);
    expect(places).toBeLessThanOrEqual(512 + 8 * 3000);
    expect(t.rows.flat().filter(Boolean)).toHaveLength(3000);
    expect(t.rows[299]).toEqual(Array.from({ length: 10 }, (_, c) => `v299_${c}`));
    expect(again(a).blocks).toEqual(a.blocks);
  });
  it('a header spanning columns and rows is still laid out', () => {
    const small = '<table><tr><td rowspan="2">分组</td><td colspan="2">营业收入</td></tr><tr><td>亿元</td><td>%</td></tr><tr><td>总计</td><td>1143083.8</td><td>20.3</td></tr></table>';
    const t = extract(seedPost(ps(P1) + small + ps(P2))).blocks.find((b) => b.type === 'table');
    expect(t?.type === 'table' && t.rows).toEqual([['分组', '营业收入', ''], ['', '亿元', '%'], ['总计', '1143083.8', '20.3']]);
  });
});

describe('credits, mentions and titles the rules must not misread', () => {
  it('a credit line after a byline (审核 李四, 摄影 李四 张三) gives no author', () => {
    for (const credit of ['审核 李四', '摄影 李四 张三']) {
      const a = extract(seedPost(ps(P1, P2, '撰文 | 王五 赵六', credit, '编辑：陈七')));
      expect(a.authors).toEqual(['王五', '赵六']);
      expect(a.text).toContain(credit);
    }
  });
  it('an earlier report or a count of reporters in the lead names no outlet', () => {
    for (const lead of ['此前一位新华社记者调查发现，该企业长期违规排放。', '近日，多名央视新闻记者走访发现，该企业长期违规排放。', '正如此前新华社记者调查发现的那样，该企业长期违规排放。', '昨日新京报记者调查发现，该企业长期违规排放。', '随后澎湃新闻记者查询发现，该企业已注销。', '该报记者调查发现，该企业长期违规排放。', '该台记者走访发现，该企业长期违规排放。', '境外媒体路透社记者调查发现，该企业已注销。']) {
      expect(extract(seedPost(ps(lead, P1, P2))).source).toBe('新浪财经');
    }
    // The outlet is the source when the article prints it again (byline.lead-reporter-mention, mentionedOutlet).
    expect(extract(seedPost(ps('近日，极目新闻记者实地探访发现，该企业长期违规排放。', P1, P2, '工作人员告诉极目新闻记者，整改仍在进行。'))).source).toBe('极目新闻');
  });
  it('inch marks and code in a seed title stay as printed', () => {
    expect(extract(seedPost(ps(P1, P2), '戴尔发布27"和32"显示器，售价不变')).title).toBe('戴尔发布27"和32"显示器，售价不变');
    expect(extract(seedPost(ps(P1, P2), 'Python里print("hello")为何报错')).title).toBe('Python里print("hello")为何报错');
    expect(extract(seedPost(ps(P1, P2), '"618"大促成交额创新高')).title).toBe('“618”大促成交额创新高');
  });
});

describe('a 来源 line naming the outlet and its reporter glued together', () => {
  it('the outlet is the source and the reporter an author (not 新华社记者张三 as the outlet)', () => {
    for (const line of ['来源：新华社记者张三', '来源：新华社记者张三、人民日报']) {
      const a = extract(seedPost(ps(P1, P2, line)));
      expect([a.source, a.authors]).toEqual(['新华社', ['张三']]);
      // A line naming one source moves into the field; one listing several stays as printed.
      expect(a.text.includes('来源')).toBe(line.includes('、'));
    }
  });
});

describe('ellipsis-only paragraphs', () => {
  it('stay where they are printed and survive cleaning the tool’s own output', () => {
    for (const dots of ['…………', '......', '。。。。。。', '⋯⋯', '···']) {
      const a = extract(seedPost(ps(P1, dots, P2)));
      expect(a.text.split('\n\n')).toEqual([P1, dots, P2]);
      expect(again(a).text).toBe(a.text);
    }
  });
});
