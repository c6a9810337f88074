/**
 * The audit's allow-list: every paragraph of a fixture's text that smells promotional (the words in
 * test/audit.test.ts, or a line the boilerplate table classifies) and is still in the text.
 * - `allowed`: the article's own words, with why;
 * - `pending: class <id>`: boilerplate the rule tables (src/rules/boilerplate.ts) recognise but the
 *   engine does not yet remove; the step that wires the tables into the engine deletes these.
 * An entry names the paragraph by its first characters (`sentence`), or (`word`) every paragraph
 * of one file that uses a word which is the article's topic.
 */
export interface AuditEntry {
  file: string;
  sentence?: string;
  word?: string;
  status: 'allowed' | `pending: class ${string}`;
  why: string;
}

export const AUDIT_ALLOW: readonly AuditEntry[] = [
  {"file": "seed-format/2021-03-22_19469826.md", "sentence": "记者实地探访发现，最近在上海地铁站内的部分“黑拾”自助贩卖机开始支持数字人民币支", "status": "allowed", "why": "a click the article describes (点击商品, 点击确认), not a click-through promo"},
  {"file": "seed-format/2021-03-22_19469826.md", "sentence": "不仅在线下场景，数字人民币在不少线上渠道也可以使用。目前，数字人民币App支持滴", "status": "allowed", "why": "an app the article is about (数字人民币App, Apple products), not an app promo"},
  {"file": "seed-format/2021-03-22_19469826.md", "sentence": "用数字人民币支付，与用微信、支付宝支付有何不同？", "status": "allowed", "why": "WeChat as the article's subject or a named news source (微信群, 微信朋友圈, 微信聊天记录, 微信支付, the 微信ID of a quoted column), not a follow-us promo"},
  {"file": "seed-format/2021-03-22_19469826.md", "sentence": "上海交通大学上海高级金融学院实践教授胡捷表示，数字货币是法定货币，微信和支付宝是", "status": "allowed", "why": "WeChat as the article's subject or a named news source (微信群, 微信朋友圈, 微信聊天记录, 微信支付, the 微信ID of a quoted column), not a follow-us promo"},
  {"file": "seed-format/2021-07-11_11a6005c.md", "sentence": "炒股就看金麒麟分析师研报，权威，专业，及时，全面，助您挖掘潜力主题机会！", "status": "pending: class promo.research-report", "why": "Sina's research-report promo boxed above the article"},
  {"file": "seed-format/2021-07-11_11a6005c.md", "sentence": "丁长发进一步表示，不过需要指出的是，在动力电池领域的全球竞争也是非常激烈的，可以", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "seed-format/2021-12-07_21a66c3e.md", "sentence": "截至2021年11月底，黑猫投诉平台累计收到消费者有效投诉超过659万件，11月", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "seed-format/2021-12-07_21a66c3e.md", "sentence": "本月Apple产品质量问题频发，在黑猫投诉平台上，较多消费者反馈在官方渠道购买的", "status": "allowed", "why": "an app the article is about (数字人民币App, Apple products), not an app promo"},
  {"file": "seed-format/2021-12-07_21a66c3e.md", "sentence": "点击查看更多行业红黑榜单：https：//tousu.sina.com.cn/t", "status": "pending: class promo.click-more", "why": "a click-through line to more rankings"},
  {"file": "seed-format/2021-12-07_21a66c3e.md", "sentence": "黑榜：贷贷分期、微信支付、杉德支付、哆唻、安薪贷、聚优宝、微众银行、青橙分期、聚", "status": "allowed", "why": "WeChat as the article's subject or a named news source (微信群, 微信朋友圈, 微信聊天记录, 微信支付, the 微信ID of a quoted column), not a follow-us promo"},
  {"file": "seed-format/2021-12-07_21a66c3e.md", "sentence": "投诉时请认准黑猫投诉官方网站 https：//tousu.sina.com.cn", "status": "allowed", "why": "WeChat as the article's subject or a named news source (微信群, 微信朋友圈, 微信聊天记录, 微信支付, the 微信ID of a quoted column), not a follow-us promo"},
  {"file": "seed-format/2021-12-07_8afb4c77.md", "sentence": "接受记者采访时，老人谈起维权缘由仍很气愤：“把我100多篇文章收录（到）数据库，", "status": "allowed", "why": "downloading as the article's subject (下载更新纳税人信息, 读者下载还要付费), not a download promo"},
  {"file": "seed-format/2021-12-07_8afb4c77.md", "sentence": "记者查询当期《中国经济史研究》看到上面写有：本刊已加入《中国学术期刊（光盘版）》", "status": "allowed", "why": "a statement the article reports on or quotes (致歉声明, 外交部的声明, 本刊已加入…的声明), not a disclaimer"},
  {"file": "seed-format/2021-12-10_d45fcb84.md", "sentence": "过去，WTO规则主要由发达国家主导和把持，往往更多是为发达国家的利益服务，而来自", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "seed-format/2021-12-28_c046b426.md", "sentence": "应该说，党的十八大以来，党中央先后组织开展的党的群众路线教育实践活动、“三严三实", "status": "allowed", "why": "a topical meeting or campaign in the story (专题会议, 专题发布会, 专题教育), not a link to a Sina topic page"},
  {"file": "seed-format/2021-12-31_7a4b7e5e.md", "sentence": "文韬分析，当前需要关注的问题，一是市场需求仍有回升空间，12月新订单指数虽连续2", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "seed-format/2022-01-07_7ab326ab.md", "sentence": "1月7日，微信公众号“西安市场监管”消息，近期，西安市市场监管局围绕全市疫情防控", "status": "allowed", "why": "WeChat as the article's subject or a named news source (微信群, 微信朋友圈, 微信聊天记录, 微信支付, the 微信ID of a quoted column), not a follow-us promo"},
  {"file": "seed-format/2022-01-07_7ab326ab.md", "sentence": "案情摘要：2021年12月27日，市市场监管综合执法支队接网络舆情线索，网民杨某", "status": "allowed", "why": "reposting reported as a fact of the story"},
  {"file": "seed-format/2022-01-07_7ab326ab.md", "sentence": "案情摘要：2022年1月2日，市市场监管综合执法支队六大队在受理杨凌农业示范区市", "status": "allowed", "why": "WeChat as the article's subject or a named news source (微信群, 微信朋友圈, 微信聊天记录, 微信支付, the 微信ID of a quoted column), not a follow-us promo"},
  {"file": "seed-format/2022-01-11_a53f2983.md", "sentence": "彭博社1月9日报道，原题：尽管遭受严厉监管，中国的风险投资仍达到创纪录的1310", "status": "allowed", "why": "the article names the foreign report and its original title in its own opening sentence"},
  {"file": "seed-format/2022-01-17_f99c992b.md", "sentence": "临近春节，又到了匆忙置办年货的时候，究竟哪里的人在吃喝上付出了最多呢？根据《中国", "status": "allowed", "why": "the caption of a video post inviting the reader to watch it (点击视频揭晓答案): the article's own words, not a click-through promo"},
  {"file": "seed-format/2022-01-19_e73890e0.md", "sentence": "【点击查看2021胡润中国500强全榜单】", "status": "pending: class promo.click-more", "why": "a click-through line to more rankings"},
  {"file": "seed-format/2022-01-27_d6fede7a.md", "sentence": "“三孩政策”出台至今已有半年多，与之相关的话题一直备受关注。尤其是最新统计数据表", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "seed-format/2022-02-16_aafbea8a.md", "sentence": "“从该角度来看，目前核心CPI相对稳定，但其上涨趋势也值得关注。“滕泰说道。", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "seed-format/2022-02-16_aafbea8a.md", "sentence": "滕泰也表示，1月CPI同比回落的主要原因是食品价格的同比下降，其中猪肉41.6%", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "seed-format/2022-03-24_65c1328a.md", "sentence": "“大使馆每次通知消息都非常及时，行动迅速、组织有序。”2月24日早上，王海珍收到", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "seed-format/2022-03-24_65c1328a.md", "sentence": "3月21日早上7时22分，潘超伟在微信朋友圈发了一条信息：“终于回到祖国母亲的怀", "status": "allowed", "why": "WeChat as the article's subject or a named news source (微信群, 微信朋友圈, 微信聊天记录, 微信支付, the 微信ID of a quoted column), not a follow-us promo"},
  {"file": "seed-format/2022-05-14_069be8c7.md", "sentence": "5月11日，“无锡人才”官方公众号发布，梁溪区出台了人才购房实施办法（试行），提", "status": "allowed", "why": "an official account quoted as the news source of the story"},
  {"file": "seed-format/2022-07-17_f89500c5.md", "sentence": "券商中国记者注意到，代销业务仍是诸券商重点关注的业务之一。开源证券非银首席高超认", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "pages/ent_20091109_13562762964.html", "sentence": "在还没有全面上线的《兰花指》目前只是在网络上预先发布，让人意想不到的各处流传。副", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "pages/k_20180928_b63e5bc502000bg5u.html", "sentence": "阮春福指出，联合国进行强有力的、全面的改革，来提高效率、民主和透明度是十分重要的", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "pages/news-m_20190911_iicezzrq5132048.html", "sentence": "中新社曼谷9月11日电 （记者 王国安）泰国外交部11日发表关于香港局势的声明说", "status": "allowed", "why": "a statement the article reports on or quotes (致歉声明, 外交部的声明, 本刊已加入…的声明), not a disclaimer"},
  {"file": "pages/news-m_20190911_iicezzrq5132048.html", "sentence": "泰国外交部当天在其网站发布的声明表示，泰方正密切关注香港特别行政区的局势。泰方支", "status": "allowed", "why": "a statement the article reports on or quotes (致歉声明, 外交部的声明, 本刊已加入…的声明), not a disclaimer"},
  {"file": "pages/news-m_20190911_iicezzrq5132048.html", "sentence": "声明说，泰方完全支持香港特区行政长官及特区政府通过与各方广泛接触和对话以解决局势", "status": "allowed", "why": "a statement the article reports on or quotes (致歉声明, 外交部的声明, 本刊已加入…的声明), not a disclaimer"},
  {"file": "pages/news-m_20190911_iicezzrq5132048.html", "sentence": "声明表示，泰方相信香港特区政府有能力通过和平方式缓解局势，实现香港特区永续繁荣，", "status": "allowed", "why": "a statement the article reports on or quotes (致歉声明, 外交部的声明, 本刊已加入…的声明), not a disclaimer"},
  {"file": "pages/news_20180928_ifxeuwwr9169891.html", "sentence": "[相关新闻]", "status": "pending: class related.lead-in", "why": "a related-news lead-in (with its linked title)"},
  {"file": "pages/news_20180928_ifxeuwwr9169891.html", "sentence": "中国南海研究院副研究员刘晓博认为，从现实角度来讲，英国对南海的关注是源于美英关系", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "pages/news_20180928_ifxeuwwr9208688.html", "sentence": "答：据我了解，王毅国务委员兼外长将于北京时间今天夜里在联合国大会一般性辩论上发表", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "pages/news_20180928_ifxeuwwr9218647.html", "sentence": "“政事儿”（微信ID：xjbzse）注意到，每年国庆节前夕，天安门城楼都要更换新", "status": "allowed", "why": "WeChat as the article's subject or a named news source (微信群, 微信朋友圈, 微信聊天记录, 微信支付, the 微信ID of a quoted column), not a follow-us promo"},
  {"file": "pages/news_20180928_ifxeuwwr9218647.html", "sentence": "“政事儿”（微信ID：xjbzse）撰稿/新京报记者王姝 摄影 薛珺", "status": "allowed", "why": "WeChat as the article's subject or a named news source (微信群, 微信朋友圈, 微信聊天记录, 微信支付, the 微信ID of a quoted column), not a follow-us promo"},
  {"file": "pages/news_20180928_ifxeuwwr9250746.html", "sentence": "中新网客户端北京9月28日电（记者 李金磊）记者从文化和旅游部获悉，文化和旅游部", "status": "allowed", "why": "the dispatch line of 中新网客户端 (the outlet's app edition): a byline, the article's printed words"},
  {"file": "pages/news_20180928_ihkmwytp6913603.html", "sentence": "2015年11月 涉嫌严重违纪，接受组织调查。（来源：中国经济网）", "status": "allowed", "why": "a source credit closing a sentence in mid-article: stays text (a 来源 line moves only at the edges)"},
  {"file": "pages/news_20180928_ihkmwytp6984677.html", "sentence": "视频于2018年5月8日至2018年5月16日在互联网平台上发布传播后，多家新闻", "status": "allowed", "why": "reposting reported as a fact of the story"},
  {"file": "pages/news_20180928_ihkmwytp6984677.html", "sentence": "西安市雁塔区人民法院负责审理该案的审判长王娜娜回答了政知道（微信ID：upoli", "status": "allowed", "why": "WeChat as the article's subject or a named news source (微信群, 微信朋友圈, 微信聊天记录, 微信支付, the 微信ID of a quoted column), not a follow-us promo"},
  {"file": "pages/news_20180928_ihkmwytp7000569.html", "sentence": "中新网客户端9月28日电（记者 宋宇晟） 国家文物局今日在官网发布文章，公布了甲", "status": "allowed", "why": "the dispatch line of 中新网客户端 (the outlet's app edition): a byline, the article's printed words"},
  {"file": "pages/news_20180928_ihkmwytp7156965.html", "sentence": "林丰喜，1950年出生，现任财团法人稻草人基金会董事长、台湾农民联盟荣誉主席，曾", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "pages/news_20240510_inausehc2630922.html", "sentence": "近日，珠海市政府发布一则通知，准备拆除这条有轨电车，随即引来多方关注。", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "pages/news_20240510_inausehc2630922.html", "sentence": "瑞丽发改局随后回复：2017年云南省委第五巡视组指出“城市轨道交通项目预计投资5", "status": "allowed", "why": "a topical meeting or campaign in the story (专题会议, 专题发布会, 专题教育), not a link to a Sina topic page"},
  {"file": "fragments/sina-body_2019_cs327259852_01.html", "sentence": "新浪娱乐讯 8月17日晚，《明日之子》直播现场现播出事故，星推官李宇春被一名忽然", "status": "allowed", "why": "a statement the article reports on or quotes (致歉声明, 外交部的声明, 本刊已加入…的声明), not a disclaimer"},
  {"file": "fragments/sina-body_2019_cs327259852_01.html", "sentence": "稍晚时候，节目组通过官博发布公开致歉声明，对李宇春及现场观众造成的困扰表达歉意之", "status": "allowed", "why": "a statement the article reports on or quotes (致歉声明, 外交部的声明, 本刊已加入…的声明), not a disclaimer"},
  {"file": "fragments/sina-body_2019_cs327259852_02.html", "sentence": "诚如余晓光所言，在小的周期上苹果还是有底部支撑的，但在大的行业周期上，苹果已经是", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "fragments/sina-body_2019_cs327259852_06.html", "sentence": "人们当然关注55岁的中年才俊为何早早离世，目前可以肯定的信息是他自寻短见，有传言", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "fragments/sina-body_2019_cs327259852_06.html", "sentence": "3月14日，著名物理学家霍金去世，张首晟获知该消息后，在微信朋友圈发文悼念。如今", "status": "allowed", "why": "WeChat as the article's subject or a named news source (微信群, 微信朋友圈, 微信聊天记录, 微信支付, the 微信ID of a quoted column), not a follow-us promo"},
  {"file": "fragments/sina-body_2019_cs327259852_10.html", "sentence": "导语：冬去春来，夏天还没到就应该将减肥大计提上日程，尤其腿部更是不能忽视。就在最", "status": "allowed", "why": "a source credit closing a sentence in mid-article: stays text (a 来源 line moves only at the edges)"},
  {"file": "fragments/sina-body_2019_cs327259852_12.html", "word": "声明", "status": "allowed", "why": "the whole interview is about 王宝强's divorce statement (离婚声明); every 声明 is its subject"},
  {"file": "fragments/sina-body_2019_cs327259852_12.html", "sentence": "马蓉：大概就在16年4月份左右，我们俩有微信聊天记录。", "status": "allowed", "why": "WeChat as the article's subject or a named news source (微信群, 微信朋友圈, 微信聊天记录, 微信支付, the 微信ID of a quoted column), not a follow-us promo"},
  {"file": "fragments/sina-body_2019_cs327259852_12.html", "sentence": "新浪娱乐：你有他们的微信聊天记录吗？都没有提交给法院吗？", "status": "allowed", "why": "WeChat as the article's subject or a named news source (微信群, 微信朋友圈, 微信聊天记录, 微信支付, the 微信ID of a quoted column), not a follow-us promo"},
  {"file": "synthetic/synthetic-malformed.html", "sentence": "“政事儿”（微信ID：xjbzse）注意到，每年国庆节前夕，天安门城楼都要更换新", "status": "allowed", "why": "WeChat as the article's subject or a named news source (微信群, 微信朋友圈, 微信聊天记录, 微信支付, the 微信ID of a quoted column), not a follow-us promo"},
  {"file": "synthetic/synthetic-malformed.html", "sentence": "“政事儿”（微信ID：xjbzse）撰稿/新京报记者王姝 摄影 薛珺", "status": "allowed", "why": "WeChat as the article's subject or a named news source (微信群, 微信朋友圈, 微信聊天记录, 微信支付, the 微信ID of a quoted column), not a follow-us promo"},
  {"file": "seed-audit/2021-03-22_4b950e9a.md", "sentence": "工信部官网近日发布，工信部连续两年开展APP侵害用户权益专项整治行动，重点整治包", "status": "allowed", "why": "an app the article is about (个人所得税APP), not an app promo"},
  {"file": "seed-audit/2021-03-22_4b950e9a.md", "sentence": "3月16日，针对央视“3.15”晚会曝光的内存优化大师、智能清理大师、超强清理大", "status": "allowed", "why": "an app the article is about (个人所得税APP), not an app promo"},
  {"file": "seed-audit/2021-03-22_4b950e9a.md", "sentence": "3月12日工信部发布关于侵害用户权益行为的APP通报（2021年第3批，总第12", "status": "allowed", "why": "an app the article is about (个人所得税APP), not an app promo"},
  {"file": "seed-audit/2021-03-22_4b950e9a.md", "sentence": "工信部表示，下一步进一步构建覆盖基础电信企业、各类电信业务经营者、互联网服务提供", "status": "allowed", "why": "an app the article is about (个人所得税APP), not an app promo"},
  {"file": "seed-audit/2021-05-01_4ac1451c.md", "sentence": "相关新闻：北京严查炒作学区房违规商改住等行为 18家中介机构被查处", "status": "pending: class related.lead-in", "why": "a related-news lead-in (with its linked title)"},
  {"file": "seed-audit/2021-07-11_acd468c0.md", "sentence": "商务部外资司司长宗长青今年4月23日在新增服务业扩大开放综合试点专题发布会上介绍", "status": "allowed", "why": "a topical meeting or campaign in the story (专题会议, 专题发布会, 专题教育), not a link to a Sina topic page"},
  {"file": "seed-audit/2021-07-16_ed772568.md", "sentence": "值得关注的是，工业企业效益明显好转。今年前5个月规模以上工业企业实现利润总额同比", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "seed-audit/2021-09-17_9f3d5509.md", "sentence": "值得关注的是，近几年来，由于鼓励进口，尤其是进口产业转型升级所需要的设备等，海关", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "seed-audit/2021-12-02_3d0d2417.md", "sentence": "12月2日，国家税务总局12366纳税服务平台工作人员答复《中国经营报》记者时说", "status": "allowed", "why": "an app the article is about (个人所得税APP), not an app promo"},
  {"file": "seed-audit/2021-12-02_3d0d2417.md", "sentence": "在个人所得税APP终端，记者发现今年增设了快捷填报专项附加扣除页面，并设有一键带", "status": "allowed", "why": "an app the article is about (个人所得税APP), not an app promo"},
  {"file": "seed-audit/2021-12-02_3d0d2417.md", "sentence": "前述12366工作人员提醒，由于个人所得税专项附加扣除内容事关纳税人的税收负担，", "status": "allowed", "why": "a click the article describes (点击商品, 点击确认), not a click-through promo"},
  {"file": "seed-audit/2021-12-02_3d0d2417.md", "sentence": "国家税务总局广东省税务局提醒，扣缴义务人需要及时下载更新纳税人报送的信息并指定由", "status": "allowed", "why": "downloading as the article's subject (下载更新纳税人信息, 读者下载还要付费), not a download promo"},
  {"file": "seed-audit/2021-12-02_3d0d2417.md", "sentence": "所谓扣缴义务人，主要是指税法规定负有扣缴纳税人应纳税款义务的单位和个人，通俗说就", "status": "allowed", "why": "downloading as the article's subject (下载更新纳税人信息, 读者下载还要付费), not a download promo"},
  {"file": "seed-audit/2021-12-09_b46a48e3.md", "sentence": "值得关注的是，央行同日发布公告称，决定自2021年12月15日起，上调金融机构外", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "seed-audit/2021-12-09_b46a48e3.md", "sentence": "值得关注的是，就在发布金融统计数据当日，央行发布公告决定，决定自2021年12月", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "seed-audit/2022-03-24_810bb7dc.md", "sentence": "国家税务总局副局长王道树介绍，多年来，税务部门依托税收大数据，已经形成了一套防范", "status": "allowed", "why": "扫描 in the sense of monitoring (事前、事中、事后扫描监控), not a QR scan"},
  {"file": "seed-audit/2022-04-16_004fc7dd.md", "sentence": "BOSS直聘研究院最新发布《00后群体就业选择偏好调研报告》（下称《报告》）。《", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
  {"file": "seed-audit/2022-04-16_004fc7dd.md", "sentence": "2021年人口增量达到或超过10万人的城市（数据来源：第一财经记者根据各地统计公", "status": "allowed", "why": "the caption under the chart naming its data (数据来源：第一财经记者…整理): the article's own caption, not a source line"},
  {"file": "seed-audit/2022-04-16_004fc7dd.md", "sentence": "此外，《报告》还显示，在择业中，00后颇有个性，高度关注个人成长和兴趣匹配，对金", "status": "allowed", "why": "关注 as the article's own verb (值得关注, 引来多方关注, 密切关注, 共同关注), not a follow-us invitation"},
];
