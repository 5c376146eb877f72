import Foundation
import KosTesting
import Testing

@testable import KosRules

@Suite struct RegexPrefilterTests {
    @Test func phoneNumbersNeedElevenDigits() {
        let p = RegexPrefilter(pattern: #"(?:\+?86[- ]?1|1(?<![0-9]1))[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])"#)
        #expect(p.minDigits == 11)
    }

    @Test func idCardsNeedSeventeenDigits() {
        let p = RegexPrefilter(pattern: #"[1-9](?<![0-9][1-9])[0-9]{5}(19|20)[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9])"#)
        #expect(p.minDigits == 17)
    }

    @Test func leadingAlternationsOfWordsBecomeLiterals() {
        let p = RegexPrefilter(pattern: #"(微信号?|威信|v信|vx|wx|weixin|wechat)\s*(号|id)?\s*[:：]?\s*[a-z][-_a-z0-9]{5,19}"#)
        #expect(p.literals == ["微信", "威信", "v信", "vx", "wx", "weixin", "wechat"])
        let q = RegexPrefilter(pattern: #"(订单号|订单编号|单号|order\s*(no\.?|number|#|id))\s*[:：#]?\s*[a-z0-9-]{8,}"#)
        #expect(q.literals == ["订单号", "订单编号", "单号", "order"])
    }

    /// A property class is some character: the literals around it still filter (the state-organs rule ran
    /// its regular expression over every segment until this was read).
    /// Of two required sets, the one likelier to rule a segment out: longer literals, or longer on average — a
    /// treatment and what it treats is filtered by the ailments, not by 去 and 抗, which most Chinese text holds.
    @Test func theRarerOfTwoRequiredSetsIsKept() {
        #expect(RegexPrefilter(pattern: #"(?:治|预防|改善)(?:黑眼圈|失眠|感冒)"#).literals == ["黑眼圈", "失眠", "感冒"])
        #expect(RegexPrefilter(pattern: #"(?:改善|促进)(?:血液循环|焦虑)"#).literals == ["血液循环", "焦虑"])
        #expect(RegexPrefilter(pattern: #"(?:国家机关|中南海)(?:推荐|指定)"#).literals == ["国家机关", "中南海"])
    }

    @Test func propertyClassesAreReadAsAnyCharacter() {
        let p = RegexPrefilter(pattern: #"(?:国家机关|政府|中南海)\p{Han}{0,4}?(?:推荐|指定|专供)"#)
        #expect(p.literals == ["国家机关", "政府", "中南海"])
        #expect(RegexPrefilter(pattern: #"\pL\P{Nd}+sale"#).literals == ["sale"])
        #expect(RegexPrefilter(pattern: #"\p{Han"#).literals == nil, "an unclosed class is not read")
    }

    @Test func whatItCannotReadItDoesNotFilter() {
        for pattern in [#"\p{Han}{4}"#, "(?i)sale", "a[[b]]c", "x{,3}", "(?<name>x)", #"\x{4E00}"#] {
            let p = RegexPrefilter(pattern: pattern)
            #expect(p.literals == nil && p.minDigits == 0, "\(pattern)")
        }
    }

    @Test func optionalPartsAreNotRequired() {
        #expect(RegexPrefilter(pattern: "colou?r").literals == ["colo"])
        #expect(RegexPrefilter(pattern: "(ab)?cd").literals == ["cd"])
        #expect(RegexPrefilter(pattern: "a|b*").literals == nil)
        #expect(RegexPrefilter(pattern: "[0-9]{3}|x").minDigits == 0)
    }

    /// The prefilter may let through what does not match, never hold back what does: over random
    /// texts, every text the regex matches passes the prefilter's checks.
    @Test func neverHidesAMatch() throws {
        let patterns = [
            #"(?:\+?86[- ]?1|1(?<![0-9]1))[3-9][0-9](?:[- ]?[0-9]{4}){2}(?![0-9])"#, #"(微信号?|vx|wx)\s*[:：]?\s*[a-z][-_a-z0-9]{5,19}"#,
            #"(订单号|order\s*(no\.?|#))\s*[:：#]?\s*[a-z0-9-]{8,}"#, "[0-9]{2}-?[0-9]{2}", "ab(c|de)+f",
            #"(?:政府|中南海)\p{Han}{0,4}?(?:推荐|专供)"#,
        ]
        var rng = SeededGenerator(seed: 99)
        let pieces = ["1", "3", "8", "12345678", "-", " ", "+86", "微信", "vx", "wx", ":", "订单号", "order", "no.", "abc", "lina_sh", "de", "f", "ｗｘ", "x", "政府", "中南海", "推荐", "专供", "门店"]
        for pattern in patterns {
            let regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
            let filter = RegexPrefilter(pattern: pattern)
            for _ in 0..<2000 {
                let text = (0..<Int.random(in: 1...8, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
                guard regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil else { continue }
                let digits = text.unicodeScalars.filter { ("0"..."9").contains($0) }.count
                #expect(digits >= filter.minDigits, "\(pattern) on \(text)")
                if let literals = filter.literals {
                    #expect(literals.contains { text.lowercased().contains($0) }, "\(pattern) on \(text)")
                }
            }
        }
    }
}

@Suite struct RegexPrefilterClassTests {
    @Test func shortClassesOfPlainCharactersAreLiteralSets() {
        let p = RegexPrefilter(pattern: #"(taobao\.com|[¥￥$][A-Za-z0-9]{8,}[¥￥$])"#)
        #expect(p.literals == ["taobao.com", "¥", "￥", "$"])
        #expect(RegexPrefilter(pattern: "[^ab]x").literals == ["x"])
        #expect(RegexPrefilter(pattern: "[a-z]+").literals == nil)
    }
}
