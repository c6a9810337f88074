/**
 * Reading people's names out of a byline or credit, as data plus one function.
 *
 * The hard rule: a name is never a string the page does not show. Names are cut only at
 * separators the page prints (spaces, 、，/) or at a conjunction (和/与/及) when every piece is a
 * whole name on its own; single characters are joined only when the page prints them side by
 * side with nothing but a space between (杨 洁 -> 杨洁). 新京报讯（记者 张和平） gives 张和平,
 * never 张平.
 *
 * Every CJK class here, in bylines.ts and in lines.ts is written \u4e00-\u4e27\u4e29-\u9fa5: the bar
 * 丨 (U+4E28) that WeChat house style prints between a role and its name (作者丨张三 编辑丨李四) is a
 * CJK character by code point, and a name class that took it would run on over the next credit.
 */

/** Role words inside a names run (本报记者 包兴安 见习记者 杨 洁): they separate names, they are not names. */
export const ROLE_WORDS =
  /(?:首席|高级|实习|见习|特约|驻[\u4e00-\u4e27\u4e29-\u9fa5]{1,4})?(?:记者|通讯员|评论员|撰稿人|报道员|研究员)|实习生|作者|撰文|撰稿|编辑|责编|校对|摄影|摄像|制图|(?<![\u4e00-\u4e27\u4e29-\u9fa5])摄(?![\u4e00-\u4e27\u4e29-\u9fa5])/g;

/** Conjunctions that may join two names (李四和王五) but also sit inside one (张和平, 欧阳和平). */
const CONJUNCTION = /[和与及]/;

/** A person's name in CJK: 2-4 characters, or longer with a middle dot (阿卜杜·热合曼). */
const CJK_NAME = /^(?:[\u4e00-\u4e27\u4e29-\u9fa5]{2,4}|[\u4e00-\u4e27\u4e29-\u9fa5]{1,8}(?:·[\u4e00-\u4e27\u4e29-\u9fa5]{1,8})+)$/;
/** A name in Latin letters (John Smith, Ran). */
const LATIN_NAME = /^[A-Za-z][A-Za-z.'\- ]{0,38}[A-Za-z.]$/;

export function isPersonName(s: string): boolean {
  return CJK_NAME.test(s) || LATIN_NAME.test(s);
}

/**
 * Places a byline's dateline names (…张杏 广州 长沙报道: reported from Guangzhou and Changsha). A
 * two-character place looks like a name by shape, so a byline that ends in 报道 leaves out of its
 * names the places listed here: provinces, their capitals and the other cities Sina's outlets
 * report from, and the county-level places and districts they report from too (义乌, 昆山, 浦东, 前海).
 * A place that reads as a person's name as readily (金华, 晋江, 桂林, 萧山, 张江: a surname and a
 * given name) is left out: a second reporter so named must stay an author.
 */
export const DATELINE_PLACES: readonly string[] = [
  ...['北京', '天津', '上海', '重庆', '香港', '澳门', '台北'],
  ...['河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾', '内蒙古', '广西', '西藏', '宁夏', '新疆'],
  ...['石家庄', '太原', '沈阳', '长春', '哈尔滨', '南京', '杭州', '合肥', '福州', '南昌', '济南', '郑州', '武汉', '长沙', '广州', '海口', '成都', '贵阳', '昆明', '西安', '兰州', '西宁', '银川', '乌鲁木齐', '呼和浩特', '南宁', '拉萨'],
  ...['深圳', '苏州', '宁波', '厦门', '青岛', '大连', '无锡', '东莞', '佛山', '珠海', '温州', '三亚', '雄安', '纽约', '伦敦', '东京', '华盛顿', '巴黎', '新加坡'],
  // Other prefecture-level cities.
  ...['唐山', '保定', '廊坊', '邯郸', '大同', '鞍山', '大庆', '徐州', '常州', '南通', '扬州', '镇江', '泰州', '盐城', '连云港', '绍兴', '嘉兴', '湖州', '台州', '舟山', '芜湖', '泉州', '漳州', '莆田', '赣州', '九江', '烟台', '潍坊', '威海', '临沂', '淄博', '洛阳', '开封', '宜昌', '襄阳', '岳阳', '株洲', '湘潭', '汕头', '湛江', '中山', '惠州', '江门', '肇庆', '柳州', '北海', '绵阳', '宜宾', '遵义', '宝鸡', '榆林', '包头', '鄂尔多斯', '克拉玛依'],
  // County-level cities and counties.
  ...['义乌', '昆山', '江阴', '张家港', '常熟', '太仓', '宜兴', '石狮', '慈溪', '余姚', '诸暨', '桐乡', '瑞安', '东阳', '永康', '德清', '寿光', '胶州', '即墨', '龙口', '平潭', '武夷山', '井冈山', '瑞金', '延安', '韶山', '敦煌', '喀什', '霍尔果斯', '满洲里', '二连浩特', '绥芬河', '珲春', '瑞丽', '凭祥', '博鳌', '儋州', '琼海', '神木'],
  // Districts and new areas.
  ...['浦东', '浦东新区', '临港', '陆家嘴', '虹桥', '前海', '福田', '宝安', '龙华', '南沙', '番禺', '黄埔', '天河', '顺德', '横琴', '中关村', '亦庄', '通州', '大兴', '顺义', '海淀', '朝阳', '丰台', '西城', '东城', '昌平', '怀柔', '滨海新区', '两江新区', '天府新区', '鄞州', '北仑', '渝北', '光谷'],
  ...['首尔', '莫斯科', '柏林', '悉尼', '洛杉矶', '旧金山', '日内瓦', '布鲁塞尔', '迪拜', '达沃斯', '曼谷', '河内', '雅加达', '多伦多', '法兰克福', '新德里', '开罗'],
];

/**
 * The first character of a Chinese person's name: about 400 common single-character surnames (the
 * family names of nearly everyone a byline names) and the compound ones whose first character is not
 * itself one. Only a names run that no role word introduces (byline.names-continued) is asked: a
 * two-word line between a byline and a credit may be a heading (政策 解读, 新年 新气象, 市场 观察),
 * and a heading's words rarely all open with a surname.
 */
export const SURNAME_START = String.raw`(?:[王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由蔚缴庾訾洪汝萧]|上官|东方|皇甫|长孙|宇文|令狐|端木|西门|独孤|轩辕|[\u4e00-\u4e27\u4e29-\u9fa5]{1,8}·)`;

/**
 * A desk or column printed before the writers in a credit that starts with the role (作者：数据宝
 * 郭洁: 数据宝 is 证券时报's data desk, 郭洁 the writer): the first word opens with no surname while
 * every word after it does, and the article's own sentences print it as a body that acts (数据宝统计,
 * 数据宝推出…; the engine asks namesInRunningText), so it names who published, not who wrote, and is
 * no author. Shape alone is not enough: 有之炘 opens with a rare surname (记者：有之炘 赵逸赫, a real
 * post) and the article never prints it in a sentence. Nor is a word the article prints as a person
 * (PERSON_AFTER_NAME: 睢晓康系中国人民大学教授, 睢晓康认为…, an author's note or a quoted view): a
 * writer with a surname the table lacks stays an author. Asked only of a run of two or more words.
 */
export const DESK_BEFORE_NAMES = {
  id: 'byline.desk-before-names',
  reason: 'a desk or column printed before the writers in a role-first credit (作者：数据宝 郭洁) opens with no surname while the writers after it do: it is no author',
  fixture: 'seed-format/2021-09-05_7765e7c9.md',
  /**
   * Desks real posts print before their writers, known as desks without the article naming them
   * (证券时报's data desk: 作者：数据宝 郭洁, seed-format/2021-09-05_7765e7c9.md). Still asked only in
   * the shape above, so a person's name that happens to be listed here cannot lose a co-writer.
   */
  desks: ['数据宝'] as readonly string[],
  examples: {
    match: [['数据宝', '郭洁'], ['数据宝', '郭洁', '王五'], ['财经十一人', '陈汐']] as readonly (readonly string[])[],
    noMatch: [['郭洁'], ['陈汐', '郑慧'], ['数据宝'], ['数据宝', 'John Smith'], ['阿卜杜·热合曼', '王五'], ['欧阳和平', '张三']] as readonly (readonly string[])[],
  },
};
/**
 * What follows a person's name, never a desk's, in a sentence: an author's note (系/为/是 …教授;
 * not 系/为/是 alone: 数据宝是证券时报旗下的数据服务平台),
 * a view or a statement (认为, 表示, 指出), a title (教授, 博士, 先生). A desk is printed as a body
 * that counts or publishes (数据宝统计显示, 数据宝推出, 据数据宝统计).
 */
export const PERSON_AFTER_NAME = /^\s*(?:(?:系|为|是|现任|曾任)[^，,。；;！？]{0,24}?(?:教授|研究员|学者|博士|院长|所长|主任|经济学家|分析师|董事长|总裁|总经理|行长|主席|会长|秘书长|合伙人|首席)|认为|表示|指出|称|说|强调|坦言|介绍|直言|提醒|建议|告诉|教授|博士|先生|女士|老师|研究员|分析师)/;
/** A word that opens with a two-character surname (欧阳, 上官: SURNAME_START's compound ones). */
export const COMPOUND_SURNAME = /^(?:欧阳|司马|诸葛|上官|东方|皇甫|长孙|宇文|令狐|端木|西门|独孤|轩辕|慕容|司徒|夏侯|公孙|尉迟|澹台|呼延|南宫|万俟|闻人|百里|东郭|赫连|申屠|钟离)/;
/** A word that opens with a surname (SURNAME_START). */
export const SURNAME_LED = new RegExp(`^${SURNAME_START}`);
/** Whether the first of `names` is a desk printed before the writers (DESK_BEFORE_NAMES). */
export function deskBeforeNames(names: readonly string[]): boolean {
  return names.length >= 2 && !SURNAME_LED.test(names[0]!) && names.slice(1).every((n) => SURNAME_LED.test(n) && /^[\u4e00-\u4e27\u4e29-\u9fa5·]+$/.test(n));
}

/**
 * A country printed before a foreign outlet's name to say where it is from (美国彭博社, 英国金融时报,
 * 日本共同社): not part of the name. Asked only where the rest is a whole outlet name of three to
 * eight characters ending as agencies and papers end (社, 日报, 时报, 邮报, 报); a rest that is a
 * generic word keeps its country, which is part of the name there (日本经济新闻社, 法国新闻社,
 * 俄罗斯卫星通讯社, 韩国联合通讯社), and so do outlets ending otherwise (美国有线电视新闻网,
 * 美国之音). Chinese outlets (中国新闻社, 中国日报) never lose 中国: it is not in the list.
 *
 * A government body's paper or bulletin (美国商务部公报, 英国央行季报, 日本财务省月报) is no outlet: its
 * country says whose body it is and stays (without it, 商务部公报 reads as China's ministry).
 */
const GOVERNMENT_PAPERS = '公报|季报|年报|月报|周报|简报|通报|快报';
const GOVERNMENT_BODIES = '部|局|署|省|厅|央行|银行|政府|国会|议会|委员会|联储|储备';
export const COUNTRY_BEFORE_OUTLET = String.raw`(?:美国|英国|法国|德国|日本|韩国|俄罗斯|意大利|西班牙|加拿大|澳大利亚|印度|新加坡|瑞士|荷兰|以色列|巴西|土耳其|卡塔尔)(?=(?![\u4e00-\u4e27\u4e29-\u9fa5]*(?:新闻社|通讯社|${GOVERNMENT_PAPERS})(?![\u4e00-\u4e27\u4e29-\u9fa5]))(?![\u4e00-\u4e27\u4e29-\u9fa5]*(?:${GOVERNMENT_BODIES}))[\u4e00-\u4e27\u4e29-\u9fa5]{2,7}(?:社|报)(?![\u4e00-\u4e27\u4e29-\u9fa5])|(?![\u4e00-\u4e27\u4e29-\u9fa5]*(?:新闻社|通讯社)记者)[\u4e00-\u4e27\u4e29-\u9fa5]{2,7}(?:社|报)(?:首席|高级|资深|实习|见习|特约)?记者)`;

/**
 * Outlets named by a name of their own that ends otherwise than outlets end (券商中国, 总台央视), or in
 * a money word (《国际融资》, a magazine): read as outlets by bylines, the source field and the 来源 lines.
 */
export const NAMED_OUTLETS: readonly string[] = ['券商中国', '总台央视', '国际融资'];

/**
 * Outlets' short names as credits print them (文丨每经 张三, 来源：财新, 来源丨界面), each with the
 * outlet it names: two characters that would otherwise read as a person's name (每经, 财新) or a
 * common word (界面). A credit's value that is one of these names the outlet, never a person.
 */
export const OUTLET_SHORT_NAMES: Readonly<Record<string, string>> = {
  每经: '每日经济新闻',
  中证: '中国证券报',
  上证: '上海证券报',
  财新: '财新',
  界面: '界面新闻',
  澎湃: '澎湃新闻',
  北青: '北京青年报',
  '21世纪': '21世纪经济报道',
};

/**
 * What a 来源 line names when it lists where money or material comes from, never who published
 * (来源 个人储蓄、亲友借款, 来源：财政拨款、社会捐赠和企业赞助, 来源：自筹资金, 来源：养老金、退休金和子女赡养费):
 * the words an item of such a list ends in. An outlet's name ends as outlets end (报, 社, 网, 新闻), an
 * account's in a word of its own (齐鲁观, 青记); none ends in these, except an outlet named in
 * NAMED_OUTLETS (国际融资) or printed in 《》, which FUNDS_LIST_AHEAD lets stay an outlet.
 */
export const FUNDS_OR_MATERIALS =
  '储蓄|存款|借款|贷款|拨款|捐赠|捐款|捐助|赞助|收益|收入|工资|薪金|薪酬|奖金|补贴|补助|资金|自筹|融资|募资|利润|分红|租金|税收|经费|营收|原材料|物资|' +
  '(?:养老|退休|公积|抚恤|保证|救济|救助|补偿|赔偿|违约|奖学|助学|备用|准备|押|定|本|现|礼|慰问|罚)金|' +
  '(?:赡养|抚养|扶养|生活|学|学杂|医药|医疗|手续|管理|服务|会|党|稿|保|保险|物业|住宿|差旅|培训|停车|过路|通行|水电|电|水|燃气|取暖|房)费';
/** A 来源 line item parted from the next by 、，和及与, a space, or the line's end. */
const ITEM_END = String.raw`(?:[、，,和及与;；\s]|$)`;
/**
 * A 来源 line one of whose items (each judged on its own: after the label's mark, a colon, the bar or a
 * slash, or a 、，和及与 or a space) ends in FUNDS_OR_MATERIALS and is no outlet (not a NAMED_OUTLETS entry, not in 《》): read as
 * no source. 来源：自筹资金 and 来源：证券时报、银行贷款 name none; 来源：国际融资, 来源：证券时报、国际融资 do.
 */
export const FUNDS_LIST_AHEAD = String.raw`(?![^，。；;]*?(?<=[:：|｜丨/／、，,和及与;；\s])(?!(?:${NAMED_OUTLETS.join('|')})${ITEM_END})[^、，,;；\s:：|｜丨《》]*?(?:${FUNDS_OR_MATERIALS})${ITEM_END})`;

/** Credits that look like a name but are an outlet (…人气相当高。ETtoday/文): they give `source`, not `authors`. */
export const OUTLET_CREDITS: readonly string[] = ['ETtoday', '新浪娱乐', '新浪财经', '新浪科技', '新浪体育'];

/** The page's characters with whitespace removed: every name must be a substring of this. */
const compact = (s: string) => s.replace(/[\s\u3000\u00a0]+/g, '');

function cutAtConjunction(token: string): string[] {
  if (!CONJUNCTION.test(token) || !/^[\u4e00-\u4e27\u4e29-\u9fa5]+$/.test(token)) return [token];
  for (let i = 1; i < token.length - 1; i++) {
    if (!CONJUNCTION.test(token[i]!)) continue;
    const left = token.slice(0, i);
    const rest = cutAtConjunction(token.slice(i + 1));
    if (CJK_NAME.test(left) && rest.every((r) => CJK_NAME.test(r))) return [left, ...rest];
  }
  return [token];
}

/**
 * Names in a names run: 有之炘 赵逸赫 -> [有之炘, 赵逸赫]; 包兴安 见习记者 杨 洁 -> [包兴安, 杨洁];
 * 魏玉坤、陈爱平 -> two; 张和平 -> [张和平]; John Smith -> [John Smith]. Pieces that are not a
 * plausible name (a place, a role, one character) are left out rather than guessed.
 */
export function splitNames(raw: string): string[] {
  // An outlet glued to a role word (本报记者, 总台央视记者) is not a name either.
  const text = raw
    .replace(new RegExp(`[\\u4e00-\\u9fa5A-Za-z]*(?:${ROLE_WORDS.source})`, 'g'), ' ').replace(/[（）()【】[\]“”"]/g, ' ');
  // Latin runs stay whole (John Smith); CJK runs are cut at whitespace; explicit separators cut both.
  const chunks = text.split(/[、，,；;/／|｜丨]+/);
  const tokens: { t: string; spaceBefore: boolean }[] = [];
  for (const chunk of chunks) {
    const re = /[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*)*|[\u4e00-\u4e27\u4e29-\u9fa5·]+/g;
    let m: RegExpExecArray | null;
    let last = -1;
    let first = true;
    while ((m = re.exec(chunk))) {
      const gap = last < 0 ? '' : chunk.slice(last, m.index);
      tokens.push({ t: m[0], spaceBefore: !first && /^[ \u3000\u00a0]+$/.test(gap) });
      last = m.index + m[0].length;
      first = false;
    }
  }
  const joined: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let t = tokens[i]!.t;
    // 杨 洁: single characters printed side by side with only a space between them form one name.
    if (/^[\u4e00-\u4e27\u4e29-\u9fa5]$/.test(t)) {
      while (t.length < 3 && tokens[i + 1]?.spaceBefore && /^[\u4e00-\u4e27\u4e29-\u9fa5]$/.test(tokens[i + 1]!.t)) t += tokens[++i]!.t;
    }
    joined.push(t);
  }
  const out: string[] = [];
  const page = compact(raw);
  for (const token of joined) {
    for (const name of cutAtConjunction(token)) {
      if (!isPersonName(name) || OUTLET_CREDITS.includes(name)) continue;
      if (!page.includes(compact(name))) continue; // the hard rule, checked, not assumed
      if (!out.includes(name)) out.push(name);
    }
  }
  return out;
}

/** Examples the tests run (input as the page prints it -> names). */
export const NAME_EXAMPLES: readonly (readonly [string, readonly string[]])[] = [
  ['张和平', ['张和平']],
  ['冯琪', ['冯琪']],
  ['有之炘 赵逸赫', ['有之炘', '赵逸赫']],
  ['包兴安 见习记者 杨 洁', ['包兴安', '杨洁']],
  ['杨 洁', ['杨洁']],
  ['方丽  张燕北 曹雯璟', ['方丽', '张燕北', '曹雯璟']],
  ['魏玉坤、陈爱平', ['魏玉坤', '陈爱平']],
  ['魏玉坤、邹多为', ['魏玉坤', '邹多为']],
  ['成欣、魏一骏、李杰、郝源、洪可润、黄泽晨', ['成欣', '魏一骏', '李杰', '郝源', '洪可润', '黄泽晨']],
  ['田萌 王一丹', ['田萌', '王一丹']],
  ['王楠 田琪永 刘世军 ', ['王楠', '田琪永', '刘世军']],
  ['总台央视记者 朱若梦 孔禄渊 杨弘杨', ['朱若梦', '孔禄渊', '杨弘杨']],
  ['李四和王五', ['李四', '王五']],
  ['欧阳和平', ['欧阳和平']],
  ['王和平与张三', ['王和平', '张三']],
  ['John Smith', ['John Smith']],
  ['ETtoday', []],
  ['记者', []],
  ['', []],
  ['阿卜杜·热合曼', ['阿卜杜·热合曼']],
  ['刘宇 报道员 陈璞', ['刘宇', '陈璞']],
  ['陈洁 实习生 莫海昕 张杏', ['陈洁', '莫海昕', '张杏']],
];
