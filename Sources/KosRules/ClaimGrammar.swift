import KosCore

/// When a superlative, an ordinal or "only" makes a claim, and when it is ordinary Chinese.
///
/// Advertising Law Art. 9(3) forbids absolute claims, but the characters of a claim are everyday words: 最好
/// is also "had better", 第一 counts times and months, 唯一 describes the one white bag in the shop. A term
/// is a claim when it makes one; this grammar decides from the folded characters around it, in a few
/// documented steps (each names itself in `kos lint --explain`):
///
/// - **superlative** (最X): literal and spatial uses are not claims — 最近, 最后, 最终, 最初, 最早, 最晚, 最开始,
///   and 最 + a place or position (最高层, 最低点, 最上面, 最前排, 最里面); nor are purchase limits and measured
///   quantities (最多两件, 最少一件, 最多可以…, 最多等十分钟, 最低消费, 最高气温, 最大亮度, 尽最大努力), a size in
///   stock (最小的码), "had better" (最好 + a verb or adverb: 最好提前预约, 最好别, 最好先试穿; 最好穿 + its object:
///   最好穿平底鞋 — but 最好穿的鞋, 这款最好穿了 are claims), the writer's own feelings (最喜欢, 最爱, 最满意, 最讨厌, 印象最深 —
///   unless a crowd owns them: 女生最爱的包 claims popularity), or a statement that ranks one aspect of the
///   writer's experience (最大的缺点, 最大特点是, 最明显的变化, 最好的地方; but 最具特色 ranks the product and stays a
///   claim), or that opens a phrase to name the best part of what is described (最赞的是大床房, 最值得称赞的是服务 —
///   a ranking among the thing's own parts, which the 2023 enforcement guide does not treat as a claim; 最舒适的是这款鞋
///   picks out the product and 做笔记本最牛的是… names a field, so both stay claims). Nor is a superlative whose noun is
///   a harm (最大的操作风险, 最大冷门, 受打击最大), something abstract (最大的成就, 最恰当的评价), a period on record
///   (筹资最多的一年) or scoped to the writer (对我最大的帮助). 最好的, 最好看, 最 + any other quality (最具, 最奢侈, 最美,
///   最低价) is a claim.
/// - **ordinal** (第一, 第1): a count or a time is not a claim — 第一 + a measure or time word (第一次,
///   第一个月, 第一件八折, 第一批, 第一季度, 第一缕, 第一代), 第一 opening an enumeration (第一，…; 第一：…), and
///   titles and names (第一人称, 第一书记, 第一中学). After a ranking word (销量第一, 全国第一, 行业第一, 排名第一) it
///   always is; so are 第一名, 第一品牌, 第一家 and 第一 standing alone at the end of a phrase.
/// - **uniqueness** (唯一): a claim when it ranks against a market or a place (全国唯一一只现货, 市面上唯一一款,
///   泰安市唯一一家四星级酒店, 住过的唯一的…), names a sole designation or choice (唯一指定, 唯一授权, 我唯一的选择),
///   claims a capability nothing else has (唯一能配所有裙子的鞋, 唯一一双能让我穿一整天的鞋, 唯一值得买的包) or calls
///   the product itself the only one (它唯一…, 本店是唯一…). Otherwise it describes the only one at hand and is not a
///   claim: a count (唯一的一只白色款, 唯一一件), a person (唯一会说粤语的同事), the only downside or the only thing
///   worth saying (唯一的缺点是…, 唯一令人欣慰的是…), one person's only one (我唯一感动的…), the only day off, the
///   only car park entrance (唯一的休息日, 唯一的停车场入口).
///
/// Superlatives that complain or hedge (最差, 最烂, 最垃圾, 最不, 最怕, 最可惜, 最普通), that open a statement about
/// something else (最重要的是, 最让我感动的, 最起码) and 最新 (the latest, a date; 最新科技 is a claim) are not claims
/// either; nor are a knob turned to its end (音量开到最大), a measure with its number (最高时速300公里), the name of
/// a prize or a body (最佳足球运动员奖, 最高纪律委员会), a wish or an aspiration (如果有黑色就最好了, 做到最好), the
/// saying 合适的才是最好的, and anything inside the title of a work (《绝对小孩》) that is more than the claim itself.
/// 100% + an effort (百分之百的努力) promises nothing.
/// - **absolute** (绝对): "definitely" in a complaint or a denial is not a claim — 服务绝对有问题, 绝对是最差的酒店,
///   绝对不会后悔, 不是绝对的 — nor the writer's own intention (我绝对会再来). 绝对正品, 绝对好用, 绝对的品质 are claims.
enum ClaimGrammar {
    enum Family: String, CaseIterable, Sendable {
        case superlative, ordinal, uniqueness, certainty, absolute

        /// The characters that start the family's candidates in the folded text.
        var triggers: [String] {
            switch self {
            case .superlative: ["最"]
            case .ordinal: ["第一", "第1"]
            case .uniqueness: ["唯一"]
            case .certainty: ["100%", "百分之百", "百分百"]
            case .absolute: ["绝对"]
            }
        }
    }

    /// Whether a candidate is a claim, which step decided, and why.
    struct Verdict: Sendable, Equatable {
        var isClaim: Bool
        /// `superlative/literal`, `ordinal/measure`, …
        var step: String
        var why: String
        /// Folded characters of the candidate and the word it makes (最 + 好的 → 最好).
        var end: Int
    }

    static func set(_ items: String) -> Set<UInt32> { Set(items.unicodeScalars.map(\.value)) }
    static func words(_ items: [String]) -> WordSet { WordSet(items) }

    /// Words of folded characters, looked up where they start or end in a text without building an array or
    /// hashing one per probe: a bitmap of first (and last) characters answers most probes, and the few words
    /// sharing that character are compared in place.
    struct WordSet: Sendable {
        private var byFirst: [UInt32: [[UInt32]]] = [:]
        private var byLast: [UInt32: [[UInt32]]] = [:]
        private var firstBits = [UInt64](repeating: 0, count: 1024)
        private var lastBits = [UInt64](repeating: 0, count: 1024)

        init(_ items: [String]) {
            for item in items {
                let w = item.unicodeScalars.map(\.value)
                guard let first = w.first, let last = w.last, !(byFirst[first]?.contains(w) ?? false) else { continue }
                byFirst[first, default: []].append(w)
                byLast[last, default: []].append(w)
                firstBits[Int(first & 0xFFFF) >> 6] |= 1 << UInt64(first & 63)
                lastBits[Int(last & 0xFFFF) >> 6] |= 1 << UInt64(last & 63)
            }
            for k in byFirst.keys { byFirst[k]!.sort { $0.count > $1.count } }
        }

        /// The length of the longest word of at most four characters starting at `i`.
        func longest(_ t: [UInt32], at i: Int) -> Int? {
            guard i >= 0, i < t.count else { return nil }
            let v = t[i]
            guard firstBits[Int(v & 0xFFFF) >> 6] & (1 << UInt64(v & 63)) != 0, let candidates = byFirst[v] else { return nil }
            for w in candidates where w.count <= 4 && i + w.count <= t.count {
                var k = 1
                while k < w.count, t[i + k] == w[k] { k += 1 }
                if k == w.count { return w.count }
            }
            return nil
        }

        /// Whether a word of at most four characters ends right before `j`.
        func endsAt(_ t: [UInt32], _ j: Int) -> Bool {
            guard j > 0, j <= t.count else { return false }
            let v = t[j - 1]
            guard lastBits[Int(v & 0xFFFF) >> 6] & (1 << UInt64(v & 63)) != 0, let candidates = byLast[v] else { return false }
            for w in candidates where w.count <= 4 && j - w.count >= 0 {
                var k = 1
                while k < w.count, t[j - 1 - k] == w[w.count - 1 - k] { k += 1 }
                if k == w.count { return true }
            }
            return false
        }
    }

    // MARK: Tables (each change here comes with a row in ClaimGrammarTests, both directions)

    /// 最 + one of these is literal: position and time.
    static let literalAfterZui = set("近后终初早晚末迟远")
    /// 最 + a direction, then a place word: 最上面, 最前排, 最里头, 最高层, 最低点, 最底层.
    static let directionsAfterZui = set("上下前里外左右东西南北高低底顶深边")
    static let placeWords = set("面边头排层楼处点端侧方部间角落位格级上峰下")
    /// Exceptions to the place rule that are claims: 最高级 (named by Art. 9 itself), 最前沿, 最前卫, 最高端, 最低价.
    static let placeClaims = words(["高级", "前沿", "前卫", "高端", "低价", "高档", "顶级", "顶尖", "上乘", "上等", "高品质", "低折扣"])
    /// After 最多 / 最少 / 最高 / 最低 / 最长: a number or a limit word makes a purchase limit or a measure.
    static let limitWords = set("多少长短大小快慢高低宽窄粗细")
    /// A setting turned to its end (调到最暗, 开到最亮, 拧到最紧): these too, besides `limitWords`.
    static let settingQualities = set("多少长短大小快慢高低暗亮紧松强弱满轻重冷热")
    static let numerals = set("0123456789一二两三四五六七八九十百千万半几")
    static let limitFollowers = set("可能只不限买拿送就也值算才要有给是我你您那这")
    /// 最 + these is a complaint or a hedge, never a claim for the product: 最差, 最烂, 最不, 最怕.
    static let negativeAfterZui = set("差糟烂坏怕恨烦难不慢垃讨恐失没恼脏穷忙累苦丑旧破劣衰滥")
    /// 最 + these describes a hardship or a harm, never a claim for the product: 最严重, 最危险, 最贫困.
    static let hardships = words(["严重", "危险", "困难", "贫困", "落后", "薄弱", "艰苦", "繁重", "恶劣", "脏", "乱", "吵", "冷", "热的时候", "忙", "凄惨",
                                          "悲惨", "艰难", "麻烦", "痛苦", "普通", "平常", "简陋", "一般", "便宜的也",
                                  "头大", "头疼", "头痛", "气人", "气的", "苦恼", "棘手", "拖拉", "脆弱", "艰险", "浪费", "无聊", "尴尬", "失败",
                                  "猖獗", "冰冷", "寒冷", "辛苦", "低档", "老式", "低级的", "惨", "狼狈", "手忙脚乱", "累", "倒霉", "看不惯", "看不上", "易受", "容易受", "拥挤", "嘈杂", "敏感", "突出的问题", "缺乏", "短缺", "紧缺", "匮乏"])
    /// 最可 + these complains (最可惜, 最可气, 最可恶); 最可爱, 最可靠 are claims.
    static let negativeAfterZuiKe = set("惜气恶怕笑悲怜恨")
    /// Before 最: the text denies the superlative (不是最好的, 算不上最便宜).
    static let negations = words(["不是", "并非", "不算", "算不上", "称不上", "谈不上", "没有", "并不", "未必", "不一定"])
    /// 最开始, 最开头, 最先 (but 最先进): a time; 最靠近, 最靠走廊: a position.
    static let literalWordsAfterZui = words(["开始", "开头", "先", "角落", "拐角", "犄角", "靠犄角", "靠角落", "靠近", "靠边", "靠里", "靠外", "靠前", "靠后", "靠窗", "靠走廊", "靠门", "靠墙"])
    /// 最 + these opens a statement about something else: 最重要的是, 最让我感动的, 最起码.
    static let discourseAfterZui = words(["重要", "主要", "关键", "基本", "起码", "根本", "让", "令", "使", "值得一提", "终", "基层", "夸张", "离谱",
                                          "奇怪", "过分", "诚挚", "衷心", "热烈", "应该", "应当", "需要", "广大"])
    /// 最 + these names an institution, an office or a programme: 最高人民法院, 最高领袖, 最低生活保障.
    static let namesAfterZui = words(["小说", "高人民", "高领袖", "低生活", "高法院", "高法", "高检", "高检察", "高委员会", "高领导", "高当局", "高统帅",
                                      "高司令", "高苏维埃", "高会议", "高国务", "高决策", "高权力", "高行政", "高指挥", "惠国", "高学历"])
    /// Before 最大/最高/最小…: a setting turned to its end (开到最大, 调到最高, 音量开了最大): a knob, not a claim.
    static let settingBefore = words(["到", "开了", "调了", "设为", "设成", "变成", "调成", "拉满到"])
    /// After such a setting: where the phrase ends, or what was turned (调到最大声音, 开到最大档).
    static let settingAfter = set("了档挡声音格也还都就时亮，。！？；：、,.!?;:\n )）~～…")
    /// Before 最好 (+ end): an aspiration, not a claim (做到最好, 尽力做最好).
    static let aspirationBefore = words(["做到", "做", "尽力做", "努力做", "争取做", "力求", "追求", "只求"])
    /// Before 最好: 合适的才是最好的, 适合自己的才是最好的 — a saying about choosing, said of no product.
    static let aphorisms = words(["适的才是", "合的才是", "己的才是", "你的才是"])
    /// Earlier in the phrase, these make "…最好了" a wish: 如果能升级到2G内存最好了.
    static let conditionals = words(["如果", "要是", "若是", "假如", "倘若", "要能", "能有", "能再"])
    /// 最新 is the latest, a date; 最新科技 is the claim the law names.
    static let newClaims = words(["新科技", "新技术", "新科学"])
    /// 唯一 (的) + these is "the only downside": discourse, not a claim.
    static let uniquenessDownsides = words(["缺点", "不足", "问题", "遗憾", "不满", "不好", "美中不足", "希望", "担心", "不便", "区别", "差别", "就是", "可取", "欠缺",
                                                  "感觉", "感受", "愿望", "评价", "这次", "被淘汰",
                                                  "亮点", "好点", "点就是", "实用", "好的", "好得", "优点", "好处", "出路"])
    /// 最好 + one of these reads "had better": verbs and adverbs of advice.
    static let adviceAfterZuihao = words([
        "提前", "提早", "先", "早", "别", "不要", "不", "带", "穿上", "选", "买", "来", "去", "预约", "备", "试", "问", "跟", "和", "等",
        "要", "能", "可以", "还是", "直接", "当天", "赶紧", "尽快", "多", "少", "避开", "错峰", "留", "私信", "到店", "让", "请", "找",
        "准备", "确认", "打电话", "联系", "空腹", "再", "也", "都", "就", "一起", "搭", "配", "选择", "考虑", "注意", "记得", "看看", "试试",
        "是", "向", "实地", "自己", "带上", "换", "用", "把", "在", "从", "给", "办", "订", "拿",
        "以后", "今后", "下次", "有", "赶快", "马上", "立即", "立刻", "告诉", "趁", "换成", "配上", "装", "升级", "改", "增加", "提供", "附",
        "加", "别再", "不用", "慎重", "仔细", "看清", "咨询", "贴", "借助", "自带", "戴上", "避免",
        "住", "忍", "每", "放", "关", "开", "由", "一年", "半年", "一周", "一个月", "定期", "保持", "坐", "走", "打", "洗", "晾", "收", "挂", "周末", "平时", "上午", "下午", "晚上",
        "早上", "白天", "工作日", "还", "别人", "一次", "分开", "单独", "买之前", "事先", "预先", "按",
    ])
    /// 最好的 + these is not the product: the best way (最好的办法是…), best friends, a personal best.
    static let bestOf = words(["办法", "方法", "方式", "朋友", "闺蜜", "兄弟", "成绩", "战绩", "名次", "纪录", "记录"])
    /// After 最好看 / 最好穿…, these keep it a quality (最好看的包, 最好穿了, 最好用又便宜); any other character makes
    /// it a verb with its object (最好穿平底鞋, 最好看一下): "had better".
    static let claimEndings = set("的了啊呀哦吧呢又也还最而耶嘛啦")
    /// 最好 + these makes a compound quality (最好看, 最好用, 最好穿): a claim.
    static let qualityAfterZuihao = set("看用穿吃喝听玩闻卖背戴")
    /// The writer's own feelings: 最喜欢, 最爱, 最满意, 最讨厌, 最感动.
    static let feelings = words([
        "喜欢", "爱", "心水", "想", "推荐的是", "偏爱", "钟意", "满意", "欣赏", "佩服", "怀念", "难忘", "感动", "打动我", "吸引我",
        "开心", "高兴", "惊喜", "欣慰", "意外", "吃惊", "震惊", "感兴趣", "有趣", "好笑", "搞笑", "享受", "放心", "期待", "向往",
        "羡慕", "在乎", "关心", "关注", "深", "深刻", "中意", "心动", "崇拜", "踏实", "熟悉", "热爱", "重视", "看重", "在意",
        "得意", "常",
    ])
    /// Feelings no crowd can turn into a claim for the product: 人们最担心的问题. (最讨厌, 最失望, 最难过, 最怕 and
    /// 最不满 are complaints already: `negativeAfterZui`.)
    static let negativeFeelings = words([
        "生气", "气愤", "愤怒", "反感", "恶心", "郁闷", "无语", "心疼", "伤心", "崩溃", "头疼", "头痛", "害怕", "担心", "受不了", "要命",
        "要紧", "紧要", "遗憾", "忧虑", "担忧", "痛恨",
    ])
    /// Before 最 + a feeling: an impression (印象最深).
    static let impressions = words(["印象", "记忆", "感触", "体会", "感受"])
    /// A crowd owning the feeling makes it a popularity claim: 女生最爱的包, 大家最喜欢的款.
    static let crowds = words([
        "大家", "顾客", "客人", "客户", "女生", "男生", "女孩", "男孩", "女士", "男士", "女人", "男人", "明星", "网红", "博主", "达人",
        "消费者", "用户", "买家", "粉丝", "年轻人", "妈妈", "宝妈", "孩子", "小朋友", "宝宝", "人们", "白领", "潮人", "名媛", "全网",
        "全国", "全球", "世界", "国人", "女神", "男神", "姐妹", "闺蜜们", "老板们",
    ])
    /// 最 + a quality + (的)? + one of these ranks one aspect of an experience: 最大的缺点, 最大特点是.
    static let aspectNouns = words([
        "问题", "缺点", "优点", "特点", "优势", "劣势", "亮点", "特色", "区别", "不同", "好处", "坏处", "收获", "感受", "遗憾", "毛病",
        "不足", "弱点", "缺陷", "败笔", "贡献", "意义", "原因", "目的", "作用", "愿望", "心愿", "梦想", "希望", "变化", "进步", "体会",
        "印象", "困难", "障碍", "感触", "感想", "卖点", "心得", "难点", "重点", "短板", "软肋", "疑问", "困惑", "地方", "一点", "之处",
        "部分", "感觉", "一面", "时候", "时刻", "瞬间", "经历", "回忆", "后果", "结果",
    ])
    /// …unless the quality is one the law targets in a product (最具特色, 最便宜的部分, 最好的选择) and the noun is not
    /// one of its own parts: 最好的地方, 最值得一提的一点 rank a part of the thing described among its other parts.
    static let productQualities = set("好佳优强棒低便实划受畅热火值具有美贵高新")
    static let partNouns = words(["地方", "一点", "之处", "部分", "一面", "细节", "环节"])
    /// 最X的 (+ one of its parts) + these: "the Xest thing (about it) is …" names one part of what the writer
    /// describes (最赞的是大床房, 最值得称赞的是服务, 最明显的就是…): a ranking among its own parts, which the 2023
    /// enforcement guide to absolute terms does not treat as a claim.
    static let topicCopulas = words(["就是", "是", "莫过于", "要数", "当属", "当数", "在于", "还是"])
    /// …unless what follows picks out the product itself: 最舒适的是这款鞋, 最好的是那双, 最好的是我们家.
    static let demonstratives = set("这那此该")
    static let productMeasures = set("款只件双家条支瓶套枚顶副块类种系")
    static let productPronouns = words(["它", "我们", "我家", "咱家", "咱们", "本店", "本品", "本款", "本品牌", "我们家", "小店"])
    /// 最X(的) + (a few characters +) one of these is a harm or a hardship, never a claim for the product:
    /// 最大的操作风险, 最大的思想障碍, 最大冷门, 最强劲的对手.
    static let harmNouns = words([
        "风险", "障碍", "冷门", "悲哀", "缺憾", "损失", "威胁", "挑战", "危机", "隐患", "阻力", "难题", "课题", "敌人", "对手", "打击",
        "灾难", "灾害", "事故", "污染", "压力", "负担", "误区", "弊端", "危害", "悲剧", "不幸", "耻辱", "错误", "失误", "教训", "代价",
        "伤害", "冲击", "阻碍", "瓶颈", "逆差", "赤字", "债务", "弱项", "心病", "隐忧", "败笔", "不好", "不便", "不爽",
    ])
    /// Before 最: a harm suffered (受打击最大的是农场, 受冲击最大): the worst hit, not a claim.
    static let harmsBefore = words(["受打击", "受冲击", "受影响", "受损", "受害", "受灾", "受伤", "打击", "冲击"])
    /// 最X的 + these is something abstract — an achievement, a feeling, a reason, an apt remark — not a product:
    /// 最大的成就, 最大的帮助, 最真实的灵魂, 最恰当的评价, 最好的写照, 最大的购买理由.
    static let abstractNouns = words([
        "成就", "成功", "帮助", "悲哀", "爱情", "情感", "感情", "亲情", "友情", "灵魂", "理由", "评价", "点评", "写照", "描述", "形容",
        "概括", "注解", "比喻", "答案", "使命", "境界", "结合点", "奖赏", "褒奖", "武器", "财富", "幸福", "安慰", "动力", "例子", "例证",
        "道理", "真理", "智慧", "考验", "荣誉", "荣幸", "福气", "敬意", "诚意", "理想", "追求", "任务", "职责", "责任", "义务", "快乐",
        "满足", "回忆", "信念", "信任", "支持", "鼓励", "关怀", "关爱", "尊重", "誓言", "承诺", "心意", "祝福", "孤独", "实际",
        "资本", "成绩", "战绩", "纪录", "记录", "怀疑", "谨慎", "警惕", "耐心", "热情",
    ])
    /// 最X的 + (一)? + these is a period or an occasion on record (最多的一年, 发展最快的一年, 近年来最冷的冬天).
    static let periodNouns = words(["一年", "一天", "一月", "一周", "一届", "年份", "年度", "时期", "阶段", "年代", "日子", "冬天", "夏天", "季节", "一季度"])
    /// Before 最: a concession, "even the …est" (哪怕是最简单的白T).
    static let concessions = words(["哪怕是", "即使是", "就算是", "哪怕", "即使", "就算", "连"])
    /// 对我 right before 最: the superlative is scoped to the writer (对我最大的帮助).
    static let writerScope = words(["对我", "对我来说", "对我而言", "于我", "对本人", "对我们"])
    /// Quantities that are measured, after 最高/最低… (最高气温) or before 最 (年龄最大).
    static let quantities = ["气温", "温度", "年龄", "身高", "体重", "水位", "人数", "时速"]
    /// 最 + 高/低/大/小/多/少/长/短/快/慢 + one of these is a measured quantity: 最低消费, 最高气温, 最大亮度.
    static let measurements = words(quantities + [
        "工资", "消费", "限额", "值", "化", "努力", "亮度", "音量", "功率", "分辨率", "容量", "风力", "负荷", "载重", "承重", "血压", "转速",
        "频率", "电压", "电流", "金额", "面积", "尺寸", "重量", "长度", "宽度", "高度", "深度", "厚度", "时", "时候", "纪录", "记录",
        "罚款", "职位", "规格",
    ])
    /// 最大 / 最小 (+ 的) + these: a size in stock (最小的码, 最大号).
    static let sizeWords = words(["码", "号", "尺码", "码数", "号码", "码子"])
    /// 年来 / 以来 / 历史 (+ 的) before 最高/最低… + a level: a statistic's record (30年来的最低水平, 历史最高水平);
    /// 十年来最低价 stays a claim (a price is not a level).
    static let recordSpans = words(["年来", "以来", "历史", "历史上", "史上的", "有史以来"])
    static let levels = words(["水平", "纪录", "记录", "点", "位", "值", "水位"])
    /// Before 最: what is measured (年龄最大的志愿者, 比分差距最大).
    static let measuredBefore = words(quantities + ["风险", "人口", "损失", "伤亡", "死亡", "差距", "差别", "温差", "年纪", "罚款", "罚金", "成本", "个子", "面积", "距离", "海拔", "降幅", "涨幅", "跌幅", "幅度", "增幅"])
    /// 第一 + one of these counts or times something: 第一次, 第一个月, 第一件.
    static let measures = set("次个件批季缕天年月周期章排层位只双款场站步眼口单页张句段篇集轮遍趟波组套瓶支条顿课节届部代回日夜晚早声幕关本台辑线手座艘架辆间所门首份把颗粒块封卷册版稿幅话笔项跳罐盘局头春夏秋冬炮锤枪棒号分秒种任行战洞杯")
    static let measureWords = words(["时间", "季度", "印象", "感觉", "反应", "阶段", "部分", "现场", "循环", "小时", "分钟", "公里", "圈"])
    /// 第一 + these is a claim whatever came before: 第一名, 第一品牌, 第一家.
    static let rankNouns = set("名家品牌")
    /// 第一 + these is a title or a name: 第一人称, 第一书记, 第一中学, 第一产业.
    static let titles = words(["人称", "书记", "政委", "干休", "审", "副", "夫人", "把手", "责任人", "负责人", "作者", "产业", "中学", "小学", "人民", "医院",
                               "附属", "师范", "方阵", "执行", "秘书", "课", "阶梯", "要义", "要务", "要素",
                               "会议室", "机械", "性", "管理者", "钢琴", "大提琴", "小提琴", "交响"])
    /// Before 第一: a person's rank at school or in a race (考了年级第一, 全班第一).
    static let schoolRanks = words(["年级", "班级", "全班", "全校", "班上", "班里", "考了", "考", "考试", "比赛", "跑了", "拿了", "运动会", "得了", "业绩排"])
    /// Words before 第一 that make it a rank: 销量第一, 全国第一.
    static let rankingContext = words(["榜", "销量", "销售", "全国", "全网", "全球", "世界", "行业", "业内", "排名", "排行", "口碑", "人气", "品类", "同类",
                                       "亚洲", "中国", "国内", "天下", "榜单", "热销", "好评", "市场", "占有率", "全城", "全省", "全市"])
    /// Punctuation that ends a phrase.
    static let phraseEnd = set("，。！？；：、,.!?;:\n )）】」』~～…")
    /// 唯一 + (的)? + a number + a measure: a descriptive count.
    static let uniquenessCountStarts = set("一1两二")
    /// 唯一的 + these + a downside: 唯一的小小遗憾, 唯一一点不足.
    static let uniquenessModifiers = words(["小小的", "小小", "一点", "一个", "一处", "的一点"])
    /// A person right before 唯一 and a verb after it (我唯一感动的, 你唯一爱过的人): one person's only one. (它唯一…,
    /// 我们唯一… are not here: the product, the brand; nor 我唯一的选择, the writer's endorsement.)
    static let personalPronouns = set("我你他她")
    /// 唯一一名, 唯一一位: how many people there are.
    static let peopleMeasures = set("名位人个")
    /// 唯一 … + these within its phrase says "the only thing I liked": 唯一令人欣慰的是, 唯一可取之处.
    static let uniquenessAspects = words(["的是", "的就是", "之处", "的地方", "的一点", "的，是", "的,是"])

    // MARK: Judging

    /// Judges the candidate of `family` at folded `start..<triggerEnd` in `text`. Without `explain` the verdict's
    /// step and reason are left empty (they are written for `kos lint --explain`, not to decide).
    static func judge(_ family: Family, _ text: [UInt32], start: Int, triggerEnd: Int, explain: Bool = true) -> Verdict {
        switch family {
        case .superlative: superlative(text, start, triggerEnd, explain)
        case .ordinal: ordinal(text, start, triggerEnd, explain)
        case .uniqueness: uniqueness(text, start, triggerEnd, explain)
        case .certainty: certainty(text, start, triggerEnd, explain)
        case .absolute: absolute(text, start, triggerEnd, explain)
        }
    }

    static func at(_ text: [UInt32], _ i: Int) -> UInt32? { i >= 0 && i < text.count ? text[i] : nil }

    static func has(_ text: [UInt32], _ i: Int, _ words: WordSet) -> Int? { words.longest(text, at: i) }

    /// A word from `words` ending right before `i` (at most 4 characters back, spaces allowed between).
    static func endsBefore(_ text: [UInt32], _ i: Int, _ words: WordSet) -> Bool {
        var j = i
        while j > 0, text[j - 1] == 0x20 { j -= 1 }
        return words.endsAt(text, j)
    }

    /// A word from `words` ending right before `i`, or before a 的 right before it (历史的最低水平, 泰安市的唯一…).
    static func endsBeforeOrDe(_ text: [UInt32], _ i: Int, _ words: WordSet) -> Bool {
        endsBefore(text, i, words) || (at(text, i - 1) == 0x7684 /* 的 */ && endsBefore(text, i - 1, words))
    }

    /// The first place from `from` (at most `limit` characters on, before the phrase ends) where `found` answers,
    /// and how long what it found is: the later-in-the-phrase twin of `earlierInPhrase`.
    static func laterInPhrase(_ t: [UInt32], from: Int, limit: Int = 16, _ found: (Int) -> Int?) -> (at: Int, length: Int)? {
        var j = from
        while j < min(t.count, from + limit), !phraseEnd.contains(t[j]) {
            if let n = found(j) { return (j, n) }
            j += 1
        }
        return nil
    }

    static func isCJK(_ v: UInt32?) -> Bool {
        guard let v else { return false }
        return (0x3400...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x3134F).contains(v)
    }

    static func superlative(_ t: [UInt32], _ start: Int, _ triggerEnd: Int, _ explain: Bool) -> Verdict {
        // 最最 is an emphatic 最: judged from the last (at most three more; a run of them is not a word).
        var end = triggerEnd
        while end - triggerEnd < 3, at(t, end) == 0x6700 /* 最 */ { end += 1 }
        func verdict(_ claim: Bool, _ step: @autoclosure () -> String, _ why: @autoclosure () -> String, _ wordEnd: Int) -> Verdict {
            Verdict(isClaim: claim, step: explain ? "superlative/\(step())" : "", why: explain ? why() : "", end: min(max(wordEnd, end), t.count))
        }
        guard let next = at(t, end), isCJK(next) else {
            return verdict(false, "no-quality", tr("最 is not followed by a quality"), end)
        }
        if at(t, start - 1) == 0x6700 /* 最 */ {
            return verdict(false, "emphasis", tr("the 最 before this one is judged with it"), start)
        }
        let after = at(t, end + 1)
        if negatedBefore(t, start) { return verdict(false, "negated", tr("the superlative is denied, not claimed"), end + 1) }
        if literalAfterZui.contains(next) { return verdict(false, "literal", tr("最\(s(next)) is a time or a position, not a claim"), end + 1) }
        if let n = has(t, end, literalWordsAfterZui), !(next == 0x5148 /* 先 */ && after == 0x8FDB /* 进 */) {
            return verdict(false, "literal", tr("最\(s(t, end, n)) is a time or a position, not a claim"), end + n)
        }
        if next == 0x65B0 /* 新 */ {
            if let n = has(t, end, newClaims) { return verdict(true, "quality", tr("最\(s(t, end, n)) claims the most advanced"), end + n) }
            return verdict(false, "literal", tr("最新 is the latest, a date"), end + 1)
        }
        if next == 0x4E3A /* 为 */, isCJK(after), after != 0x4E3A {
            // 最为 is a written 最: 最为关注 judges as 最关注 (once: 最为为… is not a word).
            let v = superlative(t, start, end + 1, explain)
            return verdict(v.isClaim, String(v.step.dropFirst("superlative/".count)), v.why, v.end)
        }
        if negativeAfterZui.contains(next) || (next == 0x53EF /* 可 */ && after.map(negativeAfterZuiKe.contains) == true)
            || has(t, end, hardships) != nil { return verdict(false, "negative", tr("最\(s(next)) is a complaint or a hedge, not a claim for the product"), end + 1) }
        if let n = has(t, end, discourseAfterZui) {
            return verdict(false, "discourse", tr("最\(s(t, end, n)) opens a statement about something else"), end + n)
        }
        if let n = has(t, end, namesAfterZui) ?? institution(t, end) {
            return verdict(false, "name", tr("最\(s(t, end, n)) names an institution, an office or a programme"), end + n)
        }
        if let n = award(t, end) {
            return verdict(false, "award", tr("最\(s(t, end, n)) is the name of a prize, not a claim"), end + n)
        }
        if next == 0x597D /* 好 */, after == 0x7684 /* 的 */, let n = has(t, end + 2, bestOf) {
            return verdict(false, "advice", tr("最好的\(s(t, end + 2, n)) names a way, a friend or a record, not the product"), end + n + 2)
        }
        let crowd = endsBefore(t, start, crowds) || endsBefore(t, start, rankingContext)
        if let n = has(t, end, negativeFeelings) {
            return verdict(false, "feeling", tr("最\(s(t, end, n)) is a worry or a complaint, not a claim for the product"), end + n)
        }
        if endsBefore(t, start, measuredBefore) {
            return verdict(false, "measure", tr("a measured quantity before 最 (年龄最大, 差距最大): a fact, not a claim"), end + 1)
        }
        if crowd, let n = has(t, end, feelings) {
            var p = end + n
            if at(t, p) == 0x7684 /* 的 */ { p += 1 }
            if let m = has(t, p, aspectNouns) {
                return verdict(false, "feeling", tr("最\(s(t, end, n))的\(s(t, p, m)) is what people are concerned about, not a claim"), end + n)
            }
        }
        if let n = has(t, end, feelings), !crowd {
            let impression = endsBefore(t, start, impressions)
            return verdict(false, "feeling", impression ? tr("an impression of the writer's own, not a claim about the product")
                                                        : tr("最\(s(t, end, n)) is the writer's own feeling, not a claim about the product"), end + n)
        }
        if !crowd, let (quality, noun) = aspect(t, end) {
            return verdict(false, "aspect", tr("最\(quality) … \(noun) ranks one aspect of an experience, not the product"), end + 1)
        }
        if endsBefore(t, start, harmsBefore) {
            return verdict(false, "harm", tr("the worst hit by a harm, not a claim for the product"), end + 1)
        }
        if endsBefore(t, start, concessions) {
            return verdict(false, "concession", tr("哪怕是最… concedes, it does not claim"), end + 1)
        }
        if !crowd, let (quality, noun) = head(t, end, people, modifiers: 0, whole: false) {
            return verdict(false, "person", tr("最\(quality)的\(noun) describes a person, not the product"), end + 1)
        }
        if let (quality, noun) = head(t, end, harmNouns, modifiers: 4, bare: true) {
            return verdict(false, "harm", tr("最\(quality) … \(noun) ranks a harm or a hardship, not the product"), end + 1)
        }
        if !crowd, endsBefore(t, start, writerScope) {
            return verdict(false, "feeling", tr("对我最… is scoped to the writer, not a claim about the product"), end + 1)
        }
        if !crowd, let (quality, noun) = head(t, end, abstractNouns, modifiers: 0) {
            return verdict(false, "abstract", tr("最\(quality)的\(noun) ranks something abstract, not a product"), end + 1)
        }
        if !crowd, let (quality, noun) = head(t, end, periodNouns, modifiers: 0) {
            return verdict(false, "period", tr("最\(quality)的\(noun) names a period on record, not a product"), end + 1)
        }
        if !crowd, opensPhrase(t, start), let quality = topic(t, end) {
            return verdict(false, "topic", tr("最\(quality)的是… names one part of what is described, not the product against others"), end + 1)
        }
        if at(t, start - 1) == 0x4E3A /* 为 */, earlierInPhrase(t, start - 1, statisticFrames) {
            return verdict(false, "measure", tr("以…为最… ranks items of a statistic, not a claim"), end + 1)
        }
        if limitWords.contains(next) {
            let p = at(t, end + 1) == 0x7684 /* 的 */ ? end + 2 : end + 1
            if let n = has(t, p, sizeWords) {
                return verdict(false, "size", tr("最\(s(next)) + \(s(t, p, n)) is a size in stock, not a claim"), end + 1)
            }
        }
        if limitWords.contains(next), let n = has(t, end + 1, levels), endsBeforeOrDe(t, start, recordSpans) {
            return verdict(false, "record", tr("…以来的最\(s(next))\(s(t, end + 1, n)) is a statistic's record, not a claim"), end + 1)
        }
        if limitWords.contains(next), let n = has(t, end + 1, measurements) {
            return verdict(false, "measure", tr("最\(s(next))\(s(t, end + 1, n)) is a measured quantity, not a claim"), end + 1)
        }
        if settingQualities.contains(next), endsBefore(t, start, settingBefore), after.map(settingAfter.contains) ?? true {
            return verdict(false, "setting", tr("到最\(s(next)) turns a setting to its end, not a claim"), end + 1)
        }
        if limitWords.contains(next), has(t, end, placeClaims) == nil, let k = measuredNumber(t, end + 1) {
            return verdict(false, "measure", tr("最\(s(next))\(s(t, end + 1, k)) + a number is a measured quantity, not a claim"), end + 1)
        }
        if directionsAfterZui.contains(next) {
            if let n = has(t, end, placeClaims) { return verdict(true, "place-claim", tr("最\(s(t, end, n)) is a claim of quality"), end + n) }
            if let after, placeWords.contains(after) {
                return verdict(false, "place", tr("最\(s(next))\(s(after)) names a place or position"), end + 2)
            }
            // 最高的23层, 最高的一层: a floor or a row with its number.
            if after == 0x7684 /* 的 */ {
                var j = end + 2
                while let v = at(t, j), j < end + 6, numerals.contains(v) || v == 0x20 { j += 1 }
                if j > end + 2, let v = at(t, j), placeWords.contains(v) {
                    return verdict(false, "place", tr("最\(s(next))的\(s(t, end + 2, j + 1 - end - 2)) names a place or position"), end + 1)
                }
            }
        }
        if next == 0x591A /* 多 */ || next == 0x5C11 /* 少 */, let k = numberWithin(t, end + 1, 3) {
            return verdict(false, "limit", tr("最\(s(next)) … \(s(t, end + 1, k + 1)) states a limit"), end + 1)
        }
        if limitWords.contains(next), let after, numerals.contains(after) || limitFollowers.contains(after) {
            return verdict(false, "limit", tr("最\(s(next)) + \(s(after)) states a limit or a measure"), end + 1)
        }
        if next == 0x597D /* 好 */ {
            if endsBefore(t, start, aphorisms) {
                return verdict(false, "aphorism", tr("合适的才是最好的 is a saying about choosing, not a claim for the product"), end + 1)
            }
            if after == 0x7684 /* 的 */ { return verdict(true, "best", tr("最好的 claims the best"), end + 1) }
            let closes = after.map { phraseEnd.contains($0) || $0 == 0x4E86 /* 了 */ } ?? true
            if closes, endsBefore(t, start, aspirationBefore) {
                return verdict(false, "aspiration", tr("做到最好 is an aspiration, not a claim"), end + 1)
            }
            if after == 0x4E86 /* 了 */, earlierInPhrase(t, start, conditionals) {
                return verdict(false, "wish", tr("如果… 最好了 is a wish, not a claim"), end + 1)
            }
            if after == 0x7528 /* 用 */, let v = at(t, end + 2), v < 0x80, v != 0x20, !phraseEnd.contains(v) {
                return verdict(false, "advice", tr("最好用 + \(s(v))… reads \"had better use\""), end + 1)
            }
            if let after, qualityAfterZuihao.contains(after), let v = at(t, end + 2), isCJK(v), !claimEndings.contains(v) {
                return verdict(false, "advice", tr("最好\(s(after)) + \(s(v))… reads \"had better\""), end + 1)
            }
            if let after, qualityAfterZuihao.contains(after) { return verdict(true, "best", tr("最好\(s(after)) claims the best"), end + 2) }
            if let n = has(t, end + 1, adviceAfterZuihao) {
                return verdict(false, "advice", tr("最好 + \(s(t, end + 1, n)) reads \"had better\""), end + 1)
            }
            return verdict(true, "best", tr("最好 claims the best"), end + 1)
        }
        return verdict(true, "quality", tr("最\(s(next)) claims the most"), end + 1)
    }

    /// Digits within three Chinese characters after 最高/最大…, before the phrase ends (最大墩高36米, 最高是9楼,
    /// 最多曾跌去275点): how many characters lie between, when there are such digits.
    static func measuredNumber(_ t: [UInt32], _ i: Int) -> Int? {
        var j = i
        while j < min(t.count, i + 4) {
            let v = t[j]
            if (0x30...0x39).contains(v) { return j - i }
            guard isCJK(v), v != 0x7684 /* 的 */ else { return nil }
            j += 1
        }
        return nil
    }

    /// A numeral after at most `limit` Chinese characters from `i` (最多等十分钟, 最多同时进三件): how many lie between.
    static func numberWithin(_ t: [UInt32], _ i: Int, _ limit: Int) -> Int? {
        var j = i
        while j <= i + limit, let v = at(t, j) {
            if numerals.contains(v) { return j - i }
            guard isCJK(v), v != 0x7684 /* 的 */ else { return nil }
            j += 1
        }
        return nil
    }

    /// Whether `start..<end` lies inside 《…》 holding more than the candidate: the title of a book, a programme or
    /// a work (《绝对小孩》, 《女人我最大》, 《第一钢琴协奏曲》). A title that is only the claim (《全网最低价》) is
    /// still the claim.
    static func insideTitle(_ t: [UInt32], start: Int, end: Int) -> Bool {
        var open = start - 1
        while open >= 0, start - open <= 40 {
            let v = t[open]
            if v == 0x300A /* 《 */ { break }
            if v == 0x300B /* 》 */ || v == 0x0A { return false }
            open -= 1
        }
        guard open >= 0, t[open] == 0x300A else { return false }
        var close = end
        while close < t.count, close - end <= 40 {
            let v = t[close]
            if v == 0x300B { break }
            if v == 0x300A || v == 0x0A { return false }
            close += 1
        }
        guard close < t.count, t[close] == 0x300B else { return false }
        return (close - open - 1) >= (end - start) + 2
    }

    /// 最高 + up to four characters + one of these names a body or a meeting: 最高纪律委员会, 最高人民检察院,
    /// 最高级会晤.
    static let institutions = words(["委员会", "法院", "检察院", "会议", "会晤", "苏维埃", "议会", "当局", "司令部", "机关", "学府"])

    static func institution(_ t: [UInt32], _ end: Int) -> Int? {
        guard at(t, end) == 0x9AD8 /* 高 */ else { return nil }
        return within(t, after: end, limit: 5) { has(t, $0, institutions) }
    }

    /// 最佳/最高/最美… + up to seven characters + 奖 or 勋章: the name of a prize or an honour (国际足联最佳足球运动员奖,
    /// 最高奖, 最高勋章).
    static func award(_ t: [UInt32], _ end: Int) -> Int? {
        within(t, after: end, limit: 8) { t[$0] == 0x5956 /* 奖 */ || (t[$0] == 0x52CB /* 勋 */ && at(t, $0 + 1) == 0x7AE0 /* 章 */) ? 1 : nil }
    }

    /// Walks the Chinese characters after `end` (at most `limit`; 的 or anything not Chinese stops it) and
    /// returns, at the first of them where `found` answers, how far the word reaches from `end`.
    static func within(_ t: [UInt32], after end: Int, limit: Int, _ found: (Int) -> Int?) -> Int? {
        for k in 1...limit {
            let i = end + k
            guard i < t.count, isCJK(t[i]), t[i] != 0x7684 /* 的 */ else { return nil }
            if let n = found(i) { return k + n }
        }
        return nil
    }

    /// A negation right before 最, or at most three Chinese characters before it (算不上经济最发达).
    static func negatedBefore(_ t: [UInt32], _ start: Int) -> Bool {
        if endsBefore(t, start, negations) { return true }
        var j = start
        while j > 0, start - j < 3, isCJK(t[j - 1]) {
            j -= 1
            if negations.endsAt(t, j) { return true }
        }
        return false
    }

    /// 以 earlier in the phrase, before 为最 (以台北县人口为最多): a statistic's ranking of its items.
    static let statisticFrames = words(["以"])

    /// A word of `words` earlier in the phrase that ends at `start` (at most twenty characters back).
    static func earlierInPhrase(_ t: [UInt32], _ start: Int, _ words: WordSet) -> Bool {
        var j = start
        while j > 0, start - j < 20, !phraseEnd.contains(t[j - 1]) || t[j - 1] == 0x20 {
            if words.endsAt(t, j) { return true }
            j -= 1
        }
        return false
    }

    /// 最 + a quality of one to four characters + (的)? + an aspect noun: 最大的缺点, 最明显的变化, 最满意的地方; a
    /// quality the law targets only with 的 and one of the thing's parts: 最好的地方.
    static func aspect(_ t: [UInt32], _ end: Int) -> (quality: String, noun: String)? {
        guard let first = at(t, end) else { return nil }
        let product = productQualities.contains(first)
        for k in 1...4 {
            let q = end + k
            guard q <= t.count, isCJK(t[q - 1]), t[q - 1] != 0x7684 /* 的 */ else { return nil }
            let de = at(t, q) == 0x7684
            let p = de ? q + 1 : q
            if !product, let n = has(t, p, aspectNouns) { return (s(t, end, k), s(t, p, n)) }
            if product, de, let n = has(t, p, partNouns) { return (s(t, end, k), s(t, p, n)) }
        }
        return nil
    }

    /// 最 + a quality of one to four characters + the noun it describes, found in `nouns`: after 的 and at most
    /// `modifiers` more characters (最大的操作风险), or with `bare` right after the quality too (最大冷门).
    static func head(_ t: [UInt32], _ end: Int, _ nouns: WordSet, modifiers: Int, bare: Bool = false, whole: Bool = true) -> (quality: String, noun: String)? {
        for k in 1...4 {
            let q = end + k
            guard q <= t.count, isCJK(t[q - 1]), t[q - 1] != 0x7684 /* 的 */ else { return nil }
            guard at(t, q) == 0x7684 else {
                if bare, let n = has(t, q, nouns), !whole || endsNoun(t, q + n) { return (s(t, end, k), s(t, q, n)) }
                continue
            }
            for p in (q + 1)...(q + 1 + modifiers) {
                if let n = has(t, p, nouns), !whole || endsNoun(t, p + n) { return (s(t, end, k), s(t, p, n)) }
                guard let v = at(t, p), isCJK(v), v != 0x7684 else { return nil }
            }
            return nil
        }
        return nil
    }

    /// Words of the writer's that may stand between a phrase's start and the 最 opening its statement.
    static let phraseOpeners = words(["我觉得", "我认为", "觉得", "认为", "感觉", "个人觉得", "其中", "其实", "而", "但", "但是", "不过",
                                      "当然", "还有", "另外", "而且", "并且", "尤其", "特别", "特别是", "让我", "我", "就是"])

    /// Whether 最 at `start` opens its phrase, after at most one of `phraseOpeners`: 最赞的是…, 我觉得最赞的是….
    /// Anything else before it (做笔记本最牛的是…, 湘北最盛行的是…) names the field the superlative ranks in.
    static func opensPhrase(_ t: [UInt32], _ start: Int) -> Bool {
        var j = start
        while j > 0, t[j - 1] == 0x20 { j -= 1 }
        if j == 0 || phraseEnd.contains(t[j - 1]) { return true }
        for n in 1...4 where j - n >= 0 {
            let b = j - n
            if b == 0 || phraseEnd.contains(t[b - 1]), phraseOpeners.longest(t, at: b) == n { return true }
        }
        return false
    }

    /// What may follow a noun that ends its phrase (最大的操作风险，是…, 最大的思想障碍就是…), where a noun inside a
    /// longer one does not end it (最大的水污染治理项目).
    static let afterNoun = set("是就也都在为的了和与及还又却莫要当")

    static func endsNoun(_ t: [UInt32], _ i: Int) -> Bool {
        guard let v = at(t, i) else { return true }
        return phraseEnd.contains(v) || afterNoun.contains(v) || !isCJK(v)
    }

    /// 最 + a quality + 的 + (one of its parts)? + a copula, and what follows does not pick out the product itself
    /// (最赞的是大床房, 最明显的就是…; but 最舒适的是这款鞋): the quality, when it is so.
    static func topic(_ t: [UInt32], _ end: Int) -> String? {
        for k in 1...4 {
            let q = end + k
            guard q <= t.count, isCJK(t[q - 1]), t[q - 1] != 0x7684 /* 的 */ else { return nil }
            guard at(t, q) == 0x7684 else { continue }
            var p = q + 1
            if let n = has(t, p, partNouns) ?? has(t, p, aspectNouns) { p += n }
            guard let c = has(t, p, topicCopulas) else { return nil }
            var r = p + c
            while let v = at(t, r), v == 0x20 || v == 0xFF1A /* ： */ || v == 0x3A /* : */ { r += 1 }
            if let v = at(t, r), demonstratives.contains(v) {
                var m = r + 1
                if let w = at(t, m), numerals.contains(w) { m += 1 }
                if let w = at(t, m), productMeasures.contains(w) { return nil }
                // 这个 / 那个 picks out the product when it ends the phrase (最好的就是这个！), not before a noun.
                if at(t, m) == 0x4E2A /* 个 */, at(t, m + 1).map(phraseEnd.contains) ?? true { return nil }
            }
            if has(t, r, productPronouns) != nil { return nil }
            return s(t, end, k)
        }
        return nil
    }

    static func ordinal(_ t: [UInt32], _ start: Int, _ end: Int, _ explain: Bool) -> Verdict {
        func verdict(_ claim: Bool, _ step: @autoclosure () -> String, _ why: @autoclosure () -> String, _ wordEnd: Int) -> Verdict {
            Verdict(isClaim: claim, step: explain ? "ordinal/\(step())" : "", why: explain ? why() : "", end: min(max(wordEnd, end), t.count))
        }
        let next = at(t, end)
        if endsBefore(t, start, schoolRanks) { return verdict(false, "personal", tr("a rank at school or in a race, not the product's"), end) }
        if endsBefore(t, start, rankingContext) { return verdict(true, "rank", tr("a ranking word before 第一 makes it a rank"), end) }
        if let next, rankNouns.contains(next) { return verdict(true, "rank", tr("第一\(s(next)) is a rank"), end + 1) }
        if let next, numerals.contains(next) { return verdict(false, "number", tr("第一\(s(next)) is part of a number"), end + 1) }
        if let n = has(t, end, titles) { return verdict(false, "title", tr("第一\(s(t, end, n)) is a title or a name"), end + n) }
        if has(t, end, measureWords) != nil || next.map(measures.contains) == true {
            return verdict(false, "measure", tr("第一 + \(next.map(s) ?? "") counts or times something"), end + 1)
        }
        let before = at(t, start - 1)
        let opensEnumeration = before == nil || before.map(phraseEnd.contains) == true
        if opensEnumeration, let next, phraseEnd.contains(next) || next == 0x20 || next == 0x662F /* 是 */ {
            return verdict(false, "enumeration", tr("第一 opens an enumeration"), end)
        }
        if next == 0x3001 /* 、 */, let following = at(t, end + 1), numerals.contains(following) {
            return verdict(false, "enumeration", tr("第一、\(s(following)) lists positions"), end)
        }
        if next == nil || next.map(phraseEnd.contains) == true { return verdict(true, "standalone", tr("第一 standing alone claims first place"), end) }
        return verdict(true, "rank", tr("第一\(next.map(s) ?? "") claims first place"), end + 1)
    }

    static func uniqueness(_ t: [UInt32], _ start: Int, _ end: Int, _ explain: Bool) -> Verdict {
        func verdict(_ claim: Bool, _ step: @autoclosure () -> String, _ why: @autoclosure () -> String, _ wordEnd: Int) -> Verdict {
            Verdict(isClaim: claim, step: explain ? "uniqueness/\(step())" : "", why: explain ? why() : "", end: min(max(wordEnd, end), t.count))
        }
        if let p = at(t, start - 1), personalPronouns.contains(p), at(t, end) != 0x7684 /* 的 */, isCJK(at(t, end)) {
            return verdict(false, "personal", tr("\(s(p))唯一… is one person's only one, not a claim"), end)
        }
        // A market named earlier in the phrase makes any 唯一 a claim: 全国唯一一只现货, 市面上唯一一款.
        if earlierInPhrase(t, start, uniquenessScopes) || endsBeforeOrDe(t, start, placeScopes) {
            return verdict(true, "scope", tr("唯一 within a market claims there is nothing else like it"), end)
        }
        var i = end
        if at(t, i) == 0x7684 /* 的 */ { i += 1 }
        if at(t, i) == 0x6700 /* 最 */ {
            return verdict(false, "superlative", tr("唯一最… is judged by the superlative after it"), end)
        }
        if let n = has(t, i, uniquenessDesignations) {
            return verdict(true, "designation", tr("唯一\(s(t, end, i + n - end)) claims a sole designation or choice"), end)
        }
        var d = i
        if let n = has(t, d, uniquenessModifiers) { d += n }
        if let n = has(t, d, uniquenessDownsides) {
            return verdict(false, "downside", tr("唯一\(s(t, end, d + n - end)) names the only downside, not a claim"), end)
        }
        // Within its phrase: 唯一令人欣慰的是, 唯一可取之处, 唯一就是.
        if let (j, n) = laterInPhrase(t, from: end, { has(t, $0, uniquenessAspects) }) {
            return verdict(false, "aspect", tr("唯一 … \(s(t, j, n)) names the only thing worth saying, not a claim"), end)
        }
        // 唯一 (一双) + a capability: 唯一能配所有裙子的鞋, 唯一一双能让我穿一整天的鞋, 唯一值得买的包.
        var c = i
        if let n = at(t, c), uniquenessCountStarts.contains(n), let m = at(t, c + 1), measures.contains(m) || peopleMeasures.contains(m) { c += 2 }
        if let (r, n) = laterInPhrase(t, from: c, { t[$0] == 0x7684 /* 的 */ ? has(t, $0 + 1, people).map { $0 + 1 } : nil }) {
            return verdict(false, "person", tr("唯一 … 的\(s(t, r + 1, n - 1)) describes a person, not the product"), end)
        }
        if let n = has(t, c, capabilities) {
            return verdict(true, "capability", tr("唯一 … \(s(t, c, n)) claims nothing else can"), end)
        }
        if c > i { return verdict(false, "count", tr("唯一 + \(s(t, i, 2)) describes how many there are"), end) }
        if endsBefore(t, start, productSubjects) {
            return verdict(true, "product", tr("the product called the only one claims there is nothing else like it"), end)
        }
        return verdict(false, "descriptive", tr("唯一 here describes the only one at hand, not a claim that nothing else compares"), end)
    }

    /// Earlier in 唯一's phrase: a market, so 唯一 claims against all of it.
    static let uniquenessScopes = words(["全国", "全城", "全网", "全球", "全世界", "世界上", "世界", "国内", "国际", "业内", "行业", "同类", "同价位",
                                         "市面上", "市场上", "亚洲", "中国", "全省", "全市", "本市", "全平台", "别家", "其他品牌", "所有品牌"])
    /// Right before 唯一 (的 between allowed): a place or a field it ranks in (泰安市唯一一家四星级酒店, 中东地区唯一的
    /// 汉语系), or the writer's experience of many (住过的唯一的…).
    static let placeScopes = words(["市", "省", "县", "国", "州", "地区", "园区", "镇", "城", "东北", "西北", "华北", "华东", "华南", "西南", "中东",
                                    "业界", "系统", "年度", "住过", "用过", "见过", "去过", "吃过", "买过"])
    /// 唯一 … 的 + these: the only person who… (唯一会说粤语的同事, 唯一知道密码的人).
    static let people = words(["人", "同事", "客人", "顾客", "员工", "店员", "学生", "孩子", "朋友", "男生", "女生", "家人", "老师", "师傅"])
    /// 唯一 (的) + these: a sole designation or choice — 唯一指定, 唯一授权, 唯一正品, 我唯一的选择.
    static let uniquenessDesignations = words(["指定", "授权", "正品", "官方", "认证", "专利", "选择", "首选", "品牌", "供应商", "代理", "经销",
                                               "专卖", "渠道", "正版", "真品", "专柜", "旗舰", "代表"])
    /// 唯一 (一双) + these: a capability nothing else has — 唯一能, 唯一可以, 唯一真正, 唯一值得.
    static let capabilities = words(["能", "可以", "可", "会", "真正", "敢", "做到", "值得", "拥有", "具有", "具备", "采用", "获得", "通过", "让",
                                     "不会", "既", "又", "同时", "被", "获", "荣获"])
    /// Right before 唯一: the product or the shop itself (它唯一…, 这款是唯一…, 本店是唯一…).
    static let productSubjects = words(["它", "它是", "这款", "这款是", "这只", "这只是", "这件", "这件是", "这双", "这双是", "本店", "本店是",
                                        "我们", "我们是", "我们家", "我们家是", "本品", "本品是", "这家", "这家是", "这个牌子", "这个品牌是"])

    /// 100% + a material is a composition (100%羊绒, 100% 桑蚕丝), not a claim.
    static let materials = words([
        "纯", "棉", "羊绒", "羊毛", "羊皮", "羔羊", "牛皮", "小牛皮", "真皮", "皮革", "真丝", "蚕丝", "桑蚕丝", "丝", "麻", "亚麻", "苎麻",
        "鹅绒", "鸭绒", "羽绒", "绒", "马海毛", "驼绒", "牦牛绒", "涤纶", "聚酯", "锦纶", "尼龙", "粘胶", "莫代尔", "天丝", "氨纶", "腈纶",
        "银", "金", "铂", "钛", "不锈钢", "黄铜", "再生", "有机", "cotton", "wool", "silk", "cashmere", "linen", "leather",
        "山羊绒", "绵羊毛", "美利奴", "羊驼", "兔毛", "貂", "醋酸", "铜氨", "竹纤维", "牛仔", "帆布", "麂皮", "鳄鱼皮",
    ])
    /// 到 100%, 占 100%, 充电到 100%, CPU 100% (达到, 升至 end in 到, 至; the text is lower-cased): a measured share.
    /// 百分之百的努力, 100%用心: the writer's effort.
    static let efforts = words(["努力", "用心", "投入", "真心", "诚意", "热情", "信任", "支持"])
    static let shareWords = words(["到", "达", "至", "占", "为", "满", "率", "电", "cpu", "进度", "负载", "湿度", "占比", "比例", "电量", "完成", "完成了",
                                   "目标", "度", "在", "显示", "停在", "卡在", "正好", "加起来", "率是", "率为", "率达", "检测"])
    /// Before 100%: a care label or a composition (成分：棉100%).
    static let compositionWords = words(["成分", "成分：", "成分:", "含量", "面料", "材质", "里料", "填充物"])
    /// Before 100%: the writer cannot promise it (不能百分之百确定, 不敢百分之百保证).
    static let certaintyDenials = words(["不能", "不敢", "没法", "无法", "很难", "不可能", "不能说", "不敢说", "不好说", "没", "没有"])
    /// After a person's 百分之百, these make it a promise all the same (我百分之百保证, 我百分百推荐).
    static let promises = words(["保证", "推荐", "承诺", "确保", "包", "担保", "负责"])
    /// 百分之百 + these: the writer's own certainty about something (百分之百记得, 百分之百确定).
    static let writerCertainties = words(["记得", "确定", "肯定", "相信", "同意", "理解", "忘了", "是被", "没信心", "没把握", "不信"])

    static func certainty(_ t: [UInt32], _ start: Int, _ end: Int, _ explain: Bool) -> Verdict {
        func verdict(_ claim: Bool, _ step: @autoclosure () -> String, _ why: @autoclosure () -> String) -> Verdict {
            Verdict(isClaim: claim, step: explain ? "certainty/\(step())" : "", why: explain ? why() : "", end: end)
        }
        var i = end
        while at(t, i) == 0x20 { i += 1 }
        if let n = has(t, i, materials) { return verdict(false, "composition", tr("100% + \(s(t, i, n)) states what it is made of")) }
        if endsBefore(t, start, materials) || endsBefore(t, start, compositionWords) {
            return verdict(false, "composition", tr("a material or a label before 100% states what it is made of"))
        }
        if endsBefore(t, start, shareWords) { return verdict(false, "share", tr("100% here is a measured share, not a promise")) }
        if negatedBefore(t, start) || endsBefore(t, start, certaintyDenials) {
            return verdict(false, "negated", tr("the certainty is denied, not promised"))
        }
        if let n = has(t, i, writerCertainties) { return verdict(false, "writer", tr("百分之百\(s(t, i, n)) is the writer's own certainty, not a promise")) }
        if let p = at(t, start - 1), personalPronouns.contains(p), has(t, i, promises) == nil {
            return verdict(false, "writer", tr("\(s(p))百分之百… is a person's own certainty, not a promise for the product"))
        }
        if at(t, i) == 0x7684 /* 的 */ { i += 1 }
        if let n = has(t, i, efforts) { return verdict(false, "effort", tr("100% + \(s(t, i, n)) is the writer's effort, not a promise")) }
        return verdict(true, "claim", tr("100% promises a certain result"))
    }

    /// Within 绝对's phrase, these make it a complaint: 服务绝对有问题, 绝对是…最差的酒店, 绝对做不好.
    static let complaintWords = words([
        "最差", "太差", "很差", "极差", "真差", "超差", "差劲", "差评", "问题", "失望", "垃圾", "烂", "坑", "骗", "脏", "恶心", "浪费",
        "投诉", "恶梦", "噩梦", "愤怒", "无语", "糟糕", "不好", "不行", "不值", "做不", "配不上", "需要提高", "需要改进", "难吃", "难看",
        "难用", "上当", "吃亏", "宰人", "黑店",
    ])
    /// Right after 绝对 (是, 会, 的 between allowed): a denial — 绝对不会, 绝对没有, 绝对别, 绝对的没.
    static let denials = set("不没别无非未")
    /// The writer right before 绝对: an intention of the writer's own (我绝对会再来, 本人绝对是个…).
    static let writers = words(["我", "本人", "我们一家", "我们全家", "我家", "儿子", "女儿", "老公", "老婆", "孩子", "我妈", "我爸", "同事", "店长"])
    /// 绝对 + these is an obligation, not a claim: 直播前绝对要检查网络, 绝对不能迟到.
    static let obligations = words(["要", "得", "不能", "不可以", "别忘", "记得", "禁止", "不许", "不准"])

    static func absolute(_ t: [UInt32], _ start: Int, _ end: Int, _ explain: Bool) -> Verdict {
        func verdict(_ claim: Bool, _ step: @autoclosure () -> String, _ why: @autoclosure () -> String) -> Verdict {
            Verdict(isClaim: claim, step: explain ? "absolute/\(step())" : "", why: explain ? why() : "", end: end)
        }
        if negatedBefore(t, start) { return verdict(false, "negated", tr("绝对 is denied, not claimed")) }
        var i = end
        var skippedDe = false
        while let v = at(t, i), v == 0x20 || v == 0x662F /* 是 */ || v == 0x4F1A /* 会 */ || v == 0x7684 /* 的 */ || v == 0x90FD /* 都 */ {
            if v == 0x7684 { skippedDe = true }
            i += 1
        }
        if let v = at(t, i), denials.contains(v) { return verdict(false, "denial", tr("绝对\(s(t, end, i + 1 - end)) denies something, not a claim")) }
        if !skippedDe, isCJK(at(t, i)), at(t, i + 1) == 0x4E0D /* 不 */, isCJK(at(t, i + 2)) {
            return verdict(false, "denial", tr("绝对\(s(t, end, i + 3 - end)) says something cannot be done, not a claim"))
        }
        if at(t, i) == 0x5DEE /* 差 */ { return verdict(false, "complaint", tr("绝对 … \(s(t, i, 1)) is a complaint, not a claim for the product")) }
        if let (j, n) = laterInPhrase(t, from: end, { has(t, $0, complaintWords) }) {
            return verdict(false, "complaint", tr("绝对 … \(s(t, j, n)) is a complaint, not a claim for the product"))
        }
        if endsBefore(t, start, writers) { return verdict(false, "writer", tr("the writer's own intention, not a claim about the product")) }
        if let n = has(t, end, obligations) { return verdict(false, "obligation", tr("绝对\(s(t, end, n)) states an obligation, not a claim")) }
        return verdict(true, "claim", tr("绝对 claims an absolute"))
    }

    static func s(_ v: UInt32) -> String { Unicode.Scalar(v).map { String($0) } ?? "" }
    static func s(_ t: [UInt32], _ i: Int, _ n: Int) -> String {
        String(scalars: t[max(0, i)..<min(t.count, i + n)].compactMap(Unicode.Scalar.init))
    }
}
