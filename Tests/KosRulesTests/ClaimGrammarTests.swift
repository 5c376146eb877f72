import Foundation
import KosCore
import KosDefinitions
import Testing

@testable import KosRules

/// The context grammar, both directions: the sentences associates write every day pass, the claims do not,
/// and each decision names the step that made it.
@Suite struct ClaimGrammarTests {
    /// A linter keeps scratch state: one per test.
    let linter: Linter = {
        let packs = try! BuiltinPacks.load()
        return try! Linter(packs: [packs["prc-advertising-law"]!])
    }()

    func claims(_ text: String) -> [String] {
        linter.lint(Draft.text(text, scope: .body)).filter { $0.rule == "prc-advertising-law/absolute-terms" }.compactMap(\.match)
    }

    func steps(_ text: String) -> [String] {
        let trace = LintTrace()
        _ = linter.lint(Draft.text(text, scope: .body), trace: trace)
        return trace.entries.map(\.step)
    }

    /// What associates write every day: not a claim, and which step said so.
    @Test(arguments: [
        ("周末人多，最好提前预约", "superlative/advice"),
        ("最好别错过这次上新", "superlative/advice"),
        ("店在商场最高层", "superlative/place"),
        ("山谷的最低点", "superlative/place"),
        ("最前排的位置留给你", "superlative/place"),
        ("最近上新的手袋", "superlative/literal"),
        ("最后一天营业", "superlative/literal"),
        ("每人最多两件", "superlative/limit"),
        ("最少一件起订", "superlative/limit"),
        ("我最喜欢这只包", "superlative/feeling"),
        ("第一件八折", "ordinal/measure"),
        ("第一次来店里试穿", "ordinal/measure"),
        ("这是我在门店工作的第一个月", "ordinal/measure"),
        ("清晨的第一缕阳光", "ordinal/measure"),
        ("第一批到货", "ordinal/measure"),
        ("第一季度的新品", "ordinal/measure"),
        ("第 一 次 来", "ordinal/measure"),
        ("第一，面料柔软；第二，版型好", "ordinal/enumeration"),
        ("这是我们店唯一的一只白色款", "uniqueness/count"),
        ("店里唯一一件米色", "uniqueness/count"),
        ("唯一的缺点是有点重", "uniqueness/downside"),
        ("最重要的是舒服", "superlative/discourse"),
        ("这是我买过最差的一次", "superlative/negative"),
        ("最新一期的穿搭", "superlative/literal"),
        ("第一本书", "ordinal/measure"),
        ("第一百位客人", "ordinal/number"),
        ("最大的缺点是有点重", "superlative/aspect"),
        ("最大特点是轻", "superlative/aspect"),
        ("最明显的变化是颜色", "superlative/aspect"),
        ("这次最满意的就是试衣间", "superlative/feeling"),
        ("印象最深的是店员的耐心", "superlative/feeling"),
        ("晓晓最喜欢的图画书", "superlative/feeling"),
        ("最低消费两百元", "superlative/measure"),
        ("尽最大努力为您服务", "superlative/measure"),
        ("最开始只是想看看", "superlative/literal"),
        ("这是我最讨厌的天气", "superlative/negative"),
        ("最可惜的是没有黑色", "superlative/negative"),
        ("用第一人称写的笔记", "ordinal/title"),
        ("唯一令人欣慰的是服务", "uniqueness/aspect"),
        ("唯一可取之处是位置", "uniqueness/downside"),
        ("唯一就是有点贵", "uniqueness/downside"),
        ("灾情最严重的地区", "superlative/negative"),
        ("最为关注的是价格", "superlative/feeling"),
        ("最多也只是三星水平", "superlative/limit"),
        ("100%羊绒围巾", "certainty/composition"),
        ("这家店不是最便宜的", "superlative/negated"),
        ("最最要命的是排队", "superlative/feeling"),
        ("最好是提前打电话", "superlative/advice"),
        ("让我最中意的是试衣间", "superlative/feeling"),
        ("唯一欠缺的是停车位", "uniqueness/downside"),
        ("第1卷第1章", "ordinal/measure"),
        ("人们最担心的问题", "superlative/feeling"),
        ("年龄最大的志愿者", "superlative/measure"),
        ("等一次电梯最少要花五分钟", "superlative/limit"),
        ("最夸张的是早上七点就有人敲门", "superlative/discourse"),
        ("唯一的优点就是位置好", "uniqueness/downside"),
        ("唯一让我满意的就是门童", "uniqueness/aspect"),
        ("是最靠走廊尽头的单人间", "superlative/literal"),
        ("面料是 100% 桑蚕丝", "certainty/composition"),
        ("充电到100%", "certainty/share"),
        ("音量开到最大也听得清", "superlative/setting"),
        ("调到最大声音还是有点小", "superlative/setting"),
        ("空调开了最大。", "superlative/setting"),
        ("最高时速300公里", "superlative/measure"),
        ("最多曾跌去275点", "superlative/measure"),
        ("最好以后多出几个颜色", "superlative/advice"),
        ("如果能有黑色就最好了", "superlative/wish"),
        ("我们会努力做到最好", "superlative/aspiration"),
        ("最普通的款也好看", "superlative/negative"),
        ("最高法院今天宣判", "superlative/name"),
        ("哈萨克斯坦最高纪律委员会", "superlative/name"),
        ("荣获国际足联最佳足球运动员奖", "superlative/award"),
        ("最好的办法是提前预约", "superlative/advice"),
        ("他们是最好的朋友", "superlative/advice"),
        ("最真实的一面", "superlative/aspect"),
        ("最头大的就是发热问题", "superlative/negative"),
        ("《绝对小孩》这本书", "title"),
        ("《女人我最大》节目", "title"),
        ("第一盘比赛", "ordinal/measure"),
        ("分列第一、二位", "ordinal/enumeration"),
        ("第一是不现实", "ordinal/enumeration"),
        ("百分之百的努力", "certainty/effort"),
        ("适合自己的才是最好的", "superlative/aphorism"),
        ("天津算不上经济最发达的城市", "superlative/negated"),
        ("外壳容易沾手印，最好贴个膜", "superlative/advice"),
        ("不过在最边上", "superlative/place"),
        ("唯一的感觉是累", "uniqueness/downside"),
        ("我觉得最赞的是那个大大的浴池", "superlative/topic"),
        ("最值得称赞的是服务水准", "superlative/topic"),
        ("最明显的就是房间够宽敞", "superlative/topic"),
        ("我认为这是这套书最好的地方。", "superlative/aspect"),
        ("最大的操作风险是内控不严", "superlative/harm"),
        ("受打击最大的是农场", "superlative/harm"),
        ("爆出了本届比赛的最大冷门", "superlative/harm"),
        ("对我最大的帮助是让我了解了成长", "superlative/feeling"),
        ("和平是国家取得的最大的成就", "superlative/abstract"),
        ("物有所值是对这本书最恰当的评价了", "superlative/abstract"),
        ("是历年筹资最多的一年", "superlative/period"),
        ("以台北县人口为最多", "superlative/measure"),
        ("屏幕调到最暗，待机更久", "superlative/setting"),
        ("最好住在五层", "superlative/advice"),
        ("如果您想安静入睡，最好忍受高温", "superlative/advice"),
        ("作伪最为猖獗的时期", "superlative/negative"),
        ("就选了这个最穷的村子", "superlative/negative"),
        ("感觉最多是个三星", "superlative/limit"),
        ("登山队登上非洲最高峰", "superlative/place"),
        ("产量创历史最高纪录", "superlative/record"),
        ("今年的最高纪录", "superlative/measure"),
        ("衣领上别有加拿大最高勋章", "superlative/award"),
        ("最大的不好就是没有音标", "superlative/harm"),
        ("对流行的事物报以最大的怀疑", "superlative/abstract"),
        ("我唯一感动了一下的是那个小姑娘", "uniqueness/personal"),
        ("毕业生中唯一一名去务农的学生", "uniqueness/person"),
        ("男篮联赛第一循环印象", "ordinal/measure"),
        ("回归第一春", "ordinal/measure"),
        ("服务绝对有问题！", "absolute/complaint"),
        ("成分标签：棉100%，可以机洗", "certainty/composition"),
        ("围巾成分是100%山羊绒", "certainty/composition"),
        ("问卷今天完成度100%", "certainty/share"),
        ("那个培训我没百分之百听懂", "certainty/negated"),
        ("我百分之百是路痴", "certainty/writer"),
        ("直播前绝对要检查网络", "absolute/obligation"),
        ("我儿子绝对是遗传了他爸", "absolute/writer"),
        ("今天最惨的是我", "superlative/negative"),
        ("哪怕是最简单的白T也要看吊牌", "superlative/concession"),
        ("我们组最年轻的同事才二十岁", "superlative/person"),
        ("小朋友最好由家长陪同试鞋", "superlative/advice"),
        ("女儿考了班里第一", "ordinal/personal"),
        ("停车第一小时八元", "ordinal/measure"),
        ("防水圈最好一年检查一次", "superlative/advice"),
        ("镜腿最宽能调到多少", "superlative/limit"),
        ("我最常去的健身房关门了", "superlative/feeling"),
        ("跑到第一公里就后悔了", "ordinal/measure"),
        ("唯一让我坚持早起的，是楼下的豆浆", "uniqueness/aspect"),
        ("出勤率是100%", "certainty/share"),
        ("仓库内绝对禁止吸烟", "absolute/obligation"),
        ("我是店里唯一一个不喝咖啡的人", "uniqueness/person"),
        ("这周唯一的休息日还下雨", "uniqueness/descriptive"),
        ("商场唯一的母婴室在三楼", "uniqueness/descriptive"),
        ("她是我们组唯一会说粤语的同事", "uniqueness/person"),
        ("下雨天最好穿平底鞋", "superlative/advice"),
        ("最多等十分钟就能拿上来", "superlative/limit"),
        ("试衣间最多同时进三件", "superlative/limit"),
        ("老板说最迟下周五换完陈列", "superlative/literal"),
        ("客人最关心的问题是能不能退换", "superlative/feeling"),
        ("最小的码已经被调走了", "superlative/size"),
        ("弟弟考了年级第一", "ordinal/personal"),
        ("手机电量100%出门", "certainty/share"),
        ("我不敢百分之百保证明天有货", "certainty/negated"),
        ("我百分之百记得放包里了", "certainty/writer"),
        ("买鞋的速度绝对赶不上上新速度", "absolute/denial"),
        ("失业率为过去24年来的最低水平", "superlative/record"),
        ("单产超过了历史最高水平", "superlative/record"),
        ("选出第一任参议院议长", "ordinal/measure"),
        ("对于第一审刑事案件", "ordinal/title"),
        ("住进4楼最角落的海景大床房", "superlative/literal"),
        ("基本上都是最底下的那层", "superlative/place"),
        ("前台给了最高的23层", "superlative/place"),
        ("机器的cpu最好用zm82", "superlative/advice"),
        ("装修用的是最低档的地砖", "superlative/negative"),
        ("就是最劣质的滑轨也不会那么沉重", "superlative/negative"),
        ("这是我买过最衰的一本", "superlative/negative"),
        ("从踏入酒店后的第一分钟开始", "ordinal/measure"),
        ("唯一的小小遗憾就是字有点小", "uniqueness/downside"),
        ("唯一最大的缺点：电池不行", "uniqueness/superlative"),
        ("绝对是重庆对客户信任度最差的酒店", "absolute/complaint"),
        ("绝对不会后悔来看看", "absolute/denial"),
        ("绝对的没话说", "absolute/denial"),
        ("这个价格绝对差", "absolute/complaint"),
        ("本人绝对是个愤青", "absolute/writer"),
        ("孤独不是绝对的", "absolute/negated"),
    ])
    func ordinaryChineseIsNotAClaim(text: String, step: String) {
        #expect(claims(text).isEmpty, "\(text): \(claims(text))")
        #expect(steps(text).contains(step), "\(text): \(steps(text))")
    }

    /// Claims: flagged, at the claim's own words.
    @Test(arguments: [
        ("最好的面料", "最好"),
        ("这只最好看", "最好看"),
        ("最具质感的手袋", "最具"),
        ("最奢侈的一次体验", "最奢"),
        ("全网最低价", "全网最低价"),
        ("最高级的皮革", "最高级"),
        ("最前沿的设计", "最前沿"),
        ("这是第一品牌", "第一品牌"),
        ("本店销量第一", "销量第一"),
        ("产量全国第一", "全国第一"),
        ("它是第一", "第一"),
        ("唯一能配所有裙子的鞋", "唯一"),
        ("唯一指定供应商", "唯一"),
        ("性价比之王", "性价比之王"),
        ("最好，没有之一", "最好"),
        ("最新科技面料", "最新科技"),
        ("女生最爱的手袋", "最爱"),
        ("大家最喜欢的款", "最喜"),
        ("最具优势的面料", "最具"),
        ("最好的是这款面料", "最好"),
        ("最具质感的是这只", "最具"),
        ("最舒适的是这款鞋", "最舒"),
        ("最先进的工艺", "最先"),
        ("唯一值得买的包", "唯一"),
        ("全网最满意的选择", "最满"),
        ("最为奢华的面料", "最为奢"),
        ("100%有效", "100%"),
        ("最最好的面料", "最最好"),
        ("全、网、最、低、价", "全、网、最、低、价"),
        ("最靠谱的面料", "最靠"),
        ("百分之百正品", "百分之百"),
        ("最大程度地保护皮革", "最大"),
        ("最低价99元", "最低价"),
        ("品质做到最好的面料", "最好"),
        ("这款最好了！", "最好"),
        ("品质提升到最高水平", "最高"),
        ("《全网最低价》", "全网最低价"),
        ("《最好》", "最好"),
        ("最佳的面料，奖励自己", "最佳"),
        ("我们的才是最好的", "最好"),
        ("最舒服的还是它", "最舒"),
        ("最好的礼物就是这只包", "最好"),
        ("最好的选择是入手", "最好"),
        ("最大的温暖来自这件羽绒服", "最大"),
        ("今年最火的一款", "最火"),
        ("最舒服的是那双鞋", "最舒"),
        ("最好的就是我们家", "最好"),
        ("最好看的就是这个！", "最好看"),
        ("它唯一的对手是自己", "唯一"),
        ("我们是全城唯一授权店", "唯一"),
        ("这家店是我唯一的选择！", "唯一"),
        ("绝对正品", "绝对"),
        ("抖音热卖榜第一位", "第一"),
        ("最宽松舒适的裤子", "最宽"),
        ("大家最常买的颜色", "最常"),
        ("我百分之百保证不起球", "百分之百"),
        ("穿上百分百显高", "百分百"),
        ("全国唯一一只现货", "唯一"),
        ("不愧为泰安市唯一一家四星级酒店", "唯一"),
        ("是我住过的唯一的双景观宾馆", "唯一"),
        ("他是全省唯一获此殊荣的公务员", "唯一"),
        ("这是市面上唯一一款真正防泼水的大衣", "唯一"),
        ("这是唯一一双能让我穿一整天的高跟鞋", "唯一"),
        ("本店是唯一授权的专柜", "唯一"),
        ("这款最好穿了", "最好穿"),
        ("最好看又百搭", "最好看"),
        ("最多人选择的颜色", "最多"),
        ("十年来最低价", "最低价"),
        ("最好用的面霜", "最好用"),
        ("这款最好用！", "最好用"),
        ("唯一最好的选择", "最好"),
        ("最高的品质", "最高"),
        ("这款绝对好用，不伤手", "绝对"),
        ("绝对零色差", "绝对"),
        ("错过绝对后悔", "绝对"),
        ("绝对的品质保证", "绝对"),
        ("做笔记本最牛的就是IBM", "最牛"),
        ("湘北最盛行的是花鼓戏", "最盛"),
        ("流域最大的水污染治理项目", "最大"),
    ])
    func claimsAreFlaggedAtTheirWords(text: String, match: String) {
        #expect(claims(text) == [match], "\(text)")
    }

    /// A term inside another word is not the term: 拒绝|对此 holds 绝对 across a word boundary.
    @Test(arguments: ["他拒绝对此发表评论", "六十万绝对贫困人口", "运行极品飞车有点卡", "王忍之、王瑞璞、王楚光"])
    func wordsThatMerelyContainATermAreNotIt(text: String) {
        #expect(claims(text).isEmpty, "\(text): \(claims(text))")
    }

    /// Spaces between the characters of a claim are evasion; a million of them are folded in one pass, not a
    /// million passes, and the claim is still found.
    @Test func aMillionSpacesInsideAClaimAreStillOneClaim() {
        #expect(claims("最" + String(repeating: " ", count: 1_000_000) + "好的面料").count == 1)
    }

    /// The context drops filler between two Chinese characters. A Yijing hexagram (U+4DC0…U+4DFF) is both a
    /// symbol and a Chinese character: kept, it is what stands before 第一, so the space after it goes too
    /// (第一 then stands alone, a claim); after punctuation a space is kept and 第一 opens an enumeration.
    @Test func fillerAroundASymbolThatIsAlsoChineseIsReadAsItWas() {
        #expect(steps("，䷀ 第一，") == ["ordinal/standalone"], "\(steps("，䷀ 第一，"))")
        #expect(steps("好 ䷀ 第一，") == ["ordinal/standalone"], "\(steps("好 ䷀ 第一，"))")
        #expect(steps("， 第一，") == ["ordinal/enumeration"], "\(steps("， 第一，"))")
    }

    /// Hits of a regular expression's prefilter literal count once per segment, never against the rule's cap:
    /// a title that repeats the literal ten thousand times cannot hide a phone-like WeChat ID in the body.
    @Test func aFloodOfPrefilterLiteralsDoesNotHideALaterMatch() throws {
        let privacy = try Linter(packs: [try BuiltinPacks.load()["client-privacy"]!])
        var draft = Draft.text("加我vx：lina_sh2024 预约试穿", scope: .body)
        draft.title = String(repeating: "vx ", count: 12_000)
        draft.segments.insert(Draft.Segment(scope: .title, text: draft.title, start: SourceLocation(line: 1, column: 1)), at: 0)
        let found = privacy.lint(draft).filter { $0.rule == "client-privacy/wechat-id" }
        #expect(found.contains { $0.scope == .body }, "\(found.map { ($0.scope, $0.match) })")
    }

    @Test func aFindingCarriesItsArticleAndARewording() throws {
        let finding = try #require(linter.lint(Draft.text("最好的面料", scope: .body)).first)
        #expect(finding.message.contains("Art. 9(3)"))
        #expect(finding.suggestion == "优质")
    }

    @Test func aClaimRuleNeedsTermsOrFamilies() {
        #expect(throws: (any Error).self) { try pack("  - {id: empty, kind: claim, level: error, message: x}\n") }
        #expect(throws: (any Error).self) { try pack("  - {id: odd, kind: claim, level: error, message: x, families: [hyperbole]}\n") }
    }
}

/// The spellings creators use to slip a term past a filter, and where the finding points.
@Suite struct EvasionTests {
    let linter: Linter = {
        let packs = try! BuiltinPacks.load()
        return try! Linter(packs: [packs["prc-advertising-law"]!, packs["client-privacy"]!])
    }()

    func rules(_ text: String) -> [String] { linter.lint(Draft.text(text, scope: .body)).map(\.rule) }

    @Test(arguments: [
        ("zui佳的面料", "prc-advertising-law/absolute-terms"),
        ("ding级工艺", "prc-advertising-law/absolute-terms"),
        ("du一无二的设计", "prc-advertising-law/absolute-terms"),
        ("国j级认证", "prc-advertising-law/absolute-terms"),
        ("品质 N O . 1", "prc-advertising-law/absolute-terms"),
        ("销量 T O P 1", "prc-advertising-law/absolute-terms"),
        ("di一品牌", "prc-advertising-law/absolute-terms"),
        ("最🔥佳搭配", "prc-advertising-law/absolute-terms"),
        ("顶.级工艺", "prc-advertising-law/absolute-terms"),
        ("mei白效果", "prc-advertising-law/efficacy-claims"),
        ("薇信：lina_sh2026", "client-privacy/wechat-id"),
        ("加v lina_sh2026", "client-privacy/wechat-id"),
        ("＋V：lina2026", "client-privacy/wechat-id"),
    ])
    func evasionsAreCaught(text: String, rule: String) {
        #expect(rules(text).contains(rule), "\(text): \(rules(text))")
    }

    @Test func pinyinWrittenAsPinyinIsNotAClaim() {
        #expect(rules("zui jin hen mang, top 10 looks").isEmpty)
        #expect(rules("我的 vx 号码换了").isEmpty)
    }

    @Test func aFindingPointsAtTheOriginalSpelling() throws {
        let finding = try #require(linter.lint(Draft.text("今天 zui佳 搭配", scope: .body)).first)
        #expect(finding.match == "zui佳")
        #expect(finding.column == 4)
    }
}

/// Governance: shadow rules, brand exceptions with an owner and an expiry, inline suppressions with a reason.
@Suite struct GovernanceTests {

    func linter(_ brandYAML: String) throws -> Linter {
        let report = DefinitionLoader().load(texts: [("brand.yaml", brandYAML)])
        guard report.isValid, let brand = report.definitions.guidelines["brand"] else { throw DiagnosticList(report.diagnostics) }
        return try Linter(packs: [try BuiltinPacks.load()["prc-advertising-law"]!, brand])
    }

    static func brand(term: String, until: String, reason: String = "国家级非物质文化遗产证书 第 0421 号") -> String {
        """
        apiVersion: kos/v1
        kind: Guidelines
        id: brand
        exceptions:
          - rule: prc-advertising-law/absolute-terms
            term: \(term)
            reason: \(reason)
            owner: compliance@brand.cn
            until: "\(until)"
        """
    }

    @Test func anExceptionInForceMarksTheFindingWithItsReason() throws {
        let l = try linter(Self.brand(term: "国家级非遗", until: "2099-06-30T00:00"))
        let findings = l.lint(Draft.text("这是国家级非遗工艺", scope: .body))
        let f = try #require(findings.first)
        #expect(f.suppressed?.contains("国家级非物质文化遗产证书") == true && f.suppressed?.contains("compliance@brand.cn") == true)
        #expect(!f.blocks(at: .error))
        // Elsewhere in the text the term still counts.
        #expect(l.lint(Draft.text("国家级工艺", scope: .body)).contains { $0.suppressed == nil })
    }

    @Test func anExpiredExceptionStopsApplyingByItself() throws {
        let l = try linter(Self.brand(term: "国家级非遗", until: "2026-01-01T00:00"))
        let f = try #require(l.lint(Draft.text("这是国家级非遗工艺", scope: .body), now: Date()).first)
        #expect(f.suppressed == nil && f.blocks(at: .error))
    }

    @Test func badExceptionsAreLocatedErrors() throws {
        // No reason.
        let report = DefinitionLoader().load(texts: [("brand.yaml", Self.brand(term: "国家级非遗", until: "2099-06-30T00:00", reason: "\"\""))])
        #expect(report.diagnostics.contains { $0.severity == .error && $0.message.contains("needs a reason") && $0.location != nil })
        // Matches nothing the rule flags.
        #expect(throws: PackError.self) { try linter(Self.brand(term: "手工缝制", until: "2099-06-30T00:00")) }
        // Expiring within a month: a warning ahead of time.
        let soon = ISO8601DateFormatter().string(from: Date().addingTimeInterval(10 * 86_400)).prefix(10) + "T00:00"
        let warned = DefinitionLoader().load(texts: [("brand.yaml", Self.brand(term: "国家级非遗", until: String(soon)))])
        #expect(warned.diagnostics.contains { $0.severity == .warning && $0.message.contains("within a month") }, "\(warned.diagnostics)")
    }

    @Test func inlineSuppressionsNeedAReasonAndAKnownRule() throws {
        let l = try linter(Self.brand(term: "国家级非遗", until: "2099-06-30T00:00"))
        let ok = l.lint(Draft.text("<!-- kos-allow prc-advertising-law/absolute-terms: 店名里的“顶级”是注册商标 -->\n顶级皮具护理店", scope: .body))
        #expect(ok.first { $0.rule == "prc-advertising-law/absolute-terms" }?.suppressed == "inline: 店名里的“顶级”是注册商标")
        let noReason = l.lint(Draft.text("<!-- kos-allow prc-advertising-law/absolute-terms -->\n顶级皮具", scope: .body))
        #expect(noReason.contains { $0.rule == "kosflow/suppression" && $0.level == .error && $0.message.contains("needs a reason") })
        #expect(noReason.contains { $0.rule == "prc-advertising-law/absolute-terms" && $0.suppressed == nil })
        let unknown = l.lint(Draft.text("<!-- kos-allow brand/no-such-rule: because -->\n顶级皮具", scope: .body))
        #expect(unknown.contains { $0.rule == "kosflow/suppression" && $0.message.contains("not among the checks") })
    }

    @Test func aShadowRuleReportsAndNeverBlocks() throws {
        let p = try pack("  - {id: new-term, kind: existence, level: error, mode: shadow, message: 'trial rule', terms: [高定]}\n")
        let findings = try Linter(packs: [p]).lint(Draft.text("高定系列", scope: .body))
        let f = try #require(findings.first)
        #expect(f.shadow == true && !f.blocks(at: .error))
    }
}
