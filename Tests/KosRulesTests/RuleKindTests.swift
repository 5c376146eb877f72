import Foundation
import KosCore
import Testing

@testable import KosRules

@Suite struct ExistenceTests {
    static let rule = """
          - id: absolute
            kind: existence
            level: error
            message: '"%s" is an absolute claim'
            terms: [全网最低价, 最低价, 第一, NO.1, best]
            exceptions: [第一次, 第一天]
        """

    @Test(arguments: [
        "全网最低价", "全 网 最 低 价", "全網最低價", "全.网.最.低.价", "全\u{200B}网最低价", "全、网、最、低、价", "ＮＯ．１", "No.1",
        "本店第一", "the BEST bag", "全网最低價！",
    ])
    func flagsEvasions(text: String) throws {
        #expect(try !findings(Self.rule, text).isEmpty, "\(text) slipped through")
    }

    @Test(arguments: ["第一次来店里", "第一天上班", "最近很忙", "bestow", "NO.12 号色", "a quiet afternoon"])
    func passesInnocentText(text: String) throws {
        #expect(try findings(Self.rule, text).isEmpty, "\(text) was flagged")
    }

    @Test func reportsTheOriginalTextAndItsPosition() throws {
        let f = try findings(Self.rule, "第二行开头\n今天 全 網 最低價！")
        #expect(f.count == 1)
        #expect(f[0].match == "全 網 最低價")
        #expect(f[0].line == 2)
        #expect(f[0].column == 4)
        #expect(f[0].message == "\"全 網 最低價\" is an absolute claim")
        #expect(f[0].rule == "brand/absolute")
        #expect(f[0].level == .error)
    }

    @Test func longestMatchWinsOverlaps() throws {
        #expect(try matches(Self.rule, "全网最低价") == ["全网最低价"])
    }

    @Test func caseSensitiveWhenAsked() throws {
        let rule = """
              - {id: r, kind: existence, level: warning, message: m, terms: [SALE], ignorecase: false}
            """
        #expect(try matches(rule, "SALE today") == ["SALE"])
        #expect(try matches(rule, "sale today").isEmpty)
    }

    @Test func scopesLimitWhereARuleLooks() throws {
        let rule = """
              - {id: r, kind: existence, level: error, message: m, terms: [第一], scope: [title]}
            """
        #expect(try findings(rule, "本店第一", scope: .body).isEmpty)
        #expect(try findings(rule, "本店第一", scope: .title).count == 1)
    }

    /// A word right before or after a term makes it someone's activity: 我在减肥, 減肥計劃 (folded as the text is),
    /// while the product's effect is still flagged.
    @Test func wordsAroundATermMakeItSomeonesActivity() throws {
        let rule = """
              - {id: r, kind: existence, level: error, message: m, terms: [减肥, 治疗], not-after: [在, 接受], not-before: [计划, 失败]}
            """
        #expect(try matches(rule, "店长在减肥，下午茶都不吃了").isEmpty)
        #expect(try matches(rule, "同事接受 治疗后回来上班了").isEmpty)
        #expect(try matches(rule, "老公的減肥計劃贴在冰箱上").isEmpty)
        #expect(try matches(rule, "又一次减肥失败").isEmpty)
        #expect(try matches(rule, "穿上这条裤子就能减肥") == ["减肥"])
        #expect(try matches(rule, "减肥效果看得见，治疗腰痛") == ["减肥", "治疗"])
    }
}

@Suite struct SubstitutionTests {
    static let rule = """
          - id: names
            kind: substitution
            level: suggestion
            message: 'Write the house name in full, not "%s"'
            swap: {LV: Louis Vuitton, BV: Bottega Veneta, 爱马仕包包: 爱马仕手袋}
        """

    @Test func suggestsThePreferredWording() throws {
        let f = try findings(Self.rule, "今天背的 LV 很好看")
        #expect(f.map(\.match) == ["LV"])
        #expect(f.first?.suggestion == "Louis Vuitton")
        #expect(f.first?.level == .suggestion)
    }

    @Test func wordBoundariesAndCaseProtectOrdinaryWords() throws {
        #expect(try findings(Self.rule, "level up, lv 3").isEmpty)
        #expect(try findings(Self.rule, "愛馬仕包包").first?.suggestion == "爱马仕手袋")
    }
}

@Suite struct OccurrenceTests {
    @Test func countsHashtagsInTextAndFrontMatter() throws {
        let rule = "  - {id: tags, kind: occurrence, level: warning, message: too many hashtags, token: hashtag, max: 3}\n"
        #expect(try findings(rule, "#一 #二 #三").isEmpty)
        let f = try findings(rule, "#一 #二 #三 #四 #五")
        #expect(f.count == 1)
        #expect(f[0].message == "too many hashtags (5 found, at most 3)")
        #expect(try findings(rule, "价格 #1 款").isEmpty == true)
    }

    @Test func countsEmojiAsGraphemes() throws {
        let rule = "  - {id: emoji, kind: occurrence, level: warning, message: calm down, token: emoji, max: 2}\n"
        #expect(try findings(rule, "😀👍🏽").isEmpty, "a skin-tone modifier is part of its emoji")
        #expect(try findings(rule, "👨‍👩‍👧 🇨🇳").isEmpty, "a ZWJ family and a flag count once each")
        #expect(try findings(rule, "😀😀😀").count == 1)
    }

    @Test func minimumCounts() throws {
        let rule = "  - {id: one-link, kind: occurrence, level: error, message: needs a link, token: link, min: 1}\n"
        #expect(try findings(rule, "看这里 https://example.com/a").isEmpty)
        #expect(try findings(rule, "no link here").count == 1)
    }

    /// A link starts `http://`, `https://` or `www.`, in either case, wherever it stands in the text.
    @Test(arguments: [("看这里 www.example.com", true), ("看这里WWW.Example.com", true), ("HTTPS://x.cn/a", true), ("店里http://x.cn", true),
                      ("wwww.x.cn", true), ("aw ww.x.cn", false), ("ww.x.cn", false), ("w w w.x.cn", false), ("邮箱 a@b.com 时间 10:30", false),
                      ("we will wear wool", false), ("新款ｗｗｗ", false)])
    func linksInTheText(text: String, isLink: Bool) throws {
        let rule = "  - {id: no-links, kind: occurrence, level: error, message: no links, token: link, max: 0}\n"
        #expect(try findings(rule, text).count == (isLink ? 1 : 0))
    }

    @Test func exclamations() throws {
        let rule = "  - {id: shout, kind: occurrence, level: suggestion, message: quieter, token: exclamation, max: 1}\n"
        #expect(try findings(rule, "好看！！").count == 1)
    }
}

@Suite struct RequiredTests {
    static let rule = """
          - {id: label, kind: required, level: error, message: must say 广告, terms: [广告, "#ad"]}
        """

    @Test func flagsWhatIsMissing() throws {
        let f = try findings(Self.rule, "今晚直播")
        #expect(f.count == 1)
        #expect(f[0].line == nil)
        #expect(try findings(Self.rule, "#ad tonight").isEmpty)
        #expect(try findings(Self.rule, "廣告 今晚直播").isEmpty, "Traditional characters count")
    }

    @Test func patternsCanSatisfyIt() throws {
        let rule = "  - {id: sku, kind: required, level: warning, message: name the SKU, pattern: 'SKU-[0-9]+'}\n"
        #expect(try findings(rule, "sku-123 上新").isEmpty)
        #expect(try findings(rule, "上新").count == 1)
    }
}

@Suite struct ConditionalTests {
    @Test func aPriceNeedsTheDisclaimer() throws {
        let rule = """
              - id: price
                kind: conditional
                level: warning
                message: price claims need the disclaimer
                if: {field: price}
                then: {terms: [以直播间为准]}
            """
        #expect(try findings(rule, "到手价 399 元").first?.match == "价 399")
        #expect(try findings(rule, "到手价 399 元，以直播间为准").isEmpty)
        #expect(try findings(rule, "仅需 ¥１９９").count == 1, "full-width digits")
        #expect(try findings(rule, "今晚八点").isEmpty)
    }

    @Test func termsTriggerTerms() throws {
        let rule = """
              - id: sponsor
                kind: conditional
                level: error
                message: sponsored content must be labelled
                if: {terms: [赞助]}
                then: {terms: [广告]}
            """
        #expect(try findings(rule, "感谢品牌赞助").first?.match == "赞助")
        #expect(try findings(rule, "广告｜感谢品牌赞助").isEmpty)
    }
}

@Suite struct LengthTests {
    @Test func countsAsThePlatformCounts() throws {
        let rule = "  - {id: t, kind: length, level: error, message: too long, platform: xiaohongshu, scope: [body], max: 5}\n"
        let linter = try Linter(packs: [pack(rule)])
        var draft = Draft.text("一二三四五六")
        draft.platforms = ["xiaohongshu"]
        let f = linter.lint(draft)
        #expect(f.count == 1)
        #expect(f[0].column == 6, "points at the first character past the limit")
        var padded = Draft.text("一\u{200B}二三四五六")
        padded.platforms = ["xiaohongshu"]
        #expect(linter.lint(padded).first?.column == 7, "a zero-width character counts nothing, and is not pointed at")
        draft.platforms = ["douyin"]
        #expect(linter.lint(draft).isEmpty, "a Xiaohongshu limit does not apply to a Douyin post")
        #expect(linter.lint(draft, platforms: ["xiaohongshu"]).count == 1, "--platform overrides the draft's platforms")
    }

    @Test func weiboWeighsChineseAsTwo() throws {
        let rule = "  - {id: w, kind: length, level: error, message: too long, platform: weibo, scope: [body], max: 10}\n"
        let linter = try Linter(packs: [pack(rule)])
        var draft = Draft.text("abcdefghij")
        draft.platforms = ["weibo"]
        #expect(linter.lint(draft).isEmpty)
        draft = Draft.text("一二三四五六")
        draft.platforms = ["weibo"]
        #expect(linter.lint(draft).first?.message.contains("12 characters (weighted), at most 10") == true)
        #expect(linter.lint(draft).first?.column == 6, "六 is the character that takes the count past 10")
    }

    @Test func zeroWidthPaddingDoesNotCount() {
        #expect(PlatformLimits.length(of: "一\u{200B}二", platform: "xiaohongshu") == 2)
    }
}

@Suite struct CapitalizationTests {
    static let rule = "  - {id: casing, kind: capitalization, level: error, message: 'Write \"%s\"', terms: [BOTTEGA VENETA, adidas]}\n"

    @Test func flagsOtherCasings() throws {
        let f = try findings(Self.rule, "Bottega Veneta 新季 和 Adidas")
        #expect(f.map(\.match) == ["Bottega Veneta", "Adidas"])
        #expect(f.map(\.suggestion) == ["BOTTEGA VENETA", "adidas"])
        #expect(f[0].message == "Write \"BOTTEGA VENETA\"")
    }

    @Test func passesTheRightCasing() throws {
        #expect(try findings(Self.rule, "BOTTEGA VENETA 与 adidas").isEmpty)
        #expect(try findings(Self.rule, "ＢＯＴＴＥＧＡ　ＶＥＮＥＴＡ").isEmpty, "full-width capitals are the right casing")
    }
}

@Suite struct PatternTests {
    static let rule = "  - {id: phone, kind: pattern, level: error, message: 'phone \"%s\"', pattern: '(?<![0-9])1[3-9][0-9]([- ]?[0-9]{4}){2}(?![0-9])'}\n"

    @Test(arguments: ["13812345678", "138-1234-5678", "１３８１２３４５６７８", "138\u{200B}1234\u{200B}5678"])
    func flagsPhoneNumbersHoweverWritten(text: String) throws {
        let f = try findings(Self.rule, "王女士 \(text) 已预订")
        #expect(f.count == 1)
        #expect(f.first?.column == 5)
        #expect(f.first?.match?.hasPrefix(String(text.prefix(1))) == true)
    }

    @Test func passesOtherNumbers() throws {
        #expect(try findings(Self.rule, "编号 2026120510 和 23812345678").isEmpty)
    }
}

@Suite struct EmbargoTests {
    static let rule = """
          - {id: launch, kind: embargo, level: error, message: '"%s" is embargoed', products: [Velocity 9, SKU-RUN-2026-AJ], until: "2026-12-05T10:00", timezone: Asia/Shanghai}
        """

    @Test func flagsMentionsBeforeLaunchOnly() throws {
        let before = ISO8601DateFormatter().date(from: "2026-12-05T09:59:00+08:00")!
        let after = ISO8601DateFormatter().date(from: "2026-12-05T10:00:00+08:00")!
        #expect(try findings(Self.rule, "Velocity 9 上脚", now: before).map(\.match) == ["Velocity 9"])
        #expect(try findings(Self.rule, "VELOCITY ９ 上脚", now: before).count == 1)
        #expect(try findings(Self.rule, "Velocity 9 上脚", now: after).isEmpty)
    }
}

@Suite struct RuleMessageTests {
    /// A rule's message is cut at each `%s` once, when the pack is compiled; the pieces are what the standard
    /// library's split gives, for messages with no placeholder, several, one at either end, and look-alikes.
    @Test(arguments: ["", "%s", "no placeholder", "\"%s\" is an absolute claim", "%s%s", "a%sb%sc", "100% off", "%", "%%s", "ends with %",
                      "“%s”是绝对化用语", "%S is not one"])
    func messagesAreCutAtEachPlaceholder(message: String) {
        #expect(RuleInfo.placeholderSplit(message) == message.split(separator: "%s", omittingEmptySubsequences: false).map(String.init))
    }
}
