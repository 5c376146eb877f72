import Foundation
import KosCore
import KosTesting
import Testing

@testable import KosRules

@Suite struct NormalizerTests {
    func fold(_ s: String) -> String {
        let n = Normalizer().normalize(s)
        return String(String.UnicodeScalarView(n.scalars.compactMap(Unicode.Scalar.init)))
    }

    @Test(arguments: [
        ("全网最低价", "全网最低价"), ("全網最低價", "全网最低价"), ("ＮＯ．１", "no.1"), ("全 网 最 低 价", "全网最低价"),
        ("全.网.最.低.价", "全网最低价"), ("全\u{200B}网\u{200D}最\u{FEFF}低\u{00AD}价\u{2060}", "全网最低价"), ("ＳＡＬＥ", "sale"),
        ("ѕаlе", "sale"), ("全、网——最低价", "全网最低价"), ("全 网\n最 低 价", "全网最低价"), ("①", "1"), ("⼀", "一"),
        ("最\u{FE0F}低", "最低"), ("Top 1 best", "top 1 best"), ("rn m 1 l", "rn m 1 l"), ("café", "café"),
    ])
    func foldsWhatReadersSeeAsTheSame(input: String, expected: String) {
        #expect(fold(input) == expected)
    }

    /// Characters whose fold is longer than themselves (㍿ is 株式会社, ﬁ is fi), many of them in one text: the
    /// folded text grows past what was set aside for it and keeps everything folded before.
    @Test func manyExpandingCharactersKeepTheTextBeforeThem() {
        for count in [1, 20, 100, 1000] {
            let text = "前" + String(repeating: "㍿ﬁ", count: count) + "后"
            let n = Normalizer().normalize(text)
            #expect(fold(text) == "前" + String(repeating: "株式会社fi", count: count) + "后")
            #expect(n.origin.count == n.scalars.count && n.origin.last == Int32(2 * count + 1))
            let seg = PreparedSegment(Draft.Segment(scope: .body, text: text, start: SourceLocation(line: 1, column: 1)), normalizer: Normalizer())
            #expect(seg.normalized.scalars == n.scalars && seg.normalized.origin == n.origin)
        }
    }

    @Test func originsPointBackToTheOriginalScalars() {
        let n = Normalizer().normalize("今天 全 網 最低價！")
        // Spaces between Han characters go; "全" came from original index 3, "价" from 9, "!" from the full-width "！" at 10.
        let folded = String(String.UnicodeScalarView(n.scalars.compactMap(Unicode.Scalar.init)))
        #expect(folded == "今天全网最低价!")
        #expect(n.origin.first == 0)
        #expect(n.origin[2] == 3)
        #expect(n.origin[6] == 9)
        #expect(n.origin[7] == 10)
    }

    /// The generated table of Chinese folds (scripts/gen-simplified) says what ICU says: every listed pair, and
    /// every character of the plane that the table leaves alone, checked against ICU directly.
    @Test func theChineseFoldTableAgreesWithICU() {
        var disagreements: [String] = []
        for v in Array(UInt32(0x3400)...0x9FFF) + Array(UInt32(0xF900)...0xFAFF) where Normalizer.isPlaneHan(v) {
            // Every listed character, and one in seven of the others (ICU is slow; the stride covers every block).
            guard Normalizer.simplified[v] != nil || v % 7 == 0, let c = Unicode.Scalar(v) else { continue }
            let icu = Normalizer.fold(c)
            let table = [Normalizer.simplified[v] ?? v]
            if icu != table { disagreements.append("\(c): ICU \(icu), table \(table)") }
        }
        #expect(disagreements.isEmpty, "Sources/KosRules/Normalizer+Simplified.swift is stale: run scripts/gen-simplified. \(disagreements.prefix(5))")
        #expect(fold("國際頂級") == "国际顶级")
    }

    /// The generated pinyin table (scripts/gen-pinyin) is sorted for its binary search and says what ICU says.
    @Test func thePinyinTableIsSortedAndAgreesWithICU() {
        let table = Evasions.pinyinOfCharacters
        #expect(table.count > 6_000)
        #expect(zip(table, table.dropFirst()).allSatisfy { $0 >> 10 < $1 >> 10 }, "the table is not in code point order")
        var disagreements: [String] = []
        for entry in table {
            guard let c = Unicode.Scalar(entry >> 10) else { disagreements.append("\(entry >> 10) is no character"); continue }
            let icu = String(c).applyingTransform(.mandarinToLatin, reverse: false)?.applyingTransform(.stripDiacritics, reverse: false)?.lowercased()
            if icu != Evasions.pinyinSyllables[Int(entry & 0x3FF)] { disagreements.append("\(c): ICU \(icu ?? "none"), table \(Evasions.pinyinSyllables[Int(entry & 0x3FF)])") }
        }
        #expect(disagreements.isEmpty, "Sources/KosRules/Evasions+Pinyin.swift is stale: run scripts/gen-pinyin. \(disagreements.prefix(5))")
        #expect(Evasions.pinyin("佳") == "jia")
        #expect(Evasions.pinyin("啊") == "a")
        // Outside GB 2312: asked of ICU.
        #expect(Evasions.tablePinyin(0x20000) == nil)
        #expect(Evasions.pinyin("頂") == "ding")
    }

    @Test func latinTextIsNotRewrittenByConfusableFolding() {
        #expect(fold("paypal rn") == "paypal rn")
        #expect(fold("Ρаураl") == "paypal")
    }
}

@Suite struct AutomatonTests {
    /// Every occurrence, found the slow way.
    func naive(_ patterns: [[UInt32]], _ text: [UInt32]) -> Set<Automaton.Match> {
        var out = Set<Automaton.Match>()
        for (p, pattern) in patterns.enumerated() where !pattern.isEmpty && pattern.count <= text.count {
            for start in 0...(text.count - pattern.count) where Array(text[start..<(start + pattern.count)]) == pattern {
                out.insert(Automaton.Match(pattern: Int32(p), start: Int32(start), end: Int32(start + pattern.count)))
            }
        }
        return out
    }

    @Test func agreesWithNaiveSearchOnRandomLexicons() {
        var rng = SeededGenerator(seed: 20261122)
        let alphabet: [UInt32] = [0x4E00, 0x4E01, 0x4E02, 0x61, 0x62, 0x1F600, 0x30000 + 5]
        for _ in 0..<300 {
            let patterns = (0..<Int.random(in: 1...12, using: &rng)).map { _ in
                (0..<Int.random(in: 1...5, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            }
            let text = (0..<Int.random(in: 0...60, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            let automaton = Automaton(patterns: patterns)
            var found = Set<Automaton.Match>()
            automaton.scan(text) { found.insert($0) }
            // Duplicate patterns are reported under each index; compare by (text span, pattern content).
            let expected = naive(patterns, text)
            #expect(found == expected, "patterns \(patterns) text \(text)")
        }
    }

    /// States with hundreds of transitions (a Chinese lexicon's first characters) are searched, not read in order.
    @Test func agreesWithNaiveSearchWhereStatesHaveManyTransitions() {
        var rng = SeededGenerator(seed: 20261206)
        let alphabet: [UInt32] = (0..<300).map { 0x4E00 + UInt32($0) } + [0x61, 0x62, 0x1F600, 0x30000 + 5]
        for _ in 0..<40 {
            // Few first characters, many second ones: each first character's state has dozens of transitions.
            let patterns = (0..<Int.random(in: 50...600, using: &rng)).map { _ in
                [alphabet[Int.random(in: 0..<4, using: &rng)]] + (0..<Int.random(in: 0...3, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
            }
            let text = (0..<Int.random(in: 0...400, using: &rng)).map { _ in
                Bool.random(using: &rng) ? alphabet[Int.random(in: 0..<4, using: &rng)] : alphabet.randomElement(using: &rng)!
            }
            let automaton = Automaton(patterns: patterns)
            var found = Set<Automaton.Match>()
            automaton.scan(text) { found.insert($0) }
            let expected = naive(patterns, text)
            #expect(found == expected, "missed \(expected.subtracting(found).prefix(5)), extra \(found.subtracting(expected).prefix(5))")
        }
    }

    /// A state with hundreds or thousands of transitions (one first character before every other one of a
    /// large lexicon) is laid out as a bitmap of its symbols, or searched when there are too many for one.
    @Test(arguments: [300, 1_000, 20_000])
    func agreesWithNaiveSearchWhereOneStateHasThousandsOfTransitions(count: Int) {
        var rng = SeededGenerator(seed: UInt64(count))
        let seconds = (0..<UInt32(count)).map { 0x4E00 + $0 * 3 % 0x5000 }
        let patterns = seconds.map { [0x4E00 as UInt32, $0] } + [[0x61, 0x62, 0x63]]
        let text = (0..<600).map { _ in rng.int(0...2) == 0 ? 0x4E00 : rng.pick(seconds + [0x61, 0x62, 0x63, 0x9FFF]) }
        let automaton = Automaton(patterns: patterns)
        var found = Set<Automaton.Match>()
        automaton.scan(text) { found.insert($0) }
        let expected = naive(patterns, text)
        #expect(found == expected, "missed \(expected.subtracting(found).prefix(5)), extra \(found.subtracting(expected).prefix(5))")
        #expect(!found.isEmpty)
    }

    @Test func emptyLexiconMatchesNothing() {
        var n = 0
        Automaton(patterns: []).scan([1, 2, 3]) { _ in n += 1 }
        #expect(n == 0)
    }
}
