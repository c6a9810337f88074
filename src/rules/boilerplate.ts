/**
 * Boilerplate as classes of meaning: the words Sina and the outlets print around an article
 * (app promos, follow-us boxes, disclaimers, related-reading lists, topic links, live quote
 * numbers), never the article's own. Each class says where it sits, how much one match removes,
 * several phrasings seen on real pages, real lines that must go, and real article sentences
 * that use the same words and must stay. A new promo is one pattern or one example here.
 */
import { tableTester } from './screen';
import type { BoilerplateClass } from './types';

/** A title-like line in a related-reading list: short, no full stop inside, often led by an arrow. */
const TITLE_LINE = /^(?:[➤▶►•·●■◆▪\-－]\s*)?[^。；;]{4,60}$/;

/**
 * What an app or account promises the reader in a promo line: a verb and what it gives, ending in
 * the kind of thing an app or account gives (资讯, 行情, 内容, 全文, 更多…), and nothing after it.
 * A sentence that goes on to tell something (…参与调查的投资者中，超过六成看好后市; …查看行情成了他每天早上的
 * 第一件事; …获取所谓内幕消息的投资者最终血本无归; …的荐股信息，是骗局的第一步) is the article's.
 */
const BENEFIT_CLAUSE = String.raw`(?:更快|更多|轻松)?(?:第一时间|随时随地|即可|立即|随时)?(?:查看|阅读|获取|了解|看|领取|参与|体验|畅享|享有|掌握|追踪|把握|收看|接收|读)[^。！？!?，,；;]{0,20}?(?:资讯|内容|行情|热点|评论|全文|原文|观点|动态|精彩|研报|新闻|快讯|消息|信息|解读|干货|福利|直播|视频|报道|数据|文章|好文|推送|服务|更多|详情|红包|权益|互动|活动|知识|攻略|分析|公告|大事|要闻|机会|好礼|大奖)`;
const BENEFIT = String.raw`${BENEFIT_CLAUSE}(?:[，,、]\s*${BENEFIT_CLAUSE}){0,2}`;

/**
 * Where a name ends in a metric the writer brackets with its own numbers, no stock's name ends: a
 * ratio, a change or a period (市盈率, 同比, 涨幅, 去年同期, 预期, 十年期), or a measure the writer
 * reports (营收, 净利润, 出口, 社零, 社融, 成交额).
 */
const NOT_A_METRIC = String.raw`(?<!(?:[率比幅值额量差债年价]|增速|增长|季度|营收|收入|税收|利润|净利|毛利|出口|进口|社零|社融|存款|贷款|储备|(?:同|预|[年月周天日]|远|到|初|末|当)期))`;
/**
 * An economic measure named by Latin letters (CPI, 核心CPI, PPI, 财新PMI, GDP, M2, 5年期LPR, SHIBOR,
 * DR007, MLF): a measure's printed value, never a ticker's quote. A longer run of letters is
 * another word (a ticker like XCPI).
 */
/**
 * An exchange rate the writer brackets with its value: a currency pair (美元兑人民币, 欧元兑美元, X兑Y)
 * or a currency, perhaps its index, standing alone as the bracket's subject (（离岸人民币 …）,
 * （美元指数 …）). Sina's live quote follows a stock's, an index's or a fund's name, never a
 * currency's: the numbers are the writer's. A currency word that ends a longer name is the name's
 * (华夏全球科技先锋混合美元: a QDII fund's US-dollar share class, whose live quote goes).
 */
const NOT_A_RATE = String.raw`(?<!兑[\u4e00-\u9fa5A-Za-z]{1,8}|[（(]\s*(?:离岸|在岸|ICE)?(?:美元|欧元|日元|英镑|人民币|港元|港币|澳元|加元|瑞郎|卢布|韩元)(?:指数)?)`;
const NOT_A_MEASURE = String.raw`(?<!(?<![A-Za-z])(?:CPI|PPI|PMI|GDP|GNP|PCE|M[012]|LPR|SHIBOR|Shibor|HIBOR|Hibor|LIBOR|Libor|SOFR|D?R0\d{2}|MLF|SLF|PSL|TLF|OMO))${NOT_A_RATE}`;

export const BOILERPLATE: readonly BoilerplateClass[] = [
  {
    id: 'promo.sina-app',
    reason: "Sina's own app and QR box under the article (海量资讯、精准解读，尽在新浪财经APP) and its download lines",
    where: 'tail',
    scope: 'line',
    selectors: ['.appendQr_wrap', '.fincon_sfapp_pro'],
    patterns: [
      /^海量资讯、精准解读，尽在新浪财经APP$/,
      new RegExp(String.raw`^下载新浪财经APP[，,]\s*${BENEFIT}[。！!]?$`),
      /^投资热点尽在新浪财经APP\s*[>＞]?$/,
      /^新浪财经APP$/,
    ],
    examples: {
      drop: ['海量资讯、精准解读，尽在新浪财经APP', '下载新浪财经APP，查看更多资讯和大V观点', '投资热点尽在新浪财经APP>'],
      keep: [
        '12月2日，国家税务总局12366纳税服务平台工作人员答复《中国经营报》记者时说，个人所得税专项附加扣除在12月1日正式开始确认，目前个人所得税APP与自然人电子税务局网页端开放了“确认下一年度专项附加扣除”功能，纳税人可以通过该功能将2021年专项附加扣除信息一键带入2022年。',
        '在个人所得税APP终端，记者发现今年增设了快捷填报专项附加扣除页面，并设有一键带入功能，目前个人所得税APP系统已经升级，纳税人可以在手机端更新系统并完成确认。',
        '下载新浪财经APP，看行情、读研报，已成为不少散户的日常。',
      ],
    },
    fixture: 'seed-format/000_e61d407e7bc7dc3d.txt',
  },
  {
    id: 'promo.account-opening',
    reason: 'brokerage account-opening and stock-tip promos with a QR code (.app-kaihu-qr): a call to action ending in >>',
    where: 'tail',
    scope: 'line',
    selectors: ['.app-kaihu-qr'],
    patterns: [
      /^[^。]{4,60}(?:>>|＞＞|》》)$/,
      /^扫二维码\s*立即.{0,8}开户$/,
      /^(?:股民福利来了|集虎卡|瓜分\d+元现金红包|牛市来了)[！!？?，,].{0,50}$/,
    ],
    examples: {
      drop: [
        '股民福利来了！送您十大金股！点击查看>>',
        '股民福利来了！十大金股送给你，带你掘金“黄金坑”！点击查看>>',
        '集虎卡，开鸿运！最高拆522元惊喜福袋！',
        '8.××%理财券，额度有限先购先得，每位用户限购一次>>',
        '牛市来了？如何快速上车，金牌投顾服务免费送>>',
        '30%的涨跌幅你准备好了吗？全流程预约权限开通，一键直达北交所 >>',
        '扫二维码 立即期货开户',
      ],
      keep: [
        '马蓉：一个是有他的机票。（新浪娱乐：他飞往成都的机票？）对对对对对。还有一些聊天记录，包括七夕的时候，他们两个人发520的红包。',
        '2月19日，富途证券国际（香港）有限公司宣布，将向香港社会捐助1000万元港币现金，在此基础上，还将紧急采购100万支快速测试剂免费赠送给有需要的香港市民，驰援香港共同战疫。',
      ],
    },
    fixture: 'seed-format/2022-07-17_f89500c5.md',
  },
  {
    id: 'promo.research-report',
    reason: "Sina's research-report promo boxed above finance articles (炒股就看金麒麟分析师研报…)",
    where: 'lead',
    scope: 'line',
    patterns: [/^炒股就看金麒麟分析师研报.{0,40}$/],
    examples: {
      drop: ['炒股就看金麒麟分析师研报，权威，专业，及时，全面，助您挖掘潜力主题机会！'],
      keep: ['汽车行业分析师张翔对《证券日报》记者分析，中国已经成为全球最大的新能源汽车市场，作为汽车产业实现“绿能”的重要途径，动力电池产业快速发展，而宁德时代抓住了时代机遇，快速发展成为全球最大的动力电池供应商，也造就了新“绿色能源富豪”的财富故事。'],
    },
    fixture: 'seed-format/2021-07-11_11a6005c.md',
  },
  {
    id: 'promo.research-links',
    reason: "Sina's research-product link list boxed above finance articles (投资研报, then titles of paid reports on sinadaxue.cn): a promo, not news",
    where: 'lead',
    scope: 'run',
    selectors: ['.jqlblock_cls'],
    patterns: [/^投资研报$/],
    // Report titles run long (【硬核研报】… up to 90 characters), never a full sentence.
    run: { item: /^(?:【[^】]{1,8}】)?[^。；;]{4,90}$/, max: 6 },
    examples: {
      drop: ['投资研报'],
      runItems: ['【硬核研报】磷资源已成战略性资源！磷酸铁锂重回锂电正极材料主流，需求量持续超预期背景下，这些磷化工产业链龙头有望持续受益（名单）', '两部门联手发布重磅利好！IPv6顶层设计规划出炉！概念股要嗨？3只个股最受益（名单）'],
      keep: ['券商发布的投资研报显示，行业景气度有望持续回升。', '投资研报的质量参差不齐，投资者需要独立判断。', '据投资研报统计，今年以来共有120家公司获得机构首次覆盖。'],
    },
    fixture: 'seed-format/2021-07-11_79383bba.md',
  },
  {
    id: 'promo.follow-us',
    reason: 'an invitation to follow, scan or subscribe to an account (WeChat, QR code, video account), not news',
    where: 'anywhere',
    scope: 'line',
    selectors: ['.blk-wxfollow'],
    patterns: [
      /^.{0,12}(?:欢迎|请|长按)?(?:扫描|扫码|识别).{0,12}二维码.{0,6}关注.{0,40}$/,
      /^(?:更多猛料[！!])?欢迎扫描.{0,40}$/,
      /^.{0,16}(?:欢迎关注|速关注|加关注|关注我呦|点个关注).{0,20}$/,
      /^[（(]?进入视频，点击帐号头像，加关注[）)]?$/,
      /^(?:持续关注|致敬|戳|往下看|点击下方)[！!]?\s*(?:↓|\u{1F447})+$/u,
      /^.{2,10}(?:公众号|视频号|官方微信)$/,
    ],
    examples: {
      drop: [
        '更多猛料！欢迎扫描左方二维码关注新浪新闻官方微信（xinlang-xinwen）',
        '欢迎关注中国新闻周刊视频号',
        '（进入视频，点击帐号头像，加关注）',
        '喜欢新奇科技，关注我呦',
        '天天财经独家，速关注',
        '持续关注！↓↓',
        '新浪新闻公众号',
      ],
      keep: [
        '记者实地探访发现，最近在上海地铁站内的部分“黑拾”自助贩卖机开始支持数字人民币支付方式。在这些设备上，点击商品就会出现数字人民币支付选项，扫描二维码即可完成购买。',
        '3月21日早上7时22分，潘超伟在微信朋友圈发了一条信息：“终于回到祖国母亲的怀抱，日出真美，一切平安。”',
        '1月7日，微信公众号“西安市场监管”消息，近期，西安市市场监管局围绕全市疫情防控工作，严厉打击借疫情之机囤积居奇、哄抬物价、以次充好、兜售假冒伪劣商品、虚假宣传及计量器具违法等扰乱市场秩序行为，查办了一批违法案件。现通报如下：',
        '5月11日，“无锡人才”官方公众号发布，梁溪区出台了人才购房实施办法（试行），',
        '近日，珠海市政府发布一则通知，准备拆除这条有轨电车，随即引来多方关注。',
        '答：据我了解，王毅国务委员兼外长将于北京时间今天夜里在联合国大会一般性辩论上发表演讲。如果你关心演讲内容，建议你届时关注。',
      ],
    },
    fixture: 'pages/news_20180928_ifxeuwwr9050078.html',
  },
  {
    id: 'promo.sina-app-call',
    reason: "a short call to get Sina's app or client (下载/打开/扫码/上/安装 + 新浪财经/新浪新闻 + APP/客户端, …尽在新浪财经APP, 打开新浪新闻，阅读全文): it sends the reader away, it is not the article",
    where: 'edge',
    scope: 'line',
    patterns: [
      // An optional short slogan (看行情，), the call, the app, then at most what the app gives (，查看更多精彩内容).
      new RegExp(String.raw`^[【[［]?(?:[^。！？!?，,]{1,10}[，,]\s*)?(?:(?:扫码|扫一扫|扫描(?:下方|上方|左侧|右侧|左方|右方)?二维码|长按识别二维码)(?:下载|打开|安装)?|(?:立即|马上|赶快|快来|请)?(?:点击)?(?:下载|打开|安装|登录|上))\s*新浪(?:财经|新闻)\s*(?:APP|App|app|ＡＰＰ|客户端)(?:[，,：:\s]*${BENEFIT})?[。！!]?[】\]］]?\s*[>＞]*$`),
      // The mobile page's call to open the news app (no APP after the name).
      /^(?:打开|下载|安装)新浪(?:财经|新闻)[，,]\s*(?:查看|阅读|获取|看)(?:全文|更多[^。！？!?]{0,12})[。！!]?$/,
      // A slogan ending in the app (7×24小时全球财经资讯，尽在新浪财经APP).
      /^[【[［]?[^。！？!?]{2,30}[，,、\s]尽在新浪(?:财经|新闻)\s*(?:APP|App|app|客户端)[】\]］]?\s*[>＞]*$/,
    ],
    examples: {
      drop: [
        '扫描二维码下载新浪财经客户端',
        '7×24小时全球财经资讯，尽在新浪财经APP',
        '打开新浪财经APP，查看更多精彩内容',
        '下载新浪财经客户端，第一时间获取7×24小时全球财经资讯。',
        '【看行情，上新浪财经APP】',
        '打开新浪新闻，阅读全文',
        '扫码下载新浪财经APP，随时随地看行情',
        '下载新浪新闻客户端，看更多热点资讯',
        '打开新浪新闻，查看更多精彩评论',
        '点击下载新浪财经客户端，享有更多资讯内容，更快获取市场动态。',
      ],
      keep: [
        '新浪财经APP的调查显示，超过六成受访者认为有轨电车客流不足。',
        '新浪财经APP上线了“AI研报”功能，用户可在行情页一键查看。',
        '图片来源：新浪财经APP截图',
        '他在采访中说，下载新浪财经APP的用户以年轻投资者为主。',
        '投资者可以通过下载新浪财经APP查看上市公司公告。',
        '安装新浪财经APP后，他开始每天查看自选股。',
        '据了解，用户打开新浪新闻客户端后可以看到热榜。',
        '打开新浪财经APP，查看自选股行情的用户数同比增长30%。',
        '下载新浪财经APP需要多长时间？',
        '（来源：新浪财经APP）',
        '新浪财经客户端数据显示，截至发稿，该股成交额已超过20亿元。',
        '请各位投资者选择从正规应用商店下载官方客户端！',
        '中新网客户端北京9月28日电（记者 李金磊）记者从文化和旅游部获悉，文化和旅游部已将35人纳入旅游“黑名单”。',
        '打开新浪新闻客户端的“热榜”频道，这条消息排在第一位。',
        '据新浪财经APP统计，当天共有37只个股涨停。',
        '上新浪财经APP搜索“有轨电车”的人数在一周内翻了一番。',
        '新浪新闻客户端记者在现场看到，乘客排起了长队。',
        '多家券商APP出现短暂卡顿，下载量同比增长两倍。',
        '尽在掌握的说法并不准确，他补充道。',
        '海量资讯尽在新浪财经APP的广告语已经用了多年。',
        '打开新浪财经，一条快讯弹了出来：该公司股票停牌。',
        '记者登录新浪财经APP发现，该功能已经下线。',
        '登录新浪财经APP参与调查的投资者中，超过六成看好后市。',
        '打开新浪财经APP，查看行情成了他每天早上的第一件事。',
      ],
    },
    fixture: 'synthetic/synthetic-app-wechat.html',
  },
  {
    id: 'promo.scan-follow',
    reason: "an outlet's scan-to-follow line closing a reprint (扫码关注X公众号，获取更多资讯), its QR picture not carried over: not news",
    where: 'tail',
    scope: 'line',
    patterns: [
      new RegExp(String.raw`^[【[]?(?:(?:欢迎|请|敬请)?(?:微信)?(?:扫码|扫一扫|扫描二维码)|长按(?:识别|扫描)二维码)\s*(?:关注|订阅|添加)[^，,。！!？?]{1,20}?(?:公众号|微信号|视频号|官方微信|官方微博|抖音号|头条号|服务号|账号)(?:[（(][\w\s-]{1,30}[）)])?(?:[，,]\s*${BENEFIT})?[。！!]?[】\]]?$`),
    ],
    examples: {
      drop: ['扫码关注每日经济新闻公众号，获取更多资讯。', '扫码关注XX公众号，第一时间获取最新资讯。', '扫一扫关注中国证券报微信公众号', '欢迎扫码关注21世纪经济报道官方微信（jjbd21），第一时间获取财经资讯'],
      keep: [
        '乘客扫码乘车后，车票收入仍不足以覆盖运营成本。',
        '扫码支付已覆盖全市95%以上的商户。',
        '扫码关注公众号领取优惠券的营销手段被监管部门点名。',
        '记者扫码关注该公众号后发现，页面显示“系统维护中”。',
        '扫码关注该公众号后，页面自动跳转至一个贷款链接。',
        '扫码关注“牛股内参”公众号，获取所谓内幕消息的投资者最终血本无归。',
        '扫一扫关注“XX理财”微信号，获取“稳赚不赔”的荐股信息，是骗局的第一步！',
      ],
    },
    fixture: 'synthetic/synthetic-app-wechat.html',
  },
  {
    id: 'wechat.closing',
    reason: "a WeChat account's closing furniture on a reprint (— END —, 点个“在看”，分享给更多人): words to the account's readers, not the article",
    where: 'tail',
    scope: 'line',
    patterns: [
      /^[—\-－–_=~·•.。▼▲\s]*(?:THE\s*)?(?:END|End)[—\-－–_=~·•.。▼▲\s]*$/,
      // What follows 在看 is a particle (哦, 吧) or one more ask of the reader (，分享给更多人; ，你最好看), never
      // a clause telling what it does (用户点个“在看”，文章就会出现在好友的“看一看”里).
      /^[^。！？!?]{0,16}点(?:(?:个|一下|亮)\s*[“"「『]?|\s*[“"「『])在看[”"」』]?(?:[吧哦呀啊呢哈嘛啦噢]|[，,、]\s*(?:分享|转发|转给|让|支持|鼓励|告诉|推荐|一起|给|点赞|再|和|你|您|我们|小编|谢谢|感谢|爱)[^。！？!?，,]{0,14})*[。！!~～]*$/,
    ],
    examples: {
      drop: ['— END —', '·········· END ··············', '-END-', '点个“在看”，分享给更多人', '你要不喜欢，退出之前记得文末点个“在看”哦。', '喜欢就点个在看吧！', '点个在看，你最好看'],
      keep: [
        '本轮谈判的结果将在周末揭晓。',
        'Weekend当天的销售额同比增长了12%。',
        '下午一点在看盘的投资者明显减少。',
        '他正在看一份文件，没有回答记者的问题。',
        '网友纷纷为他点个赞。',
        '截至发稿，点赞、转发已超过10万次。',
        '用户点个“在看”，文章就会出现在好友的“看一看”里。',
      ],
    },
    fixture: 'synthetic/synthetic-app-wechat.html',
  },
  {
    id: 'wechat.recommended',
    reason: "a WeChat account's list of its own earlier posts at the end of a reprint (往期推荐 and the titles under it): other articles, not this one",
    where: 'tail',
    scope: 'run',
    // Headings WeChat accounts print over their own list only (往期推荐, 往期精选…; 推荐阅读 is related.lead-in's);
    // 精彩回顾 and 历史文章 open an article's own section (an event's highlights, a company's history): no such heading.
    patterns: [/^[【[]?(?:往期推荐|往期精选|往期热文|往期回顾|近期热文|热文推荐)[】\]]?\s*[:：]?\s*$/],
    // The titles: short, no sentence stop inside. An article paragraph ends in 。 and ends the run. Titles
    // under these headings do end in ？ or ！ (如何判断一个元素是否在可视区域内？), so those stay titles here.
    run: { item: TITLE_LINE, max: 10 },
    examples: {
      drop: ['往期推荐', '往期精选：', '【近期热文】', '往期回顾'],
      runItems: ['地铁建设为何“踩刹车”？', '有轨电车之困：一边争相上马，一边接连叫停'],
      keep: ['往期推荐的几篇文章阅读量都超过了10万。', '精彩回顾了公司三十年的发展历程后，他宣布了新的计划。', '精彩回顾', '历史文章'],
    },
    fixture: 'synthetic/synthetic-app-wechat.html',
  },
  {
    id: 'promo.tip-off',
    reason: "an outlet's call for news tips with its WeChat and QQ contacts",
    where: 'tail',
    scope: 'line',
    patterns: [/^【?如果您有新闻线索.{0,80}】?$/],
    examples: {
      drop: ['【如果您有新闻线索，欢迎向我们报料，一经采纳有费用酬谢。报料微信关注：ihxdsb，报料QQ：3386405712】'],
      keep: ['接受记者采访时，老人谈起维权缘由仍很气愤：“把我100多篇文章收录（到）数据库，还通过电脑、手机这些端口来传播，不仅不告诉我，读者包括我自己下载还要付费，我本人却从没拿到过一分钱稿费。”'],
    },
    fixture: 'seed-format/2021-12-07_8afb4c77.md',
  },
  {
    id: 'promo.click-more',
    reason: 'a click-through line sending the reader to more lists or pages (点击查看更多…), not part of the report',
    where: 'anywhere',
    scope: 'line',
    patterns: [/^[【[]?(?:点击|戳)(?:这里|此处)?查看(?:更多)?[^。，,！!？?]{0,30}[】\]]?\s*[:：]?\s*(?:https?[:：]\/\/\S+)?$/],
    examples: {
      drop: ['点击查看更多行业红黑榜单：https：//tousu.sina.com.cn/top_rank/index_n', '【点击查看2021胡润中国500强全榜单】'],
      keep: [
        '记者实地探访发现，最近在上海地铁站内的部分“黑拾”自助贩卖机开始支持数字人民币支付方式。在这些设备上，点击商品就会出现数字人民币支付选项，扫描二维码即可完成购买。',
        '前述12366工作人员提醒，由于个人所得税专项附加扣除内容事关纳税人的税收负担，因此即使2022年度个人附加扣除内容和2021年一样，纳税人也需要点击确认，这样扣缴义务人才能在2022年1月份完成相关项目的扣除。',
      ],
    },
    fixture: 'seed-format/2021-12-07_21a66c3e.md',
  },
  {
    id: 'disclaimer.platform',
    reason: "a platform's or outlet's disclaimer and copyright notice (特别声明/免责声明/声明：…不代表…观点/未经授权禁止转载)",
    where: 'tail',
    scope: 'line',
    selectors: ['.article-notice', '.show_statement'],
    patterns: [
      /^(?:特别|免责|郑重|版权)?声明\s*[:：].{0,200}(?:观点|立场|转载|授权|投资建议|仅供参考|风险|版权|联系).{0,200}$/,
      /^(?:本文|以上(?:文章|内容|作品)).{0,40}(?:仅代表作者|不代表).{0,120}$/,
    ],
    examples: {
      drop: [
        '特别声明：以上文章内容仅代表作者本人观点，不代表新浪看点观点或立场。如有关于作品内容、版权或其它问题请于作品发表后的30日内与新浪看点联系。',
        '声明：新浪网独家稿件，未经授权禁止转载。',
      ],
      keep: [
        '稍晚时候，节目组通过官博发布公开致歉声明，对李宇春及现场观众造成的困扰表达歉意之余，亦承诺将严格调查失控观众，加强安保工作。（Ran/文）',
        '声明说，泰方完全支持香港特区行政长官及特区政府通过与各方广泛接触和对话以解决局势的努力。',
        '泰国外交部当天在其网站发布的声明表示，泰方正密切关注香港特别行政区的局势。泰方支持中国“一国两制”政策，认为香港特别行政区事务纯属中国内政。',
        '王宝强离婚声明',
        '（声明全文附后）',
        '（声明：本公司实际控制人目前正常履职，相关传闻不实，公司将保留追究法律责任的权利，投资者如有疑问请联系公司证券部。）',
      ],
    },
    fixture: 'pages/k_20180928_1894c3a9300100elpc.html',
  },
  {
    id: 'disclaimer.investment-risk',
    reason: 'an investment-risk notice appended to market articles (投资有风险/不构成投资建议/风险自担)',
    where: 'tail',
    scope: 'line',
    patterns: [
      /^(?:风险提示|提示|免责声明)\s*[:：].{0,150}(?:投资建议|风险自担|仅供参考|需谨慎|须谨慎).{0,100}$/,
      /^(?:[^。]{0,20}[，,])?投资有风险[，,].{0,12}(?:需|须)谨慎[。！!]?$/,
      // The notice speaks of the text itself (本文/以上内容/文中观点…) or of nothing: a sentence
      // reporting that someone says a thing is no investment advice (专家表示，该声明不构成投资建议…) is the article's.
      /^(?:(?:本文|本篇|文章|文中|文内|以上|上述|本报告|本资料|本材料|本页|所涉)(?:(?!表示|认为|称|指出|说|强调|提醒|声明|提示|告诉|介绍)[^。，,；;]){0,20}[，,]?\s*)?(?:(?:仅供参考|仅为个人观点|仅代表个人观点)[，,]\s*)?(?:并)?不构成(?:任何|对[^。，,]{1,12}的)?投资建议[^。]{0,40}[。！!]?$/,
      /^(?:投资者)?据此(?:操作|入市|投资)[，,]?\s*风险自担[。！!]?$/,
      // The same notice in brackets, headed 声明 (（声明：文章内容仅供参考，不构成投资建议。…）).
      /^[（(【]\s*(?:免责)?声明\s*[:：][^（）()【】]{0,80}不构成(?:任何)?投资建议[^（）()【】]{0,80}[）)】]$/,
    ],
    examples: {
      drop: [
        '风险提示：本文仅供参考，不构成投资建议，据此操作风险自担。',
        '市场有风险，投资有风险，入市需谨慎。',
        '以上内容仅供参考，不构成投资建议。',
        '（声明：文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。）',
        '本文不构成投资建议。',
        '文中观点仅供参考，不构成投资建议。',
        '投资者据此操作，风险自担。',
      ],
      keep: [
        '专家表示，该声明不构成投资建议，投资者仍需自行判断。',
        '上述人士表示，基金经理的公开发言不构成投资建议，投资者应理性看待。',
        '监管部门指出，荐股直播中的“仅供参考，不构成投资建议”字样不能成为违规荐股的挡箭牌。',
        '律师认为，该博主的言论虽标注不构成投资建议，但仍可能涉嫌非法经营证券投资咨询业务。',
        '他说，网络上流传的所谓内部消息不构成投资建议，更不能据此操作。',
        '多位业内人士认为，预计短债基金出现较大回撤属于短期现象，拉长期限看，短债基金仍可以创造每年超过货基100BP左右的正收益，是货币基金的可替代投资工具。',
        '上述上海中型公募人士也表示，股债跷跷板效应虽然不是绝对的，但也有很高的发生概率，基于今年市场对股市和债市的普遍预期来看，债券市场具备很好的配置价值，短债基金的收益率是值得期待的，至少相对收益会表现较好。',
      ],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'disclaimer.image-source',
    reason: "a self-media note that pictures come from the web, not the article's words",
    where: 'tail',
    scope: 'line',
    patterns: [/^注[:：].{0,20}(?:图片来自网络|图片来源于网络).{0,20}$/],
    examples: {
      drop: ['注：文章内容真实性已证实，图片来自网络，我爱趣头条！'],
      keep: ['“祖国永远在我们身后”——来自从乌克兰安全撤离回国中国公民的声音'],
    },
    fixture: 'pages/k_20180928_1894c3a9300100elpc.html',
  },
  {
    id: 'credit.cover-picture',
    reason: 'the credit of a cover picture the article does not show (封面图片来源：…): not the article\'s words',
    where: 'tail',
    scope: 'line',
    patterns: [/^封面(?:图片|图)(?:来源)?\s*[:：].{1,40}$/],
    examples: {
      drop: ['封面图片来源：每经记者 张建 摄 资料图'],
      keep: ['“祖国永远在我们身后”——来自从乌克兰安全撤离回国中国公民的声音'],
    },
    fixture: 'seed-format/2021-05-05_4698a33a.md',
  },
  {
    id: 'related.lead-in',
    reason: 'a related-reading lead-in (相关新闻/相关阅读/延伸阅读/推荐阅读/往期回顾…) and the other articles’ titles listed after it; also between two reprinted parts of one page ([相关新闻] + a title, then the related report)',
    where: 'anywhere',
    scope: 'run',
    selectors: ['blockquote.fin_reference', '.blk-related'],
    patterns: [
      /^[【[［]?(?:相关新闻|相关阅读|相关报道|相关链接|延伸阅读|推荐阅读|往期回顾|往期精彩|精彩推荐|热门推荐|你会关注|猜你喜欢|更多新闻|更多阅读|百万读者都在看|大家都在看|官方解读)[】\]］]?\s*[:：]?\s*$/,
      /^[【[［]?(?:相关新闻|相关阅读|相关报道|延伸阅读|推荐阅读)[】\]］]?\s*[:：]\s*(?<title>[^。]{4,80})$/,
    ],
    run: { item: TITLE_LINE, max: 15 },
    examples: {
      drop: ['相关新闻：北京严查炒作学区房违规商改住等行为 18家中介机构被查处', '[相关新闻]', '推荐阅读', '你会关注', '【官方解读】', '百万读者都在看'],
      runItems: ['新华社重磅文章：不可逆转的历史进程！', '➤二季度私募看好三大板块，最看好的今天表现最差', '真的是冷冬吗？权威预测为你解答'],
      keep: [
        '延伸阅读看过来，RCEP规则亮点逐个数',
        '新浪娱乐：距离2016年王宝强发布离婚声明已经两年了，你当时没有第一时间出来接受采访，为什么选择现在这个时间来回应？',
      ],
    },
    fixture: 'seed-audit/2021-05-01_4ac1451c.md',
  },
  {
    id: 'related.earlier-report',
    reason: 'a lead-in pointing to an earlier report (此前报道/前情回顾), followed by its title or link',
    where: 'edge',
    scope: 'run',
    patterns: [/^[【[（(]?(?:此前报道|前情回顾|前期报道|此前相关报道|往期报道)[】\]）)]?\s*[:：]?\s*(?<title>[^。]{0,80})$/],
    run: { item: TITLE_LINE, max: 5 },
    examples: {
      drop: ['此前报道：', '【前情回顾】', '此前报道：北京严查炒作学区房违规商改住等行为 18家中介机构被查处'],
      runItems: ['北京严查炒作学区房违规商改住等行为 18家中介机构被查处'],
      keep: [
        '视频于2018年5月8日至2018年5月16日在互联网平台上发布传播后，多家新闻媒体转载报道，引起了公众关注和网络热议，在一定范围内造成了不良社会影响和后果。',
        '5月1日消息，#北京18家中介机构被查处#登上微博热搜。据媒体报道，北京市住建委昨日通报，因违规发布网络房源信息，18家中介机构被查处。',
      ],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'topic.link',
    reason: 'a link to a Sina special-topic page (专题), not part of the article',
    where: 'anywhere',
    scope: 'line',
    selectors: ['.wap_special'],
    patterns: [/^(?:[【[]专题[】\]]|专题\s*[:：]).{0,60}$/, /^(?:点击|进入)[^。]{0,8}专题[^。]{0,10}(?:>>)?$/, /^有奖精彩专题$/],
    examples: {
      drop: ['专题：期货开户，低佣金，一站式服务', '点击财富专题', '有奖精彩专题'],
      keep: [
        '瑞丽发改局随后回复：2017年云南省委第五巡视组指出“城市轨道交通项目预计投资56.49亿元，可行性论证不够，决策存在盲目性”。2017年12月，瑞丽召开关于暂停瑞丽市城市轨道交通项目（一期）建设的专题会议，“该项目目前已不再继续推进”。',
        '商务部外资司司长宗长青今年4月23日在新增服务业扩大开放综合试点专题发布会上介绍，5年来，北京市服务业累计吸收外资5686亿元人民币，占北京市吸收外资总量的96.9%，占全国服务业吸收外资的14.8%（不含银行、证券、保险领域数据）。多年的改革开放实践证明，服务业吸收外资增加，带动了我国产业结构优化升级，更好地满足了人民群众消费升级的需求，也为稳外资作出了重要贡献。',
      ],
    },
    fixture: 'pages/chanye-finance_20050321_244339.html',
  },
  {
    id: 'quote.live',
    reason: 'live quote numbers Sina injects after a stock name (price, change, change %; 停牌): not the article’s words',
    where: 'anywhere',
    scope: 'inline',
    selectors: ['span[id^=quote_]'],
    patterns: [
      /[（(]\s*-?\d+(?:\.\d+)?\s*[,，]\s*[+-]?\d+(?:\.\d+)?\s*[,，]\s*[+-]?\d+(?:\.\d+)?%\s*[）)]/g,
      /[（(]\s*停牌\s*[）)]/g,
    ],
    examples: {
      drop: ['（115.395, 2.79, 2.47%）', '(9.720, -0.12, -1.22%)', '（1790.00，-12.30，-0.68%）', '（停牌）'],
      keep: [
        '"旧改之王"突现兑付危机，4家公司紧急停牌，员工称感到意外！央企已介入旧改项目洽谈',
        '今年一季度，以“倍增计划”企业为代表的龙头企业引领作用凸显，东莞410家“倍增计划”规模以上工业企业（含名誉企业）增加值317.96亿元，同比增长8.7%，增速高于全市水平5.1个百分点。',
        '42家企业的价值达到了今年胡润世界500强的门槛（2，368亿元）',
      ],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'link.more-marker',
    reason: 'a 详情>> / 更多>> marker left from a link the page no longer carries (…开展救援工作。详情>>): not the article\'s words',
    where: 'anywhere',
    scope: 'inline',
    patterns: [/(?:详情|更多|全文)\s*(?:>>|》》|＞＞)/g],
    examples: {
      drop: ['详情>>'],
      keep: ['截至目前，未发现幸存人员。', '执行国民经济行业分类标准（GB/T4754-2017），具体请参见http://www.stats.gov.cn/tjsj/tjbz/hyflbz/。'],
    },
    fixture: 'seed-format/2022-03-23_84c460c0.md',
  },
  {
    id: 'notice.reprint',
    reason: "an outlet's request to credit it when reprinting (【转载请注明来源：X】, 转载请注明“X”): words to other publishers, not the article's",
    where: 'anywhere',
    scope: 'inline',
    patterns: [/[【[［]\s*(?:转载|转发)请注明[^】\]］]{0,40}[】\]］]/g, /(?:转载|转发)请注明(?:来源|出处)?\s*[:：]?\s*[“"][^“”"。，]{1,20}[”"]/g],
    examples: {
      drop: ['【转载请注明来源：北京日报微信公众号】', '转载请注明“央视财经”'],
      keep: [
        '案情摘要：2021年12月27日，市市场监管综合执法支队接网络舆情线索，网民杨某通过微博发布“疫情期间蔬菜涨价5倍多”的言论。经查，该微博内容为不实言论，且被转载301条、评论529条、点赞758个。',
        '视频于2018年5月8日至2018年5月16日在互联网平台上发布传播后，多家新闻媒体转载报道，引起了公众关注和网络热议，在一定范围内造成了不良社会影响和后果。',
      ],
    },
    fixture: 'seed-format/2022-03-24_84b38d02.md',
  },
  {
    id: 'promo.stock-forum',
    reason: "Sina's stock-forum link under finance articles",
    where: 'tail',
    scope: 'line',
    selectors: ['[data-sudaclick=suda_1028_guba]'],
    patterns: [/^进入【新浪财经股吧】讨论$/],
    examples: { drop: ['进入【新浪财经股吧】讨论'], keep: ['在与鹈鹕队的交易讨论中，湖人队多次改变报价方案。'] },
    fixture: 'pages/finance_20160525_ifxsktkp9337164.html',
  },
  {
    id: 'promo.legacy-portal',
    reason: "2004-2009 portal promos and page tools around old articles (mail sign-up, mobile channel, 【发表评论】【关闭窗口】, chapter navigation)",
    where: 'edge',
    scope: 'line',
    patterns: [
      /^看明星八卦、查影讯电视节目，上手机新浪网娱乐频道/,
      /^立刻注册新浪免费邮箱/,
      /^(?:【(?:发表评论|关闭窗口|打印本页|推荐给朋友|收藏此页|我要反馈)】\s*)+$/,
      /^(?:\[(?:上一篇|下一篇|返回目录|回到目录)\]\s*)+$/,
    ],
    examples: {
      drop: ['看明星八卦、查影讯电视节目，上手机新浪网娱乐频道 ent.sina.cn', '[上一篇]'],
      keep: ['新浪娱乐：你能跟我们讲一下，在他发声明以前，你在王宝强的公司里是一个什么样的职位？ 你和宋喆会有工作上的交往吗？'],
    },
    fixture: 'pages/ent_20091109_13482762951.html',
  },
  {
    id: 'header.reading-time',
    reason: 'a WeChat-style reading-time header (全文3207字，阅读约需6分钟)',
    where: 'lead',
    scope: 'line',
    patterns: [/^全文\s*\d+\s*字[，,]\s*阅读约需\s*\d+\s*分钟\s*$/],
    examples: {
      drop: ['全文3207字，阅读约需6分钟 '],
      keep: ['本轮疫情主要在哪些地方暴发？有何特点？何时能得到控制？对此，新京报对此进行了全景梳理。'],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'feedback.report',
    reason: 'report/feedback and correction links (举报/反馈, 【纠错】)',
    where: 'tail',
    scope: 'line',
    patterns: [/^举报\s*[/／]\s*反馈$/, /^【纠错】$/],
    examples: { drop: ['举报/反馈', '【纠错】'], keep: ['对此，有网友表示：“想从根本解决这个问题，还是需要优质教育资源的均衡分布”'] },
    fixture: 'seed-audit/2021-12-07_25efcea6.md',
  },
  {
    id: 'disclaimer.sina-statement',
    reason: "Sina's own statement under an article reposted from a partner outlet (新浪声明：…登载此文出于传递更多信息之目的…)",
    where: 'tail',
    scope: 'line',
    patterns: [
      /^新浪声明\s*[:：].{0,120}传递更多信息之目的[，,]\s*并不意味着赞同其观点或证实其描述.{0,160}$/,
      /^(?:此消息系转载自新浪合作媒体[，,]\s*)?新浪网登载此文出于传递更多信息之目的[，,]\s*并不意味着.{0,160}$/,
    ],
    examples: {
      drop: [
        '新浪声明：此消息系转载自新浪合作媒体，新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。文章内容仅供参考，不构成投资建议。投资者据此操作，风险自担。',
        '新浪声明：新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。',
        '新浪网登载此文出于传递更多信息之目的，并不意味着赞同其观点或证实其描述。',
      ],
      keep: [
        '新浪声明称，公司从未授权任何机构以新浪名义发售理财产品。',
        '新浪声明：公司从未授权任何机构以新浪名义发售理财产品，相关人员已被移交公安机关。',
        '新浪声明：公司与合作媒体的版权协议仍然有效，此前网传合作终止的消息不实。',
        '新浪网登载此文出于传递更多信息之目的的说法，被原告律师在庭审中反复引用。',
        '开发商在声明中称，此消息系误传，项目并不意味着保本保息，投资者据此操作，风险自担。',
      ],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'tools.legacy-page',
    reason: '2004-2009 page tools printed as a row of bracketed links (【评论】【推荐】【大 中 小】【打印】【关闭】), not the article',
    where: 'tail',
    scope: 'line',
    patterns: [
      /^(?:【\s*(?:评\s*论|推\s*荐|打\s*印|关\s*闭|大\s*中\s*小|收\s*藏|收藏此页|楼盘论坛|论\s*坛|下载点点通|短信推荐|推荐给朋友|发表评论|我要评论|关闭窗口|打印本页|字号)\s*】\s*){2,}$/,
    ],
    examples: {
      drop: ['【评论】【楼盘论坛】【推荐】【大 中 小】【打印】【下载点点通】  【关闭】', '【评论】【大 中 小】【打印】【关闭】'],
      keep: ['【评论】楼市调控不能只靠限购', '【推荐】【关注】两个按钮的点击率相差三倍，该平台的数据显示。'],
    },
    fixture: 'pages/bj-house_20050331_031868306.html',
  },
  {
    id: 'nav.chapter-pager',
    reason: 'the previous/next pager under a book chapter or a paged article (上一页 回目录 下一页, [上一章] [下一章]), not the text',
    where: 'tail',
    scope: 'line',
    patterns: [
      /^(?:[[【<《«]*\s*(?:上一页|下一页|上一章|下一章|上一节|下一节|回目录|返回目录|目录|首页|尾页)\s*[\]】>》»]*\s*[|｜]?\s*){2,}$/,
    ],
    examples: {
      drop: ['上一页 回目录 下一页', '[上一章] [下一章]', '上一页 | 目录 | 下一页'],
      keep: ['目录上一页的内容写着：首页尾页都已撕去。', '翻到下一页，乔冠华的笔迹更加潦草。'],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'disclaimer.platform-named',
    reason: "a self-media platform's disclaimer headed by the platform's name (新浪号声明：…仅代表作者本人…), not the article",
    where: 'tail',
    scope: 'line',
    patterns: [/^(?:新浪号|新浪看点|看点|新浪财经头条|财经头条|头条号|百家号|企鹅号|搜狐号|网易号)声明\s*[:：].{0,200}(?:仅代表作者(?:本人|个人)|不代表[^，,。]{0,12}(?:立场|观点)).{0,200}$/],
    examples: {
      drop: ['新浪号声明：本文由新浪号作者撰写并发布，观点仅代表作者本人，不代表新浪网立场。'],
      keep: [
        '新浪号声明发布后，多名作者表示将调整更新频率。',
        '头条号声明称，平台将加强对作者原创权益的保护。',
        '百家号声明：平台将对未经授权转载他人作品的账号予以封禁，目前已处理违规账号两千余个。',
        '头条号声明：对搬运和洗稿等侵犯原创版权的行为，平台一经核实将永久封禁相关账号。',
      ],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'promo.outlet-more',
    reason: "an outlet's line sending the reader to its own site for more (更多…资讯与权威解读，尽在…), appended to reposted articles",
    where: 'tail',
    scope: 'line',
    patterns: [/^更多[^。，,！!]{2,30}[，,]\s*尽在[^。，,！!（(]{1,48}(?:网|APP|App|app|客户端|公众号|频道|专栏|专题|号)(?:\s*[（(][^（）()]{1,60}[）)])?[。！!]?$/],
    examples: {
      drop: ['更多南海问题专业资讯与权威解读，尽在海外网—中国南海新闻网（www.nanhainet.cn）。'],
      keep: [
        '更多的发展机遇尽在东盟国家之间的合作之中。',
        '更多南海问题的解决，仍有赖于各方的对话与协商。',
        '更多细节，尽在双方签署的合作协议之中。',
        '更多优质农产品，尽在本届进博会食品及农产品展区。',
      ],
    },
    fixture: 'pages/k_20180928_b63e5bc502000bg5u.html',
  },
  {
    id: 'promo.click-watch',
    reason: 'a click-through line sending the reader to a video, a live broadcast or a topic page (点击观看比赛集锦, 点击进入专题：…), not the report',
    where: 'anywhere',
    scope: 'line',
    patterns: [/^[【[]?(?:点击|戳)(?:这里|此处)?(?:观看|收看|进入)(?!人数|次数|量|率)(?:(?![的了])[^。，,！!？?]){0,24}(?:视频|集锦|直播|专题|回放|录像|图集|完整版|高清组图)[】\]]?\s*[>＞》]*$/],
    examples: {
      drop: ['点击观看比赛集锦', '【点击观看视频】', '点击进入专题：苹果秋季新品发布会全程直播', '点击进入：2019全国两会专题'],
      keep: [
        '点击进入直播间的用户超过500万，创下平台纪录。',
        '点击观看人数超过一亿次的短视频，多数时长不足一分钟',
        '点击观看人数最多的仍是这场新品发布会的直播',
        '湖人队官方账号发布的赛后集锦，点击观看量在一小时内突破百万。',
      ],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'disclaimer.image-web',
    reason: "a self-media note that the pictures come from the web, often asking to be told of infringement (（图片来源于网络，如有侵权请联系删除）, 图片来源网络，侵删): not the article's words",
    where: 'tail',
    scope: 'line',
    patterns: [
      /^[（(【]?\s*(?:注\s*[:：]\s*)?(?:本文|文中|文章|部分)?(?:图片|配图|图文|素材)均?(?:来源于|来源|来自于?|源于|源自)(?:网络|互联网)(?:[，,、\s]*(?:如(?:有|涉及)?侵权[^（）()【】]{0,20}|侵删|侵权(?:请)?(?:联系)?删除))?[。！!]?\s*[）)】]?$/,
    ],
    examples: {
      drop: ['（图片来源于网络，如有侵权请联系删除）', '图片来源网络，侵删', '图片来自网络', '（本文图片均来源于网络，如有侵权请联系删除。）'],
      keep: [
        '警方称，涉事图片来源于网络，系他人伪造后发布。',
        '图片来源于网络的说法并不成立，记者核实后发现原图由当事人拍摄。',
      ],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'promo.follow-author',
    reason: "a self-media writer's closing call to follow, like or share (喜欢本文的朋友，请点击右上角关注作者…, 觉得不错的话，就点个赞吧): not the article",
    where: 'tail',
    scope: 'line',
    patterns: [
      /^(?:如果(?:你|您)?)?(?:喜欢|觉得)(?=[^。！!？?，,]{0,16}(?:本文|这篇|文章|不错|有用|有帮助|有收获|好看|有道理|的话))[^。！!？?，,]{0,16}[，,]\s*(?:请|可以|记得|欢迎|就|麻烦)?(?:(?:动动手指|顺手)?点击[^，,。]{0,6})?(?:关注(?:一下)?(?:作者|我|小编|本号|我们)|点个?赞|点个关注|转发(?:一下|给(?:更多的?)?(?:朋友|好友|身边的人|更多人)|到朋友圈|[、！!吧]))[^。]{0,40}[。！!～~]?$/,
    ],
    examples: {
      drop: [
        '喜欢本文的朋友，请点击右上角关注作者，每天为您带来更多精彩内容！',
        '觉得不错的话，就点个赞吧',
        '如果你喜欢这篇文章，请点赞、转发、关注！',
      ],
      keep: [
        '喜欢这款车的消费者，可以关注下月上市的新款。',
        '喜欢他的球迷纷纷转发这条微博，为其加油。',
        '觉得价格太高，不少网友转发了这条消息。',
        '觉得不对劲，就转发给了派出所民警，民警随即展开调查。',
        '喜欢这家老字号的市民，就转发了店铺搬迁的消息，希望更多人知道。',
      ],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'fold.expand-control',
    reason: 'the control a folded mobile body prints at the fold (展开全文, 展开阅读全文, 点击展开全文 ∨): a button of the page; the text under the fold is the article and stays',
    where: 'anywhere',
    scope: 'line',
    patterns: [/^(?:[∨﹀▼▽⌄↓>›»]\s*)?(?:点击|点此|轻触)?(?:展开|查看|阅读)(?:阅读)?(?:全文|全部|剩余全文|剩余内容)(?:\s*[∨﹀▼▽⌄↓>›»]+)?$/, /^(?:点击|点此)?展开剩余\s*\d{1,3}\s*[%％](?:\s*[∨﹀▼▽⌄↓>›»]+)?$/],
    examples: {
      drop: ['展开全文', '展开阅读全文', '点击展开全文', '点击展开全文 ∨', '展开全文﹀', '查看全文', '阅读全文 >', '展开剩余85%'],
      keep: [
        '委员会随后对报告展开全文审议，并提出了修改意见。',
        '读者点击展开全文后，才能看到这段关于赔偿标准的表述。',
        '展开全文检索后，警方在聊天记录中找到了关键证据。',
        '查看全文需要付费订阅，这一做法引发了读者的不满。',
        '全文共分为七个部分，涵盖了财政、金融、就业等领域。',
        '展开',
      ],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'quote.live-named',
    reason: 'live quote numbers printed inside the brackets after a stock’s or an index’s name or code (（中国卫星 25.31 +2.01%）, （上证指数 3,021.45 +0.52%）, （AAPL 189.30 +1.2%）: a price grouped by thousands, 中国卫星(600118.SH 25.31 2.01%), full-width ＋/－/％ read as the half-width ones): the price and change % are page furniture; a metric the writer brackets with its own numbers (（市盈率 12.35 -3.21%）, （十年期 2.65 -0.02%）) is no stock and stays: a name ending in a ratio, a change, a period or a reported measure (市盈率TTM, 同比增速, 去年同期, 预期, 十年期国债, 营收, 净利润, 出口, 社零) names a metric, and so does an economic measure named by Latin letters (（CPI 2.10 +0.10%）, 财新PMI, M2, 5年期LPR, DR007, SHIBOR: a measure’s value, not a ticker’s quote), or a measure the writer names and then brackets with its value (成交额（成交额 1,234.56 +2.01%））, unless a fund’s suffix follows it (（国债ETF 123.456 +0.05%）, 红利价值ETF, 可转债ETF 511380: a fund’s name, its live quote goes) (bare numbers: a price with its unit, 4.63元, is the article’s own words); the name and the code the article prints stay',
    where: 'anywhere',
    scope: 'inline',
    patterns: [
      // The stock a live quote repeats: its code, its name with or without the code. A metric the writer
      // brackets with its own numbers is no stock's name: a ratio, a change or a period ends it (市盈率TTM,
      // 同比, 同比增速, 涨幅, 去年同期, 预期, 十年期, 十年期国债, 一季度), where a stock's name ends otherwise
      // (山东高速, 中国中期); so does a measure the writer reports (营收, 营业收入, 净利润, 归母净利, 出口, 社零,
      // 社融, 存款, 外汇储备, 房价), a word no listed company's short name ends in;
      // a fund's suffix after such an ending (国债ETF, 红利价值ETF, 可转债ETF, 纳指LOF, 基建REITs, 美股QDII) names a fund, whose live quote goes.
      // The match opens on the separator and the price (a space or a comma, then a digit): said first, so
      // that the look behind the match is tried only there and not at every character of a line.
      new RegExp(String.raw`(?=[\s,，]+[$￥¥]?\d)(?<=[（(]\s*(?:[*＊]?(?:ST)?[\u4e00-\u9fa5A-Za-z][\u4e00-\u9fa5A-Za-z0-9*＊·-]{0,11}?(?<!(?:[率比幅值额量差债年价]|增速|增长|季度|营收|收入|税收|利润|净利|毛利|出口|进口|社零|社融|存款|贷款|储备|(?:同|预|[年月周天日]|远|到|初|末|当)期)(?!(?:ETF|LOF|REITs?|QDII)(?![A-Za-z]))[A-Za-z]{0,4})(?:\s*[,，]?\s*\d{5,6}(?:\.(?:SH|SZ|BJ|HK))?)?|\d{5,6}(?:\.(?:SH|SZ|BJ|HK))?|[A-Z]{1,5}(?:\.[A-Z]{1,2})?)${NOT_A_MEASURE})(?:\s*[,，]\s*|\s+)[$￥¥]?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2,3}(?:\s*[,，]\s*|\s+|(?=[+＋\-－−]))(?:[+＋\-－−]\d+\.\d{1,2}|\d+\.\d{2})[%％](?=\s*[）)])`, 'g'),
      // The whole bracket when it only repeats the name printed right before it (中国卫星（中国卫星 25.31 +2.01%）).
      // A measure the writer names and then brackets with its value (成交额（成交额 1,234.56 +2.01%）) stays.
      new RegExp(String.raw`[（(]\s*(?<name>[*＊]?[\u4e00-\u9fa5A-Za-z][\u4e00-\u9fa5A-Za-z0-9*＊·-]{1,11}?)${NOT_A_METRIC}${NOT_A_MEASURE}(?:\s*[,，]\s*|\s+)[$￥¥]?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2,3}(?:\s*[,，]\s*|\s+|(?=[+＋\-－−]))(?:[+＋\-－−]\d+\.\d{1,2}|\d+\.\d{2})[%％]\s*[）)](?<=\k<name>[（(][^）)]*[）)])`, 'g'),
    ],
    examples: {
      drop: [' 3,021.45 +0.52%', ' 10,234.56 -0.32%', ' 189.30 +1.2%', ' 25.31 +2.01%', ' 25.31 2.01%', ' 450.20 -1.23%', ' 1790.00 -0.68%', ' 3.215 +0.31%', '，25.31，+2.01%', ' 180.50 ＋1.20％', ' 25.31 －2.01%'],
      around: ['航天板块中，中国卫星（600118.SH', '）盘中涨停'],
      keep: [
        '中国卫星（600118.SH）今日涨停，成交额创下年内新高。',
        '公司前三季度实现营收25.31亿元，同比增长2.01%。',
        '（截至9月末，余额25.31万亿元，同比增长2.01%）',
        '全年GDP（2021年 8.1%）增速位居主要经济体前列。',
        '（市盈率 25.31 倍）',
        '贵州茅台（600519.SH）股价收于1790.00元，下跌0.68%。',
        '（上年同期为 25.3 2.0%）',
        '工商银行（601398.SH，4.63元，+0.22%）的股息率仍居银行股前列。',
        '两市成交额（沪市 4125.31亿元 +2.01%）继续放大。',
        '两项指标分别回落（市盈率 12.35 -3.21%）。',
        '国债收益率（十年期 2.65 -0.02%）小幅回落。',
        '沪深300的估值（市净率 1.35 +0.75%）仍处历史低位。',
        '出口增速（同比 12.35 +3.21%）超出市场预期。',
        '两项指标分别回落（市盈率TTM 12.35 -3.21%）。',
        '出口增速回升（同比增速 12.35 +3.21%）。',
        '营收增速回升（去年同期 12.35 -3.21%）。',
        'CPI同比上涨（预期 3.10 +0.10%）。',
        '国债利率下行（十年期国债 2.65 -0.02%）。',
        '利润增速放缓（一季度 12.35 -3.21%）。',
        '公司业绩大增（营收 1,234.56 +12.30%），超出预期。',
        '利润再创新高（净利润 2,345.67 +25.10%）。',
        // An exchange rate: a currency pair or a currency with its value and change.
        '人民币汇率（美元兑人民币 6.45 +0.3%）继续走强。',
        '欧元走软（欧元兑美元 1.0825 -0.25%）。',
        '美元走强（美元指数 104.25 +0.35%）。',
        '人民币走弱（离岸人民币 7.2345 -0.12%）。',
        '日元贬值（日元 151.23 -0.45%）。',
        '外贸保持韧性（出口 21,734.56 +7.60%）。',
        '消费稳步恢复（社零 44,082.35 +12.50%）。',
        '一季度营收增长（营业收入 3,456.78 +8.20%）。',
        '利润增速回升（归母净利 456.78 +10.30%）。',
        '金融数据回暖（社融 3,145.67 +10.20%）。',
        '外汇储备规模稳定（外汇储备 31,456.78 +0.50%）。',
        '国际油价走高（布伦特油价 85.12 +1.30%）。',
        '国债ETF（511010）近一月净流入12.35亿元，规模增长3.21%。',
        '沪指收涨（上证指数 3,021.45点 +0.52%）。',
        '全年营收（3,021.45亿元 +0.52%）创新高。',
        '两市成交额（1,234.56亿元，+2.01%）继续放大。',
        '（2,021 12.35%）',
        // A measure named by Latin letters, or named and then bracketed with its value: the writer's numbers.
        '全国居民消费价格指数（CPI 2.10 +0.10%）同比上涨。',
        '物价温和上涨（核心CPI 1.20 +0.10%）。',
        '制造业景气回升（财新PMI 50.60 +0.40%）。',
        '货币供应保持合理增长（M2 238.29 +8.30%）。',
        '贷款市场报价利率下调（5年期LPR 4.45 -0.15%）。',
        '资金面保持平稳（DR007 2.10 +0.05%）。',
        '隔夜利率回落（SHIBOR 1.85 -0.12%）。',
        '两市成交额（成交额 1,234.56 +2.01%）较上日放量。',
        '社会融资规模（社融 3,145.67 +10.20%）保持增长。',
      ],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
  {
    id: 'promo.stock-forum-named',
    reason: "Sina's link line into one stock's forum or a market's (进入【工商银行吧】讨论, 进入[美股吧]讨论, 进入贵州茅台股吧讨论), or several such links on one line for the stocks an article names: a page link, not the article",
    where: 'anywhere',
    scope: 'line',
    patterns: [/^(?:(?:>>\s*)?(?:点击)?进入\s*(?:[【[［]\s*[^\s【】[\]［］，。]{1,16}?(?:股)?吧\s*[】\]］]|[^\s【】[\]［］，。]{1,16}?股吧)\s*(?:参与)?讨论\s*(?:>>|》|→)?\s*){1,6}$/],
    examples: {
      drop: ['进入【工商银行吧】讨论', '进入[贵州茅台吧]讨论', '进入【美股吧】讨论', '进入贵州茅台股吧讨论', '点击进入【宁德时代吧】参与讨论', '>>进入【港股吧】讨论', '进入【工商银行吧】讨论  进入【建设银行吧】讨论'],
      keep: [
        '进入酒吧讨论问题的学生越来越多。',
        '投资者可以进入工商银行吧讨论相关问题，但须遵守社区规则。',
        '进入讨论环节后，与会代表纷纷发言。',
        '进入股吧讨论的散户中，有七成认为股价被低估。',
        '他进入【新闻吧】后发现，讨论已经持续了三天。',
        '进入【工商银行吧】讨论 之后，他改变了看法。',
      ],
    },
    fixture: 'synthetic/synthetic-lines.html',
  },
];

/** The class a whole line belongs to (line and run lead-ins), or null: the first that matches. */
export function boilerplateOf(line: string): BoilerplateClass | null {
  const t = line.trim();
  const candidates = LINE_SCREEN.start(t);
  for (let i = 0; i < candidates.length; i++) {
    const k = candidates[i]!;
    if (LINE_SCREEN.may(k) && LINE_PATTERNS[k]!.pattern.test(t)) return LINE_PATTERNS[k]!.cls;
  }
  return null;
}

/** The line and run classes' patterns in table order, and which of them may match a line (src/rules/screen.ts). */
const LINE_PATTERNS = BOILERPLATE.filter((c) => c.scope !== 'inline').flatMap((cls) => cls.patterns.map((pattern) => ({ cls, pattern })));
const LINE_SCREEN = tableTester(LINE_PATTERNS.map((p) => p.pattern));

/** The line with every inline boilerplate span (live quote numbers) removed. */
/** The first inline class with a span inside `text` (live quote numbers, a 详情>> marker…); null if none. */
export function inlineClassOf(text: string): BoilerplateClass | null {
  for (const c of BOILERPLATE) {
    if (c.scope !== 'inline') continue;
    if (c.patterns.some((p) => new RegExp(p.source, p.flags.replace('g', '')).test(text))) return c;
  }
  return null;
}

export function stripInline(line: string): string {
  let out = line;
  for (const c of BOILERPLATE) {
    if (c.scope !== 'inline') continue;
    for (const p of c.patterns) out = out.replace(p, '');
  }
  return out;
}
