import KosCore

/// `claim`: absolute and superlative claims (Advertising Law Art. 9(3)) judged in context. `terms` are claims
/// wherever they appear (国家级, 全网最低价); `families` are productive (最X, 第一X, 唯一X) and each candidate
/// is judged by `ClaimGrammar`: 最好的面料 is a claim, 最好提前预约 is advice. `suggest` maps a claim word to
/// a compliant rewording (最好 → 优质); `exceptions` are longer innocent phrases that always pass.
struct ClaimRule: GuidelineCheck {
    let info: RuleInfo
    let terms: [String]
    let families: [ClaimGrammar.Family]
    let exceptions: [String]
    let suggestions: [(word: [UInt32], text: String)]

    /// Tags at and above this mark a family's trigger rather than a term.
    static let familyTag = 100_000

    init(pack: String, rule: GuidelineRule) throws(RuleCompileError) {
        info = RuleInfo(pack: pack, rule: rule)
        terms = rule.options.strings("terms")
        exceptions = rule.options.strings("exceptions")
        var families: [ClaimGrammar.Family] = []
        for name in rule.options.strings("families") {
            guard let family = ClaimGrammar.Family(rawValue: name) else {
                throw RuleCompileError(rule: info.id, message: tr("unknown claim family '\(name)'; use \(ClaimGrammar.Family.allCases.map(\.rawValue).joined(separator: ", "))"))
            }
            families.append(family)
        }
        self.families = families
        let normalizer = Normalizer()
        suggestions = rule.options.map("suggest").compactMap { key, value in
            guard case .string(let text) = value else { return nil }
            return (normalizer.normalize(key).scalars, text)
        }.sorted { $0.word.count > $1.word.count }
    }

    func register(in lexicon: inout LexiconBuilder, owner: Int) {
        for (i, t) in terms.enumerated() { lexicon.addWithEvasions(t, owner: owner, tag: i) }
        for (f, family) in families.enumerated() {
            for trigger in family.triggers { lexicon.addWithEvasions(trigger, owner: owner, tag: Self.familyTag + f, single: true) }
        }
        for (i, e) in exceptions.enumerated() { lexicon.add(e, owner: owner, tag: -1 - i) }
    }

    func check(_ context: CheckContext, owner: Int) -> [Finding] {
        let matches = context.termMatches(owner: owner, scopes: info.scopes)
        let explain = context.trace != nil
        var out: [Finding] = []
        var k = 0
        // Matches come in segment order: each segment and its context are fetched once, not once per candidate.
        while k < matches.count {
            let segmentIndex = matches[k].segment
            let seg = context.segments[segmentIndex]
            let text = seg.normalized.scalars
            let origin = seg.normalized.origin
            var window: PreparedSegment.ContextWindow?
            // Windows folded so far in this segment: once they add up to the segment, the whole is folded instead.
            var folded = 0
            // Only a segment that holds 《 can hold a title: looked for once, when a claim is found in it.
            var titled: Bool?
            while k < matches.count, matches[k].segment == segmentIndex {
                let m = matches[k]
                k += 1
                var end = m.end
                let isFamily = m.entry.tag >= Self.familyTag
                if titled == nil, !isFamily { titled = seg.holdsTitleMark }
                var claim = (step: "term", why: "")
                if isFamily || titled == true {
                    // Judged on the text with its punctuation: 第一，… opens an enumeration, 第一面料 would not.
                    let originalStart = Int(origin[m.start]), originalEnd = Int(origin[m.end - 1]) + 1
                    if window?.covers(originalStart, originalEnd) != true {
                        window = folded >= seg.scalars.count ? seg.wholeContext : seg.contextWindow(around: originalStart, originalEnd)
                        folded += window.unsafelyUnwrapped.hi - window.unsafelyUnwrapped.lo
                    }
                    let w = window.unsafelyUnwrapped
                    let c = w.text
                    let cStart = w.position(originalStart), cEnd = w.position(originalEnd)
                    if isFamily {
                        let family = families[m.entry.tag - Self.familyTag]
                        let verdict = ClaimGrammar.judge(family, c.scalars, start: cStart, triggerEnd: cEnd, explain: explain)
                        // The claim's extent, back in the folded text the finding is located in.
                        var wordEnd = m.end
                        while wordEnd < text.count, Int(origin[wordEnd]) < w.hi, w.position(Int(origin[wordEnd])) < verdict.end { wordEnd += 1 }
                        guard verdict.isClaim else {
                            context.trace?.record(rule: info.id, located: seg.original(start: m.start, end: wordEnd),
                                                  claim: false, step: verdict.step, why: verdict.why)
                            continue
                        }
                        end = wordEnd
                        claim = (verdict.step, verdict.why)
                        if titled == nil { titled = seg.holdsTitleMark }
                    }
                    if titled == true, ClaimGrammar.insideTitle(c.scalars, start: cStart, end: w.position(Int(origin[end - 1]) + 1)) {
                        context.trace?.record(rule: info.id, located: seg.original(start: m.start, end: end), claim: false,
                                              step: "title", why: tr("inside the title of a work (《…》), not a claim"))
                        continue
                    }
                }
                if context.trace != nil {
                    let why = isFamily ? claim.why : tr("\(context.terms[Int(m.entry.number)]) is a claim wherever it appears")
                    context.trace?.record(rule: info.id, located: seg.original(start: m.start, end: end), claim: true, step: claim.step, why: why)
                }
                let located = seg.original(start: m.start, end: end)
                out.append(info.finding(located, scope: seg.segment.scope, suggestion: suggestion(text[m.start..<end])))
            }
        }
        return out
    }

    /// The rewording for a claim word (最好 → 优质), matched on the word's folded characters.
    func suggestion(_ word: ArraySlice<UInt32>) -> String? {
        suggestions.first { word.starts(with: $0.word) || $0.word.starts(with: word) }?.text
    }

}

/// What `kos lint --explain` prints: for each candidate, which step of which rule decided, and why.
public final class LintTrace: @unchecked Sendable {
    public struct Entry: Sendable, Hashable {
        public var rule: String
        public var match: String
        public var line: Int
        public var column: Int
        public var claim: Bool
        public var step: String
        public var why: String
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    func record(rule: String, located: LocatedText, claim: Bool, step: String, why: String) {
        entries.append(Entry(rule: rule, match: located.text, line: located.location.line, column: located.location.column,
                             claim: claim, step: step, why: why))
    }
}
