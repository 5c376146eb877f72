import KosCore

/// `existence`: terms that must not appear, with longer innocent phrases as exceptions (最近 is not 最), and
/// words that, right before or right after a term, make it someone's activity rather than a claim (`not-after`:
/// 在 in 我在减肥, 做 in 做治疗; `not-before`: 计划 in 减肥计划, 失败 in 减肥失败).
struct ExistenceRule: GuidelineCheck {
    let info: RuleInfo
    let terms: [String]
    let exceptions: [String]
    let ignoreCase: Bool
    let notAfter: ClaimGrammar.WordSet?
    let notBefore: ClaimGrammar.WordSet?

    init(pack: String, rule: GuidelineRule) {
        info = RuleInfo(pack: pack, rule: rule)
        terms = rule.options.strings("terms")
        exceptions = rule.options.strings("exceptions")
        ignoreCase = rule.options.bool("ignorecase") ?? true
        notAfter = Self.folded(rule.options.strings("not-after"))
        notBefore = Self.folded(rule.options.strings("not-before"))
    }

    /// Words folded as the text is (full-width, Traditional and upper-case characters read as the text reads them).
    static func folded(_ words: [String]) -> ClaimGrammar.WordSet? {
        guard !words.isEmpty else { return nil }
        return ClaimGrammar.WordSet(words.map { String(scalars: $0.unicodeScalars.flatMap(Normalizer.fold).compactMap(Unicode.Scalar.init)) })
    }

    func register(in lexicon: inout LexiconBuilder, owner: Int) {
        for (i, t) in terms.enumerated() { lexicon.addWithEvasions(t, owner: owner, tag: i) }
        for (i, e) in exceptions.enumerated() { lexicon.add(e, owner: owner, tag: -1 - i) }
    }

    func check(_ context: CheckContext, owner: Int) -> [Finding] {
        context.termMatches(owner: owner, scopes: info.scopes).compactMap { m in
            let seg = context.segments[m.segment]
            let located = seg.original(start: m.start, end: m.end)
            if !ignoreCase && !sameCasing(located.text, context.terms[Int(m.entry.number)]) { return nil }
            if notAfter != nil || notBefore != nil {
                let text = seg.normalized.scalars
                if let words = notAfter, ClaimGrammar.endsBefore(text, m.start, words) {
                    context.trace?.record(rule: info.id, located: located, claim: false, step: "not-after",
                                          why: tr("the word before it makes it someone's activity, not a claim"))
                    return nil
                }
                var j = m.end
                while j < text.count, text[j] == 0x20 { j += 1 }
                if let words = notBefore, words.longest(text, at: j) != nil {
                    context.trace?.record(rule: info.id, located: located, claim: false, step: "not-before",
                                          why: tr("the word after it makes it someone's activity, not a claim"))
                    return nil
                }
            }
            return info.finding(located, scope: seg.segment.scope)
        }
    }
}
