import KosCore
import KosDefinitions
import KosTesting
import Testing

@testable import KosRules

/// A long segment is folded for the claim grammar only around its candidates: every candidate must be judged
/// in its window exactly as in the whole segment's context.
@Suite struct ContextWindowTests {
    /// Pieces a generated text is made of: claims and their innocent neighbours, punctuation, titles of works,
    /// spaces and symbols between characters (evasion), long runs of spaces, letters, emoji, line breaks.
    static let pieces = [
        "最", "最好", "最好的面料", "最好提前预约", "最高层", "第一", "第一次", "销量第一", "唯一", "唯一的一只", "100%", "100% 羊绒",
        "百分之百的努力", "如果", "不是", "大家", "《", "》", "《女人我最大》", "，", "。", "！", "、", "：", "\n", " ", "  ", "\u{3000}",
        String(repeating: " ", count: 120), String(repeating: " ", count: 30), "🔥", "㊗️", "\u{200B}", "的", "面料", "款", "店", "我们",
        "在", "商场", "new season", "no.1", "TOP", "abc", "2026", "件", "最🔥佳", "第 一 名", "全 网 最 低 价", "☯", "䷀",
    ]

    static func text(_ rng: inout SeededGenerator, pieces count: Int, longSpaces: Bool) -> String {
        let pieces = longSpaces ? Self.pieces : Self.pieces.filter { $0.count < 30 }
        var s = ""
        for _ in 0..<count { s += rng.pick(pieces) }
        return s
    }

    /// Every trigger of every family in the folded text, as the claim rule meets it.
    static func candidates(_ seg: PreparedSegment) -> [(start: Int, end: Int, family: ClaimGrammar.Family)] {
        let t = seg.normalized.scalars
        var out: [(Int, Int, ClaimGrammar.Family)] = []
        for family in ClaimGrammar.Family.allCases {
            for trigger in family.triggers {
                let w = Normalizer().normalize(trigger).scalars
                guard w.count <= t.count else { continue }
                for i in 0...(t.count - w.count) where Array(t[i..<(i + w.count)]) == w {
                    out.append((Int(seg.normalized.origin[i]), Int(seg.normalized.origin[i + w.count - 1]) + 1, family))
                }
            }
        }
        return out
    }

    @Test func everyCandidateIsJudgedInItsWindowAsInTheWholeSegment() {
        var rng = SeededGenerator(seed: 20261207)
        let normalizer = Normalizer()
        var windows = 0, total = 0, judgedInWindows = 0
        for k in 0..<60 {
            let text = Self.text(&rng, pieces: rng.int(150...700), longSpaces: k % 2 == 0)
            let seg = PreparedSegment(Draft.Segment(scope: .body, text: text, start: SourceLocation(line: 1, column: 1)), normalizer: normalizer)
            let whole = seg.context
            let candidates = Self.candidates(seg)
            total += candidates.count
            for c in candidates {
                // A fresh segment each time, so the window is not answered from the whole context built above.
                let fresh = PreparedSegment(seg.segment, normalizer: normalizer)
                let w = fresh.contextWindow(around: c.start, c.end)
                #expect(w.covers(c.start, c.end))
                if w.lo > 0 || !w.reachesEnd { windows += 1 }
                // The window holds the same folded characters as the whole context between its ends.
                let from = Int(whole.start[w.lo]), to = Int(whole.start[w.hi])
                #expect(w.text.scalars[...] == whole.scalars[from..<to])
                #expect((w.lo...w.hi).allSatisfy { w.position($0) == Int(whole.start[$0]) - from })
                // And the grammar decides the same, reading the same characters, for every candidate the window
                // answers for (the claim rule reuses a window for the candidates after the first, up to its edges).
                for d in candidates where w.covers(d.start, d.end) {
                    let a = ClaimGrammar.judge(d.family, whole.scalars, start: Int(whole.start[d.start]), triggerEnd: Int(whole.start[d.end]))
                    let b = ClaimGrammar.judge(d.family, w.text.scalars, start: w.position(d.start), triggerEnd: w.position(d.end))
                    #expect(a.isClaim == b.isClaim && a.step == b.step && a.why == b.why && a.end == b.end + from,
                            "\(d.family) at \(d.start) in \(text.debugDescription)")
                    #expect(ClaimGrammar.insideTitle(whole.scalars, start: Int(whole.start[d.start]), end: Int(whole.start[d.end]))
                            == ClaimGrammar.insideTitle(w.text.scalars, start: w.position(d.start), end: w.position(d.end)))
                    if w.lo > 0 || !w.reachesEnd { judgedInWindows += 1 }
                }
            }
        }
        // The generator exercises windows, not only the whole-segment fallback.
        #expect(judgedInWindows > 10_000)
        #expect(windows > total / 4)
    }

    @Test func aShortSegmentOrSpacesAcrossTheReachUseTheWholeContext() {
        let normalizer = Normalizer()
        let short = PreparedSegment(Draft.Segment(scope: .body, text: "周末人多，最好提前预约", start: SourceLocation(line: 1, column: 1)), normalizer: normalizer)
        let a = short.contextWindow(around: 5, 6)
        #expect(a.lo == 0 && a.reachesEnd)
        // Nothing but spaces for the grammar to skip back over: it may read past any window, so none is used.
        let spaced = "款" + String(repeating: "款", count: 400) + "a" + String(repeating: " ", count: 600) + "最好的面料" + String(repeating: "款", count: 400)
        let seg = PreparedSegment(Draft.Segment(scope: .body, text: spaced, start: SourceLocation(line: 1, column: 1)), normalizer: normalizer)
        let at = 402 + 600
        let w = seg.contextWindow(around: at, at + 1)
        #expect(w.lo == 0 && w.reachesEnd)
        // The same text with words before the claim takes a window.
        let worded = String(repeating: "款", count: 800) + "最好的面料" + String(repeating: "款", count: 800)
        let seg2 = PreparedSegment(Draft.Segment(scope: .body, text: worded, start: SourceLocation(line: 1, column: 1)), normalizer: normalizer)
        let w2 = seg2.contextWindow(around: 800, 801)
        #expect(w2.lo > 0 && !w2.reachesEnd && w2.hi - w2.lo < 500)
    }

    /// Empty texts (an empty title, an empty hashtag) are segments too: nothing to decode, fold or find.
    @Test func emptySegmentsHoldNothing() throws {
        let seg = PreparedSegment(Draft.Segment(scope: .title, text: "", start: SourceLocation(line: 2, column: 8)), normalizer: Normalizer())
        #expect(seg.scalars.isEmpty && seg.normalized.scalars.isEmpty && seg.context.scalars.isEmpty && seg.context.start == [0])
        var draft = Draft.text("最好的面料")
        draft.segments.append(Draft.Segment(scope: .title, text: "", start: SourceLocation(line: 2, column: 8)))
        draft.segments.append(Draft.Segment(scope: .hashtags, text: "", start: SourceLocation(line: 3, column: 12)))
        let found = try Linter(packs: [BuiltinPacks.load()["prc-advertising-law"]!]).lint(draft)
        #expect(found.compactMap(\.match) == ["最好"])
    }

    @Test func theClaimRuleFindsTheSameInALongDraftAsInItsParts() throws {
        // A claim deep inside a long note is found, located and judged as in a short one.
        let filler = String(repeating: "今天在门店试了新款，颜色很温柔。", count: 60)
        let long = try Linter(packs: [BuiltinPacks.load()["prc-advertising-law"]!]).lint(Draft.text(filler + "这是最好的面料，周末人多，最好提前预约。" + filler))
        let short = try Linter(packs: [BuiltinPacks.load()["prc-advertising-law"]!]).lint(Draft.text("这是最好的面料，周末人多，最好提前预约。"))
        #expect(long.map(\.rule) == short.map(\.rule))
        #expect(long.compactMap(\.match) == short.compactMap(\.match))
        #expect(long.first?.column == (short.first?.column ?? 0) + filler.unicodeScalars.count)
    }
}
