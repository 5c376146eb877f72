import KosCore

/// `capitalization`: a brand name written with any other casing than its own (`BOTTEGA VENETA`, `adidas`).
struct CapitalizationRule: GuidelineCheck {
    let info: RuleInfo
    let terms: [String]

    init(pack: String, rule: GuidelineRule) {
        info = RuleInfo(pack: pack, rule: rule)
        terms = rule.options.strings("terms")
    }

    func register(in lexicon: inout LexiconBuilder, owner: Int) {
        for (i, t) in terms.enumerated() { lexicon.add(t, owner: owner, tag: i) }
    }

    func check(_ context: CheckContext, owner: Int) -> [Finding] {
        context.termMatches(owner: owner, scopes: info.scopes).compactMap { m in
            let seg = context.segments[m.segment]
            let located = seg.original(start: m.start, end: m.end)
            let term = terms[m.entry.tag]
            if sameCasing(located.text, term) { return nil }
            return Finding(
                rule: info.id, level: info.level, scope: seg.segment.scope, line: located.location.line, column: located.location.column,
                match: located.text, message: info.message(for: term), suggestion: term, link: info.link)
        }
    }
}
