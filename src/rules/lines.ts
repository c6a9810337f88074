/**
 * Lines that carry metadata, as data: 责任编辑 (-> editor), 原标题 (-> originalTitle), 来源 lines
 * (-> source) and outlet credits. Each entry says whether the line moves out of `text` or stays
 * as the article's printed words. A 来源 line moves only at the top or bottom edge of the body;
 * a 来源 sentence in mid-article (来源：国家统计局，数据截至…) is a data source and stays text.
 */
import { PICTURE_AGENCIES } from './images';
import { COMPOUND_SURNAME, COUNTRY_BEFORE_OUTLET, FUNDS_LIST_AHEAD, SURNAME_LED, SURNAME_START } from './names';
import type { Recognizer, RuleMeta } from './types';

/** A work code after an editor's name (SF014, AB123). */
const CODE = String.raw`[A-Za-z]{1,4}\d{2,}`;

/**
 * A person's name as a 责编 credit prints it, the name constraint 编辑： credits keep (CREDITS_EDITOR,
 * creditsEditor): two or three characters opening with a surname, four after a two-character surname
 * (欧阳娜娜), a name with ·, or Latin letters; then a space, a closing bracket or the line's end. A
 * role and a sentence (责编：这篇稿子还要再改一遍。) names no one.
 */
const ZEBIAN_NAME = String.raw`(?:${COMPOUND_SURNAME.source.replace(/^\^/, '')}[\u4e00-\u4e27\u4e29-\u9fa5]{1,2}|${SURNAME_START}[\u4e00-\u4e27\u4e29-\u9fa5]{1,2}|[\u4e00-\u4e27\u4e29-\u9fa5]{1,8}(?:·[\u4e00-\u4e27\u4e29-\u9fa5]{1,8})+|[A-Za-z][A-Za-z.' -]{0,30}[A-Za-z.])(?=[\s）)】\]]|$)`;

/**
 * A credit's role label as 来源 lines print it: perhaps letter-spaced (作   者, WeChat house style), then
 * its mark, a colon or the bar (编辑：王五, 编辑丨王五, 作   者丨陈植). `roles` are the role words, |-parted.
 */
export function creditLabel(roles: string): string {
  const spaced = roles.split('|').map((w) => [...w].join(String.raw`[ \u3000\u00a0]{0,3}`));
  return String.raw`(?:${spaced.join('|')})\s*[:：|｜丨]`;
}

/**
 * A 来源 label's slash (来源/经济日报微信（记者熊丽）), as credits print 文/ and 编辑/: the label's mark. Never
 * the slash of a pair of headings (来源/去向, 来源/用途: where something comes from and where it goes).
 */
const SOURCE_SLASH = String.raw`[/／](?!去向|去处|流向|用途|构成|结构|占比|分布|情况|渠道|方式)`;

/**
 * The channel an outlet's 来源 line may name after it (经济日报微信, 人民日报微信公众号): where the text
 * was posted, not part of the outlet's name (as the account id in brackets is not: 经济日报（ID：jjrbwx）).
 */
const OUTLET_CHANNEL = String.raw`(?:微信公众号|微信号|微信|公众号)(?=[\s（(|｜丨]|$)`;

export const LINES: readonly Recognizer[] = [
  {
    id: 'line.editor',
    reason: '责任编辑 line: the page editor, with optional work codes (SF014 AB123) that are not part of the name; 责编 credits the editor too, but only when a person’s name follows (ZEBIAN_NAME, as 编辑： credits name one): 责编：这篇稿子还要再改一遍。 is a sentence and stays',
    where: 'tail',
    line: 'move',
    pattern: new RegExp(
      String.raw`^[（(【\[]?\s*(?:责任编辑|责编(?=\s*[:：]\s*${ZEBIAN_NAME}))\s*[:：]\s*(?<name>[^\s（）()【】\[\]:：]+(?:\s[^\sA-Za-z0-9（）()【】\[\]:：]{1,3})*?)(?:\s+(?<codes>${CODE}(?:\s+${CODE})*))?(?<credits>(?:\s+(?:主编|编辑|校对|审核|监制|值班编辑)\s*[:：]\s*[^\s:：]+)+)?\s*[）)】\]]?\s*$`,
    ),
    examples: {
      match: [
        { text: '责任编辑：张三 SF014 AB123', groups: { name: '张三', codes: 'SF014 AB123' } },
        { text: '责任编辑：刘万里 SF014', groups: { name: '刘万里', codes: 'SF014' } },
        { text: '责任编辑：王翔 ', groups: { name: '王翔' } },
        { text: '【责任编辑:薛涛】 ', groups: { name: '薛涛' } },
        { text: '（责任编辑：张玫）', groups: { name: '张玫' } },
        { text: '责任编辑：徐芸茜 主编：公培佳', groups: { name: '徐芸茜', credits: ' 主编：公培佳' } },
        { text: '责编：桂衍民', groups: { name: '桂衍民' } },
        { text: '（责编：王五）', groups: { name: '王五' } },
        { text: '责编：欧阳娜娜 SF014', groups: { name: '欧阳娜娜', codes: 'SF014' } },
      ],
      noMatch: ['本文编辑：戴苑君', '每经编辑 杜宇', '责任编辑的职责是对稿件负责。', '责编：这篇稿子还要再改一遍。', '责编：我们会继续关注此事。'],
    },
    fixture: 'seed-format/2022-03-22_6ec05afe.md',
  },
  {
    id: 'line.original-title',
    reason: "原标题 line: the title at the original outlet; a 来源 printed on the same line names the outlet (at the top, or with the credits at the bottom); a label printed twice, the reprinting desk's and the original outlet's own (原标题：原标题《X》, 原标题：原标题：X, 原标题：原标题 X), is one label: the title is X, without the marks that quoted it",
    where: 'edge',
    line: 'move',
    pattern: /^原标题\s*(?:[:：]|\s)\s*(?:原标题(?:\s*[:：]\s*|\s*《(?=[^《》]+》\s*(?:$|\s来源\s*[:：]))|\s+(?=[^\s:：《])))?(?<title>.+?)(?:(?<=原标题\s*(?:[:：]|\s)\s*原标题\s*《[^《》]+)》)?(?:\s+来源\s*[:：]\s*(?<source>[^\s，。]{2,30}))?\s*$/,
    examples: {
      match: [
        { text: '原标题：权威快报丨11月国民经济继续恢复', groups: { title: '权威快报丨11月国民经济继续恢复' } },
        { text: '原标题：2022年春运客流总量仍处于中低位 1月20日全国发送旅客2536万人次 来源：央视网', groups: { title: '2022年春运客流总量仍处于中低位 1月20日全国发送旅客2536万人次', source: '央视网' } },
        { text: '原标题：16省份出手根治欠薪！2022年春节前全部清零 来源：中新经纬', groups: { title: '16省份出手根治欠薪！2022年春节前全部清零', source: '中新经纬' } },
        { text: '原标题：2022年度个税专项附加扣除开始确认 ', groups: { title: '2022年度个税专项附加扣除开始确认' } },
        { text: '原标题 “看得出这个寺庙在中国吗？”当地回应', groups: { title: '“看得出这个寺庙在中国吗？”当地回应' } },
        { text: '原标题：原标题《中国证券业协会召开2022年第三季度证券基金行业首席经济学家例会》', groups: { title: '中国证券业协会召开2022年第三季度证券基金行业首席经济学家例会' } },
        { text: '原标题：原标题：央行开展5000亿元MLF操作', groups: { title: '央行开展5000亿元MLF操作' } },
        { text: '原标题：原标题 央行开展5000亿元MLF操作', groups: { title: '央行开展5000亿元MLF操作' } },
        { text: '原标题 原标题 一季度GDP同比增长4.8% 来源：中国证券报', groups: { title: '一季度GDP同比增长4.8%', source: '中国证券报' } },
        { text: '原标题：原标题《一季度GDP同比增长4.8%》 来源：中国证券报', groups: { title: '一季度GDP同比增长4.8%', source: '中国证券报' } },
        // One label: the title's own marks and words stay as printed.
        { text: '原标题：《流浪地球2》票房破40亿元', groups: { title: '《流浪地球2》票房破40亿元' } },
        { text: '原标题：《政府工作报告》', groups: { title: '《政府工作报告》' } },
        { text: '原标题：原标题与新标题之争', groups: { title: '原标题与新标题之争' } },
        { text: '原标题：原标题《X》与内容不符 读者质疑', groups: { title: '原标题《X》与内容不符 读者质疑' } },
      ],
      noMatch: ['这篇文章的原标题已经被修改。'],
    },
    fixture: 'seed-format/2021-12-15_c95018e7.md',
  },
  {
    id: 'line.original-title-closing',
    reason: '（原题为《…》） closing a reprint: the original title, printed at the bottom',
    where: 'tail',
    line: 'move',
    pattern: /^[（(]\s*原题为?\s*[:：]?\s*[《“"](?<title>.+)[》”"]\s*[）)]$/,
    examples: {
      match: [{ text: '（原题为《公开征求对《关于修改的决定（征求意见稿）》的意见》）', groups: { title: '公开征求对《关于修改的决定（征求意见稿）》的意见' } }],
      noMatch: ['（原文有删节）'],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'line.picture-credit',
    reason: "a picture's credit (图片来源：东方IC, 图/视觉中国, 来源：视觉中国 naming a picture agency, 来源：受访者供图 naming who provided it): it credits a picture, never the article's outlet; it stays as printed. A line crediting the writer after the picture (图丨张三 文丨李四) is the article's credit line (byline.wen-bar), not a picture's credit",
    where: 'anywhere',
    line: 'keep',
    pattern: new RegExp(
      String.raw`^[（(]?\s*(?:(?:图片|图|照片|配图|题图|头图|首图|封面图?)\s*(?:来源|来自|提供|出处)?\s*[:：|｜丨]\s*(?<credit>(?:(?![\s\u3000]文\s*[:：|｜丨/／])[^。]){1,60}?)|(?:图片|图)\s*[/／]\s*(?!文)(?<by>[^。\s]{2,30})|(?:文章|本文)?(?:来源|出处)\s*[:：|｜丨]\s*(?<agency>${PICTURE_AGENCIES.join('|')})(?:\s*(?:供图|图片))?|(?:来源|出处)\s*[:：|｜丨]\s*(?<provider>[^。，\s]{1,20}?)供图)\s*[）)]?$`,
      'i',
    ),
    examples: {
      match: [
        { text: '图片来源：东方IC', groups: { credit: '东方IC' } },
        { text: '（图片来源：视觉中国）', groups: { credit: '视觉中国' } },
        { text: '图/视觉中国', groups: { by: '视觉中国' } },
        { text: '来源：视觉中国', groups: { agency: '视觉中国' } },
        { text: '来源丨图虫创意', groups: { agency: '图虫创意' } },
        { text: '来源：受访者供图', groups: { provider: '受访者' } },
        { text: '（来源：警方供图）', groups: { provider: '警方' } },
        { text: '图片来源：民生银行首席研究员温彬，研究员冯柏PPI和CPI回落，通胀温和可控', groups: { credit: '民生银行首席研究员温彬，研究员冯柏PPI和CPI回落，通胀温和可控' } },
      ],
      noMatch: [
        '来源：经济日报',
        '来源：国家统计局网站',
        '图/文 张三',
        // The writer credited after the picture: the article's credit line.
        '图丨张三 文丨李四',
        '图片：视觉中国 文：李四',
        '图文：新华社记者 李四',
        '视觉中国发布公告称，公司已对网站图片版权问题进行整改。',
        '图片来源于网络的说法并不能免除侵权责任。',
        '数据来源：Wind，截至3月11日',
        '来源：视觉中国集团2021年年度报告',
      ],
    },
    fixture: 'seed-format/2022-02-16_aafbea8a.md',
  },
  {
    id: 'line.source-credits',
    reason: '来源 line at the top or bottom of the body (its label perhaps letter-spaced: 来   源丨…) that also credits an editor, a picture or a proofreader (来源：新华社 编辑：王五, 来源：光明日报 作者：吴亚琦 图片：新华社, also after the outlet’s reporters: 来源：新华社记者张三 编辑：王五; a credit’s mark may be the bar and its role letter-spaced, as WeChat house style prints them: 来源丨新华社 编辑丨王五, 作   者丨陈植; 责编 credits the editor as 编辑 does: 来源：经济日报 责编：王五): the outlet names the source (and 作者/记者, or the reporters after the outlet, the authors), and the line stays as printed, since no field holds those credits and moving the line would lose them; money or material (来源：自筹资金 编辑：王五: FUNDS_LIST_AHEAD) is no outlet, and the line is the article’s own',
    where: 'edge',
    line: 'keep',
    pattern: new RegExp(
      String.raw`^(?!.*摄$)${FUNDS_LIST_AHEAD}(?:文章|本文)?来[ \u3000\u00a0]{0,3}源\s*[:：|｜丨]\s*(?!(?:${PICTURE_AGENCIES.join('|')}|资料图|示意图|配图)(?=\s|$)|据|[^\s]*供图(?=\s|$))(?<outlet>(?:(?!(?:首席|特约)?记者|编辑|责编|作者|图片|摄影|校对)[^\s，。；;、:：（()）|｜丨]){2,30})\s*(?:[|｜丨]\s*(?=\S))?(?<byline>(?!.*?摄(?=\s|$))(?:首席|特约)?记者\s*[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:(?:\s+|\s*、\s*)(?!${creditLabel('作者|记者|编辑|责编|图片|摄影|校对')})(?![\u4e00-\u4e27\u4e29-\u9fa5]{0,2}报道)(?![\u4e00-\u4e27\u4e29-\u9fa5·]{0,3}(?:社|报|网|台|刊|新闻)等?(?![\u4e00-\u4e27\u4e29-\u9fa5·]))[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}){0,5})?\s*(?:[（(](?<credit>[^）)]{1,40})[）)])?\s*(?<credits>(?=(?:.*\s)?${creditLabel('编辑|责编|图片|摄影|校对')}\s*\S)${creditLabel('作者|记者|编辑|责编|图片|摄影|校对')}.{1,80})$`,
    ),
    examples: {
      match: [
        { text: '来源：新华社 编辑：王五', groups: { outlet: '新华社', credits: '编辑：王五' } },
        // The bar after the outlet parts it from the credits; it is not part of the outlet's name.
        { text: '来源：新华社丨编辑：王五', groups: { outlet: '新华社', credits: '编辑：王五' } },
        { text: '来源：新华社编辑：王五', groups: { outlet: '新华社', credits: '编辑：王五' } },
        { text: '来源：光明日报 作者：吴亚琦 图片：新华社', groups: { outlet: '光明日报', credits: '作者：吴亚琦 图片：新华社' } },
        { text: '来源：经济日报（ID：jjrbwx） 编辑：张三 校对：李四', groups: { outlet: '经济日报', credit: 'ID：jjrbwx', credits: '编辑：张三 校对：李四' } },
        { text: '来源：光明日报 作者：吴亚琦 图片：新华社等', groups: { outlet: '光明日报', credits: '作者：吴亚琦 图片：新华社等' } },
        { text: '来源：新华社记者张三 编辑：王五', groups: { outlet: '新华社', byline: '记者张三', credits: '编辑：王五' } },
        { text: '来源：新华社记者张三、王五 编辑：赵六', groups: { outlet: '新华社', byline: '记者张三、王五', credits: '编辑：赵六' } },
        { text: '来源：中国证券报记者 张三 王五 校对：李四', groups: { outlet: '中国证券报', byline: '记者 张三 王五', credits: '校对：李四' } },
        // The label letter-spaced, as line.source reads it (来   源丨X).
        { text: '来 源丨经济日报 编辑：张三', groups: { outlet: '经济日报', credits: '编辑：张三' } },
        // WeChat house style parts a credit from its name with the bar, as it does the label (编辑丨王五), and may space the role.
        { text: '来源丨新华社 编辑丨王五', groups: { outlet: '新华社', credits: '编辑丨王五' } },
        { text: '来源：新华社 编辑丨王五', groups: { outlet: '新华社', credits: '编辑丨王五' } },
        { text: '来源丨新华社 编辑丨王五 校对丨李四', groups: { outlet: '新华社', credits: '编辑丨王五 校对丨李四' } },
        { text: '来 源丨21世纪经济报道（ID：jjbd21） 作 者丨陈植 编 辑丨王五', groups: { outlet: '21世纪经济报道', credit: 'ID：jjbd21', credits: '作 者丨陈植 编 辑丨王五' } },
        // 责编 credits the editor as 编辑 does, with a colon or the bar.
        { text: '来源：经济日报 责编：王五', groups: { outlet: '经济日报', credits: '责编：王五' } },
        { text: '来源丨新华社 责编丨王五', groups: { outlet: '新华社', credits: '责编丨王五' } },
        // An outlet named in NAMED_OUTLETS (the magazine 《国际融资》) though it ends in a money word.
        { text: '来源：国际融资 编辑：王五', groups: { outlet: '国际融资', credits: '编辑：王五' } },
      ],
      // (line.source, which moves the line, takes only 作者/记者 credits: a line crediting an editor,
      // a picture or a proofreader stays, so the credit is not lost.)
      noMatch: [
        '来源：新华社',
        '来源：光明日报 作者：吴亚琦',
        '来源：新华社记者张三',
        '来源：国家统计局，编辑：王五',
        '来源：新华社记者张三摄',
        '数据来源：Wind 编辑：王五',
        '来源、去向都要登记清楚，编辑：王五负责复核。',
        '来源：编辑部',
        '来源：新华社 编辑部',
        '来源：新华社 编辑王五',
        '来源：视觉中国 编辑：王五',
        '来源：受访者供图 编辑：王五',
        '来源：据报道 编辑：王五',
        '来源：新华社记者张三摄 编辑：王五摄',
        // Money or material named as where something comes from, with an editor credit after it (FUNDS_LIST_AHEAD).
        '来源：自筹资金 编辑：王五',
        '来源：养老金 编辑：王五',
        '来源：银行贷款 责编：王五',
        '来源：新华社记者张三摄 编辑：王五',
        '来源：新华社记者张三、王五摄 编辑：赵六',
        '来源：新华社记者张三 北京报道 编辑：王五',
        '来源：新华社记者张三',
      ],
    },
    fixture: 'seed-format/2022-05-14_069be8c7.md',
  },
  {
    id: 'line.source-dateline',
    reason: '来源 line at the top or bottom of the body naming the outlet’s reporters and where they reported from (来源：新华社记者张三、王五 北京报道, perhaps with credits after it: … 北京报道 编辑：赵六): the outlet names the source and the reporters are the authors; the line stays as printed, since no field holds the dateline',
    where: 'edge',
    line: 'keep',
    pattern: new RegExp(
      String.raw`^(?!.*摄(?=\s|$))(?:文章|本文)?来源\s*[:：|｜丨]\s*(?!(?:${PICTURE_AGENCIES.join('|')})(?=记者|\s|$)|据)(?:${COUNTRY_BEFORE_OUTLET})?(?<outlet>(?:(?!(?:首席|特约)?记者)[^\s，。；;、:：（()）|｜丨]){2,30})\s*(?:[|｜丨]\s*(?=\S))?(?<byline>(?:首席|特约)?记者\s*(?![的之等])[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:(?:\s+|\s*、\s*)(?![\u4e00-\u4e27\u4e29-\u9fa5]{0,4}报道)(?![\u4e00-\u4e27\u4e29-\u9fa5·]{0,3}(?:社|报|网|台|刊|新闻)等?(?![\u4e00-\u4e27\u4e29-\u9fa5·]))[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}){0,5})[ \u3000\u00a0]+(?<place>[\u4e00-\u4e27\u4e29-\u9fa5]{2,4})报道(?:[ \u3000\u00a0]+(?<credits>(?:编辑|责编|图片|摄影|校对)\s*[:：]\s*[^\s:：，。]{2,20}(?:[ \u3000\u00a0]+(?:编辑|责编|图片|摄影|校对)\s*[:：]\s*[^\s:：，。]{2,20})*))?\s*$`,
    ),
    examples: {
      match: [
        { text: '来源：新华社记者张三、王五 北京报道', groups: { outlet: '新华社', byline: '记者张三、王五', place: '北京' } },
        { text: '来源：新华社记者张三 北京报道', groups: { outlet: '新华社', byline: '记者张三', place: '北京' } },
        { text: '来源：中国证券报记者 张三 王五 上海报道', groups: { outlet: '中国证券报', byline: '记者 张三 王五', place: '上海' } },
        { text: '来源：新华社记者张三 北京报道 编辑：王五', groups: { outlet: '新华社', byline: '记者张三', place: '北京', credits: '编辑：王五' } },
      ],
      noMatch: [
        '来源：新华社记者张三、王五',
        '来源：新华社记者张三、李四北京报道',
        '来源：新华社记者张三、李四 北京报道 2021年',
        '来源：新华社记者张三、王五摄 北京报道',
        '来源：新华社记者张三、李四等人的报道，本文有删节。',
        '据来源：新华社记者张三、李四 北京报道，情况属实。',
        '来源：新华社 北京报道',
        '来源：视觉中国记者张三 北京报道',
        '数据来源：新华社记者张三 北京报道',
        '来源：新华社记者的报道 北京报道',
      ],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'line.source',
    reason: '来源 line at the top or bottom of the body, its label perhaps letter-spaced as WeChat house style prints it (来   源丨21世纪经济报道): names the outlet (and sometimes the reporter, or the account id, in brackets, or its author after it: 作者：吴亚琦, 作   者丨陈植); a reporter glued to the outlet or after a space (来源：新华社记者张三, 来源：央视新闻客户端 记者 张三 王五; a picture agency or a picture’s provider (来源：视觉中国 编辑：…, 来源：受访者供图 …) is a picture credit, never the outlet; a foreign country printed before an agency or a paper (来源：美国彭博社) says where it is from and is not part of its name (COUNTRY_BEFORE_OUTLET); several reporters parted by spaces or 、, 来源：新华社记者张三、王五, while a word ending as outlets end, 、人民日报, is another source) is the outlet’s byline, after a space or the bar, which is never part of the outlet’s name (来源：中国证券报丨记者 张三); a line ending in 摄 (来源：新华社记者张三摄) credits a picture’s photographer and stays as printed; money or material (来源：自筹资金: FUNDS_OR_MATERIALS) is no outlet, and the line is the article’s own; the label’s mark may be a slash, as credits print 文/ and 编辑/ (来源/经济日报微信（记者熊丽）: SOURCE_SLASH; 来源/去向 is a pair of headings), the channel after the outlet (微信, 微信公众号: OUTLET_CHANNEL) is where it was posted and not part of its name, and the outlet’s reporters may be printed in brackets after it (（记者熊丽）: the byline)',
    where: 'edge',
    line: 'move',
    pattern: new RegExp(
      String.raw`^(?!.*摄$)${FUNDS_LIST_AHEAD}(?:文章|本文)?来[ \u3000\u00a0]{0,3}源\s*(?:[:：|｜丨]|${SOURCE_SLASH})\s*(?!(?:${PICTURE_AGENCIES.join('|')}|资料图|示意图|配图)(?=\s|$)|据|[^\s]*供图(?=\s|$))(?:${COUNTRY_BEFORE_OUTLET})?(?<outlet>(?:(?!(?:首席|特约)?记者|${OUTLET_CHANNEL})[^\s，。；;、（()）|｜丨]){2,30})(?:${OUTLET_CHANNEL})?\s*(?:[|｜丨]\s*(?=\S)|[（(](?=(?:首席|特约)?记者\s*(?!节|会|站|证|团|招待|发布|见面|手记|观察|们)${SURNAME_START}[^（）()]{1,29}[）)]\s*$))?(?<byline>(?:首席|特约)?记者\s*[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:(?:\s+|\s*、\s*)(?![\u4e00-\u4e27\u4e29-\u9fa5]{0,2}报道)(?![\u4e00-\u4e27\u4e29-\u9fa5·]{0,3}(?:社|报|网|台|刊|新闻)等?(?![\u4e00-\u4e27\u4e29-\u9fa5·]))[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}){0,5})?(?:(?<=[\u4e00-\u4e27\u4e29-\u9fa5·])[）)](?=\s*$))?\s*(?:[（(](?<credit>[^）)]{1,40})[）)])?\s*(?<credits>${creditLabel('作者|记者')}.{1,60})?$`,
    ),
    examples: {
      match: [
        { text: '来源：国家统计局网站', groups: { outlet: '国家统计局网站' } },
        { text: '来源：北晚新视觉', groups: { outlet: '北晚新视觉' } },
        { text: '来源：北青Qnews（北京青年报记者 张月朦）', groups: { outlet: '北青Qnews', credit: '北京青年报记者 张月朦' } },
        { text: '来源：光明日报 作者：吴亚琦', groups: { outlet: '光明日报', credits: '作者：吴亚琦' } },
        { text: '来源丨经济日报（ID：jjrbwx）', groups: { outlet: '经济日报', credit: 'ID：jjrbwx' } },
        // WeChat house style spaces the label's characters, as it does a byline's role (作   者丨陈植).
        { text: '来   源丨21世纪经济报道（ID：jjbd21）', groups: { outlet: '21世纪经济报道', credit: 'ID：jjbd21' } },
        { text: '来   源丨21世纪经济报道（ID：jjbd21） 作   者丨陈植', groups: { outlet: '21世纪经济报道', credit: 'ID：jjbd21', credits: '作   者丨陈植' } },
        { text: '来 源：中国基金报', groups: { outlet: '中国基金报' } },
        { text: '来源：新华社记者张三', groups: { outlet: '新华社', byline: '记者张三' } },
        { text: '来源：新华社 记者张三', groups: { outlet: '新华社', byline: '记者张三' } },
        { text: '来源：央视新闻客户端 记者 张三 王五', groups: { outlet: '央视新闻客户端', byline: '记者 张三 王五' } },
        { text: '来源：新华社记者张三、王五', groups: { outlet: '新华社', byline: '记者张三、王五' } },
        { text: '来源：美国彭博社', groups: { outlet: '彭博社' } },
        { text: '来源：英国金融时报', groups: { outlet: '金融时报' } },
        { text: '来源：日本经济新闻社', groups: { outlet: '日本经济新闻社' } },
        { text: '来源：法国新闻社', groups: { outlet: '法国新闻社' } },
        { text: '来源：美国有线电视新闻网', groups: { outlet: '美国有线电视新闻网' } },
        { text: '来源：中国新闻社', groups: { outlet: '中国新闻社' } },
        { text: '来源：俄罗斯卫星通讯社', groups: { outlet: '俄罗斯卫星通讯社' } },
        { text: '来源：美国商务部公报', groups: { outlet: '美国商务部公报' } },
        { text: '来源：英国央行季报', groups: { outlet: '英国央行季报' } },
        { text: '来源：美国彭博社记者张三', groups: { outlet: '彭博社', byline: '记者张三' } },
        { text: '来源：新华社记者 张三、王五、赵六', groups: { outlet: '新华社', byline: '记者 张三、王五、赵六' } },
        // An outlet named in NAMED_OUTLETS or printed in 《》 though it ends in a money word (FUNDS_LIST_AHEAD).
        { text: '来源：国际融资', groups: { outlet: '国际融资' } },
        { text: '来源：国际融资 作者：张三', groups: { outlet: '国际融资', credits: '作者：张三' } },
        { text: '来源：《国际融资》', groups: { outlet: '《国际融资》' } },
        // The bar parts the outlet from its reporters as a space does; it is never part of the name.
        { text: '来源：中国证券报丨记者 张三', groups: { outlet: '中国证券报', byline: '记者 张三' } },
        { text: '来源：新华社｜记者张三', groups: { outlet: '新华社', byline: '记者张三' } },
        { text: '来源丨中国证券报 | 作者丨张三', groups: { outlet: '中国证券报', credits: '作者丨张三' } },
        // The label's mark a slash; the channel (微信, 微信公众号) named after the outlet; its reporter in brackets.
        { text: '来源/经济日报微信（记者熊丽）', groups: { outlet: '经济日报', byline: '记者熊丽' } },
        { text: '来源/新华社', groups: { outlet: '新华社' } },
        { text: '来源／人民日报', groups: { outlet: '人民日报' } },
        { text: '来源：人民日报微信公众号', groups: { outlet: '人民日报' } },
        { text: '来源：经济日报（记者 熊丽）', groups: { outlet: '经济日报', byline: '记者 熊丽' } },
        { text: '来源：经济日报（记者熊丽、王五）', groups: { outlet: '经济日报', byline: '记者熊丽、王五' } },
      ],
      noMatch: ['来源/去向', '来源/去向都要登记清楚。', '来源/用途', '来源/构成', '来源/微信', '来源：微信', '来源|九派新闻、新华每日电讯', '来源：视觉中国 编辑：王五', '来源：受访者供图 编辑：王五', '来源：据报道', '来源：新华社记者张三 北京报道', '来源：新华社记者张三、人民日报', '来源：新华社记者张三、新华网', '来源：新华社记者张三、人民网等', '来源：新华社记者张三、央视新闻', '来源：新华社记者张三摄', '来源：新华社记者 张三 摄', '来源：国家统计局，数据截至2021年底', '数据来源：Wind，截至3月11日', '来源：国家统计局、海关总署，数据截至2021年底', '来源、去向都要登记清楚。', '来 源头治理', '资金来 源：自筹', '来源：自筹资金', '来源：财政拨款', '来源：养老金', '来源：子女赡养费', '来源：住房公积金'],
    },
    fixture: 'seed-audit/2022-03-25_9136d81c.md',
  },
  {
    id: 'line.source-several',
    reason: '来源 line at the top or bottom of the body listing several sources (来源：九派新闻、新华每日电讯, its label perhaps letter-spaced: 来 源丨…; also with a space for the colon, 来源 齐鲁观、青记; perhaps with credits after it, 来源：新华社、人民日报 编辑：王五): the first names the source (and a reporter glued to it is the outlet’s byline), and the line stays as printed; a list of where money or material comes from (来源 个人储蓄、亲友借款: an item ending in FUNDS_OR_MATERIALS, names.ts) names no outlet and is the article’s own line, since the field holds one outlet and the others must not be lost',
    where: 'edge',
    line: 'keep',
    pattern: new RegExp(
      String.raw`^(?!.*摄$)${FUNDS_LIST_AHEAD}(?:文章|本文)?来[ \u3000\u00a0]{0,3}源(?:\s*[:：|｜丨]|[ \u3000\u00a0]+(?=[^\s，。；;、（()）]{2,30}\s*、))\s*(?<outlet>(?:(?!(?:首席|特约)?记者)[^\s，。；;、（()）|｜丨]){2,30})\s*(?:[|｜丨]\s*(?=\S))?(?<byline>(?:首席|特约)?记者\s*[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:\s+(?![\u4e00-\u4e27\u4e29-\u9fa5]{0,2}报道)[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}){0,5})?\s*、\s*(?<more>[^\s，。；;（()）]{2,60}?)\s*(?:[（(](?<credit>[^）)]{1,40})[）)])?(?:\s+(?<credits>${creditLabel('作者|记者|编辑|责编|图片|摄影|校对')}.{1,80}))?\s*$`,
    ),
    examples: {
      match: [
        { text: '来源|九派新闻、新华每日电讯', groups: { outlet: '九派新闻', more: '新华每日电讯' } },
        { text: '来 源丨九派新闻、新华每日电讯', groups: { outlet: '九派新闻', more: '新华每日电讯' } },
        { text: '来源|新华网、公安部官网、网友评论', groups: { outlet: '新华网', more: '公安部官网、网友评论' } },
        { text: '来源：中华人民共和国公安部网站、新华网', groups: { outlet: '中华人民共和国公安部网站', more: '新华网' } },
        { text: '来源：新华社记者张三、人民日报', groups: { outlet: '新华社', byline: '记者张三', more: '人民日报' } },
        { text: '来源 齐鲁观、青记', groups: { outlet: '齐鲁观', more: '青记' } },
        // Credits after the list, with a colon or the bar (its editor is the page's, as line.source-credits reads it).
        { text: '来源：新华社、人民日报 编辑：王五', groups: { outlet: '新华社', more: '人民日报', credits: '编辑：王五' } },
        { text: '来源丨九派新闻、新华每日电讯 编辑丨王五 校对丨李四', groups: { outlet: '九派新闻', more: '新华每日电讯', credits: '编辑丨王五 校对丨李四' } },
        // Each item is judged on its own: an outlet whose name ends in a money word (国际融资) is an outlet.
        { text: '来源：证券时报、国际融资', groups: { outlet: '证券时报', more: '国际融资' } },
      ],
      noMatch: ['来源：九派新闻', '来源：国家统计局、海关总署，数据截至2021年底', '来源、去向都要登记清楚。', '来源：新华社记者张三、王五摄', '资金来源：自有资金、银行贷款', '来源 新华社', '来源 不明的资金、物资要登记清楚。', '来源 去向、用途都要登记清楚。', '来源  ', '来源 主要是工资、奖金和理财收益，比例各不相同。', '来源 个人储蓄、亲友借款', '来源：财政拨款、社会捐赠和企业赞助', '来源：银行贷款、自筹资金', '来源丨原材料、进口零部件', '来源：养老金、退休金和子女赡养费', '来源：证券时报、银行贷款'],
    },
    fixture: 'seed-format/2021-12-28_c046b426.md',
  },
  {
    id: 'line.dateline-source',
    reason: 'a dateline closing an announcement with the outlet in brackets: the date stays, the outlet moves',
    where: 'tail',
    line: 'move',
    pattern: /^(?<date>\d{4}年\d{1,2}月\d{1,2}日)\s*[（(]来源\s*[：:]\s*(?<outlet>.+?)[）)]$/,
    examples: {
      match: [{ text: '2005年8月25日（来源：上海证券报）', groups: { date: '2005年8月25日', outlet: '上海证券报' } }],
      noMatch: ['2021年3月22日'],
    },
    fixture: 'pages/finance-m_20050826_ikknscsi2623250.html',
  },
  {
    id: 'line.outlet-app-credit',
    reason: "an outlet credit wrapped in its own app promo: the outlet is the source, the promo goes",
    where: 'tail',
    line: 'drop',
    pattern: /^[（(]本文来自(?<outlet>.{2,20}?)，更多原创资讯请下载“(?<app>.{2,20})”APP[)）]$/,
    examples: {
      match: [{ text: '(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)', groups: { outlet: '澎湃新闻', app: '澎湃新闻' } }],
      noMatch: ['澎湃新闻记者从多位知情人士处了解到，该APP已下架。'],
    },
    fixture: 'seed-format/2021-09-30_6f5e78a2.md',
  },
  {
    id: 'line.bracket-source',
    reason: '（来源：X） closing a paragraph at the top or bottom of the body: the outlet that paragraph credits, a source only when the page names none above it (a closing one often credits a part, such as a résumé); the paragraph stays as printed',
    where: 'edge',
    line: 'keep',
    pattern: /[。！？!?”…][（(]来源\s*[:：]\s*(?<outlet>[^（）()\s，。]{2,20})[）)]$/,
    examples: {
      match: [
        { text: '就在最近本芭又发现了女星里的一位隐藏“腿神”，一不小心就透露了自己大长腿的秘密，同时还刷新了美腿的新标准！（来源：时尚芭莎）', groups: { outlet: '时尚芭莎' } },
        { text: '2015年11月 涉嫌严重违纪，接受组织调查。（来源：中国经济网）', groups: { outlet: '中国经济网' } },
      ],
      noMatch: ['（来源：中国经济网）', '来源：国家统计局网站', '2005年8月25日（来源：上海证券报）'],
    },
    fixture: 'fragments/sina-body_2019_cs327259852_10.html',
  },
  {
    id: 'line.print-edition',
    reason: "a newspaper's print-edition credit closing the article (《人民日报海外版》（2021年09月20日 第03版）: a paper's name, a date and a page): names the outlet whose page it is; stays as printed",
    where: 'tail',
    line: 'keep',
    pattern: /^《\s*(?<outlet>[^《》\s]{0,15}[报刊][^《》\s]{0,4}?)\s*》\s*[（(]\s*(?<date>\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*[，,]?\s*第\s*(?<page>\d{1,3})\s*版\s*[）)]$/,
    examples: {
      match: [
        { text: '《 人民日报海外版 》（ 2021年09月20日 第 03 版）', groups: { outlet: '人民日报海外版', date: '2021年09月20日', page: '03' } },
        { text: '《人民日报》（2022年03月01日 第05版）', groups: { outlet: '人民日报', date: '2022年03月01日', page: '05' } },
      ],
      noMatch: [
        '需要强调的是，《人民日报》曾在10月11日报道称，对于一部战争片来说，影片中的情节和人物是否真实可信至关重要。',
        '李大钊，在1918年7月1日出版的《言治》季刊第三册发表了题为《东西文明根本之异点》的文章。',
        '《经济研究》（2020年5月1日）',
        '《红楼梦》（1791年1月1日 第1版）',
      ],
    },
    fixture: 'seed-format/2021-09-20_2c334e9f.md',
  },
  {
    id: 'line.produced-by',
    reason: "an outlet's production credit on a line of its own (燃财经出品, 中国青年报·中国青年网出品): names the outlet whose article it is; stays as printed",
    where: 'edge',
    line: 'keep',
    pattern: /^(?<outlet>[\u4e00-\u4e27\u4e29-\u9fa5A-Za-z0-9·]{1,16}?(?:报|社|网|台|刊|新闻|周刊|杂志|财经|客户端|日报|时报))\s*(?:联合)?出品$/,
    examples: {
      match: [
        { text: '燃财经出品', groups: { outlet: '燃财经' } },
        { text: '中国青年报·中国青年网出品', groups: { outlet: '中国青年报·中国青年网' } },
      ],
      noMatch: [
        '中国电影集团出品',
        '该片由光线传媒出品，票房已突破10亿元。',
        '出品',
        '华谊兄弟出品',
        '本片由北京文化与博纳影业联合出品',
        '精品出品',
      ],
    },
    fixture: 'seed-format/2022-05-15_193cb756.md',
  },
  {
    id: 'line.compiled-from',
    reason: 'an outlet crediting what it compiled from, closing the article (每日经济新闻综合自…, 北京日报（ID：Beijing_Daily）综合…: the account id in brackets is not part of the name): names the outlet, stays as printed',
    where: 'tail',
    line: 'keep',
    pattern: /^(?<outlet>[\u4e00-\u4e27\u4e29-\u9fa5A-Za-z]{2,12}?(?:新闻|报|网|社|台|财经))(?:\s*[（(](?:ID|微信号|微信ID)\s*[:：]\s*[A-Za-z0-9_-]{2,30}[）)])?\s*综合(?:自)?\s*(?<from>.{2,80})$/,
    examples: {
      match: [
        { text: '每日经济新闻综合自京东官方微信号、微信公众号TencentGlobal、公开资料', groups: { outlet: '每日经济新闻', from: '京东官方微信号、微信公众号TencentGlobal、公开资料' } },
        { text: '每日经济新闻综合国家铁路局网站、央视新闻', groups: { outlet: '每日经济新闻', from: '国家铁路局网站、央视新闻' } },
        { text: '北京日报（ID：Beijing_Daily）综合环球网、观察者网、@陳震宇Chris、网友评论等', groups: { outlet: '北京日报', from: '环球网、观察者网、@陳震宇Chris、网友评论等' } },
      ],
      noMatch: ['国家统计局综合各地数据测算，全年粮食产量再创新高。'],
    },
    fixture: 'seed-audit/2022-01-13_4533144c.md',
  },
];

/**
 * A 原标题 printed on two lines, as a print headline's two parts are set (原标题：PMI连续十四个月位于扩张区间——,
 * then 经济保持平稳恢复态势, each in its own ori_titlesource paragraph): when the title closes on a dash or a
 * colon (ORIGINAL_TITLE_RUNS_ON), the next line, short and without a sentence's punctuation, is the rest of
 * it, and moves out with it. Structural: the engine asks it only of the line right after a 原标题 line that
 * runs on, never of a byline or a credit (记者 张三, 编辑：王五).
 */
export const ORIGINAL_TITLE_CONTINUED: Recognizer = {
  id: 'line.original-title-continued',
  reason: 'a 原标题 that closes on a dash or a colon (原标题：PMI连续十四个月位于扩张区间——) runs on to the next line, a print headline’s second part (经济保持平稳恢复态势): short, no sentence’s punctuation; the title is both, and the line moves out with the 原标题. A dateline (an outlet, perhaps a place, a date, then 电 or 讯: 新华社北京4月30日电, 中新网4月30日电, 本报讯) opens the article and is never the title’s rest; nor is a byline or a sentence',
  where: 'edge',
  line: 'move',
  // A dateline closes on a date and 电/讯 (…4月30日电, …4月30日讯), or on an outlet (perhaps a place) and 电/讯 (新华社电, 新华社北京电, 本报讯).
  pattern: /^(?!.*(?:[0-9０-９一二三四五六七八九十]{1,3}日|(?:社|网|报|台)[\u4e00-\u4e27\u4e29-\u9fa5]{0,4})\s*(?:电|讯)$)(?<title>[^。！？!?；;，,、：:（）()【】[\]|｜丨/／]{2,30})$/,
  examples: {
    match: [
      { text: '经济保持平稳恢复态势', groups: { title: '经济保持平稳恢复态势' } },
      { text: '“十四五”开局之年的中国经济', groups: { title: '“十四五”开局之年的中国经济' } },
      { text: '新能源车企加速布局充电网', groups: { title: '新能源车企加速布局充电网' } },
      { text: '一季度全国新增装机容量创新高 风电光伏领跑', groups: { title: '一季度全国新增装机容量创新高 风电光伏领跑' } },
    ],
    noMatch: [
      '4月30日，国家统计局服务业调查中心和中国物流与采购联合会发布中国采购经理指数。',
      '记者：张三',
      '编辑：王五',
      '一、政策背景',
      '来源：经济日报',
      '文/李四',
      '（记者 张三）',
      '新华社北京4月30日电',
      '中新网4月30日电',
      '新华社电',
      '本报讯',
      '新华社北京电',
      '中国证券报·中证网讯',
      '人民网北京4月30日电',
      '这是一个超过三十个字而且没有任何标点符号的很长很长很长的句子它不会是标题的后半部分',
    ],
  },
  fixture: 'seed-format/2021-05-02_1bb733f3.md',
};

/** A 原标题's title that runs on to the next line: it closes on a dash (——, —) or a colon, as a print headline's first part does. */
export const ORIGINAL_TITLE_RUNS_ON = /(?:——|—|－－|--|[:：])$/;

/** The body's copy of the headline among its first lines (a structural rule: it compares the line with the title). */
export const REPEATED_HEADLINE: RuleMeta = {
  id: 'line.repeated-headline',
  reason: 'the body repeats the headline among its first lines (bold or plain, quotes aside): it is shown once, as the title',
  fixture: 'seed-format/2022-03-14_134ac107.md',
};

/**
 * The first line of a reprint (a WeChat post, another outlet's copy) is often its headline printed
 * otherwise than Sina's title: the same words with other punctuation (前三季度经济运行总体平稳！, a
 * space for a comma), or the original outlet's longer headline holding the title or the 原标题 whole
 * (前三季度经济运行总体平稳，发展质量稳步提升). It is shown once, as the title. A headline ends no
 * sentence and is short: a longer copy ending in 。！？ or longer than `maxChars` is the article's
 * first sentence, which may open with the title's words, and stays. Only the first of the article's
 * own lines is asked (a byline above it aside), never the only one (a picture's one-line caption,
 * 【#2021粮食产量1.3万亿斤创新高# 赞！加油！】, is the post's words), nor a dispatch credit holding its
 * headline (新华社北京5月18日电题：…, a credit that stays); and a title under `minTitle` characters
 * (words and digits) is too short to be told from a sentence that names it. A headline leads on to
 * nothing and is numbered in no run: a line ending as a clause that leads on (a colon before a
 * quotation, a comma: `continues`) is the lead, and a line opening with a section's number (一、,
 * （一）, 1.: `numbered`, as 二、… follows) is the first section's head; both stay.
 */
export const HEADLINE_VARIANT: RuleMeta & {
  maxChars: number;
  minTitle: number;
  continues: RegExp;
  numbered: RegExp;
  examples: { match: readonly (readonly [line: string, title: string])[]; noMatch: readonly (readonly [line: string, title: string])[] };
} = {
  id: 'line.headline-variant',
  reason: "the first line repeats the headline with other punctuation, or is the original outlet's longer headline holding it (no sentence's end, short, leading on to no next line, numbered in no run): shown once, as the title",
  maxChars: 64,
  minTitle: 6,
  // A line ending as a clause leading on (a colon before a quotation, a comma, an enumeration comma, a dash).
  continues: /[：:，,、—－-]\s*$/,
  // A line opening with a section's or a list item's number (一、, （一）, 1、, 1., 第一,): one of a numbered run.
  numbered: /^\s*(?:[（(]\s*(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、．.，]|[0-9０-９]{1,2}\s*(?:[、．)）]|\.(?![0-9]))|第[一二三四五六七八九十0-9]{1,3}[、，,：:．.\s])/,
  examples: {
    match: [
      ['前三季度经济运行总体平稳！', '前三季度经济运行总体平稳'],
      ['央行5月MLF等额续作，利率不变展现稳健姿态', '央行5月MLF等额续作 利率不变展现稳健姿态'],
      ['前三季度经济运行总体平稳，发展质量稳步提升', '前三季度经济运行总体平稳'],
      ['重磅！央行5月MLF等额续作 利率不变展现稳健姿态', '央行5月MLF等额续作 利率不变展现稳健姿态'],
    ],
    noMatch: [
      // The article's first sentence, opening with the title's words: it ends as a sentence ends.
      ['前三季度经济运行总体平稳，国家统计局今天发布的数据显示，各项主要指标保持在合理区间。', '前三季度经济运行总体平稳'],
      ['央行5月MLF等额续作，利率不变展现稳健姿态？专家这样解读', '央行开展MLF操作'],
      // Too short a title to tell a headline from a line that names it.
      ['降准落地 释放资金', '降准落地'],
      // The title's words inside a phrase (…的背后): a sentence about it.
      ['前三季度经济运行总体平稳的背后，是一系列稳增长政策的持续发力', '前三季度经济运行总体平稳'],
      // A lead ending in a colon before a quotation: it leads on to the next line.
      ['前三季度经济运行总体平稳，国家统计局新闻发言人付凌晖在发布会上这样表示：', '前三季度经济运行总体平稳'],
      ['前三季度经济运行总体平稳：', '前三季度经济运行总体平稳'],
      // A numbered section head (一、<title>, then 二、…): one of the article's numbered run.
      ['一、前三季度经济运行总体平稳', '前三季度经济运行总体平稳'],
      ['（一）前三季度经济运行总体平稳', '前三季度经济运行总体平稳'],
      ['1. 前三季度经济运行总体平稳', '前三季度经济运行总体平稳'],
    ],
  },
  fixture: 'synthetic/synthetic-lines.html',
};

/** Letters, digits and Chinese characters only: the words a headline's copy shares with the title. */
const headlineWords = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether `line`, the first of the article's own lines, is `title` printed otherwise (HEADLINE_VARIANT).
 * A longer line holds the title's words as a clause of its own: punctuation, a space or the line's
 * edge on both sides (重磅！<title>, <title>，<more>), never inside a phrase (<title>的背后).
 */
export function headlineVariant(line: string, title: string): boolean {
  const l = headlineWords(line);
  const t = headlineWords(title);
  if (t.length < HEADLINE_VARIANT.minTitle) return false;
  if (HEADLINE_VARIANT.continues.test(line) || HEADLINE_VARIANT.numbered.test(line)) return false;
  if (l === t) return true;
  if (line.length > HEADLINE_VARIANT.maxChars || /[。！？!?；;…]\s*[”"’]?\s*$/.test(line) || !l.includes(t)) return false;
  // The title's runs of words, joined by any punctuation or space, standing between two boundaries.
  const runs = title.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${runs.join('[^\\p{L}\\p{N}]*')}(?=$|[^\\p{L}\\p{N}])`, 'u').test(line);
}

/**
 * The headline's copy opened by the series or column it ran under, in brackets: 中新社's
 * （中国这十年）陈雨露：…, （经济观察）…, 【新华全媒+】…. The line is the headline (its rest is the
 * title, word for word), shown once as the title; the tag names the column, not a line of the
 * article. Structural: the rest must be the headline (or the 原标题) itself; a bracketed line whose
 * rest is any other sentence stays (（记者 夏宾）…, （完）, （图片来源：视觉中国）).
 */
export const HEADLINE_SERIES_TAG: RuleMeta & { pattern: RegExp; examples: { match: readonly (readonly [string, string])[]; noMatch: readonly string[] } } = {
  id: 'line.headline-series-tag',
  reason: 'the headline’s copy opened by its series or column in brackets (（中国这十年）陈雨露：…) is the headline: shown once, as the title; a bracketed line whose rest is not the headline stays',
  fixture: 'seed-format/2022-05-12_09bb6257.md',
  pattern: /^\s*[（(【〔［](?<tag>[^（）()【】〔〕［］\s]{2,12})[）)】〕］]\s*(?<rest>\S.*)$/,
  // [line, headline]: the line is that headline's copy.
  examples: {
    match: [
      ['（中国这十年）陈雨露：A股市场经受住了多轮次、多因素外部冲击的考验', '陈雨露：A股市场经受住了多轮次、多因素外部冲击的考验'],
      ['【新华全媒+】央行5月MLF等额续作 利率不变展现稳健姿态', '央行5月MLF等额续作 利率不变展现稳健姿态'],
      ['（经济观察）“麻辣粉”如期而至', '“麻辣粉”如期而至'],
    ],
    noMatch: [
      '（记者 夏宾）“中国这十年”系列主题新闻发布会12日在北京举行。',
      '（中国这十年）“中国这十年”系列主题新闻发布会12日在北京举行，中国央行副行长陈雨露在会上表示。',
      '（完）',
      '【编者按】陈雨露：A股市场经受住了多轮次、多因素外部冲击的考验，这是发布会上最受关注的一句话。',
      '（图片来源：视觉中国）',
    ],
  },
};

/** The headline a series-tagged line copies (HEADLINE_SERIES_TAG): the line's rest after the tag, or null. */
export function seriesTaggedRest(line: string): string | null {
  return HEADLINE_SERIES_TAG.pattern.exec(line)?.groups?.rest ?? null;
}

/**
 * A picture's credit (line.picture-credit: 图丨视觉中国, 图片来源：东方IC) credits the picture beside
 * it. With no picture, video or chart within `reach` blocks of it (the picture went with a promo the
 * page wrapped it in, or the reprint never carried it over), it credits nothing the article shows
 * and goes. A credit of the cover (题图, 头图, 首图, 封面: `cover`) names the picture the page shows
 * above the article, not in the body, and stays as printed.
 */
export const PICTURE_CREDIT_ALONE: RuleMeta & { reach: number; cover: RegExp } = {
  id: 'line.picture-credit-alone',
  reason: "a picture's credit with no picture beside it (图丨视觉中国 between two paragraphs) credits nothing the article shows",
  reach: 2,
  cover: /^[（(]?\s*(?:题图|头图|首图|封面)/,
  fixture: 'synthetic/synthetic-lines.html',
};

/**
 * A 来源 line printed right under a chart or a table, with the article's own lines above and below
 * it, is the figure's credit (a caption-like line naming where its numbers come from: 来源：国家统计局,
 * 来源：Wind), never the article's outlet, even among the first or last three lines; it stays as
 * printed. Structural (the block before it is a picture or a table, or the figure's own caption, note
 * or unit lines under it: 图：前三季度GDP增速, 注：数据为季度累计值, 单位：亿元, which `pattern` reads):
 * the words are those of an outlet's 来源 line. At the very top or bottom of the body (no own line
 * above the figure, or none below the line) the line stays the outlet's (a lead picture, or a closing
 * picture, then 来源：新华社).
 */
export const FIGURE_CREDIT: RuleMeta & { pattern: RegExp; examples: { match: readonly string[]; noMatch: readonly string[] } } = {
  id: 'line.figure-credit',
  reason: 'a 来源 line right under a chart or a table, or under the figure’s caption, note or unit lines (图：…, 注：…, 单位：…), between the article’s own lines, credits the figure’s data (来源：国家统计局, 来源：Wind): not the article’s outlet; it stays as printed. Credit and editor lines below it (编辑：王五) are none of the article’s lines: a closing chart, then 来源：中国证券报 and 编辑：王五, names the outlet',
  fixture: 'synthetic/synthetic-lines.html',
  // A figure's own line between it and its 来源: a caption labelled 图/图表/表 (perhaps numbered), a
  // note, a unit; short, and no sentence of the article's (those run on past a full stop).
  pattern: /^[（(]?\s*(?:(?:图|图表|表|附图|附表)\s*[0-9０-９一二三四五六七八九十]{0,3}\s*[:：|｜丨.．、]?|注|备注|说明|单位|数据单位|计量单位)\s*[:：|｜丨]\s*[^。！？!?]{1,60}[。）)]?$|^(?:图|图表|表)\s*[0-9０-９]{1,3}\s+[^。！？!?\s][^。！？!?]{1,60}$/,
  examples: {
    match: ['图：前三季度GDP增速', '注：数据为季度累计值', '单位：亿元', '图表1：2022年以来CPI走势', '图1 前三季度GDP增速', '表2：主要经济指标', '（注：数据为季度累计值）', '数据单位：%'],
    noMatch: ['注意：以上数据不构成投资建议。', '图书出版业去年营收下降。', '表示：将继续加大力度。', '注：数据为季度累计值。截至三季度末，GDP同比增长3%。', '前三季度GDP增速为3%。'],
  },
};

/** A paragraph of punctuation or symbols only (▷, 《》, ——, …………): decoration between lines, not text (structural: no letter or digit). */
export const PUNCTUATION_ONLY: RuleMeta = {
  id: 'block.punctuation-only',
  reason: 'a paragraph with no letter or digit (▷, 《》, ——, ……) is decoration between lines, not text of its own',
  fixture: 'seed-format/2022-02-08_e8c9811f.md',
};

/**
 * A paragraph of ellipsis marks only (…………, ……, ⋯⋯, 。。。。。。): written punctuation that says text
 * is left out or the list goes on (…也有人一边做着影视工作室… then …………, then 这是他们的故事。). It is
 * a visible paragraph of the article, so it stays; other symbol-only paragraphs (▷, 《》, ——) are
 * decoration. Examples: paragraphs that are an ellipsis, and symbol-only ones that are not.
 */
export const ELLIPSIS_PARAGRAPH: RuleMeta & { pattern: RegExp; examples: { match: readonly string[]; noMatch: readonly string[] } } = {
  id: 'block.ellipsis',
  pattern: /^(?:[…⋯‥]+|[.。．]{3,}|·{3,})$/,
  reason: 'a paragraph of ellipsis marks only (…………) says the text goes on or is left out: the article’s visible punctuation, it stays',
  fixture: 'seed-format/2022-05-04_5aafecb7.md',
  examples: { match: ['…………', '……', '⋯⋯', '…', '。。。。。。', '......'], noMatch: ['——', '▷', '《》', '…………他说', '。', '..', '·'] },
};

/** A lone colon (or comma, full stop) printed as its own paragraph finishes the line before it. */
export const LONE_PUNCTUATION: RuleMeta = {
  id: 'block.lone-punctuation',
  reason: 'a lone ：，。； printed as its own paragraph finishes the paragraph before it',
  fixture: 'seed-format/2022-02-08_e8c9811f.md',
};

/** The first metadata-line entry that recognises `line`, with its named groups; null if none. */
export function readLine(line: string): { id: string; line: Recognizer['line']; groups: Record<string, string | undefined> } | null {
  const t = line.trim();
  for (const rule of LINES) {
    const m = t.match(rule.pattern);
    if (m) return { id: rule.id, line: rule.line, groups: { ...(m.groups ?? {}) } };
  }
  return null;
}

/** 责任编辑：刘万里 SF014 AB123 -> { name: 刘万里, codes: [SF014, AB123] }. */
export function readEditor(line: string): { name: string; codes: string[] } | null {
  const m = line.trim().match(LINES[0]!.pattern);
  if (!m?.groups?.name) return null;
  return { name: m.groups.name.trim(), codes: m.groups.codes ? m.groups.codes.split(/\s+/) : [] };
}

/**
 * The editor a 来源 line's credits name (来源：新京报 编辑：王五 校对：赵六): a page that closes with
 * such a line and prints no 责任编辑 names its editor there, so `editor` is read from it (the line
 * stays as printed). Only 编辑/责编 itself, never 图片编辑 or 视频编辑 (a credit for one part), and
 * only a person's name (编辑：本报编辑部 names none).
 */
export const CREDITS_EDITOR: RuleMeta & { pattern: RegExp; examples: { match: readonly (readonly [string, string])[]; noMatch: readonly string[] } } = {
  id: 'line.source-credits.editor',
  reason: 'the editor a 来源 line or a writer’s credit line credits (来源：新京报 编辑：王五 校对：赵六, 来源丨证券时报 作者丨张三丨编辑丨李四, 作者丨张三 编辑丨李四) is the page’s editor when no 责任编辑 line or box names one',
  fixture: 'synthetic/synthetic-lines.html',
  pattern: /(?:^|[ \u3000\u00a0|｜丨])(?:编[ \u3000\u00a0]{0,3}辑|责编)\s*[:：|｜丨]\s*(?<name>[\u4e00-\u4e27\u4e29-\u9fa5]{2,4}|[\u4e00-\u4e27\u4e29-\u9fa5]{1,8}(?:·[\u4e00-\u4e27\u4e29-\u9fa5]{1,8})+|[A-Za-z][A-Za-z.' -]{0,30}[A-Za-z.])(?=[ \u3000\u00a0]|$)/,
  examples: {
    match: [
      ['编辑：王五 校对：赵六', '王五'],
      ['作者：吴亚琦 编辑：王五', '王五'],
      ['编辑：王五', '王五'],
      ['校对：赵六 责编：钱七', '钱七'],
      ['编辑丨王五 校对丨李四', '王五'],
      ['作   者丨陈植 编   辑丨王五', '王五'],
      // WeChat house style may part the credits with the bar, as it parts each label from its name.
      ['作者丨张三丨编辑丨李四', '李四'],
      ['文丨张三 编辑丨李四', '李四'],
    ],
    noMatch: ['图片编辑：王五', '视频编辑：王五', '作者：吴亚琦 图片：新华社等', '编辑：本报编辑部综合', '编辑：王五负责复核', '校对：赵六'],
    // (creditsEditor also refuses what the pattern takes but no person bears: 编辑：综合, 编辑：新华社, 编辑：王五等人,
    // 编辑：金十数据, 编辑：智通财经, 编辑：东方财富; it takes 编辑：欧阳娜娜.)
  },
};

/**
 * The name a 来源 line's 编辑 credit prints that creditsEditor refuses as no person (编辑：金十数据,
 * 编辑：综合, 编辑：王五等人), or null: `--explain` says what was refused, not only that no editor was found.
 */
export function refusedCreditsEditor(credits: string): string | null {
  const name = credits.match(CREDITS_EDITOR.pattern)?.groups?.name ?? null;
  return name && !creditsEditor(credits) ? name : null;
}

/** The editor a 来源 line's credits group names, or null (CREDITS_EDITOR). */
export function creditsEditor(credits: string): string | null {
  const name = credits.match(CREDITS_EDITOR.pattern)?.groups?.name ?? null;
  if (!name) return null;
  // A person's name: Latin letters, or CJK opening with a surname, never 等/等人 or an outlet or desk word.
  if (/^[A-Za-z]/.test(name)) return name;
  // Four characters are a person's name only after a two-character surname (欧阳, 上官); 金十数据,
  // 智通财经 open with a one-character surname and are outlets; a compound-surname word ending as a
  // company does (东方财富, 东方证券) is one too.
  if (/^[\u4e00-\u4e27\u4e29-\u9fa5]{4}$/.test(name) && !COMPOUND_SURNAME.test(name)) return null;
  return SURNAME_LED.test(name) && !/等|编辑部|本报|本刊|本台|[社报网台刊]$|(?:财经|财富|证券|数据|新闻|资讯|传媒|研究|观察|科技|智库|频道)$/.test(name) ? name : null;
}

/**
 * A bold line is a subheading unless it ends as a sentence or a lead-in ends: 。；：，, and ！, an
 * exclamation being emphasis in the speaker's voice (我们研究的结论很明确：不会！), never a section's
 * name. Real subheadings in every fixture end without punctuation (1． 战略目标和路径具象化, 大国竞争，
 * 拼谁能“咬住”) or, for question-headings, in ？ (四季度会如何？): a question stays a heading, unless
 * it is an interview's question (INTERVIEW_QUESTION).
 */
export const BOLD_EMPHASIS: RuleMeta & { pattern: RegExp; examples: { match: readonly string[]; noMatch: readonly string[] } } = {
  id: 'block.bold-emphasis',
  reason: 'a bold line ending as a sentence, a lead-in or an exclamation ends (。；：，！) is emphasis, a paragraph, not a subheading; a line numbered as a section (一、…！) is a subheading however it ends in ！',
  fixture: 'seed-format/2021-04-04_9f336163.md',
  // (A line numbered as a section is, 一、…！, （一）…！, 1．…！, 01 …！, names a section however it ends in ！.)
  pattern: /[。；：:，,]$|^(?![一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:[、．]|\.(?!\d))|0\d[ \u3000\u00a0]).*[！!]$/,
  examples: {
    match: ['我们研究的结论很明确：不会！', '1.5%的增速是底线！', '第一，稳增长！', '这个赶超的过程恰恰是我们最艰难的一个过程。', '6%是一个底线管理，是我们进行常态化运行的一个底线。', '专家提醒广大消费者：', '我认为，曹老板说的是改革，是供给侧改革！', '坚决打赢这场硬仗!'],
    noMatch: ['1． 战略目标和路径具象化', '大国竞争，拼谁能“咬住”', '中国经济面临的机遇与挑战', '四季度会如何？', '考验民族很重要的一个时点到了，能不能咬得住？', '一、政策背景', '问：今年经济增长目标为何定在6%以上？', '叶飞案持续发酵！这家公司高管涉嫌证券市场操纵被立案', '一、稳字当头，进中求好！', '（一）坚决打赢防范化解重大风险攻坚战！', '2．坚持稳中求进！', '01 重磅！'],
  },
};

type LinePattern = RuleMeta & { pattern: RegExp; examples: { match: readonly string[]; noMatch: readonly string[] } };

/**
 * A bold line numbered as a section that asks (一、…？, （三）…？, 2．…？) heads its section however
 * long it is: an interview or a briefing numbered by its questions prints every question the same
 * way, and a question that explains its background before asking (三、10月初，美国贸易代表戴琪…。
 * 您如何评价？) is no less the head of its section than a short one. The length a subheading is
 * otherwise held to (50 characters) would split one numbered list into headings and paragraphs.
 * Bounded (`maxChars`): a numbered paragraph of argument that happens to end in a question is longer.
 */
export const NUMBERED_QUESTION_HEAD: RuleMeta & { pattern: RegExp; maxChars: number; examples: { match: readonly string[]; noMatch: readonly string[] } } = {
  id: 'block.numbered-question-head',
  reason: 'a bold line numbered as a section that asks (一、…？, （三）…？, 2．…？) is the head of its section however long (up to 120 characters): a list of numbered questions is read the same way throughout, never part headings and part paragraphs',
  fixture: 'seed-format/2021-10-13_0cf093a7.md',
  maxChars: 120,
  pattern: /^(?:[一二三四五六七八九十]{1,3}[、．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}(?:[、．]|\.(?!\d)))[^]*[？?][”"」』）)]?$/,
  examples: {
    match: [
      '三、10月初，美国贸易代表戴琪就拜登政府对华贸易政策发表演讲，提到中美脱钩不现实，认为重新挂钩是一种遥远的可能。但她也提到要和盟友一起应对中国“非市场行为”。您如何评价？',
      '四、美英澳宣布建立三方安全伙伴关系（AUKUS），并计划开展核潜艇合作，对地区局势会产生什么样的影响？',
      '一、美国打了20年阿富汗战争最终不得不仓促撤出，人们从中可以到什么启示？',
    ],
    noMatch: [
      '追问：美国在阿富汗政策最大的教训是什么？您认为美国会汲取教训吗？',
      '中国基金报记者：您认为今年市场主线会是什么？哪些行业更值得看好？',
      '普惠制是什么？和最惠国待遇有何区别？',
      '一是着力提高粮食综合生产能力。',
      '一、人口净流入的大城市',
      '1．人口净流入的大城市、设区市市区；2．“四大都市区”核心区内的城市；3．工业大市、大县。',
    ],
  },
};

/**
 * A numbering printed on a line of its own, with no words (<strong>2、</strong>, （二）, 二、, 01), numbers
 * the block after it: the page set the number apart (a bold run closed early, a line break), not
 * a section with no name. It is joined to the block it numbers, the head of that section when that
 * block is a heading (2、 + 稳增长政策持续发力 → 2、稳增长政策持续发力), the start of the paragraph
 * otherwise (二、 + 从环比看，… → 二、从环比看，…); the number is never dropped. Never across a picture,
 * a table or a video: a number before a picture stays where it is printed, as a paragraph.
 */
export const BARE_NUMBERING: LinePattern & { credit: RegExp; creditExamples: { match: readonly string[]; noMatch: readonly string[] } } = {
  id: 'block.bare-numbering',
  reason: 'a numbering alone on its line with no words (2、, （二）, 二、, ①, 1）, 01, PART 01) is no heading: it numbers the block after it and is joined to it (a heading if that block is one, the paragraph otherwise), never dropped, never joined across a picture, never to a credit or byline line (责任编辑：, 来源：, 记者, 文丨, 本报记者 X 北京报道), and a number ending in . never to a block opening with a digit (3. + 5% is no 3.5%)',
  fixture: 'synthetic/synthetic-lines.html',
  // The number (a section's 一、, （二）, 3．, 1）, 第三、, a circled ①, a decorative 01 or PART 01 / NO.1) with only its mark, nothing after it.
  pattern: /^(?<number>[一二三四五六七八九十]{1,3}\s*[、．.]|[（(]\s*(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})\s*[）)]|[0-9０-９]{1,2}\s*[、．.）)]|第[一二三四五六七八九十0-9]{1,3}[、，,：:．.]?|0[1-9]|[①-⑳]|(?:PART|Part|NO\.|No\.)\s*0?[1-9][0-9]?)$/,
  examples: {
    match: ['2、', '（二）', '二、', '(3)', '3．', '01', '第三', '①', '⑳', '1）', '1)', 'PART 01', 'Part 2', 'NO.1'],
    noMatch: ['2、稳增长政策持续发力', '二、政策背景', '（二）坚持稳中求进', '2021', '3.5', '10%', '2', '一是', '第三季度', '…', '①稳增长', '1）稳增长', 'PART', 'NO.1的位置', '答：第一。'],
  },
  // A credit or byline line (责任编辑：, 编辑丨, 来源：, 记者 X, 作者：, 文丨, 撰文：…) is no block a number heads: the number stays as printed.
  credit: /^(?:责任编辑|责编|编辑|校对|审核|来源|数据来源|资料来源|记者|作者|撰文|文|图|图片|摄影|出品|监制|策划|统筹|主编)\s*[|｜丨:：/／\s]/,
  creditExamples: {
    match: ['责任编辑：张恒星', '来源：中国证券报', '编辑丨李四', '记者 王晶', '作者：张三', '文丨王五', '文 | 王五'],
    noMatch: ['来源于市场的信心正在恢复。', '记者从国家统计局获悉，10月份CPI同比上涨0.1%。', '文化产业增速较快。', '编辑部收到了大量读者来信。'],
  },
};

/**
 * A deck the page centres on two lines that are one sentence (如何处理和职场的关系， / 将成为00后们面临的
 * 第一个考验。): the line break is the layout's, the words one sentence, shown as one paragraph. The
 * tell, bounded: exactly two centred plain lines side by side (not bold: a bold pair is a subhead,
 * TWO_LINE_SUBHEAD; a run of three or more is a poem or a list; two short lines of like length,
 * `verseChars`, verse or a couplet), the first ending as a clause that goes on (， or 、: `goesOn`;
 * a word's end is a label's or a slogan's too) with no sentence's end inside it, the second ending the
 * sentence (`ends`) and opening no numbered section, neither longer than `maxChars`, no picture
 * right above (a caption). Examples: [first, second] pairs that are one sentence, and pairs that are not.
 */
export const CENTRED_DECK: RuleMeta & { goesOn: RegExp; ends: RegExp; maxChars: number; verseChars: number; examples: { match: readonly (readonly [string, string])[]; noMatch: readonly (readonly [string, string])[] } } = {
  id: 'block.centred-deck',
  reason: 'two centred plain lines side by side that are one sentence (the first going on with ， or 、, the second ending it: 如何处理和职场的关系， / 将成为00后们面临的第一个考验。) are one deck, shown as one paragraph; a label or slogan ending in a word (专家观点, 编者按), two short lines of like length (verse, a couplet), a run of three or more centred lines, a bold pair, a caption under a picture and lines that each end a sentence stay line by line',
  fixture: 'synthetic/synthetic-lines.html',
  maxChars: 40,
  // Lines this short whose lengths are within one of each other are verse or a couplet, never a deck.
  verseChars: 12,
  // The first line goes on: it ends in a comma or an enumeration comma (a word's end is no tell: a label,
  // 专家观点, 编者按, or a slogan ends so), and holds no sentence's end.
  goesOn: /^(?<clause>[^。！？!?；;：:]+[，,、])$/u,
  // The second ends the sentence, and is no numbered section's opening or a labelled line.
  ends: /^(?![一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[、．.]|[^\s，。：:]{1,8}[：:])(?<rest>[^]*[。！？!?…](?:[”"」』）)])?)$/u,
  examples: {
    match: [['如何处理和职场的关系，', '将成为00后们面临的第一个考验。'], ['在不确定的时代里，', '我们如何找到确定的方向？']],
    noMatch: [['职场是00后面临的第一个考验。', '将成为00后们面临的第一个考验。'], ['主办单位：国家统计局', '协办单位：中国信息报社'], ['本文要点', '一、职场是第一个考验。'], ['春眠不觉晓，', '处处闻啼鸟'], ['专家观点', '降准将释放长期资金约5000亿元。'], ['编者按', '今年是改革开放45周年。'], ['海内存知己，', '天涯若比邻。'], ['绿水青山就是金山银山', '共建美丽中国！'], ['如何处理和职场的关系', '将成为00后们面临的第一个考验。']],
  },
};

/** Whether two lines are one sentence split as a centred deck (CENTRED_DECK's words; the place is the engine's). */
export function centredDeck(first: string, second: string): boolean {
  // Two short lines of like length read as verse or a couplet (海内存知己， / 天涯若比邻。): line by line.
  const verse = first.length <= CENTRED_DECK.verseChars && second.length <= CENTRED_DECK.verseChars && Math.abs(first.length - second.length) <= 1;
  return !verse && first.length <= CENTRED_DECK.maxChars && second.length <= CENTRED_DECK.maxChars && CENTRED_DECK.goesOn.test(first) && CENTRED_DECK.ends.test(second);
}

/**
 * Who asks or answers in an interview, as the line's label: 问/答, Q/A (numbered or not), 记者,
 * 主持人, or the outlet whose reporter asks (澎湃新闻：, 《财经》：, 中国基金报：, 每经记者：).
 */
const ASKER = String.raw`(?:问|提问|追问|答|回答|A\s*\d{0,2}|Q(?!\s*\d))`;
/** A numbered Q (Q1：) is a question's label only when the line asks: Q3：营收… is a quarter's data. */
const NUMBERED_Q = String.raw`Q\s*\d{1,2}`;
const ROLE = String.raw`(?:记者|主持人|主持|采访者|采访人)`;
const OUTLET_ASKER = String.raw`(?:《[^》]{1,20}》(?:记者)?|[\u4e00-\u4e27\u4e29-\u9fa5A-Za-z0-9]{0,12}(?:新闻|报(?<![年财季月周快公简研预晨汇情电]报)|新闻网|财经网|观察者网|社|财经|周刊|杂志|经纬|频道|电视台)(?:记者)?|[\u4e00-\u4e27\u4e29-\u9fa5]{1,6}记者)`;

/**
 * A bold line labelled as an interview's question (or answer) is a line of the interview, a
 * paragraph: never a subheading however short (the reader reads the exchange as it was printed).
 * 问/答/Q/A labels make it one whatever it ends with; a reporter's, host's or outlet's label
 * only when the line asks (ends in ？). A topic label before a question heading (楼市：还会涨吗？)
 * names no one who asks and stays a heading.
 */
export const INTERVIEW_QUESTION: LinePattern = {
  id: 'block.interview-question',
  reason: 'a bold line an interview labels as its question or answer (问：…, Q：…, 记者：…？, 澎湃新闻：…？) is a paragraph of the exchange, not a subheading; a numbered Q labels a question only when the line asks (Q1：…？): Q3：营收… is a quarter’s data. An interview is one asker and one guest: its unlabelled bold questions become paragraphs, but never a numbered section head (一、…？, （一）…？, 1．…？), and a roundup whose questions several answerers each answer (后市怎么看？ then 中金公司：…, 中信证券：…) keeps its questions as section heads',
  fixture: 'seed-format/2021-11-23_60a4f4e8.md',
  pattern: new RegExp(String.raw`^(?:${ASKER}\s*[：:]|(?:${NUMBERED_Q}|${ROLE}|${OUTLET_ASKER})\s*[：:].*[？?][”"」』）)]?$)`),
  examples: {
    match: [
      '澎湃新闻：最初为何会想到开一家免费馒头店呢？',
      '问：今年经济增长目标为何定在6%以上？',
      '问：请介绍一下今年的工作重点',
      'Q：您如何看待今年的行情？',
      'Q1：您如何看待今年的行情？',
      '记者：这一政策对房价会有什么影响？',
      '主持人：您怎么看？',
      '《财经》：你们的资金来自哪里？',
      '中国基金报记者：明年的配置思路是什么？',
      '每经记者：公司为什么选择这个时间点？',
      '答：是的。',
      'A1：我们认为行情仍在。',
      'Q3：三季度业绩还能增长吗？',
    ],
    noMatch: [
      'Q3：公司营收同比增长20%，净利润同比增长15%。',
      'Q1：营收12.5亿元，同比增长8%',
      'Q4:毛利率回升至30%',
      '四季度会如何？',
      '考验民族很重要的一个时点到了，能不能咬得住？',
      '楼市：还会继续上涨吗？',
      '政策面：降准还会来吗？',
      '对话“永恒阳光馒头店”老板',
      '记者：张三',
      '问题与挑战',
      '问责机制如何落地？',
      '新华社：中国经济持续恢复',
      '东方财富上半年业绩将起飞？',
      'Q&A',
      '年报：业绩还能增长吗？',
      '互联网：还有哪些机会？',
    ],
  },
};

/**
 * A line that opens with a speaker's label (吴先生：…, 张磊：…, 答：…): in an interview, the answer
 * after a question. Up to 8 characters before the colon, a name or a role, no digits (a time or a
 * ratio, 10:30, 1:1, is no label) and no sentence punctuation. A part of block.interview-question
 * (it never acts alone, so it is not in the table of rules that act; its examples are tested in
 * test/rules/pages16.test.ts).
 */
export const SPEAKER_LABEL: LinePattern = {
  id: 'block.speaker-label',
  reason: 'a line opening with a speaker’s label (吴先生：, 答：, A：): who speaks in an interview; the bold questions such lines answer, each by the same speaker, are the interview’s questions',
  fixture: 'seed-format/2021-11-23_60a4f4e8.md',
  pattern: /^(?<speaker>[\u4e00-\u4e27\u4e29-\u9fa5A-Za-z·]{1,8})\s*[：:](?!\s*$)/,
  examples: {
    match: ['吴先生：2006年我大学毕业，先后在浙江杭州和广东工作。', '答：是的，我们会继续投入。', '张磊：长期来看，消费仍是主线。', 'A：这个问题要分两方面看。'],
    noMatch: ['10:30，会议正式开始。', '1:1的配比', '据悉，公司将在明年上市。', '他表示：', '一、政策背景'],
  },
};

/**
 * A line that is no subhead however it is set (bold, centred, coloured): a credit without a colon
 * (文/张三, 图/视觉中国, 记者 张三, 数据来源 Wind 东方财富, 来源 券商中国), a date line (2021年8月30日
 * 星期一, 2021-08-30 10:30), or a note wholly in round brackets (（本文作者系某研究院院长）).
 */
const NOT_A_SUBHEAD = new RegExp(
  String.raw`^(?:(?:文|图|摄影?|编辑|责编|记者|作者|撰文|来源|数据来源|资料来源|图片来源|出品|策划|制图|校对)\s*(?:[/／|｜丨]|[ \u3000\u00a0]+(?=\S))|(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s*(?:星期|周)[一二三四五六日天])?(?:\s*\d{1,2}[:：]\d{2})?\s*$|[（(].*[）)]$)`,
);

/**
 * A subhead set on two lines: two short bold lines, both centred (Sina's CMS writes
 * cms-style="… align-Center"; pasted HTML text-align:center, align="center", <center>), one right
 * after the other, in two paragraphs or one split by <br>. The page breaks one subhead for its
 * look (营收和净利增幅 / 创历史同期最高水平; 八大行业业绩翻番 / 交通运输成黑马): it is one heading.
 * Read by the blocks stage (blocks.ts joinTwoLineSubheads), which says when two lines stay two.
 */
export const TWO_LINE_SUBHEAD: LinePattern = {
  id: 'block.two-line-subhead',
  reason: 'two short centred bold lines in a row are one subhead the page set on two lines: one heading; never when either is a label line (图1：…, 数据来源：Wind), a credit (文/张三, 来源 券商中国), a date line (2021年8月30日) or a figure’s title (图1 …), or the first is a picture’s caption (right under it): those lines stand alone',
  fixture: 'seed-format/2021-09-05_7765e7c9.md',
  // The lines that are no half of a subhead (`pattern` matches them).
  pattern: new RegExp(String.raw`^[^\s，。；！？、：:]{1,10}\s*[：:]|${NOT_A_SUBHEAD.source}|${FIGURE_CREDIT.pattern.source}`),
  examples: {
    match: ['图1：近五年公司营业收入', '表1：主要财务指标', '数据来源：Wind', '文/张三', '图/视觉中国', '记者 张三', '来源 券商中国', '2021年8月30日', '2021年8月30日 星期一', '2021-08-30', '图1 近五年营业收入', '（本文作者系某研究院院长）'],
    noMatch: ['营收和净利增幅', '创历史同期最高水平', '八大行业业绩翻番', '交通运输成黑马', '2021年物价总体稳定在合理区间，', '离不开政策支持', '文化产业迎来新机遇', '来源多元化的收入结构', '8月CPI同比上涨0.8%'],
  },
};

/**
 * A subhead set in colour: WeChat reprints (券商中国, 中国基金报, 21世纪…) mark their section heads
 * by colour alone (<span style="color: rgb(0, 112, 192)">…</span>), or colour and bold (a bold
 * line is a subhead already). The blocks stage takes a line as one when the whole line is in a
 * colour with a hue (not black, white or grey: a grey line is a note or a credit) and it stands
 * alone between paragraphs (a paragraph or a picture before it, a paragraph after it); a coloured
 * phrase inside a paragraph, two coloured lines in a row, a line ending as a sentence, a lead-in or
 * an exclamation ends (a quoted sentence too: “…。”, “…！”, “…？”), a label line (来源：…), a credit
 * or a date line or a bracketed note (NOT_A_SUBHEAD), a number, or a line shorter than four letters,
 * stay as they are. The pattern is the line's own shape.
 */
export const COLOURED_SUBHEAD: LinePattern = {
  id: 'block.coloured-subhead',
  reason: 'a short line set in a colour (alone, between paragraphs) is a subhead the page marks by colour, as WeChat reprints do: a heading; never a quoted sentence (“…。”), a bracketed note (（本文作者系…）), a credit (数据来源 Wind, 来源 券商中国) or a date line (2021年8月30日 星期一)',
  fixture: 'synthetic/synthetic-coloured-subhead.html',
  pattern: new RegExp(String.raw`^(?=(?:[^\p{L}]*\p{L}){4})(?!.*[：:])(?!.*(?:[。；;，,！!…][”"」』’）)]*|[？?][”"」』’]+)$)(?!${NOT_A_SUBHEAD.source.slice(1)}).{4,30}$`, 'u'),
  examples: {
    match: ['券商板块估值处于历史低位', '三大因素支撑后市', '明年的配置思路是什么？', '01 行业景气度回升', '一、政策背景', '（一）政策背景', '“双碳”目标下的新机遇', '文化产业迎来新机遇', '8月CPI同比上涨0.8%'],
    noMatch: ['+2.35%', '重磅', '来源：券商中国', '风险提示：本文不构成投资建议', '这是一句完整的话。', '机会来了！', '重要提示，', '上半年A股公司累计实现总营收三十点五五万亿元同比增长二成六个百分点', '“我们不会退出中国市场。”', '“这是最好的时代！”', '“还有人会买单吗？”', '（本文作者系某研究院院长）', '数据来源 Wind 东方财富', '来源 券商中国', '文/张三', '2021年8月30日 星期一'],
  },
};

/**
 * A writer's bare name as the article's first line (张三 alone above the lead), when a credit of
 * the article (（作者：张三）, 文/张三 …) names the same person as its author: the byline, printed
 * the short way. It stays in the text (a byline is the article's printed words) as a paragraph,
 * never a subheading. The pattern is a name's shape: two to four ideographs (spaces between them
 * allowed, 张 三), or a name with a middle dot (阿卜杜拉·艾尼); the line is one only when an author
 * read elsewhere is this very name (lines.ts bareNameFirst), so a short first line that is a word
 * (导读, 编者按) or another person's name stays as it was.
 */
export const BARE_NAME_FIRST: LinePattern = {
  id: 'byline.bare-name-first',
  reason: 'the writer’s bare name alone above the lead, the author a credit of the article names: the byline (kept as printed, a paragraph, not a subheading)',
  fixture: 'synthetic/synthetic-bare-name-first.html',
  pattern: /^(?:[\u4e00-\u4e27\u4e29-\u9fa5][\s\u3000]*){2,4}$|^[\u4e00-\u4e27\u4e29-\u9fa5]{1,6}·[\u4e00-\u4e27\u4e29-\u9fa5]{1,8}$/,
  examples: {
    match: ['张小明', '欧阳明', '张 三', '阿卜杜拉·艾尼'],
    noMatch: ['导读：', '张小明 北京报道', '记者 张小明', 'Zhang San', '一二三四五'],
  },
};
