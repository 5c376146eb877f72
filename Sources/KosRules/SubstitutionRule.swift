import KosCore

/// `substitution`: wording the brand prefers (`LV` → `Louis Vuitton`); the finding carries the suggestion.
struct SubstitutionRule: GuidelineCheck {
    let info: RuleInfo
    let swaps: [(found: String, preferred: String)]
    let ignoreCase: Bool

    init(pack: String, rule: GuidelineRule) {
        info = RuleInfo(pack: pack, rule: rule)
        swaps = rule.options.map("swap").sorted { $0.key < $1.key }.compactMap { key, value in
            if case .string(let s) = value { (key, s) } else { nil }
        }
        ignoreCase = rule.options.bool("ignorecase") ?? false
    }

    func register(in lexicon: inout LexiconBuilder, owner: Int) {
        for (i, s) in swaps.enumerated() { lexicon.add(s.found, owner: owner, tag: i) }
    }

    func check(_ context: CheckContext, owner: Int) -> [Finding] {
        context.termMatches(owner: owner, scopes: info.scopes).compactMap { m in
            let seg = context.segments[m.segment]
            let located = seg.original(start: m.start, end: m.end)
            let swap = swaps[m.entry.tag]
            if !ignoreCase && !sameCasing(located.text, swap.found) { return nil }
            // Already the preferred wording (a key that is contained in its own replacement).
            if located.text == swap.preferred { return nil }
            return info.finding(located, scope: seg.segment.scope, suggestion: swap.preferred)
        }
    }
}
