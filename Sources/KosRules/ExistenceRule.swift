import KosCore

/// `existence`: terms that must not appear, with longer innocent phrases as exceptions (最近 is not 最).
struct ExistenceRule: GuidelineCheck {
    let info: RuleInfo
    let terms: [String]
    let exceptions: [String]
    let ignoreCase: Bool

    init(pack: String, rule: GuidelineRule) {
        info = RuleInfo(pack: pack, rule: rule)
        terms = rule.options.strings("terms")
        exceptions = rule.options.strings("exceptions")
        ignoreCase = rule.options.bool("ignorecase") ?? true
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
            return info.finding(located, scope: seg.segment.scope)
        }
    }
}
