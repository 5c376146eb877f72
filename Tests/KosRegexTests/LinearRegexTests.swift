import Foundation
import Testing

@testable import KosRegex

/// A small deterministic generator, so a failing random case is the same on every run.
struct LCG: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state ^ (state >> 29)
    }
}

func spans(_ pattern: String, _ text: String, ignoreCase: Bool = false) throws -> [String] {
    let regex = try LinearRegex(pattern, ignoreCase: ignoreCase)
    let scalars = Array(text.unicodeScalars)
    return regex.matches(in: text).map { String(String.UnicodeScalarView(scalars[$0])) }
}

@Suite struct LinearRegexTests {
    @Test func leftmostFirstLikePerl() throws {
        #expect(try spans("a|ab", "ab") == ["a"])
        #expect(try spans("ab|a", "ab") == ["ab"])
        #expect(try spans("a+", "caaab aa") == ["aaa", "aa"])
        #expect(try spans("a+?", "aaa") == ["a", "a", "a"])
        #expect(try spans("<.*>", "<a><b>") == ["<a><b>"])
        #expect(try spans("<.*?>", "<a><b>") == ["<a>", "<b>"])
        #expect(try spans("x*", "axxb") == ["xx"])
        #expect(try spans("[0-9]{3,4}", "12 12345 999") == ["1234", "999"])
        #expect(try spans("colou?r", "color colour") == ["color", "colour"])
    }

    @Test func chineseTextAndClasses() throws {
        #expect(try spans("全网最低价?", "今晚全网最低价！全网最低") == ["全网最低价", "全网最低"])
        #expect(try spans(#"\p{Han}{2}"#, "ab中文c汉字") == ["中文", "汉字"])
        #expect(try spans(#"[¥￥$]\d+"#, "到手价 ￥399 或 $59") == ["￥399", "$59"])
        #expect(try spans(#"\d+"#, "٣٤ 12") == ["٣٤", "12"])
        #expect(try spans(#"\s+"#, "a\u{3000}b") == ["\u{3000}"])
    }

    @Test func anchorsAndBoundaries() throws {
        #expect(try spans("^ab", "abab") == ["ab"])
        #expect(try spans("ab$", "abab") == ["ab"])
        #expect(try spans("ab$", "abab\n") == ["ab"])
        #expect(try spans(#"\bvx\b"#, "vx vxs avx vx") == ["vx", "vx"])
        #expect(try spans("(?m)^x", "x\nx\nax") == ["x", "x"])
        #expect(try spans(#"\Bx"#, "x ax") == ["x"])
    }

    @Test func boundedLookArounds() throws {
        #expect(try spans("1(?![0-9])", "11 1 12") == ["1", "1"])
        #expect(try spans("(?<![0-9])1[3-9]", "113 13 x14") == ["13", "14"])
        #expect(try spans("(?<=价)[0-9]+", "价399 399") == ["399"])
        #expect(try spans("(?<!a(?:bc|d))x", "abcx adx ax x") == ["x", "x"])
        #expect(try spans("foo(?=bar)", "foobaz foobar") == ["foo"])
    }

    @Test func caseInsensitive() throws {
        #expect(try spans("wechat", "WeChat WECHAT", ignoreCase: true) == ["WeChat", "WECHAT"])
        #expect(try spans("[a-z]+", "ABC def", ignoreCase: true) == ["ABC", "def"])
        #expect(try spans("(?i)vx", "VX vx") == ["VX", "vx"])
        #expect(try spans("a(?i:b)c", "abc aBc ABC") == ["abc", "aBc"])
        #expect(try spans("straße", "STRASSE Straße", ignoreCase: true) == ["Straße"])
    }

    /// What cannot run in linear time is refused, with where in the pattern.
    @Test func refusesWhatCannotBeLinear() {
        let cases: [(String, String, Int)] = [
            (#"(a)\1"#, "backreferences", 4),
            (#"(?<n>a)\k<n>"#, "backreferences", 8),
            ("(?<=a+)b", "look-behind must have a bounded length", 1),
            ("x(?=.*y)", "look-ahead must have a bounded length", 2),
            ("a++", "possessive", 3),
            ("(?>ab)", "atomic", 1),
            ("(ab", "not closed", 1),
            ("ab)", "unmatched ')'", 3),
            ("[z-a]", "runs backwards", 3),
            ("a{2,1}", "counts down", 2),
            ("a{5000}", "at most 1000", 2),
            ("*a", "nothing to repeat", 1),
            (#"\p{Klingon}"#, "unknown property", 1),
            ("[[:alpha:]]", "POSIX classes", 2),
            (#"a\"#, "lone backslash", 2),
            ("((((((a){1000}){1000}){1000}){1000}){1000})", "too large", 1),
        ]
        for (pattern, words, offset) in cases {
            do {
                _ = try LinearRegex(pattern)
                Issue.record("\(pattern) should be refused")
            } catch {
                #expect(error.message.contains(words), "\(pattern): \(error.message)")
                #expect(error.offset == offset, "\(pattern): at \(error.offset)")
            }
        }
    }

    /// The patterns that made the old engine backtrack for ever now cost work proportional to the text:
    /// doubling the text doubles the work, whatever the pattern.
    @Test func workGrowsLinearlyOnHostileInput() throws {
        let hostile: [(String, (Int) -> String)] = [
            ("(a+)+$", { String(repeating: "a", count: $0) + "b" }),
            (#"(微信号?|vx|wx)\s*(号|id)?\s*[:：]?\s*[a-z][-_a-z0-9]{5,19}"#, { "vx" + String(repeating: " ", count: $0) }),
            ("(x+x+)+y", { String(repeating: "x", count: $0) }),
            ("(a|aa)*c", { String(repeating: "a", count: $0) }),
            ("(.*a){12}", { String(repeating: "a", count: $0) }),
        ]
        for (pattern, make) in hostile {
            let regex = try LinearRegex(pattern, ignoreCase: true)
            var small = RegexBudget.unlimited, large = RegexBudget.unlimited
            _ = regex.matches(in: make(10_000).unicodeScalars.map(\.value), budget: &small)
            _ = regex.matches(in: make(20_000).unicodeScalars.map(\.value), budget: &large)
            let ratio = Double(large.work) / Double(max(small.work, 1))
            #expect(ratio < 2.2, "\(pattern): work \(small.work) → \(large.work)")
        }
    }

    /// A search starts threads only where a match can begin: text without any of those characters costs no
    /// thread work, whatever its length; a pattern that can begin anywhere still finds its match.
    @Test func aSearchSkipsToWhereAMatchCanBegin() throws {
        let text = [UInt32](repeating: 0x7684 /* 的 */, count: 100_000) + "政府推荐".unicodeScalars.map(\.value)
        let regex = try LinearRegex(#"(?:国家机关|政府|部委)\p{Han}{0,4}?(?:推荐|指定)"#)
        var budget = RegexBudget.unlimited
        #expect(regex.matches(in: text, budget: &budget) == [100_000..<100_004])
        #expect(budget.work < 1_000, "work \(budget.work)")
        let folded = try LinearRegex("vx[0-9]+", ignoreCase: true)
        #expect(folded.matches(in: "加我 VX2026 吧") == [3..<9])
        let anywhere = try LinearRegex(#"\p{Han}推荐"#)
        #expect(anywhere.matches(in: "政府推荐") == [1..<4])
    }

    @Test func aDeadlineStopsMatching() throws {
        let regex = try LinearRegex("(a|aa)*c")
        var budget = RegexBudget(deadline: .now - .seconds(1))
        let text = [UInt32](repeating: 0x61, count: 200_000)
        #expect(regex.matches(in: text, budget: &budget).isEmpty)
        #expect(budget.exceeded)
    }

    /// The same matches as ICU (Foundation's NSRegularExpression), leftmost-first, over random patterns
    /// and texts, case-sensitive and not (where a search skips to the characters a match can begin with,
    /// and where it must read the text's fold to know them).
    @Test(arguments: [false, true])
    func agreesWithICU(ignoreCase: Bool) throws {
        var rng = LCG(state: ignoreCase ? 2027 : 2026)
        // (No atom that matches the empty string under a quantifier: ICU and Perl cut such iterations short
        // in ways of their own.)
        let atoms = ["a", "b", "c", "中", "文", ".", "[ab]", "[^a]", #"\d"#, #"\s"#, "1", " ", "(?:ab|a)", "(?:b|c)", #"\b"#]
        let quantifiers = ["", "", "", "?", "*", "+", "{2}", "{1,3}", "??", "*?", "+?"]
        let looks = ["(?=a)", "(?!b)", "(?<=a)", "(?<!c)", "(?<=中)", "(?![0-9])"]
        let alphabet = ["a", "b", "c", "中", "文", "1", "2", " ", "ab", "aab"] + (ignoreCase ? ["A", "B", "aB", "C"] : [])
        var compared = 0
        for _ in 0..<400 {
            var pattern = ""
            for _ in 0..<Int.random(in: 1...5, using: &rng) {
                if Int.random(in: 0..<8, using: &rng) == 0 {
                    pattern += looks.randomElement(using: &rng)!
                    continue
                }
                let atom = atoms.randomElement(using: &rng)!
                pattern += atom + (atom == #"\b"# ? "" : quantifiers.randomElement(using: &rng)!)
            }
            if Int.random(in: 0..<5, using: &rng) == 0 { pattern = "(?:\(pattern))|" + atoms.randomElement(using: &rng)! }
            let icu = try NSRegularExpression(pattern: pattern, options: ignoreCase ? [.caseInsensitive] : [])
            let ours = try LinearRegex(pattern, ignoreCase: ignoreCase)
            for _ in 0..<10 {
                let text = (0..<Int.random(in: 0...12, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined()
                let u16 = text as NSString
                var expected: [Range<Int>] = []
                var from = 0
                // ICU's own search, stepped as ours is: after an empty match, one character on.
                while from <= u16.length {
                    guard let m = icu.firstMatch(in: text, options: [.withTransparentBounds, .withoutAnchoringBounds],
                                                 range: NSRange(location: from, length: u16.length - from)) else { break }
                    if m.range.length > 0 {
                        expected.append(m.range.location..<(m.range.location + m.range.length))
                        from = m.range.location + m.range.length
                    } else {
                        from = m.range.location + 1
                    }
                }
                let got = ours.matches(in: text.unicodeScalars.map(\.value))
                #expect(got == expected, "pattern \(pattern) on \"\(text)\"")
                compared += 1
            }
        }
        #expect(compared == 4000)
    }
}
