/**
 * Bylines and credits as data: every shape Sina's outlets print to say who wrote, reported,
 * photographed or edited an article, with named groups `outlet`, `names`, `role` (and `place`).
 * A byline is the article's printed words: it stays in `text` (line: 'keep') and is also read
 * into `authors` / `source`. Only reporter and author roles give `authors`; desk editors,
 * photographers and production credits are credits, not authors. 本报/本刊/本台 name no outlet.
 */
import { COUNTRY_BEFORE_OUTLET, DATELINE_PLACES, NAMED_OUTLETS, OUTLET_CREDITS, OUTLET_SHORT_NAMES, SURNAME_START, splitNames } from './names';
import type { Recognizer, RuleMeta } from './types';
import { tableTester } from './screen';

/**
 * Outlets whose names do not end the way outlet names end (…社, …报, …网, …新闻…), as real posts
 * print them in bylines, lead mentions and closing credits: 券商中国 (证券时报's securities-industry
 * outlet: 券商中国记者获悉…), 总台央视 (the group's CCTV, as its reporters sign: （总台央视记者 张歆 关红妍）).
 * 总台 alone names the group of three broadcasters, not an outlet, and is not here. A new outlet of
 * this kind is a one-word change; an ending is never added for it (国, 视 end ordinary words).
 */
export { NAMED_OUTLETS };
const NAMED = NAMED_OUTLETS.join('|');

/**
 * An outlet name as bylines print it: one of NAMED_OUTLETS, or a name that ends the way Chinese outlet names end;
 * never opening with a word that makes it a clause (据/对/向…, a paper by reference: 该台, 这家报社, or a sequence:
 * 此前/另据/参考…, but 参考消息网 is a name).
 */
const OUTLET = String.raw`(?!据|来自|对|向|从|该|这|那|此前|之前|早前|此外|另据|其中|参考(?!消息))(?:${NAMED}|[\u4e00-\u4e27\u4e29-\u9fa5A-Za-z0-9]{1,12}?(?:社|报|网|台|经纬|新闻|财经|娱乐|音乐|体育|科技|汽车|房产|教育|时尚|公司|观察|视频|周刊|日报|时报))`;
/**
 * An outlet's reporter credit glued after the article's last sentence (…开工。 华商报记者 李程) is read only when
 * the outlet is a name standing alone after the sentence's end: never a phrase the outlet is part of, a thanks
 * (感谢/鸣谢…华商报记者 李程), an attribution or a preposition (据/来自/经/由/转自…), or a verb of speech or
 * company (接受/告诉/陪同…), whose word OUTLET's open ending would swallow into the name (感谢华商报); and never a
 * kind of outlet with no name (电视台, 电台, 报社, 杂志社, 日报: which station, which paper?). 经, 和 and 同 are refused
 * as words, not as the first character of 经济日报, 和讯网 or 同花顺.
 */
const GLUED_OUTLET = String.raw`(?!感谢|谢谢|鸣谢|致谢|特别感谢|据|来自|对|向|从|经(?!济)|由|被|让|给|跟|和(?!讯)|与|同(?!花顺)|请|联系|转自|转载|参考(?!消息)|引自|援引|综合|采访|接受|告诉|陪同|带着)(?!(?:电视|广播电视|广播电|广播|电|杂志|通讯|报|新闻|官|网|日|晚|早|都市)(?:台|社|报|网|新闻)(?:首席|实习|见习|特约)?记者)${OUTLET}`;
/** The reporter's own credit for both words and pictures after the names (李程 文/图, 文图, 图/文): the writer still. */
const OWN_PICTURES = String.raw`(?:文[/／]?图|图[/／]?文)(?![\u4e00-\u4e27\u4e29-\u9fa5])`;
/**
 * A reporter's name in a closing glued credit: 2-4 characters led by a surname (SURNAME_START) and
 * not closing on a particle (李程的, 李程了): the words after 记者 that go on a sentence (赶赴现场,
 * 正在跟进) are no one's name. A role word between names (王五 实习生 赵六) parts them.
 */
const GLUED_NAME = String.raw`(?!${OWN_PICTURES}|编辑)(?=${SURNAME_START})[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?<![的了着过在是说等])`;
const GLUED_ROLE = String.raw`(?:首席|实习|见习|特约)?记者|实习生|通讯员`;
/** An outlet's edition named between the outlet and the dateline (中新网客户端北京9月28日电). */
const EDITION = String.raw`(?:客户端|APP|App)?`;
/**
 * Verbs that follow 记者 in a sentence (新华社记者近日采访了…), and column names (记者手记, 记者观察): then the line is not a byline.
 * 曾, 于 and 向 are surnames as well as words (记者 | 曾仰琳, 新华社记者于佳欣, 记者 向家莹): a name only when a one- or
 * two-character given name ends the field there (or a letter-spaced one: 记者 曾 珂), and never before the words they make
 * (曾经/曾任, 于今/于近日, 向其/向记者) or an adverb or verb compound after them (本报记者曾暗访, 每经记者 曾一度,
 * 记者曾到访, 记者 曾多次 报道: the reporter once did something, a sentence, not a name field).
 */
const ADVERB_VERB_AFTER = String.raw`(?:一度|多次|数次|几次|屡次|再次|两次|三次|到访|暗访|走访|探访|采访|拜访|造访|到过|前往|赶赴|奔赴|参与|参加|报道|担任|获得|亲历|目睹|见证|调查|了解|发现|表示|指出|提到|提及|透露|介绍|致电|联系|询问|就|对|被|赴)`;
const NOT_A_NAME = String.raw`(?!手记|札记|笔记|观察|文章|近日|日前|今天|昨天|今日|昨日|获悉|了解|注意|发现|采访|调查|走访|探访|实地|查询|梳理|统计|联系|致电|看到|询问|从|在|对|表示|认为|称|说|也|还|又|将|已|通过|登录|随机|(?:曾(?=经|是|任|在|说|表示|称)|于(?=今|近|昨|现|此|是|当|日|该)|向(?=其|他|她|我|你|您|本|该|记))|(?:曾|于|向)(?=${ADVERB_VERB_AFTER})|(?:曾|于|向)(?![\u4e00-\u4e27\u4e29-\u9fa5·]{1,2}(?:[\s、，,）)]|$)|[ \u3000][\u4e00-\u4e27\u4e29-\u9fa5](?:[\s、，,）)]|$)))`;
/**
 * Closes an outlet group that is a clause of a sentence, not a name: a verb of reference or speech
 * (文中提到的新华社记者张三, 接受新华社记者采访, 告诉澎湃新闻记者), a past or present role
 * (曾任/作为/是…记者), a count of people (一名/两位/多名…记者) or a 的 phrase after a clause
 * (负责此事的新华社记者). A name with 的 after one character (我的钢铁网) stays a name.
 */
const NOT_AN_OUTLET_PHRASE = String.raw`(?<!(?:提到|提及|所述|所说|采访|接受|告诉|文中|图中|曾任|曾是|作为|身为|自称|是|一名|一位|两位|多位|几位|多名|多家|其中|这位|那位|[\u4e00-\u4e27\u4e29-\u9fa5]{2}的)[^\s]{0,12})`;
/** A reporter's role as bylines print it (资深记者 is a grade, like 高级记者: 澎湃新闻资深记者 王选辉); 研究员 signs the reports of an outlet's research arm (21世纪经济研究院 研究员 陈洁). */
/** A desk or picture credit's label after a byline's writers, with its mark (编辑丨李四, 图丨王五, 校对：赵六). */
const DESK_CREDIT = String.raw`(?:编辑|责编|校对|审核|审校|图|摄影)\s*[/／|｜丨:：]\s*`;
/**
 * A bullet that may mark a byline line, as print pages set it (● 本报记者 倪铭娅, ■记者 张三): a
 * mark, not part of the outlet or the role. Only before the outlet or role that opens the line.
 */
const LEAD_BULLET = String.raw`(?:[●•■◆▲◎]\s*)?`;
/**
 * A label printed over or before an article's credits that names no account, told by its shape, not
 * by one page's wording: an account's name is a proper name (DT财经, 财经十一人, 36氪), a label is a
 * date, a number or a common noun of the page's make-up. So: a date (3月30日, 2022年3月30日, 三月三十日,
 * 2022年, 周三); an issue's or a part's number (第128期, 总第35期, 第三回); 本 pointing at this
 * issue or this time (本期, 本周, 本期话题); a note's label, whose note is by its role (编者按, 作者按,
 * 编者的话); a lead's or a closing label ending in 语 (导语, 结语, 卷首语, 编后语); a column's or a
 * feature's label: a genre's noun, perhaps after a word of rank or place (故事, 封面故事, 特别策划,
 * 专题报道, 深度调查); where a picture or a figure comes from (图片来源, 数据来源, 资料提供). A name
 * that only holds such a noun stays a name (21世纪经济报道, 中国故事汇).
 */
const COLUMN_LABEL = String.raw`(?:(?:[0-9０-９零〇一二三四五六七八九十]{2,4}年)?[0-9０-９一二三四五六七八九十]{1,2}月(?:[0-9０-９一二三四五六七八九十]{1,3}[日号])?|[0-9０-９]{4}年|(?:周|星期)[一二三四五六日天]|总?第[0-9０-９零〇一二三四五六七八九十百千]+[期号回辑卷季集篇章节]|本[期周月年季篇次节章辑][\u4e00-\u9fa5]{0,4}|(?:编者|编|记者|作者|译者|笔者|编辑)按|编者的话|(?:导|结|按|引|寄|卷首|编后)语|(?:封面|特别|专题|重点|深度|独家|年度|重磅|新闻)?(?:故事|策划|报道|专题|企划|话题|调查|看点)|(?:图片|题图|头图|封面图?|配图|资料|数据|信息)?(?:来源|出处|提供))`;
/**
 * The risk warning's clause (市场有风险，投资需谨慎; 投资有风险, 入市需谨慎), which a page may print on the
 * line above the credits: a sentence, never an account's name.
 */
const RISK_WARNING = String.raw`(?:[\u4e00-\u4e27\u4e29-\u9fa5]{0,4}有风险|[\u4e00-\u4e27\u4e29-\u9fa5]{0,4}需谨慎)`;
/** A picture's credit printed before the writer's (图丨张三 文丨李四, 图片：视觉中国 文：李四): the photographer or agency, no writer. */
const PICTURE_BEFORE = String.raw`(?:图片|图|摄影|摄)\s*[|｜丨:：]\s*[\u4e00-\u4e27\u4e29-\u9fa5·A-Za-z0-9]{2,12}`;
/** The risk warning as printed before a credit: one clause, or two parted by a comma (市场有风险，投资需谨慎). */
const RISK_WARNING_LINE = String.raw`${RISK_WARNING}(?:[，,]\s*${RISK_WARNING})?`;
/**
 * An account's or outlet's name printed as the masthead over an article's credits (DT财经, then 作者 |
 * X; 财经十一人 文 | X): a name of two to twelve characters, letters, digits or Chinese, with no space
 * or punctuation in it; never digits alone, nor a credit's role or a label (图片, 编辑, 来源, 本报,
 * 导读…), a column's or a genre's label (独家, 深度, 观点, 专访…), which open credits, notes and
 * columns, nor any COLUMN_LABEL (a date, an issue's number, 编者按, 导语, 封面故事…): not mastheads.
 */
const MASTHEAD = String.raw`(?![0-9]+(?:\s|$))(?!${RISK_WARNING})(?!${COLUMN_LABEL}(?:\s|$))(?!(?:图片|图文|摄影|视频|编辑|责编|设计|策划|出品|监制|统筹|校对|作者|记者|原创|来源|本报|本刊|本台|本网|本文|全文|正文|导读|摘要|前言|引言|文章|独家|深度|观点|专栏|特稿|调查|评论|时评|头条|快讯|要闻|热点|聚焦|关注|推荐|精选|重磅|最新|专访|对话|访谈)(?:\s|$))[\u4e00-\u4e27\u4e29-\u9fa5A-Za-z0-9]{2,12}`;
/**
 * A post's or a column's genre label printed before a 文 credit (原创 文丨张三, 独家 文丨张三, 观点 文丨张三):
 * no account's masthead (MASTHEAD refuses these words), and the writer after 文丨 is still the writer.
 */
const GENRE_LABEL = String.raw`(?:原创|独家|深度|观点|专栏|特稿|评论|时评|专访)`;
/**
 * An outlet named by its short name (OUTLET_SHORT_NAMES: 每经, 中证) before the writer of a 文 credit
 * (文丨每经 张三, as 文丨新浪财经 张三 prints the outlet): the outlet, never a second writer.
 */
const OUTLET_SHORT = String.raw`(?:${Object.keys(OUTLET_SHORT_NAMES).join('|')})`;
const ROLE_REPORTER = String.raw`(?:首席|高级|资深|实习|见习|特约|驻[\u4e00-\u4e27\u4e29-\u9fa5]{1,4})?(?:记者|评论员|通讯员|撰稿人|研究员)`;

/** Roles whose names are the article's `authors` (a compiled or translated report's writer too); every other role is a credit only. */
export const AUTHOR_ROLES = /(?:记者|评论员|通讯员|报道员|研究员|作\s?者|撰文|撰稿|采写|^文$|文字|编译)/;

/**
 * A line that opens with a credit's role and a bar or colon (编辑 | 曹 杨, 校对：王五, 设计/李四, 来源：X):
 * a credit of a writers' block, whatever follows. A names run (byline.names-continued) is read only
 * before such a line (or a byline, or a metadata line).
 */
export const CREDIT_LINE = /^(?:编辑|责编|责任编辑|校对|设计|制图|摄影|摄像|视觉|美编|排版|出品|出品人|监制|策划|统筹|主编|来源|图片|图)\s*[|｜丨:：/／]/;

/**
 * A credit line that has a credit's shape: a role (CREDIT_LINE) and a name after its mark, a person's
 * opening with a surname (编辑：王五, 编辑 | 曹 杨, 设计/李四), one in Latin letters, or an outlet's or
 * a desk's (来源：经济日报, 出品：新浪财经), and no sentence's punctuation. A role and a sentence (编辑：我们会继续关注此事。)
 * names no one: it is the article's own closing line, so a closing chart's 来源 above it stays the
 * figure's credit (FIGURE_CREDIT).
 */
export const CREDIT_LINE_SHAPE: RuleMeta & { pattern: RegExp; examples: { match: readonly string[]; noMatch: readonly string[] } } = {
  id: 'byline.credit-line-shape',
  reason: 'a credit line below a closing chart counts as a credit only with a role and a name (编辑：王五, 来源：中国证券报), never a role and a sentence (编辑：我们会继续关注此事。)',
  fixture: 'synthetic/synthetic-lines.html',
  pattern: new RegExp(
    String.raw`^(?:编辑|责编|责任编辑|校对|设计|制图|摄影|摄像|视觉|美编|排版|出品|出品人|监制|策划|统筹|主编|来源|图片|图)\s*[|｜丨:：/／]\s*(?![^]*[，。！？!?；;,])(?:${SURNAME_START}|[A-Za-z]|[^\s]{0,12}(?:报|社|网|台|刊|新闻|财经|中国|工作室|团队|编辑部|客户端)(?=\s|$))`,
  ),
  examples: {
    match: ['编辑：王五', '编辑 | 曹 杨', '校对：王五 审核：李四', '设计/李四', '来源：经济日报', '出品：新浪财经', '编辑：Tom', '编辑：欧阳娜娜'],
    noMatch: ['编辑：我们会继续关注此事。', '编辑：这篇稿子还要再改一遍。', '来源：国家统计局，数据截至2021年底', '编辑部收到了大量读者来信。'],
  },
};

/** Outlets a byline names that are not an outlet for `source` (the paper speaking of itself). */
export const SELF_OUTLETS: readonly string[] = ['本报', '本刊', '本台', '本网', '本社'];

/** Outlets by the web address a byline prints (本报（chinatimes.net.cn）记者…): the address names the outlet when 本报 does not. */
export const OUTLET_SITES: Readonly<Record<string, string>> = {
  'chinatimes.net.cn': '华夏时报',
  'thepaper.cn': '澎湃新闻',
};

/** The dateline places as one alternation: a line listing places (北京 上海) is a dateline, not names. */
const PLACES = DATELINE_PLACES.join('|');
/**
 * A site's channel, printed after its name as the outlet's own (中国网财经, 环球网科技, 中国网地产): part
 * of the outlet's name in a dispatch (中国网财经5月18日讯), never the dispatch's place.
 */
const CHANNEL_WORD = '(?:财经|新闻|科技|汽车|地产|房产|教育|体育|娱乐|时尚|健康|视频)';

export const BYLINES: readonly Recognizer[] = [
  {
    id: 'byline.dispatch-reporter',
    reason: 'an outlet dispatch or 消息 credit with the reporters in brackets opening the first paragraph (新京报讯（记者 冯琪）, 新华社北京3月22日电（记者孙少龙）, a dated 讯: 财联社9月17日讯（记者 曾楚楚 李子健）, 央视网消息（记者 刘宇 报道员 陈璞）); a dated 消息 reads as a dated 讯 (央广网北京8月22日消息（记者 王晶）); a site’s channel printed after its name is part of the outlet’s name, never the dispatch’s place, with a place after it or not (中国网财经8月22日讯（记者 王金瑞）, 中国网财经北京8月22日讯（记者 王金瑞）: 中国网财经 from 北京; as byline.dispatch reads 中国网财经5月18日讯)',
    where: 'lead',
    line: 'keep',
    pattern: new RegExp(
      String.raw`^[【\[]?(?<outlet>${OUTLET}${CHANNEL_WORD}?)${EDITION}(?:(?!${CHANNEL_WORD})(?<place>[\u4e00-\u4e27\u4e29-\u9fa5]{2,4})?\d{1,2}月\d{1,2}日(?:[电讯]|消息)|快讯|讯|消息)[】\]]?\s*[（(【\[]\s*(?<role>(?:首席|高级|实习|见习|特约)?记者)?\s*[:：]?\s*(?<names>[^）)】\]]{2,40}?)\s*[）)】\]](?!的)`,
    ),
    examples: {
      match: [
        { text: '武汉晚报讯（记者李玉莹）12月6日上午8时刚过，89岁的中南财经政法大学退休教授赵德馨又开始忙着修订《楚国的货币》一书了。', groups: { outlet: '武汉晚报', role: '记者', names: '李玉莹' } },
        { text: '中新社曼谷9月11日电 （记者 王国安）泰国外交部11日发表关于香港局势的声明说，香港特别行政区事务纯属中国内政，泰方完全支持香港特区政府解决当前局势的努力。', groups: { outlet: '中新社', place: '曼谷', role: '记者', names: '王国安' } },
        { text: '中新经纬11月26日电 （董湘依）中国有近3亿农民工，临近年底，农民工工资问题再度受到关注。', groups: { outlet: '中新经纬', names: '董湘依' } },
        { text: '新京报快讯（首席记者 吴为）12月20日，十三届全国人大常委会第三十二次会议审议修订突发事件应对管理法草案。', groups: { outlet: '新京报', role: '首席记者', names: '吴为' } },
        { text: '新京报讯（记者 张和平）北京市住建委昨日通报，因违规发布网络房源信息，18家中介机构被查处。', groups: { outlet: '新京报', role: '记者', names: '张和平' } },
        { text: '中新网客户端北京9月28日电（记者 李金磊）记者从文化和旅游部获悉', groups: { outlet: '中新网', place: '北京', role: '记者', names: '李金磊' } },
        { text: '【深圳商报讯】（首席记者 王海荣）8月17日，深圳市科创委对2020年度企业研究开发资助计划第二批拟资助企业名单进行公示', groups: { outlet: '深圳商报', role: '首席记者', names: '王海荣' } },
        { text: '本报讯【记者 李林鸾】2022年1月11日，由中国经济传媒协会主办的评选揭晓获奖企业家名单。', groups: { outlet: '本报', role: '记者', names: '李林鸾' } },
        { text: '央视网消息（记者 刘宇 报道员 陈璞）12月1日，深圳市市场监督管理局召开专业化职业化食品安全检查员动员大会。', groups: { outlet: '央视网', role: '记者', names: '刘宇 报道员 陈璞' } },
        { text: '财联社9月17日讯（记者 曾楚楚 李子健）美国《通胀削减法案》（下称“IRA法案”）在资本市场风波未平，碳酸锂又重返50万元/吨的前高。', groups: { outlet: '财联社', role: '记者', names: '曾楚楚 李子健' } },
        { text: '财联社北京9月17日讯（记者 张晓翀）近日发改委等部委通知，同意启动建设国家算力枢纽节点。', groups: { outlet: '财联社', place: '北京', role: '记者', names: '张晓翀' } },
        // A site's channel after its name is the outlet's own name, not a place.
        { text: '中国网财经8月22日讯（记者 王金瑞）今日，央行授权全国银行间同业拆借中心公布，2022年8月22日贷款市场报价利率（LPR）为：1年期LPR为3.65%。', groups: { outlet: '中国网财经', role: '记者', names: '王金瑞' } },
        { text: '中国网北京8月22日讯（记者 王金瑞）今日，央行授权全国银行间同业拆借中心公布贷款市场报价利率。', groups: { outlet: '中国网', place: '北京', role: '记者', names: '王金瑞' } },
        { text: '中国网财经北京8月22日讯（记者 王金瑞）今日，央行授权全国银行间同业拆借中心公布贷款市场报价利率。', groups: { outlet: '中国网财经', place: '北京', role: '记者', names: '王金瑞' } },
        { text: '央广网北京8月22日消息（记者 王晶）据中国之声《新闻和报纸摘要》报道，今年以来，我国经济运行持续恢复向好。', groups: { outlet: '央广网', place: '北京', role: '记者', names: '王晶' } },
      ],
      noMatch: [
        '新浪娱乐：距离2016年王宝强发布离婚声明已经两年了，你当时没有第一时间出来接受采访，为什么选择现在这个时间来回应？',
        '据央视新闻消息，记者今天（10日）从许昌市人民政府新闻发布会上了解到，禹州市今天（10日）0—12时新增本土确诊病例34例。',
        '据财联社9月17日讯，记者从工信部官网获悉，工信部组织召开锂资源产业发展座谈会。',
        '财联社记者9月17日从工信部官网获悉（记者 曾楚楚），工信部组织召开锂资源产业发展座谈会。',
        '据央广网北京8月22日消息（记者 王晶），今年以来，我国经济运行持续恢复向好。',
      ],
    },
    fixture: 'seed-format/2021-12-07_8afb4c77.md',
  },
  {
    id: 'byline.dispatch-place-reporter',
    reason: 'an outlet dispatch whose brackets hold the place and the reporter before 讯/电 (财联社（北京，记者 张晓翀）讯，…)',
    where: 'lead',
    line: 'keep',
    pattern: new RegExp(
      String.raw`^(?<outlet>${OUTLET})[（(]\s*(?<place>[\u4e00-\u4e27\u4e29-\u9fa5]{2,4})\s*[，,、]\s*(?<role>(?:首席|高级|实习|见习|特约)?记者)\s*[:：]?\s*(?<names>[^）)]{2,40}?)\s*[）)](?:讯|电|消息)`,
    ),
    examples: {
      match: [
        {
          text: '财联社（北京，记者 张晓翀）讯，近日发改委等部委通知，同意在京津冀、长三角、粤港澳大湾区、成渝、内蒙古、贵州、甘肃、宁夏等8地启动建设国家算力枢纽节点，并规划了10个国家数据中心集群。',
          groups: { outlet: '财联社', place: '北京', role: '记者', names: '张晓翀' },
        },
      ],
      noMatch: [
        '华夏时报（www.chinatimes.net.cn）记者 王悦 徐芸茜 北京报道',
        '中国人民银行授权全国银行间同业拆借中心公布，2022年1月20日贷款市场报价利率（LPR）为：1年期LPR为3.7%，5年期以上LPR为4.6%。',
      ],
    },
    fixture: 'seed-format/2022-02-18_a10a4931.md',
  },
  {
    id: 'byline.dispatch-bullet-reporter',
    reason: "an outlet's 消息/讯 dispatch with its reporter credit after a bullet on the same line (长江商报消息 ●长江商报公益记者 李璟): the outlet, and the reporter (a beat before 记者 is part of the role)",
    where: 'lead',
    line: 'keep',
    pattern: new RegExp(
      String.raw`^(?<outlet>${OUTLET})${EDITION}(?:快讯|讯|消息)\s*[●•■◆]\s*(?:\k<outlet>)?(?<role>(?:[\u4e00-\u4e27\u4e29-\u9fa5]{2})?${ROLE_REPORTER})\s*${NOT_A_NAME}(?<names>[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:\s+[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4})*)\s*$`,
    ),
    examples: {
      match: [
        { text: '长江商报消息 ●长江商报公益记者 李璟', groups: { outlet: '长江商报', role: '公益记者', names: '李璟' } },
        { text: '长江商报消息 ●长江商报记者 黄聪', groups: { outlet: '长江商报', role: '记者', names: '黄聪' } },
        { text: '长江商报消息 ●记者 李璟 实习生 王晨', groups: { outlet: '长江商报', role: '记者', names: '李璟 实习生 王晨' } },
      ],
      noMatch: [
        '长江商报消息 ●记者从武汉市统计局获悉，前三季度全市地区生产总值同比增长。',
        '长江商报消息 近日，在第九届中国公益慈善项目交流展示会上，中国慈善联合会发布了报告。',
      ],
    },
    fixture: 'seed-format/2021-11-29_335abd78.md',
  },
  {
    id: 'byline.dispatch',
    reason:
      'an outlet dispatch or 消息 credit opening the first sentence, without reporters (中新社北京7月16日电, 证券时报网讯，, 财联社9月17日讯，, 央视网消息：); a dated 报道 dispatch names its outlet when the outlet relays a report (参考消息网6月29日报道 据…), not when the sentence itself says what another outlet reported (路透社6月29日报道称…, 彭博社1月9日报道 中国…)',
    where: 'lead',
    line: 'keep',
    pattern: new RegExp(
      String.raw`^(?<outlet>${OUTLET}${CHANNEL_WORD}?)${EDITION}(?:(?!${CHANNEL_WORD})(?<place>[\u4e00-\u4e27\u4e29-\u9fa5]{2,4})?\d{1,2}月\d{1,2}日(?:电|讯(?![问息号])|报道(?=\s+据))|快讯|讯|消息)(?:\s*题\s*[:：]|[:：，,]|\s+|(?=[0-9\u4e00-\u4e27\u4e29-\u9fa5“"]))(?![（(])`,
    ),
    examples: {
      match: [
        { text: '中新社北京7月16日电 题：上半年中国工业经济稳定恢复 企业利润大幅回升', groups: { outlet: '中新社', place: '北京' } },
        { text: '新华社南京12月7日电2021两岸企业家紫金山峰会7日以视频连线方式在南京市和台北市同步举行。', groups: { outlet: '新华社', place: '南京' } },
        { text: '证券时报网讯，据海南日报消息，记者2月20日从海南省商务厅获悉，今年以来，海南自贸港持续释放引资“磁力”。', groups: { outlet: '证券时报网' } },
        { text: '央视网消息：日前，交通运输部发布今年春运客流总体研判，预计春运期间，全国共发送旅客11.8亿人次，较2021年同比增长35.6%，但与正常年份相比，客流总量仍处于中低位。', groups: { outlet: '央视网' } },
        { text: '新京报快讯 据北京统计局消息，2022年1月份，北京居民消费价格总指数（CPI）环比上涨0.2%，同比上涨1.3%。', groups: { outlet: '新京报' } },
        { text: 'e公司讯，工信部对《关于修改〈中华人民共和国烟草专卖法实施条例〉公开征求意见。', groups: { outlet: 'e公司' } },
        { text: '新浪音乐讯 第七届东南劲爆音乐榜颁奖盛典二十四项大奖名花有主，灵歌小天后爱戴获最佳女歌手奖，并以红盖头造型现场领奖。', groups: { outlet: '新浪音乐' } },
        { text: '参考消息网6月29日报道 据英国广播公司网站6月29日报道，中国28日赠送了大量枪支给菲律宾。', groups: { outlet: '参考消息网' } },
        { text: '中新网6月12日报道 据香港星岛日报报道，美国波士顿顾问集团最新的研究报告显示，香港百万美元富户占全港家庭总数的比例，名列全球第二。', groups: { outlet: '中新网' } },
        { text: '财联社9月17日讯，工信部召开锂资源产业发展座谈会强调，生产企业不得串通定价。', groups: { outlet: '财联社' } },
        // A site's channel after its name is the outlet's own name, not a place.
        { text: '中国网财经5月18日讯 国家统计局今天发布的数据显示，4月份经济延续恢复态势。', groups: { outlet: '中国网财经' } },
        { text: '中国网北京5月18日讯 国家统计局今天发布的数据显示，4月份经济延续恢复态势。', groups: { outlet: '中国网', place: '北京' } },
        { text: '中国网财经北京5月18日讯 国家统计局今天发布的数据显示，4月份经济延续恢复态势。', groups: { outlet: '中国网财经', place: '北京' } },
      ],
      noMatch: [
        '据英国广播公司网站6月29日报道，中国28日赠送了大量枪支给菲律宾。',
        '路透社6月29日报道称，中国28日赠送了大量枪支给菲律宾。',
        '彭博社1月9日报道，原题：尽管遭受严厉监管，中国的风险投资仍在增长。',
        '路透社6月29日报道：中国28日赠送了大量枪支给菲律宾。',
        '彭博社1月9日报道 中国的风险投资仍在增长。',
        '据央视新闻消息，记者今天（10日）从许昌市人民政府新闻发布会上了解到，禹州市今天（10日）0—12时新增本土确诊病例34例。',
        '新浪娱乐：你怎么形容你和王宝强的关系呢？在他发声明以前，你们的关系处在一个什么阶段？',
        '中国有近3亿农民工，临近年底，农民工工资问题再度受到关注。',
      ],
    },
    fixture: 'seed-audit/2021-07-16_ed772568.md',
  },
  {
    id: 'byline.bracket-report',
    reason: 'an outlet credit in square brackets opening the first paragraph ([环球时报综合报道])',
    where: 'lead',
    line: 'keep',
    pattern: new RegExp(String.raw`^[\[【](?<outlet>${OUTLET})(?:综合)?报道[\]】]`),
    examples: {
      match: [{ text: '[环球时报综合报道]当地时间26日，马来西亚总理马哈蒂尔在纽约出席美国外交关系协会的活动。', groups: { outlet: '环球时报' } }],
      noMatch: ['【#100万吨国家钾肥储备投放保春耕#】记者21日了解到，近日国家发展改革委、财政部联合印发通知'],
    },
    fixture: 'pages/news_20180928_ifxeuwwr9107579.html',
  },
  {
    id: 'byline.bracket-wen-outlet',
    reason: "a writer's credit in square brackets opening the first paragraph, naming the outlet and the writer (【文/观察者网 王慧】3月15日，…), sometimes with the desk editor's credit after the writer (【文/观察者网 王慧 编辑/张三】): the outlet is the source and the writer an author; the desk editor is a credit, neither an author nor the 责任编辑",
    where: 'lead',
    line: 'keep',
    pattern: new RegExp(
      String.raw`^[【\[]\s*(?<role>文|撰文|作者)\s*[/／|｜丨:：]\s*(?<outlet>${OUTLET})\s*(?:(?:首席|特约|实习|见习)?记者)?\s+(?<names>[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:[\s、](?!(?:编辑|责编|校对|审核|审校|图|摄影)\s*[/／|｜丨:：])[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4})*)(?:\s+(?<credit>(?:编辑|责编|校对|审核|审校|图|摄影)\s*[/／|｜丨:：]\s*[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:[\s、][\u4e00-\u4e27\u4e29-\u9fa5·]{2,4})*))*\s*[】\]]`,
    ),
    examples: {
      match: [
        { text: '【文/观察者网 王慧】3月15日，1-2月份国民经济“成绩单”如约出炉，多项数据好于市场预期。', groups: { role: '文', outlet: '观察者网', names: '王慧' } },
        { text: '【文/观察者网 吕栋 刘程辉】', groups: { role: '文', outlet: '观察者网', names: '吕栋 刘程辉' } },
        { text: '【文/观察者网 王慧 编辑/张三】3月15日，1-2月份国民经济“成绩单”如约出炉。', groups: { role: '文', outlet: '观察者网', names: '王慧', credit: '编辑/张三' } },
        { text: '【文/观察者网 吕栋 刘程辉 编辑/张广凯】', groups: { role: '文', outlet: '观察者网', names: '吕栋 刘程辉', credit: '编辑/张广凯' } },
      ],
      noMatch: [
        '【文/图 新华社】近日，多地迎来降雪。',
        '【文化观察】一座城市的记忆如何留存？',
        '【文旅部：暂停跨省团队游】记者从文化和旅游部获悉，',
        '【文/观察者网 编辑/张三】',
        '[环球时报综合报道]当地时间26日，马来西亚总理马哈蒂尔在纽约出席美国外交关系协会的活动。',
      ],
    },
    fixture: 'seed-format/2022-03-17_cfd98f66.md',
  },
  {
    id: 'byline.author-note-outlet',
    reason: "an author's note closing the article that names the outlet the writer works for in book-title marks (作者为《财经》产业研究中心研究员, （作者系《中国经济周刊》记者）): the outlet is the source, as in a 文：《X》 credit; a former post (前/原) names no outlet, nor does a group that writes a book, a law or a report (《中国统计年鉴》编委会, 《证券法》修订起草组, 课题组), and the note names no author. The outlet's desk editor may be credited after it on the same line (作者为《财经》研究员和记者，编辑：李廷祯): a credit, neither an author nor the 责任编辑",
    where: 'tail',
    line: 'keep',
    closes: true,
    pattern: /^[（(]?\s*(?:作者|笔者)\s*(?:为|系|是)\s*《(?<outlet>[^》]{2,12})》(?<role>(?![^》]*?(?:前|原)[^》]{0,8}$)(?!前|原)(?:(?!的|组|委|会|课题|起草|修订|编写|编纂)[\u4e00-\u4e27\u4e29-\u9fa5]){0,12}?(?:记者|研究员|评论员|编辑|主笔|撰稿人|分析师|主编))(?:\s*[，,；;]?\s*(?<credits>(?:编辑|责编|校对|审校)\s*[:：|｜丨]\s*[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:[、\s][\u4e00-\u4e27\u4e29-\u9fa5·]{2,4})*))?\s*[）)]?\s*。?$/,
    examples: {
      match: [
        { text: '作者为《财经》产业研究中心研究员', groups: { outlet: '财经', role: '产业研究中心研究员' } },
        { text: '（作者系《中国经济周刊》记者）', groups: { outlet: '中国经济周刊', role: '记者' } },
        { text: '作者是《财经》杂志主笔。', groups: { outlet: '财经', role: '杂志主笔' } },
        // The desk editor credited after the note, on the same line.
        { text: '作者为《财经》研究员和记者，编辑：李廷祯', groups: { outlet: '财经', role: '研究员和记者', credits: '编辑：李廷祯' } },
        { text: '（作者系《中国经济周刊》记者 编辑：王五）', groups: { outlet: '中国经济周刊', role: '记者', credits: '编辑：王五' } },
      ],
      noMatch: [
        '作者系中国人民大学教授',
        '作者在《财经》发表的文章中指出，房地产市场仍在调整。',
        '作者为《经济学人》撰写的专栏文章引起关注',
        '作者系《财经》杂志前主编',
        '作者为《财经》原记者',
        '作者为《中国统计年鉴》的编辑',
        '《财经》记者张三',
        '据作者为《财经》撰写的评论员文章，楼市仍在调整。',
        '作者为《中国统计年鉴》编委会研究员',
        '作者系《证券法》修订起草组研究员',
        '作者为《中国金融改革报告》课题组研究员',
        '作者为《财经》记者，编辑部将继续跟进此事。',
        '作者为《财经》记者，编辑：我们会继续关注此事。',
      ],
    },
    fixture: 'seed-format/2022-04-24_a034d247.md',
  },
  {
    id: 'byline.outlet-url-reporter',
    reason: "an outlet naming itself with its web address as the reporter, opening the first sentence or as a byline line (澎湃新闻（www.thepaper.cn）记者从…获悉, 华夏时报（www.chinatimes.net.cn）记者 王悦 徐芸茜 北京报道)",
    where: 'lead',
    line: 'keep',
    pattern: new RegExp(
      String.raw`^(?<outlet>${OUTLET})[（(](?<url>(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+)[）)](?<role>记者)(?:\s*${NOT_A_NAME}(?<names>[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:\s+[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4})*?)\s*(?<place>[\u4e00-\u4e27\u4e29-\u9fa5]{2,4})?报道)?`,
    ),
    examples: {
      match: [
        { text: '澎湃新闻（www.thepaper.cn）记者从新四军研究会方面获悉，新四军老战士、原核工业部副部长刁筠寿于2021年9月30日', groups: { outlet: '澎湃新闻', url: 'www.thepaper.cn', role: '记者' } },
        { text: '华夏时报（www.chinatimes.net.cn）记者 王悦 徐芸茜 北京报道', groups: { outlet: '华夏时报', url: 'www.chinatimes.net.cn', role: '记者', names: '王悦 徐芸茜', place: '北京' } },
        { text: '本报（chinatimes.net.cn）记者张琪 徐芸茜 北京报道', groups: { outlet: '本报', url: 'chinatimes.net.cn', role: '记者', names: '张琪 徐芸茜', place: '北京' } },
      ],
      noMatch: ['9月27日，澎湃新闻获悉，原国家二机部部长、河南省委原第一书记、“两弹一艇”元勋刘杰同志于9月23日在深圳逝世，享年104岁。'],
    },
    fixture: 'seed-format/2021-09-30_6f5e78a2.md',
  },
  {
    id: 'byline.outlet-reporter',
    reason: "an outlet's reporter line, alone or opening the first paragraph, the role glued to the outlet or after a space (中国基金报记者 方丽, 21世纪经济报道 特约记者缴翼飞 北京报道, 本报记者 杜丽娟 北京报道, 21世纪经济研究院 研究员 陈洁); a desk editor or proofreader credited after the reporters (每经记者 王海慜 陈晨 每经编辑 何剑岭, 本报记者 张三 李四 编辑：王五) is named, not an author; a bullet may mark the line (● 本报记者 倪铭娅: LEAD_BULLET)",
    where: 'edge',
    line: 'keep',
    pattern: new RegExp(
      String.raw`^${LEAD_BULLET}(?:文\s*[/／|｜]\s*)?(?<outlet>(?!据|来源|来自|源自|出自|转自|摘自|选自)(?:(?!记者)[^\s，。：:（）()“”【】[\]/／|｜丨]){2,14}?)${NOT_AN_OUTLET_PHRASE}\s*(?:${EDITION}\s*[|｜]\s*)?(?<role>${ROLE_REPORTER})\s*(?:[|｜]\s*)?${NOT_A_NAME}(?<names>[\u4e00-\u4e27\u4e29-\u9fa5·A-Za-z][^，。：:；;（）()“”！？|｜丨]{0,40}?)?(?<desk>(?:\s+(?:编辑|责编|校对|审核|审校)\s*[:：]\s*[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4})+)?\s*(?:(?<place>[\u4e00-\u4e27\u4e29-\u9fa5]{2,4})?报道(?:\s+\S.*)?)?(?:[（(][^（）()]{2,40}[）)])?$`,
    ),
    examples: {
      match: [
        { text: '中国基金报记者 方丽  张燕北 曹雯璟', groups: { outlet: '中国基金报', role: '记者', names: '方丽  张燕北 曹雯璟' } },
        { text: '21世纪经济报道记者 边万莉 北京报道', groups: { outlet: '21世纪经济报道', role: '记者', names: '边万莉', place: '北京' } },
        { text: '本报记者 杜丽娟 北京报道', groups: { outlet: '本报', role: '记者', names: '杜丽娟', place: '北京' } },
        { text: '南方财经全媒体见习记者程浩 东莞报道 5月24日，东莞市倍增计划工作领导小组办公室开展2022年东莞市“倍增计划”企业动态遴选调整工作。', groups: { outlet: '南方财经全媒体', role: '见习记者', names: '程浩', place: '东莞' } },
        { text: '中新社记者 刘育英', groups: { outlet: '中新社', role: '记者', names: '刘育英' } },
        { text: '每经记者 王海慜 陈晨    每经编辑 何剑岭', groups: { outlet: '每经', role: '记者', names: '王海慜 陈晨    每经编辑 何剑岭' } },
        { text: '本报记者 张三 李四 编辑：王五', groups: { outlet: '本报', role: '记者', names: '张三 李四', desk: ' 编辑：王五' } },
        { text: '证券日报记者 包兴安 校对：王五', groups: { outlet: '证券日报', role: '记者', names: '包兴安', desk: ' 校对：王五' } },
        { text: '红星新闻特约评论员 何亚福', groups: { outlet: '红星新闻', role: '特约评论员', names: '何亚福' } },
        { text: '新京报首席记者 吴为', groups: { outlet: '新京报', role: '首席记者', names: '吴为' } },
        { text: '新华社记者', groups: { outlet: '新华社', role: '记者' } },
        { text: '本报记者 包兴安 见习记者 杨 洁', groups: { outlet: '本报', role: '记者', names: '包兴安 见习记者 杨 洁' } },
        { text: '澎湃新闻高级记者 朱奕奕', groups: { outlet: '澎湃新闻', role: '高级记者', names: '朱奕奕' } },
        { text: '澎湃新闻资深记者 王选辉 实习生 邓林', groups: { outlet: '澎湃新闻', role: '资深记者', names: '王选辉 实习生 邓林' } },
        { text: '北京日报客户端 | 记者 孙奇茹', groups: { outlet: '北京日报', role: '记者', names: '孙奇茹' } },
        { text: '文/北京青年报记者 赵新培', groups: { outlet: '北京青年报', role: '记者', names: '赵新培' } },
        { text: '新京报特约撰稿人 | 马亮（中国人民大学国家发展与战略研究院研究员、公共管理学院教授）', groups: { outlet: '新京报', role: '特约撰稿人', names: '马亮' } },
        { text: '澎湃新闻记者 吕新文 实习生 傅夕恒', groups: { outlet: '澎湃新闻', role: '记者', names: '吕新文 实习生 傅夕恒' } },
        { text: '21世纪经济报道 特约记者缴翼飞 北京报道', groups: { outlet: '21世纪经济报道', role: '特约记者', names: '缴翼飞', place: '北京' } },
        // A bullet marking the byline, as print pages set it (● 本报记者 倪铭娅, the 中国证券报's).
        { text: '● 本报记者 倪铭娅', groups: { outlet: '本报', role: '记者', names: '倪铭娅' } },
        { text: '■本报记者 张三 李四', groups: { outlet: '本报', role: '记者', names: '张三 李四' } },
        { text: '◎ 证券日报记者 包兴安', groups: { outlet: '证券日报', role: '记者', names: '包兴安' } },
        { text: '我的钢铁网记者 王五', groups: { outlet: '我的钢铁网', role: '记者', names: '王五' } },
        { text: '21世纪经济研究院 研究员 陈洁 实习生 莫海昕 张杏 广州 长沙报道', groups: { outlet: '21世纪经济研究院', role: '研究员', names: '陈洁 实习生 莫海昕 张杏 广州', place: '长沙' } },
      ],
      noMatch: [
        '一图看懂丨记者节特辑',
        '新华时评丨评论员文章',
        '本报记者曾暗访',
        '● 本报记者近日走访了多家银行网点。',
        '人民日报评论员文章',
        '本报评论员文章',
        '● 新华社记者从国家统计局获悉，全年粮食产量再创新高。',
        '●',
        '每经记者 曾一度',
        '本报记者曾到访',
        '新华社记者近日采访了多位安全撤离回国的中国公民。他们在接受采访时表示，局势发生突变后，党和政府及时组织在乌同胞安全避险，为遇到困难的同胞提供帮助。',
        '新京报记者注意到，内蒙古在10月17日之前就报告了两起确诊病例。',
        '南京海关发言人对21世纪经济报道记者表示，其突破口在于省市重点项目，全力支持地方政府的重点产业利用减免税政策进口先进的生产设备和技术。',
        '中国基金报记者：在基金行业之中，作为女性基金经理，你认为在基金管理方面上有哪些优势？',
        '澎湃新闻资深记者走访发现，多家门店已贴出停业告示。',
        '明年猪肉价格将是何走势？中国民生银行高级宏观研究员王静文认为，2022年猪肉价格大概率经历先低位企稳后小幅回升的走势。',
        '文中提到的新华社记者张三',
        '来源于新华社记者张三 北京报道',
        '转自新华社记者 张三',
        '文中提到的新华社记者 张三',
        '负责此事的新华社记者张三',
        '接受新华社记者张三',
        '告诉澎湃新闻记者 李四',
        '21世纪经济研究院统计发现，与2010-2020年的年均常住人口增量相比，这11个城市2021年的常住人口总体增量，大幅减少至96.39万人。',
        '同时，21世纪经济报道分别从煤炭运销商和上游生产商处了解到，随着近期煤炭价格的逐渐稳定，多数下游厂家已经意识到，供暖季叠加寒潮会促使煤炭运输出现紧张。',
      ],
    },
    fixture: 'seed-audit/2021-12-09_b46a48e3.md',
  },
  {
    id: 'byline.author-outlet-reporter',
    reason: 'an author credit naming the outlet before the reporter (glued, or after a comma or space), often with the desk editor, in brackets (（作者：南方财经全媒体记者 钟小韵 编辑：杜弘禹）, （作者：21世纪经济报道,特约记者缴翼飞 编辑：李博）): the editor there is the desk editor, neither an author nor the 责任编辑',
    where: 'edge',
    line: 'keep',
    pattern: /^[（(]?\s*(?:作者|撰文|文)\s*[:：]\s*(?<outlet>[\u4e00-\u4e27\u4e29-\u9fa5A-Za-z0-9]{2,14}?)[\s,，、]*(?<role>(?:首席|高级|实习|见习|特约)?记者)\s*(?<names>[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:[\s、][\u4e00-\u4e27\u4e29-\u9fa5·]{2,4})*?)\s*(?:(?:编辑|责编)\s*[:：]\s*[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}\s*)?[）)]?$/,
    examples: {
      match: [
        { text: '（作者：南方财经全媒体记者 钟小韵 编辑：杜弘禹）', groups: { outlet: '南方财经全媒体', role: '记者', names: '钟小韵' } },
        { text: '（作者：21世纪经济报道,特约记者缴翼飞 编辑：李博）', groups: { outlet: '21世纪经济报道', role: '特约记者', names: '缴翼飞' } },
      ],
      noMatch: ['（作者：周潇枭 ）', '作者：郭晋晖    ', '（作者：见习记者,李莎）', '（作者：谢珍，设计张佳俊 编辑：丁青云）'],
    },
    fixture: 'seed-format/2021-03-24_dea07093.md',
  },
  {
    id: 'byline.role-first',
    reason: 'a credit line that starts with the role (记者 高健, 记者：吴为 编辑：白爽, 记者 | 查沁君, （作者：周潇枭 ）; WeChat-account house style writes the bar as 丨 and may space the role: 作 者丨卜羽勤, and its credits after the names likewise, parted by a space or the bar: 作者丨张三 编辑丨李四 校对丨赵六, 作者丨张三丨编辑丨李四 name one author; each role with its own colon, 记者：张三 通讯员：李四, or glued to its name before the next role, more names or a closing 报道 and its dateline, 记者张三 通讯员李四 报道, 记者张三 北京报道, 记者张三 李四 报道); a desk printed before the writers (作者：数据宝 郭洁) is no author (DESK_BEFORE_NAMES in names.ts), nor is the desk that produced the piece, printed before the role (出品：新浪财经上市公司研究院 作者：张三)',
    where: 'edge',
    line: 'keep',
    pattern: new RegExp(
      String.raw`^${LEAD_BULLET}[（(]?\s*(?:出品\s*[:：|｜丨]\s*(?<desk>[^\s:：|｜丨，。；;、（()）]{2,20})[ \u3000\u00a0]+(?=作\s?者|记者|撰文|文字))?(?<role>(?:首席|高级|实习|见习|特约)?(?:记者|通讯员)|实习生|作\s?者|撰文|撰稿|采写|文字)\s*(?:[:：|｜丨]\s*|\s+|(?<=记者|通讯员|实习生)(?=[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:[ \u3000\u00a0]+[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4})*?[ \u3000\u00a0]+(?:(?:首席|高级|实习|见习|特约)?(?:记者|通讯员)|实习生|[\u4e00-\u4e27\u4e29-\u9fa5]{0,4}报道$)))${NOT_A_NAME}(?<names>[\u4e00-\u4e27\u4e29-\u9fa5·A-Za-z](?:[\u4e00-\u4e27\u4e29-\u9fa5·A-Za-z、，, ]|(?<=记者|通讯员|实习生)\s*[:：|｜丨]){0,40}?)\s*(?:[（(][^（）()]*@[^（）()]*[）)])?\s*(?:(?:[|｜丨]\s*)?(?:编辑|责编|校对|摄影|摄像)\s*[:：|｜丨]\s*[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}\s*)*[）)]?$`,
    ),
    examples: {
      match: [
        { text: '记者 高健', groups: { role: '记者', names: '高健' } },
        // The bar may part the credits as it parts each label from its name (WeChat house style, one line).
        { text: '作者丨张三丨编辑丨李四', groups: { role: '作者', names: '张三' } },
        // The desk that produced the piece before its writer (Sina's 上市公司研究院 prints 出品 then 作者): a credit, no author.
        { text: '出品：新浪财经上市公司研究院 作者：张三', groups: { desk: '新浪财经上市公司研究院', role: '作者', names: '张三' } },
        { text: '● 记者 高健', groups: { role: '记者', names: '高健' } },
        { text: '■记者：魏玉坤', groups: { role: '记者', names: '魏玉坤' } },
        { text: '记者：魏玉坤、陈爱平', groups: { role: '记者', names: '魏玉坤、陈爱平' } },
        { text: '记者 | 查沁君', groups: { role: '记者', names: '查沁君' } },
        { text: '作 者丨卜羽勤', groups: { role: '作 者', names: '卜羽勤' } },
        { text: '记者：吴为    编辑：白爽', groups: { role: '记者', names: '吴为' } },
        { text: '（作者：周潇枭 ）', groups: { role: '作者', names: '周潇枭' } },
        { text: '作者：郭晋晖    ', groups: { role: '作者', names: '郭晋晖' } },
        { text: '通讯员 徐枫', groups: { role: '通讯员', names: '徐枫' } },
        { text: '作者：余源（andyy1988@126.com）', groups: { role: '作者', names: '余源' } },
        // Each role with its own colon, or glued to its name before the next role or a closing 报道.
        { text: '记者：张三 通讯员：李四', groups: { role: '记者', names: '张三 通讯员：李四' } },
        { text: '记者张三 通讯员李四 报道', groups: { role: '记者', names: '张三 通讯员李四 报道' } },
        { text: '记者张三 报道', groups: { role: '记者', names: '张三 报道' } },
        // …or before more names, or a dateline glued to 报道.
        { text: '记者张三 北京报道', groups: { role: '记者', names: '张三 北京报道' } },
        { text: '记者张三 李四 报道', groups: { role: '记者', names: '张三 李四 报道' } },
        { text: '记者张三 李四 上海报道', groups: { role: '记者', names: '张三 李四 上海报道' } },
        // Credits after the names with the bar, 丨 or ｜ (WeChat house style): the editor and proofreader are no authors.
        { text: '作者丨张三 编辑丨李四', groups: { role: '作者', names: '张三' } },
        { text: '作者丨张三 编辑丨李四 校对丨赵六', groups: { role: '作者', names: '张三' } },
        { text: '作者｜张三 责编｜李四', groups: { role: '作者', names: '张三' } },
      ],
      noMatch: [
        '出品：新浪财经 作者表示，市场仍将震荡。',
        '记者 曾多次 报道',
        '● 记者从国家统计局获悉，全年粮食产量再创新高。',
        '■ 记者了解到，多地已出台措施。',
        '记者14日从国务院国资委了解到，中央企业突出抓好稳增长，推动实现高质量发展，1月份主要经济指标均实现两位数增长。',
        '记者了解到，各地区各部门正采取针对性措施确保重要民生商品保供稳价。',
        '记者从国务院联防联控机制春运工作专班了解到，20日，全国发送旅客2536万人次。',
        '通讯员从现场发回的照片显示，道路已经恢复通行。',
        '记者张三说，事故已造成3人受伤。',
        '记者：请问通讯员：现场情况如何？',
        '记者从通讯员处获悉 事故已造成3人受伤',
        '记者张三 报道称，事故已造成3人受伤。',
        '记者李明 通讯员王芳 报道的这起事故引起关注。',
        '记者张三 北京报道称，事故已造成3人受伤。',
      ],
    },
    fixture: 'seed-format/2022-03-22_6ec05afe.md',
  },
  {
    id: 'byline.wen-bar',
    reason: 'a 文 credit with a bar or colon before the writer, perhaps naming the outlet first (文 | 吴晓薇, 文 |马亮, 文|新浪财经 杨雪梅 原祎鸣), perhaps with credits after the writers (文丨张三 编辑丨李四: the editor is no writer); writers printed glued together (文丨吕立勤梁剑箫) cannot be split soundly, so the credit is read but gives no author. The account\'s masthead may open the line before the credit, parted by a space (财经十一人 文 | 刘建中 陈汐 柳书琪, as a magazine\'s WeChat account prints its credits): the account\'s name (MASTHEAD), which names the source only when nothing else does (a closing 作者为《财经》记者 names the outlet itself); a genre label before the credit (原创, 独家, 观点, 深度: GENRE_LABEL) names no account and the writer is read; so does a picture\'s credit before it (图丨张三 文丨李四: the photographer is no writer); so does the risk warning a page prints before the credit (市场有风险，投资需谨慎 文丨张三: a sentence, no account\'s name); the outlet after the bar may be named by its short name (文丨每经 张三, 文丨中证 张三: OUTLET_SHORT_NAMES) or end in 报道 (文丨21世纪经济报道 张三), and is then no writer; a place then 报道 (文丨北京报道 张三) is where the writer reports from, neither an outlet nor a writer',
    where: 'edge',
    line: 'keep',
    pattern: new RegExp(
      String.raw`^[（(]?\s*(?:(?:(?<masthead>${MASTHEAD})|${COLUMN_LABEL}|${GENRE_LABEL}|${RISK_WARNING_LINE}|${PICTURE_BEFORE})[ \u3000\u00a0]+)?(?<role>文)\s*[|｜丨:：]\s*(?:(?<outlet>${OUTLET}|${OUTLET_SHORT}|(?!(?:${PLACES})报道\s)[\u4e00-\u4e27\u4e29-\u9fa5A-Za-z0-9]{2,10}?报道)\s+)?(?:(?<dateline>(?:${PLACES})报道)\s+)?(?<names>[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:[\s、](?!${DESK_CREDIT})[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4})*|[\u4e00-\u4e27\u4e29-\u9fa5]{5,8})(?:\s+${DESK_CREDIT}\s*[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4})*\s*[）)]?$`,
    ),
    examples: {
      match: [
        { text: '文 | 吴晓薇', groups: { role: '文', names: '吴晓薇' } },
        { text: '文 |马亮', groups: { role: '文', names: '马亮' } },
        { text: '文|新浪财经 杨雪梅 原祎鸣 刘娜 刘丽丽', groups: { role: '文', outlet: '新浪财经', names: '杨雪梅 原祎鸣 刘娜 刘丽丽' } },
        { text: '文丨吕立勤梁剑箫', groups: { role: '文', names: '吕立勤梁剑箫' } },
        // Credits after the writers, with the bar as WeChat house style prints them: no writers.
        { text: '文丨新浪财经 张三 编辑丨李四', groups: { role: '文', outlet: '新浪财经', names: '张三' } },
        { text: '文丨张三 图丨李四 编辑丨王五', groups: { role: '文', names: '张三' } },
        // The account's masthead before the credit, parted by a space.
        { text: '财经十一人 文 | 刘建中 陈汐 柳书琪', groups: { masthead: '财经十一人', role: '文', names: '刘建中 陈汐 柳书琪' } },
        { text: 'DT财经 文 | 董道力', groups: { masthead: 'DT财经', role: '文', names: '董道力' } },
        // A column's, an issue's or a picture credit's label before the credit (COLUMN_LABEL): no masthead, the writer is read.
        { text: '封面故事 文 | 张三 李四', groups: { role: '文', names: '张三 李四' } },
        { text: '本期 文 | 张三', groups: { role: '文', names: '张三' } },
        { text: '图片来源 文 | 张三', groups: { role: '文', names: '张三' } },
        { text: '第128期 文 | 张三', groups: { role: '文', names: '张三' } },
        // A genre label before the credit: no masthead, the writer is read.
        { text: '原创 文丨张三', groups: { role: '文', names: '张三' } },
        { text: '独家 文丨张三', groups: { role: '文', names: '张三' } },
        // The picture's credit before the writer's: the photographer is no writer.
        { text: '图丨张三 文丨李四', groups: { role: '文', names: '李四' } },
        { text: '图片：视觉中国 文：李四', groups: { role: '文', names: '李四' } },
        // The risk warning before the credit: a sentence, no masthead; the writer is read.
        { text: '市场有风险，投资需谨慎 文丨张三', groups: { role: '文', names: '张三' } },
        { text: '股市有风险，入市需谨慎 文丨张三', groups: { role: '文', names: '张三' } },
        { text: '市场有风险 文丨张三', groups: { role: '文', names: '张三' } },
        // An outlet's short name, or a name ending in 报道, before the writer: the outlet.
        { text: '文丨每经 张三', groups: { role: '文', outlet: '每经', names: '张三' } },
        { text: '文丨21世纪经济报道 张三 编辑丨李四', groups: { role: '文', outlet: '21世纪经济报道', names: '张三' } },
        // A dateline (a place, then 报道: where the writer reports from) is no outlet and no writer.
        { text: '文丨北京报道 张三', groups: { role: '文', dateline: '北京报道', names: '张三' } },
        { text: '文丨21世纪经济报道 上海报道 张三', groups: { role: '文', outlet: '21世纪经济报道', dateline: '上海报道', names: '张三' } },
      ],
      noMatch: ['市场有风险，投资需谨慎。', '风险提示：市场有风险，投资需谨慎 文中观点仅供参考', '图片 文 | 张三', '2021 文 | 张三', '本报 文 | 张三', '文：《财经》记者 张三 李四', '文 观察者网 杨蓉', '人物1：李鑫|23岁 云南大理客栈老板', '文：这是一篇关于经济形势的长文章', '文丨新华社记者 张三摄影报道'],
    },
    fixture: 'seed-format/2021-12-10_d45fcb84.md',
  },
  {
    id: 'byline.author-then-source',
    reason: 'a self-media or reposted article\'s lead credit naming the writer and then the outlet or account (作者：张三 来源：XX财经): the writer is the author, the outlet the source, and the line stays as printed',
    where: 'edge',
    line: 'keep',
    pattern: /^(?<role>作\s?者|撰文|文)\s*[:：/／|｜丨]\s*(?<names>[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:[、，,\s][\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}){0,3})[\s\u3000]+(?:文章)?来源\s*[:：|｜丨]\s*(?<outlet>[^\s，。；;:：（()）、]{2,30})\s*$/,
    examples: {
      match: [
        { text: '作者：玉浊清　来源：洋子谈科技', groups: { role: '作者', names: '玉浊清', outlet: '洋子谈科技' } },
        { text: '作者：张三、李四 来源：21世纪经济报道', groups: { role: '作者', names: '张三、李四', outlet: '21世纪经济报道' } },
        { text: '撰文：王五 来源：中国基金报', groups: { role: '撰文', names: '王五', outlet: '中国基金报' } },
        { text: '文/王五 来源：中国基金报', groups: { role: '文', names: '王五', outlet: '中国基金报' } },
      ],
      noMatch: [
        '作者：玉浊清，来源于网络，图片与本文无关。',
        '作者张三表示，来源：公开数据。',
        '作者：张三 来源：新华社记者李四 北京报道',
      ],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'byline.slash-role-first',
    reason: 'a credit written role/name (文/李四, 编辑/刘波, 策划/编辑：储兴华)',
    where: 'edge',
    line: 'keep',
    pattern: /^[（(]?\s*(?<role>文|撰文|撰稿|作者|编辑|策划|主编|监制|摄影|图)\s*[/／]\s*(?![^（）()/／@]*来源\s*[:：])(?<names>(?:编辑\s*[:：]\s*)?[\u4e00-\u4e27\u4e29-\u9fa5·A-Za-z][^（）()/／@]{0,30}?)\s*(?:[（(][^）)]*@[^）)]*[）)])?\s*[）)]?$/,
    examples: {
      match: [
        { text: '文/李四', groups: { role: '文', names: '李四' } },
        { text: '编辑/刘波 ', groups: { role: '编辑', names: '刘波' } },
        { text: '策划/编辑：储兴华', groups: { role: '策划', names: '编辑：储兴华' } },
      ],
      noMatch: ['中国PPI的在去年四季度创出新高以后，现在首次回落到10%以下，是一个比较好的趋势。', '90美元/桶之上'],
    },
    fixture: 'seed-format/2022-01-13_c12154ca.md',
  },
  {
    id: 'byline.slash-role-last',
    reason: 'a credit written name/role, often closing a paragraph (（Ran/文）, ETtoday/文, （John Smith/文）, （夜紫紫/文 王远宏/摄影）)',
    where: 'anywhere',
    line: 'keep',
    closes: true,
    pattern: /(?:^|[（(。！？!?\s])(?:实习生|记者)?(?<names>[A-Za-z][A-Za-z .]{0,20}[A-Za-z]|[\u4e00-\u4e27\u4e29-\u9fa5·]{2,5})\s*[/／]\s*(?<role>文|摄影|摄|图)(?=$|[\s）)])/,
    examples: {
      match: [
        { text: '稍晚时候，节目组通过官博发布公开致歉声明，对李宇春及现场观众造成的困扰表达歉意之余，亦承诺将严格调查失控观众，加强安保工作。（Ran/文）', groups: { names: 'Ran', role: '文' } },
        { text: '是戏剧圈上，都有亮眼的表现，人气相当高。ETtoday/文', groups: { names: 'ETtoday', role: '文' } },
        { text: '（John Smith/文）', groups: { names: 'John Smith', role: '文' } },
        { text: '（夜紫紫/文 王远宏/摄影）', groups: { names: '夜紫紫', role: '文' } },
      ],
      noMatch: ['特别是受地缘政治等因素影响，国际油价持续冲高，布油涨幅达到20%，重回90美元/桶之上。', '全国商品房均价为9502元/平方米，涨幅为-10.8%。'],
    },
    fixture: 'fragments/sina-body_2019_cs327259852_13.html',
  },
  {
    id: 'byline.wen-outlet',
    reason: 'a credit naming the outlet in book-title marks (文：《财经》记者 张三): the outlet is the source',
    where: 'edge',
    line: 'keep',
    pattern: /^[（(]?\s*文\s*[:：]\s*《(?<outlet>[^》]{2,20})》\s*(?:(?<role>(?:首席|实习|特约)?记者|作者)\s*(?<names>[\u4e00-\u4e27\u4e29-\u9fa5·][\u4e00-\u4e27\u4e29-\u9fa5·、 ]{1,30}?))?\s*[）)]?$/,
    examples: {
      match: [
        { text: '文：《财经》记者 张三 李四', groups: { outlet: '财经', role: '记者', names: '张三 李四' } },
        { text: '文：《中国经济周刊》', groups: { outlet: '中国经济周刊' } },
      ],
      noMatch: ['德勤《中国教育发展报告2021》显示，“双减”等一系列政策的出台，直接影响了基础教育校外培训、民办幼儿园、早教、以及民办义务教育。'],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'byline.wen-outlet-name',
    reason: 'a 文 credit naming the outlet and the writer (► 文 观察者网 杨蓉); after the ► mark the credit may be printed without spaces (►文观察者网周远方) when an outlet with a full ending (…网, …社, …新闻, …日报) is followed by the writer\'s name alone',
    where: 'lead',
    line: 'keep',
    pattern: new RegExp(
      String.raw`^(?:[►▶■●]\s*|(?=文\s))(?<role>文)(?=\s|[\u4e00-\u4e27\u4e29-\u9fa5A-Za-z0-9]{1,10}?(?:网|社|新闻|日报|晚报|时报|周刊)[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}$)\s*(?<outlet>${OUTLET})\s*(?!记者|编辑|作者|通讯员)(?<names>[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:[\s、][\u4e00-\u4e27\u4e29-\u9fa5·]{2,4})*)\s*$`,
    ),
    examples: {
      match: [
        { text: '► 文 观察者网 杨蓉', groups: { role: '文', outlet: '观察者网', names: '杨蓉' } },
        { text: '►文观察者网周远方', groups: { role: '文', outlet: '观察者网', names: '周远方' } },
      ],
      noMatch: [
        '此外，当地镇政府工作人员告诉观察者网，寺庙的翻新计划都是需要经过县民族宗教局审批的，其流程没有问题。',
        '文化强国网络安全',
        '文汇报记者张三',
        '►文化和旅游部发布通知',
        '文旅融合新闻发布会',
      ],
    },
    fixture: 'seed-format/2022-08-12_799b85dd.md',
  },
  {
    id: 'byline.original',
    reason: 'a WeChat-style 原创 credit (原创：李小晓)',
    where: 'lead',
    line: 'keep',
    pattern: /^原创\s*[:：]\s*(?<names>[\u4e00-\u4e27\u4e29-\u9fa5·A-Za-z][\u4e00-\u4e27\u4e29-\u9fa5·A-Za-z、 ]{1,30}?)\s*$/,
    examples: {
      match: [{ text: '原创：李小晓', groups: { names: '李小晓' } }],
      noMatch: ['原创药研发周期长、投入大，国内企业仍以仿制为主。'],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'byline.compiled',
    reason: 'a translator credit (编译：王五, 编译｜王五)',
    where: 'edge',
    line: 'keep',
    pattern: /^[（(]?\s*(?<role>编译|翻译)\s*[:：|｜丨/／]\s*(?<names>[\u4e00-\u4e27\u4e29-\u9fa5·A-Za-z][\u4e00-\u4e27\u4e29-\u9fa5·A-Za-z、 ]{1,30}?)\s*[）)]?$/,
    examples: {
      match: [{ text: '编译：王五', groups: { role: '编译', names: '王五' } }],
      noMatch: ['编译器的性能在新版本中提升了一倍。'],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'byline.closing-bracket',
    reason: 'reporters in brackets closing a paragraph or alone (（总台记者 田萌 王一丹）, （记者成欣、魏一骏…）); a part of a longer page may close with them before an appendix, so anywhere (the outlet counts only in the last lines)',
    where: 'anywhere',
    line: 'keep',
    closes: true,
    pattern: /[（(]\s*(?<outlet>[\u4e00-\u4e27\u4e29-\u9fa5]{0,10}?)(?:驻[\u4e00-\u4e27\u4e29-\u9fa5]{1,4})?(?<role>(?:首席|实习|见习|特约)?记者)\s*(?<names>[\u4e00-\u4e27\u4e29-\u9fa5·][\u4e00-\u4e27\u4e29-\u9fa5·、，, ]{0,60}?)\s*[）)]$/,
    examples: {
      match: [
        { text: '如有疑问，请拨打郑州疫情防控健康热线（0371）12320咨询。（总台记者 田萌 王一丹）', groups: { outlet: '总台', role: '记者', names: '田萌 王一丹' } },
        { text: '（总台央视记者 王楠 田琪永 刘世军 ）', groups: { outlet: '总台央视', role: '记者', names: '王楠 田琪永 刘世军' } },
        { text: '（总台记者 张孙川 吴冰锋 王铣）', groups: { outlet: '总台', role: '记者', names: '张孙川 吴冰锋 王铣' } },
        { text: '国资委有关负责人表示，国资央企下一步将坚持稳字当头、稳中求进，全力以赴实现首季开局稳，为稳定宏观经济大盘、保持社会大局稳定作出更大贡献。（记者王希）', groups: { outlet: '', role: '记者', names: '王希' } },
        { text: '国民经济继续保持恢复态势，发展韧性不断增强。（记者魏玉坤、邹多为，海报设计杨轶群）', groups: { outlet: '', role: '记者', names: '魏玉坤、邹多为，海报设计杨轶群' } },
      ],
      noMatch: ['如有疑问，请拨打郑州疫情防控健康热线（0371）12320咨询。', '“双十一”套路多：预售比现买还贵 | 视点深度'],
    },
    fixture: 'seed-audit/2021-12-27_728bfc56.md',
  },
  {
    id: 'byline.closing-outlet-name',
    reason: 'an outlet and a name in brackets closing the article (（中国南海新闻网 栾雨石）)',
    where: 'tail',
    line: 'keep',
    closes: true,
    pattern: /[（(](?<outlet>[\u4e00-\u4e27\u4e29-\u9fa5]{2,10}(?:网|报|社|台|刊|新闻))\s+(?<names>[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:[\s、][\u4e00-\u4e27\u4e29-\u9fa5·]{2,4})*)\s*[）)]$/,
    examples: {
      match: [{ text: '并认为联合国大会应该是各个国家和人民合作的核心。（中国南海新闻网 栾雨石）', groups: { outlet: '中国南海新闻网', names: '栾雨石' } }],
      noMatch: ['（完）', '工信部将配合有关部门引导产业链上下游稳定原材料供应和产供销配套协作。(完)'],
    },
    fixture: 'pages/k_20180928_b63e5bc502000bg5u.html',
  },
  {
    id: 'byline.closing-glued-reporter',
    reason:
      "an outlet's reporter credit printed after the last sentence of the article's last paragraph, parted from it by a space and in no brackets (…出现下降趋势。 华商报记者 李程, as regional papers' pieces Sina reprints close): the outlet and its reporters; the credit must end the paragraph and follow a sentence's end, so a reporter named inside a sentence (…。 新华社记者注意到，…), a picture's credit (…。 新华社记者 李四 摄) a credit introduced by 据 or part of a phrase (感谢/转自/经…华商报记者, GLUED_OUTLET) is no such credit, nor is a kind of outlet with no name (电视台记者 李程); the reporter's credit for words and pictures after the names (李程 文/图) is hers still, and an editor credited after (编辑 王五) is the page's editor; read from the article's last text paragraph only (a paragraph higher up ending so is the article's words), and none where two or more of the last paragraphs close so (a roundup of several papers' items, each with its paper's reporter); the names read as people's (led by a surname, never 赶赴现场, 正在跟进 or 李程的)",
    where: 'last',
    line: 'keep',
    closes: true,
    pattern: new RegExp(
      String.raw`[。！？!?”…][ \u3000\u00a0]+(?<outlet>${GLUED_OUTLET})(?<role>(?:首席|实习|见习|特约)?记者)[ \u3000\u00a0]*(?<names>${GLUED_NAME}(?:[ \u3000\u00a0、]+(?:${GLUED_ROLE}|${GLUED_NAME})){0,5})(?<!摄)(?:[ \u3000\u00a0]+(?<pictures>${OWN_PICTURES}))?(?:[ \u3000\u00a0]+编辑[ \u3000\u00a0]*(?<editor>[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}))?$`,
    ),
    examples: {
      match: [
        {
          text: '房地产领域的资金流动性已开始减弱，这将导致房地产市场购买力和预期出现下降趋势。 华商报记者 李程',
          groups: { outlet: '华商报', role: '记者', names: '李程' },
        },
        // A second 华商报 piece closing alike (seed-audit/2021-06-18_5d795954.md, under 来源：华商报).
        { text: '财经评论人士杨德龙表示，新能源快速发展，这是大势所趋。 华商报记者 黄涛', groups: { outlet: '华商报', role: '记者', names: '黄涛' } },
        { text: '当天共有12家企业现场签约。 河北日报记者 张三 李四', groups: { outlet: '河北日报', role: '记者', names: '张三 李四' } },
        { text: '市场监管部门对此将严肃处理。 华商报首席记者 王五 实习生 赵六', groups: { outlet: '华商报', role: '首席记者', names: '王五 实习生 赵六' } },
        // The reporter wrote the piece and took its pictures: the credit is hers still.
        { text: '该项目已于近日开工。 华商报记者 李程 文/图', groups: { outlet: '华商报', role: '记者', names: '李程', pictures: '文/图' } },
        { text: '该项目已于近日开工。 华商报记者 李程 图文', groups: { outlet: '华商报', role: '记者', names: '李程', pictures: '图文' } },
        // An editor credited after the reporter (the editor, read by creditsEditor).
        { text: '该项目已于近日开工。 华商报记者 李程 文/图 编辑 王五', groups: { outlet: '华商报', role: '记者', names: '李程', pictures: '文/图', editor: '王五' } },
        { text: '该项目已于近日开工。 华商报记者 李程 编辑 王五', groups: { outlet: '华商报', role: '记者', names: '李程', editor: '王五' } },
        // 经济日报 opens with 经, a preposition elsewhere; 和讯网 with 和.
        { text: '当天共有12家企业现场签约。 经济日报记者 张三', groups: { outlet: '经济日报', role: '记者', names: '张三' } },
        { text: '当天共有12家企业现场签约。 和讯网记者 张三', groups: { outlet: '和讯网', role: '记者', names: '张三' } },
        // A compound surname, and a name with a middle dot.
        { text: '当天共有12家企业现场签约。 华商报记者 欧阳明', groups: { outlet: '华商报', role: '记者', names: '欧阳明' } },
        { text: '当天共有12家企业现场签约。 天山网记者 阿依·江', groups: { outlet: '天山网', role: '记者', names: '阿依·江' } },
      ],
      noMatch: [
        // The paragraph the credit closes, without it.
        '房地产领域的资金流动性已开始减弱，这将导致房地产市场购买力和预期出现下降趋势。',
        // A reporter named inside the next sentence.
        '这一数据引发关注。 新华社记者注意到，多地已出台稳楼市措施。',
        // A picture's credit, not the article's.
        '工人在检查输气管道。 新华社记者 张龙 摄',
        // Attribution: another outlet's reporter is quoted.
        '该项目已于近日开工。 据华商报记者 李程',
        // Thanks to another paper's reporter, or a piece reprinted from one: a phrase, not this article's credit.
        '该项目已于近日开工。 感谢华商报记者 李程',
        '该项目已于近日开工。 转自华商报记者 李程',
        '该项目已于近日开工。 经华商报记者 李程',
        // A kind of outlet, no outlet's name.
        '该项目已于近日开工。 电视台记者 李程',
        '该项目已于近日开工。 报社记者 李程',
        // A picture's credit with 摄 glued to the name, or after a slash.
        '工人在检查输气管道。 华商报记者 李程摄',
        '工人在检查输气管道。 华商报记者 李程/摄',
        // A credit in brackets is byline.closing-bracket's, and a credit alone on its line is byline.outlet-reporter's.
        '（华商报记者 李程）',
        '华商报记者 李程',
        // A reporter's name opening the last sentence.
        '这是在今年房贷增量大幅扩张下上升的。 华商报记者李程在调查中发现了这一现象',
        // Words after 记者 that go on a sentence, or a name the sentence goes on from: no one's name.
        '项目已开工。 华商报记者 赶赴现场',
        '项目已开工。 华商报记者 正在跟进',
        '项目已开工。 华商报记者 正在跟进 后续报道',
        '项目已开工。 华商报记者 李程 李程的',
      ],
    },
    fixture: 'seed-format/2021-07-21_f2fea53a.md',
  },
  {
    id: 'byline.slash-outlet-reporter',
    reason: 'a 撰稿/撰文 credit naming the outlet’s reporter, often after a column name and before photo credits (“政事儿”（微信ID：xjbzse）撰稿/新京报记者王姝 摄影 薛珺)',
    where: 'tail',
    line: 'keep',
    closes: true,
    pattern: new RegExp(
      String.raw`(?:^|[\s）)])(?<role>撰稿|撰文|文|作者)\s*[/／]\s*(?<outlet>${OUTLET})?(?:(?:首席|实习|见习|特约)?记者)\s*(?<names>[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:[、][\u4e00-\u4e27\u4e29-\u9fa5·]{2,4})*)(?=\s|$|[，,；;])`,
    ),
    examples: {
      match: [{ text: '“政事儿”（微信ID：xjbzse）撰稿/新京报记者王姝 摄影 薛珺', groups: { role: '撰稿', outlet: '新京报', names: '王姝' } }],
      noMatch: ['他撰文称，新京报记者王姝的报道引发关注。', '文/李四'],
    },
    fixture: 'pages/news_20180928_ifxeuwwr9218647.html',
  },
  {
    id: 'byline.closing-names-before-source',
    reason: 'writers in brackets closing the last paragraph of a reprinted part, right before its 来源 line (…最佳选择。（张立军 吴 浩） then 来源：中国国防报): bare names, read only there',
    where: 'anywhere',
    line: 'keep',
    closes: true,
    followedBy: 'line.source',
    pattern: /[。！？”…][（(](?<names>[\u4e00-\u4e27\u4e29-\u9fa5·]{1,4}(?:\s+[\u4e00-\u4e27\u4e29-\u9fa5·]{1,4})+)[）)]$/,
    examples: {
      match: [{ text: '对我们来说，让英国成为美国的合作伙伴是最佳选择，但前提是对方必须拥有足够实力。”（张立军 吴 浩）', groups: { names: '张立军 吴 浩' } }],
      noMatch: ['英国国防部表示（暂无回应）', '该报告由多位学者完成。（完）'],
    },
    fixture: 'pages/news_20180928_ifxeuwwr9169891.html',
  },
  {
    id: 'byline.names-continued',
    reason: 'a line of names alone inside a block of credits: right after a byline that names two or more people and right before another credit (作者 | 陶 陶 马舒叶 侯燕婷, then 冯晓亭 谢中秀 张 琳, then 编辑 | 曹 杨): the byline’s names run on; read only there, since a two-word line after a byline and before the article’s text may be a heading (新年 新气象); and every name must open with a surname (SURNAME_START), since a heading between a byline and a credit (政策 解读) has the same shape; a line opening with a credit’s role and a space (摄影 李四, 视频 李四 张三, 视觉设计 李四, 特约编辑 李四, 鸣谢 王五, 图片来源 视觉中国) is that credit, never more writers, and a line naming a dateline place (北京 上海) is a dateline',
    where: 'edge',
    line: 'keep',
    continues: ['byline.role-first', 'byline.outlet-reporter', 'byline.wen-bar', 'byline.names-continued'],
    // Each name is 2-4 characters, or two single characters spaced out to align (张   琳).
    // A line opening with a credit's role and a space (审核 李四, 摄影 李四 张三, 视频 李四, 制作 李四, 数据 李四,
    // 视觉设计 李四, 特约编辑 李四) is that credit, not names: the role would be read as a person and the
    // credited people as writers.
    pattern: new RegExp(String.raw`^(?!(?:编辑|责编|审核|审校|审读|审稿|初审|复审|终审|校对|设计|制图|摄影|摄像|拍摄|航拍|视觉|美编|美术|排版|出品|出品人|监制|策划|统筹|主编|实习生|记者|作者|撰文|文字|图文|图片|插图|插画|漫画|海报|视频|动画|剪辑|配音|配乐|字幕|制作|后期|导演|编导|主持人?|出镜|数据|文案|翻译|编译|鸣谢|致谢|特别感谢|指导|顾问|支持|合作|主办|协办|承办|[\u4e00-\u4e27\u4e29-\u9fa5]{1,3}(?:编辑|设计|制作|审核|摄影|摄像)|[\u4e00-\u4e27\u4e29-\u9fa5]{0,3}(?:来源|单位|感谢|鸣谢|出品|指导|顾问|支持|合作))[ \u3000\u00a0])(?![^]*(?:^|[ \u3000\u00a0])(?:${PLACES})(?:[ \u3000\u00a0]|$))(?<names>(?=${SURNAME_START})(?:[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}|[\u4e00-\u4e27\u4e29-\u9fa5][ \u3000\u00a0]+[\u4e00-\u4e27\u4e29-\u9fa5](?![\u4e00-\u4e27\u4e29-\u9fa5]))(?:[ \u3000\u00a0]+(?=${SURNAME_START})(?:[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}|[\u4e00-\u4e27\u4e29-\u9fa5][ \u3000\u00a0]+[\u4e00-\u4e27\u4e29-\u9fa5](?![\u4e00-\u4e27\u4e29-\u9fa5]))){1,11})\s*$`),
    examples: {
      match: [
        { text: '冯晓亭  谢中秀  张   琳', groups: { names: '冯晓亭  谢中秀  张   琳' } },
        { text: '王五 赵六', groups: { names: '王五 赵六' } },
      ],
      noMatch: ['政策 解读', '新年 新气象', '市场 观察', '行业 动态', '专家 解读', '投资 策略', '风险 提示', '相关 新闻', '热点 追踪', '数据 看点', '一周 回顾', '延伸 阅读', '王五', '一、政策背景', '一 政策背景', '王五、赵六', '王五 赵六。', '新华社记者 王五 赵六', '张 琳 马', '审核 李四', '摄影 李四 张三', '实习生 李四', '北京 上海', '张三 北京', '图片来源 视觉中国', '鸣谢 王五 赵六', '指导 王五 赵六', '顾问 王五 赵六', '特别感谢 王五', '联合出品 王五', '支持单位 王五', '视频 李四 张三', '制作 李四 张三', '插图 李四', '终审 李四', '数据 李四 张三', '主持人 李四', '视觉设计 李四', '特约编辑 李四 张三'],
    },
    fixture: 'seed-format/2022-05-15_193cb756.md',
  },
  {
    id: 'byline.lead-reporter-mention',
    reason:
      "the lead's sentence in which the outlet's own reporter found or learned something (极目新闻记者实地探访发现…, 第一财经记者根据…梳理发现, the outlet perhaps in book-title marks: 《21世纪经济报道》记者独家获悉): the outlet speaking of itself, the source when nothing else names one; never a reporter someone spoke to (对/接受/告诉…记者), a relayed or earlier report (据/此前…记者, 据报道，…记者), a count of reporters (一位/多名…记者) a time, date, sequence or linking word glued to the outlet (昨日/随后/近期/今年以来/11月20日/为此/而/不过/其中/网友爆料后…记者), a former reporter (前/原新京报记者, 同为…记者) or a paper named by reference (该报/这家报社/境外媒体…记者), whose words would otherwise be read into the outlet's name; 经 and 和 are refused as prepositions (经/和新京报记者…), not as the first character of 经济日报, 经济观察报 or 和讯网; and the outlet is trusted only when another line of the article prints it as it is, as a name of its own (mentionedOutlet: after 告诉/接受/对/据…, or after a break with no reporter following; the same clause narrated again, 随后，他带着新京报记者来到…, or a longer name ending with it, 北京青年报 for 青年报, is no second printing): words glued before it (他带着新京报, 村民陪同新京报) are an open class, so an outlet printed once gives a miss (the feed), never a clause as the source",
    where: 'lead',
    line: 'keep',
    mentions: true,
    pattern: new RegExp(
      String.raw`(?:^|[，。；：！？”」\s])(?<!据[^，。；！？]{0,12}?(?:报道|消息|披露)[，,]\s*)(?:${COUNTRY_BEFORE_OUTLET})?《?(?<outlet>(?!据|来自|对|向|从|接受|告诉|跟|给|被|让|和(?!讯)|与|在|经(?!济)|由|该|这|那|上述|我们|境外|外媒|[前原][一-龥A-Za-z0-9]{2,11}?(?:社|报|网|台|经纬|新闻|财经|周刊|日报|时报|晚报|报道)(?:首席|高级|资深|实习|见习|特约)?记者)(?:${NAMED}|[一-龥A-Za-z0-9]{1,12}?(?:社|报|网|台|经纬|新闻|财经|周刊|日报|时报|晚报|报道)))(?:(?<=《[^《》]{1,20})》)?(?<!(?:接受|告诉|回应|对|向|跟|给|据|被|让|称|表示|此前|之前|早前|以前|曾|正如|如同|一位|一名|两位|两名|多位|多名|数位|数名|几位|几名|有|自称|冒充|其他|多家|某|昨天|昨日|今天|当天|当日|当晚|次日|同日|近日|日前|随后|此后|之后|其后|上午|下午|晚间|凌晨|目前|另据|此外|同时|媒体|近期|最近|近来|今年|去年|前年|年初|年底|本周|上周|这周|本月|上月|连日|以来|此次|这次|为此|就此|后来|同为|而|但|不过|另外|通过|其中|就连|于是|截至|截止|因此|所以|然而|其实|同样|而且|并且|后|日来|年来|月来|\d{1,4}[年月日号])[一-龥A-Za-z0-9]{0,12})(?<role>(?:首席|高级|资深|实习|见习|特约)?记者)(?![一-龥]{0,3}(?:表示|称|说|问|提问|采访时))[^，。；！？“”]{0,40}?(?:获悉|了解到|注意到|关注到|发现|梳理|探访|走访|调查|查询|查阅|核实|求证|统计|测算|盘点)`,
    ),
    examples: {
      match: [
        { text: '近日，“大连日本风情街”的话题引爆网络，几度成为网络热点。极目新闻记者实地探访发现，该风情街内不仅有国产商品在售销，还有传统手艺人在展示中国传统糖画制作。', groups: { outlet: '极目新闻', role: '记者' } },
        { text: '根据国家统计局近期发布的《中国统计年鉴2021》显示， 2020年相比2019年，全国人口净增204万人。第一财经记者根据国家统计局数据对1949年以来历年人口净增量梳理发现，2020年净增人口数量创下了1962年以来的新低。', groups: { outlet: '第一财经', role: '记者' } },
        { text: '21世纪经济报道记者关注到，此次国常会确定的退税规模超出市场预期。', groups: { outlet: '21世纪经济报道', role: '记者' } },
        { text: '经济日报记者从国家统计局获悉，今年前11个月全国规模以上工业企业利润同比增长。', groups: { outlet: '经济日报', role: '记者' } },
        { text: '和讯网记者注意到，多家门店仍在违规销售相关产品。', groups: { outlet: '和讯网', role: '记者' } },
        { text: '前瞻网记者梳理发现，今年以来已有20余家房企出现债务违约。', groups: { outlet: '前瞻网', role: '记者' } },
        { text: '12月9日，澎湃新闻记者从重庆市江津区人民法院获悉，该院一审宣判一起污染环境案。', groups: { outlet: '澎湃新闻', role: '记者' } },
        { text: '美国彭博社记者调查发现，多家对冲基金已撤出相关市场。', groups: { outlet: '彭博社', role: '记者' } },
        { text: '日本共同社记者在现场看到，救援仍在进行。日本共同社记者走访发现，多处道路中断。', groups: { outlet: '共同社', role: '记者' } },
        { text: '3月22日，《21世纪经济报道》记者独家获悉，人民银行杭州中支、浙江银保监局、浙江省住建厅2月末已下发《关于进一步加强住房信贷审慎管理的通知》。', groups: { outlet: '21世纪经济报道', role: '记者' } },
        { text: '《每日经济新闻》记者注意到，8月MLF到期规模为6000亿元，央行投放规模为4000亿元。', groups: { outlet: '每日经济新闻', role: '记者' } },
      ],
      noMatch: [
        '南京海关发言人对21世纪经济报道记者表示，其突破口在于省市重点项目。',
        '李宇嘉接受第一财经记者采访时表示，楼市政策仍有调整空间。',
        '他告诉澎湃新闻记者，目前调查仍在进行中，尚未发现异常。',
        '据红星新闻记者了解，涉事企业已被责令停业整改。',
        '大连官方回应极目新闻称，网络传言不实，从未规定只允许日本商家入驻销售日本产品。',
        '一名CNN记者发现，现场已经拉起了警戒线。',
        '有网友发现，该企业的官网已无法打开。',
        '中国基金报记者：在基金行业之中，作为女性基金经理，你认为有哪些优势？',
        '新华社记者问：这次调查发现了哪些问题？',
        '此前一位新华社记者调查发现，该企业长期违规排放。',
        '近日，多名央视新闻记者走访发现，该企业长期违规排放。',
        '正如此前新华社记者调查发现的那样，该企业长期违规排放。',
        '有自称人民日报记者的男子暗访发现，该企业长期违规排放。',
        '昨日新京报记者调查发现，该企业长期违规排放。',
        '当天下午澎湃新闻记者走访发现，该企业长期违规排放。',
        '随后澎湃新闻记者查询发现，该企业已注销。',
        '该报记者调查发现，该企业长期违规排放。',
        '这家报社记者调查发现，该企业已注销。',
        '境外媒体路透社记者调查发现，该企业已注销。',
        '经新京报记者调查发现，多家门店仍在违规销售相关产品。',
        '据报道，新京报记者调查发现，多家门店仍在违规销售相关产品。',
        '另据媒体报道，澎湃新闻记者走访发现，多家门店仍在违规销售相关产品。',
        '和新京报记者一起走访发现，多家门店仍在违规销售相关产品。',
        '而澎湃新闻记者走访发现，多家门店仍在违规销售相关产品。',
        '网友爆料后新京报记者调查发现，多家门店仍在违规销售相关产品。',
        '11月20日新京报记者调查发现，多家门店仍在违规销售相关产品。',
        '近期澎湃新闻记者走访发现，多家门店仍在违规销售相关产品。',
        '今年以来第一财经记者梳理发现，已有20余家房企出现债务违约。',
        '为此新京报记者调查发现，多家门店仍在违规销售相关产品。',
        '前新京报记者张三调查发现，多家门店仍在违规销售相关产品。',
        '同为新京报记者的王五调查发现，多家门店仍在违规销售相关产品。',
        '南京海关发言人对《21世纪经济报道》记者表示，其突破口在于省市重点项目。',
        '李宇嘉接受《第一财经日报》记者采访时表示，楼市政策仍有调整空间。',
        '据《中国经营报》记者了解，涉事企业已被责令停业整改。',
        '昨日《新京报》记者调查发现，该企业长期违规排放。',
        '该报《新京报》记者调查发现，该企业长期违规排放。',
      ],
    },
    fixture: 'seed-format/2021-08-30_eee49b47.md',
  },
  {
    id: 'byline.desk-editor',
    reason: "an outlet's desk-editor credit (每经编辑 杜宇): a credit, neither an author nor the 责任编辑",
    where: 'lead',
    line: 'keep',
    pattern: /^(?<outlet>[\u4e00-\u4e27\u4e29-\u9fa5]{2,8}?)(?<role>编辑)\s+(?<names>[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4})\s*$/,
    examples: {
      match: [{ text: '每经编辑 杜宇', groups: { outlet: '每经', role: '编辑', names: '杜宇' } }],
      noMatch: ['责任编辑：王翔 ', '本文编辑：戴苑君'],
    },
    fixture: 'seed-audit/2022-01-13_4533144c.md',
  },
  {
    id: 'byline.photo',
    reason: 'a photographer credit closing a picture caption (新华社记者 张龙 摄): a credit, not an author',
    where: 'anywhere',
    line: 'keep',
    pattern: /(?<outlet>[\u4e00-\u4e27\u4e29-\u9fa5]{2,10}?)(?<role>(?:首席|特约)?记者|通讯员)\s*(?<names>[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:\s+[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4})*)\s*[/／]?\s*摄$/,
    examples: {
      match: [{ text: '1月26日，在中国石油天然气集团公司青海油田公司采气一厂，工人在检查输气管道。新华社记者 张龙 摄', groups: { outlet: '新华社', role: '记者', names: '张龙' } }],
      noMatch: ['资料图 中新经纬摄', '封面图片来源：每经记者 张建 摄（资料图）'],
    },
    fixture: 'seed-audit/2022-02-14_0ec8bcb8.md',
  },
  {
    id: 'byline.production-credits',
    reason: 'production and desk-editor credits (策划、监制、本文编辑、编辑 | X…): credits that stay as printed, no author, never the 责任编辑',
    where: 'tail',
    line: 'keep',
    pattern: /^(?<role>策划|监制|统筹|出品人?|制片人|主编|本文编辑|本期编辑|流程编辑|值班编辑|校对|海报设计|编辑)\s*(?:[/／]\s*(?:编辑|设计|制作)\s*)?(?:[:：/／|｜丨]|\s+)\s*(?<names>[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:\s+(?:实习生\s*)?[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4})*)\s*$/,
    examples: {
      match: [
        { text: '监制：柯成韵', groups: { role: '监制', names: '柯成韵' } },
        { text: '本文编辑：戴苑君', groups: { role: '本文编辑', names: '戴苑君' } },
        { text: '流程编辑 吴越', groups: { role: '流程编辑', names: '吴越' } },
        { text: '编辑 | 翟瑞民', groups: { role: '编辑', names: '翟瑞民' } },
        { text: '编辑 刘梦婕 校对 王心', groups: { role: '编辑', names: '刘梦婕 校对 王心' } },
      ],
      noMatch: ['策划案已经报送市政府。'],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'byline.masthead-outlet',
    reason: 'an outlet’s name alone on one of the first lines (金融时报 under the 原标题 of a reprint, as the outlet’s masthead credit prints it): names the outlet, and stays as printed; a name that ends as outlet names end (…日报, …时报, …报, …社, …网, …新闻, …电视台) or one of NAMED_OUTLETS, never a report or a network named alone (半年报, 年报, 快报, 互联网, 国家电网) or a section’s label (国际新闻, 财经早报, 要闻), or a column’s or a report’s name: a topic (财经, 投资, 策略, 基金, 宏观…) and the time it comes out (晨报, 早报, 日报: 财经晨报, 投资早报, 策略日报). An outlet’s name is a place’s, a people’s or the paper’s own (人民日报, 上海证券报, 北京晚报) or a field a known paper is named for (经济日报, 证券日报, 金融时报): those words are no column topic here, so they count',
    where: 'lead',
    line: 'keep',
    pattern: new RegExp(
      String.raw`^(?!据|来自|对|向|从|该|这|那|此|本(?:报|刊|台|网|社)$)(?!(?:国际|国内|财经|今日|每日|热点|重要|头条|图片|视频|相关|最新|更多|推荐|精选|社会|时政|娱乐|体育|科技|要闻|新闻|独家|深度|早间|晚间|午间|一周|本周|全球|地方|公司|行业|市场|投资|策略|理财|基金|股市|期市|债市|汇市|楼市|宏观|产业|港股|美股|A股|盘前|盘后|早盘|午盘|操盘|交易|研究|晨会|金股|商品|数据)(?:新闻|早报|晨报|晚报|快报|周刊|日报|时报|简报|速报)$)(?![^]*(?:互联网|物联网|局域网|电网|管网|关系网|因特网|光网|天网|渔网|蛛网|宽带网|年报|季报|月报|周报|快报|简报|海报|画报|喜报|预报|情报|公报|电报|学报|通报|汇报|申报|举报|捷报|战报|警报|小报|大字报|黑板报|墙报|内参报|中报|财报|研报|公告社|旅行社|出版社|合作社|公社|报社)$)(?<outlet>${NAMED}|[\u4e00-\u4e27\u4e29-\u9fa5A-Za-z]{2,10}(?:日报|晚报|时报|商报|早报|周刊|报|社|网|电视台|新闻))$`,
    ),
    examples: {
      match: [
        { text: '金融时报', groups: { outlet: '金融时报' } },
        { text: '经济日报', groups: { outlet: '经济日报' } },
        { text: '新华社', groups: { outlet: '新华社' } },
        { text: '中国证券报', groups: { outlet: '中国证券报' } },
        { text: '人民网', groups: { outlet: '人民网' } },
        { text: '券商中国', groups: { outlet: '券商中国' } },
        { text: '每日经济新闻', groups: { outlet: '每日经济新闻' } },
        { text: '证券日报', groups: { outlet: '证券日报' } },
        { text: '人民日报', groups: { outlet: '人民日报' } },
        { text: '上海证券报', groups: { outlet: '上海证券报' } },
        { text: '北京晚报', groups: { outlet: '北京晚报' } },
        { text: '潇湘晨报', groups: { outlet: '潇湘晨报' } },
      ],
      noMatch: ['财经晨报', '投资早报', '策略日报', '基金日报', '宏观晨报', 'A股早报', '盘前晨报', '半年报', '2021年年报', '互联网', '工业互联网', '国家电网', '国际新闻', '财经早报', '要闻', '快报', '新闻', '金融时报报道，央行将继续实施稳健的货币政策。', '据金融时报', '来源：金融时报', '人民日报评论员', '中国证券报记者', '出版社', '旅行社', '农民专业合作社', '一季度财报', '券商研报', '新华社电'],
    },
    fixture: 'seed-format/2021-12-27_c4ec8e6a.md',
  },
  {
    id: 'byline.masthead-account',
    reason: 'an account’s or outlet’s name alone on the first line, right above the writer’s credit (DT财经, then 作   者 | 董道力, 编   辑 | …, as a WeChat account prints its masthead over its credits block): the account’s name (MASTHEAD), which names the source only when nothing else does (a 来源 line, a lead byline’s outlet or a closing credit naming the outlet wins); the line stays as printed. Only above a writer’s credit (作者 or 文 and the names: aboveCredit), since a short line alone elsewhere is a heading (装修与园林, 写在最后); never a credit’s role or a label (图片, 编辑, 导读), nor digits alone',
    where: 'lead',
    line: 'keep',
    aboveCredit: true,
    pattern: new RegExp(String.raw`^(?<masthead>${MASTHEAD})$`),
    examples: {
      match: [
        { text: 'DT财经', groups: { masthead: 'DT财经' } },
        { text: '财经十一人', groups: { masthead: '财经十一人' } },
        { text: '36氪', groups: { masthead: '36氪' } },
        { text: '远川研究所', groups: { masthead: '远川研究所' } },
        { text: '21世纪经济报道', groups: { masthead: '21世纪经济报道' } },
        { text: '华尔街见闻', groups: { masthead: '华尔街见闻' } },
        // A name that holds a label's noun is still a name (COLUMN_LABEL is the whole line's shape).
        { text: '中国故事汇', groups: { masthead: '中国故事汇' } },
      ],
      noMatch: [
        '导读', '编辑', '2022', '独家', '深度', '专访', '观点', '写在最后：', '年轻人为什么立遗嘱？', 'DT财经 作者 | 董道力', '80、90、00后的遗嘱中，',
        // Dates, issue numbers, notes', leads' and columns' labels, a picture's source (COLUMN_LABEL).
        '3月30日', '2022年3月30日', '三月三十日', '2022年', '周三', '第128期', '总第35期', '本期', '本周', '本期话题',
        '编者按', '作者按', '编者的话', '导语', '结语', '卷首语', '封面故事', '特别策划', '专题报道', '深度调查', '图片来源', '数据来源',
      ],
    },
    fixture: 'seed-format/2022-03-30_907d49eb.md',
  },
  {
    id: 'byline.lead-desk-credit',
    reason: "a desk editor's or proofreader's credit in the credits opening the article, on its own line after the writer's (文 | 柳书琪, then 编辑 | 谢丽容), often bold as the byline is, its role perhaps letter-spaced in WeChat house style (编   辑丨包芳鸣): a credit that stays as printed, not a subheading, no author, never the 责任编辑; only with a bar or a colon and names of two or three characters that open with a surname (SURNAME_START), since a role and a word or a phrase (编辑：我们, 审核：通过, 审核：严格把关, 编辑：马上就办) is a sentence; a role and a two- or three-character word that opens like a name (审核：严格) is read as the credit, and stays as printed",
    where: 'lead',
    line: 'keep',
    pattern: new RegExp(
      String.raw`^(?<role>${['编辑', '校对', '审校', '审核', '美编'].map((r) => [...r].join('[ \u3000\u00a0]{0,3}')).join('|')})\s*[|｜丨:：]\s*(?<names>${SURNAME_START}\s?[\u4e00-\u4e27\u4e29-\u9fa5]{1,2}(?:\s*[、\s]\s*${SURNAME_START}\s?[\u4e00-\u4e27\u4e29-\u9fa5]{1,2})*)\s*$`,
    ),
    examples: {
      match: [
        { text: '编辑 | 谢丽容', groups: { role: '编辑', names: '谢丽容' } },
        { text: '编辑｜曹 杨', groups: { role: '编辑', names: '曹 杨' } },
        { text: '编辑：王五、李四', groups: { role: '编辑', names: '王五、李四' } },
        { text: '校对丨刘思远', groups: { role: '校对', names: '刘思远' } },
        { text: '编   辑丨包芳鸣', groups: { role: '编   辑', names: '包芳鸣' } },
      ],
      noMatch: [
        '编辑：我们会继续关注此事的进展。',
        '编辑部表示将核实相关信息',
        '审核：通过',
        '编辑 谢丽容',
        '编辑|财经十一人',
        '责编：桂衍民',
        '责任编辑：张亚楠',
        '编辑：这份通知什么时候下发？',
        '审核：严格把关',
        '编辑：马上就办',
        '编辑：万人空巷',
      ],
    },
    fixture: 'seed-format/2022-02-17_6a00bd8d.md',
  },
];

/**
 * The outlet a lead mention (byline.lead-reporter-mention) names, decided by what the article prints
 * elsewhere, not by refusing the words before it: an outlet that speaks of its own reporter in the
 * lead prints its name again (in every real post where the mention decides the source, the outlet is
 * printed in 3-9 other lines: 告诉极目新闻记者, 接受21世纪经济报道记者采访, 对第一财经分析). The
 * candidate runs from the clause's start to the outlet's ending, so words glued before the outlet
 * (他带着新京报, 村民陪同新京报, 工作人员带领澎湃新闻) make a string no other line prints. The
 * candidate is the outlet only when another line prints it as it is, as a name of its own
 * (printsOutlet: the same clause narrated again is no second printing); else nothing, and the source
 * falls back to the feed. The trade is a miss (新浪财经) where the outlet is printed only once, or
 * where words are glued before it, never a clause read as an outlet. An ending of the candidate is
 * not tried: 青年报 ends both 北京青年报 and 中国青年报, and no character tells a glued verb
 * (带着新京报) from the start of a longer name (中国青年报). `others` are the article's other lines.
 */
export function mentionedOutlet(candidate: string, others: readonly string[]): string | null {
  const c = candidate.trim();
  if (!c) return null;
  for (const t of others) {
    for (let p = t.indexOf(c); p >= 0; p = t.indexOf(c, p + 1)) if (printsOutlet(t.slice(0, p), t.slice(p + c.length))) return c;
  }
  return null;
}

/**
 * Whether a print of a mention's candidate, between `before` and `after` in another line, shows it
 * as a name of its own: after a word that puts an outlet after it (告诉/接受/对/据…新京报, a country:
 * 美国彭博社), or after a break (。新京报此前报道, 来源：新京报, 图/新京报记者) when no reporter
 * follows at a clause's start, unless the rest of the line is the outlet's credit (新京报记者 王五 摄).
 * The same clause printed again (随后，他带着新京报记者来到…) is no second printing of a name, nor is
 * a longer name ending with the candidate (北京青年报 for 青年报).
 */
function printsOutlet(before: string, after: string): boolean {
  if (MENTION_CONFIRM_WORD.test(before)) return true;
  if (before && !MENTION_BREAK.test(before)) return false;
  return !/^(?:首席|高级|资深|实习|见习|特约)?记者/.test(after) || /[/／]\s*$/.test(before) || MENTION_CREDIT_AFTER.test(after);
}

/**
 * Whether the article's running text prints a word of `names` (the engine asks it of each word of
 * a names run, byline.names-continued, which is a heading, not writers, when every word is printed:
 * a writer's name may be a word, 高峰 in 用电高峰, but not a co-writer's too): a heading names what the article is about (金融 安全, 数字 经济),
 * and the article's sentences print those words again; a writer's name is printed in credits only
 * (记者 王五, （新华社记者 王五 赵六）, 编辑：王五), never in the article's sentences. `others` are the
 * article's other lines; a line that is itself a credit, a bracketed credit and a name right after
 * a role word are not running text; with `personAfter`, neither is a print of a name followed by
 * what only a person is (睢晓康系中国人民大学教授, 睢晓康认为: DESK_BEFORE_NAMES).
 */
export function namesInRunningText(names: readonly string[], others: readonly string[], personAfter?: RegExp): boolean {
  for (const raw of others) {
    if (CREDIT_LINE.test(raw.trim()) || readByline(raw)?.standalone) continue;
    const t = raw.replace(BRACKETED_CREDIT, '');
    for (const n of names) {
      for (let p = t.indexOf(n); p >= 0; p = t.indexOf(n, p + 1)) {
        const after = t.slice(p + n.length);
        if (!ROLE_BEFORE_NAME.test(t.slice(Math.max(0, p - 16), p)) && !PHOTO_AFTER_NAME.test(after) && !personAfter?.test(after)) return true;
      }
    }
  }
  return false;
}
/** A credit in brackets inside a paragraph (（新华社记者 王五 赵六）, （编辑：王五）). */
const BRACKETED_CREDIT = /[（(【[][^（）()【】[\]]{0,40}(?:记者|编辑|责编|作者|通讯员|实习生|撰文|摄)[^（）()【】[\]]{0,40}[）)】\]]/g;
/** A role word (and perhaps other names) right before a name: 记者王五, 记者 王五 赵六, 编辑：王五, 文/王五. */
const ROLE_BEFORE_NAME = /(?:记者|编辑|责编|作者|通讯员|实习生|撰文|撰稿|校对|摄影|[文图][/／|｜丨])\s*[:：]?\s*(?:[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}[\s、，]+){0,5}$/;
/** A name closing a photo credit (王五 摄). */
const PHOTO_AFTER_NAME = /^\s*(?:[\s、][\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}){0,5}\s*[/／]?\s*摄(?![\u4e00-\u4e27\u4e29-\u9fa5])/;

/** The rest of a credit line after an outlet (新京报记者 王五 摄, （新京报记者 王五 张三）): the outlet's own credit. */
const MENTION_CREDIT_AFTER = /^(?:首席|高级|资深|实习|见习|特约)?记者\s*[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}(?:[\s、]+[\u4e00-\u4e27\u4e29-\u9fa5·]{2,4}){0,5}\s*(?:摄|报道)?\s*[）)]?$/;

/** Words that put an outlet's name right after them (告诉新京报记者, 接受第一财经采访, 对第一财经称, 据新京报报道). */
const MENTION_CONFIRM_WORD = new RegExp(
  String.raw`(?:告诉|接受|回应|答复|回复|对|向|跟|给|据|被|让|和|与|同|从|经|由|联系|致电|援引|引述|转引|称|是|为|及|${COUNTRY_BEFORE_OUTLET.match(/^\(\?:([^)]*)\)/)![1]})$`,
);
/** A break before a print: the line's start, punctuation or a space. */
const MENTION_BREAK = /[^\u4e00-\u4e27\u4e29-\u9fa5A-Za-z0-9]$/;

export interface BylineReading {
  /** The table entry that recognised the line. */
  id: string;
  /** The outlet the byline names, or null (本报/本刊…, none printed). */
  outlet: string | null;
  /** People named with an author role (reporters, writers); empty for credits. */
  authors: string[];
  /** People named as 通讯员 (CORRESPONDENT): named in the line, refused as authors. */
  correspondents?: string[];
  /** Everyone named, whatever the role (for credits and photographers too). */
  names: string[];
  role: string | null;
  /** The line is only the byline (nothing else printed on it). */
  standalone: boolean;
  /** Where the byline starts in the line: 0 when it opens the line, more when it closes a paragraph. */
  at: number;
  /**
   * The account's or outlet's masthead printed over the credits (DT财经 above 作者 | X, 财经十一人 文 | X):
   * it names the source only when nothing else does.
   */
  masthead?: string;
  /**
   * The outlet was named through its web address (本报（chinatimes.net.cn）记者…, OUTLET_SITES), not
   * printed in the line: it may be the source only where the page prints that name too.
   */
  outletFromAddress?: boolean;
  /** The editor the byline credits after the writers (…华商报记者 李程 编辑 王五), as printed. */
  editor?: string;
}

/** Which byline patterns may match a line (src/rules/screen.ts): the others are not run on it. */
const BYLINE_SCREEN = tableTester(BYLINES.map((r) => r.pattern));

/**
 * The first byline entry that recognises `line` (in table order), read into fields; null if none.
 * `allow` limits the entries asked (the engine passes the ones whose `where` admits the line's place);
 * by default a line is read alone, so an entry that only `continues` another line, or is read only
 * above a writer's credit (`aboveCredit`), is not asked.
 */
export function readByline(line: string, allow: (rule: Recognizer) => boolean = (r) => !r.continues && !r.aboveCredit): BylineReading | null {
  const t = line.trim();
  const candidates = BYLINE_SCREEN.start(t);
  // The loop holds no variable a closure captures (that would make a context object per candidate).
  for (let i = 0; i < candidates.length; i++) {
    const k = candidates[i]!;
    const rule = BYLINES[k]!;
    // The caller's place test first: a rule it does not ask for is not screened either.
    if (!allow(rule) || !BYLINE_SCREEN.may(k)) continue;
    const m = t.match(rule.pattern);
    if (m?.groups) return reading(rule, m, t);
  }
  return null;
}

/** An editor's or proofreader's credit after a byline's names (… 每经编辑 何剑岭, … 编辑：张三, … 编辑丨李四, … 校对 李四). */
const DESK_CREDIT_AFTER_NAMES = /[ \u3000\u00a0][\u4e00-\u4e27\u4e29-\u9fa5]{0,4}?(?:编辑|责编|校对|审核|审校)(?=[ \u3000\u00a0:：|｜丨]|$)/;

/**
 * 通讯员 (a correspondent: an organisation's own press officer credited beside the reporters, 记者 张三
 * 通讯员 李四) supplies material but is not the article's reporter: named, never an author. The same
 * holds for a byline opened by the role (通讯员 李四). `--explain` says whom it refused.
 */
export const CORRESPONDENT: RuleMeta & { pattern: RegExp; examples: { match: readonly (readonly [string, readonly string[]])[]; noMatch: readonly string[] } } = {
  id: 'byline.correspondent',
  reason: '通讯员 (an organisation’s press officer credited beside the reporters: 记者 张三 通讯员 李四) supplies material, is not the article’s reporter: named in the line, not an author',
  fixture: 'seed-audit/2022-01-21_1fb40d9a.md',
  // A role word in a byline's names, or its own role: the names after it until the next role are its.
  pattern: /(?:首席|高级|资深|实习|见习|特约)?(?:记者|通讯员|实习生|报道员|评论员|撰稿人|研究员|作者|撰文|采写|摄影|摄像)/g,
  examples: {
    match: [
      ['记者 张三 通讯员 李四', ['李四']],
      ['本报记者 张三 通讯员 李四 王五', ['李四', '王五']],
      ['长江日报记者张三 通讯员李四 王五', ['李四', '王五']],
      ['（记者 张三 实习生 王五 通讯员 李四）', ['李四']],
      ['通讯员 李四 记者 张三', ['李四']],
      ['通讯员 徐枫', ['徐枫']],
      ['记者：张三 通讯员：李四', ['李四']],
      ['记者张三 通讯员李四 报道', ['李四']],
    ],
    noMatch: ['记者 张三 李四', '新华社记者 张三', '（记者 刘宇 报道员 陈璞）', '记者 张三 实习生 王五'],
  },
};

/**
 * Words a byline prints after its names that are no name: the closing verb and its dateline (记者 张三
 * 报道, 记者 张三 北京报道, 记者 王五 发自北京, 记者 张三 综合报道). No person's name ends in 报道 or
 * opens with 发自, so such a word is where the report was made, never who made it.
 */
export const NOT_A_NAME_WORD = /^(?:[\u4e00-\u4e27\u4e29-\u9fa5]{0,8}报道|发自[\u4e00-\u4e27\u4e29-\u9fa5]{2,8})$/;

/** A names run closing on a dateline (…北京 报道, …发自 上海): the dateline places before it are no names either. */
const closesOnDateline = (names: readonly string[]) => names.length > 1 && NOT_A_NAME_WORD.test(names[names.length - 1]!);

/** The names a byline's names group gives under the role 通讯员 (CORRESPONDENT), the line's own role first. */
export function correspondents(role: string | null, names: string): string[] {
  const out: string[] = [];
  let current = role ?? '';
  let last = 0;
  const re = new RegExp(CORRESPONDENT.pattern.source, 'g');
  const take = (seg: string) => {
    if (/通讯员$/.test(current)) out.push(...splitNames(seg).filter((n) => !NOT_A_NAME_WORD.test(n)));
  };
  for (const m of names.matchAll(re)) {
    take(names.slice(last, m.index));
    current = m[0];
    last = m.index + m[0].length;
  }
  take(names.slice(last));
  return out;
}

/** A byline entry's match read into fields. */
function reading(rule: Recognizer, m: RegExpMatchArray, t: string): BylineReading {
  const g = m.groups!;
  // A dateline (…报道) may name several places before the last one (广州 长沙报道): they are not names.
  const split = g.names ? splitNames(g.names.replace(/^编辑\s*[:：]\s*/, '')) : [];
  const dateline = !!g.place || closesOnDateline(split) || /^发自$/.test(split[split.length - 2] ?? '');
  // The first name after the role is a person (记者 张三 报道); a place is dropped after it, and the
  // word right after a lone 发自 is where the report was sent from (记者 王五 发自 义乌), never a name.
  const from = split.indexOf('发自');
  const kept = split.filter(
    (n, i) => (i === 0 || !dateline || !DATELINE_PLACES.includes(n)) && (from < 0 || i !== from + 1) && !NOT_A_NAME_WORD.test(n) && n !== '发自',
  );
  // A place is never a name: a byline whose only name is a listed place (记者 北京 报道, 本报记者
  // 上海 报道, 中国证券报记者 北京) names where it was reported from and no reporter.
  const names = kept.length === 1 && DATELINE_PLACES.includes(kept[0]!) ? [] : kept;
  let outlet = g.outlet?.trim() || null;
  const credit = names.filter((n) => OUTLET_CREDITS.includes(n));
  // A desk editor or proofreader credited after the reporters on the same line (每经记者 王海慜 陈晨
  // 每经编辑 何剑岭): named in the line, not an author.
  const deskAt = g.names ? g.names.search(DESK_CREDIT_AFTER_NAMES) : -1;
  if (deskAt > 0) credit.push(...splitNames(g.names!.slice(deskAt)));
  if (!outlet && g.names && OUTLET_CREDITS.includes(g.names.trim())) outlet = g.names.trim();
  if (outlet && SELF_OUTLETS.includes(outlet)) outlet = null;
  let outletFromAddress = false;
  if (!outlet && g.url) {
    outlet = OUTLET_SITES[g.url.replace(/^www\./, '')] ?? null;
    outletFromAddress = outlet !== null;
  }
  const role = g.role ?? null;
  const isAuthor = rule.id !== 'byline.photo' && rule.id !== 'byline.desk-editor' && rule.id !== 'byline.production-credits' && (role === null || AUTHOR_ROLES.test(role));
  // Correspondents (通讯员) are named, not authors (CORRESPONDENT).
  const refused = isAuthor && g.names && /通讯员/.test(`${role ?? ''}${g.names}`) ? correspondents(role, g.names).filter((n) => names.includes(n)) : [];
  return {
    id: rule.id,
    outlet,
    authors: isAuthor ? names.filter((n) => !credit.includes(n) && !refused.includes(n)) : [],
    ...(refused.length ? { correspondents: refused } : {}),
    names,
    role,
    standalone: m.index === 0 && m[0].length >= t.length - 1,
    at: m.index ?? 0,
    ...(outletFromAddress ? { outletFromAddress } : {}),
    ...(g.editor ? { editor: g.editor } : {}),
    ...(g.masthead ? { masthead: g.masthead.trim() } : {}),
  };
}
