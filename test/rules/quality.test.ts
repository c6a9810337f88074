/**
 * Misses found on pages no rule was written from, each through extract() on a small post written
 * here with the shapes those pages print: a sentence reporting a disclaimer is the article's, a
 * picture's credit is no source, an empty video placeholder says nothing, and punctuation-only
 * paragraphs that vanish are named by --explain. Each failed on the engine before its fix.
 */
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article';
import { extract } from '../../src/engine/extract';
import { renderHtml } from '../../src/render/html';
import { renderMarkdown } from '../../src/render/markdown';
import { renderCopyText } from '../../src/render/text';

const P1 = '国家统计局今天发布的数据显示，今年前三季度国内生产总值同比增长，经济运行总体平稳，发展质量稳步提升。';
const P2 = '从环比看，三季度国内生产总值增长较快，主要指标保持在合理区间，就业形势总体稳定，物价温和上涨。';
const P3 = '分产业看，第一产业增加值增长，第二产业增加值增长，第三产业增加值增长，服务业对经济增长的贡献继续提高。';
const P4 = '分地区看，东部地区经济保持较快增长，中西部地区增速快于全国，东北地区经济企稳回升的态势更加明显。';
const PIC = 'https://n.sinaimg.cn/spider20220104/33/w640h993/20220104/ebe5-5617d58b12e87e945b980762fbad6288.jpg';

const ps = (...lines: string[]) => lines.map((l) => `<p>　　${l}</p>`).join('');
const picture = (caption = '', src = PIC) => `<div class="img_wrapper"><img src="${src}"><span class="img_descr">${caption}</span></div>`;

/** A seed-format post (front matter and body), as the generator writes it. */
function seedPost(body: string, title = '前三季度经济运行总体平稳'): string {
  return `---\ntitle: '${title}'\nauthor: 新浪财经\ndate: Mon, 18 Oct 2021 02:00:00 GMT\n---\n\n<div>${body}</div>\n<p class="article-editor">责任编辑：张三 SF014</p>\n`;
}

const again = (a: Article) => extract(renderHtml(a), { url: a.url ?? undefined });
const paragraphs = (a: Article) => a.text.split('\n\n');

describe('a sentence that reports a disclaimer is the article’s, the notice itself goes', () => {
  it('专家表示，该声明不构成投资建议… among the last three lines stays', () => {
    const line = '专家表示，该声明不构成投资建议，投资者仍需自行判断。';
    const a = extract(seedPost(ps(P1, P2, P3, line, P4)));
    expect(paragraphs(a)).toEqual([P1, P2, P3, line, P4]);
  });
  it('the notice in the same place still goes (以上内容仅供参考，不构成投资建议。)', () => {
    const a = extract(seedPost(ps(P1, P2, P3, '以上内容仅供参考，不构成投资建议。')));
    expect(paragraphs(a)).toEqual([P1, P2, P3]);
  });
  it('本文不构成投资建议。 and 投资者据此操作，风险自担。 go as the closing notice', () => {
    const a = extract(seedPost(ps(P1, P2, P3, '本文不构成投资建议。', '投资者据此操作，风险自担。')));
    expect(paragraphs(a)).toEqual([P1, P2, P3]);
  });
});

describe('a picture’s credit is no source', () => {
  it('来源：视觉中国 under a captioned picture near the top: no source, the credit stays as printed', () => {
    const a = extract(seedPost(ps(P1) + picture('发布会现场') + ps('来源：视觉中国', P2, P3, P4)));
    expect(a.source).toBe('新浪财经');
    expect(paragraphs(a)).toEqual([P1, '来源：视觉中国', P2, P3, P4]);
    expect(again(a).source).toBe(a.source);
  });
  it('来源：视觉中国 after the last picture at the bottom: no source', () => {
    const a = extract(seedPost(ps(P1, P2, P3) + picture('发布会现场') + ps('来源：视觉中国')));
    expect(a.source).toBe('新浪财经');
  });
  it('图片来源：东方IC and 图/视觉中国 are no source either; 图片来源 under a picture without a caption is its caption', () => {
    const a = extract(seedPost(picture() + ps('图片来源：东方IC', P1, P2) + picture('会场', PIC.replace('ebe5', 'ebe6')) + ps('图/视觉中国', P3, P4)));
    expect(a.source).toBe('新浪财经');
    expect(a.images.map((i) => i.caption)).toEqual(['图片来源：东方IC', '会场']);
    expect(paragraphs(a)).toEqual([P1, P2, '图/视觉中国', P3, P4]);
  });
  it('a caption ending in an agency credit under a picture without one is its caption (发布会现场。来源：视觉中国)', () => {
    const a = extract(seedPost(ps(P1) + picture() + ps('发布会现场。来源：视觉中国', P2, P3, P4)));
    expect(a.images.map((i) => i.caption)).toEqual(['发布会现场。来源：视觉中国']);
    expect(a.source).toBe('新浪财经');
  });
  it('a 来源 line naming an outlet after a picture still names the source', () => {
    const a = extract(seedPost(picture('会场') + ps('来源：经济日报', P1, P2, P3)));
    expect(a.source).toBe('经济日报');
  });
  it('图/文 (picture and text by one writer) is no picture credit', () => {
    const a = extract(seedPost(ps('图/文 新京报记者 王飞', P1, P2, P3)), { trace: true });
    expect(a.trace!.some((t) => t.rule === 'line.picture-credit')).toBe(false);
  });
});

describe('an empty video placeholder says nothing', () => {
  const post = seedPost(ps(P1) + '<div class="video-2017" id="videoList0" style></div>' + ps(P2, P3));
  it('no bare 视频 line in Markdown, HTML or the copied text; the block stays and reads back the same', () => {
    const a = extract(post);
    expect(a.blocks.filter((b) => b.type === 'video')).toEqual([{ type: 'video', title: '', href: null, poster: null }]);
    expect(a.markdown).not.toMatch(/^视频$/m);
    expect(renderMarkdown(a, { metadata: 'header' })).not.toMatch(/^视频$/m);
    expect(renderHtml(a)).not.toMatch(/>视频</);
    expect(renderCopyText(a)).not.toContain('视频');
    expect(again(a).blocks).toEqual(a.blocks);
  });
  it('a video with a title or a link is still shown', () => {
    const a = extract(post);
    const titled: Article = { ...a, blocks: a.blocks.map((b) => (b.type === 'video' ? { ...b, title: '发布会现场' } : b)) };
    expect(renderMarkdown(titled)).toContain('\n\n视频：发布会现场\n');
    expect(renderHtml(titled)).toContain('视频：发布会现场');
  });
});

describe('punctuation-only paragraphs that vanish leave a trace', () => {
  it('《》, —— and ▷ are named by block.punctuation-only; a lone colon joining the line before by block.lone-punctuation', () => {
    const a = extract(seedPost(ps(P1, '《》', P2, '——', '▷', '他说') + '<p>　　：</p>' + ps(P3)), { trace: true });
    expect(paragraphs(a)).toEqual([P1, P2, '他说：', P3]);
    const removed = a.trace!.filter((t) => t.rule === 'block.punctuation-only').map((t) => [t.action, t.text]);
    expect(removed).toEqual([
      ['remove', '《》'],
      ['remove', '——'],
      ['remove', '▷'],
    ]);
    expect(a.trace!.filter((t) => t.rule === 'block.lone-punctuation').map((t) => [t.action, t.text])).toEqual([['move', '：']]);
  });
});

describe('a paragraph of ellipsis marks is the article’s', () => {
  it('………… after a list stays as its own paragraph (it said: and so on), also in the tool’s own output read again', () => {
    const a = extract(seedPost(ps(P1, P2, '…………', P3)), { trace: true });
    expect(paragraphs(a)).toEqual([P1, P2, '…………', P3]);
    expect(a.trace!.some((t) => t.rule === 'block.punctuation-only')).toBe(false);
    expect(again(a).text).toBe(a.text);
    expect(renderMarkdown(a)).toContain('\n\n…………\n\n');
  });
  it('。。。。。。 and ⋯⋯ stay too; —— still goes', () => {
    const a = extract(seedPost(ps(P1, '。。。。。。', P2, '⋯⋯', P3, '——', P4)));
    expect(paragraphs(a)).toEqual([P1, '。。。。。。', P2, '⋯⋯', P3, P4]);
  });
});

describe('a table whose header cells span columns or rows keeps every number under its header', () => {
  // The shape of the statistics bureau's tables (表1 … 主要财务指标): 分组 spans two header rows, each
  // measure spans its two columns (亿元, %).
  const table =
    '<table border="1"><caption>表1 主要财务指标</caption><tbody>' +
    '<tr><td rowspan="2">分　组</td><td colspan="2">营业收入</td><td colspan="2">利润总额</td></tr>' +
    '<tr><td>1-11月（亿元）</td><td>同比增长（%）</td><td>1-11月（亿元）</td><td>同比增长（%）</td></tr>' +
    '<tr><td>总计</td><td>1143083.8</td><td>20.3</td><td>79750.1</td><td>38</td></tr>' +
    '<tr><td>其中：采矿业</td><td>50643.2</td><td>42</td><td>9920.7</td><td>185.7</td></tr></tbody></table>';
  it('spanned places are empty cells (no text repeated), so the columns line up; the tool’s own HTML reads back the same', () => {
    const a = extract(seedPost(ps(P1) + table + ps(P2, P3)));
    const t = a.blocks.find((b) => b.type === 'table');
    expect(t && t.type === 'table' && t.rows).toEqual([
      ['分 组', '营业收入', '', '利润总额', ''],
      ['', '1-11月（亿元）', '同比增长（%）', '1-11月（亿元）', '同比增长（%）'],
      ['总计', '1143083.8', '20.3', '79750.1', '38'],
      ['其中：采矿业', '50643.2', '42', '9920.7', '185.7'],
    ]);
    expect(again(a).blocks).toEqual(a.blocks);
    expect(renderMarkdown(a)).toContain('| 分 组 | 营业收入 |  | 利润总额 |  |');
  });
});

describe('a bracketed writer’s credit opening the first paragraph (【文/观察者网 王慧】…)', () => {
  it('names the outlet and the writer; the credit stays in the text', () => {
    const lead = '【文/观察者网 王慧】3月15日，1-2月份国民经济“成绩单”如约出炉，多项数据好于市场预期。';
    const a = extract(seedPost(ps(lead, P1, P2, P3)));
    expect([a.source, a.authors, paragraphs(a)[0]]).toEqual(['观察者网', ['王慧'], lead]);
    expect([again(a).source, again(a).authors]).toEqual(['观察者网', ['王慧']]);
  });
  it('a bracketed column name or a 文/图 credit naming no writer is no byline', () => {
    for (const lead of ['【文化观察】一座城市的记忆如何留存？专家认为，城市更新要留住烟火气。', '【文/图 新华社】近日，多地迎来降雪，交通运输部门提醒注意出行安全。']) {
      const a = extract(seedPost(ps(lead, P1, P2, P3)));
      expect([a.source, a.authors]).toEqual(['新浪财经', []]);
    }
  });
});

describe('Sina’s research-product link list above the article goes', () => {
  const links = (n: number) =>
    '<blockquote><p class="jqlblock_cls"><a href="https://www.sinadaxue.cn/#/sina/classify/130">投资研报</a></p>' +
    Array.from({ length: n }, (_, i) => `<p class="jqlblock_cls"><a href="https://www.sinadaxue.cn/#/sina/single/${i}">【硬核研报】第${i + 1}份研报的标题，这些龙头有望持续受益（名单）</a></p>`).join('') +
    '</blockquote>';
  it('the box goes, so the 原标题 and 来源 lines under it are at the top edge again and move', () => {
    const a = extract(seedPost(links(4) + ps('原标题：员工持股计划变味了', '来源：证券市场红周刊', P1, P2, P3)), { trace: true });
    expect(paragraphs(a)).toEqual([P1, P2, P3]);
    expect([a.source, a.originalTitle]).toEqual(['证券市场红周刊', '员工持股计划变味了']);
    expect(a.trace!.filter((t) => t.rule === 'promo.research-links').length).toBeGreaterThan(0);
  });
  it('the same lines as plain text at the top go by their words; a sentence about research reports stays', () => {
    const a = extract(seedPost(ps('投资研报', '【硬核研报】磷资源已成战略性资源！这些龙头有望持续受益（名单）', P1, P2, '券商发布的投资研报显示，行业景气度有望持续回升。', P3)));
    expect(paragraphs(a)).toEqual([P1, P2, '券商发布的投资研报显示，行业景气度有望持续回升。', P3]);
  });
});

describe('known misses of earlier readings, fixed by meaning', () => {
  it('writers continued on a line of bare names after the byline are all read, and both lines stay', () => {
    const a = extract(seedPost(ps('作者 | 陶 陶 马舒叶 侯燕婷', '冯晓亭  谢中秀  张   琳', '编辑 |  曹   杨', P1, P2, P3)));
    expect(a.authors).toEqual(['陶陶', '马舒叶', '侯燕婷', '冯晓亭', '谢中秀', '张琳']);
    expect(paragraphs(a).slice(0, 3)).toEqual(['作者 | 陶 陶 马舒叶 侯燕婷', '冯晓亭 谢中秀 张 琳', '编辑 | 曹 杨']);
    expect(again(a).authors).toEqual(a.authors);
  });
  it('记者 张三 李四, then 王五 赵六, then 编辑：钱七: four reporters; a one-name byline does not run on', () => {
    expect(extract(seedPost(ps('记者 张三 李四', '王五 赵六', '编辑：钱七', P1, P2, P3))).authors).toEqual(['张三', '李四', '王五', '赵六']);
    expect(extract(seedPost(ps('记者 张三 李四', '王五 赵六', '来源：经济日报', P1, P2, P3))).authors).toEqual(['张三', '李四', '王五', '赵六']);
    expect(extract(seedPost(ps('记者 张三', '王五 赵六', '编辑：钱七', P1, P2, P3))).authors).toEqual(['张三']);
  });
  it('a two-word line between a byline and the article’s text is no names run: it may be a heading (新年 新气象, 王五 赵六)', () => {
    expect(extract(seedPost(ps('记者 张三 李四', '新年 新气象', P1, P2, P3))).authors).toEqual(['张三', '李四']);
    expect(extract(seedPost(ps('记者 张三 李四', '王五 赵六', P1, P2, P3))).authors).toEqual(['张三', '李四']);
  });
  it('a line of two words that follows no byline, or a paragraph between, is no names run', () => {
    expect(extract(seedPost(ps('王五 赵六', P1, P2, P3))).authors).toEqual([]);
    expect(extract(seedPost(ps('记者 张三 李四', P1, '王五 赵六', P2, P3))).authors).toEqual(['张三', '李四']);
  });
  it('a 来源 line listing several sources names the first as the source', () => {
    expect(extract(seedPost(ps(P1, P2, P3, '来源|九派新闻、新华每日电讯'))).source).toBe('九派新闻');
    expect(extract(seedPost(ps(P1, P2, P3, '来源：新华社、人民日报'))).source).toBe('新华社');
  });
  it('a whole line that is a sentence about an outlet’s reporter (文中提到的新华社记者张三) names no outlet and no author', () => {
    const a = extract(seedPost(ps('文中提到的新华社记者张三', P1, P2, P3)));
    expect([a.source, a.authors]).toEqual(['新浪财经', []]);
    expect(paragraphs(a)[0]).toBe('文中提到的新华社记者张三');
  });
});

describe('an outlet named only in the lead’s running text, and a glued credit', () => {
  it('the outlet’s own reporter found something in the lead (极目新闻记者实地探访发现…): the source when nothing else names one', () => {
    const lead = '近日，该话题引爆网络。极目新闻记者实地探访发现，该街区内不仅有国产商品在售，还有传统手艺人在展示糖画制作。';
    // The article prints the outlet again, as every real post where the rule decides does.
    const a = extract(seedPost(ps(lead, P1, P2, P3, '商户告诉极目新闻记者，生意比去年好。')), { trace: true });
    expect([a.source, a.authors]).toEqual(['极目新闻', []]);
    expect(a.trace!.find((t) => t.field === 'source' && t.action === 'choose')?.rule).toBe('meta.source.mention');
    expect(again(a).source).toBe('极目新闻');
  });
  it('a 来源 line or a byline still comes first; a reporter someone spoke to, or the same sentence mid-article, names nothing', () => {
    const lead = '极目新闻记者实地探访发现，该街区内不仅有国产商品在售，还有传统手艺人在展示糖画制作。';
    expect(extract(seedPost(ps(lead, P1, P2, P3, '来源：楚天都市报'))).source).toBe('楚天都市报');
    expect(extract(seedPost(ps('新京报讯（记者 张三）' + P1, lead, P2, P3))).source).toBe('新京报');
    expect(extract(seedPost(ps('李宇嘉接受第一财经记者采访时表示，楼市政策仍有调整空间，各地会因城施策。', P1, P2, P3))).source).toBe('新浪财经');
    expect(extract(seedPost(ps('大连官方回应极目新闻称，网络传言不实，从未规定只允许日本商家入驻。', P1, P2, P3))).source).toBe('新浪财经');
    expect(extract(seedPost(ps(P1, P2, P3, P4, lead))).source).toBe('新浪财经');
  });
  it('文丨吕立勤梁剑箫 (two writers glued together) is read as a credit but gives no author: no split is invented', () => {
    const a = extract(seedPost(ps('文丨吕立勤梁剑箫', P1, P2, P3)), { trace: true });
    expect(a.authors).toEqual([]);
    expect(paragraphs(a)[0]).toBe('文丨吕立勤梁剑箫');
    const t = a.trace!.find((e) => e.rule === 'byline.wen-bar');
    expect([t?.action, t?.value]).toEqual(['keep', null]);
  });
});

describe('ASCII quotes in a seed title are the generator’s flattening of “…”', () => {
  it('"女子抠出两套房"遭断章取义… with no copy of the headline in the body: “女子抠出两套房”…', () => {
    const a = extract(seedPost(ps(P1, P2, P3), '"女子抠出两套房"遭断章取义，当事人：被骂得手脚冰凉'), { trace: true });
    expect(a.title).toBe('“女子抠出两套房”遭断章取义，当事人：被骂得手脚冰凉');
    expect(a.trace!.some((t) => t.rule === 'meta.title.ascii-quotes')).toBe(true);
    expect(again(a).title).toBe(a.title);
  });
  it('an intact copy of the headline in the body decides (its ASCII quotes stay); unbalanced quotes stay', () => {
    expect(extract(seedPost(ps('"双减"之后的暑假', P1, P2, P3), '"双减"之后的暑假')).title).toBe('"双减"之后的暑假');
    expect(extract(seedPost(ps(P1, P2, P3), '他说"不要走 标题里只有一个引号')).title).toBe('他说"不要走 标题里只有一个引号');
  });
});

describe('credits read in a reading of archive posts no rule was written from', () => {
  it('a graded reporter (资深记者) is a reporter: the outlet is 澎湃新闻, not 澎湃新闻资深', () => {
    const a = extract(seedPost(ps('澎湃新闻资深记者 王选辉 实习生 邓林', P1, P2, P3)));
    expect([a.source, a.authors]).toEqual(['澎湃新闻', ['王选辉', '邓林']]);
    expect(paragraphs(a)[0]).toBe('澎湃新闻资深记者 王选辉 实习生 邓林');
  });
  it('a 文 credit printed without spaces after the ► mark (►文观察者网周远方)', () => {
    const a = extract(seedPost(ps('►文观察者网周远方', P1, P2, P3)));
    expect([a.source, a.authors]).toEqual(['观察者网', ['周远方']]);
    expect(paragraphs(a)[0]).toBe('►文观察者网周远方');
    expect([again(a).source, again(a).authors]).toEqual([a.source, a.authors]);
  });
  it('without the mark, a line glued to 文 is no credit (文化强国网络安全)', () => {
    const a = extract(seedPost(ps('文化强国网络安全', P1, P2, P3)));
    expect([a.source, a.authors]).toEqual(['新浪财经', []]);
  });
  it('a dispatch and its reporter after a bullet on one line (长江商报消息 ●长江商报公益记者 李璟)', () => {
    const a = extract(seedPost(ps('长江商报消息 ●长江商报公益记者 李璟', P1, P2, P3)));
    expect([a.source, a.authors]).toEqual(['长江商报', ['李璟']]);
  });
  it('an outlet’s 出品 line names the outlet (燃财经出品); a film studio’s does not', () => {
    expect(extract(seedPost(ps('燃财经出品', P1, P2, P3))).source).toBe('燃财经');
    const film = extract(seedPost(ps('华谊兄弟出品', P1, P2, P3)));
    expect(film.source).toBe('新浪财经');
    expect(paragraphs(film)[0]).toBe('华谊兄弟出品');
  });
});

describe('an outlet named only through its web address', () => {
  it('is the source where the page prints its name (对《华夏时报》记者表示), not where it does not (the mutation fuzzer, seed 20261122 case 86)', () => {
    const by = '本报（chinatimes.net.cn）记者张琪 北京报道';
    const named = extract(seedPost(ps(by, P1, '一位业内人士对《华夏时报》记者表示，政策效果将逐步显现。', P3)));
    expect([named.source, named.authors]).toEqual(['华夏时报', ['张琪']]);
    const unnamed = extract(seedPost(ps(by, P1, P2, P3)));
    expect([unnamed.source, unnamed.authors]).toEqual(['新浪财经', ['张琪']]);
    const bare = extract('<p>本报（chinatimes.net.cn）记者\n');
    expect(bare.source).toBeNull();
  });
});
